/*
 * report_read — the records of any number of results logs, merged: each
 * session once (the first read wins; a session's record is written once,
 * so a repeat is the same record collected twice), every bad line handed
 * to the caller's warning with its file and line.
 *
 * results_scan checks what every reader needs; the report needs the rest
 * of the contract's record too (the axes' points and maximum, the steps),
 * and a record without them is as bad as a torn one: it is skipped whole
 * rather than shown with holes.
 */
#include "report/report.h"

#include <cjson/cJSON.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    report_set *set;
    const char *file;       /* set->files' copy of the path */
    report_warn_fn warn;
    void *warn_ctx;
} read_ctx;

/* ---- Fields beyond results_scan's ---------------------------------------- */

/* What the readers below return when memory runs out, apart from a bad
 * record (-1): that stops the whole report rather than skipping a line. */
#define OUT_OF_MEMORY (-2)

__attribute__((format(printf, 3, 4)))
static int fail(char *why, size_t whylen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, whylen, fmt, ap);
    va_end(ap);
    return -1;
}

/* A whole number in a JSON number, within +-1e9 (points, places, seeds). */
static int whole(const cJSON *f, long long *out)
{
    if (!cJSON_IsNumber(f))
        return -1;
    double d = f->valuedouble;
    if (!(d >= -1e9 && d <= 1e10) || (double)(long long)d != d)
        return -1;
    *out = (long long)d;
    return 0;
}

static int int_field(const cJSON *obj, const char *name, const char *shown, int *out, char *why,
                     size_t whylen)
{
    long long v;
    if (whole(cJSON_GetObjectItemCaseSensitive(obj, name), &v) < 0 || v < -1000000000LL ||
        v > 1000000000LL)
        return fail(why, whylen, "field '%s' is missing or not a whole number", shown);
    *out = (int)v;
    return 0;
}

/* An optional string: "" when absent or null, the record bad when it is
 * something else. Copied. */
static int opt_string(const cJSON *obj, const char *name, char **out, char *why, size_t whylen)
{
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(obj, name);
    const char *s = "";
    if (f && !cJSON_IsNull(f)) {
        if (!cJSON_IsString(f) || !f->valuestring)
            return fail(why, whylen, "field '%s' is not a string", name);
        s = f->valuestring;
    }
    *out = strdup(s);
    return *out ? 0 : OUT_OF_MEMORY;
}

static int axis(const cJSON *rec, const char *name, int pct, report_axis *out, char *why,
                size_t whylen)
{
    const cJSON *o = cJSON_GetObjectItemCaseSensitive(rec, name);
    char shown[32];
    out->pct = pct;
    snprintf(shown, sizeof shown, "%s.points", name);
    if (int_field(o, "points", shown, &out->points, why, whylen) < 0)
        return -1;
    snprintf(shown, sizeof shown, "%s.max", name);
    return int_field(o, "max", shown, &out->max, why, whylen);
}

static void step_free(report_step *st)
{
    free(st->step);
    free(st->answer);
    free(st->picked);
}

static int read_step(const cJSON *o, size_t i, report_step *st, char *why, size_t whylen)
{
    char shown[48];
    if (!cJSON_IsObject(o))
        return fail(why, whylen, "steps[%zu] is not an object", i);
    const cJSON *step = cJSON_GetObjectItemCaseSensitive(o, "step");
    const cJSON *answer = cJSON_GetObjectItemCaseSensitive(o, "answer");
    const cJSON *picked = cJSON_GetObjectItemCaseSensitive(o, "picked");
    const cJSON *best = cJSON_GetObjectItemCaseSensitive(o, "best");
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "t");
    if (!cJSON_IsString(step) || !step->valuestring[0])
        return fail(why, whylen, "steps[%zu].step is missing or not a step id", i);
    if (!cJSON_IsString(answer))
        return fail(why, whylen, "steps[%zu].answer is missing or not a string", i);
    if (!cJSON_IsArray(picked))
        return fail(why, whylen, "steps[%zu].picked is missing or not a list", i);
    if (!cJSON_IsBool(best))
        return fail(why, whylen, "steps[%zu].best is missing or not true or false", i);
    if (!cJSON_IsNumber(t) || !(t->valuedouble >= 0.0 && t->valuedouble < 1e12))
        return fail(why, whylen, "steps[%zu].t is missing or not a number of seconds", i);
    snprintf(shown, sizeof shown, "steps[%zu].detect", i);
    if (int_field(o, "detect", shown, &st->detect, why, whylen) < 0)
        return -1;
    snprintf(shown, sizeof shown, "steps[%zu].respond", i);
    if (int_field(o, "respond", shown, &st->respond, why, whylen) < 0)
        return -1;
    size_t n = (size_t)cJSON_GetArraySize(picked);
    st->picked = n ? calloc(n, sizeof *st->picked) : NULL;
    if (n && !st->picked)
        return OUT_OF_MEMORY;
    const cJSON *p;
    cJSON_ArrayForEach(p, picked) {
        long long v;
        if (whole(p, &v) < 0 || v < 0 || v > 1000000)
            return fail(why, whylen, "steps[%zu].picked holds something other than places", i);
        st->picked[st->n_picked++] = (int)v;
    }
    st->best = cJSON_IsTrue(best);
    st->t = t->valuedouble;
    st->step = strdup(step->valuestring);
    st->answer = strdup(answer->valuestring);
    return st->step && st->answer ? 0 : OUT_OF_MEMORY;
}

