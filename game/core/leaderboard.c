/*
 * leaderboard — the kiosk's board of rounds played, kept in one JSON file.
 *
 * An entry holds the nickname and nothing else about the visitor: the
 * scenario, the contract's score (0..100), a speed bonus that is shown
 * apart and only breaks ties (speed never changes the score), when the
 * round ended and the day and event it counts for. The file is
 *
 *   {"entries":[{"id":1,"nickname":"...","scenario":"...","score":90,
 *     "speed_bonus":12,"when":1795000000,"day":"2026-11-23","event":"..."},
 *     ...],"v":1,"next_id":N}
 *
 * oldest entry first, written in that key order (leaderboard_file.c streams
 * it); read in any order, unknown keys ignored (a later version 1 may add
 * some).
 *
 * The day is the kiosk's LOCAL calendar day, worked out by the caller when
 * the round ends (leaderboard_day with localtime_r's tm_gmtoff) and stored,
 * not recomputed here from `when`: the core reads no clock or time zone,
 * and a board must not reshuffle because the machine's time zone or DST
 * changed later (a kiosk shipped to an event abroad keeps its past days).
 *
 * The file is replaced whole after each round (temp file, fsync, rename,
 * fsync of the folder), so a kill -9 or power cut leaves the board before
 * or after the round, never half of it. A file that cannot be used (a disk
 * error, a hand edit, a newer version) never stops the kiosk: it is renamed
 * aside, contents intact, and the board starts empty with a warning naming
 * both files. Loading is all or nothing: a file with one bad entry is set
 * aside whole rather than half-read, since our own writes cannot produce
 * one and the staff can look at (and repair) the kept file.
 *
 * Ids are unique within the file and never reused, not even after a staff
 * reset, so a screen still highlighting an old id never lights up a new
 * entry.
 */
#include "core/leaderboard_int.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

_Static_assert((int)LEADERBOARD_DAY == (int)KIOSK_BOARD_DAY &&
               (int)LEADERBOARD_EVENT == (int)KIOSK_BOARD_EVENT &&
               (int)LEADERBOARD_ALL == (int)KIOSK_BOARD_ALL,
               "leaderboard_scope must mirror kiosk_board_scope");
_Static_assert(sizeof ((leaderboard_entry *)0)->nickname >= 4 * LEADERBOARD_NICK_MAX + 1,
               "a nickname of LEADERBOARD_NICK_MAX 4-byte code points must fit");
/* Why the file limit can never refuse a board we wrote: an entry's worst
 * case is some 470 bytes (scenario and event made of '"' escaped to two
 * bytes each: 128 + 126, a nickname 48, numbers 60, keys and punctuation
 * about 100), so LEADERBOARD_MAX entries stay under 5 MB. */
_Static_assert(LEADERBOARD_MAX * 480u + 64u < LEADERBOARD_MAX_FILE,
               "a full board must fit in LEADERBOARD_MAX_FILE");

/* ---- Checking an entry ---------------------------------------------------- */

/* 0 if s (of at most size bytes with its NUL) is valid UTF-8 without
 * control characters, of min..max code points. */
static int check_text(const char *s, size_t size, size_t min, size_t max)
{
    size_t len = strnlen(s, size);
    if (len == size)
        return -1;   /* not terminated within its array */
    size_t pos = 0, cps = 0;
    while (pos < len) {
        uint32_t cp;
        size_t n = utf8_decode(s + pos, len - pos, &cp);
        if (cp == 0xFFFDu && n == 1)
            return -1;   /* invalid sequence (a real U+FFFD is 3 bytes) */
        if (cp < 0x20u || (cp >= 0x7Fu && cp <= 0x9Fu))
            return -1;   /* C0, DEL, C1: nothing to show on a board */
        pos += n;
        cps++;
    }
    return cps >= min && cps <= max ? 0 : -1;
}

