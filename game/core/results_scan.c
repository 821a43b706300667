/*
 * results_scan — one pass over a JSON-Lines results log, for every reader
 * of it (the list screen and debrief through results_read, the kiosk's
 * figures, a trainer's report).
 *
 * The log is append-only and may be a merge of logs from several machines,
 * so nothing in it is trusted: a line that is torn, too long, not JSON, of
 * a record version we do not know or lacking a field every reader needs is
 * handed to on_bad with the reason, and the rest of the log is still read.
 *
 * Why the whole file is read, with no cap on its size: a record is a few
 * KiB and a player adds a handful a day, so even a kiosk's log of years is
 * tens of MiB; reading only the newest part would make "best score" and
 * "completed" silently wrong for whoever played earlier. What is capped is
 * a line (RESULTS_MAX_LINE, 1 MiB, hundreds of times a real record): cJSON
 * builds a tree several times the size of its text, so a damaged or hostile
 * line of hundreds of MiB would otherwise cost gigabytes in one parse.
 */
#include "core/core.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Checking one record ------------------------------------------------- */

/* The field name of obj, or NULL with "missing field 'shown'" in why. */
static const cJSON *field(const cJSON *obj, const char *name, const char *shown, char *why,
                          size_t whylen)
{
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(obj, name);
    if (!f)
        bd_set_err(why, whylen, "missing field '%s'", shown);
    return f;
}

/* A string field of at most max bytes (0: any length). */
static const char *string_field(const cJSON *obj, const char *name, size_t max, char *why,
                                size_t whylen)
{
    const cJSON *f = field(obj, name, name, why, whylen);
    if (!f)
        return NULL;
    if (!cJSON_IsString(f) || !f->valuestring) {
        bd_set_err(why, whylen, "field '%s' is not a string", name);
        return NULL;
    }
    if (max && strlen(f->valuestring) > max) {
        bd_set_err(why, whylen, "field '%s' is longer than %zu bytes", name, max);
        return NULL;
    }
    return f->valuestring;
}

/* A percentage or score: a whole number from 0 to 100. Scores outside that
 * would make one broken record everyone's "best". */
static int pct_field(const cJSON *obj, const char *name, const char *shown, int *out, char *why,
                     size_t whylen)
{
    const cJSON *f = field(obj, name, shown, why, whylen);
    if (!f)
        return -1;
    double d = f->valuedouble;
    if (!cJSON_IsNumber(f) || !(d >= 0.0 && d <= 100.0) || (double)(int)d != d) {
        bd_set_err(why, whylen, "field '%s' is not a whole number from 0 to 100", shown);
        return -1;
    }
    *out = (int)d;
    return 0;
}

/* axis.pct of an axis object ("detect", "respond"). */
static int axis_pct(const cJSON *rec, const char *axis, int *out, char *why, size_t whylen)
{
    const cJSON *o = field(rec, axis, axis, why, whylen);
    if (!o)
        return -1;
    if (!cJSON_IsObject(o)) {
        bd_set_err(why, whylen, "field '%s' is not an object", axis);
        return -1;
    }
    char shown[32];
    snprintf(shown, sizeof shown, "%s.pct", axis);
    return pct_field(o, "pct", shown, out, why, whylen);
}

/* "2026-01-01T10:00:00Z" as record_time writes it, or with fractions of a
 * second before the Z: the attempts are ordered by comparing these as text,
 * which is only right for UTC times in this one layout. */