static int read_steps(const cJSON *rec, report_session *s, char *why, size_t whylen)
{
    const cJSON *steps = cJSON_GetObjectItemCaseSensitive(rec, "steps");
    if (!cJSON_IsArray(steps))
        return fail(why, whylen, "field 'steps' is missing or not a list");
    size_t n = (size_t)cJSON_GetArraySize(steps);
    s->steps = n ? calloc(n, sizeof *s->steps) : NULL;
    if (n && !s->steps)
        return OUT_OF_MEMORY;
    const cJSON *o;
    cJSON_ArrayForEach(o, steps) {
        int rc = read_step(o, s->n_steps, &s->steps[s->n_steps], why, whylen);
        if (rc < 0) {
            step_free(&s->steps[s->n_steps]);
            return rc;
        }
        s->n_steps++;
    }
    return 0;
}

static void record_free(report_session *s)
{
    free(s->scenario);
    free(s->scenario_hash);
    free(s->player);
    free(s->employee_id);
    free(s->mode);
    free(s->lang);
    free(s->ending);
    for (size_t i = 0; i < s->n_steps; i++)
        step_free(&s->steps[i]);
    free(s->steps);
}

/* Everything but what results_scan checked. 0, or -1 with why. */
static int read_rest(const cJSON *rec, report_session *s, char *why, size_t whylen)
{
    const cJSON *seed = cJSON_GetObjectItemCaseSensitive(rec, "seed");
    if (seed && !cJSON_IsNull(seed)) {
        if (whole(seed, &s->seed) < 0 || s->seed < 0)
            return fail(why, whylen, "field 'seed' is not a whole number");
        s->has_seed = 1;
    }
    int rc;
    if ((rc = axis(rec, "detect", s->detect.pct, &s->detect, why, whylen)) < 0 ||
        (rc = axis(rec, "respond", s->respond.pct, &s->respond, why, whylen)) < 0 ||
        (rc = opt_string(rec, "scenario_hash", &s->scenario_hash, why, whylen)) < 0 ||
        (rc = opt_string(rec, "employee_id", &s->employee_id, why, whylen)) < 0 ||
        (rc = opt_string(rec, "mode", &s->mode, why, whylen)) < 0 ||
        (rc = opt_string(rec, "lang", &s->lang, why, whylen)) < 0 ||
        (rc = opt_string(rec, "ending", &s->ending, why, whylen)) < 0)
        return rc;
    return read_steps(rec, s, why, whylen);
}

/* ---- One log -------------------------------------------------------------- */

static int on_record(results_scan *scan, const cJSON *rec, const results_attempt *a,
                     const char *line, size_t len, size_t lineno, char *why, size_t whylen)
{
    (void)line, (void)len;
    read_ctx *c = scan->ctx;
    report_set *set = c->set;
    report_session s = { 0 };
    s.detect.pct = a->detect_pct;
    s.respond.pct = a->respond_pct;
    int rc = read_rest(rec, &s, why, whylen);
    if (rc < 0) {
        record_free(&s);
        return rc == OUT_OF_MEMORY ? -1 : 1;
    }
    int added = uuid_set_add(&set->seen, a->session);
    if (added <= 0) {
        record_free(&s);
        set->n_duplicates += added == 0;
        return added;
    }
    s.scenario = strdup(a->scenario);
    s.player = strdup(a->player);
    if (!s.scenario || !s.player || bd_grow((void **)&set->v, &set->cap, set->n + 1, sizeof *set->v) < 0) {
        record_free(&s);
        return -1;
    }
    snprintf(s.session, sizeof s.session, "%s", a->session);
    snprintf(s.started, sizeof s.started, "%s", a->started);
    snprintf(s.outcome, sizeof s.outcome, "%s", a->outcome);
    s.duration_s = a->duration_s;
    s.completed = a->completed;
    s.score = a->score;
    s.file = c->file;
    s.line = lineno;
    set->v[set->n++] = s;
    return 0;
}

static void on_bad(results_scan *scan, size_t lineno, const char *why)
{
    read_ctx *c = scan->ctx;
    c->set->n_bad++;
    if (c->warn)
        c->warn(c->warn_ctx, scan->path, lineno, why);
}

int report_read(report_set *set, const char *path, report_warn_fn warn, void *warn_ctx,
                char *err, size_t errlen)
{
    char *copy = strdup(path);
    if (!copy || bd_grow((void **)&set->files, &set->files_cap, set->n_files + 1,
                         sizeof *set->files) < 0) {
        free(copy);
        bd_set_err(err, errlen, "%s: out of memory", path);
        return -1;
    }
    set->files[set->n_files++] = copy;
    read_ctx c = { set, copy, warn, warn_ctx };
    results_scan scan = { path, &c, on_record, on_bad };
    return results_scan_file(&scan, err, errlen);
}

/* To the second: finer is noise between machines' clocks. */
static int started_before(const void *a, const void *b)
{
    return strncmp(((const report_session *)a)->started, ((const report_session *)b)->started,
                   19) < 0;
}

int report_sort(report_set *set)
{
    return bd_sort_stable(set->v, set->n, sizeof *set->v, started_before);
}

void report_set_free(report_set *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++)
        record_free(&set->v[i]);
    free(set->v);
    for (size_t i = 0; i < set->n_files; i++)
        free(set->files[i]);
    free(set->files);
    uuid_set_free(&set->seen);
    memset(set, 0, sizeof *set);
}
