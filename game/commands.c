/*
 * commands — the trainer's tools on the command line: validate, explore
 * and run, exactly as the scenario contract states them (output, exit
 * codes). No window: these run on a build server as well as a laptop.
 */
#include "commands.h"

#include "core/core.h"
#include "script/script.h"

#include <cjson/cJSON.h>
#include <sodium.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_PATHS 256

typedef struct {
    const char *paths[MAX_PATHS];
    int npaths;
    const char *data_override;
    const char *answers, *player;
    int json;
    int has_seed;
    uint32_t seed;
    long random_sessions;   /* explore --random N; 0: off */
} cmd_options;

static int cmd_usage(const char *cmd, const char *fmt, const char *arg)
{
    fprintf(stderr, "breachdrill %s: ", cmd);
    fprintf(stderr, fmt, arg);
    /* The contract: one line saying what is wrong. */
    fprintf(stderr, " (see breachdrill --help)\n");
    return 2;
}

static int parse_seed(const char *s, uint32_t *out)
{
    char *end;
    if (!s[0] || s[0] == '-')
        return -1;
    unsigned long long v = strtoull(s, &end, 10);
    if (*end || v > 0x7fffffffULL)
        return -1;
    *out = (uint32_t)v;
    return 0;
}

/* Returns -1 to go on, else the exit status. */
static int cmd_parse(const char *cmd, int argc, char **argv, cmd_options *o)
{
    memset(o, 0, sizeof *o);
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            if (o->npaths == MAX_PATHS)
                return cmd_usage(cmd, "too many paths%s", "");
            o->paths[o->npaths++] = a;
            continue;
        }
        int is_run = strcmp(cmd, "run") == 0, is_explore = strcmp(cmd, "explore") == 0;
        if (strcmp(a, "--json") == 0 && is_explore) {
            o->json = 1;
            continue;
        }
        int known = strcmp(a, "--data") == 0 ||
                    ((is_run || is_explore) && strcmp(a, "--seed") == 0) ||
                    (is_explore && strcmp(a, "--random") == 0) ||
                    (is_run && (strcmp(a, "--answers") == 0 || strcmp(a, "--player") == 0));
        if (!known)
            return cmd_usage(cmd, "unknown option '%s'", a);
        if (!v)
            return cmd_usage(cmd, "%s needs a value", a);
        i++;
        if (strcmp(a, "--data") == 0) {
            o->data_override = v;
        } else if (strcmp(a, "--seed") == 0) {
            if (parse_seed(v, &o->seed) < 0)
                return cmd_usage(cmd, "bad seed '%s' (a whole number from 0 to 2147483647)", v);
            o->has_seed = 1;
        } else if (strcmp(a, "--random") == 0) {
            char *end;
            o->random_sessions = strtol(v, &end, 10);
            if (*end || o->random_sessions < 1 || o->random_sessions > 10000000)
                return cmd_usage(cmd, "bad number of sessions '%s' (1 to 10000000)", v);
        } else if (strcmp(a, "--answers") == 0) {
            o->answers = v;
        } else {
            o->player = v;
        }
    }
    if (o->npaths == 0)
        return cmd_usage(cmd, "no scenario given%s", "");
    if (strcmp(cmd, "validate") != 0 && o->npaths > 1)
        return cmd_usage(cmd, "one scenario at a time (got '%s' and more)", o->paths[1]);
    if (strcmp(cmd, "run") == 0 && !o->answers)
        return cmd_usage(cmd, "--answers is missing%s", "");
    return -1;
}

/* Where kinds a scenario does not bring are found, as in the game: the
 * player's plugins/ folder, then the bundled one. */
typedef struct {
    char user[4200], data[4200];
    const char *dirs[2];
    scenario_opts opts;
} plugin_search;

static int plugin_search_init(plugin_search *ps, const cmd_options *o, const char *cmd)
{
    char data[4096], err[BD_ERR_LEN];
    memset(ps, 0, sizeof *ps);
    if (paths_find_data(o->data_override, "/proc/self/exe", data, sizeof data, err, sizeof err) != 0)
        return cmd_usage(cmd, "%s", err);
    bd_paths up;
    size_t n = 0;
    if (paths_user(&up, err, sizeof err) == 0) {
        snprintf(ps->user, sizeof ps->user, "%s/plugins", up.user);
        ps->dirs[n++] = ps->user;
    }
    snprintf(ps->data, sizeof ps->data, "%s/plugins", data);
    ps->dirs[n++] = ps->data;
    ps->opts.plugin_dirs = ps->dirs;
    ps->opts.n_plugin_dirs = n;
    return -1;
}

