/* test_report — reading results logs for a trainer's report and the figures
 * from them: logs merged with each session once, every bad line (torn, not
 * JSON, unknown version, fields missing or mistyped, a NUL byte) skipped,
 * counted and named by file and line while the good ones around it are
 * kept; players counted by employee ID or name with anonymous sessions
 * together; completion, passes, mean and median over completed sessions;
 * the item analysis with options tallied and the most missed step first;
 * the CSV's quoting and formula guard. */
#include "report/report.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define DIR BD_TEST_TMP "/report"

/* A v1 record as record_json writes it; steps is the JSON of its steps. */
static void record(char *out, size_t n, const char *uuid, const char *scenario,
                   const char *player, const char *employee, const char *started, int completed,
                   int detect_pct, int respond_pct, int score, const char *steps)
{
    char emp[96] = "";
    if (employee)
        snprintf(emp, sizeof emp, ",\"employee_id\":\"%s\"", employee);
    snprintf(out, n,
             "{\"v\":1,\"session\":\"%s\",\"scenario\":\"%s\",\"scenario_hash\":\"9c1d\","
             "\"player\":\"%s\",\"mode\":\"training\",\"seed\":7,\"started\":\"%s\","
             "\"duration_s\":60,\"completed\":%s,\"ending\":%s,\"outcome\":%s,\"lang\":\"en\"%s,"
             "\"detect\":{\"points\":1,\"max\":2,\"pct\":%d},"
             "\"respond\":{\"points\":1,\"max\":2,\"pct\":%d},\"score\":%d,\"steps\":[%s]}",
             uuid, scenario, player, started, completed ? "true" : "false",
             completed ? "\"end\"" : "null", completed ? "\"good\"" : "null", emp, detect_pct,
             respond_pct, score, steps);
}

#define STEP(id, answer, picked, best) \
    "{\"step\":\"" id "\",\"answer\":\"" answer "\",\"picked\":[" picked "],\"detect\":1," \
    "\"respond\":0,\"best\":" best ",\"t\":5}"

/* The warnings, one "file-less line: why" per line, for checking. */
typedef struct {
    char text[4096];
    size_t n;
} warnings;

static void collect(void *ctx, const char *path, size_t line, const char *why)
{
    warnings *w = ctx;
    const char *base = strrchr(path, '/');
    size_t at = strlen(w->text);
    snprintf(w->text + at, sizeof w->text - at, "%s:%zu: %s\n", base ? base + 1 : path, line, why);
    w->n++;
}

static void read_into(report_set *set, const char *path, warnings *w)
{
    char err[BD_ERR_LEN];
    CHECK_INT(report_read(set, path, collect, w, err, sizeof err), 0);
}

