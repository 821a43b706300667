/* test_kiosk_stats — the staff screen's figures for a day: sessions and
 * completed ones counted on the kiosk's local day (around midnight at
 * +9 h and -5 h, across months, years and leap days), per scenario in
 * first-seen order with the mean score of the completed ones only, more
 * scenarios than the table holds folded into the totals, unparseable
 * start times skipped, an empty history; and the same through a real
 * results log read by results_read. */
#include "core/core.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DIR BD_TEST_TMP "/kiosk_stats"
#define LOG DIR "/results.jsonl"

#define TOKYO (9L * 3600)
#define NEW_YORK (-5L * 3600)

/* A history built by hand: the attempts results_read would give. */
typedef struct {
    results_history h;
    results_attempt v[128];
} history;

static void add(history *hs, const char *scenario, const char *started, int completed, int score)
{
    if (hs->h.n == sizeof hs->v / sizeof hs->v[0]) { CHECK(0); return; }
    results_attempt *a = &hs->v[hs->h.n++];
    memset(a, 0, sizeof *a);
    a->scenario = (char *)scenario;
    a->player = (char *)"";
    snprintf(a->started, sizeof a->started, "%s", started);
    a->completed = completed;
    a->score = score;
    hs->h.v = hs->v;
}

static const kiosk_scenario_stats *row(const kiosk_stats *s, const char *id)
{
    for (size_t i = 0; i < s->n_per; i++)
        if (strcmp(s->per[i].scenario, id) == 0) return &s->per[i];
    return NULL;
}

/* One attempt started at started counts on day at offset, and only there. */
static int counted_on(const char *started, const char *day, long offset)
{
    history hs = { 0 };
    add(&hs, "s", started, 1, 50);
    kiosk_stats st;
    kiosk_stats_of(&hs.h, day, offset, &st);
    return (int)st.sessions;
}

static void empty(void)
{
    kiosk_stats st;
    memset(&st, 0x5a, sizeof st);
    history hs = { 0 };
    kiosk_stats_of(&hs.h, "2026-01-02", 0, &st);
    CHECK_INT(st.sessions, 0);
    CHECK_INT(st.completed, 0);
    CHECK_INT(st.n_per, 0);
    memset(&st, 0x5a, sizeof st);
    kiosk_stats_of(NULL, "2026-01-02", 0, &st);
    CHECK_INT(st.sessions, 0);
    CHECK_INT(st.n_per, 0);
    add(&hs, "s", "2026-01-02T10:00:00Z", 1, 50);
    memset(&st, 0x5a, sizeof st);
    kiosk_stats_of(&hs.h, NULL, 0, &st);
    CHECK_INT(st.sessions, 0);
    /* A day with nothing in it. */
    kiosk_stats_of(&hs.h, "2026-01-03", 0, &st);
    CHECK_INT(st.sessions, 0);
    CHECK_INT(st.n_per, 0);
}