static void print_problems(const scenario *s)
{
    for (size_t i = 0; i < scenario_problem_count(s); i++)
        fprintf(stderr, "%s\n", scenario_problem(s, i)->text);
}

static int readable(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    fclose(f);
    return 1;
}

/* ---- validate ---------------------------------------------------------------- */

static int is_plugin_path(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return 0;
    const char *p = slash;
    while (p > path && p[-1] != '/')
        p--;
    return (size_t)(slash - p) == 7 && strncmp(p, "plugins", 7) == 0;
}

typedef struct {
    char *id;
    char *path;
} seen_id;

typedef struct {
    plugin_search ps;
    seen_id *ids;
    size_t nids;
    int errors, warnings, files;
} validate_state;

static void validate_scenario(validate_state *v, const char *path)
{
    /* Why 16: a `when` on math.random that hides every choice one time in
     * k is caught with odds 1-(1-1/k)^17; enough for the k of a scenario
     * written by hand, and 17 explorations of a scenario that draws random
     * numbers still take well under a second. */
    v->ps.opts.extra_seeds = 16;
    scenario *s = scenario_load(path, &v->ps.opts);
    v->files++;
    if (!s) {
        fprintf(stderr, "%s:1: out of memory\n", path);
        v->errors++;
        return;
    }
    print_problems(s);
    for (size_t i = 0; i < scenario_problem_count(s); i++) {
        if (scenario_problem(s, i)->warn)
            v->warnings++;
        else
            v->errors++;
    }
    const char *id = scenario_info(s)->id;
    if (id) {
        for (size_t i = 0; i < v->nids; i++)
            if (strcmp(v->ids[i].id, id) == 0) {
                fprintf(stderr, "%s:1: scenario id \"%s\" is already used by %s\n", path, id,
                        v->ids[i].path);
                v->errors++;
            }
        seen_id *grown = realloc(v->ids, (v->nids + 1) * sizeof *grown);
        if (grown) {
            v->ids = grown;
            v->ids[v->nids].id = strdup(id);
            v->ids[v->nids].path = strdup(path);
            if (v->ids[v->nids].id && v->ids[v->nids].path)
                v->nids++;
        }
    }
    scenario_free(s);
}

static void validate_plugin(validate_state *v, const char *path)
{
    char err[BD_MSG_LEN];
    v->files++;
    if (scenario_check_plugin(path, err, sizeof err) < 0) {
        fprintf(stderr, "%s\n", err);
        v->errors++;
    }
}

static void validate_dir(validate_state *v, const char *dir)
{
    char **files;
    size_t n = scn_list_files(dir, &files);
    for (size_t i = 0; i < n; i++) {
        if (is_plugin_path(files[i]))
            validate_plugin(v, files[i]);
        else
            validate_scenario(v, files[i]);
        free(files[i]);
    }
    free(files);
    char sub[4200];
    snprintf(sub, sizeof sub, "%s/plugins", dir);
    if (dir_exists(sub) && !is_plugin_path(sub))
        validate_dir(v, sub);
}

static int cmd_validate(int argc, char **argv)
{
    cmd_options o;
    int rc = cmd_parse("validate", argc, argv, &o);
    if (rc >= 0)
        return rc;
    validate_state v;
    memset(&v, 0, sizeof v);
    if ((rc = plugin_search_init(&v.ps, &o, "validate")) >= 0)
        return rc;
    for (int i = 0; i < o.npaths; i++)
        if (!dir_exists(o.paths[i]) && !readable(o.paths[i]))
            return cmd_usage("validate", "cannot read '%s'", o.paths[i]);
    for (int i = 0; i < o.npaths; i++) {
        if (dir_exists(o.paths[i]))
            validate_dir(&v, o.paths[i]);
        else if (is_plugin_path(o.paths[i]))
            validate_plugin(&v, o.paths[i]);
        else
            validate_scenario(&v, o.paths[i]);
    }
    for (size_t i = 0; i < v.nids; i++) {
        free(v.ids[i].id);
        free(v.ids[i].path);
    }
    free(v.ids);
    printf("%d file%s checked: %d error%s, %d warning%s\n", v.files, v.files == 1 ? "" : "s",
           v.errors, v.errors == 1 ? "" : "s", v.warnings, v.warnings == 1 ? "" : "s");
    return v.errors ? 1 : 0;
}

