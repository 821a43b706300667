/*
 * results_read — reading the results log back: per scenario the player's
 * best score and whether they completed it (the list screen), their earlier
 * attempts (the debrief), and an export of their own records.
 *
 * The log is append-only and may be a merge of logs from several machines,
 * so nothing in it is trusted: a line that is torn, too long, not JSON, of
 * a record version we do not know or lacking a field we need is skipped,
 * counted and (the first one) described with its file and line, and the
 * rest of the log is still read. A session is kept once however often a
 * merge repeated it, because its UUID is unique by contract.
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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Sessions already kept, so a repeated one is dropped: an open-addressing
 * table of indices into the history (plus one; 0 is an empty slot). A
 * merged log can hold a hundred thousand records, too many to compare each
 * new one with all before it. */
typedef struct {
    size_t *slot;
    size_t cap, used;
} seen_set;

/* What one pass over a log keeps and where it reports. */
typedef struct {
    const char *path;
    const char *player;     /* NULL: everyone */
    results_history *h;
    bd_buf *lines;          /* export: the kept records' lines; NULL when reading */
    seen_set seen;
    char *warn;
    size_t warnlen;
} reader;

/* ---- Sessions seen ------------------------------------------------------- */

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603u;  /* FNV-1a: short keys, no need for more */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* The slot holding uuid, or the empty slot where it would go. cap is a
 * power of two and the table at most half full, so the probe ends. */
static size_t *seen_slot(const seen_set *s, const results_history *h, const char *uuid)
{
    size_t mask = s->cap - 1, i = (size_t)hash_str(uuid) & mask;
    while (s->slot[i] && strcmp(h->v[s->slot[i] - 1].session, uuid) != 0)
        i = (i + 1) & mask;
    return &s->slot[i];
}

/* Makes room for one more entry; -1 when out of memory. */
static int seen_reserve(seen_set *s, const results_history *h)
{
    if ((s->used + 1) * 2 <= s->cap)
        return 0;
    size_t cap = s->cap ? s->cap * 2 : 64;
    if (cap > SIZE_MAX / sizeof(size_t))
        return -1;
    seen_set bigger = { calloc(cap, sizeof(size_t)), cap, s->used };
    if (!bigger.slot)
        return -1;
    for (size_t i = 0; i < s->cap; i++)
        if (s->slot[i])
            *seen_slot(&bigger, h, h->v[s->slot[i] - 1].session) = s->slot[i];
    free(s->slot);
    *s = bigger;
    return 0;
}

/* ---- Checking one record ------------------------------------------------- */

/* Counts a bad line; the first one is described in warn. */
__attribute__((format(printf, 3, 4)))
static void bad_line(reader *r, size_t line, const char *fmt, ...)
{
    if (r->h->n_bad++ > 0 || !r->warn || r->warnlen == 0)
        return;
    char why[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    bd_set_err(r->warn, r->warnlen, "%s:%zu: %s", r->path, line, why);
}

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
    if (!cJSON_IsNull(outcome) &&
        (!cJSON_IsString(outcome) || strlen(outcome->valuestring) >= sizeof a->outcome)) {
        bd_set_err(why, whylen, "field 'outcome' is not null or an outcome such as \"good\"");
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

/* Adds a checked attempt (its strings borrowed) unless its session was kept
 * before; line is its text for an export. -1 when out of memory. */
static int keep(reader *r, const results_attempt *a, const char *line, size_t len)
{
    results_history *h = r->h;
    if (seen_reserve(&r->seen, h) < 0)
        return -1;
    size_t *slot = seen_slot(&r->seen, h, a->session);
    if (*slot) {
        h->n_duplicates++;
        return 0;
    }
    if (bd_grow((void **)&h->v, &h->cap, h->n + 1, sizeof *h->v) < 0)
        return -1;
    results_attempt copy = *a;
    copy.scenario = strdup(a->scenario);
    copy.player = strdup(a->player);
    if (!copy.scenario || !copy.player) {
        free(copy.scenario);
        free(copy.player);
        return -1;
    }
    if (r->lines && (bd_buf_add(r->lines, line, len) < 0 || bd_buf_add(r->lines, "\n", 1) < 0)) {
        free(copy.scenario);
        free(copy.player);
        return -1;
    }
    h->v[h->n++] = copy;
    *slot = h->n;
    r->seen.used++;
    return 0;
}

/* One line, without its newline (NUL-terminated in place). 0, or -1 when
 * out of memory. */
static int read_line(reader *r, char *line, size_t len, size_t lineno)
{
    /* A log edited on Windows ends lines in \r\n; the \r is not part of
     * the record, and an export should not carry it. */
    if (len > 0 && line[len - 1] == '\r')
        line[--len] = '\0';
    size_t blank = strspn(line, " \t");
    if (blank == len)
        return 0;  /* an empty line holds no record, so it is not a damaged one */
    if (len > RESULTS_MAX_LINE) {
        bad_line(r, lineno, "line longer than %u MiB", RESULTS_MAX_LINE / (1024u * 1024u));
        return 0;
    }
    if (strlen(line) != len) {
        bad_line(r, lineno, "not JSON (a NUL byte in the line)");
        return 0;
    }
    const char *end = NULL;
    cJSON *rec = cJSON_ParseWithOpts(line, &end, 1);
    if (!rec) {
        bad_line(r, lineno, "not JSON (column %zu)", end ? (size_t)(end - line) + 1 : (size_t)1);
        return 0;
    }
    results_attempt a = { 0 };
    char why[160];
    int rc = 0;
    if (check_record(rec, &a, why, sizeof why) < 0)
        bad_line(r, lineno, "%s", why);
    else if (!r->player || strcmp(a.player, r->player) == 0)
        rc = keep(r, &a, line, len);
    cJSON_Delete(rec);
    return rc;
}

/* 1 if a was started before b (to the second; finer is noise between
 * machines' clocks, and ties keep the log's order). */
static int started_before(const results_attempt *a, const results_attempt *b)
{
    return strncmp(a->started, b->started, 19) < 0;
}

/* Orders the attempts by start, stably, so that ties keep the log's order
 * (qsort is not stable). A merge sort: logs merged from many machines can be
 * large and far from ordered. -1 when out of memory. */
static int sort_by_start(results_history *h)
{
    size_t n = h->n, i;
    for (i = 1; i < n && !started_before(&h->v[i], &h->v[i - 1]); i++)
        ;
    if (i >= n)
        return 0;  /* one machine's log is in order already: the common case */
    results_attempt *tmp = malloc(n * sizeof *tmp);
    if (!tmp)
        return -1;
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = mid + width < n ? mid + width : n;
            size_t a = lo, b = mid, k = lo;
            while (a < mid && b < hi)
                tmp[k++] = started_before(&h->v[b], &h->v[a]) ? h->v[b++] : h->v[a++];
            while (a < mid)
                tmp[k++] = h->v[a++];
            while (b < hi)
                tmp[k++] = h->v[b++];
        }
        memcpy(h->v, tmp, n * sizeof *tmp);
    }
    free(tmp);
    return 0;
}

