/* test_results_read — reading the results log back: one player's records
 * (or everyone's), best score and completion among completed attempts,
 * attempts in the order started, a session merged twice counted once,
 * every kind of bad line skipped, counted and named by file and line, a
 * missing log as an empty history, and an export that reads back. */
#include "core/core.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DIR BD_TEST_TMP "/results_read"
#define LOG DIR "/results.jsonl"
#define MERGED DIR "/merged.jsonl"
#define BAD DIR "/bad.jsonl"
#define OUT DIR "/export.jsonl"

/* A v1 record as record_json writes it (fewer steps). completed 0: the
 * contract's abandoned session, ending and outcome null. */
static void record(char *out, size_t n, const char *uuid, const char *scenario,
                   const char *player, const char *started, int completed, int score)
{
    snprintf(out, n,
             "{\"v\":1,\"session\":\"%s\",\"scenario\":\"%s\",\"scenario_hash\":\"9c1d\","
             "\"player\":\"%s\",\"mode\":\"training\",\"seed\":7,\"started\":\"%s\","
             "\"duration_s\":42.5,\"completed\":%s,\"ending\":%s,\"outcome\":%s,"
             "\"detect\":{\"points\":5,\"max\":6,\"pct\":83},"
             "\"respond\":{\"points\":4,\"max\":8,\"pct\":50},\"score\":%d,"
             "\"steps\":[{\"step\":\"s1\",\"answer\":\"2\",\"picked\":[3],\"detect\":1,"
             "\"respond\":0,\"best\":true,\"t\":12.5}]}",
             uuid, scenario, player, started, completed ? "true" : "false",
             completed ? "\"contained\"" : "null", completed ? "\"good\"" : "null", score);
}

static char *slurp(const char *path)
{
    char err[BD_ERR_LEN];
    size_t len;
    return file_read_all(path, &len, err, sizeof err);
}

/* The good log: alice's three jaxa attempts written out of start order
 * (a merge), one abandoned nisc attempt, bob's better jaxa score. The
 * abandoned jaxa attempt scored 90 and must not count as her best. */
static char lines[6][1024];
static char log_text[8192];

static void make_log(void)
{
    record(lines[0], sizeof lines[0], "00000000-0000-4000-8000-000000000001", "jaxa-2023", "alice",
           "2026-01-02T10:00:00Z", 1, 60);
    record(lines[1], sizeof lines[1], "00000000-0000-4000-8000-000000000002", "jaxa-2023", "alice",
           "2026-01-02T09:00:00Z", 0, 90);
    record(lines[2], sizeof lines[2], "00000000-0000-4000-8000-000000000003", "jaxa-2023", "bob",
           "2026-01-02T09:30:00Z", 1, 95);
    record(lines[3], sizeof lines[3], "00000000-0000-4000-8000-000000000004", "jaxa-2023", "alice",
           "2026-01-02T11:00:00Z", 1, 80);
    record(lines[4], sizeof lines[4], "00000000-0000-4000-8000-000000000005", "nisc-2023", "alice",
           "2026-01-01T08:00:00Z", 0, 10);
    /* Started in the same second as lines[0]: the log's order decides. */
    record(lines[5], sizeof lines[5], "00000000-0000-4000-8000-000000000006", "jaxa-2023", "alice",
           "2026-01-02T10:00:00Z", 1, 70);
    log_text[0] = '\0';
    for (int i = 0; i < 6; i++) {
        strcat(log_text, lines[i]);
        strcat(log_text, "\n");
    }
    check_write_file(LOG, log_text);
}