/* ---- explore ------------------------------------------------------------------ */

static cJSON *json_problems(const scenario *s, int warn)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; a && i < scenario_problem_count(s); i++)
        if (scenario_problem(s, i)->warn == warn)
            cJSON_AddItemToArray(a, cJSON_CreateString(scenario_problem(s, i)->text));
    return a;
}


/* The score a path with these points gets, as the record would say it. */
static int path_score(int d, int r, const explore_result *ex)
{
    return score_total(score_pct(d, ex->detect_max), score_pct(r, ex->respond_max));
}

/* A witness path: its answers (for run --answers), points and score. */
static void json_path(cJSON *r, const char *name, const char *answers, int d, int rp,
                      const explore_result *ex)
{
    if (!answers)
        return;
    cJSON *p = cJSON_AddObjectToObject(r, name);
    cJSON_AddStringToObject(p, "answers", answers);
    cJSON_AddNumberToObject(p, "detect", d);
    cJSON_AddNumberToObject(p, "respond", rp);
    cJSON_AddNumberToObject(p, "score", path_score(d, rp, ex));
}

static void text_path(const char *name, const char *answers, int d, int r, const explore_result *ex)
{
    if (answers)
        printf("%s: score %d (detect %d, respond %d): %s\n", name, path_score(d, r, ex), d, r,
               *answers ? answers : "(no answers)");
}

static void explore_json(const scenario *s, const explore_result *ex, const random_report *rr,
                         uint32_t seed)
{
    size_t n = scenario_step_count(s);
    cJSON *r = cJSON_CreateObject();
    if (!r)
        return;
    cJSON_AddStringToObject(r, "file", scenario_path(s));
    cJSON_AddStringToObject(r, "scenario", scenario_info(s)->id ? scenario_info(s)->id : "");
    cJSON_AddBoolToObject(r, "valid", scenario_ok(s));
    cJSON_AddNumberToObject(r, "seed", seed);
    if (ex) {
        cJSON_AddNumberToObject(r, "states", (double)ex->states);
        cJSON_AddBoolToObject(r, "over_limit", ex->over_limit);
    }
    if (ex && !ex->over_limit && !ex->error[0]) {
        cJSON *ends = cJSON_AddArrayToObject(r, "endings");
        cJSON *unreached = cJSON_AddArrayToObject(r, "unreachable");
        for (size_t i = 0; i < n; i++) {
            if (ex->reached[i] && ex->ending[i]) {
                cJSON *e = cJSON_CreateObject();
                cJSON_AddStringToObject(e, "step", scenario_step_id(s, (int)i));
                cJSON_AddStringToObject(e, "outcome", scenario_step_outcome(s, (int)i));
                cJSON_AddNumberToObject(e, "fewest_answers", ex->fewest[i]);
                cJSON_AddItemToArray(ends, e);
            }
            if (!ex->reached[i])
                cJSON_AddItemToArray(unreached, cJSON_CreateString(scenario_step_id(s, (int)i)));
        }
        cJSON *d = cJSON_AddObjectToObject(r, "detect");
        cJSON_AddNumberToObject(d, "min", ex->detect_min);
        cJSON_AddNumberToObject(d, "max", ex->detect_max);
        cJSON *p = cJSON_AddObjectToObject(r, "respond");
        cJSON_AddNumberToObject(p, "min", ex->respond_min);
        cJSON_AddNumberToObject(p, "max", ex->respond_max);
        cJSON_AddBoolToObject(r, "both_max_on_one_path", ex->both_max);
        json_path(r, "best_path", ex->best_answers, ex->best_detect, ex->best_respond, ex);
        json_path(r, "worst_path", ex->worst_answers, ex->worst_detect, ex->worst_respond, ex);
        cJSON_AddNumberToObject(r, "paths", (double)ex->paths);
        cJSON_AddBoolToObject(r, "paths_capped", ex->paths_capped);
    }
    if (rr) {
        cJSON *x = cJSON_AddObjectToObject(r, "random");
        cJSON_AddNumberToObject(x, "sessions", (double)rr->sessions);
        cJSON_AddNumberToObject(x, "completed", (double)rr->completed);
        cJSON *ends = cJSON_AddObjectToObject(x, "endings");
        cJSON *never = cJSON_AddArrayToObject(x, "steps_not_visited");
        for (size_t i = 0; i < n; i++) {
            if (rr->ending_count[i])
                cJSON_AddNumberToObject(ends, scenario_step_id(s, (int)i), (double)rr->ending_count[i]);
            if (!rr->visited[i])
                cJSON_AddItemToArray(never, cJSON_CreateString(scenario_step_id(s, (int)i)));
        }
        cJSON *sc = cJSON_AddObjectToObject(x, "score");
        cJSON_AddNumberToObject(sc, "min", rr->score_min);
        cJSON_AddNumberToObject(sc, "mean", rr->score_mean);
        cJSON_AddNumberToObject(sc, "max", rr->score_max);
    }
    cJSON_AddItemToObject(r, "errors", json_problems(s, 0));
    cJSON_AddItemToObject(r, "warnings", json_problems(s, 1));
    char *out = cJSON_Print(r);
    if (out)
        printf("%s\n", out);
    free(out);
    cJSON_Delete(r);
}

