/* kiosk_host — `breachdrill kiosk`: the booth's files and what the kiosk's
 * screens ask of their host (the board, the nickname filter, the PIN, the
 * day's figures, the export), then the game run as a kiosk.
 *
 * Files: the config (kiosk.json beside config.json, or --config), read
 * once and never written here; in the user's data folder the kiosk's own
 * results log (kiosk-results.jsonl, every round's record, mode "kiosk")
 * and its board (leaderboard.json, saved after every change). The
 * player's training files are never touched. */
#include "kiosk_host.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    game *g;
    kiosk_config cfg;
    char config_path[4200];
    char board_path[4200];
    leaderboard board;
    int board_saved;             /* 0: its file could not be read; never written over */
    name_filter *filter;         /* NULL: it could not be read; every nickname is refused */
    kiosk_scenarios sc;
    ui_kiosk_host kh;
    kiosk_service svc;
    volatile sig_atomic_t *stop;
} kiosk;

/* Today at the kiosk: its local day and offset from UTC. */
static long local_day(int64_t t, char day[11])
{
    time_t tt = (time_t)t;
    struct tm tm;
    long off = localtime_r(&tt, &tm) ? tm.tm_gmtoff : 0;
    leaderboard_day(t, off, day);
    return off;
}

/* ---- What the kiosk's screens ask ------------------------------------------ */

static size_t kh_board(void *ctx, uint64_t mine, const leaderboard_entry **out, size_t max,
                       size_t *rank, size_t *total, const leaderboard_entry **own)
{
    kiosk *k = ctx;
    char day[11];
    local_day(time(NULL), day);
    leaderboard_scope scope = (leaderboard_scope)k->cfg.leaderboard_scope;
    size_t n = leaderboard_top(&k->board, scope, day, k->cfg.event, out, max);
    size_t place = leaderboard_rank(&k->board, scope, day, k->cfg.event, mine, total);
    if (rank) *rank = mine ? place : 0;
    if (own) *own = mine && place ? leaderboard_get(&k->board, mine) : NULL;
    return n;
}

/* The board after a change: saved, unless its file could not be read. A
 * failed save is said on stderr; the board on screen stays as it is. */
static int save_board(kiosk *k, char *err, size_t errlen)
{
    if (!k->board_saved) {
        bd_set_err(err, errlen, "%s could not be read at start and is not written over", k->board_path);
        return -1;
    }
    if (leaderboard_save(k->board_path, &k->board, err, errlen) == 0) return 0;
    fprintf(stderr, "breachdrill: %s\n", err);
    return -1;
}

static int kh_board_add(void *ctx, const leaderboard_entry *e, uint64_t *id, char *err, size_t errlen)
{
    kiosk *k = ctx;
    leaderboard_entry row = *e;
    row.when = (int64_t)time(NULL);
    local_day(row.when, row.day);
    snprintf(row.event, sizeof row.event, "%s", k->cfg.event);
    if (leaderboard_add(&k->board, &row, id, err, errlen) != 0) return -1;
    char why[BD_ERR_LEN];
    save_board(k, why, sizeof why);   /* the visitor still sees the round on the board */
    return 0;
}

static int kh_board_reset(void *ctx, char *err, size_t errlen)
{
    kiosk *k = ctx;
    leaderboard_clear(&k->board);
    return save_board(k, err, errlen);
}

static int kh_name_ok(void *ctx, const char *nickname)
{
    kiosk *k = ctx;
    char why[BD_ERR_LEN];
    return name_filter_check(k->filter, nickname, why, sizeof why);
}

static int kh_pin_check(void *ctx, const char *pin)
{
    kiosk *k = ctx;
    return kiosk_pin_check(&k->cfg, pin);
}

static void kh_stats(void *ctx, kiosk_stats *out)
{
    kiosk *k = ctx;
    char warn[BD_ERR_LEN] = "", day[11];
    results_history h = { 0 };
    if (results_read(k->g->results, NULL, &h, warn, sizeof warn) < 0 || warn[0])
        fprintf(stderr, "breachdrill: %s\n", warn);
    long off = local_day(time(NULL), day);
    kiosk_stats_of(&h, day, off, out);
    results_history_free(&h);
}