static void test_good(void)
{
    char warn[BD_ERR_LEN];
    results_history h;
    CHECK_INT(results_read(LOG, "alice", &h, warn, sizeof warn), 0);
    CHECK_STR(warn, "");
    CHECK_INT(h.n, 5);
    CHECK_INT(h.n_bad, 0);
    CHECK_INT(h.n_duplicates, 0);
    CHECK_INT(results_best_score(&h, "jaxa-2023"), 80);
    CHECK_INT(results_completed(&h, "jaxa-2023"), 1);
    CHECK_INT(results_best_score(&h, "nisc-2023"), -1);
    CHECK_INT(results_completed(&h, "nisc-2023"), 0);
    CHECK_INT(results_best_score(&h, "nagoya-port-2023"), -1);
    CHECK_INT(results_completed(&h, "nagoya-port-2023"), 0);
    CHECK_INT(results_attempts(&h, "nagoya-port-2023", NULL, 0), 0);

    const results_attempt *a[8];
    CHECK_INT(results_attempts(&h, "jaxa-2023", NULL, 0), 4);
    CHECK_INT(results_attempts(&h, "jaxa-2023", a, 2), 4);  /* fills only 2 */
    CHECK_STR(a[0]->started, "2026-01-02T09:00:00Z");
    CHECK_INT(results_attempts(&h, "jaxa-2023", a, 8), 4);
    CHECK_STR(a[0]->started, "2026-01-02T09:00:00Z");
    CHECK_INT(a[0]->completed, 0);
    CHECK_INT(a[0]->score, 90);
    CHECK_STR(a[0]->outcome, "");
    CHECK_INT(a[1]->score, 60);
    CHECK_INT(a[2]->score, 70);  /* same second as a[1]: later in the log */
    CHECK_STR(a[3]->started, "2026-01-02T11:00:00Z");
    CHECK_INT(a[3]->score, 80);
    CHECK_INT(a[3]->completed, 1);
    CHECK_STR(a[3]->outcome, "good");
    CHECK_STR(a[3]->scenario, "jaxa-2023");
    CHECK_STR(a[3]->player, "alice");
    CHECK_STR(a[3]->session, "00000000-0000-4000-8000-000000000004");
    CHECK_INT(a[3]->detect_pct, 83);
    CHECK_INT(a[3]->respond_pct, 50);
    CHECK(a[3]->duration_s == 42.5);
    /* The whole history is in start order too: nisc (01-01) first. */
    CHECK_STR(h.v[0].scenario, "nisc-2023");
    results_history_free(&h);
    CHECK(h.v == NULL && h.n == 0);
    results_history_free(&h);  /* twice is harmless */

    CHECK_INT(results_read(LOG, NULL, &h, warn, sizeof warn), 0);
    CHECK_INT(h.n, 6);
    CHECK_INT(results_best_score(&h, "jaxa-2023"), 95);
    results_history_free(&h);

    CHECK_INT(results_read(LOG, "carol", &h, warn, sizeof warn), 0);
    CHECK_INT(h.n, 0);
    CHECK_INT(results_best_score(&h, "jaxa-2023"), -1);
    results_history_free(&h);
}

/* Two machines' logs merged, one of them merged twice. */
static void test_duplicates(void)
{
    static char merged[3 * sizeof log_text];
    snprintf(merged, sizeof merged, "%s%s%s\n", log_text, log_text, lines[3]);
    check_write_file(MERGED, merged);
    char warn[BD_ERR_LEN];
    results_history h;
    CHECK_INT(results_read(MERGED, "alice", &h, warn, sizeof warn), 0);
    CHECK_INT(h.n, 5);
    CHECK_INT(h.n_duplicates, 6);
    CHECK_INT(h.n_bad, 0);
    CHECK_INT(results_attempts(&h, "jaxa-2023", NULL, 0), 4);
    results_history_free(&h);
    CHECK_INT(results_read(MERGED, NULL, &h, warn, sizeof warn), 0);
    CHECK_INT(h.n, 6);
    CHECK_INT(h.n_duplicates, 7);
    results_history_free(&h);
}

/* Reads text as a log of one good line then the bad one (line 2); checks
 * that one good record is kept, one line is bad, and warn names it. */
static void check_bad(const char *bad, const char *why)
{
    char *text = malloc(strlen(lines[0]) + strlen(bad) + 2);
    if (!text)
        return;
    sprintf(text, "%s\n%s", lines[0], bad);
    check_write_file(BAD, text);
    free(text);
    char warn[BD_ERR_LEN], want[BD_ERR_LEN];
    results_history h;
    CHECK_INT(results_read(BAD, NULL, &h, warn, sizeof warn), 0);
    CHECK_INT(h.n, 1);
    CHECK_INT(h.n_bad, 1);
    snprintf(want, sizeof want, "%s:2: %s", BAD, why);
    CHECK_HAS(warn, want);
    if (!strstr(warn, want))
        fprintf(stderr, "  for line: %.80s\n", bad);
    results_history_free(&h);
}

