/*
 * test_kinds — scoring for every built-in kind (plugins/KIND.lua), played
 * through the real Lua host on the fixture scenarios in
 * tests/fixtures/kinds/, whose comments work out every expected figure by
 * hand: the points of a session, each step's detect/respond/best in the
 * record, the explorer's min/max/both_max/paths. Then validation: warnings
 * leave a scenario playable; each error names its file and exact line.
 */
#include "check.h"
#include "script/script.h"

#include <cjson/cJSON.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define KINDS BD_SOURCE_DIR "/tests/fixtures/kinds"

static const char *const builtin_dirs[] = {BD_SOURCE_DIR "/plugins"};
static char err[BD_ERR_LEN];

/* ---- Loading ------------------------------------------------------------------ */

static scenario *load_seeded(const char *name, uint32_t seed)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", KINDS, name);
    scenario_opts opts = {.plugin_dirs = builtin_dirs, .n_plugin_dirs = 1, .seed = seed};
    scenario *s = scenario_load(path, &opts);
    CHECK(s != NULL);
    return s;
}

static void print_problems(const scenario *s)
{
    for (size_t i = 0; i < scenario_problem_count(s); i++)
        fprintf(stderr, "    problem: %s\n", scenario_problem(s, i)->text);
}

/* Loads a fixture that must validate with no problem at all. */
static scenario *load_clean(const char *name)
{
    scenario *s = load_seeded(name, 0);
    if (!s)
        return NULL;
    CHECK_INT(scenario_ok(s), 1);
    CHECK_INT(scenario_problem_count(s), 0);
    if (!scenario_ok(s) || scenario_problem_count(s)) {
        fprintf(stderr, "%s:\n", name);
        print_problems(s);
    }
    return s;
}

/* The problem with exactly this text, or NULL. */
static const scn_problem *find_problem(const scenario *s, const char *text)
{
    for (size_t i = 0; i < scenario_problem_count(s); i++)
        if (strcmp(scenario_problem(s, i)->text, text) == 0)
            return scenario_problem(s, i);
    return NULL;
}

static size_t count_problems(const scenario *s, int warn)
{
    size_t n = 0;
    for (size_t i = 0; i < scenario_problem_count(s); i++)
        n += scenario_problem(s, i)->warn == warn;
    return n;
}

/* Checks that the problem "KINDS/name:line: text" was found, as a warning
 * or an error. */
static void expect_problem(const scenario *s, const char *name, int line, int warn, const char *text)
{
    char full[2048];
    snprintf(full, sizeof full, "%s/%s:%d: %s%s", KINDS, name, line, warn ? "warning: " : "", text);
    const scn_problem *p = find_problem(s, full);
    if (!p) {
        fprintf(stderr, "expected problem not found: %s\n", full);
        print_problems(s);
    }
    CHECK(p != NULL);
    if (p)
        CHECK_INT(p->warn, warn);
}

/* The explorer's figures. */
static void expect_explored(const scenario *s, size_t states, int dmin, int dmax, int rmin, int rmax,
                            int both, uint64_t paths)
{
    const explore_result *ex = scenario_explored(s);
    CHECK(ex != NULL);
    if (!ex)
        return;
    CHECK_STR(ex->error, "");
    CHECK_INT(ex->over_limit, 0);
    CHECK_INT(ex->complete, 1);
    if (states)
        CHECK_INT(ex->states, states);
    CHECK_INT(ex->detect_min, dmin);
    CHECK_INT(ex->detect_max, dmax);
    CHECK_INT(ex->respond_min, rmin);
    CHECK_INT(ex->respond_max, rmax);
    CHECK_INT(ex->both_max, both);
    CHECK_INT(ex->paths, paths);
    for (size_t i = 0; i < scenario_step_count(s); i++) {
        CHECK_INT(ex->reached[i], 1);
        CHECK_INT(ex->dead_end[i], 0);
        CHECK_INT(ex->no_pick[i], 0);
    }
}

/* Runs fn in a child process, so that a sanitizer abort (UBSan is fatal in
 * these builds) fails one check here instead of ending the whole test. The
 * child's own checks print as usual. */
static void isolated(const char *what, void (*fn)(void))
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        int before = check_failed_;
        fn();
        fflush(NULL);
        _exit(check_failed_ > before ? 1 : 0);
    }
    int status = 0;
    if (pid > 0)
        waitpid(pid, &status, 0);
    int ok = pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!ok)
        fprintf(stderr, "%s: failed in its child process (%s %d)\n", what,
                WIFEXITED(status) ? "exit status" : "signal",
                WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    CHECK(ok);
}

/* ---- Playing ------------------------------------------------------------------ */

/* Starts a session and answers with each token of the space-separated
 * list; every token must be taken. */
static void play(session *ses, scenario *s, uint32_t seed, const char *tokens)
{
    const scn_model *m = scenario_model(s);
    CHECK(m != NULL);
    if (!m) {
        memset(ses, 0, sizeof *ses);
        return;
    }
    CHECK_INT(session_start(ses, m, seed, err, sizeof err), 0);
    char buf[512];
    snprintf(buf, sizeof buf, "%s", tokens);
    double t = 1.0;
    for (char *tok = strtok(buf, " "); tok; tok = strtok(NULL, " ")) {
        int rc = session_answer_token(ses, tok, t, err, sizeof err);
        if (rc != 0)
            fprintf(stderr, "playing '%s': token '%s' refused: %s\n", tokens, tok, err);
        CHECK_INT(rc, 0);
        t += 1.0;
    }
}