/* The machine's name as a file name's part: letters, digits, '-' and '.'. */
static void host_name(char *out, size_t len)
{
    char name[256] = "";
    if (gethostname(name, sizeof name - 1) != 0 || !name[0]) snprintf(name, sizeof name, "kiosk");
    size_t n = 0;
    for (const char *c = name; *c && n + 1 < len; c++) {
        int ok = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
                 *c == '-' || *c == '.';
        out[n++] = ok ? *c : '_';
    }
    out[n] = '\0';
}

/* Every record of the kiosk's log, into a new file in the export folder.
 * The folder must be there already: a USB stick is mounted by the staff
 * (or the machine's automounter), never by the kiosk. */
static int kh_export(void *ctx, char *out, size_t outlen)
{
    kiosk *k = ctx;
    const locale *loc = k->g->loc;
    const char *dir = k->cfg.export_dir;
    if (!dir[0]) {
        snprintf(out, outlen, "%s", locale_get(loc, "export.none"));
        return -1;
    }
    if (!dir_exists(dir)) {
        ui_fill_in(out, outlen, locale_get(loc, "export.missing"), dir);
        return -1;
    }
    char host[64], prefix[96], path[4400], line[128], err[BD_ERR_LEN] = "";
    host_name(host, sizeof host);
    snprintf(prefix, sizeof prefix, "breachdrill-kiosk-%s", host);
    if (game_export(k->g, NULL, dir, prefix, 0, "export.done", path, sizeof path, line, sizeof line, err,
                    sizeof err) < 0) {
        fprintf(stderr, "breachdrill: export: %s\n", err);
        snprintf(out, outlen, "%s", err);
        return -1;
    }
    /* The staff screen says "exported to <out>": the file, then the count. */
    snprintf(out, outlen, "%s %s", path, line);
    fprintf(stderr, "breachdrill: exported %s to %s%s%s\n", line, path, err[0] ? "; " : "", err);
    return 0;
}

/* The visitor's language switch: nothing is saved, and the scenarios'
 * texts are already there in both languages. */
static void kiosk_set_language(void *ctx, const char *lang) { game_set_locale(ctx, lang); }

/* ---- The run ------------------------------------------------------------------ */

/* The display can go before the kiosk does: when a service stops, cage
 * and its Xwayland get the signal too, and Xlib then ends the kiosk with
 * exit(1) from inside SDL before the loop sees its stop flag. Whatever
 * the exit() path, a round in progress is still recorded: freeing the app
 * writes its record and touches nothing of SDL. */
static game *running;

static void record_on_exit(void)
{
    if (running && running->app) {
        ui_app_free(running->app);
        running->app = NULL;
    }
}

static void kiosk_begin(game *g, loop_options *lo)
{
    kiosk *k = g->mode;
    static int registered;
    if (!registered) registered = atexit(record_on_exit) == 0;
    running = g;
    ui_app_kiosk(g->app, &k->kh);
    lo->stop = k->stop;
    lo->on_wake = kiosk_service_wake;
    lo->wake_ctx = &k->svc;
    lo->hide_idle_cursor = 1;
}

static void kiosk_end(game *g)
{
    kiosk *k = g->mode;
    kiosk_service_stopping(&k->svc);
}

/* The config, and refusing to start without a PIN: a locked-down kiosk
 * that nobody can leave would trap the staff. 0 to go on, else the exit
 * status. */
static int read_config(kiosk *k)
{
    char warn[BD_ERR_LEN] = "";
    kiosk_config_path(k->g, k->config_path, sizeof k->config_path);
    kiosk_config_load(k->config_path, &k->cfg, warn, sizeof warn);
    if (warn[0]) fprintf(stderr, "breachdrill: %s\n", warn);
    if (!k->cfg.pin_hash[0]) {
        fprintf(stderr, "breachdrill: no staff PIN is set in %s; run `breachdrill kiosk --set-pin%s%s` "
                        "first (staff need it to leave the kiosk)\n", k->config_path,
                k->g->opt.config_path ? " --config " : "", k->g->opt.config_path ? k->config_path : "");
        return 2;
    }
    return 0;
}

