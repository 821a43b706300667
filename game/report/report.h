/*
 * report — a trainer's view of the results logs: who trained, how well,
 * and which lessons did not land; and the same records exported as CSV,
 * xAPI statements for a Learning Record Store, and one printable HTML page.
 *
 * What it is for: reading any number of results logs (merged, each session
 * once, bad lines skipped and counted), the figures computed from them, and
 * each output written into a growing buffer.
 * What it must not do: touch SDL or Lua, print, or write files (the
 * command does, crash-safely); depend on anything in the records beyond
 * the scenario contract's fields, since logs come from other machines and
 * other versions.
 */
#ifndef BD_REPORT_H
#define BD_REPORT_H

#include "core/core.h"

#include <stddef.h>

/* ---- The records (report_read.c) ----------------------------------------- */

/* One answered step of a session, as recorded. */
typedef struct {
    char *step;            /* the step's id */
    char *answer;          /* the token as played: "2", "1+3", "3>1>2", "0" */
    int *picked;           /* what was picked, by place in the file */
    size_t n_picked;
    int detect, respond;   /* points scored on the step */
    int best;              /* 1 if the best answer */
    double t;              /* seconds from the session's start */
} report_step;

typedef struct {
    int points, max, pct;
} report_axis;

/* One session record. Optional fields the record lacked are "" (strings)
 * or has_... 0. */
typedef struct {
    char session[37];
    char *scenario;
    char *scenario_hash;
    char *player;          /* "" when anonymous */
    char *employee_id;     /* "" when none */
    char *mode;            /* "training", "kiosk", "run" */
    char *lang;            /* "en", "ja", "" */
    long long seed;
    int has_seed;
    char started[32];      /* "2026-01-01T10:00:00Z", maybe with fractions */
    double duration_s;
    int completed;
    char *ending;          /* "" when not completed */
    char outcome[8];       /* "good", "mixed", "bad"; "" when not completed */
    report_axis detect, respond;
    int score;
    report_step *steps;
    size_t n_steps;
    const char *file;      /* where it was read (points into report_set.files) */
    size_t line;
} report_session;

/* The sessions read from the logs, in the order they were started (ties:
 * the order read), each session once. */
typedef struct {
    report_session *v;
    size_t n, cap;
    char **files;          /* the logs read, in the order given */
    size_t n_files, files_cap;
    size_t n_bad;          /* lines skipped as bad */
    size_t n_duplicates;   /* records skipped because their session was read before */
    uuid_set seen;         /* the sessions read, across files */
} report_set;

/* Called for each bad line, with the log's path, the line and the reason. */
typedef void (*report_warn_fn)(void *ctx, const char *path, size_t line, const char *why);

/* Reads the log at path into set (zero-initialised before the first call),
 * calling warn (may be NULL) for each line skipped. Returns 0; -1 when the
 * file cannot be read or memory runs out, with err (the set keeps what it
 * had). */
int report_read(report_set *set, const char *path, report_warn_fn warn, void *warn_ctx,
                char *err, size_t errlen);
/* Orders the sessions by start time; call once after the last report_read.
 * -1 when out of memory. */
int report_sort(report_set *set);
void report_set_free(report_set *set);

/* ---- The figures (report_stats.c) ---------------------------------------- */

/* Mean and median of a list of whole numbers; n 0 leaves both 0. */
typedef struct {
    size_t n;
    double mean, median;
} report_spread;

/* How often one option, or for an order step one whole order, was picked. */
typedef struct {
    char *what;            /* "3", or "3>1>2" for an order step */
    size_t picked;         /* answers that picked it */
    size_t best;           /* of those, answers that were best */
} report_option;

/* One step of a scenario across every answer given to it (a step answered
 * twice through a loop counts twice). */
typedef struct {
    char *step;
    size_t answered, best;
    size_t sessions;       /* sessions that answered it at least once */
    int is_order;          /* answers are orders ("3>1>2"): options are whole orders */
    report_option *options; /* most picked first; ties by option */
    size_t n_options, options_cap;
} report_item;