static void list_steps(const scenario *s, const unsigned char *flags, int want, const char *none)
{
    int any = 0;
    for (size_t i = 0; i < scenario_step_count(s); i++)
        if ((flags[i] != 0) == want) {
            printf("%s%s", any ? ", " : " ", scenario_step_id(s, (int)i));
            any = 1;
        }
    printf("%s\n", any ? "" : none);
}

static void explore_text(const scenario *s, const explore_result *ex, const random_report *rr,
                         uint32_t seed)
{
    const scn_info *in = scenario_info(s);
    printf("scenario: %s (%s)\n", in->id ? in->id : "(not read: see the errors)", scenario_path(s));
    if (ex && ex->error[0]) {
        printf("states: exploring stopped at an error (see above): nothing else can be reported\n");
    } else if (ex && ex->over_limit) {
        printf("states: more than %zu (the contract's limit): nothing else can be reported\n",
               ex->states);
    } else if (ex) {
        printf("states: %zu (seed %u)\n", ex->states, seed);
        printf("endings reached:");
        int any = 0;
        for (size_t i = 0; i < scenario_step_count(s); i++)
            if (ex->reached[i] && ex->ending[i]) {
                printf("%s%s (%s, %u answers or more)", any ? ", " : " ",
                       scenario_step_id(s, (int)i), scenario_step_outcome(s, (int)i),
                       (unsigned)ex->fewest[i]);
                any = 1;
            }
        printf("%s\n", any ? "" : " none");
        printf("detect: min %d, max %d\n", ex->detect_min, ex->detect_max);
        printf("respond: min %d, max %d\n", ex->respond_min, ex->respond_max);
        printf("both maxima on one path: %s\n", ex->both_max ? "yes" : "no");
        text_path("best path", ex->best_answers, ex->best_detect, ex->best_respond, ex);
        text_path("worst path", ex->worst_answers, ex->worst_detect, ex->worst_respond, ex);
        printf("paths that visit no step twice: %s%llu\n", ex->paths_capped ? "at least " : "",
               (unsigned long long)ex->paths);
        printf("unreachable steps:");
        list_steps(s, ex->reached, 0, " none");
    }
    if (rr) {
        printf("random play: %zu sessions, %zu reached an ending\n", rr->sessions, rr->completed);
        for (size_t i = 0; i < scenario_step_count(s); i++)
            if (rr->ending_count[i])
                printf("  %s: %zu\n", scenario_step_id(s, (int)i), rr->ending_count[i]);
        printf("  score: min %d, mean %.1f, max %d\n", rr->score_min, rr->score_mean, rr->score_max);
        printf("  steps no session visited:");
        list_steps(s, rr->visited, 0, " none");
    }
}

/* The common start of explore and run: the arguments, the plugin folders
 * and the scenario, loaded and explored with seed. NULL with *status set
 * when the command is over. */
