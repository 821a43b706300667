/* Fuzz target: a results log read by every reader of it — the scan itself
 * (results_scan_file), the game's results_read (the list screen and the
 * debrief) and the trainer's report_read. A log comes from anyone's
 * machine, so any bytes must give counted bad lines, never a crash, a leak
 * or a record that breaks the readers' promises.
 *
 * Properties checked besides memory safety:
 * - every reader accepts the file (returns 0: it is readable, memory is
 *   plenty);
 * - a line is either a record or bad, so the scan's records plus bad lines
 *   never exceed the input's lines, and results_read and report_read each
 *   keep at most the records the scan saw;
 * - what results_read keeps holds to its contract: scores and percentages
 *   in 0..100, outcome "" when abandoned, each session once;
 * - the report's summary, text, HTML, CSV and xAPI are made from whatever
 *   report_read kept. */
#include "core/core.h"
#include "report/report.h"

#include "fuzz_file.h"

#include <stdint.h>
#include <string.h>

typedef struct {
    size_t records, bad, last_line;
} scan_count;

static int count_record(results_scan *s, const cJSON *rec, const results_attempt *a,
                        const char *line, size_t len, size_t lineno, char *why, size_t whylen)
{
    (void)rec, (void)why, (void)whylen;
    scan_count *c = s->ctx;
    FUZZ_CHECK(line != NULL && memchr(line, '\n', len) == NULL);
    FUZZ_CHECK(lineno > c->last_line);
    FUZZ_CHECK(a->scenario != NULL && a->player != NULL);
    c->last_line = lineno;
    c->records++;
    return 0;
}

static void count_bad(results_scan *s, size_t lineno, const char *why)
{
    scan_count *c = s->ctx;
    FUZZ_CHECK(why != NULL && why[0] != '\0');
    FUZZ_CHECK(lineno > c->last_line);
    c->last_line = lineno;
    c->bad++;
}

static void ignore_warn(void *ctx, const char *path, size_t line, const char *why)
{
    (void)ctx, (void)path, (void)line, (void)why;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[4200], err[512];
    fuzz_file_write("results.jsonl", data, size, path, sizeof path);
    size_t lines = 0;
    for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n';
    if (size > 0 && data[size - 1] != '\n')
        lines++;

    scan_count c = { 0, 0, 0 };
    results_scan s = { .path = path, .ctx = &c, .on_record = count_record, .on_bad = count_bad };
    FUZZ_CHECK(results_scan_file(&s, err, sizeof err) == 0);
    FUZZ_CHECK(c.records + c.bad <= lines);

    results_history h;
    char warn[512];
    FUZZ_CHECK(results_read(path, NULL, &h, warn, sizeof warn) == 0);
    FUZZ_CHECK(h.n + h.n_duplicates <= c.records);
    FUZZ_CHECK(h.n_bad == c.bad);
    uuid_set seen = { 0 };
    for (size_t i = 0; i < h.n; i++) {
        const results_attempt *a = &h.v[i];
        FUZZ_CHECK(a->score >= 0 && a->score <= 100);
        FUZZ_CHECK(a->detect_pct >= 0 && a->detect_pct <= 100);
        FUZZ_CHECK(a->respond_pct >= 0 && a->respond_pct <= 100);
        FUZZ_CHECK(a->completed || a->outcome[0] == '\0');
        FUZZ_CHECK(uuid_set_add(&seen, a->session) == 1);
    }
    uuid_set_free(&seen);
    /* A player's own history: the name of the first record kept, which
     * exercises the filter on a name that is there. */
    if (h.n > 0) {
        results_history mine;
        FUZZ_CHECK(results_read(path, h.v[0].player, &mine, warn, sizeof warn) == 0);
        FUZZ_CHECK(mine.n >= 1 && mine.n <= h.n);
        results_history_free(&mine);
    }
    results_history_free(&h);

    report_set set;
    memset(&set, 0, sizeof set);
    FUZZ_CHECK(report_read(&set, path, ignore_warn, NULL, err, sizeof err) == 0);
    FUZZ_CHECK(set.n + set.n_duplicates <= c.records);
    FUZZ_CHECK(report_sort(&set) == 0);
    /* Whatever was read, every output of `report` can be made from it. */
    report_summary sum;
    FUZZ_CHECK(report_summarise(&set, CONFIG_PASS_MARK, &sum) == 0);
    bd_buf text = { 0 }, html = { 0 };
    FUZZ_CHECK(report_text(&set, &sum, &text) == 0);
    FUZZ_CHECK(report_html(&set, &sum, &html) == 0);
    report_sink csv = { 0 }, xapi = { 0 };
    FUZZ_CHECK(report_csv(&set, CONFIG_PASS_MARK, &csv) == 0);
    report_xapi_opts xo = { .activity_base = "https://breachdrill.invalid/xapi/",
                            .pass_mark = CONFIG_PASS_MARK };
    FUZZ_CHECK(report_xapi(&set, &xo, &xapi) == 0);
    bd_buf_free(&text);
    bd_buf_free(&html);
    bd_buf_free(&csv.buf);
    bd_buf_free(&xapi.buf);
    report_summary_free(&sum);
    report_set_free(&set);
    return 0;
}