static int is_utc_time(const char *s)
{
    static const char pat[] = "dddd-dd-ddTdd:dd:dd";
    size_t n = strlen(s);
    if (n < sizeof pat || n >= sizeof ((results_attempt *)0)->started || s[n - 1] != 'Z')
        return 0;
    for (size_t i = 0; i < sizeof pat - 1; i++)
        if (pat[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != pat[i])
            return 0;
    return 1;
}

/* Fills a from a parsed record. Strings point into rec (scenario, player)
 * until the caller copies them. 0, or -1 with why. */
static int check_record(const cJSON *rec, results_attempt *a, char *why, size_t whylen)
{
    if (!cJSON_IsObject(rec)) {
        bd_set_err(why, whylen, "not a JSON object");
        return -1;
    }
    /* The version first: a newer record may lack what a v1 record has, and
     * "unknown version" is the useful message then. */
    const cJSON *v = field(rec, "v", "v", why, whylen);
    if (!v)
        return -1;
    if (!cJSON_IsNumber(v)) {
        bd_set_err(why, whylen, "field 'v' is not a number");
        return -1;
    }
    if (v->valuedouble != RECORD_VERSION) {
        bd_set_err(why, whylen, "record version %g is not known", v->valuedouble);
        return -1;
    }
    const char *uuid = string_field(rec, "session", sizeof a->session - 1, why, whylen);
    if (!uuid)
        return -1;
    if (!*uuid) {
        bd_set_err(why, whylen, "field 'session' is empty");
        return -1;
    }
    const char *scenario = string_field(rec, "scenario", 0, why, whylen);
    const char *player = scenario ? string_field(rec, "player", 0, why, whylen) : NULL;
    const char *started = player ? string_field(rec, "started", 0, why, whylen) : NULL;
    if (!started)
        return -1;
    if (!is_utc_time(started)) {
        bd_set_err(why, whylen, "field 'started' is not a time like 2026-01-01T10:00:00Z");
        return -1;
    }
    const cJSON *completed = field(rec, "completed", "completed", why, whylen);
    if (!completed)
        return -1;
    if (!cJSON_IsBool(completed)) {
        bd_set_err(why, whylen, "field 'completed' is not true or false");
        return -1;
    }
    const cJSON *outcome = field(rec, "outcome", "outcome", why, whylen);
    if (!outcome)
        return -1;
    /* The contract: a completed session's ending is good, mixed or bad; an
     * abandoned one has none. Anything else would count an abandoned
     * session among the endings, or an ending no one can name. */
    if (cJSON_IsTrue(completed)
            ? !cJSON_IsString(outcome) || (strcmp(outcome->valuestring, "good") != 0 &&
                                           strcmp(outcome->valuestring, "mixed") != 0 &&
                                           strcmp(outcome->valuestring, "bad") != 0)
            : !cJSON_IsNull(outcome)) {
        bd_set_err(why, whylen, cJSON_IsTrue(completed)
                                    ? "field 'outcome' is not \"good\", \"mixed\" or \"bad\""
                                    : "field 'outcome' is not null in a session not completed");
        return -1;
    }
    const cJSON *duration = field(rec, "duration_s", "duration_s", why, whylen);
    if (!duration)
        return -1;
    /* Written this way, NaN and infinities fail too. */
    if (!cJSON_IsNumber(duration) || !(duration->valuedouble >= 0.0 && duration->valuedouble < 1e12)) {
        bd_set_err(why, whylen, "field 'duration_s' is not a number of seconds");
        return -1;
    }
    if (pct_field(rec, "score", "score", &a->score, why, whylen) < 0 ||
        axis_pct(rec, "detect", &a->detect_pct, why, whylen) < 0 ||
        axis_pct(rec, "respond", &a->respond_pct, why, whylen) < 0)
        return -1;

    a->scenario = (char *)scenario;
    a->player = (char *)player;
    snprintf(a->session, sizeof a->session, "%s", uuid);
    snprintf(a->started, sizeof a->started, "%s", started);
    a->completed = cJSON_IsTrue(completed);
    snprintf(a->outcome, sizeof a->outcome, "%s",
             cJSON_IsString(outcome) ? outcome->valuestring : "");
    a->duration_s = duration->valuedouble;
    return 0;
}

/* ---- Reading the log ------------------------------------------------------ */

__attribute__((format(printf, 3, 4)))
static void bad_line(results_scan *s, size_t lineno, const char *fmt, ...)
{
    char why[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    s->on_bad(s, lineno, why);
}

/* One line, without its newline (NUL-terminated in place). 0, or -1 when
 * a reader stops the scan. */
static int scan_line(results_scan *s, char *line, size_t len, size_t lineno)
{
    /* A log edited on Windows ends lines in \r\n; the \r is not part of
     * the record, and an export should not carry it. */
    if (len > 0 && line[len - 1] == '\r')
        line[--len] = '\0';
    size_t blank = strspn(line, " \t");
    if (blank == len)
        return 0;  /* an empty line holds no record, so it is not a damaged one */
    if (len > RESULTS_MAX_LINE) {
        bad_line(s, lineno, "line longer than %u MiB", RESULTS_MAX_LINE / (1024u * 1024u));
        return 0;
    }
    if (strlen(line) != len) {
        bad_line(s, lineno, "not JSON (a NUL byte in the line)");
        return 0;
    }
    const char *end = NULL;
    errno = 0;
    cJSON *rec = cJSON_ParseWithOpts(line, &end, 1);
    if (!rec && errno == ENOMEM)
        return -1;  /* memory, not the line: a reader must not skip a good record */
    if (!rec) {
        bad_line(s, lineno, "not JSON (column %zu)", end ? (size_t)(end - line) + 1 : (size_t)1);
        return 0;
    }
    results_attempt a = { 0 };
    char why[200];
    int rc = 0;
    if (check_record(rec, &a, why, sizeof why) < 0) {
        bad_line(s, lineno, "%s", why);
    } else {
        why[0] = '\0';
        rc = s->on_record(s, rec, &a, line, len, lineno, why, sizeof why);
        if (rc > 0) {
            bad_line(s, lineno, "%s", why);
            rc = 0;
        }
    }
    cJSON_Delete(rec);
    return rc;
}

int results_scan_file(results_scan *s, char *err, size_t errlen)
{
    size_t len;
    char *text = file_read_all(s->path, &len, err, errlen);
    if (!text)
        return -1;
    int rc = 0;
    size_t lineno = 1, at = 0;
    while (rc == 0 && at < len) {
        char *line = text + at;
        char *nl = memchr(line, '\n', len - at);
        if (!nl) {
            /* results_append trims a line without its newline before the
             * next record, even one that happens to parse, so counting it
             * as a record now would show an attempt that later vanishes. */
            if (strspn(line, " \t\r") < len - at)
                bad_line(s, lineno, "torn last line (no newline at the end)");
            break;
        }
        *nl = '\0';
        rc = scan_line(s, line, (size_t)(nl - line), lineno);
        at = (size_t)(nl - text) + 1;
        lineno++;
    }
    free(text);
    if (rc < 0)
        bd_set_err(err, errlen, "%s: out of memory", s->path);
    return rc;
}
