/* test_faults — every write, fsync, rename and allocation of saving the
 * config, the kiosk config and the leaderboard, and of appending a record,
 * failed in turn (N = 1, 2, ... until the operation no longer reaches the
 * Nth call): each failure is reported with the file named, and what was on
 * disk before still reads back whole (the old file exactly, no temp file
 * beside it, nothing set aside; every earlier log line, and the next append
 * leaves a clean log). Then every cJSON allocation of the loaders failed
 * in turn: a clean error naming the file, no crash, no leak
 * (LeakSanitizer), the file untouched. Lua's allocations are walked in
 * test_faults_lua.c. Needs a build with -DBD_FAULTS=ON. */
#include "core/core.h"
#include "check.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define DIR_F BD_TEST_TMP "/faults"
#define N_MAX 100000ul   /* no operation here makes this many calls of a kind */

static const char *const kind_names[FAULT_KINDS] = { "allocation", "write", "fsync", "rename" };

/* ---- Helpers ----------------------------------------------------------------- */

static char *slurp(const char *path, size_t *len)
{
    char err[BD_ERR_LEN];
    char *s = file_read_all(path, len, err, sizeof err);
    CHECK(s != NULL);
    return s;
}

/* How many entries of DIR_F start with prefix: temp files left beside a
 * file ("config.json.XXXXXX") or files set aside ("board.json.bad-..."). */
static int count_prefixed(const char *prefix)
{
    DIR *d = opendir(DIR_F);
    int n = 0;
    size_t len = strlen(prefix);
    for (struct dirent *e; d && (e = readdir(d)) != NULL;)
        n += strncmp(e->d_name, prefix, len) == 0;
    if (d)
        closedir(d);
    return n;
}

/* Empties DIR_F: a file set aside by an earlier run must not count. */
static void clear_dir(void)
{
    DIR *d = opendir(DIR_F);
    char path[4200];
    for (struct dirent *e; d && (e = readdir(d)) != NULL;) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", DIR_F, e->d_name);
        CHECK_INT(unlink(path), 0);
    }
    if (d)
        closedir(d);
}

/* One operation walked through the Nth call of each kind. */
typedef struct {
    const char *name;
    const char *path;               /* the file the error must name */
    void (*setup)(void);            /* puts the earlier file in place */
    int (*run)(char *err, size_t errlen);
    /* After each run: failed (the Nth call was reached and failed) and
     * renamed (the new file was renamed into place before the failure). */
    void (*verify)(int failed, int renamed);
} fault_case;

/* Fails the Nth call of kind for N = 1, 2, ... until run completes without
 * reaching it; returns the calls of kind a complete run makes. */
static fault_kind walking;   /* the kind walk is failing, for verify */

static unsigned long walk(const fault_case *c, fault_kind kind, int sticky)
{
    walking = kind;
    for (unsigned long n = 1; n < N_MAX; n++) {
        char err[BD_ERR_LEN] = "";
        c->setup();
        fault_arm(kind, n, sticky);
        int rc = c->run(err, sizeof err);
        unsigned long reached = fault_calls(kind), failures = fault_failures();
        int renamed = fault_calls(FAULT_RENAME) > 0 && kind != FAULT_RENAME;
        fault_disarm();
        if (reached < n) {
            CHECK_INT(failures, 0);
            CHECK_INT(rc, 0);
            if (rc != 0)
                fprintf(stderr, "  %s: failed with no fault: %s\n", c->name, err);
            c->verify(0, 1);
            return n - 1;
        }
        CHECK(failures > 0);
        CHECK(rc < 0);
        CHECK_HAS(err, c->path);
        if (rc >= 0 || !strstr(err, c->path))
            fprintf(stderr, "  %s, %s %lu failing: rc %d, \"%s\"\n", c->name, kind_names[kind],
                    n, rc, err);
        c->verify(1, renamed);
    }
    CHECK(!"the walk did not end");
    return 0;
}

/* Walks every file kind (and allocation) of c and prints the figures. */
static void walk_all(const fault_case *c)
{
    printf("%s:", c->name);
    for (int k = 0; k < FAULT_KINDS; k++)
        printf(" %s %lu", kind_names[k], walk(c, (fault_kind)k, 0));
    printf("\n");
}

/* ---- The config ------------------------------------------------------------------ */

#define CONFIG_F DIR_F "/config.json"
static config cfg_old, cfg_new;

