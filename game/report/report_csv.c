/*
 * report_csv — one row per session with the contract's fields flattened,
 * for a spreadsheet or an LMS import: RFC 4180 (commas, CRLF, fields with
 * a comma, quote or line break quoted, quotes doubled), UTF-8 with a
 * byte-order mark so that Excel reads Japanese names as such.
 *
 * A text field a player typed that begins like a formula (= + - @, a tab
 * or a carriage return) gets a leading apostrophe, as OWASP advises: a
 * spreadsheet would otherwise run "=HYPERLINK(...)" typed as a name.
 */
#include "report/report.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const COLUMNS[] = {
    "v", "session", "scenario", "scenario_hash", "player", "employee_id", "mode", "lang",
    "seed", "started", "duration_s", "completed", "ending", "outcome", "detect_points",
    "detect_max", "detect_pct", "respond_points", "respond_max", "respond_pct", "score",
    "passed", "steps_answered", "steps_best", "missed_steps", "answers", "source",
};

/* One field and the comma or line end after it. typed: a text a player
 * or a file supplied, guarded against being read as a formula. */
static int field(bd_buf *out, const char *s, int typed, int last)
{
    int guard = typed && s[0] && strchr("=+-@\t\r", s[0]);
    int quote = strpbrk(s, ",\"\r\n") != NULL;
    int rc = quote ? bd_buf_add(out, "\"", 1) : 0;
    if (guard)
        rc |= bd_buf_add(out, "'", 1);
    while (*s) {
        size_t run = strcspn(s, "\"");
        rc |= bd_buf_add(out, s, run);
        s += run;
        if (*s == '"') {
            rc |= bd_buf_add(out, "\"\"", 2);
            s++;
        }
    }
    if (quote)
        rc |= bd_buf_add(out, "\"", 1);
    return rc | bd_buf_add(out, last ? "\r\n" : ",", last ? 2 : 1);
}

/* A number as JSON would show it: no trailing zeros ("312.4", "40"). */
static int number(bd_buf *out, double v)
{
    char s[64];
    snprintf(s, sizeof s, "%.3f", round(v * 1000.0) / 1000.0);
    char *end = s + strlen(s);
    while (end[-1] == '0')
        *--end = '\0';
    if (end[-1] == '.')
        end[-1] = '\0';
    return field(out, s, 0, 0);
}

static int whole(bd_buf *out, long long v)
{
    char s[32];
    snprintf(s, sizeof s, "%lld", v);
    return field(out, s, 0, 0);
}

/* Space-separated: the step ids missed, or the answers as `run --answers`
 * takes them, so a trainer can replay a session. */
static int joined(bd_buf *out, const report_session *s, int answers)
{
    bd_buf b = { 0 };
    int rc = bd_buf_printf(&b, "%s", "");
    for (size_t i = 0; rc == 0 && i < s->n_steps; i++) {
        const report_step *st = &s->steps[i];
        if (!answers && st->best)
            continue;
        rc = bd_buf_printf(&b, "%s%s", b.len ? " " : "", answers ? st->answer : st->step);
    }
    if (rc == 0)
        rc = field(out, (char *)b.data, 0, 0);
    bd_buf_free(&b);
    return rc;
}

static int row(bd_buf *out, const report_session *s, int pass_mark)
{
    size_t best = 0;
    for (size_t i = 0; i < s->n_steps; i++)
        best += s->steps[i].best != 0;
    char source[4200];
    snprintf(source, sizeof source, "%s:%zu", s->file, s->line);
    int rc = whole(out, RECORD_VERSION);  /* only known versions are read */
    rc |= field(out, s->session, 1, 0);
    rc |= field(out, s->scenario, 1, 0);
    rc |= field(out, s->scenario_hash, 1, 0);
    rc |= field(out, s->player, 1, 0);
    rc |= field(out, s->employee_id, 1, 0);
    rc |= field(out, s->mode, 1, 0);
    rc |= field(out, s->lang, 1, 0);
    rc |= s->has_seed ? whole(out, s->seed) : field(out, "", 0, 0);
    rc |= field(out, s->started, 0, 0);
    rc |= number(out, s->duration_s);
    rc |= field(out, s->completed ? "true" : "false", 0, 0);
    rc |= field(out, s->ending, 1, 0);
    rc |= field(out, s->outcome, 0, 0);
    rc |= whole(out, s->detect.points) | whole(out, s->detect.max) | whole(out, s->detect.pct);
    rc |= whole(out, s->respond.points) | whole(out, s->respond.max) | whole(out, s->respond.pct);
    rc |= whole(out, s->score);
    rc |= field(out, report_passed(s, pass_mark) ? "true" : "false", 0, 0);
    rc |= whole(out, (long long)s->n_steps) | whole(out, (long long)best);
    rc |= joined(out, s, 0) | joined(out, s, 1);
    rc |= field(out, source, 1, 1);
    return rc;
}

int report_csv(const report_set *set, int pass_mark, report_sink *sink)
{
    bd_buf *out = &sink->buf;
    int rc = bd_buf_add(out, "\xEF\xBB\xBF", 3);
    size_t n = sizeof COLUMNS / sizeof *COLUMNS;
    for (size_t k = 0; k < n; k++)
        rc |= field(out, COLUMNS[k], 0, k + 1 == n);
    for (size_t i = 0; rc == 0 && i < set->n; i++)
        rc = row(out, &set->v[i], pass_mark) | report_sink_drain(sink);
    return rc ? -1 : 0;
}
