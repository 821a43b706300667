/*
 * results_read — reading the results log back: per scenario the player's
 * best score and whether they completed it (the list screen), their earlier
 * attempts (the debrief), and an export of their own records.
 *
 * Lines results_scan finds bad are skipped, counted and (the first one)
 * described with its file and line, and the rest of the log is still read.
 * A session is kept once however often a merge repeated it, because its
 * UUID is unique by contract.
 */
#include "core/core.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* What one pass over a log keeps and where it reports. */
typedef struct {
    const char *player;     /* NULL: everyone */
    results_history *h;
    bd_buf *lines;          /* export: the kept records' lines; NULL when reading */
    uuid_set seen;
    char *warn;
    size_t warnlen;
} reader;

/* Counts a bad line; the first one is described in warn. */
static void bad_line(results_scan *s, size_t lineno, const char *why)
{
    reader *r = s->ctx;
    if (r->h->n_bad++ > 0 || !r->warn || r->warnlen == 0)
        return;
    bd_set_err(r->warn, r->warnlen, "%s:%zu: %s", s->path, lineno, why);
}

/* Adds a checked attempt (its strings borrowed) unless it is another
 * player's or its session was kept before; line is its text for an
 * export. -1 when out of memory. */
static int keep(results_scan *s, const cJSON *rec, const results_attempt *a, const char *line,
                size_t len, size_t lineno, char *why, size_t whylen)
{
    (void)rec, (void)lineno, (void)why, (void)whylen;
    reader *r = s->ctx;
    results_history *h = r->h;
    if (r->player && strcmp(a->player, r->player) != 0)
        return 0;
    int added = uuid_set_add(&r->seen, a->session);
    if (added <= 0) {
        h->n_duplicates += added == 0;
        return added;
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
    return 0;
}

/* 1 if a was started before b (to the second; finer is noise between
 * machines' clocks, and ties keep the log's order). */
static int started_before(const void *a, const void *b)
{
    return strncmp(((const results_attempt *)a)->started, ((const results_attempt *)b)->started,
                   19) < 0;
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
    reader r = { player, out, lines, { NULL, 0, 0 }, warn, warnlen };
    results_scan scan = { path, &r, keep, bad_line };
    char err[BD_ERR_LEN];
    int rc = results_scan_file(&scan, err, sizeof err);
    uuid_set_free(&r.seen);
    if (rc < 0) {
        bd_set_err(warn, warnlen, "%s", err);
        return -1;
    }
    if (bd_sort_stable(out->v, out->n, sizeof *out->v, started_before) < 0) {
        bd_set_err(warn, warnlen, "%s: out of memory", path);
        return -1;
    }
    return 0;
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
