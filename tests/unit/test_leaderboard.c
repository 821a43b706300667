/* test_leaderboard — the kiosk's board: entries saved and read back whole
 * (Japanese nicknames too), ordered by score, then speed bonus, then the
 * first to get there; the day / event / all-time boards; the place of an
 * entry beyond the rows shown; a missing file; every kind of unusable file
 * set aside intact with a warning naming it, the board usable after (and
 * left in place when it cannot be moved); a folder at the path left alone;
 * the staff reset; the LEADERBOARD_MAX cap, at its largest entries. */
#include "core/core.h"
#include "check.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define DIR_L BD_TEST_TMP "/leaderboard"
#define PATH_L DIR_L "/board.json"

/* ---- Helpers --------------------------------------------------------------- */

static leaderboard_entry entry(const char *nick, int score, int speed, int64_t when,
                               const char *day, const char *event)
{
    leaderboard_entry e;
    memset(&e, 0, sizeof e);
    snprintf(e.nickname, sizeof e.nickname, "%s", nick);
    snprintf(e.scenario, sizeof e.scenario, "%s", "jaxa-2023");
    e.score = score;
    e.speed_bonus = speed;
    e.when = when;
    snprintf(e.day, sizeof e.day, "%s", day);
    snprintf(e.event, sizeof e.event, "%s", event);
    return e;
}

static uint64_t add(leaderboard *lb, const leaderboard_entry *e)
{
    char err[BD_ERR_LEN] = "";
    uint64_t id = 0;
    int rc = leaderboard_add(lb, e, &id, err, sizeof err);
    CHECK_INT(rc, 0);
    if (rc != 0)
        fprintf(stderr, "  leaderboard_add: %s\n", err);
    return id;
}

static void put_bytes(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (f) {
        CHECK_INT(fwrite(data, 1, len, f), len);
        fclose(f);
    }
}

static char *slurp(const char *path, size_t *len)
{
    char err[BD_ERR_LEN];
    return file_read_all(path, len, err, sizeof err);
}

/* Empties DIR_L (files only) so each case starts from nothing. */
static void fresh_dir(void)
{
    char err[BD_ERR_LEN];
    CHECK_INT(dir_make_all(DIR_L, err, sizeof err), 0);
    DIR *d = opendir(DIR_L);
    if (!d)
        return;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char p[1024];
        snprintf(p, sizeof p, "%s/%s", DIR_L, de->d_name);
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
            char inner[1100];
            snprintf(inner, sizeof inner, "%s/inside.txt", p);
            unlink(inner);
            rmdir(p);
        } else {
            unlink(p);
        }
    }
    closedir(d);
}

static size_t count_files(const char *prefix)
{
    size_t n = 0;
    DIR *d = opendir(DIR_L);
    if (!d)
        return 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL)
        if (strncmp(de->d_name, prefix, strlen(prefix)) == 0)
            n++;
    closedir(d);
    return n;
}

/* The kept file's path from the warning ("...; kept it as X and ..."). */
static int kept_path(const char *warn, char *out, size_t outlen)
{
    const char *p = strstr(warn, "kept it as ");
    if (!p)
        return -1;
    p += strlen("kept it as ");
    const char *end = strstr(p, " and started");
    if (!end || (size_t)(end - p) >= outlen)
        return -1;
    memcpy(out, p, (size_t)(end - p));
    out[end - p] = '\0';
    return 0;
}

/* ---- Round trip -------------------------------------------------------------- */

static void test_round_trip(void)
{
    char err[BD_ERR_LEN] = "", warn[BD_ERR_LEN] = "x";
    const char *path = DIR_L "/new/sub/board.json";   /* folders made by save */
    unlink(path);   /* what an earlier run left */
    rmdir(DIR_L "/new/sub");
    rmdir(DIR_L "/new");
    leaderboard lb;
    CHECK_INT(leaderboard_load(path, &lb, warn, sizeof warn), 1);   /* no file yet */
    CHECK_STR(warn, "");
    CHECK_INT(lb.n, 0);

    leaderboard_entry a = entry("Alice", 90, 12, 1795000000, "2026-11-18", "Security Days");
    leaderboard_entry b = entry("山田太郎", 75, 0, 1795000100, "2026-11-18", "");
    leaderboard_entry c = entry("\"q\\uote\"", 100, 2147483647, 0, "1970-01-01", "イベント");
    snprintf(b.scenario, sizeof b.scenario, "%s", "nisc-2023");
    a.id = 777;   /* ignored */
    uint64_t ia = add(&lb, &a), ib = add(&lb, &b), ic = add(&lb, &c);
    CHECK(ia == 1 && ib == 2 && ic == 3);
    CHECK_INT(leaderboard_save(path, &lb, err, sizeof err), 0);
    CHECK_STR(err, "");
    leaderboard_free(&lb);

    leaderboard r;
    CHECK_INT(leaderboard_load(path, &r, warn, sizeof warn), 0);
    CHECK_STR(warn, "");
    CHECK_INT(r.n, 3);
    CHECK(r.next_id == 4);
    if (r.n == 3) {
        CHECK(r.v[0].id == 1);
        CHECK_STR(r.v[0].nickname, "Alice");
        CHECK_STR(r.v[0].scenario, "jaxa-2023");
        CHECK_INT(r.v[0].score, 90);
        CHECK_INT(r.v[0].speed_bonus, 12);
        CHECK(r.v[0].when == 1795000000);
        CHECK_STR(r.v[0].day, "2026-11-18");
        CHECK_STR(r.v[0].event, "Security Days");
        CHECK_STR(r.v[1].nickname, "山田太郎");
        CHECK_STR(r.v[1].scenario, "nisc-2023");
        CHECK_STR(r.v[1].event, "");
        CHECK_STR(r.v[2].nickname, "\"q\\uote\"");
        CHECK_INT(r.v[2].speed_bonus, 2147483647);
        CHECK(r.v[2].when == 0);
        CHECK_STR(r.v[2].event, "イベント");
    }
    /* The next id follows on after a reload. */
    leaderboard_entry d = entry("Dan", 1, 0, 1795000200, "2026-11-18", "");
    CHECK(add(&r, &d) == 4);
    leaderboard_free(&r);

    /* Only the board is left in the folder: no temp file from the save. */
    DIR *dir = opendir(DIR_L "/new/sub");
    size_t files = 0;
    struct dirent *de;
    while (dir && (de = readdir(dir)) != NULL)
        files += de->d_name[0] != '.';
    if (dir)
        closedir(dir);
    CHECK_INT(files, 1);
}

