/* main — BreachDrill's command line: parses it, finds the data and the
 * user's folders, and starts the game, or the kiosk (kiosk_host.c). Every
 * usage error is one line on stderr, exit status 2 (the scenario
 * contract's rule). */
#include "commands.h"
#include "kiosk_host.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char USAGE[] =
    "usage: breachdrill [play] [--scenarios DIR]... [--data DIR] [--config FILE]\n"
    "                   [--renderer auto|software|gpu] [--fullscreen] [--window WxH]\n"
    "                   [--lang en|ja] [--script FILE]\n"
    "       breachdrill kiosk [--config FILE] [--scenarios DIR]... [--data DIR]\n"
    "                   [--renderer auto|software|gpu] [--window WxH] [--lang en|ja]\n"
    "                   [--script FILE]\n"
    "       breachdrill kiosk --set-pin [--config FILE]\n"
    "       breachdrill validate PATH...\n"
    "       breachdrill explore PATH [--json] [--seed N] [--random N]\n"
    "       breachdrill run PATH --answers \"A1 A2 ...\" [--seed N] [--player NAME]\n"
    "       breachdrill report FILE.jsonl... [--csv OUT] [--xapi OUT] [--html OUT]\n"
    "                   [--pass-mark N] [--home-page URL] [--activity-base IRI]\n"
    "                   [--config FILE]\n"
    "       breachdrill --help | --version\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "breachdrill: ");
    fprintf(stderr, fmt, arg);
    /* The contract: one line saying what is wrong. */
    fprintf(stderr, " (see breachdrill --help)\n");
    return 2;
}

static int parse_window(const char *s, int *w, int *h)
{
    char x;
    return sscanf(s, "%d%c%d", w, &x, h) == 3 && (x == 'x' || x == 'X') &&
           *w >= 320 && *h >= 240 && *w <= 16384 && *h <= 16384 ? 0 : -1;
}

/* The version, and where this binary finds its data (or why it does not). */
static void print_version(void)
{
    char data[4096], err[BD_ERR_LEN];
    printf("breachdrill %s\n", BD_VERSION);
    if (paths_find_data(NULL, "/proc/self/exe", data, sizeof data, err, sizeof err) == 0)
        printf("data: %s\n", data);
    else
        printf("data: %s\n", err);
}

/* Returns -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    o->fullscreen = -1;
    int i = 1;
    if (i < argc && argv[i][0] != '-') {
        o->kiosk = strcmp(argv[i], "kiosk") == 0;
        if (!o->kiosk && strcmp(argv[i], "play") != 0) return usage_error("unknown command '%s'", argv[i]);
        i++;
    }
    for (; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) { fputs(USAGE, stdout); return 0; }
        if (strcmp(a, "--version") == 0) { print_version(); return 0; }
        /* The kiosk's window follows its config's "fullscreen" (or --window). */
        if (strcmp(a, "--fullscreen") == 0 && !o->kiosk) { o->fullscreen = 1; continue; }
        if (strcmp(a, "--set-pin") == 0 && o->kiosk) { o->set_pin = 1; continue; }
        int takes_value = strcmp(a, "--data") == 0 || strcmp(a, "--config") == 0 ||
                          strcmp(a, "--script") == 0 || strcmp(a, "--lang") == 0 ||
                          strcmp(a, "--scenarios") == 0 || strcmp(a, "--renderer") == 0 ||
                          strcmp(a, "--window") == 0;
        if (!takes_value) return usage_error("unknown option '%s'", a);
        if (!v) return usage_error("%s needs a value", a);
        i++;
        if (strcmp(a, "--data") == 0) o->data_override = v;
        else if (strcmp(a, "--config") == 0) o->config_path = v;
        else if (strcmp(a, "--script") == 0) o->script_path = v;
        else if (strcmp(a, "--lang") == 0) {
            if (strcmp(v, "en") && strcmp(v, "ja")) return usage_error("unknown language '%s' (en or ja)", v);
            o->lang = v;
        } else if (strcmp(a, "--scenarios") == 0) {
            if (o->nscenario_dirs == MAX_SCENARIO_DIRS) return usage_error("too many --scenarios folders%s", "");
            if (!dir_exists(v)) return usage_error("scenario folder '%s' not found", v);
            o->scenario_dirs[o->nscenario_dirs++] = v;
        } else if (strcmp(a, "--renderer") == 0) {
            if (renderer_choice_parse(v, &o->renderer) != 0)
                return usage_error("unknown renderer '%s' (auto, software or gpu)", v);
            o->has_renderer = 1;
        } else if (parse_window(v, &o->window_w, &o->window_h) != 0) {
            return usage_error("bad window size '%s' (WIDTHxHEIGHT, at least 320x240)", v);
        }
    }
    if (o->set_pin && (o->data_override || o->script_path || o->lang || o->nscenario_dirs ||
                       o->has_renderer || o->window_w))
        return usage_error("%s takes no other option than --config FILE", "--set-pin");
    return -1;
}