/* What results_read and results_export share: one pass over the log. */
static int read_log(const char *path, const char *player, results_history *out, bd_buf *lines,
                    char *warn, size_t warnlen)
{
    memset(out, 0, sizeof *out);
    bd_set_err(warn, warnlen, "%s", "");
    if (!path || !*path) {
        bd_set_err(warn, warnlen, "results log: no path given");
        return -1;
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        /* Nobody has played on this machine yet. */
        if (errno == ENOENT || errno == ENOTDIR)
            return 0;
        bd_set_err(warn, warnlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    size_t len;
    char *text = file_read_all(path, &len, warn, warnlen);
    if (!text)
        return -1;

    reader r = { path, player, out, lines, { NULL, 0, 0 }, warn, warnlen };
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
                bad_line(&r, lineno, "torn last line (no newline at the end)");
            break;
        }
        *nl = '\0';
        rc = read_line(&r, line, (size_t)(nl - line), lineno);
        at = (size_t)(nl - text) + 1;
        lineno++;
    }
    free(r.seen.slot);
    free(text);
    if (rc == 0 && sort_by_start(out) < 0)
        rc = -1;
    if (rc < 0)
        bd_set_err(warn, warnlen, "%s: out of memory", path);
    return rc;
}

/* ---- The public side ------------------------------------------------------ */

int results_read(const char *path, const char *player, results_history *out, char *warn,
                 size_t warnlen)
{
    return read_log(path, player, out, NULL, warn, warnlen);
}

static int same_scenario(const results_attempt *a, const char *scenario)
{
    return scenario && strcmp(a->scenario, scenario) == 0;
}

int results_best_score(const results_history *h, const char *scenario)
{
    int best = -1;
    for (size_t i = 0; i < h->n; i++)
        if (h->v[i].completed && same_scenario(&h->v[i], scenario) && h->v[i].score > best)
            best = h->v[i].score;
    return best;
}

int results_completed(const results_history *h, const char *scenario)
{
    for (size_t i = 0; i < h->n; i++)
        if (h->v[i].completed && same_scenario(&h->v[i], scenario))
            return 1;
    return 0;
}

size_t results_attempts(const results_history *h, const char *scenario,
                        const results_attempt **out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < h->n; i++) {
        if (!same_scenario(&h->v[i], scenario))
            continue;
        if (out && n < max)
            out[n] = &h->v[i];
        n++;
    }
    return n;
}

void results_history_free(results_history *h)
{
    if (!h)
        return;
    for (size_t i = 0; i < h->n; i++) {
        free(h->v[i].scenario);
        free(h->v[i].player);
    }
    free(h->v);
    memset(h, 0, sizeof *h);
}

int results_export(const char *log_path, const char *player, const char *out_path,
                   size_t *n_written, char *err, size_t errlen)
{
    if (n_written)
        *n_written = 0;
    if (!out_path || !*out_path) {
        bd_set_err(err, errlen, "export: no file to write given");
        return -1;
    }
    /* Replacing the log with one player's records would delete everyone
     * else's, so the export never writes over the log it reads. */
    struct stat a, b;
    if (log_path && stat(log_path, &a) == 0 && stat(out_path, &b) == 0 &&
        a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
        bd_set_err(err, errlen, "%s: is the results log itself; export to another file",
                   out_path);
        return -1;
    }
    results_history h;
    bd_buf lines = { 0 };
    char warn[BD_ERR_LEN];
    int rc = read_log(log_path, player, &h, &lines, warn, sizeof warn);
    if (rc == 0)
        rc = file_write_atomic(out_path, lines.data, lines.len, err, errlen);
    else
        bd_set_err(err, errlen, "%s", warn);
    if (rc == 0) {
        bd_set_err(err, errlen, "%s", warn);  /* a bad line skipped, or "" */
        if (n_written)
            *n_written = h.n;
    }
    results_history_free(&h);
    bd_buf_free(&lines);
    return rc;
}