/* A token the current step must refuse, with this message. */
static void expect_refused(session *ses, const char *token, const char *message)
{
    size_t n_log = ses->n_log;
    int step = ses->step, d = ses->detect, r = ses->respond;
    CHECK_INT(session_answer_token(ses, token, 0.5, err, sizeof err), -1);
    CHECK_STR(err, message);
    /* refused: the session is unchanged and carries on */
    CHECK_INT(ses->n_log, n_log);
    CHECK_INT(ses->step, step);
    CHECK_INT(ses->detect, d);
    CHECK_INT(ses->respond, r);
}

/* The record of a session, parsed. */
static cJSON *record(const session *ses, const scenario *s)
{
    record_meta meta = {.scenario = scenario_info(s)->id, .player = "tester", .mode = "run",
                        .duration_s = 12.5};
    record_uuid(meta.session);
    snprintf(meta.hash, sizeof meta.hash, "%s", scenario_hash(s));
    record_time(1767261600, meta.started);
    const explore_result *ex = scenario_explored(s);
    char *json = record_json(ses, &meta, ex ? ex->detect_max : 0, ex ? ex->respond_max : 0);
    CHECK(json != NULL);
    cJSON *r = json ? cJSON_Parse(json) : NULL;
    CHECK(r != NULL);
    free(json);
    return r;
}

static int num(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!cJSON_IsNumber(v)) {
        fprintf(stderr, "record: '%s' is not a number\n", key);
        return -999999;
    }
    return v->valueint;
}

static const char *str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : cJSON_IsNull(v) ? "(json null)" : "(missing)";
}

static int boolean(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsBool(v) ? cJSON_IsTrue(v) : -1;
}

/* Checks the record's totals: each axis's points, max and pct, and score. */
static void expect_totals(const cJSON *r, int dp, int dmax, int dpct, int rp, int rmax, int rpct,
                          int score)
{
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(r, "detect");
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(r, "respond");
    CHECK_INT(num(d, "points"), dp);
    CHECK_INT(num(d, "max"), dmax);
    CHECK_INT(num(d, "pct"), dpct);
    CHECK_INT(num(a, "points"), rp);
    CHECK_INT(num(a, "max"), rmax);
    CHECK_INT(num(a, "pct"), rpct);
    CHECK_INT(num(r, "score"), score);
}

static void expect_ending(const cJSON *r, const char *ending, const char *outcome)
{
    CHECK_INT(boolean(r, "completed"), 1);
    CHECK_STR(str(r, "ending"), ending);
    CHECK_STR(str(r, "outcome"), outcome);
}

/* Checks steps[i] of the record: its step, the token, what was picked
 * ("3" or "2,4", "" for none), the points counted and best. */
static void expect_step(const cJSON *r, int i, const char *step, const char *answer,
                        const char *picked, int detect, int respond, int best)
{
    const cJSON *steps = cJSON_GetObjectItemCaseSensitive(r, "steps");
    const cJSON *e = cJSON_GetArrayItem(steps, i);
    CHECK(e != NULL);
    if (!e) {
        fprintf(stderr, "record: no steps[%d] (expected %s)\n", i, step);
        return;
    }
    CHECK_STR(str(e, "step"), step);
    CHECK_STR(str(e, "answer"), answer);
    char buf[128] = "";
    size_t len = 0;
    const cJSON *p;
    cJSON_ArrayForEach(p, cJSON_GetObjectItemCaseSensitive(e, "picked"))
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%d", len ? "," : "", p->valueint);
    CHECK_STR(buf, picked);
    CHECK_INT(num(e, "detect"), detect);
    CHECK_INT(num(e, "respond"), respond);
    CHECK_INT(boolean(e, "best"), best);
}

static int n_steps(const cJSON *r)
{
    return cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(r, "steps"));
}

/* The ids the current view shows, as "2,3". */
static const char *shown(const session *ses)
{
    static char buf[128];
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < ses->view.n_items; i++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%d", i ? "," : "", ses->view.items[i].id);
    return buf;
}

/* ---- choice ------------------------------------------------------------------- */

static void test_choice(void)
{
    scenario *s = load_clean("choice.lua");
    if (!s)
        return;
    expect_explored(s, 8, -1, 2, -2, 2, 1, 3);

    /* Negative points count in the total; the pct is floored at 0. */
    session ses;
    play(&ses, s, 1, "1");
    CHECK_INT(ses.ended, 1);
    CHECK_INT(ses.detect, -1);
    CHECK_INT(ses.respond, -2);
    cJSON *r = record(&ses, s);
    expect_ending(r, "ignored", "bad");
    expect_totals(r, -1, 2, 0, -2, 2, 0, 0);
    CHECK_INT(n_steps(r), 1);
    expect_step(r, 0, "alert", "1", "1", -1, -2, 0);
    cJSON_Delete(r);
    session_free(&ses);

    /* No ticket: "triage" shows choices 2 and 3 of the file; the token
     * counts what is shown, the record names the place in the file. */
    play(&ses, s, 1, "3");
    CHECK_STR(shown(&ses), "2,3");
    expect_refused(&ses, "3", "step 'triage': there is no 3rd choice: 2 are shown");
    CHECK_INT(session_answer_token(&ses, "2", 2.0, err, sizeof err), 0);
    r = record(&ses, s);
    expect_ending(r, "contained", "good");
    expect_totals(r, 2, 2, 100, 2, 2, 100, 100);
    expect_step(r, 0, "alert", "3", "3", 2, 1, 1);
    expect_step(r, 1, "triage", "2", "3", 0, 1, 1); /* the best of what is shown */
    cJSON_Delete(r);
    session_free(&ses);

    /* A ticket (set) shows choice 1 of "triage" (when). */
    play(&ses, s, 1, "2");
    CHECK_STR(shown(&ses), "1,2,3");
    CHECK_INT(session_answer_token(&ses, "2", 2.0, err, sizeof err), 0);
    r = record(&ses, s);
    expect_ending(r, "breach", "mixed");
    expect_totals(r, 1, 2, 50, 0, 2, 0, 25);
    expect_step(r, 0, "alert", "2", "2", 1, 0, 0);
    expect_step(r, 1, "triage", "2", "2", 0, 0, 0);
    cJSON_Delete(r);
    session_free(&ses);

    play(&ses, s, 1, "2 1");
    r = record(&ses, s);
    expect_totals(r, 1, 2, 50, 2, 2, 100, 75);
    expect_step(r, 1, "triage", "1", "1", 0, 2, 1);
    cJSON_Delete(r);
    session_free(&ses);

    /* With the ticket, choice 3 is no longer the best shown. */
    play(&ses, s, 1, "2 3");
    r = record(&ses, s);
    expect_totals(r, 1, 2, 50, 1, 2, 50, 50);
    expect_step(r, 1, "triage", "3", "3", 0, 1, 0);
    cJSON_Delete(r);
    session_free(&ses);
    scenario_free(s);
}