/* Nicknames are counted in code points, not bytes: twelve kana (36 bytes)
 * or twelve emoji (48 bytes) fit, a thirteenth does not. */
static void test_nicknames(void)
{
    char err[BD_ERR_LEN], warn[BD_ERR_LEN];
    fresh_dir();
    leaderboard lb;
    CHECK_INT(leaderboard_load(PATH_L, &lb, warn, sizeof warn), 1);
    static const char *const good[] = {
        "あいうえおかきくけこさし",                       /* 12 kana */
        "😀😀😀😀😀😀😀😀😀😀😀😀",                       /* 12 four-byte code points */
        "ｶﾀｶﾅ名前",
        "a",
        "Zoë-ß",
    };
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        leaderboard_entry e = entry(good[i], 50, 0, 1795000000, "2026-11-18", "");
        add(&lb, &e);
    }
    CHECK_INT(leaderboard_save(PATH_L, &lb, err, sizeof err), 0);
    leaderboard_free(&lb);
    CHECK_INT(leaderboard_load(PATH_L, &lb, warn, sizeof warn), 0);
    CHECK_INT(lb.n, sizeof good / sizeof *good);
    for (size_t i = 0; i < lb.n && i < sizeof good / sizeof *good; i++)
        CHECK_STR(lb.v[i].nickname, good[i]);

    /* Refused, the board unchanged. */
    static const char *const bad[] = {
        "",
        "あいうえおかきくけこさしす",                     /* 13 code points */
        "abcdefghijklm",
        "tab\there",
        "\x7f",
        "\xc2\x85",                                      /* C1 control (NEL) */
        "\xff\xfe",                                      /* not UTF-8 */
        "\xe3\x81",                                      /* torn kana */
        "\xed\xa0\x80",                                  /* a surrogate */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        leaderboard_entry e = entry(bad[i], 50, 0, 1795000000, "2026-11-18", "");
        uint64_t id = 99;
        err[0] = '\0';
        CHECK_INT(leaderboard_add(&lb, &e, &id, err, sizeof err), -1);
        CHECK_HAS(err, "nickname");
        CHECK(id == 99);
    }
    /* A nickname array not terminated inside itself. */
    leaderboard_entry e = entry("x", 50, 0, 1795000000, "2026-11-18", "");
    memset(e.nickname, 'a', sizeof e.nickname);
    CHECK_INT(leaderboard_add(&lb, &e, NULL, err, sizeof err), -1);
    CHECK_INT(lb.n, sizeof good / sizeof *good);
    leaderboard_free(&lb);
}

/* Every other field is checked too. */
static void test_add_refused(void)
{
    char err[BD_ERR_LEN];
    leaderboard lb = { 0 };   /* a zeroed board is an empty one */
    struct { leaderboard_entry e; const char *field; } bad[12];
    size_t n = 0;
    bad[n].e = entry("a", 101, 0, 1, "2026-11-18", ""); bad[n++].field = "score";
    bad[n].e = entry("a", -1, 0, 1, "2026-11-18", "");  bad[n++].field = "score";
    bad[n].e = entry("a", 50, -1, 1, "2026-11-18", ""); bad[n++].field = "speed_bonus";
    bad[n].e = entry("a", 50, 0, -1, "2026-11-18", ""); bad[n++].field = "when";
    bad[n].e = entry("a", 50, 0, 1, "2026-13-01", ""); bad[n++].field = "day";
    bad[n].e = entry("a", 50, 0, 1, "2026-1-18", "");  bad[n++].field = "day";
    bad[n].e = entry("a", 50, 0, 1, "", "");           bad[n++].field = "day";
    bad[n].e = entry("a", 50, 0, 1, "2026-11-00", ""); bad[n++].field = "day";
    bad[n].e = entry("a", 50, 0, 1, "2026-11-18", "bad\nevent"); bad[n++].field = "event";
    bad[n].e = entry("a", 50, 0, 1, "2026-11-18", ""); bad[n].e.scenario[0] = '\0';
    bad[n++].field = "scenario";
    for (size_t i = 0; i < n; i++) {
        err[0] = '\0';
        CHECK_INT(leaderboard_add(&lb, &bad[i].e, NULL, err, sizeof err), -1);
        CHECK_HAS(err, bad[i].field);
    }
    CHECK_INT(lb.n, 0);
    leaderboard_entry ok = entry("a", 0, 0, 0, "2026-02-29", "");  /* the day is not a calendar check */
    uint64_t id = 0;
    CHECK_INT(leaderboard_add(&lb, &ok, &id, err, sizeof err), 0);
    CHECK(id == 1);
    leaderboard_free(&lb);
}

/* ---- Order -------------------------------------------------------------------- */