/* The same record with one field's text replaced. */
static char *edited(const char *from, const char *to)
{
    static char buf[2048];
    const char *at = strstr(lines[3], from);
    CHECK(at != NULL);
    if (!at)
        return strcpy(buf, "{}\n");
    snprintf(buf, sizeof buf, "%.*s%s%s\n", (int)(at - lines[3]), lines[3], to, at + strlen(from));
    return buf;
}

static void test_bad_lines(void)
{
    char torn[1200];
    snprintf(torn, sizeof torn, "%.60s", lines[3]);
    check_bad(torn, "torn last line (no newline at the end)");
    /* Whole and valid, yet without its newline: results_append would cut
     * it before the next record, so it is not one yet. */
    check_bad(lines[3], "torn last line");
    check_bad("{\"v\":1,\"session\":\n", "not JSON");
    check_bad("hello\n", "not JSON");
    check_bad("[1,2]\n", "not a JSON object");
    check_bad(edited("\"v\":1", "\"v\":2"), "record version 2 is not known");
    check_bad(edited("\"v\":1,", ""), "missing field 'v'");
    check_bad(edited("\"v\":1", "\"v\":\"1\""), "field 'v' is not a number");
    check_bad(edited(",\"score\":80", ""), "missing field 'score'");
    check_bad(edited("\"score\":80", "\"score\":\"80\""), "field 'score' is not a whole number");
    check_bad(edited("\"score\":80", "\"score\":180"), "field 'score' is not a whole number");
    check_bad(edited("\"score\":80", "\"score\":79.5"), "field 'score' is not a whole number");
    check_bad(edited("\"player\":\"alice\",", ""), "missing field 'player'");
    check_bad(edited("\"session\":\"00000000-0000-4000-8000-000000000004\",", ""),
              "missing field 'session'");
    check_bad(edited("\"completed\":true", "\"completed\":1"), "field 'completed' is not true or false");
    check_bad(edited("\"started\":\"2026-01-02T11:00:00Z\"", "\"started\":\"yesterday\""),
              "field 'started' is not a time");
    check_bad(edited(",\"outcome\":\"good\"", ""), "missing field 'outcome'");
    check_bad(edited("\"outcome\":\"good\"", "\"outcome\":\"won\""),
              "field 'outcome' is not \"good\", \"mixed\" or \"bad\"");
    check_bad(edited("\"completed\":true", "\"completed\":false"),
              "field 'outcome' is not null in a session not completed");
    check_bad(edited("\"pct\":50", "\"points\":0"), "missing field 'respond.pct'");
    check_bad(edited("\"detect\":{\"points\":5,\"max\":6,\"pct\":83}", "\"detect\":83"),
              "field 'detect' is not an object");
    check_bad(edited("\"duration_s\":42.5", "\"duration_s\":null"), "field 'duration_s'");

    /* Over 1 MiB: refused unparsed even though it is valid JSON. */
    size_t pad = RESULTS_MAX_LINE + 10;
    char *big = malloc(strlen(lines[3]) + pad + 32);
    if (big) {
        size_t n = strlen(lines[3]) - 1;  /* without its closing brace */
        memcpy(big, lines[3], n);
        memcpy(big + n, ",\"pad\":\"", 8);
        memset(big + n + 8, 'x', pad);
        strcpy(big + n + 8 + pad, "\"}\n");
        check_bad(big, "line longer than 1 MiB");
        free(big);
    }

    /* Several bad lines: all skipped and counted, the first one named; good
     * lines after them, a blank line and \r\n endings still read. */
    static char text[8192];
    /* edited() ends in \n already, so a blank line follows it. */
    snprintf(text, sizeof text, "%s\nnot json\n%s\n%s\r\n{\"v\":", lines[0],
             edited("\"v\":1", "\"v\":2"), lines[2]);
    check_write_file(BAD, text);
    char warn[BD_ERR_LEN];
    results_history h;
    CHECK_INT(results_read(BAD, NULL, &h, warn, sizeof warn), 0);
    CHECK_INT(h.n, 2);
    CHECK_INT(h.n_bad, 3);
    CHECK_HAS(warn, BAD ":2: not JSON");
    results_history_free(&h);
}