static scenario *load_one(const char *cmd, int argc, char **argv, cmd_options *o,
                          int random_seed, int *status)
{
    plugin_search ps;
    if ((*status = cmd_parse(cmd, argc, argv, o)) >= 0 ||
        (*status = plugin_search_init(&ps, o, cmd)) >= 0)
        return NULL;
    if (!readable(o->paths[0]) || dir_exists(o->paths[0])) {
        *status = cmd_usage(cmd, "cannot read '%s'", o->paths[0]);
        return NULL;
    }
    if (random_seed && !o->has_seed) {
        if (sodium_init() < 0) {
            fprintf(stderr, "breachdrill %s: libsodium failed to start\n", cmd);
            *status = 1;
            return NULL;
        }
        o->seed = randombytes_uniform(0x80000000u);
    }
    ps.opts.seed = o->seed;
    ps.opts.paths = strcmp(cmd, "explore") == 0;   /* only explore prints them */
    scenario *s = scenario_load(o->paths[0], &ps.opts);
    if (!s) {
        fprintf(stderr, "%s:1: out of memory\n", o->paths[0]);
        *status = 1;
    }
    return s;
}

static int cmd_explore(int argc, char **argv)
{
    cmd_options o;
    int rc;
    scenario *s = load_one("explore", argc, argv, &o, 0, &rc);
    if (!s)
        return rc;
    print_problems(s);
    const explore_result *ex = scenario_explored(s);
    random_report rr, *rrp = NULL;
    char err[BD_MSG_LEN];
    int status = scenario_ok(s) ? 0 : 1;
    if (o.random_sessions && scenario_ok(s)) {
        if (explore_random(scenario_model(s), o.seed, (size_t)o.random_sessions, ex->detect_max,
                           ex->respond_max, &rr, err, sizeof err) < 0) {
            fprintf(stderr, "%s: random play: %s\n", o.paths[0], err);
            status = 1;
        } else {
            rrp = &rr;
        }
        if (!rrp)
            random_report_free(&rr);
    }
    if (o.json)
        explore_json(s, ex, rrp, o.seed);
    else
        explore_text(s, ex, rrp, o.seed);
    if (rrp)
        random_report_free(rrp);
    scenario_free(s);
    return status;
}

/* ---- run -------------------------------------------------------------------------- */

static int cmd_run(int argc, char **argv)
{
    cmd_options o;
    int rc;
    scenario *s = load_one("run", argc, argv, &o, 1, &rc);
    if (!s)
        return rc;
    uint32_t seed = o.seed;
    if (!scenario_ok(s)) {
        print_problems(s);
        scenario_free(s);
        return 1;
    }
    char err[BD_MSG_LEN];
    session ses;
    int status = 0;
    if (session_start(&ses, scenario_model(s), seed, err, sizeof err) < 0) {
        fprintf(stderr, "%s\n", err);
        status = 1;
    }
    /* Tokens are separated by any run of blanks. */
    char *tokens = strdup(o.answers);
    for (char *save = NULL, *t = tokens ? strtok_r(tokens, " \t\n", &save) : NULL;
         status == 0 && t; t = strtok_r(NULL, " \t\n", &save)) {
        if (session_answer_token(&ses, t, 0.0, err, sizeof err) < 0) {
            fprintf(stderr, "breachdrill run: %s\n", err);
            status = 1;
        }
    }
    free(tokens);
    if (status == 0 && !ses.ended) {
        fprintf(stderr, "breachdrill run: too few answers: step '%s' has none\n",
                ses.m->step_ids[ses.step]);
        status = 1;
    }
    if (status == 0) {
        record_meta meta = { .scenario = scenario_info(s)->id, .player = o.player, .mode = "run" };
        record_uuid(meta.session);
        snprintf(meta.hash, sizeof meta.hash, "%s", scenario_hash(s));
        record_time((int64_t)time(NULL), meta.started);
        const explore_result *ex = scenario_explored(s);
        char *json = record_json(&ses, &meta, ex->detect_max, ex->respond_max);
        if (json)
            printf("%s\n", json);
        else
            status = 1;
        free(json);
    }
    session_free(&ses);
    scenario_free(s);
    return status;
}

int commands_main(const char *cmd, int argc, char **argv)
{
    if (strcmp(cmd, "validate") == 0)
        return cmd_validate(argc, argv);
    if (strcmp(cmd, "explore") == 0)
        return cmd_explore(argc, argv);
    if (strcmp(cmd, "run") == 0)
        return cmd_run(argc, argv);
    if (strcmp(cmd, "report") == 0)
        return commands_report(argc, argv);
    return -1;
}