static int check_day(const char *d)
{
    if (strnlen(d, 11) != 10 || d[4] != '-' || d[7] != '-')
        return -1;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9'))
            return -1;
    int month = (d[5] - '0') * 10 + (d[6] - '0');
    int mday = (d[8] - '0') * 10 + (d[9] - '0');
    return month >= 1 && month <= 12 && mday >= 1 && mday <= 31 ? 0 : -1;
}

/* 0, or -1 with the field and its bounds in why. */
int lb_check_entry(const leaderboard_entry *e, char *why, size_t whylen)
{
    if (check_text(e->nickname, sizeof e->nickname, 1, LEADERBOARD_NICK_MAX) != 0)
        bd_set_err(why, whylen, "\"nickname\" must be 1 to %u characters of UTF-8 text",
                   LEADERBOARD_NICK_MAX);
    else if (check_text(e->scenario, sizeof e->scenario, 1, sizeof e->scenario - 1) != 0)
        bd_set_err(why, whylen, "\"scenario\" must be a scenario id of 1 to %zu bytes",
                   sizeof e->scenario - 1);
    else if (e->score < 0 || e->score > 100)
        bd_set_err(why, whylen, "\"score\" must be 0 to 100");
    else if (e->speed_bonus < 0)
        bd_set_err(why, whylen, "\"speed_bonus\" must be 0 or more");
    else if (e->when < 0 || (double)e->when > LB_MAX_EXACT)
        bd_set_err(why, whylen, "\"when\" must be Unix seconds, 0 or more");
    else if (check_day(e->day) != 0)
        bd_set_err(why, whylen, "\"day\" must be a date as YYYY-MM-DD");
    else if (check_text(e->event, sizeof e->event, 0, sizeof e->event - 1) != 0)
        bd_set_err(why, whylen, "\"event\" must be UTF-8 text of at most %zu bytes",
                   sizeof e->event - 1);
    else
        return 0;
    return -1;
}

/* ---- Order and scope ------------------------------------------------------ */

/* 1 if a ranks above b. The earlier `when` wins a full tie: the first to
 * reach a score keeps the place, and a later visitor cannot push them down
 * by matching it. The id settles entries of the same second, so the order
 * is total and a rank is never shared or unstable between screens. */
static int ranks_above(const leaderboard_entry *a, const leaderboard_entry *b)
{
    if (a->score != b->score)
        return a->score > b->score;
    if (a->speed_bonus != b->speed_bonus)
        return a->speed_bonus > b->speed_bonus;
    if (a->when != b->when)
        return a->when < b->when;
    return a->id < b->id;
}

static int in_scope(const leaderboard_entry *e, leaderboard_scope scope, const char *day,
                    const char *event)
{
    switch (scope) {
    case LEADERBOARD_DAY:   return day && strcmp(e->day, day) == 0;
    case LEADERBOARD_EVENT: return strcmp(e->event, event ? event : "") == 0;
    case LEADERBOARD_ALL:   return 1;
    }
    return 0;
}

/* Insertion into the caller's max slots, not a sort of the whole board:
 * no allocation (so no failure to report), and O(n * max) with max the
 * rows a screen shows (at most 50) is well under a millisecond for
 * LEADERBOARD_MAX entries. */
size_t leaderboard_top(const leaderboard *lb, leaderboard_scope scope, const char *day,
                       const char *event, const leaderboard_entry **out, size_t max)
{
    size_t n = 0;
    if (!lb || !out || max == 0)
        return 0;
    for (size_t i = 0; i < lb->n; i++) {
        const leaderboard_entry *e = &lb->v[i];
        if (!in_scope(e, scope, day, event))
            continue;
        if (n == max && !ranks_above(e, out[n - 1]))
            continue;
        size_t at = n < max ? n : max - 1;
        while (at > 0 && ranks_above(e, out[at - 1])) {
            out[at] = out[at - 1];
            at--;
        }
        out[at] = e;
        if (n < max)
            n++;
    }
    return n;
}