/* Midnight where the kiosk stands, not in UTC. */
static void midnight(void)
{
    /* Tokyo (+9 h): local midnight of 2 January is 15:00 UTC on the 1st. */
    CHECK_INT(counted_on("2026-01-01T14:59:59Z", "2026-01-01", TOKYO), 1);
    CHECK_INT(counted_on("2026-01-01T14:59:59Z", "2026-01-02", TOKYO), 0);
    CHECK_INT(counted_on("2026-01-01T15:00:00Z", "2026-01-02", TOKYO), 1);
    CHECK_INT(counted_on("2026-01-01T15:00:00Z", "2026-01-01", TOKYO), 0);
    CHECK_INT(counted_on("2026-01-02T14:59:59Z", "2026-01-02", TOKYO), 1);
    CHECK_INT(counted_on("2026-01-02T15:00:00Z", "2026-01-02", TOKYO), 0);
    /* New York (-5 h): local midnight of 2 January is 05:00 UTC on the 2nd. */
    CHECK_INT(counted_on("2026-01-02T04:59:59Z", "2026-01-01", NEW_YORK), 1);
    CHECK_INT(counted_on("2026-01-02T04:59:59Z", "2026-01-02", NEW_YORK), 0);
    CHECK_INT(counted_on("2026-01-02T05:00:00Z", "2026-01-02", NEW_YORK), 1);
    CHECK_INT(counted_on("2026-01-03T04:59:59Z", "2026-01-02", NEW_YORK), 1);
    CHECK_INT(counted_on("2026-01-03T05:00:00Z", "2026-01-02", NEW_YORK), 0);
    /* UTC itself. */
    CHECK_INT(counted_on("2026-01-01T23:59:59Z", "2026-01-01", 0), 1);
    CHECK_INT(counted_on("2026-01-02T00:00:00Z", "2026-01-02", 0), 1);
    /* Across a year, a month and a leap day, both ways. */
    CHECK_INT(counted_on("2026-01-01T03:00:00Z", "2025-12-31", NEW_YORK), 1);
    CHECK_INT(counted_on("2025-12-31T20:00:00Z", "2026-01-01", TOKYO), 1);
    CHECK_INT(counted_on("2024-02-29T16:00:00Z", "2024-03-01", TOKYO), 1);
    CHECK_INT(counted_on("2024-03-01T02:00:00Z", "2024-02-29", NEW_YORK), 1);
    CHECK_INT(counted_on("2025-03-01T02:00:00Z", "2025-02-28", NEW_YORK), 1);
    /* A fraction of a second before the Z, as results_read lets through. */
    CHECK_INT(counted_on("2026-01-01T15:00:00.250Z", "2026-01-02", TOKYO), 1);
    CHECK_INT(counted_on("2026-01-01T14:59:59.999Z", "2026-01-01", TOKYO), 1);

    /* Every time record_time writes reads back onto leaderboard_day's day
     * (the board's rule), at both offsets and UTC, for seconds either side
     * of local midnights over four centuries' odd years (2000 and 2400
     * leap, 2100 not). */
    static const char *const years[] = { "1970-01-01", "2000-02-29", "2000-03-01", "2024-12-31",
                                          "2099-02-28", "2100-03-01", "2399-12-31", "2400-02-29" };
    static const long offsets[] = { TOKYO, NEW_YORK, 0, 14L * 3600, -12L * 3600 };
    int bad = 0;
    for (size_t y = 0; y < sizeof years / sizeof years[0]; y++) {
        int yy, mm, dd;
        sscanf(years[y], "%d-%d-%d", &yy, &mm, &dd);
        /* Noon UTC of that date, found by stepping leaderboard_day. */
        int64_t t = (int64_t)(yy - 1970) * 365 * 86400;
        char d[11];
        for (int guard = 0; guard < 2000; guard++) {
            leaderboard_day(t, 0, d);
            int c = strcmp(d, years[y]);
            if (c == 0) break;
            t += c < 0 ? 86400 : -86400;
        }
        CHECK_STR(d, years[y]);
        for (size_t o = 0; o < sizeof offsets / sizeof offsets[0]; o++)
            for (int64_t s = t - 2 * 86400; s <= t + 2 * 86400; s += 3593) {
                if (s < 0) continue;
                for (int e = -1; e <= 1; e++) {
                    int64_t u = s + e;
                    char started[32], day[11], other[11];
                    record_time(u, started);
                    leaderboard_day(u, offsets[o], day);
                    leaderboard_day(u + 86400, offsets[o], other);
                    if (counted_on(started, day, offsets[o]) != 1 ||
                        counted_on(started, other, offsets[o]) != 0) {
                        if (bad++ < 5)
                            fprintf(stderr, "%s at %+ld s: expected on %s only\n", started,
                                    offsets[o], day);
                    }
                }
            }
    }
    CHECK_INT(bad, 0);
}

static void unparseable(void)
{
    static const char *const bad[] = {
        "", "garbage", "2026-01-02", "2026-01-02T10:00:00", "2026-01-02T10:00:00z",
        "2026-01-02 10:00:00Z", "2026-01-02T10:00:00ZZ", "2026-01-02T10:00:00+09:00",
        "2026-13-02T10:00:00Z", "2026-00-02T10:00:00Z", "2026-01-00T10:00:00Z",
        "2026-01-32T10:00:00Z", "2026-04-31T10:00:00Z", "2025-02-29T10:00:00Z",
        "2100-02-29T10:00:00Z", "2026-01-02T24:00:00Z", "2026-01-02T10:60:00Z",
        "2026-01-02T10:00:61Z", "2026-01-02T10:00:00.Z", "2026-01-02T10:00:00.5xZ",
        "2026-01-02T1a:00:00Z", "-026-01-02T10:00:00Z", "2026-01-02T10:00:00Z ",
    };
    history hs = { 0 };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) add(&hs, "broken", bad[i], 1, 100);
    add(&hs, "fine", "2026-01-02T10:00:00Z", 1, 40);
    kiosk_stats st;
    kiosk_stats_of(&hs.h, "2026-01-02", 0, &st);
    CHECK_INT(st.sessions, 1);
    CHECK_INT(st.completed, 1);
    CHECK_INT(st.n_per, 1);
    CHECK_STR(st.per[0].scenario, "fine");
    /* Leap seconds and leap days are real times. */
    CHECK_INT(counted_on("2016-12-31T23:59:60Z", "2017-01-01", 0), 1);
    CHECK_INT(counted_on("2000-02-29T12:00:00Z", "2000-02-29", 0), 1);
}