/* The board, the nickname filter, the strings and the scenarios: 0, or
 * the exit status. */
static int open_files(kiosk *k)
{
    game *g = k->g;
    char msg[BD_ERR_LEN] = "", path[4400];
    snprintf(g->results, sizeof g->results, "%s/kiosk-results.jsonl", g->paths.user);
    snprintf(k->board_path, sizeof k->board_path, "%s/leaderboard.json", g->paths.user);
    int rc = leaderboard_load(k->board_path, &k->board, msg, sizeof msg);
    if (msg[0]) fprintf(stderr, "breachdrill: %s\n", msg);
    k->board_saved = rc >= 0;
    if (rc < 0)
        fprintf(stderr, "breachdrill: %s is left as it is; this run's board is kept in memory only\n",
                k->board_path);
    snprintf(path, sizeof path, "%s/assets/blocklist.txt", g->paths.data);
    msg[0] = '\0';
    k->filter = name_filter_load(path, msg, sizeof msg);
    if (!k->filter)
        fprintf(stderr, "breachdrill: %s; every nickname is refused until the list can be read\n", msg);
    /* The kiosk's language, as the visitor's switch returns to it. */
    const char *lang = g->opt.lang ? g->opt.lang : k->cfg.language[0] ? k->cfg.language : locale_from_env();
    snprintf(k->cfg.language, sizeof k->cfg.language, "%s", lang);
    if (game_set_locale(g, lang) != 0) return 1;
    if (kiosk_scenarios_load(g, &k->cfg, &k->sc) == 0) {
        fprintf(stderr, "breachdrill: no kiosk scenario to play (a scenario's modes must list "
                        "\"kiosk\"%s)\n", k->cfg.n_scenarios ? ", and its id be in the config's list" : "");
        return 1;
    }
    return 0;
}

/* What the ui reads: the defaults, with the kiosk's window. */
static void app_config(kiosk *k)
{
    game *g = k->g;
    config_defaults(&g->cfg);
    snprintf(g->cfg.language, sizeof g->cfg.language, "%s", k->cfg.language);
    g->cfg.fullscreen = k->cfg.fullscreen;
    if (g->opt.window_w) {
        g->cfg.fullscreen = 0;
        g->cfg.window_w = g->opt.window_w;
        g->cfg.window_h = g->opt.window_h;
    }
    if (g->opt.has_renderer) g->cfg.renderer = g->opt.renderer;
}

int kiosk_main(game *g)
{
    kiosk *k = calloc(1, sizeof *k);
    if (!k) { fprintf(stderr, "breachdrill: out of memory\n"); return 1; }
    k->g = g;
    int rc = read_config(k);
    if (rc == 0) rc = open_files(k);
    if (rc == 0) {
        app_config(k);
        k->kh = (ui_kiosk_host){
            .ctx = k, .cfg = &k->cfg, .scenarios = k->sc.list, .n_scenarios = k->sc.n,
            .facts = k->sc.facts, .n_facts = k->sc.n_facts,
            .board = kh_board, .board_add = kh_board_add, .board_reset = kh_board_reset,
            .name_ok = kh_name_ok, .pin_check = kh_pin_check, .stats = kh_stats,
            .export_results = kh_export,
        };
        g->host = (ui_host){
            .ctx = g, .set_language = kiosk_set_language, .user_scenarios = g->user_scenarios,
            .plugin_dirs = g->plugin_dirs, .n_plugin_dirs = 2, .results_path = g->results,
            .new_seed = host_new_seed, .now = host_now, .unix_time = host_unix_time,
            .mode = "kiosk",
        };
        g->mode = k;
        g->begin = kiosk_begin;
        g->end = kiosk_end;
        k->stop = kiosk_service_start(&k->svc);
        rc = game_run(g);
        running = NULL;
    }
    kiosk_scenarios_free(&k->sc);
    name_filter_free(k->filter);
    leaderboard_free(&k->board);
    locale_free(g->loc);
    g->loc = NULL;
    free(k);
    return rc;
}