/* Three sessions of "phish" and one of "vpn"; two files share a session. */
static void test_merge_and_figures(void)
{
    char a[4][2048];
    record(a[0], sizeof a[0], "00000000-0000-4000-8000-000000000001", "phish", "Aiko", "E1",
           "2026-03-01T10:00:00Z", 1, 100, 50, 75,
           STEP("look", "2", "2", "true") "," STEP("mark", "1+3", "1,3", "false") ","
           STEP("order", "2>1>3", "2,1,3", "false"));
    record(a[1], sizeof a[1], "00000000-0000-4000-8000-000000000002", "phish", "Aiko", "E1",
           "2026-03-02T10:00:00Z", 1, 100, 100, 100,
           STEP("look", "2", "2", "true") "," STEP("mark", "0", "", "false") ","
           STEP("look", "1", "1", "false") "," STEP("order", "1>2>3", "1,2,3", "true"));
    record(a[2], sizeof a[2], "00000000-0000-4000-8000-000000000003", "phish", "", NULL,
           "2026-03-01T09:00:00Z", 0, 0, 0, 0, STEP("look", "1", "1", "false"));
    record(a[3], sizeof a[3], "00000000-0000-4000-8000-000000000004", "vpn", "Ben", NULL,
           "2026-03-03T10:00:00Z", 1, 40, 20, 30, STEP("gate", "3", "3", "false"));
    char one[8192], two[8192];
    snprintf(one, sizeof one, "%s\n%s\n%s\n", a[0], a[1], a[2]);
    snprintf(two, sizeof two, "%s\n%s\n", a[3], a[1]);  /* a[1] collected twice */
    check_write_file(DIR "/one.jsonl", one);
    check_write_file(DIR "/two.jsonl", two);

    report_set set = { 0 };
    warnings w = { "", 0 };
    read_into(&set, DIR "/one.jsonl", &w);
    read_into(&set, DIR "/two.jsonl", &w);
    CHECK_INT(report_sort(&set), 0);
    CHECK_INT(set.n, 4);
    CHECK_INT(set.n_duplicates, 1);
    CHECK_INT(set.n_bad, 0);
    CHECK_INT(w.n, 0);
    CHECK_INT(set.n_files, 2);
    /* In the order started, across files. */
    CHECK_STR(set.v[0].session, "00000000-0000-4000-8000-000000000003");
    CHECK_STR(set.v[3].scenario, "vpn");
    CHECK_STR(set.v[3].file, DIR "/two.jsonl");
    CHECK_INT(set.v[3].line, 1);
    CHECK_STR(set.v[1].employee_id, "E1");
    CHECK_STR(set.v[1].steps[1].answer, "1+3");
    CHECK_INT(set.v[1].steps[1].n_picked, 2);
    CHECK_INT(set.v[1].detect.points, 1);
    CHECK_INT(set.v[1].detect.max, 2);

    report_summary sum;
    CHECK_INT(report_summarise(&set, 75, &sum), 0);
    CHECK_INT(sum.sessions, 4);
    CHECK_INT(sum.completed, 3);
    CHECK_INT(sum.passed, 2);        /* 75 and 100 reach 75; 30 does not */
    CHECK_INT(sum.players, 2);       /* E1 (twice) and Ben */
    CHECK_INT(sum.anonymous, 1);
    CHECK_INT(sum.n_per, 2);
    const report_scenario *ph = &sum.per[0];
    CHECK_STR(ph->scenario, "phish");
    CHECK_INT(ph->sessions, 3);
    CHECK_INT(ph->completed, 2);
    CHECK_INT(ph->outcomes[0], 2);
    /* Over completed sessions only: the abandoned 0 is not in them. */
    CHECK(ph->score.mean == 87.5 && ph->score.median == 87.5);
    CHECK(ph->respond.mean == 75.0);
    CHECK_INT(ph->score_bins[7], 1);
    CHECK_INT(ph->score_bins[9], 1);
    /* Item analysis: "mark" missed 2 of 2 comes first; "look" was answered
     * four times in three sessions (a loop answered it twice). */
    CHECK_INT(ph->n_items, 3);
    CHECK_STR(ph->items[0].step, "mark");
    CHECK_INT(ph->items[0].answered, 2);
    CHECK_INT(ph->items[0].best, 0);
    const report_item *look = NULL, *order = NULL;
    for (size_t i = 0; i < ph->n_items; i++) {
        if (strcmp(ph->items[i].step, "look") == 0)
            look = &ph->items[i];
        if (strcmp(ph->items[i].step, "order") == 0)
            order = &ph->items[i];
    }
    CHECK(look && order);
    if (look && order) {
        CHECK_INT(look->answered, 4);
        CHECK_INT(look->sessions, 3);
        CHECK_INT(look->best, 2);
        CHECK_INT(look->n_options, 2);
        CHECK_STR(look->options[0].what, "1");   /* 2 picks, tie with "2", fewer digits */
        CHECK_INT(look->options[1].best, 2);
        CHECK(order->is_order);
        CHECK_INT(order->n_options, 2);
        CHECK_STR(order->options[0].what, "1>2>3");  /* whole orders, not their items */
        /* Ranking: order (1 of 2 missed) ties look (2 of 4) on share; look
         * has more answers so comes first. */
        CHECK_STR(ph->items[1].step, "look");
    }
    const report_item *mark = &ph->items[0];
    int none = 0;
    for (size_t o = 0; o < mark->n_options; o++)
        none |= strcmp(mark->options[o].what, "none") == 0 && mark->options[o].picked == 1;
    CHECK(none);

    bd_buf text = { 0 };
    CHECK_INT(report_text(&set, &sum, &text), 0);
    CHECK_INT(bd_buf_add(&text, "", 1), 0);
    CHECK_HAS((char *)text.data, "Sessions: 4 (1 repeated across logs, counted once)");
    CHECK_HAS((char *)text.data, "Players: 2 named, and 1 anonymous session counted together");
    CHECK_HAS((char *)text.data, "Completed: 3 of 4 sessions (75%)");
    CHECK_HAS((char *)text.data, "Passed: 2 of 3 completed (pass mark 75)");
    bd_buf_free(&text);
    report_summary_free(&sum);
    report_set_free(&set);
}