/* Per scenario, in the order first seen: sessions, completed, the mean
 * score of completed ones (abandoned rounds' scores never count). */
static void per_scenario(void)
{
    history hs = { 0 };
    add(&hs, "nisc-quick", "2026-01-02T00:10:00Z", 1, 70);    /* 09:10 in Tokyo */
    add(&hs, "jaxa-quick", "2026-01-02T01:00:00Z", 0, 95);    /* left: its 95 is no score */
    add(&hs, "nisc-quick", "2026-01-02T02:00:00Z", 1, 85);
    add(&hs, "jaxa-quick", "2026-01-01T14:00:00Z", 1, 10);    /* the day before, in Tokyo */
    add(&hs, "port-quick", "2026-01-02T03:00:00Z", 0, 0);
    add(&hs, "nisc-quick", "2026-01-02T04:00:00Z", 1, 90);
    add(&hs, "jaxa-quick", "2026-01-02T14:59:59Z", 1, 60);    /* 23:59:59 in Tokyo */
    add(&hs, "jaxa-quick", "2026-01-02T15:00:00Z", 1, 99);    /* the next day */
    add(&hs, "port-quick", "not a time", 1, 100);
    kiosk_stats st;
    kiosk_stats_of(&hs.h, "2026-01-02", TOKYO, &st);
    CHECK_INT(st.sessions, 6);
    CHECK_INT(st.completed, 4);
    CHECK_INT(st.n_per, 3);
    CHECK_STR(st.per[0].scenario, "nisc-quick");
    CHECK_STR(st.per[1].scenario, "jaxa-quick");
    CHECK_STR(st.per[2].scenario, "port-quick");
    const kiosk_scenario_stats *n = row(&st, "nisc-quick"), *j = row(&st, "jaxa-quick"),
                               *p = row(&st, "port-quick");
    CHECK(n && j && p);
    if (!n || !j || !p) return;
    CHECK_INT(n->sessions, 3);
    CHECK_INT(n->completed, 3);
    CHECK(n->mean_score > 81.66 && n->mean_score < 81.67);   /* (70 + 85 + 90) / 3 */
    CHECK_INT(j->sessions, 2);
    CHECK_INT(j->completed, 1);
    CHECK(j->mean_score == 60.0);
    CHECK_INT(p->sessions, 1);
    CHECK_INT(p->completed, 0);
    CHECK(p->mean_score == 0.0);

    /* The same log in New York: a different day's worth. */
    kiosk_stats_of(&hs.h, "2026-01-01", NEW_YORK, &st);
    CHECK_INT(st.sessions, 6);   /* 2026-01-01T14:00Z .. 2026-01-02T04:00Z */
    CHECK_STR(st.per[0].scenario, "nisc-quick");
    CHECK_STR(st.per[1].scenario, "jaxa-quick");
    j = row(&st, "jaxa-quick");
    CHECK(j && j->sessions == 2 && j->completed == 1 && j->mean_score == 10.0);
}

/* More scenarios than the table holds: the first KIOSK_MAX_SCENARIOS get
 * rows, the rest only count in the day's totals; so does an id too long
 * for its field. */