typedef struct {
    char *scenario;
    size_t sessions, completed, passed;
    size_t outcomes[3];    /* completed sessions ending good, mixed, bad */
    report_spread score, detect, respond;   /* over completed sessions */
    size_t score_bins[10]; /* completed sessions by score: 0-9, 10-19, ..., 90-100 */
    double mean_duration_s;                 /* over completed sessions */
    report_item *items;    /* most often missed first (share missed, then answers,
                            * then step id) */
    size_t n_items, items_cap;
} report_scenario;

typedef struct {
    size_t sessions, completed, passed;
    size_t players;        /* distinct named players (employee ID, else name) */
    size_t anonymous;      /* sessions with neither: counted together as one */
    int pass_mark;         /* 0..100: a completed session passes at this score or more */
    report_scenario *per;  /* by scenario id */
    size_t n_per;
} report_summary;

/* Computes the summary of set. Returns 0, -1 when out of memory. */
int report_summarise(const report_set *set, int pass_mark, report_summary *out);
void report_summary_free(report_summary *s);
/* Who played a session: its employee ID, else its player's name, else ""
 * (anonymous). */
const char *report_who(const report_session *s);
/* 1 if a completed session reached the pass mark. */
int report_passed(const report_session *s, int pass_mark);

/* ---- The outputs: report_text.c, report_csv.c, report_xapi.c, report_html.c */

/* Where a large export goes as it is made (report_sink.c): text gathers in
 * buf and flush takes it away, so that an export never sits whole in
 * memory. */
typedef struct report_sink {
    bd_buf buf;
    /* Writes out buf's bytes and empties it; 0, or -1 to stop the export.
     * NULL: everything stays in buf (tests, small exports). */
    int (*flush)(struct report_sink *s);
    void *ctx;
} report_sink;

/* Calls flush once enough text is waiting; the writers call it between
 * sessions. 0, or flush's -1. */
int report_sink_drain(report_sink *s);

/* The printed summary: totals, per scenario, and the item analysis. */
int report_text(const report_set *set, const report_summary *sum, bd_buf *out);
/* One row per session (RFC 4180, UTF-8 with a byte-order mark). */
int report_csv(const report_set *set, int pass_mark, report_sink *out);

/* Where the xAPI statements point. */
typedef struct {
    const char *home_page;      /* the actors' account home page; NULL or "": name-based */
    const char *activity_base;  /* prefix of activity IRIs, ending in "/" */
    int pass_mark;
} report_xapi_opts;

/* The statements as one JSON array, one statement a line. */
int report_xapi(const report_set *set, const report_xapi_opts *o, report_sink *out);
/* One self-contained HTML page: summary, charts as inline SVG, item analysis. */
int report_html(const report_set *set, const report_summary *sum, bd_buf *out);

/* ---- internal: shared by report_html.c and report_svg.c ------------------ */

/* En dash in UTF-8: a range ("10–19"), or a figure that does not exist. */
#define REPORT_DASH "\xe2\x80\x93"

/* Appends s as HTML text or attribute value: & < > " ' escaped, control
 * characters and invalid UTF-8 as U+FFFD, so that no record can add markup
 * or make the page invalid. 0, or -1 when out of memory. */
int report_html_escape(bd_buf *out, const char *s);
/* part of whole in percent, rounded (halves up); 0 when whole is 0. */
int report_percent(size_t part, size_t whole);
/* The charts of one scenario, each an inline <svg role="img"> whose label
 * says its numbers. Scores: completed sessions per score band, with the pass
 * mark. Means: detection, response and score out of 100. Outcomes: good,
 * mixed and bad endings. Missed: a small bar of the share of answers missed. */
int report_svg_scores(bd_buf *out, const report_scenario *sc, int pass_mark);
int report_svg_means(bd_buf *out, const report_scenario *sc);
int report_svg_outcomes(bd_buf *out, const report_scenario *sc);
int report_svg_missed(bd_buf *out, size_t missed, size_t answered);

#endif