/* ---- The running game: what the ui asks of its host ---------------------- */

/* The training list being gathered: its entries point into keep. */
typedef struct {
    const char *lang;
    ui_scenario_entry *list;
    size_t count;
    scn_summary *keep;
    size_t nkeep;
} summaries;

static void add_summaries(const char *dir, void *arg)
{
    summaries *s = arg;
    scn_summary *found = NULL;
    size_t n = scn_summary_scan(dir, s->lang, &found);
    if (n == 0) return;
    ui_scenario_entry *nl = realloc(s->list, (s->count + n) * sizeof *nl);
    scn_summary *nk = realloc(s->keep, (s->nkeep + n) * sizeof *nk);
    if (nl) s->list = nl;
    if (nk) s->keep = nk;
    if (!nl || !nk) { scn_summary_free_all(found, n); return; }
    size_t listed = 0;
    for (size_t i = 0; i < n; i++) {
        if (found[i].error) fprintf(stderr, "%s\n", found[i].error);
        /* Kiosk rounds are for the booth; the training list leaves them out. */
        if (!found[i].kiosk_only)
            s->list[s->count + listed++] = (ui_scenario_entry){
                .path = found[i].path, .title = found[i].title, .error = found[i].error,
                .id = found[i].id, .org = found[i].org, .when = found[i].when,
                .minutes = found[i].minutes,
            };
        s->keep[s->nkeep + i] = found[i];
    }
    s->count += listed;
    s->nkeep += n;
    free(found);
}

/* The player's own earlier sessions: best scores for the list. Only the
 * results log is read: the scenario files have not changed. A bad line is
 * reported and skipped, never fatal. */
static void host_refresh_scores(void *ctx)
{
    game *g = ctx;
    char warn[BD_ERR_LEN] = "";
    results_history h = { 0 };
    if (results_read(g->results, g->cfg.player, &h, warn, sizeof warn) < 0 || warn[0])
        fprintf(stderr, "breachdrill: %s\n", warn);
    ui_app_set_scores(g->app, &h);
    results_history_free(&h);
}

/* Bundled scenarios first, then the user's folder, then --scenarios folders. */
void game_each_scenario_dir(const game *g, void (*fn)(const char *dir, void *arg), void *arg)
{
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/scenarios", g->paths.data);
    fn(dir, arg);
    fn(g->user_scenarios, arg);
    for (int i = 0; i < g->opt.nscenario_dirs; i++)
        fn(g->opt.scenario_dirs[i], arg);
}

static void game_scan(game *g)
{
    summaries s = { .lang = locale_lang(g->loc) };
    game_each_scenario_dir(g, add_summaries, &s);
    ui_app_set_scenarios(g->app, s.list, s.count);
    free(s.list);
    scn_summary_free_all(s.keep, s.nkeep);
    host_refresh_scores(g);
}

static void host_reload(void *ctx) { game_scan(ctx); }

/* Saves the settings the player chose. Only what the settings screen
 * changes is written over the file's own values: a --window or --renderer
 * given for this run is not a setting and is not saved. */
static void save_settings(game *g)
{
    char err[BD_ERR_LEN] = "";
    config saved;
    if (config_load(&saved, g->config_path, err, sizeof err) < 0) {
        /* A file that cannot be read is kept aside, not written over: it
         * may hold settings its owner wants back. */
        char aside[4300];
        snprintf(aside, sizeof aside, "%s.bad", g->config_path);
        if (rename(g->config_path, aside) == 0)
            fprintf(stderr, "breachdrill: %s; kept as %s, settings saved afresh\n", err, aside);
        config_defaults(&saved);
    }
    snprintf(saved.language, sizeof saved.language, "%s", g->cfg.language);
    saved.text_size = g->cfg.text_size;
    saved.high_contrast = g->cfg.high_contrast;
    saved.reduce_motion = g->cfg.reduce_motion;
    saved.fullscreen = g->cfg.fullscreen;
    snprintf(saved.player, sizeof saved.player, "%s", g->cfg.player);
    snprintf(saved.employee_id, sizeof saved.employee_id, "%s", g->cfg.employee_id);
    err[0] = '\0';
    if (config_save(&saved, g->config_path, err, sizeof err) != 0) fprintf(stderr, "breachdrill: %s\n", err);
}

