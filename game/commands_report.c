/*
 * commands_report — `breachdrill report FILE.jsonl... [--csv OUT] [--xapi OUT]
 * [--html OUT]`: the trainer's summary of collected results logs on stdout,
 * and the exports they name, each written crash-safely. Bad lines are
 * warned about on stderr with their file and line and counted; they never
 * change the exit status (0), as the contract says. A log that cannot be
 * read at all is a usage error (2), like a missing file anywhere else.
 */
#include "commands.h"

#include "core/core.h"
#include "report/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* An activity base that is ours to use when the trainer names none: the
 * reserved .invalid domain, so that nobody else's activities are claimed. */
#define DEFAULT_ACTIVITY_BASE "https://breachdrill.invalid/xapi/"

typedef struct {
    const char **logs;
    int n_logs;
    const char *out[3];      /* --csv, --xapi, --html */
    const char *config;      /* --config: the trainer's settings */
    const char *pass_mark, *home_page, *activity_base;
} report_options;

static const char *const OUT_FLAGS[3] = { "--csv", "--xapi", "--html" };

static int usage(const char *fmt, const char *arg)
{
    fprintf(stderr, "breachdrill report: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, " (see breachdrill --help)\n");
    return 2;
}

/* -1 to go on, else the exit status. */
static int parse(int argc, char **argv, report_options *o)
{
    static const char *const VALUE_FLAGS[] = { "--config", "--pass-mark", "--home-page",
                                               "--activity-base" };
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (a[0] != '-') {
            o->logs[o->n_logs++] = a;
            continue;
        }
        const char **slot = NULL;
        for (int k = 0; k < 3; k++)
            if (strcmp(a, OUT_FLAGS[k]) == 0)
                slot = &o->out[k];
        const char **value[] = { &o->config, &o->pass_mark, &o->home_page, &o->activity_base };
        for (size_t k = 0; k < sizeof VALUE_FLAGS / sizeof *VALUE_FLAGS; k++)
            if (strcmp(a, VALUE_FLAGS[k]) == 0)
                slot = value[k];
        if (!slot)
            return usage("unknown option '%s'", a);
        if (!v)
            return usage("%s needs a value", a);
        *slot = v;
        i++;
    }
    if (o->n_logs == 0)
        return usage("no results log given%s", "");
    return -1;
}

/* The trainer's config, then the flags over it. -1 to go on, else 2. */
static int settings(const report_options *o, config *cfg)
{
    char path[4096], err[BD_ERR_LEN];
    const char *file = o->config;
    bd_paths up;
    if (!file && paths_user(&up, err, sizeof err) == 0) {
        snprintf(path, sizeof path, "%s", up.config);
        file = path;
    }
    struct stat st;
    if (o->config && stat(o->config, &st) != 0)
        return usage("cannot read config '%s'", o->config);
    if (config_load(cfg, file, err, sizeof err) < 0)
        fprintf(stderr, "breachdrill report: %s\n", err);  /* defaults for what was bad */
    if (o->pass_mark) {
        char *end;
        long v = strtol(o->pass_mark, &end, 10);
        if (!o->pass_mark[0] || *end || v < 0 || v > 100)
            return usage("bad pass mark '%s' (a whole number from 0 to 100)", o->pass_mark);
        cfg->pass_mark = (int)v;
    }
    if (o->home_page) {
        if (!config_iri_ok(o->home_page, 1) || strlen(o->home_page) >= sizeof cfg->xapi_home_page)
            return usage("bad home page '%s' (a web address such as https://lms.example.com)",
                         o->home_page);
        snprintf(cfg->xapi_home_page, sizeof cfg->xapi_home_page, "%s", o->home_page);
    }
    if (o->activity_base) {
        if (!config_iri_ok(o->activity_base, 0) ||
            strlen(o->activity_base) >= sizeof cfg->xapi_activity_base)
            return usage("bad activity base '%s' (an IRI such as https://example.com/xapi/)",
                         o->activity_base);
        snprintf(cfg->xapi_activity_base, sizeof cfg->xapi_activity_base, "%s", o->activity_base);
    }
    return -1;
}

static void warn_line(void *ctx, const char *path, size_t line, const char *why)
{
    (void)ctx;
    fprintf(stderr, "%s:%zu: skipped: %s\n", path, line, why);
}

/* 1 if path names the same file as one of the logs: an export written over
 * a log would destroy the records it came from. */