/* Every kind of bad line between good ones: each skipped, counted and
 * named with its line; the good records on either side kept. */
static void test_bad_lines(void)
{
    char good[3][2048];
    for (int i = 0; i < 3; i++) {
        char uuid[40];
        snprintf(uuid, sizeof uuid, "00000000-0000-4000-8000-0000000001%02d", i);
        record(good[i], sizeof good[i], uuid, "phish", "Aiko", NULL, "2026-03-01T10:00:00Z", 1,
               100, 50, 75, STEP("look", "2", "2", "true"));
    }
    char bad_steps[2048], bad_picked[2048];
    record(bad_steps, sizeof bad_steps, "00000000-0000-4000-8000-000000000201", "phish", "A",
           NULL, "2026-03-01T10:00:00Z", 1, 100, 50, 75, "\"x\"");
    record(bad_picked, sizeof bad_picked, "00000000-0000-4000-8000-000000000202", "phish", "A",
           NULL, "2026-03-01T10:00:00Z", 1, 100, 50, 75,
           "{\"step\":\"s\",\"answer\":\"1\",\"picked\":\"1\",\"detect\":0,\"respond\":0,"
           "\"best\":true,\"t\":1}");
    char text[16384];
    snprintf(text, sizeof text,
             "%s\n"                                  /* 1 good */
             "{\"v\":1,\"session\":\n"                 /* 2 not JSON */
             "{\"v\":2,\"session\":\"x\"}\n"           /* 3 unknown version */
             "%s\n"                                  /* 4 a step not an object */
             "%s\r\n"                                /* 5 good, CRLF */
             "%s\n"                                  /* 6 picked not a list */
             "[1,2]\n"                               /* 7 not an object */
             "\n"                                    /* 8 blank: no fault */
             "%s\n"                                  /* 9 good */
             "%.60s",                                /* 10 torn */
             good[0], bad_steps, good[1], bad_picked, good[2], good[0]);
    check_write_file(DIR "/bad.jsonl", text);
    report_set set = { 0 };
    warnings w = { "", 0 };
    read_into(&set, DIR "/bad.jsonl", &w);
    CHECK_INT(set.n, 3);
    CHECK_INT(set.n_bad, 6);
    CHECK_INT(w.n, 6);
    CHECK_HAS(w.text, "bad.jsonl:2: not JSON");
    CHECK_HAS(w.text, "bad.jsonl:3: record version 2 is not known");
    CHECK_HAS(w.text, "bad.jsonl:4: steps[0] is not an object");
    CHECK_HAS(w.text, "bad.jsonl:6: steps[0].picked is missing or not a list");
    CHECK_HAS(w.text, "bad.jsonl:7: not a JSON object");
    CHECK_HAS(w.text, "bad.jsonl:10: torn last line");
    CHECK(!strstr(w.text, ":8:"));
    CHECK_INT(set.v[1].line, 5);
    report_set_free(&set);

    /* A NUL byte inside a line. */
    FILE *f = fopen(DIR "/nul.jsonl", "wb");
    CHECK(f != NULL);
    if (f) {
        fprintf(f, "%s\n{\"v\":1,", good[0]);
        fputc('\0', f);
        fprintf(f, "}\n%s\n", good[1]);
        fclose(f);
    }
    w = (warnings){ "", 0 };
    read_into(&set, DIR "/nul.jsonl", &w);
    CHECK_INT(set.n, 2);
    CHECK_HAS(w.text, "nul.jsonl:2: not JSON (a NUL byte");
    report_set_free(&set);

    /* A log that is not there is an error for the report (the command
     * says so and exits 2), not an empty log. */
    char err[BD_ERR_LEN] = "";
    CHECK_INT(report_read(&set, DIR "/missing.jsonl", NULL, NULL, err, sizeof err), -1);
    CHECK_HAS(err, "missing.jsonl");
    report_set_free(&set);
}