/* ---- multi --------------------------------------------------------------------- */

static void test_multi(void)
{
    scenario *s = load_clean("multi.lua");
    if (!s)
        return;
    expect_explored(s, 7, 0, 3, 0, 2, 1, 1);

    /* All correct and nothing else: full marks, best. No click, so "wrap"
     * shows its choice 2 only. */
    session ses;
    play(&ses, s, 1, "1+2+5 1+3");
    CHECK_STR(shown(&ses), "2");
    expect_refused(&ses, "2", "step 'wrap': there is no 2nd choice: 1 is shown");
    CHECK_INT(session_answer_token(&ses, "1", 3.0, err, sizeof err), 0);
    cJSON *r = record(&ses, s);
    expect_ending(r, "done", "good");
    expect_totals(r, 3, 3, 100, 2, 2, 100, 100);
    expect_step(r, 0, "signs", "1+2+5", "1,2,5", 3, 0, 1);
    expect_step(r, 1, "tell", "1+3", "1,3", 0, 2, 1);
    expect_step(r, 2, "wrap", "1", "2", 0, 0, 1);
    cJSON_Delete(r);
    session_free(&ses);

    /* +1 -1 = 0; option 3 sets flags.clicked, so "wrap" shows choice 1. */
    play(&ses, s, 1, "1+3 2");
    CHECK_STR(shown(&ses), "1,2");
    CHECK_INT(session_answer_token(&ses, "1", 3.0, err, sizeof err), 0);
    r = record(&ses, s);
    expect_totals(r, 0, 3, 0, 0, 2, 0, 0);
    expect_step(r, 0, "signs", "1+3", "1,3", 0, 0, 0);
    expect_step(r, 1, "tell", "2", "2", 0, 0, 0); /* -1, floored at 0 */
    expect_step(r, 2, "wrap", "1", "1", 0, 0, 1);
    cJSON_Delete(r);
    session_free(&ses);

    /* Two wrong ones: -2 floored at 0 for the step, nothing taken from the
     * next step's points. */
    play(&ses, s, 1, "3+4 1+2+3");
    CHECK_STR(shown(&ses), "1,2");
    CHECK_INT(session_answer_token(&ses, "2", 3.0, err, sizeof err), 0);
    r = record(&ses, s);
    expect_totals(r, 0, 3, 0, 1, 2, 50, 25);
    expect_step(r, 0, "signs", "3+4", "3,4", 0, 0, 0);
    expect_step(r, 1, "tell", "1+2+3", "1,2,3", 0, 1, 0);
    cJSON_Delete(r);
    session_free(&ses);

    /* One wrong among the right ones; none ticked ("0"); marks in any order. */
    play(&ses, s, 1, "1+2+4+5 0 1");
    r = record(&ses, s);
    expect_totals(r, 2, 3, 67, 0, 2, 0, 34); /* 33.5 rounds up */
    expect_step(r, 0, "signs", "1+2+4+5", "1,2,4,5", 2, 0, 0);
    expect_step(r, 1, "tell", "0", "", 0, 0, 0);
    cJSON_Delete(r);
    session_free(&ses);

    play(&ses, s, 1, "5+2+1 3+1 1");
    CHECK_INT(ses.detect, 3);
    CHECK_INT(ses.respond, 2);
    CHECK_INT(ses.n_log, 3);
    if (ses.n_log == 3) {
        CHECK_STR(ses.log[0].answer, "5+2+1");
        CHECK_INT(ses.log[0].best, 1);
        CHECK_INT(ses.log[0].picked.n, 3);
    }
    session_free(&ses);
    scenario_free(s);
}

/* ---- spot ----------------------------------------------------------------------- */