static void test_order(void)
{
    leaderboard lb = { 0 };
    const char *d = "2026-11-18";
    /* Added in an order unlike the ranking. */
    leaderboard_entry slow80 = entry("slow80", 80, 0, 1000, d, "");
    leaderboard_entry fast70 = entry("fast70", 70, 500, 1001, d, "");   /* speed never lifts a score */
    leaderboard_entry late90 = entry("late90", 90, 10, 3000, d, "");
    leaderboard_entry early90 = entry("early90", 90, 10, 2000, d, "");  /* first to get there */
    leaderboard_entry quick90 = entry("quick90", 90, 20, 4000, d, "");  /* speed breaks the tie */
    leaderboard_entry twinA = entry("twinA", 60, 5, 5000, d, "");
    leaderboard_entry twinB = entry("twinB", 60, 5, 5000, d, "");       /* same second: the id */
    uint64_t i_slow80 = add(&lb, &slow80), i_fast70 = add(&lb, &fast70);
    uint64_t i_late90 = add(&lb, &late90), i_early90 = add(&lb, &early90);
    uint64_t i_quick90 = add(&lb, &quick90), i_twinB, i_twinA;
    i_twinA = add(&lb, &twinA);
    i_twinB = add(&lb, &twinB);

    const leaderboard_entry *top[10];
    size_t n = leaderboard_top(&lb, LEADERBOARD_ALL, NULL, NULL, top, 10);
    static const char *const want[] = { "quick90", "early90", "late90", "slow80", "fast70",
                                        "twinA", "twinB" };
    CHECK_INT(n, 7);
    for (size_t i = 0; i < n && i < 7; i++)
        CHECK_STR(top[i]->nickname, want[i]);
    /* Fewer slots than entries: the best ones, in order. */
    n = leaderboard_top(&lb, LEADERBOARD_ALL, NULL, NULL, top, 3);
    CHECK_INT(n, 3);
    if (n == 3) {
        CHECK_STR(top[0]->nickname, "quick90");
        CHECK_STR(top[1]->nickname, "early90");
        CHECK_STR(top[2]->nickname, "late90");
    }
    CHECK_INT(leaderboard_top(&lb, LEADERBOARD_ALL, NULL, NULL, top, 0), 0);
    /* Ranks agree with the order; the score itself is untouched by speed. */
    size_t total = 0;
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_ALL, NULL, NULL, i_quick90, &total), 1);
    CHECK_INT(total, 7);
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_ALL, NULL, NULL, i_early90, NULL), 2);
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_ALL, NULL, NULL, i_late90, NULL), 3);
    /* Finding an entry by id. */
    CHECK(leaderboard_get(&lb, i_late90) != NULL && leaderboard_get(&lb, i_late90)->id == i_late90);
    CHECK(leaderboard_get(&lb, 0) == NULL);
    CHECK(leaderboard_get(NULL, i_late90) == NULL);
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_ALL, NULL, NULL, i_slow80, NULL), 4);
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_ALL, NULL, NULL, i_fast70, NULL), 5);
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_ALL, NULL, NULL, i_twinA, NULL), 6);
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_ALL, NULL, NULL, i_twinB, NULL), 7);
    CHECK_INT(lb.v[1].score, 70);
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_ALL, NULL, NULL, 999, &total), 0);
    CHECK_INT(total, 7);
    leaderboard_free(&lb);
}

/* ---- Scopes --------------------------------------------------------------------- */

static void test_scopes(void)
{
    leaderboard lb = { 0 };
    char mon[11], tue[11];
    /* 2026-11-17 23:30 and 2026-11-18 00:30 in Tokyo (UTC+9) are the same UTC day. */
    int64_t t1 = 1794925800, t2 = 1794929400;
    leaderboard_day(t1, 9 * 3600, mon);
    leaderboard_day(t2, 9 * 3600, tue);
    CHECK_STR(mon, "2026-11-17");
    CHECK_STR(tue, "2026-11-18");
    leaderboard_entry a = entry("mon-expo", 70, 0, t1, mon, "Expo");
    leaderboard_entry b = entry("tue-expo", 60, 0, t2, tue, "Expo");
    leaderboard_entry c = entry("tue-none", 95, 0, t2 + 60, tue, "");
    leaderboard_entry e = entry("tue-fair", 80, 0, t2 + 120, tue, "Fair");
    add(&lb, &a);
    uint64_t ib = add(&lb, &b);
    add(&lb, &c);
    add(&lb, &e);

    const leaderboard_entry *top[10];
    size_t n = leaderboard_top(&lb, LEADERBOARD_DAY, tue, "Expo", top, 10);
    CHECK_INT(n, 3);   /* the day's board ignores the event */
    if (n == 3) {
        CHECK_STR(top[0]->nickname, "tue-none");
        CHECK_STR(top[1]->nickname, "tue-fair");
        CHECK_STR(top[2]->nickname, "tue-expo");
    }
    n = leaderboard_top(&lb, LEADERBOARD_DAY, mon, NULL, top, 10);
    CHECK_INT(n, 1);
    if (n == 1)
        CHECK_STR(top[0]->nickname, "mon-expo");
    CHECK_INT(leaderboard_top(&lb, LEADERBOARD_DAY, "2026-11-19", NULL, top, 10), 0);
    CHECK_INT(leaderboard_top(&lb, LEADERBOARD_DAY, NULL, NULL, top, 10), 0);

    n = leaderboard_top(&lb, LEADERBOARD_EVENT, tue, "Expo", top, 10);
    CHECK_INT(n, 2);   /* the event's board spans days */
    if (n == 2) {
        CHECK_STR(top[0]->nickname, "mon-expo");
        CHECK_STR(top[1]->nickname, "tue-expo");
    }
    n = leaderboard_top(&lb, LEADERBOARD_EVENT, NULL, "", top, 10);
    CHECK_INT(n, 1);   /* "" is "no event" */
    CHECK_INT(leaderboard_top(&lb, LEADERBOARD_EVENT, NULL, NULL, top, 10), 1);
    CHECK_INT(leaderboard_top(&lb, LEADERBOARD_ALL, "x", "y", top, 10), 4);

    size_t total = 0;
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_DAY, tue, NULL, ib, &total), 3);
    CHECK_INT(total, 3);
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_EVENT, NULL, "Expo", ib, &total), 2);
    CHECK_INT(total, 2);
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_ALL, NULL, NULL, ib, &total), 4);
    CHECK_INT(total, 4);
    /* Out of scope: no place, though the entry exists. */
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_DAY, mon, NULL, ib, &total), 0);
    CHECK_INT(total, 1);
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_EVENT, NULL, "Fair", ib, NULL), 0);
    /* The kiosk config's scope converts with a cast. */
    CHECK_INT((int)(leaderboard_scope)KIOSK_BOARD_EVENT, (int)LEADERBOARD_EVENT);
    leaderboard_free(&lb);
}

