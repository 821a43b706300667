/* kiosk_stats — the staff screen's figures for one day: sessions started,
 * completed, and per scenario the sessions and the mean score of the
 * completed ones. Read from the results log's attempts (results_read).
 *
 * A record's started is UTC; the day is the kiosk's local one, so each
 * time is converted to Unix time here and then to a local day by
 * leaderboard_day, the same rule the leaderboard's day board uses: a
 * round played at 23:30 local counts on the board's day and the staff's. */
#include "core/core.h"

#include <string.h>

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian), after Howard
 * Hinnant's days_from_civil: the inverse of leaderboard_day's arithmetic,
 * with no use of the C library's time zone state. */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;                                     /* [0, 399] */
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;   /* [0, 365] */
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;             /* [0, 146096] */
    return era * 146097 + doe - 719468;
}

/* n decimal digits at s, or -1 if one is not a digit. */
static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static int days_in_month(int y, int m)
{
    static const int len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : len[m - 1];
}

/* "YYYY-MM-DDTHH:MM:SSZ", or with a fraction of a second before the Z (as
 * results_read accepts), to Unix seconds. 0, or -1 when it is not such a
 * time (a field out of range included: a leap second's :60 is allowed and
 * lands on the next second, as POSIX time has no room for it). */
static int parse_utc(const char *s, int64_t *out)
{
    static const char pat[] = "dddd-dd-ddTdd:dd:dd";
    if (strlen(s) < sizeof pat) return -1;   /* the pattern and at least the Z */
    for (size_t i = 0; i < sizeof pat - 1; i++)
        if (pat[i] != 'd' && s[i] != pat[i]) return -1;
    int y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2);
    int h = digits(s + 11, 2), mi = digits(s + 14, 2), se = digits(s + 17, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h < 0 || h > 23 ||
        mi < 0 || mi > 59 || se < 0 || se > 60)
        return -1;
    const char *rest = s + 19;
    if (*rest == '.') {
        rest++;
        if (*rest < '0' || *rest > '9') return -1;
        while (*rest >= '0' && *rest <= '9') rest++;
    }
    if (strcmp(rest, "Z") != 0) return -1;
    *out = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
    return 0;
}

/* The row of scenario id: found, or added while there is room; NULL when
 * it has no row (the table is full, or the id does not fit its field). */
static kiosk_scenario_stats *row_of(kiosk_stats *out, const char *id)
{
    for (size_t i = 0; i < out->n_per; i++)
        if (strcmp(out->per[i].scenario, id) == 0) return &out->per[i];
    /* A cut id could merge two scenarios under one wrong name: counted
     * in the day's totals only, like the scenarios past the table's end. */
    if (out->n_per == KIOSK_MAX_SCENARIOS || strlen(id) >= sizeof out->per[0].scenario) return NULL;
    kiosk_scenario_stats *r = &out->per[out->n_per++];
    strcpy(r->scenario, id);
    return r;
}

void kiosk_stats_of(const results_history *h, const char *day, long utc_offset_s, kiosk_stats *out)
{
    memset(out, 0, sizeof *out);
    if (!h || !day) return;
    /* Sums of scores per row, to divide once at the end. */
    long long sum[KIOSK_MAX_SCENARIOS] = { 0 };
    for (size_t i = 0; i < h->n; i++) {
        const results_attempt *a = &h->v[i];
        int64_t t;
        char local[11];
        if (parse_utc(a->started, &t) != 0) continue;
        leaderboard_day(t, utc_offset_s, local);
        if (strcmp(local, day) != 0) continue;
        out->sessions++;
        out->completed += a->completed != 0;
        kiosk_scenario_stats *r = row_of(out, a->scenario ? a->scenario : "");
        if (!r) continue;
        r->sessions++;
        if (a->completed) {
            r->completed++;
            sum[r - out->per] += a->score;
        }
    }
    for (size_t i = 0; i < out->n_per; i++)
        if (out->per[i].completed)
            out->per[i].mean_score = (double)sum[i] / (double)out->per[i].completed;
}