static void test_spot(void)
{
    scenario *s = load_seeded("spot.lua", 0);
    if (!s)
        return;
    /* Nothing to earn on respond: a warning, the scenario stays playable. */
    CHECK_INT(scenario_ok(s), 1);
    CHECK_INT(scenario_problem_count(s), 1);
    expect_problem(s, "spot.lua", 1, 1,
                   "response has nothing to earn: no complete path scores above 0 on respond, "
                   "so every player gets 100% on it");
    expect_explored(s, 2, 0, 3, 0, 0, 1, 1);

    static const struct {
        const char *token;
        int detect, best;
    } cases[] = {
        {"2+4+5", 3, 1},       /* exactly the suspicious lines */
        {"5+4+2", 3, 1},       /* in any order */
        {"2+4", 2, 0},         /* one missed */
        {"1+2+4+5", 2, 0},     /* all, and one innocent line */
        {"1+2+3+4+5+6", 0, 0}, /* +3 -3 */
        {"1+3", 0, 0},         /* -2, floored at 0 */
        {"1+3+6", 0, 0},       /* -3, floored at 0 */
        {"0", 0, 0},           /* none marked */
        {"4", 1, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        session ses;
        play(&ses, s, 7, cases[i].token);
        cJSON *r = record(&ses, s);
        expect_ending(r, "done", "good");
        /* respond: max 0, so 100% whatever happened */
        int dpct = score_pct(cases[i].detect, 3);
        expect_totals(r, cases[i].detect, 3, dpct, 0, 0, 100, score_total(dpct, 100));
        CHECK_INT(n_steps(r), 1);
        const cJSON *e = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(r, "steps"), 0);
        CHECK_STR(str(e, "answer"), cases[i].token);
        CHECK_INT(num(e, "detect"), cases[i].detect);
        CHECK_INT(num(e, "respond"), 0);
        CHECK_INT(boolean(e, "best"), cases[i].best);
        cJSON_Delete(r);
        session_free(&ses);
    }
    /* Figures of the record for two of them, by hand. */
    session ses;
    play(&ses, s, 7, "2+4");
    cJSON *r = record(&ses, s);
    expect_totals(r, 2, 3, 67, 0, 0, 100, 84); /* (67 + 100) / 2 = 83.5 */
    cJSON_Delete(r);
    session_free(&ses);

    /* The view is numbered lines; after answering, a note for each line
     * marked or suspicious, saying whether that was right. */
    const scn_model *m = scenario_model(s);
    if (m && session_start(&ses, m, 7, err, sizeof err) == 0) {
        CHECK_INT(ses.view.pick, PICK_MANY);
        CHECK_INT(ses.view.items_are_lines, 1);
        CHECK_INT(ses.view.n_items, 6);
        CHECK_INT(session_answer_token(&ses, "1+2", 1.0, err, sizeof err), 0);
        CHECK_INT(ses.last.n_notes, 4);
        if (ses.last.n_notes == 4) {
            CHECK_INT(ses.last.notes[0].id, 1);
            CHECK_INT(ses.last.notes[0].picked, 1);
            CHECK_INT(ses.last.notes[0].right, 0);
            CHECK_INT(ses.last.notes[1].id, 2);
            CHECK_INT(ses.last.notes[1].right, 1);
            CHECK_STR(ses.last.notes[1].text.en, "Anna was asleep at home.");
            CHECK_INT(ses.last.notes[2].id, 4);
            CHECK_INT(ses.last.notes[2].picked, 0);
            CHECK_INT(ses.last.notes[2].right, 0);
        }
        CHECK_STR(ses.last.feedback.en, "Three lines at 2 a.m. tell the story.");
        session_free(&ses);
    }
    scenario_free(s);
}

/* ---- order ---------------------------------------------------------------------- */

static void test_order(void)
{
    scenario *s = load_clean("order.lua");
    if (!s)
        return;
    expect_explored(s, 3, 0, 3, 0, 4, 1, 1);

    session ses;
    const scn_model *m = scenario_model(s);
    if (m && session_start(&ses, m, 3, err, sizeof err) == 0) {
        CHECK_INT(ses.view.pick, PICK_ORDER);
        CHECK_INT(ses.view.shuffle, 1);
        CHECK_STR(shown(&ses), "1,2,3,4");
        expect_refused(&ses, "1>2>3", "step 'contain': '1>2>3' orders 3 items: all 4 must be given, each once");
        expect_refused(&ses, "1>2>3>3", "step 'contain': '1>2>3>3' names 3 twice");
        session_free(&ses);
    }

    /* All in place: 4 on respond (the default axis), 3 on detect. */
    play(&ses, s, 3, "1>2>3>4 1>2>3");
    cJSON *r = record(&ses, s);
    expect_ending(r, "done", "good");
    expect_totals(r, 3, 3, 100, 4, 4, 100, 100);
    expect_step(r, 0, "contain", "1>2>3>4", "1,2,3,4", 0, 4, 1);
    expect_step(r, 1, "timeline", "1>2>3", "1,2,3", 3, 0, 1);
    cJSON_Delete(r);
    session_free(&ses);

    /* Two swapped: the other two still count. */
    play(&ses, s, 3, "2>1>3>4 3>1>2");
    r = record(&ses, s);
    expect_totals(r, 0, 3, 0, 2, 4, 50, 25);
    expect_step(r, 0, "contain", "2>1>3>4", "2,1,3,4", 0, 2, 0);
    expect_step(r, 1, "timeline", "3>1>2", "3,1,2", 0, 0, 0);
    cJSON_Delete(r);
    session_free(&ses);

    /* Reversed: nothing in place on respond; 1 of 3 on detect. */
    play(&ses, s, 3, "4>3>2>1 1>3>2");
    r = record(&ses, s);
    expect_totals(r, 1, 3, 33, 0, 4, 0, 17); /* (33 + 0) / 2 = 16.5 */
    expect_step(r, 0, "contain", "4>3>2>1", "4,3,2,1", 0, 0, 0);
    expect_step(r, 1, "timeline", "1>3>2", "1,3,2", 1, 0, 0);
    cJSON_Delete(r);
    session_free(&ses);

    play(&ses, s, 3, "1>2>4>3 3>2>1");
    r = record(&ses, s);
    expect_totals(r, 1, 3, 33, 2, 4, 50, 42); /* 41.5 */
    expect_step(r, 0, "contain", "1>2>4>3", "1,2,4,3", 0, 2, 0);
    expect_step(r, 1, "timeline", "3>2>1", "3,2,1", 1, 0, 0);
    cJSON_Delete(r);
    session_free(&ses);
    scenario_free(s);
}