static void test_day(void)
{
    char d[11];
    leaderboard_day(0, 0, d);
    CHECK_STR(d, "1970-01-01");
    leaderboard_day(-3600, 0, d);
    CHECK_STR(d, "1969-12-31");
    leaderboard_day(1700000000, 0, d);          /* 2023-11-14 22:13:20 UTC */
    CHECK_STR(d, "2023-11-14");
    leaderboard_day(1700000000, 9 * 3600, d);   /* Tokyo: past midnight */
    CHECK_STR(d, "2023-11-15");
    leaderboard_day(1700000000, -23 * 3600, d);
    CHECK_STR(d, "2023-11-13");
    leaderboard_day(1709164800, 0, d);          /* leap day */
    CHECK_STR(d, "2024-02-29");
    leaderboard_day(1709164799, 0, d);
    CHECK_STR(d, "2024-02-28");
    leaderboard_day(951868800, 0, d);           /* after 2000's leap day */
    CHECK_STR(d, "2000-03-01");
    leaderboard_day(253402300799, 0, d);        /* the last second of 9999 */
    CHECK_STR(d, "9999-12-31");
}

/* The new entry's place when it is far below the rows shown. */
static void test_rank_outside_top(void)
{
    leaderboard lb = { 0 };
    const char *d = "2026-11-18";
    for (int i = 0; i < 20; i++) {
        leaderboard_entry e = entry("p", 100 - i * 5, 0, 1000 + i, d, "");
        snprintf(e.nickname, sizeof e.nickname, "p%02d", i);
        add(&lb, &e);
    }
    leaderboard_entry mine = entry("me", 32, 3, 5000, d, "");   /* between 35 and 30 */
    uint64_t id = add(&lb, &mine);
    const leaderboard_entry *top[10];
    size_t n = leaderboard_top(&lb, LEADERBOARD_DAY, d, NULL, top, 10);
    CHECK_INT(n, 10);
    int shown = 0;
    for (size_t i = 0; i < n; i++)
        shown |= top[i]->id == id;
    CHECK(!shown);
    size_t total = 0;
    CHECK_INT(leaderboard_rank(&lb, LEADERBOARD_DAY, d, NULL, id, &total), 15);
    CHECK_INT(total, 21);
    leaderboard_free(&lb);
}

/* ---- Unusable files ------------------------------------------------------------- */

#define ENTRY_OK "{\"id\":1,\"nickname\":\"a\",\"scenario\":\"s\",\"score\":50," \
                 "\"speed_bonus\":0,\"when\":1,\"day\":\"2026-11-18\",\"event\":\"\"}"

/* Loads a file holding data: set aside whole with a warning naming both
 * files, the board empty and usable, the next save a fresh file. */
static void expect_set_aside(const char *label, const char *data, size_t len, const char *reason)
{
    char warn[BD_ERR_LEN] = "", err[BD_ERR_LEN] = "", kept[1024];
    int failed_before = check_failed_;
    fresh_dir();
    put_bytes(PATH_L, data, len);
    leaderboard lb;
    int rc = leaderboard_load(PATH_L, &lb, warn, sizeof warn);
    CHECK_INT(rc, 2);
    CHECK_INT(lb.n, 0);
    CHECK_HAS(warn, PATH_L);
    CHECK_HAS(warn, ".bad-");
    if (reason)
        CHECK_HAS(warn, reason);
    CHECK(!file_exists(PATH_L));
    int have = kept_path(warn, kept, sizeof kept) == 0;
    CHECK(have);
    if (have) {
        CHECK(strncmp(kept, PATH_L ".bad-", strlen(PATH_L ".bad-")) == 0);
        size_t klen = 0;
        char *back = slurp(kept, &klen);
        CHECK(back != NULL);
        CHECK(back && klen == len && memcmp(back, data, len) == 0);   /* intact */
        free(back);
    }
    if (check_failed_ != failed_before)
        fprintf(stderr, "  (case: %s; warning: %s)\n", label, warn);

    /* Usable after: a round added, saved and read back. */
    leaderboard_entry e = entry("after", 40, 0, 1795000000, "2026-11-18", "");
    uint64_t id = add(&lb, &e);
    CHECK(id == 1);
    CHECK_INT(leaderboard_save(PATH_L, &lb, err, sizeof err), 0);
    leaderboard_free(&lb);
    CHECK_INT(leaderboard_load(PATH_L, &lb, warn, sizeof warn), 0);
    CHECK_INT(lb.n, 1);
    leaderboard_free(&lb);
    CHECK_INT(count_files("board.json.bad-"), 1);
}