static int config_same(const config *a, const config *b)
{
    return a->renderer == b->renderer && a->fullscreen == b->fullscreen &&
           strcmp(a->language, b->language) == 0 && a->text_size == b->text_size &&
           a->high_contrast == b->high_contrast && a->reduce_motion == b->reduce_motion &&
           a->window_w == b->window_w && a->window_h == b->window_h &&
           strcmp(a->player, b->player) == 0 && strcmp(a->employee_id, b->employee_id) == 0 &&
           a->ask_employee_id == b->ask_employee_id && a->pass_mark == b->pass_mark &&
           strcmp(a->xapi_home_page, b->xapi_home_page) == 0 &&
           strcmp(a->xapi_activity_base, b->xapi_activity_base) == 0;
}

static void config_setup(void)
{
    char err[BD_ERR_LEN];
    CHECK_INT(config_save(&cfg_old, CONFIG_F, err, sizeof err), 0);
}

static int config_run(char *err, size_t errlen)
{
    return config_save(&cfg_new, CONFIG_F, err, errlen);
}

static void config_verify(int failed, int renamed)
{
    config back;
    char err[BD_ERR_LEN];
    CHECK_INT(config_load(&back, CONFIG_F, err, sizeof err), 0);
    /* Only a failure after the rename (the folder's fsync) finds the new
     * file, whole, in place. */
    CHECK(config_same(&back, failed && !renamed ? &cfg_old : &cfg_new));
    CHECK_INT(count_prefixed("config.json."), 0);
}

/* ---- The kiosk config ---------------------------------------------------------- */

#define KIOSK_F DIR_F "/kiosk.json"
static kiosk_config kc_old, kc_new;

static void kiosk_setup(void)
{
    char err[BD_ERR_LEN];
    CHECK_INT(kiosk_config_save(KIOSK_F, &kc_old, err, sizeof err), 0);
}

static int kiosk_run(char *err, size_t errlen)
{
    return kiosk_config_save(KIOSK_F, &kc_new, err, errlen);
}

static void kiosk_verify(int failed, int renamed)
{
    kiosk_config back;
    char warn[BD_ERR_LEN];
    const kiosk_config *want = failed && !renamed ? &kc_old : &kc_new;
    CHECK_INT(kiosk_config_load(KIOSK_F, &back, warn, sizeof warn), 0);
    CHECK_STR(warn, "");
    CHECK_STR(back.event, want->event);
    CHECK_INT(back.idle_seconds, want->idle_seconds);
    CHECK_INT(back.n_scenarios, want->n_scenarios);
    CHECK_INT(count_prefixed("kiosk.json."), 0);
}

/* ---- The leaderboard ------------------------------------------------------------ */

#define BOARD_F DIR_F "/board.json"
static leaderboard board;   /* loaded by setup, added to and saved by run */
/* Entries before the run: 3, then enough for the file to be written in
 * several chunks (some 180 bytes an entry, 64 KiB a write). */
static size_t board_old_n = 3;

static leaderboard_entry entry(const char *nick, int score)
{
    leaderboard_entry e;
    memset(&e, 0, sizeof e);
    snprintf(e.nickname, sizeof e.nickname, "%s", nick);
    snprintf(e.scenario, sizeof e.scenario, "jaxa-2023-quick");
    e.score = score;
    e.speed_bonus = 3;
    e.when = 1767261600 + score;
    snprintf(e.day, sizeof e.day, "2026-01-01");
    snprintf(e.event, sizeof e.event, "Expo");
    return e;
}

static void board_setup(void)
{
    char err[BD_ERR_LEN];
    leaderboard lb = { 0 };
    const char *nicks[] = { "あおい", "Ben", "Chloé" };
    for (size_t i = 0; i < board_old_n; i++) {
        char nick[32];
        snprintf(nick, sizeof nick, "n%zu", i);
        leaderboard_entry e = entry(i < 3 ? nicks[i] : nick, (int)(60 + 10 * i) % 101);
        CHECK_INT(leaderboard_add(&lb, &e, NULL, err, sizeof err), 0);
    }
    CHECK_INT(leaderboard_save(BOARD_F, &lb, err, sizeof err), 0);
    leaderboard_free(&lb);
    leaderboard_free(&board);
    CHECK_INT(leaderboard_load(BOARD_F, &board, err, sizeof err), 0);
}

static int board_run(char *err, size_t errlen)
{
    leaderboard_entry e = entry("Dana", 95);
    if (leaderboard_add(&board, &e, NULL, err, errlen) < 0)
        return -1;
    return leaderboard_save(BOARD_F, &board, err, errlen);
}