/* ---- ending --------------------------------------------------------------------- */

static void test_ending(void)
{
    scenario *s = load_clean("order.lua");
    if (!s)
        return;
    session ses;
    play(&ses, s, 3, "1>2>3>4 1>2>3");
    CHECK_INT(ses.ended, 1);
    CHECK_INT(ses.view.pick, PICK_NONE);
    CHECK_STR(ses.view.outcome, "good");
    CHECK_STR(ses.view.prompt.en, "The account is clean again.");
    CHECK_INT(ses.view.n_items, 0);
    /* An ending takes no token and no answer. */
    CHECK_INT(session_answer_token(&ses, "1", 9.0, err, sizeof err), -1);
    CHECK_STR(err, "too many answers: the session ended at 'done' before '1'");
    CHECK_INT(session_answer(&ses, NULL, 0, NULL, 9.0, err, sizeof err), -1);
    CHECK_STR(err, "step 'done': the session has ended; no more answers are taken");
    CHECK_INT(ses.n_log, 2);
    session_free(&ses);

    /* An abandoned session: not completed, ending and outcome null, the
     * points so far against the scenario's maxima. */
    play(&ses, s, 3, "1>2>3>4");
    CHECK_INT(ses.ended, 0);
    cJSON *r = record(&ses, s);
    CHECK_INT(boolean(r, "completed"), 0);
    CHECK(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(r, "ending")));
    CHECK(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(r, "outcome")));
    expect_totals(r, 0, 3, 0, 4, 4, 100, 50);
    CHECK_INT(n_steps(r), 1);
    CHECK_INT(num(r, "v"), 1);
    CHECK_INT(num(r, "seed"), 3);
    CHECK_STR(str(r, "scenario"), "kinds-order");
    CHECK_STR(str(r, "scenario_hash"), scenario_hash(s));
    CHECK_STR(str(r, "mode"), "run");
    cJSON_Delete(r);
    session_free(&ses);
    scenario_free(s);

    /* The three outcomes, each an ending of its scenario. */
    s = load_clean("choice.lua");
    if (s) {
        CHECK_STR(scenario_step_outcome(s, scenario_step_index(s, "ignored")), "bad");
        CHECK_STR(scenario_step_outcome(s, scenario_step_index(s, "breach")), "mixed");
        CHECK_STR(scenario_step_outcome(s, scenario_step_index(s, "contained")), "good");
        CHECK_STR(scenario_step_outcome(s, scenario_step_index(s, "alert")), "");
        const explore_result *ex = scenario_explored(s);
        if (ex) {
            CHECK_INT(ex->ending[scenario_step_index(s, "ignored")], 1);
            CHECK_INT(ex->ending[scenario_step_index(s, "alert")], 0);
        }
        scenario_free(s);
    }
}

/* A scenario that is nothing but its ending: valid (each axis warns that it
 * has nothing to earn), one state, one path, and a session over at once. */
static void only_ending(void)
{
    scenario *s = load_seeded("only_ending.lua", 0);
    if (!s)
        return;
    CHECK_INT(scenario_ok(s), 1);
    CHECK_INT(count_problems(s, 0), 0);
    CHECK_INT(count_problems(s, 1), 2);
    expect_problem(s, "only_ending.lua", 1, 1,
                   "detection has nothing to earn: no complete path scores above 0 on detect, "
                   "so every player gets 100% on it");
    expect_explored(s, 1, 0, 0, 0, 0, 1, 1);
    const scn_model *m = scenario_model(s);
    session ses;
    if (m && session_start(&ses, m, 5, err, sizeof err) == 0) {
        CHECK_INT(ses.ended, 1);
        CHECK_STR(ses.view.outcome, "good");
        CHECK_INT(session_answer_token(&ses, "1", 1.0, err, sizeof err), -1);
        CHECK_STR(err, "too many answers: the session ended at 'done' before '1'");
        cJSON *r = record(&ses, s);
        expect_ending(r, "done", "good");
        expect_totals(r, 0, 0, 100, 0, 0, 100, 100);
        CHECK_INT(n_steps(r), 0);
        cJSON_Delete(r);
        session_free(&ses);
    }
    scenario_free(s);
}

static void test_only_ending(void)
{
    isolated("only_ending.lua", only_ending);
}

/* ---- a loop ----------------------------------------------------------------------- */

static void test_loop(void)
{
    scenario *s = load_clean("loop.lua");
    if (!s)
        return;
    /* Going round never earns more: the maxima of one pass. */
    expect_explored(s, 8, 0, 2, 0, 1, 1, 1);

    /* inbox 1, headers, inbox 1 again (worth 1, counted 0), headers again
     * (counted 0), inbox 2, report 1. */
    session ses;
    play(&ses, s, 1, "1 2 1 2 2 1");
    cJSON *r = record(&ses, s);
    expect_ending(r, "done", "good");
    expect_totals(r, 2, 2, 100, 1, 1, 100, 100);
    CHECK_INT(n_steps(r), 6);
    expect_step(r, 0, "inbox", "1", "1", 1, 0, 1);
    expect_step(r, 1, "headers", "2", "2", 1, 0, 1);
    expect_step(r, 2, "inbox", "1", "1", 0, 0, 1);
    expect_step(r, 3, "headers", "2", "2", 0, 0, 1);
    expect_step(r, 4, "inbox", "2", "2", 0, 0, 0);
    expect_step(r, 5, "report", "1", "1", 0, 1, 1);
    cJSON_Delete(r);
    session_free(&ses);

    /* Three times round: the same totals. */
    play(&ses, s, 1, "1 2 1 2 1 2 2 1");
    CHECK_INT(ses.detect, 2);
    CHECK_INT(ses.respond, 1);
    CHECK_INT(ses.ended, 1);
    session_free(&ses);

    /* A first visit that scores nothing does not let the second score:
     * headers marked wrong (0) the first time, right the second. */
    play(&ses, s, 1, "1 1 1 2 2 1");
    r = record(&ses, s);
    expect_totals(r, 1, 2, 50, 1, 1, 100, 75);
    expect_step(r, 1, "headers", "1", "1", 0, 0, 0);
    expect_step(r, 3, "headers", "2", "2", 0, 0, 1);
    cJSON_Delete(r);
    session_free(&ses);
    scenario_free(s);
}