static void test_missing_and_unreadable(void)
{
    char warn[BD_ERR_LEN];
    results_history h;
    strcpy(warn, "stale");
    CHECK_INT(results_read(DIR "/nobody-played.jsonl", "alice", &h, warn, sizeof warn), 0);
    CHECK_INT(h.n, 0);
    CHECK_INT(h.n_bad, 0);
    CHECK_STR(warn, "");
    CHECK_INT(results_best_score(&h, "jaxa-2023"), -1);
    results_history_free(&h);
    CHECK_INT(results_read(DIR "/no/such/folder/results.jsonl", NULL, &h, warn, sizeof warn), 0);
    results_history_free(&h);

    /* Exists but cannot be read as a file. */
    CHECK_INT(results_read(DIR, NULL, &h, warn, sizeof warn), -1);
    CHECK_HAS(warn, DIR);
    CHECK_INT(h.n, 0);
    results_history_free(&h);
}

static void test_export(void)
{
    /* The merged log with a bad line: alice's records once each, in the
     * log's order, as they were written. */
    static char merged[4 * sizeof log_text];
    snprintf(merged, sizeof merged, "%s%s{broken\n%s", log_text, log_text, log_text);
    check_write_file(MERGED, merged);
    unlink(OUT);
    char err[BD_ERR_LEN];
    size_t n = 99;
    CHECK_INT(results_export(MERGED, "alice", OUT, &n, err, sizeof err), 0);
    CHECK_INT(n, 5);
    CHECK_HAS(err, MERGED ":13: not JSON");
    char want[sizeof log_text];
    want[0] = '\0';
    for (int i = 0; i < 6; i++) {
        if (i == 2)
            continue;  /* bob's */
        strcat(want, lines[i]);
        strcat(want, "\n");
    }
    char *got = slurp(OUT);
    CHECK_STR(got, want);
    free(got);

    char warn[BD_ERR_LEN];
    results_history h;
    CHECK_INT(results_read(OUT, NULL, &h, warn, sizeof warn), 0);
    CHECK_STR(warn, "");
    CHECK_INT(h.n, 5);
    CHECK_INT(h.n_bad, 0);
    CHECK_INT(h.n_duplicates, 0);
    CHECK_INT(results_best_score(&h, "jaxa-2023"), 80);
    CHECK_INT(results_attempts(&h, "jaxa-2023", NULL, 0), 4);
    results_history_free(&h);

    /* Everyone's, replacing the earlier export. */
    CHECK_INT(results_export(LOG, NULL, OUT, &n, err, sizeof err), 0);
    CHECK_STR(err, "");
    CHECK_INT(n, 6);
    got = slurp(OUT);
    CHECK_STR(got, log_text);
    free(got);

    /* Nobody's records: an empty file. */
    CHECK_INT(results_export(DIR "/nobody-played.jsonl", "alice", OUT, &n, err, sizeof err), 0);
    CHECK_INT(n, 0);
    got = slurp(OUT);
    CHECK_STR(got, "");
    free(got);

    /* Never over the log itself; nor into a folder that is not there. */
    CHECK_INT(results_export(LOG, "alice", LOG, &n, err, sizeof err), -1);
    CHECK_HAS(err, "results log itself");
    got = slurp(LOG);
    CHECK_STR(got, log_text);
    free(got);
    CHECK_INT(results_export(LOG, "alice", DIR "/no/such/folder/out.jsonl", &n, err, sizeof err), -1);
    CHECK_HAS(err, "no/such/folder");
    CHECK_INT(n, 0);
    CHECK_INT(results_export(DIR, "alice", OUT, &n, err, sizeof err), -1);
    CHECK_HAS(err, DIR);
}

int main(void)
{
    char err[BD_ERR_LEN];
    CHECK_INT(dir_make_all(DIR, err, sizeof err), 0);
    make_log();
    test_good();
    test_duplicates();
    test_bad_lines();
    test_missing_and_unreadable();
    test_export();
    return check_done();
}