const leaderboard_entry *leaderboard_get(const leaderboard *lb, uint64_t id)
{
    size_t lo = 0, hi = lb ? lb->n : 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (lb->v[mid].id == id) return &lb->v[mid];
        if (lb->v[mid].id < id) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

size_t leaderboard_rank(const leaderboard *lb, leaderboard_scope scope, const char *day,
                        const char *event, uint64_t id, size_t *total)
{
    const leaderboard_entry *me = NULL;
    size_t count = 0;
    if (total)
        *total = 0;
    if (!lb)
        return 0;
    for (size_t i = 0; i < lb->n; i++) {
        if (!in_scope(&lb->v[i], scope, day, event))
            continue;
        count++;
        if (lb->v[i].id == id)
            me = &lb->v[i];
    }
    if (total)
        *total = count;
    if (!me)
        return 0;
    size_t place = 1;
    for (size_t i = 0; i < lb->n; i++)
        if (in_scope(&lb->v[i], scope, day, event) && ranks_above(&lb->v[i], me))
            place++;
    return place;
}

/* ---- Changing the board ----------------------------------------------------- */

int leaderboard_add(leaderboard *lb, const leaderboard_entry *e, uint64_t *id_out,
                    char *err, size_t errlen)
{
    char why[BD_ERR_LEN];
    if (!lb || !e) {
        bd_set_err(err, errlen, "leaderboard: invalid arguments");
        return -1;
    }
    if (lb_check_entry(e, why, sizeof why) != 0) {
        bd_set_err(err, errlen, "leaderboard: %s", why);
        return -1;
    }
    uint64_t id = lb->next_id ? lb->next_id : 1;
    if ((double)id > LB_MAX_EXACT) {
        bd_set_err(err, errlen, "leaderboard: no ids left");
        return -1;
    }
    if (lb->n >= LEADERBOARD_MAX) {
        /* The oldest goes (entries are kept oldest first). A memmove of the
         * whole board per round at the cap, a few MB once in minutes, is
         * simpler than a ring and keeps the array in file order. */
        size_t drop = lb->n - LEADERBOARD_MAX + 1;
        memmove(lb->v, lb->v + drop, (lb->n - drop) * sizeof *lb->v);
        lb->n -= drop;
    } else if (bd_grow((void **)&lb->v, &lb->cap, lb->n + 1, sizeof *lb->v) != 0) {
        bd_set_err(err, errlen, "leaderboard: out of memory");
        return -1;
    }
    leaderboard_entry *d = &lb->v[lb->n++];
    *d = *e;
    d->id = id;
    lb->next_id = id + 1;
    if (id_out)
        *id_out = id;
    return 0;
}

void leaderboard_clear(leaderboard *lb)
{
    if (lb)
        lb->n = 0;   /* next_id stays: ids are never reused */
}

void leaderboard_free(leaderboard *lb)
{
    if (!lb)
        return;
    free(lb->v);
    memset(lb, 0, sizeof *lb);
    lb->next_id = 1;
}

/* ---- Days ------------------------------------------------------------------ */

/* Days since 1970-01-01 to a civil date (proleptic Gregorian), after
 * Howard Hinnant's civil_from_days: exact for any int64 day count we can
 * meet, and no dependence on the C library's time zone state. */
void leaderboard_day(int64_t unix_s, long utc_offset_s, char out[11])
{
    int64_t t = unix_s + utc_offset_s;
    int64_t z = (t >= 0 ? t / 86400 : (t - 86399) / 86400) + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;                                      /* [0, 146096] */
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; /* [0, 399] */
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               /* [0, 365] */
    int64_t mp = (5 * doy + 2) / 153;                                    /* [0, 11] */
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    int64_t y = yoe + era * 400 + (m <= 2);
    if (y < 0 || y > 9999)
        y = y < 0 ? 0 : 9999;   /* keeps the form; no real clock gets here */
    snprintf(out, 11, "%04d-%02d-%02d", (int)y, (int)m, (int)d);
}