/* ---- on_enter --------------------------------------------------------------------- */

static void test_on_enter(void)
{
    scenario *s = load_clean("on_enter.lua");
    if (!s)
        return;
    expect_explored(s, 6, 0, 2, 0, 2, 1, 2);

    /* on_enter runs before the view: "panel" shows its choice 2 at once. */
    session ses;
    play(&ses, s, 1, "1");
    CHECK_STR(shown(&ses), "1,2");
    CHECK_INT(session_answer_token(&ses, "2", 2.0, err, sizeof err), 0);
    CHECK_STR(shown(&ses), "1,2");
    CHECK_INT(session_answer_token(&ses, "1", 3.0, err, sizeof err), 0);
    cJSON *r = record(&ses, s);
    expect_ending(r, "done", "good");
    expect_totals(r, 2, 2, 100, 2, 2, 100, 100);
    expect_step(r, 1, "panel", "2", "2", 1, 0, 1);
    expect_step(r, 2, "desk", "1", "1", 0, 2, 1);
    cJSON_Delete(r);
    session_free(&ses);

    /* Never entering "panel": the flag is never set. */
    play(&ses, s, 1, "2");
    CHECK_STR(shown(&ses), "2");
    expect_refused(&ses, "2", "step 'desk': there is no 2nd choice: 1 is shown");
    CHECK_INT(session_answer_token(&ses, "1", 2.0, err, sizeof err), 0);
    r = record(&ses, s);
    expect_totals(r, 0, 2, 0, 0, 2, 0, 0);
    expect_step(r, 1, "desk", "1", "2", 0, 0, 1);
    cJSON_Delete(r);
    session_free(&ses);
    scenario_free(s);
}

/* ---- math.random ------------------------------------------------------------------ */

/* A record without its session id, printed, for comparing two records. */
static char *without_session(cJSON *r)
{
    cJSON_DeleteItemFromObjectCaseSensitive(r, "session");
    return cJSON_PrintUnformatted(r);
}

static void test_random(void)
{
    scenario *s = load_clean("random.lua");
    if (!s)
        return;
    const scn_model *m = scenario_model(s);
    if (!m) {
        scenario_free(s);
        return;
    }

    /* For each seed, the explorer's maxima are what the best play of a
     * session with that seed scores. */
    int with_operator = 0, with_escalate = 0;
    const uint32_t seeds = 24;
    for (uint32_t seed = 0; seed < seeds; seed++) {
        explore_result ex;
        CHECK_INT(explore_run(m, seed, 0, 0, &ex), 0);
        CHECK_STR(ex.error, "");
        session ses;
        CHECK_INT(session_start(&ses, m, seed, err, sizeof err), 0);
        int operator = ses.view.n_items == 3;
        with_operator += operator;
        CHECK(ses.view.n_items == 2 || ses.view.n_items == 3);
        /* the best answer: the operator if shown (detect 1, respond 1) */
        CHECK_INT(session_answer_token(&ses, operator ? "2" : "1", 1.0, err, sizeof err), 0);
        int escalate = ses.view.n_items == 2;
        with_escalate += escalate;
        CHECK_INT(session_answer_token(&ses, "1", 2.0, err, sizeof err), 0);
        CHECK_INT(ses.ended, 1);
        CHECK_INT(ex.detect_max, 1);
        CHECK_INT(ex.respond_max, operator + (escalate ? 2 : 1));
        CHECK_INT(ses.detect, ex.detect_max);
        CHECK_INT(ses.respond, ex.respond_max);
        CHECK_INT(ex.both_max, 1);
        session_free(&ses);
        explore_result_free(&ex);
    }
    /* The draws do vary with the seed. */
    CHECK(with_operator > 0 && with_operator < (int)seeds);
    CHECK(with_escalate > 0 && with_escalate < (int)seeds);

    /* One seed, twice: identical records but for the session id. */
    session a, b;
    play(&a, s, 12345, "1 1");
    play(&b, s, 12345, "1 1");
    cJSON *ra = record(&a, s), *rb = record(&b, s);
    CHECK(strcmp(str(ra, "session"), str(rb, "session")) != 0);
    CHECK_INT(strlen(str(ra, "session")), 36);
    CHECK_INT(num(ra, "seed"), 12345);
    char *ja = without_session(ra), *jb = without_session(rb);
    CHECK_STR(ja, jb);
    free(ja);
    free(jb);
    cJSON_Delete(ra);
    cJSON_Delete(rb);
    session_free(&a);
    session_free(&b);

    /* Validation's extra seeds (the scenario draws random numbers): no
     * seed hides every choice of a step, so still no problem. */
    scenario_opts more = {.plugin_dirs = builtin_dirs, .n_plugin_dirs = 1, .extra_seeds = 16};
    scenario *v = scenario_load(KINDS "/random.lua", &more);
    CHECK(v != NULL);
    if (v) {
        CHECK_INT(scenario_ok(v), 1);
        CHECK_INT(scenario_problem_count(v), 0);
        scenario_free(v);
    }

    /* Loading with a seed explores that seed's stream: the same figures
     * as exploring it afterwards, and as playing it. */
    for (uint32_t seed = 0; seed < 6; seed++) {
        scenario *t = load_seeded("random.lua", seed);
        explore_result ex;
        CHECK_INT(explore_run(m, seed, 0, 0, &ex), 0);
        const explore_result *at_load = t ? scenario_explored(t) : NULL;
        CHECK(at_load != NULL);
        if (at_load) {
            CHECK_INT(at_load->respond_max, ex.respond_max);
            CHECK_INT(at_load->respond_min, ex.respond_min);
            CHECK_INT(at_load->states, ex.states);
        }
        explore_result_free(&ex);
        scenario_free(t);
    }
    scenario_free(s);
}