static void many(void)
{
    static char ids[KIOSK_MAX_SCENARIOS + 8][16];
    history hs = { 0 };
    for (int i = 0; i < KIOSK_MAX_SCENARIOS + 8; i++) {
        snprintf(ids[i], sizeof ids[i], "scn-%02d", i);
        add(&hs, ids[i], "2026-01-02T12:00:00Z", 1, i);
    }
    add(&hs, ids[0], "2026-01-02T12:30:00Z", 1, 100);    /* a known one, after the table filled */
    add(&hs, ids[KIOSK_MAX_SCENARIOS + 3], "2026-01-02T12:40:00Z", 0, 0);
    char long_id[80];
    memset(long_id, 'x', sizeof long_id - 1);
    long_id[sizeof long_id - 1] = '\0';
    add(&hs, long_id, "2026-01-02T13:00:00Z", 1, 100);
    kiosk_stats st;
    kiosk_stats_of(&hs.h, "2026-01-02", 0, &st);
    CHECK_INT(st.sessions, KIOSK_MAX_SCENARIOS + 8 + 3);
    CHECK_INT(st.completed, KIOSK_MAX_SCENARIOS + 8 + 2);
    CHECK_INT(st.n_per, KIOSK_MAX_SCENARIOS);
    CHECK_STR(st.per[0].scenario, "scn-00");
    CHECK_INT(st.per[0].sessions, 2);
    CHECK(st.per[0].mean_score == 50.0);
    CHECK_STR(st.per[KIOSK_MAX_SCENARIOS - 1].scenario, ids[KIOSK_MAX_SCENARIOS - 1]);
    CHECK(row(&st, ids[KIOSK_MAX_SCENARIOS]) == NULL);
    size_t per_sessions = 0;
    for (size_t i = 0; i < st.n_per; i++) per_sessions += st.per[i].sessions;
    CHECK_INT(per_sessions, KIOSK_MAX_SCENARIOS + 1);
}

/* Through the log on disk, as the kiosk's host reads it. */
static void from_log(void)
{
    char err[BD_ERR_LEN];
    CHECK(dir_make_all(DIR, err, sizeof err) == 0);
    static const struct { const char *scn, *started; int completed, score; } recs[] = {
        { "jaxa-quick", "2026-01-02T01:00:00Z", 1, 80 },
        { "jaxa-quick", "2026-01-02T02:00:00.5Z", 1, 60 },
        { "nisc-quick", "2026-01-02T03:00:00Z", 0, 0 },
        { "nisc-quick", "2026-01-01T03:00:00Z", 1, 50 },
    };
    char text[8192] = "";
    for (size_t i = 0; i < sizeof recs / sizeof recs[0]; i++) {
        char line[1024];
        snprintf(line, sizeof line,
                 "{\"v\":1,\"session\":\"00000000-0000-4000-8000-00000000000%zu\",\"scenario\":\"%s\","
                 "\"scenario_hash\":\"9c1d\",\"player\":\"\",\"mode\":\"kiosk\",\"seed\":7,"
                 "\"started\":\"%s\",\"duration_s\":42.5,\"completed\":%s,\"ending\":%s,"
                 "\"outcome\":%s,\"detect\":{\"points\":5,\"max\":6,\"pct\":83},"
                 "\"respond\":{\"points\":4,\"max\":8,\"pct\":50},\"score\":%d,\"steps\":[]}\n",
                 i + 1, recs[i].scn, recs[i].started, recs[i].completed ? "true" : "false",
                 recs[i].completed ? "\"contained\"" : "null",
                 recs[i].completed ? "\"good\"" : "null", recs[i].score);
        strcat(text, line);
    }
    strcat(text, "{\"torn");   /* a crash mid-write */
    CHECK(file_write_atomic(LOG, text, strlen(text), err, sizeof err) == 0);
    results_history h;
    char warn[BD_ERR_LEN];
    CHECK(results_read(LOG, NULL, &h, warn, sizeof warn) == 0);
    kiosk_stats st;
    kiosk_stats_of(&h, "2026-01-02", TOKYO, &st);
    CHECK_INT(st.sessions, 3);
    CHECK_INT(st.completed, 2);
    CHECK_INT(st.n_per, 2);
    const kiosk_scenario_stats *j = row(&st, "jaxa-quick"), *n = row(&st, "nisc-quick");
    CHECK(j && j->sessions == 2 && j->completed == 2 && j->mean_score == 70.0);
    CHECK(n && n->sessions == 1 && n->completed == 0);
    results_history_free(&h);
    /* No log yet: an empty day. */
    remove(LOG);
    CHECK(results_read(LOG, NULL, &h, warn, sizeof warn) == 0);
    kiosk_stats_of(&h, "2026-01-02", TOKYO, &st);
    CHECK_INT(st.sessions, 0);
    results_history_free(&h);
}

int main(void)
{
    empty();
    midnight();
    unparseable();
    per_scenario();
    many();
    from_log();
    return check_done();
}