/* Quoting and the formula guard, read back field by field. */
static void test_csv(void)
{
    char r[2048];
    record(r, sizeof r, "00000000-0000-4000-8000-000000000301", "phish",
           "=cmd|' /C calc'!A0, \\\"x\\\"", "+E9", "2026-03-01T10:00:00Z", 0, 0, 0, 0,
           STEP("look", "1", "1", "false") "," STEP("mark", "1+3", "1,3", "true"));
    char text[4096];
    snprintf(text, sizeof text, "%s\n", r);
    check_write_file(DIR "/csv.jsonl", text);
    report_set set = { 0 };
    warnings w = { "", 0 };
    read_into(&set, DIR "/csv.jsonl", &w);
    report_sink out = { 0 };
    CHECK_INT(report_csv(&set, 80, &out), 0);
    CHECK_INT(bd_buf_add(&out.buf, "", 1), 0);
    const char *s = (const char *)out.buf.data;
    CHECK(strncmp(s, "\xEF\xBB\xBFv,session,scenario,", 22) == 0);
    CHECK_HAS(s, "\r\n1,00000000-0000-4000-8000-000000000301,phish,9c1d,");
    /* Quoted (a comma and quotes inside), quotes doubled, apostrophe first. */
    CHECK_HAS(s, ",\"'=cmd|' /C calc'!A0, \"\"x\"\"\",'+E9,training,en,7,");
    CHECK_HAS(s, ",false,,,1,2,0,1,2,0,0,false,2,1,look,1 1+3,");
    CHECK_HAS(s, "csv.jsonl:1\r\n");
    bd_buf_free(&out.buf);
    report_set_free(&set);
}

/* Nothing read: every figure zero, every output still well formed (an
 * empty list once reached qsort as NULL). */
static void test_empty(void)
{
    report_set set = { 0 };
    report_summary sum;
    CHECK_INT(report_summarise(&set, 80, &sum), 0);
    CHECK_INT(sum.sessions, 0);
    CHECK_INT(sum.n_per, 0);
    report_sink out = { 0 };
    CHECK_INT(report_text(&set, &sum, &out.buf), 0);
    CHECK_INT(report_csv(&set, 80, &out), 0);
    CHECK_INT(report_html(&set, &sum, &out.buf), 0);
    bd_buf_free(&out.buf);
    report_summary_free(&sum);
}

/* Two orders of 30 items that differ only at the end are two options (a
 * fixed buffer once cut long orders short and merged them). */
static void test_long_order(void)
{
    char answer[2][256], picked[2][256], steps[2][640], r[2][2048], text[2 * 2048 + 8];
    for (int v = 0; v < 2; v++) {
        size_t a = 0, p = 0;
        for (int k = 1; k <= 30; k++) {
            int item = v && k >= 29 ? 59 - k : k;  /* the second swaps 29 and 30 */
            a += (size_t)snprintf(answer[v] + a, sizeof answer[v] - a, k > 1 ? ">%d" : "%d", item);
            p += (size_t)snprintf(picked[v] + p, sizeof picked[v] - p, k > 1 ? ",%d" : "%d", item);
        }
        snprintf(steps[v], sizeof steps[v],
                 "{\"step\":\"o\",\"answer\":\"%s\",\"picked\":[%s],\"detect\":0,"
                 "\"respond\":0,\"best\":%s,\"t\":1}", answer[v], picked[v], v ? "false" : "true");
        char uuid[64];
        snprintf(uuid, sizeof uuid, "00000000-0000-4000-8000-00000000040%d", v);
        record(r[v], sizeof r[v], uuid, "o", "", NULL, "2026-03-01T10:00:00Z", 1, 0, 0, 0, steps[v]);
    }
    snprintf(text, sizeof text, "%s\n%s\n", r[0], r[1]);
    check_write_file(DIR "/order.jsonl", text);
    report_set set = { 0 };
    warnings w = { "", 0 };
    read_into(&set, DIR "/order.jsonl", &w);
    report_summary sum;
    CHECK_INT(report_summarise(&set, 80, &sum), 0);
    CHECK_INT(sum.n_per, 1);
    if (sum.n_per == 1 && sum.per[0].n_items == 1) {
        const report_item *it = &sum.per[0].items[0];
        CHECK_INT(it->n_options, 2);
        CHECK_STR(it->options[0].what, answer[0]);  /* a tie in picks: by text */
        CHECK_INT(it->options[0].best, 1);
    }
    report_summary_free(&sum);
    report_set_free(&set);
}

int main(void)
{
    mkdir(BD_TEST_TMP, 0700);
    mkdir(DIR, 0700);
    test_merge_and_figures();
    test_bad_lines();
    test_csv();
    test_empty();
    test_long_order();
    return check_done();
}