/* A loop through a step whose `when` draws a random number: the random
 * stream is part of a state (so that a state replays exactly), so every
 * time round is a new state and exploring stops at its limit (5,000 here,
 * lowered from 1,000,000 to keep the test quick) with a message that says
 * why and how to draw once instead. */
static void test_random_loop(void)
{
    scenario_opts opts = {.plugin_dirs = builtin_dirs, .n_plugin_dirs = 1, .max_states = 5000};
    scenario *s = scenario_load(KINDS "/random_loop.lua", &opts);
    CHECK(s != NULL);
    if (!s)
        return;
    CHECK_INT(scenario_ok(s), 0);
    CHECK_INT(scenario_problem_count(s), 1);
    if (scenario_problem_count(s) == 1) {
        CHECK_HAS(scenario_problem(s, 0)->text, "random_loop.lua:1: exploring stopped after 5000 states");
        CHECK_HAS(scenario_problem(s, 0)->text, "draw once");
    }
    const explore_result *ex = scenario_explored(s);
    if (ex)
        CHECK_INT(ex->over_limit, 1);
    const scn_model *m = scenario_model(s);
    session ses;
    if (m && session_start(&ses, m, 9, err, sizeof err) == 0) {
        /* round a few times, then report: 1 and 1 */
        for (int i = 0; i < 3; i++)
            CHECK_INT(session_answer_token(&ses, "1", 1.0 + i, err, sizeof err), 0);
        CHECK_INT(session_answer_token(&ses, ses.view.n_items == 3 ? "3" : "2", 5.0, err, sizeof err), 0);
        CHECK_INT(ses.ended, 1);
        CHECK_INT(ses.detect, 0); /* "desk" was scored on the first visit (worth 0) */
        session_free(&ses);
    }
    scenario_free(s);
}

/* A scenario whose choices come out of `pairs` over string keys: each load
 * (a fresh Lua state) must show them in the same order and so play the
 * same answers the same way. Eight loads, each compared with the first. */
static void test_same_every_load(void)
{
    char first_text[256] = "";
    char *first_json = NULL;
    int differ = 0;
    for (int k = 0; k < 8; k++) {
        scenario *s = load_seeded("pairs_order.lua", 0);
        const scn_model *m = s ? scenario_model(s) : NULL;
        CHECK(m != NULL);
        if (!m) {
            if (s)
                print_problems(s);
            scenario_free(s);
            break;
        }
        session ses;
        CHECK_INT(session_start(&ses, m, 1, err, sizeof err), 0);
        char text[256];
        snprintf(text, sizeof text, "%s", ses.view.n_items ? bd_text_get(&ses.view.items[0].text, "en") : "");
        CHECK_INT(session_answer_token(&ses, "1", 1.0, err, sizeof err), 0);
        cJSON *r = record(&ses, s);
        char *json = r ? without_session(r) : NULL;
        if (k == 0) {
            snprintf(first_text, sizeof first_text, "%s", text);
            first_json = json;
            json = NULL;
        } else if (strcmp(text, first_text) != 0 || !json || !first_json ||
                   strcmp(json, first_json) != 0) {
            if (!differ)
                fprintf(stderr, "pairs_order.lua: load 1 shows \"%s\" first, load %d \"%s\"\n",
                        first_text, k + 1, text);
            differ++;
        }
        free(json);
        cJSON_Delete(r);
        session_free(&ses);
        scenario_free(s);
    }
    CHECK_INT(differ, 0);
    free(first_json);
}

/* ---- Validation: warnings ------------------------------------------------------------- */

static void test_warnings(void)
{
    scenario *s = load_seeded("warnings.lua", 0);
    if (!s)
        return;
    CHECK_INT(scenario_ok(s), 1);
    CHECK(scenario_model(s) != NULL);
    CHECK_INT(count_problems(s, 0), 0);
    CHECK_INT(count_problems(s, 1), 3);
    expect_problem(s, "warnings.lua", 1, 1, "no sources: give incident.sources so players can check the facts");
    expect_problem(s, "warnings.lua", 21, 1,
                   "step 'first': choice 2: has no feedback: tell the player why this choice is right or wrong");
    expect_problem(s, "warnings.lua", 1, 1,
                   "no single path reaches both maxima (detect 1, respond 1): no player can score 100");
    expect_explored(s, 3, 0, 1, 0, 1, 0, 2);
    for (size_t i = 0; i < scenario_problem_count(s); i++)
        CHECK(strchr(scenario_problem(s, i)->text, '\n') == NULL);

    /* Playable: the best either player can do is 50. */
    session ses;
    play(&ses, s, 1, "1");
    cJSON *r = record(&ses, s);
    expect_ending(r, "caught", "good");
    expect_totals(r, 1, 1, 100, 0, 1, 0, 50);
    cJSON_Delete(r);
    session_free(&ses);
    play(&ses, s, 1, "2");
    r = record(&ses, s);
    expect_ending(r, "told", "mixed");
    expect_totals(r, 0, 1, 0, 1, 1, 100, 50);
    cJSON_Delete(r);
    session_free(&ses);
    scenario_free(s);
}