static void test_corrupt_files(void)
{
    static const struct { const char *label, *data, *reason; } cases[] = {
        { "empty file", "", "invalid JSON" },
        { "truncated", "{\"v\":1,\"next_id\":2,\"entries\":[" ENTRY_OK, "invalid JSON" },
        { "torn in a string", "{\"v\":1,\"next_id\":2,\"entries\":[{\"id\":1,\"nickname\":\"あ",
          "invalid JSON" },
        { "binary junk", "\x01\x02\xff\xfe garbage", "invalid JSON" },
        { "top-level array", "[" ENTRY_OK "]", "object" },
        { "wrong version", "{\"v\":2,\"next_id\":2,\"entries\":[" ENTRY_OK "]}", "version" },
        { "no version", "{\"next_id\":2,\"entries\":[]}", "version" },
        { "version as string", "{\"v\":\"1\",\"next_id\":2,\"entries\":[]}", "version" },
        { "entries not an array", "{\"v\":1,\"next_id\":2,\"entries\":{}}", "entries" },
        { "no next_id", "{\"v\":1,\"entries\":[]}", "next_id" },
        { "entry not an object", "{\"v\":1,\"next_id\":2,\"entries\":[3]}", "entry 1" },
        { "score as string", "{\"v\":1,\"next_id\":2,\"entries\":[{\"id\":1,\"nickname\":\"a\","
          "\"scenario\":\"s\",\"score\":\"50\",\"speed_bonus\":0,\"when\":1,\"day\":\"2026-11-18\","
          "\"event\":\"\"}]}", "entry 1" },
        { "nickname as number", "{\"v\":1,\"next_id\":2,\"entries\":[{\"id\":1,\"nickname\":7,"
          "\"scenario\":\"s\",\"score\":50,\"speed_bonus\":0,\"when\":1,\"day\":\"2026-11-18\","
          "\"event\":\"\"}]}", "entry 1" },
        { "missing day", "{\"v\":1,\"next_id\":2,\"entries\":[{\"id\":1,\"nickname\":\"a\","
          "\"scenario\":\"s\",\"score\":50,\"speed_bonus\":0,\"when\":1,\"event\":\"\"}]}",
          "entry 1" },
        { "fractional score", "{\"v\":1,\"next_id\":2,\"entries\":[{\"id\":1,\"nickname\":\"a\","
          "\"scenario\":\"s\",\"score\":50.5,\"speed_bonus\":0,\"when\":1,\"day\":\"2026-11-18\","
          "\"event\":\"\"}]}", "entry 1" },
        { "score over 100", "{\"v\":1,\"next_id\":2,\"entries\":[{\"id\":1,\"nickname\":\"a\","
          "\"scenario\":\"s\",\"score\":101,\"speed_bonus\":0,\"when\":1,\"day\":\"2026-11-18\","
          "\"event\":\"\"}]}", "entry 1" },
        { "huge when", "{\"v\":1,\"next_id\":2,\"entries\":[{\"id\":1,\"nickname\":\"a\","
          "\"scenario\":\"s\",\"score\":1,\"speed_bonus\":0,\"when\":1e400,\"day\":\"2026-11-18\","
          "\"event\":\"\"}]}", "entry 1" },
        { "nickname too long", "{\"v\":1,\"next_id\":2,\"entries\":[{\"id\":1,\"nickname\":"
          "\"abcdefghijklm\",\"scenario\":\"s\",\"score\":1,\"speed_bonus\":0,\"when\":1,"
          "\"day\":\"2026-11-18\",\"event\":\"\"}]}", "nickname" },
        { "bad day", "{\"v\":1,\"next_id\":2,\"entries\":[{\"id\":1,\"nickname\":\"a\","
          "\"scenario\":\"s\",\"score\":1,\"speed_bonus\":0,\"when\":1,\"day\":\"18/11/2026\","
          "\"event\":\"\"}]}", "day" },
        { "id used twice", "{\"v\":1,\"next_id\":3,\"entries\":[" ENTRY_OK "," ENTRY_OK "]}",
          "twice" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        expect_set_aside(cases[i].label, cases[i].data, strlen(cases[i].data), cases[i].reason);

    /* A NUL inside the file. */
    static const char with_nul[] = "{\"v\":1,\0\"next_id\":1,\"entries\":[]}";
    expect_set_aside("NUL byte", with_nul, sizeof with_nul - 1, "NUL");
    /* All zeros, as some file systems leave a file caught by a power cut. */
    static const char zeros[64] = { 0 };
    expect_set_aside("zero-filled", zeros, sizeof zeros, "NUL");

    /* Over the size limit: valid JSON padded past 8 MiB is not even parsed. */
    size_t big = LEADERBOARD_MAX_FILE + 1;
    char *huge = malloc(big);
    CHECK(huge != NULL);
    if (huge) {
        const char *head = "{\"v\":1,\"next_id\":1,\"entries\":[]}";
        memset(huge, ' ', big);
        memcpy(huge, head, strlen(head));
        expect_set_aside("over-size", huge, big, "over");
        free(huge);
    }
}

/* Exactly at the limit is still read. */
static void test_at_size_limit(void)
{
    char warn[BD_ERR_LEN];
    fresh_dir();
    size_t len = LEADERBOARD_MAX_FILE;
    char *data = malloc(len);
    CHECK(data != NULL);
    if (!data)
        return;
    const char *head = "{\"v\":1,\"next_id\":5,\"entries\":[" ENTRY_OK "]}";
    memset(data, '\n', len);
    memcpy(data, head, strlen(head));
    put_bytes(PATH_L, data, len);
    free(data);
    leaderboard lb;
    CHECK_INT(leaderboard_load(PATH_L, &lb, warn, sizeof warn), 0);
    CHECK_INT(lb.n, 1);
    CHECK(lb.next_id == 5);
    leaderboard_free(&lb);
}

/* Two bad files in the same second: the second is kept beside the first,
 * not over it. */
static void test_set_aside_twice(void)
{
    char warn1[BD_ERR_LEN], warn2[BD_ERR_LEN], k1[1024] = "", k2[1024] = "";
    fresh_dir();
    leaderboard lb;
    put_bytes(PATH_L, "first", 5);
    CHECK_INT(leaderboard_load(PATH_L, &lb, warn1, sizeof warn1), 2);
    leaderboard_free(&lb);
    put_bytes(PATH_L, "second", 6);
    CHECK_INT(leaderboard_load(PATH_L, &lb, warn2, sizeof warn2), 2);
    leaderboard_free(&lb);
    CHECK_INT(kept_path(warn1, k1, sizeof k1), 0);
    CHECK_INT(kept_path(warn2, k2, sizeof k2), 0);
    CHECK(strcmp(k1, k2) != 0);
    size_t n1 = 0, n2 = 0;
    char *a = slurp(k1, &n1), *b = slurp(k2, &n2);
    CHECK(a && n1 == 5 && memcmp(a, "first", 5) == 0);
    CHECK(b && n2 == 6 && memcmp(b, "second", 6) == 0);
    free(a);
    free(b);
    CHECK_INT(count_files("board.json.bad-"), 2);
}

/* When the bad file cannot be moved (here: every name it could take is
 * used), it stays where it is and the load says not to save over it. */
static void test_cannot_set_aside(void)
{
    char warn[BD_ERR_LEN] = "";
    fresh_dir();
    long long now = (long long)time(NULL);
    for (long long t = now; t <= now + 2; t++) {
        for (int i = 1; i < 100; i++) {
            char name[1200];
            if (i == 1)
                snprintf(name, sizeof name, "%s.bad-%lld", PATH_L, t);
            else
                snprintf(name, sizeof name, "%s.bad-%lld-%d", PATH_L, t, i);
            put_bytes(name, "", 0);
        }
    }
    put_bytes(PATH_L, "{broken", 7);
    leaderboard lb;
    CHECK_INT(leaderboard_load(PATH_L, &lb, warn, sizeof warn), -1);
    CHECK_HAS(warn, PATH_L);
    CHECK_HAS(warn, "must not be saved over it");
    CHECK_INT(lb.n, 0);
    size_t len = 0;
    char *back = slurp(PATH_L, &len);
    CHECK(back && len == 7 && memcmp(back, "{broken", 7) == 0);
    free(back);
    leaderboard_free(&lb);
    fresh_dir();
}

/* A folder where the file should be is a setup mistake: left alone (with
 * what is in it), the board empty in memory, saving refused by name. */
static void test_folder_at_path(void)
{
    char warn[BD_ERR_LEN] = "", err[BD_ERR_LEN] = "";
    fresh_dir();
    CHECK_INT(dir_make_all(PATH_L, err, sizeof err), 0);
    put_bytes(PATH_L "/inside.txt", "keep me", 7);
    leaderboard lb;
    CHECK_INT(leaderboard_load(PATH_L, &lb, warn, sizeof warn), 2);
    CHECK_HAS(warn, PATH_L);
    CHECK_HAS(warn, "folder");
    CHECK_INT(lb.n, 0);
    CHECK(dir_exists(PATH_L));
    CHECK(file_exists(PATH_L "/inside.txt"));
    CHECK_INT(count_files("board.json.bad-"), 0);
    leaderboard_entry e = entry("still", 40, 0, 1795000000, "2026-11-18", "");
    CHECK(add(&lb, &e) == 1);   /* usable in memory */
    CHECK_INT(leaderboard_save(PATH_L, &lb, err, sizeof err), -1);
    CHECK_HAS(err, PATH_L);
    CHECK(file_exists(PATH_L "/inside.txt"));
    leaderboard_free(&lb);
    fresh_dir();

    /* A FIFO neither hangs the load nor is moved. */
    CHECK_INT(mkfifo(PATH_L, 0600), 0);
    CHECK_INT(leaderboard_load(PATH_L, &lb, warn, sizeof warn), 2);
    CHECK_HAS(warn, PATH_L);
    leaderboard_free(&lb);
    unlink(PATH_L);
}

/* A file we may not read (not testable as root, who may read anything). */
static void test_unreadable(void)
{
    if (geteuid() == 0)
        return;
    char warn[BD_ERR_LEN] = "", kept[1024];
    fresh_dir();
    put_bytes(PATH_L, "{\"v\":1,\"next_id\":1,\"entries\":[]}", 33);
    chmod(PATH_L, 0);
    leaderboard lb;
    CHECK_INT(leaderboard_load(PATH_L, &lb, warn, sizeof warn), 2);
    CHECK_HAS(warn, PATH_L);
    CHECK_INT(kept_path(warn, kept, sizeof kept), 0);
    CHECK(file_exists(kept));
    chmod(kept, 0644);
    leaderboard_free(&lb);
}

/* A temp file a killed save left behind is not the board. */
static void test_leftover_temp(void)
{
    char err[BD_ERR_LEN], warn[BD_ERR_LEN];
    fresh_dir();
    leaderboard lb = { 0 };
    leaderboard_entry e = entry("kept", 70, 0, 1795000000, "2026-11-18", "");
    add(&lb, &e);
    CHECK_INT(leaderboard_save(PATH_L, &lb, err, sizeof err), 0);
    leaderboard_free(&lb);
    put_bytes(PATH_L ".Ab12Cd", "{\"v\":1,\"next_id\":9,\"entr", 25);
    CHECK_INT(leaderboard_load(PATH_L, &lb, warn, sizeof warn), 0);
    CHECK_INT(lb.n, 1);
    if (lb.n == 1)
        CHECK_STR(lb.v[0].nickname, "kept");
    leaderboard_free(&lb);
}

/* ---- Staff reset ---------------------------------------------------------------- */

static void test_clear(void)
{
    char err[BD_ERR_LEN], warn[BD_ERR_LEN];
    fresh_dir();
    leaderboard lb = { 0 };
    for (int i = 0; i < 3; i++) {
        leaderboard_entry e = entry("old", 50 + i, 0, 1795000000 + i, "2026-11-18", "");
        add(&lb, &e);
    }
    CHECK_INT(leaderboard_save(PATH_L, &lb, err, sizeof err), 0);
    leaderboard_clear(&lb);
    CHECK_INT(lb.n, 0);
    const leaderboard_entry *top[5];
    CHECK_INT(leaderboard_top(&lb, LEADERBOARD_ALL, NULL, NULL, top, 5), 0);
    CHECK_INT(leaderboard_save(PATH_L, &lb, err, sizeof err), 0);
    leaderboard_free(&lb);

    CHECK_INT(leaderboard_load(PATH_L, &lb, warn, sizeof warn), 0);
    CHECK_INT(lb.n, 0);
    /* Ids go on after a reset: an old highlight never matches a new entry. */
    leaderboard_entry e = entry("new", 10, 0, 1795001000, "2026-11-18", "");
    CHECK(add(&lb, &e) == 4);
    leaderboard_free(&lb);
}

/* ---- The cap --------------------------------------------------------------------- */

/* The largest entry there can be: every byte of scenario and event a '"'
 * that JSON escapes to two, twelve four-byte code points of nickname. */
static leaderboard_entry worst_entry(int i)
{
    leaderboard_entry e = entry("😀😀😀😀😀😀😀😀😀😀😀😀", i % 101, 2147483647,
                                4102444800 + i, "2099-12-31", "");
    memset(e.scenario, '"', sizeof e.scenario - 1);
    e.scenario[sizeof e.scenario - 1] = '\0';
    memset(e.event, '"', sizeof e.event - 1);
    e.event[sizeof e.event - 1] = '\0';
    return e;
}

static void test_cap(void)
{
    char err[BD_ERR_LEN], warn[BD_ERR_LEN] = "x";
    fresh_dir();
    leaderboard lb = { 0 };
    uint64_t last = 0;
    for (unsigned i = 0; i < LEADERBOARD_MAX + 5; i++) {
        leaderboard_entry e = worst_entry((int)i);
        if (leaderboard_add(&lb, &e, &last, err, sizeof err) != 0) {
            CHECK(0);
            break;
        }
    }
    CHECK_INT(lb.n, LEADERBOARD_MAX);
    CHECK(last == LEADERBOARD_MAX + 5);
    CHECK(lb.v[0].id == 6);   /* the five oldest went */
    CHECK_INT(leaderboard_save(PATH_L, &lb, err, sizeof err), 0);
    struct stat st;
    CHECK(stat(PATH_L, &st) == 0 && (size_t)st.st_size <= LEADERBOARD_MAX_FILE);
    leaderboard_free(&lb);
    CHECK_INT(leaderboard_load(PATH_L, &lb, warn, sizeof warn), 0);   /* a full board reads back */
    CHECK_STR(warn, "");
    CHECK_INT(lb.n, LEADERBOARD_MAX);
    CHECK(lb.next_id == LEADERBOARD_MAX + 6);
    if (lb.n)
        CHECK_STR(lb.v[0].scenario, worst_entry(0).scenario);
    leaderboard_free(&lb);

    /* A file with more (hand-merged, or from a larger cap) keeps the newest. */
    bd_buf b = { 0 };
    const char *head = "{\"v\":1,\"next_id\":1,\"entries\":[";
    CHECK_INT(bd_buf_add(&b, head, strlen(head)), 0);
    for (unsigned i = LEADERBOARD_MAX + 3; i >= 1; i--) {   /* newest first in the file */
        char one[256];
        int n = snprintf(one, sizeof one, "%s{\"id\":%u,\"nickname\":\"n\",\"scenario\":\"s\","
                         "\"score\":1,\"speed_bonus\":0,\"when\":%u,\"day\":\"2026-11-18\","
                         "\"event\":\"\"}", i == LEADERBOARD_MAX + 3 ? "" : ",", i, i);
        CHECK_INT(bd_buf_add(&b, one, (size_t)n), 0);
    }
    CHECK_INT(bd_buf_add(&b, "]}", 2), 0);
    put_bytes(PATH_L, (const char *)b.data, b.len);
    bd_buf_free(&b);
    CHECK_INT(leaderboard_load(PATH_L, &lb, warn, sizeof warn), 0);
    CHECK_HAS(warn, PATH_L);
    CHECK_HAS(warn, "dropped the 3 oldest");
    CHECK_INT(lb.n, LEADERBOARD_MAX);
    CHECK(lb.n && lb.v[0].id == 4 && lb.v[lb.n - 1].id == LEADERBOARD_MAX + 3);
    CHECK(lb.next_id == LEADERBOARD_MAX + 4);   /* past every id, whatever next_id said */
    leaderboard_free(&lb);
}

/* ---- The file's bytes -------------------------------------------------------- */

/* The file as a cJSON tree of the whole board printed it (the writer
 * before the board was streamed), with its trailing newline: the
 * reference the streamed file must equal byte for byte. */
static char *tree_printed(const leaderboard *lb)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *list = cJSON_AddArrayToObject(root, "entries");
    cJSON_AddNumberToObject(root, "v", 1);
    cJSON_AddNumberToObject(root, "next_id", (double)lb->next_id);
    for (size_t i = 0; i < lb->n; i++) {
        const leaderboard_entry *e = &lb->v[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToArray(list, o);
        cJSON_AddNumberToObject(o, "id", (double)e->id);
        cJSON_AddStringToObject(o, "nickname", e->nickname);
        cJSON_AddStringToObject(o, "scenario", e->scenario);
        cJSON_AddNumberToObject(o, "score", e->score);
        cJSON_AddNumberToObject(o, "speed_bonus", e->speed_bonus);
        cJSON_AddNumberToObject(o, "when", (double)e->when);
        cJSON_AddStringToObject(o, "day", e->day);
        cJSON_AddStringToObject(o, "event", e->event);
    }
    char *text = cJSON_PrintUnformatted(root);
    cJSON_Delete(root);
    size_t n = text ? strlen(text) : 0;
    char *out = text ? malloc(n + 2) : NULL;
    if (out) {
        memcpy(out, text, n);
        memcpy(out + n, "\n", 2);
    }
    cJSON_free(text);
    return out;
}

/* Nicknames and events JSON must escape, or that are long in UTF-8, come
 * back byte for byte, and the file is what the cJSON tree printed. */
static void test_nasty_strings(void)
{
    char err[BD_ERR_LEN], warn[BD_ERR_LEN];
    fresh_dir();
    static const char *const nick[][2] = {
        { "\"quoted\"", "say \"hi\" \\o/" },
        { "back\\slash\\", "C:\\Users\\\\n" },        /* a backslash before an n */
        { "a/b</script>", "</script><!--" },
        { "山田\"太郎\"", "セキュリティの日「東京」" },
        { "😀𝄞𠮷野家", "𠮷野家 😀 four-byte \xf0\x9f\x98\x80" },
        { "ｶﾀｶﾅ\\\"", "\\u0041 is not an escape" },
        { "Zoë\u2028x", "line\u2028sep\u2029para" },  /* JSON-legal, JavaScript-hostile */
        { "\xef\xbf\xbd", "\xef\xbb\xbf" "BOM" },              /* a real U+FFFD; a BOM */
    };
    size_t count = sizeof nick / sizeof nick[0];
    leaderboard lb = { 0 };
    for (size_t i = 0; i < count; i++) {
        leaderboard_entry e = entry(nick[i][0], (int)(i * 13 % 101), (int)i, 1795000000 + (int64_t)i,
                                    "2026-11-18", nick[i][1]);
        add(&lb, &e);
    }
    CHECK_INT(lb.n, count);
    CHECK_INT(leaderboard_save(PATH_L, &lb, err, sizeof err), 0);
    size_t len = 0;
    char *file = slurp(PATH_L, &len), *want = tree_printed(&lb);
    CHECK(file && want && len == strlen(want) && memcmp(file, want, len) == 0);
    if (file && want && (len != strlen(want) || memcmp(file, want, len) != 0))
        fprintf(stderr, "  streamed: %s  cJSON:    %s", file, want);
    free(want);

    leaderboard r;
    CHECK_INT(leaderboard_load(PATH_L, &r, warn, sizeof warn), 0);
    CHECK_INT(r.n, count);
    for (size_t i = 0; i < r.n && i < count; i++) {
        CHECK_STR(r.v[i].nickname, nick[i][0]);
        CHECK_STR(r.v[i].event, nick[i][1]);
        CHECK(r.v[i].id == lb.v[i].id && r.v[i].when == lb.v[i].when);
        CHECK_INT(r.v[i].score, lb.v[i].score);
        CHECK_INT(r.v[i].speed_bonus, lb.v[i].speed_bonus);
    }
    /* Saved again from what was read: the same bytes. */
    CHECK_INT(leaderboard_save(PATH_L, &r, err, sizeof err), 0);
    size_t len2 = 0;
    char *again = slurp(PATH_L, &len2);
    CHECK(file && again && len2 == len && memcmp(file, again, len) == 0);
    free(again);
    free(file);
    leaderboard_free(&r);

    /* Control characters are refused when a round is added, so only a
     * board filled by hand holds them; even then every one of them is
     * written as cJSON escapes it, and the file is valid JSON, which load
     * sets aside for the controls, whole. */
    leaderboard_entry e = entry("ok", 1, 0, 1795000000, "2026-11-18", "");
    char ctl[40];
    for (int c = 1; c < 0x20; c++)
        ctl[c - 1] = (char)c;
    memcpy(ctl + 31, "\x7f\"\\", 4);
    ctl[35] = '\0';
    memcpy(e.event, ctl, 36);
    CHECK_INT(leaderboard_add(&lb, &e, NULL, err, sizeof err), -1);
    CHECK_HAS(err, "event");
    lb.v[0] = e;
    lb.v[0].id = 1;
    CHECK_INT(leaderboard_save(PATH_L, &lb, err, sizeof err), 0);
    file = slurp(PATH_L, &len);
    want = tree_printed(&lb);
    CHECK(file && want && len == strlen(want) && memcmp(file, want, len) == 0);
    cJSON *parsed = file ? cJSON_Parse(file) : NULL;
    CHECK(parsed != NULL);
    const cJSON *ev = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(parsed, "entries"), 0), "event");
    CHECK(cJSON_IsString(ev) && strcmp(ev->valuestring, ctl) == 0);
    cJSON_Delete(parsed);
    free(file);
    free(want);
    CHECK_INT(leaderboard_load(PATH_L, &r, warn, sizeof warn), 2);
    CHECK_HAS(warn, "event");
    leaderboard_free(&r);
    leaderboard_free(&lb);
}