static int is_a_log(const report_options *o, const char *path)
{
    struct stat out, in;
    if (stat(path, &out) != 0)
        return 0;
    for (int i = 0; i < o->n_logs; i++)
        if (stat(o->logs[i], &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino)
            return 1;
    return 0;
}

/* Hands the export's text to its temp file (report_sink's flush). */
static int flush_to_file(report_sink *s)
{
    file_atomic *f = s->ctx;
    char err[BD_ERR_LEN];
    int rc = file_atomic_write(f, s->buf.data, s->buf.len, err, sizeof err);
    if (rc < 0)
        fprintf(stderr, "breachdrill report: %s\n", err);
    s->buf.len = 0;
    return rc;
}

/* Writes one export, k an index into OUT_FLAGS, piece by piece into a temp
 * file renamed over the target at the end: a failure leaves any earlier
 * file there whole. 0; 2 when the file cannot be written (like a log that
 * cannot be read), 1 when memory ran out; said on stderr. */
static int write_output(int k, const char *path, const report_set *set,
                        const report_summary *sum, const config *cfg, const report_xapi_opts *xo)
{
    char err[BD_ERR_LEN];
    file_atomic f;
    /* An existing export keeps its mode; a new one gets the user's umask,
     * as any new file would: exports hold names and employee IDs, and a
     * trainer with umask 077 means them to stay private. */
    mode_t mask = umask(0);
    umask(mask);
    unsigned mode = file_mode_of(path, 0666u & ~(unsigned)mask);
    if (file_atomic_begin(&f, path, mode, err, sizeof err) < 0) {
        fprintf(stderr, "breachdrill report: %s\n", err);
        return 2;
    }
    report_sink sink = { { 0 }, flush_to_file, &f };
    int rc = k == 0 ? report_csv(set, cfg->pass_mark, &sink)
           : k == 1 ? report_xapi(set, xo, &sink)
                    : report_html(set, sum, &sink.buf);
    if (rc == 0 && f.fd >= 0)
        rc = flush_to_file(&sink);  /* what is left */
    else if (rc < 0 && f.fd >= 0)
        fprintf(stderr, "breachdrill report: %s: out of memory\n", path);
    bd_buf_free(&sink.buf);
    if (rc < 0 || f.fd < 0) {
        int oom = f.fd >= 0;   /* flush_to_file closed it on a failed write */
        file_atomic_abort(&f);
        return oom ? 1 : 2;
    }
    if (file_atomic_commit(&f, err, sizeof err) < 0) {
        fprintf(stderr, "breachdrill report: %s\n", err);
        return 2;
    }
    return 0;
}

/* Writes the exports the trainer asked for: 0, or the status of the last
 * that failed (the others are still written). */
static int write_outputs(const report_options *o, const report_set *set, const report_summary *sum,
                         const config *cfg)
{
    char base[sizeof cfg->xapi_activity_base + 1];
    snprintf(base, sizeof base, "%s", cfg->xapi_activity_base[0] ? cfg->xapi_activity_base
                                                                   : DEFAULT_ACTIVITY_BASE);
    size_t blen = strlen(base);
    if (base[blen - 1] != '/' && base[blen - 1] != '#' && base[blen - 1] != ':')
        base[blen] = '/', base[blen + 1] = '\0';
    report_xapi_opts xo = { cfg->xapi_home_page, base, cfg->pass_mark };
    int status = 0;
    for (int k = 0; k < 3; k++) {
        int rc = o->out[k] ? write_output(k, o->out[k], set, sum, cfg, &xo) : 0;
        status = rc ? rc : status;
    }
    return status;
}

int commands_report(int argc, char **argv)
{
    report_options o = { 0 };
    o.logs = calloc((size_t)argc + 1, sizeof *o.logs);
    if (!o.logs)
        return 1;
    config cfg;
    int status = parse(argc, argv, &o);
    if (status < 0)
        status = settings(&o, &cfg);
    for (int k = 0; status < 0 && k < 3; k++)
        if (o.out[k] && is_a_log(&o, o.out[k]))
            status = usage("'%s' is one of the results logs; export to another file", o.out[k]);
    report_set set = { 0 };
    char err[BD_ERR_LEN];
    for (int i = 0; status < 0 && i < o.n_logs; i++) {
        struct stat st;
        if (stat(o.logs[i], &st) != 0 || !S_ISREG(st.st_mode))
            status = usage("cannot read results log '%s'", o.logs[i]);
        else if (report_read(&set, o.logs[i], warn_line, NULL, err, sizeof err) < 0)
            status = usage("%s", err);
    }
    report_summary sum = { 0 };
    if (status < 0 && (report_sort(&set) < 0 || report_summarise(&set, cfg.pass_mark, &sum) < 0)) {
        fprintf(stderr, "breachdrill report: out of memory\n");
        status = 1;
    }
    if (status < 0) {
        bd_buf text = { 0 };
        if (report_text(&set, &sum, &text) == 0)
            fwrite(text.data, 1, text.len, stdout);
        bd_buf_free(&text);
        status = write_outputs(&o, &set, &sum, &cfg);
    }
    report_summary_free(&sum);
    report_set_free(&set);
    free(o.logs);
    return status;
}
