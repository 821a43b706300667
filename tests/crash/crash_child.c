/*
 * crash_child — the writer that tests/crash/kill.sh kills with SIGKILL, and
 * the checks it runs after each kill.
 *
 *   crash_child run DIR          loops: appends a session record to
 *                                DIR/results.jsonl, adds an entry to the
 *                                board DIR/board.json and saves it; after
 *                                both returned success it writes "ack SEQ"
 *                                to stdout with one write(2), unbuffered.
 *                                It continues after the highest SEQ the log
 *                                holds, so a restart never repeats one.
 *   crash_child verify DIR ACKS  checks the files against the acks written
 *                                so far (exit 1 and why on stderr).
 *   crash_child append LOG FROM K
 *                                appends K records, SEQ FROM.., and exits.
 *   crash_child verify-log LOG N every line whole, N records in all, each
 *                                SEQ once (two appenders at once).
 *
 * A record's SEQ is the last 12 digits of its session UUID; a board entry's
 * is its "when" less WHEN_BASE.
 */
#include "core/core.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define WHEN_BASE 1767225600LL   /* 2026-01-01T00:00:00Z */
#define MAX_SEQ 10000000ul   /* SEQs stay below this (verify keeps a byte each) */

static int usage(void)
{
    fprintf(stderr, "usage: crash_child run DIR | verify DIR ACKS | append LOG FROM K | "
                    "verify-log LOG N | save FILE TAG K\n");
    return 2;
}

/* A record by the contract, whose session UUID ends in seq. */
static void record(unsigned long seq, char *out, size_t len)
{
    char started[32];
    record_time(WHEN_BASE + (long long)seq, started);
    snprintf(out, len,
             "{\"v\":%d,\"session\":\"00000000-0000-4000-8000-%012lu\",\"scenario\":"
             "\"jaxa-2023-quick\",\"player\":\"\",\"mode\":\"kiosk\",\"started\":\"%s\","
             "\"completed\":true,\"outcome\":\"good\",\"duration_s\":120,\"score\":%lu,"
             "\"detect\":{\"pct\":%lu},\"respond\":{\"pct\":90}}",
             RECORD_VERSION, seq, started, seq % 101, (seq * 7) % 101);
}

static unsigned long seq_of(const char *session)
{
    size_t n = strlen(session);
    return n >= 12 ? strtoul(session + n - 12, NULL, 10) : 0;
}

/* ---- Reading a log back ----------------------------------------------------- */

typedef struct {
    unsigned char *count;   /* per SEQ, how many records hold it (capped at 255) */
    unsigned long max_seq, records, bad, torn;
    char first_bad[256];
} log_seen;

static int on_record(results_scan *s, const cJSON *rec, const results_attempt *a,
                     const char *line, size_t len, size_t lineno, char *why, size_t whylen)
{
    (void)rec, (void)line, (void)len, (void)lineno, (void)why, (void)whylen;
    log_seen *l = s->ctx;
    unsigned long seq = seq_of(a->session);
    l->records++;
    if (seq >= MAX_SEQ)
        return 0;
    if (seq > l->max_seq)
        l->max_seq = seq;
    if (l->count && l->count[seq] < 255)
        l->count[seq]++;
    return 0;
}

static void on_bad(results_scan *s, size_t lineno, const char *why)
{
    log_seen *l = s->ctx;
    /* results_append cuts a torn last line before its next record (the
     * log walk of test_faults proves it), so only that one is allowed. */
    if (strncmp(why, "torn last line", 14) == 0) {
        l->torn++;
        return;
    }
    if (l->bad++ == 0)
        snprintf(l->first_bad, sizeof l->first_bad, "%s:%zu: %s", s->path, lineno, why);
}

/* 0 with l filled (a missing log is empty), -1 when it cannot be read. */
static int read_log(const char *path, log_seen *l, int counts)
{
    memset(l, 0, sizeof *l);
    if (counts && !(l->count = calloc(MAX_SEQ, 1)))
        return -1;
    if (access(path, F_OK) != 0)
        return 0;
    char err[BD_ERR_LEN];
    results_scan s = { path, l, on_record, on_bad };
    if (results_scan_file(&s, err, sizeof err) < 0) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    return 0;
}