static void board_verify(int failed, int renamed)
{
    leaderboard back = { 0 };
    char warn[BD_ERR_LEN];
    CHECK_INT(leaderboard_load(BOARD_F, &back, warn, sizeof warn), 0);
    size_t want = failed && !renamed ? board_old_n : board_old_n + 1;
    CHECK_INT(back.n, want);
    for (size_t i = 0; i < back.n && i < want; i++) {
        CHECK_INT(back.v[i].id, i + 1);
        CHECK_STR(back.v[i].nickname, board.v[i].nickname);
        CHECK_INT(back.v[i].score, board.v[i].score);
    }
    CHECK_INT(count_prefixed("board.json."), 0);   /* no temp file, nothing set aside */
    leaderboard_free(&back);
}

/* ---- The results log ----------------------------------------------------------- */

#define LOG_F DIR_F "/results.jsonl"
static unsigned record_no;

/* A valid record (the contract's fields) with a session of its own. */
static void record(char *out, size_t len)
{
    record_no++;
    snprintf(out, len,
             "{\"v\":%d,\"session\":\"00000000-0000-4000-8000-%012u\",\"scenario\":\"nisc-2023\","
             "\"player\":\"Aiko\",\"started\":\"2026-01-01T10:%02u:00Z\",\"completed\":true,"
             "\"outcome\":\"good\",\"duration_s\":300,\"score\":%u,\"detect\":{\"pct\":80},"
             "\"respond\":{\"pct\":70}}", RECORD_VERSION, record_no, record_no % 60,
             record_no % 101);
}

static void log_setup(void)
{
    char err[BD_ERR_LEN], line[512];
    unlink(LOG_F);
    for (int i = 0; i < 3; i++) {
        record(line, sizeof line);
        CHECK_INT(results_append(LOG_F, line, err, sizeof err), 0);
    }
}

static int log_run(char *err, size_t errlen)
{
    char line[512];
    record(line, sizeof line);
    return results_append(LOG_F, line, err, errlen);
}

/* n records read back, all whole; *bad gets the lines skipped. */
static void log_expect(size_t n, size_t max_bad)
{
    results_history h;
    char warn[BD_ERR_LEN];
    CHECK_INT(results_read(LOG_F, NULL, &h, warn, sizeof warn), 0);
    CHECK_INT(h.n, n);
    CHECK(h.n_bad <= max_bad);
    for (size_t i = 0; i < h.n; i++)
        CHECK_STR(h.v[i].scenario, "nisc-2023");
    results_history_free(&h);
}

static void log_verify(int failed, int renamed)
{
    (void)renamed;
    if (!failed) {
        log_expect(4, 0);
        return;
    }
    /* The three earlier lines whole; the one that failed either absent,
     * torn (a bad last line) or whole but not synced. */
    results_history h;
    char warn[BD_ERR_LEN], err[BD_ERR_LEN], line[512];
    CHECK_INT(results_read(LOG_F, NULL, &h, warn, sizeof warn), 0);
    if (walking == FAULT_WRITE) {
        /* Half the line reached the file: a torn last line, skipped. */
        CHECK_INT(h.n, 3);
        CHECK_INT(h.n_bad, 1);
        CHECK_HAS(warn, "torn last line");
    } else {
        /* fsync failed after the whole line was written. */
        CHECK_INT(h.n, 4);
        CHECK_INT(h.n_bad, 0);
    }
    size_t had = h.n;
    results_history_free(&h);
    /* The next append leaves a clean log: a torn line is cut off first. */
    record(line, sizeof line);
    CHECK_INT(results_append(LOG_F, line, err, sizeof err), 0);
    log_expect(had + 1, 0);
    size_t len;
    char *text = slurp(LOG_F, &len);
    CHECK(text && len > 0 && text[len - 1] == '\n');
    free(text);
}

/* ---- cJSON allocations in the loaders ---------------------------------------- */

/* Fails the Nth cJSON allocation of load(path) for N = 1, 2, ... : each
 * an error naming the file, the file's bytes unchanged and nothing set
 * aside. Returns the allocations of a complete load. */
static unsigned long walk_load(const char *name, const char *path, const char *prefix,
                               int (*load)(const char *path, char *err, size_t errlen))
{
    size_t len0;
    char *before = slurp(path, &len0);
    for (unsigned long n = 1; n < N_MAX; n++) {
        char err[BD_ERR_LEN] = "";
        fault_arm(FAULT_ALLOC, n, 0);
        int rc = load(path, err, sizeof err);
        unsigned long reached = fault_calls(FAULT_ALLOC);
        fault_disarm();
        size_t len;
        char *after = slurp(path, &len);
        CHECK(before && after && len == len0 && memcmp(before, after, len) == 0);
        free(after);
        CHECK_INT(count_prefixed(prefix), 0);
        if (reached < n) {
            CHECK_INT(rc, 0);
            free(before);
            printf("%s: allocation %lu\n", name, n - 1);
            return n - 1;
        }
        CHECK(rc < 0);
        CHECK_HAS(err, path);
        CHECK(strstr(err, "out of memory") || strstr(err, "Cannot allocate memory"));
    }
    free(before);
    return 0;
}