/* A board past the file limit (only by hand) is refused part-way through
 * the stream: the old file stays, and no temp file is left. A board's
 * file keeps its mode. */
static void test_save_refused_and_mode(void)
{
    char err[BD_ERR_LEN], warn[BD_ERR_LEN];
    fresh_dir();
    leaderboard lb = { 0 };
    leaderboard_entry small = entry("first", 10, 0, 1795000000, "2026-11-18", "");
    add(&lb, &small);
    CHECK_INT(leaderboard_save(PATH_L, &lb, err, sizeof err), 0);
    CHECK_INT(chmod(PATH_L, 0600), 0);
    size_t len0 = 0;
    char *before = slurp(PATH_L, &len0);
    leaderboard_free(&lb);

    size_t n = 2 * LEADERBOARD_MAX;   /* ~9.4 MB of JSON */
    lb.v = calloc(n, sizeof *lb.v);
    CHECK(lb.v != NULL);
    if (lb.v) {
        for (size_t i = 0; i < n; i++) {
            lb.v[i] = worst_entry((int)i);
            lb.v[i].id = i + 1;
        }
        lb.n = lb.cap = n;
        lb.next_id = n + 1;
        err[0] = '\0';
        CHECK_INT(leaderboard_save(PATH_L, &lb, err, sizeof err), -1);
        CHECK_HAS(err, PATH_L);
        CHECK_HAS(err, "over");
        size_t len1 = 0;
        char *after = slurp(PATH_L, &len1);
        CHECK(before && after && len1 == len0 && memcmp(before, after, len0) == 0);
        free(after);
        CHECK_INT(count_files("board.json"), 1);   /* no board.json.XXXXXX */
    }
    free(before);
    leaderboard_free(&lb);

    CHECK_INT(leaderboard_load(PATH_L, &lb, warn, sizeof warn), 0);
    add(&lb, &small);
    CHECK_INT(leaderboard_save(PATH_L, &lb, err, sizeof err), 0);
    struct stat st;
    CHECK(stat(PATH_L, &st) == 0 && (st.st_mode & 0777) == 0600);
    leaderboard_free(&lb);
}

int main(void)
{
    char err[BD_ERR_LEN];
    CHECK_INT(dir_make_all(DIR_L, err, sizeof err), 0);
    fresh_dir();
    test_round_trip();
    test_nicknames();
    test_add_refused();
    test_order();
    test_scopes();
    test_day();
    test_rank_outside_top();
    test_corrupt_files();
    test_at_size_limit();
    test_set_aside_twice();
    test_cannot_set_aside();
    test_folder_at_path();
    test_unreadable();
    test_leftover_temp();
    test_clear();
    test_cap();
    test_nasty_strings();
    test_save_refused_and_mode();
    return check_done();
}