/* ---- Validation: errors, each at its exact line ---------------------------------------- */

static void expect_invalid(const char *name, size_t n_errors)
{
    scenario *s = load_seeded(name, 0);
    if (!s)
        return;
    CHECK_INT(scenario_ok(s), 0);
    CHECK(scenario_model(s) == NULL);
    CHECK_INT(count_problems(s, 0), n_errors);
    CHECK_INT(count_problems(s, 1), 0);
    if (count_problems(s, 0) != n_errors || count_problems(s, 1)) {
        fprintf(stderr, "%s:\n", name);
        print_problems(s);
    }
    scenario_free(s);
}

static void expect_error(const char *name, int line, const char *text)
{
    scenario *s = load_seeded(name, 0);
    if (!s)
        return;
    expect_problem(s, name, line, 0, text);
    scenario_free(s);
}

/* `languages`: every text a player sees lacking a declared language is a
 * warning at its line; logs, addresses and the mono block are not. */
static void test_languages(void)
{
    scenario *s = load_seeded("languages.lua", 0);
    if (!s)
        return;
    CHECK_INT(scenario_ok(s), 1);
    CHECK_INT(count_problems(s, 0), 0);
    CHECK_INT(count_problems(s, 1), 4);
    const char *tail = "has no 'ja' text, but the scenario's languages list it";
    char want[256];
    snprintf(want, sizeof want, "'summary' %s", tail);
    expect_problem(s, "languages.lua", 15, 1, want);
    snprintf(want, sizeof want, "step 'first': choice 2: 'feedback' %s", tail);
    expect_problem(s, "languages.lua", 30, 1, want);
    snprintf(want, sizeof want, "step 'logs': 'notes' entry 2 %s", tail);
    expect_problem(s, "languages.lua", 39, 1, want);
    snprintf(want, sizeof want, "step 'done': 'text' %s", tail);
    expect_problem(s, "languages.lua", 44, 1, want);
    scenario_free(s);

    expect_invalid("languages_bad.lua", 2);
    expect_error("languages_bad.lua", 9,
                 "'languages' entry 1 should be a language code such as \"en\" or \"ja\"");
    expect_error("languages_bad.lua", 9,
                 "'languages' must include \"en\": English is what a missing language falls back to");
}

static void err_self_loop(void)
{
    expect_invalid("err_self_loop.lua", 2);
    expect_error("err_self_loop.lua", 10,
                 "step 'first': no ending can be reached from here in some reachable state "
                 "(a loop with no way out?)");
    expect_error("err_self_loop.lua", 15, "step 'done' is never reached: no path from the start leads to it");
}

static void test_errors(void)
{
    expect_invalid("err_unknown_kind.lua", 1);
    expect_error("err_unknown_kind.lua", 13,
                 "step 'first': unknown kind \"quiz\" (built in: choice, multi, spot, order, ending; "
                 "or add plugins/quiz.lua)");

    expect_invalid("err_missing_text.lua", 1);
    expect_error("err_missing_text.lua", 10, "step 'first': 'text' is missing (text expected)");

    expect_invalid("err_mistyped.lua", 1);
    expect_error("err_mistyped.lua", 14,
                 "step 'first': choice 1: 'detect' should be a whole number, not a string");

    expect_invalid("err_duplicate_step.lua", 1);
    expect_error("err_duplicate_step.lua", 17,
                 "step 'done' is defined twice (first at line 16); the second replaces the first");

    expect_invalid("err_bad_next.lua", 1);
    expect_error("err_bad_next.lua", 14, "step 'first': choice 1: 'next' names no step \"end\"");

    expect_invalid("err_unreachable.lua", 1);
    expect_error("err_unreachable.lua", 16,
                 "step 'orphan' is never reached: no path from the start leads to it");

    expect_invalid("err_no_exit.lua", 2);
    expect_error("err_no_exit.lua", 18,
                 "step 'round': no ending can be reached from here in some reachable state "
                 "(a loop with no way out?)");
    expect_error("err_no_exit.lua", 23,
                 "step 'about': no ending can be reached from here in some reachable state "
                 "(a loop with no way out?)");

    isolated("err_self_loop.lua", err_self_loop);

    expect_invalid("err_all_hidden.lua", 1);
    expect_error("err_all_hidden.lua", 20,
                 "step 'second' offers nothing to pick in some reachable state "
                 "(is every choice hidden by its 'when'?)");

    expect_invalid("err_bad_id.lua", 1);
    expect_error("err_bad_id.lua", 4,
                 "'id' should use only a-z, 0-9 and '-' (at most 64), such as \"acme-vpn-2025\"");

    expect_invalid("err_bad_outcome.lua", 1);
    expect_error("err_bad_outcome.lua", 17,
                 "step 'done': 'outcome' should be one of \"good\", \"mixed\", \"bad\", not \"great\"");
}

int main(void)
{
    test_choice();
    test_multi();
    test_spot();
    test_order();
    test_ending();
    test_only_ending();
    test_loop();
    test_on_enter();
    test_random();
    test_random_loop();
    test_same_every_load();
    test_warnings();
    test_languages();
    test_errors();
    return check_done();
}