static int load_config(const char *path, char *err, size_t errlen)
{
    config c;
    int rc = config_load(&c, path, err, errlen);
    if (rc == 0)
        CHECK(config_same(&c, &cfg_new));
    return rc;
}

static int load_board(const char *path, char *err, size_t errlen)
{
    leaderboard lb = { 0 };
    int rc = leaderboard_load(path, &lb, err, errlen);
    if (rc == 0)
        CHECK_INT(lb.n, 4);
    leaderboard_free(&lb);
    return rc;
}

static int load_log(const char *path, char *err, size_t errlen)
{
    results_history h;
    int rc = results_read(path, NULL, &h, err, errlen);
    if (rc == 0)
        CHECK_INT(h.n, 4);
    results_history_free(&h);
    return rc;
}

/* The kiosk config's loader never fails: memory running out is its
 * answer 2 (defaults) with the file left in place. */
static int load_kiosk(const char *path, char *err, size_t errlen)
{
    kiosk_config c;
    int rc = kiosk_config_load(path, &c, err, errlen);
    if (rc == 0)
        CHECK_STR(c.event, kc_new.event);
    return rc == 2 ? -1 : rc;
}

int main(void)
{
    char err[BD_ERR_LEN];
    /* cJSON's allocations go through the switch in this test only: the
     * hooks are process-wide, and no other program arms them. */
    cJSON_Hooks hooks = { fault_json_malloc, free };
    cJSON_InitHooks(&hooks);
    CHECK_INT(dir_make_all(DIR_F, err, sizeof err), 0);
    clear_dir();
    clock_t t0 = clock();

    config_defaults(&cfg_old);
    snprintf(cfg_old.player, sizeof cfg_old.player, "Aiko");
    cfg_old.text_size = 2;
    cfg_new = cfg_old;
    snprintf(cfg_new.player, sizeof cfg_new.player, "Ben");
    snprintf(cfg_new.language, sizeof cfg_new.language, "ja");
    cfg_new.pass_mark = 70;
    snprintf(cfg_new.xapi_home_page, sizeof cfg_new.xapi_home_page, "https://lms.example.com");
    cfg_new.window_w = 1600;
    const fault_case config_case = { "config_save", CONFIG_F, config_setup, config_run,
                                     config_verify };
    walk_all(&config_case);

    kiosk_config_defaults(&kc_old);
    snprintf(kc_old.event, sizeof kc_old.event, "Expo 2026");
    kc_new = kc_old;
    snprintf(kc_new.event, sizeof kc_new.event, "セキュリティ展");
    kc_new.idle_seconds = 90;
    kc_new.n_scenarios = 1;
    snprintf(kc_new.scenarios[0], sizeof kc_new.scenarios[0], "jaxa-2023-quick");
    const fault_case kiosk_case = { "kiosk_config_save", KIOSK_F, kiosk_setup, kiosk_run,
                                    kiosk_verify };
    walk_all(&kiosk_case);

    const fault_case board_case = { "leaderboard_save", BOARD_F, board_setup, board_run,
                                    board_verify };
    walk_all(&board_case);
    board_old_n = 2000;
    const fault_case big_case = { "leaderboard_save (2,000 entries)", BOARD_F, board_setup,
                                  board_run, board_verify };
    walk_all(&big_case);
    board_old_n = 3;
    board_setup();   /* the small board for the loader's walk */
    CHECK_INT(board_run(err, sizeof err), 0);
    leaderboard_free(&board);

    const fault_case log_case = { "results_append", LOG_F, log_setup, log_run, log_verify };
    walk_all(&log_case);

    /* The loaders, on the files the saves above left (new values). */
    CHECK(walk_load("config_load", CONFIG_F, "config.json.", load_config) > 0);
    CHECK(walk_load("kiosk_config_load", KIOSK_F, "kiosk.json.", load_kiosk) > 0);
    CHECK(walk_load("leaderboard_load", BOARD_F, "board.json.", load_board) > 0);
    log_setup();
    log_run(err, sizeof err);
    CHECK(walk_load("results_read", LOG_F, "results.jsonl.", load_log) > 0);

    printf("time: %.1f s CPU\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
    return check_done();
}