/* ---- The writer ------------------------------------------------------------------ */

static int ack(unsigned long seq)
{
    char line[48];
    int n = snprintf(line, sizeof line, "ack %lu\n", seq);
    return write(STDOUT_FILENO, line, (size_t)n) == n ? 0 : -1;
}

static int run(const char *dir)
{
    char log[4200], board[4200], err[BD_ERR_LEN], line[1024];
    snprintf(log, sizeof log, "%s/results.jsonl", dir);
    snprintf(board, sizeof board, "%s/board.json", dir);
    log_seen seen;
    if (read_log(log, &seen, 0) < 0)
        return 1;
    leaderboard lb = { 0 };
    int rc = leaderboard_load(board, &lb, err, sizeof err);
    if (rc != 0 && rc != 1) {
        fprintf(stderr, "crash_child: board: %s\n", err);
        leaderboard_free(&lb);
        return 1;
    }
    /* Tells kill.sh that the loop starts now. */
    if (write(STDOUT_FILENO, "start\n", 6) != 6)
        return 1;
    for (unsigned long seq = seen.max_seq + 1; seq < MAX_SEQ; seq++) {
        record(seq, line, sizeof line);
        if (results_append(log, line, err, sizeof err) < 0)
            break;
        leaderboard_entry e;
        memset(&e, 0, sizeof e);
        snprintf(e.nickname, sizeof e.nickname, "p%lu", seq % 100000);
        snprintf(e.scenario, sizeof e.scenario, "jaxa-2023-quick");
        e.score = (int)(seq % 101);
        e.when = WHEN_BASE + (long long)seq;
        leaderboard_day(e.when, 0, e.day);
        if (leaderboard_add(&lb, &e, NULL, err, sizeof err) < 0 ||
            leaderboard_save(board, &lb, err, sizeof err) < 0 || ack(seq) < 0)
            break;
    }
    fprintf(stderr, "crash_child: %s\n", err);
    leaderboard_free(&lb);
    return 1;
}

/* ---- The checks ------------------------------------------------------------------ */

static int failed(const char *what)
{
    fprintf(stderr, "crash_child verify: %s\n", what);
    return 1;
}

static int verify(const char *dir, const char *acks_path)
{
    char log[4200], board[4200], msg[600], err[BD_ERR_LEN];
    snprintf(log, sizeof log, "%s/results.jsonl", dir);
    snprintf(board, sizeof board, "%s/board.json", dir);
    size_t alen;
    char *acks = file_read_all(acks_path, &alen, err, sizeof err);
    log_seen l;
    if (!acks || read_log(log, &l, 1) < 0) {
        free(acks);
        return failed(err);
    }
    int bad = 0;
    unsigned long n_acks = 0, last = 0;
    for (char *p = acks, *nl; (nl = strchr(p, '\n')) != NULL; p = nl + 1) {
        unsigned long seq;
        if (sscanf(p, "ack %lu", &seq) != 1 || seq >= MAX_SEQ)
            continue;   /* "start" lines */
        n_acks++;
        last = seq > last ? seq : last;
        if (l.count[seq] != 1 && !bad++) {
            snprintf(msg, sizeof msg, "acked record %lu is in the log %u times", seq,
                     l.count[seq]);
            failed(msg);
        }
    }
    free(acks);
    for (unsigned long s = 1; s <= l.max_seq; s++)
        if (l.count[s] > 1 && !bad++) {
            snprintf(msg, sizeof msg, "record %lu is in the log %u times", s, l.count[s]);
            failed(msg);
        }
    if (l.bad && !bad++)
        failed(l.first_bad);
    free(l.count);

    leaderboard lb = { 0 };
    int rc = leaderboard_load(board, &lb, err, sizeof err);
    if (rc != 0 && !(rc == 1 && n_acks == 0) && !bad++) {
        snprintf(msg, sizeof msg, "the board does not load (%d): %s", rc, err);
        failed(msg);
    }
    int found = n_acks == 0;
    for (size_t i = 0; i < lb.n; i++)
        found |= lb.v[i].when == WHEN_BASE + (long long)last;
    if (!found && !bad++) {
        snprintf(msg, sizeof msg, "the board lacks the last acked entry %lu", last);
        failed(msg);
    }
    size_t entries = lb.n;
    leaderboard_free(&lb);
    /* A kill between mkstemp and rename leaves the board's temp file; the
     * next save removes it, so at most the last kill's one is there. */
    unsigned temps = 0;
    DIR *d = opendir(dir);
    for (struct dirent *e; d && (e = readdir(d)) != NULL;) {
        if (strstr(e->d_name, ".bad-") && !bad++) {
            snprintf(msg, sizeof msg, "a file was set aside: %s", e->d_name);
            failed(msg);
        }
        temps += strncmp(e->d_name, "board.json.tmp-", 15) == 0;
    }
    if (d)
        closedir(d);
    if (temps > 1 && !bad++) {
        snprintf(msg, sizeof msg, "%u temp files of the board left beside it", temps);
        failed(msg);
    }
    printf("verify: %lu acked (last %lu), %lu records, %lu torn last line, %zu board "
           "entries, %u temp files left\n", n_acks, last, l.records, l.torn, entries, temps);
    return bad ? 1 : 0;
}