int game_set_locale(game *g, const char *lang)
{
    char err[BD_ERR_LEN] = "";
    locale *loc = locale_load(g->paths.data, lang, err, sizeof err);
    if (err[0]) fprintf(stderr, "breachdrill: %s\n", err);
    if (!loc) return -1;
    if (g->app) ui_app_set_locale(g->app, loc);
    locale_free(g->loc);
    g->loc = loc;
    return 0;
}

/* Loads lang's strings and re-reads the scenario titles in it. */
static void switch_language(game *g, const char *lang)
{
    if (game_set_locale(g, lang) != 0) return;
    game_scan(g);
    snprintf(g->cfg.language, sizeof g->cfg.language, "%s", lang);
}

static void host_set_language(void *ctx, const char *lang)
{
    game *g = ctx;
    switch_language(g, lang);
    save_settings(g);
}

static void host_apply_settings(void *ctx, const config *next)
{
    game *g = ctx;
    if (strcmp(next->language, locale_lang(g->loc)) != 0 && next->language[0])
        switch_language(g, next->language);
    if (next->fullscreen != g->cfg.fullscreen && g->platform)
        platform_set_fullscreen(g->platform, next->fullscreen);
    g->cfg.fullscreen = next->fullscreen;
    g->cfg.text_size = next->text_size;
    g->cfg.high_contrast = next->high_contrast;
    g->cfg.reduce_motion = next->reduce_motion;
    int new_player = strcmp(g->cfg.player, next->player) != 0;
    snprintf(g->cfg.player, sizeof g->cfg.player, "%s", next->player);
    snprintf(g->cfg.employee_id, sizeof g->cfg.employee_id, "%s", next->employee_id);
    if (new_player) host_refresh_scores(g);   /* best scores are the player's own */
    save_settings(g);
}

/* Seeds come from libsodium, like the record's UUIDs: the contract's range
 * 0 .. 2^31-1. */
uint32_t host_new_seed(void *ctx)
{
    (void)ctx;
    return sodium_init() < 0 ? 0 : randombytes_uniform(0x80000000u);
}

/* The platform's clock: monotonic, and virtual under a test script, so a
 * scripted session's record has reproducible times. */
double host_now(void *ctx)
{
    game *g = ctx;
    return g->platform ? platform_now(g->platform) : 0.0;
}

/* The list's Export: the player's own records, as JSON Lines (what the
 * results log holds, so a trainer's report reads it), into a dated file in
 * the home folder, where a player finds it. */
int game_export(const game *g, const char *player, const char *dir, const char *prefix, int utc,
                const char *count_key, char *path, size_t pathlen, char *count, size_t countlen,
                char *err, size_t errlen)
{
    char stamp[32], num[32];
    time_t now = time(NULL);
    struct tm tm;
    if (utc) gmtime_r(&now, &tm);
    else localtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    snprintf(path, pathlen, "%s/%s-%s.jsonl", dir, prefix, stamp);
    size_t n = 0;
    if (results_export(g->results, player, path, &n, err, errlen) < 0) return -1;
    snprintf(num, sizeof num, "%zu", n);
    ui_fill_in(count, countlen, locale_get(g->loc, count_key), num);
    return 0;
}

static int host_export(void *ctx, char *out, size_t outlen)
{
    game *g = ctx;
    const char *home = getenv("HOME");
    char path[4400], line[256], err[BD_ERR_LEN] = "";
    if (game_export(g, g->cfg.player, home && *home ? home : g->paths.user, "breachdrill-results",
                    1, "list.export_count", path, sizeof path, line, sizeof line, err, sizeof err) < 0) {
        snprintf(out, outlen, "%s", err);
        return -1;
    }
    /* A line skipped as unreadable is said too: it is not in the file. */
    snprintf(out, outlen, "%s %s%s%s", line, path, err[0] ? "\n" : "", err);
    return 0;
}

int64_t host_unix_time(void *ctx)
{
    (void)ctx;
    return (int64_t)time(NULL);
}