static int append(const char *log, unsigned long from, unsigned long k)
{
    char line[1024], err[BD_ERR_LEN];
    for (unsigned long seq = from; seq < from + k; seq++) {
        record(seq, line, sizeof line);
        if (results_append(log, line, err, sizeof err) < 0) {
            fprintf(stderr, "crash_child: %s\n", err);
            return 1;
        }
    }
    return 0;
}

/* Saves FILE crash-safely K times with lines naming tag: run twice at
 * once on one file, every save of both must succeed (one process's temp
 * file is never taken for a dead writer's by the other) and the file must
 * end whole, as one of the two wrote it. */
static int save(const char *file, const char *tag, unsigned long k)
{
    char text[128], err[BD_ERR_LEN];
    for (unsigned long i = 1; i <= k; i++) {
        int n = snprintf(text, sizeof text, "%s %lu\n", tag, i);
        if (file_write_atomic(file, text, (size_t)n, err, sizeof err) < 0) {
            fprintf(stderr, "crash_child: save %lu of %s: %s\n", i, tag, err);
            return 1;
        }
    }
    return 0;
}

static int verify_log(const char *log, unsigned long want)
{
    log_seen l;
    if (read_log(log, &l, 1) < 0)
        return failed("cannot read the log");
    int bad = 0;
    char msg[300];
    if (l.bad || l.torn) {
        bad = 1;
        failed(l.bad ? l.first_bad : "a torn last line");
    }
    unsigned long distinct = 0;
    for (unsigned long s = 0; s <= l.max_seq; s++) {
        distinct += l.count[s] > 0;
        if (l.count[s] > 1 && !bad++) {
            snprintf(msg, sizeof msg, "record %lu is in the log %u times", s, l.count[s]);
            failed(msg);
        }
    }
    free(l.count);
    if ((l.records != want || distinct != want) && !bad++) {
        snprintf(msg, sizeof msg, "%lu records (%lu distinct), expected %lu", l.records,
                 distinct, want);
        failed(msg);
    }
    printf("verify-log: %lu records, %lu distinct\n", l.records, distinct);
    return bad ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "run") == 0)
        return run(argv[2]);
    if (argc == 4 && strcmp(argv[1], "verify") == 0)
        return verify(argv[2], argv[3]);
    if (argc == 5 && strcmp(argv[1], "append") == 0)
        return append(argv[2], strtoul(argv[3], NULL, 10), strtoul(argv[4], NULL, 10));
    if (argc == 5 && strcmp(argv[1], "save") == 0)
        return save(argv[2], argv[3], strtoul(argv[4], NULL, 10));
    if (argc == 4 && strcmp(argv[1], "verify-log") == 0)
        return verify_log(argv[2], strtoul(argv[3], NULL, 10));
    return usage();
}