int game_run(game *g)
{
    char err[BD_ERR_LEN] = "";
    font_files fonts;
    if (fonts_find(&fonts, err, sizeof err) != 0) { fprintf(stderr, "breachdrill: %s\n", err); return 1; }
    window_options wo = {
        .renderer = g->cfg.renderer, .fullscreen = g->cfg.fullscreen,
        .width = g->cfg.window_w, .height = g->cfg.window_h, .title = "BreachDrill",
    };
    script *scr = NULL;
    if (g->opt.script_path && !(scr = script_load(g->opt.script_path, err, sizeof err))) {
        fprintf(stderr, "breachdrill: %s\n", err);
        return 2;
    }
    platform *p = platform_open(&wo, err, sizeof err);
    if (!p) { fprintf(stderr, "breachdrill: %s\n", err); script_free(scr); return 1; }
    text_system *ts = text_system_open(&fonts, err, sizeof err);
    if (!ts) {
        fprintf(stderr, "breachdrill: %s\n", err);
        platform_close(p);
        script_free(scr);
        return 1;
    }
    ui_measure measure = text_measurer(ts);
    g->platform = p;
    g->app = ui_app_new(g->loc, &measure, &g->cfg, &g->host);
    int status = 1;
    if (g->app) {
        const char *idle = getenv("ANCHOR_IDLE"), *frames = getenv("ANCHOR_FRAMES");
        char shots[4200];
        snprintf(shots, sizeof shots, "%s/screenshots", g->paths.user);
        loop_options lo = {
            .text = ts, .app = g->app, .screenshot_dir = shots, .script = scr,
            .anchor_out = getenv("ANCHOR_OUT"),
            .anchor_idle = idle ? atof(idle) : 0, .anchor_frames = frames ? atoi(frames) : 0,
        };
        if (g->begin) g->begin(g, &lo);
        status = platform_run(p, &lo, NULL);
        if (g->end) g->end(g);
        ui_app_free(g->app);   /* a round or session in progress is recorded */
        g->app = NULL;
    }
    g->platform = NULL;
    text_system_close(ts);
    platform_close(p);
    script_free(scr);
    return status;
}

/* Training's part of game_run: the list, then an unfinished session's offer. */
static void training_begin(game *g, loop_options *lo)
{
    (void)lo;
    game_scan(g);
    ui_app_offer_resume(g->app);
}

int main(int argc, char **argv)
{
    if (argc > 1) {
        int rc = commands_main(argv[1], argc - 2, argv + 2);
        if (rc >= 0)
            return rc;
    }
    game g;
    memset(&g, 0, sizeof g);
    int rc = parse_args(argc, argv, &g.opt);
    if (rc >= 0) return rc;
    char err[BD_ERR_LEN] = "";
    if (paths_user(&g.paths, err, sizeof err) != 0) { fprintf(stderr, "breachdrill: %s\n", err); return 1; }
    if (g.opt.set_pin) return kiosk_set_pin_main(&g);
    if (paths_find_data(g.opt.data_override, "/proc/self/exe", g.paths.data, sizeof g.paths.data,
                        err, sizeof err) != 0)
        return usage_error("%s", err);
    snprintf(g.user_scenarios, sizeof g.user_scenarios, "%s/scenarios", g.paths.user);
    /* A scenario's own plugins/ folder is searched first (scenario_load),
     * then the trainer's, then the bundled kinds. */
    snprintf(g.user_plugins, sizeof g.user_plugins, "%s/plugins", g.paths.user);
    snprintf(g.data_plugins, sizeof g.data_plugins, "%s/plugins", g.paths.data);
    g.plugin_dirs[0] = g.user_plugins;
    g.plugin_dirs[1] = g.data_plugins;
    if (g.opt.kiosk) return kiosk_main(&g);
    snprintf(g.results, sizeof g.results, "%s/results.jsonl", g.paths.user);
    snprintf(g.resume, sizeof g.resume, "%s/session.json", g.paths.user);
    g.config_path = g.opt.config_path ? g.opt.config_path : g.paths.config;
    if (config_load(&g.cfg, g.config_path, err, sizeof err) < 0)
        fprintf(stderr, "breachdrill: %s (using defaults)\n", err);
    if (g.opt.has_renderer) g.cfg.renderer = g.opt.renderer;
    if (g.opt.fullscreen >= 0) g.cfg.fullscreen = g.opt.fullscreen;
    if (g.opt.window_w) { g.cfg.window_w = g.opt.window_w; g.cfg.window_h = g.opt.window_h; }
    const char *lang = g.opt.lang ? g.opt.lang : g.cfg.language[0] ? g.cfg.language : locale_from_env();
    if (game_set_locale(&g, lang) != 0) return 1;
    g.host = (ui_host){
        .ctx = &g, .set_language = host_set_language, .reload = host_reload,
        .apply_settings = host_apply_settings, .refresh_scores = host_refresh_scores,
        .user_scenarios = g.user_scenarios,
        .plugin_dirs = g.plugin_dirs, .n_plugin_dirs = 2, .results_path = g.results,
        .resume_path = g.resume, .export_results = host_export,
        .new_seed = host_new_seed, .now = host_now, .unix_time = host_unix_time,
    };
    g.begin = training_begin;
    rc = game_run(&g);
    locale_free(g.loc);
    return rc;
}
