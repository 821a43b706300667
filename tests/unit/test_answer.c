/*
 * test_answer — the contract's answer tokens and percentages, on views built
 * in C (no Lua): answer_parse for each way of picking, every malformed or
 * impossible token refused with a message, answer_format as its inverse,
 * and score_pct / score_total rounding (halves up, clamped).
 */
#include "check.h"
#include "core/core.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char err[BD_ERR_LEN];

/* ---- Views ------------------------------------------------------------------ */

/* A view of pick mode with the items ids[0..n) in the order shown; the
 * texts stay NULL (answers never read them). Caller frees with
 * step_view_free. */
static step_view make_view(pick_mode mode, const int *ids, size_t n)
{
    step_view v;
    memset(&v, 0, sizeof v);
    v.pick = mode;
    v.items = calloc(n ? n : 1, sizeof *v.items);
    if (v.items) {
        for (size_t i = 0; i < n; i++)
            v.items[i].id = ids[i];
        v.n_items = n;
    }
    return v;
}

/* The ids answer_parse gives for token, as "3,1,2" ("" for none), or
 * "ERR: message" when it refuses. */
static const char *parsed(const step_view *v, const char *token)
{
    static char buf[BD_ERR_LEN + 64];
    pick p = {(int *)&p, 99}; /* garbage in, to see it reset */
    err[0] = '\0';
    if (answer_parse(v, token, &p, err, sizeof err) < 0) {
        if (p.ids != NULL || p.n != 0)
            snprintf(buf, sizeof buf, "ERR (pick not cleared): %s", err);
        else if (!err[0])
            snprintf(buf, sizeof buf, "ERR (no message)");
        else
            snprintf(buf, sizeof buf, "ERR: %s", err);
        return buf;
    }
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < p.n && len < sizeof buf - 16; i++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%d", i ? "," : "", p.ids[i]);
    free(p.ids);
    return buf;
}

/* The token for ids, or "(null)"; in a static buffer. */
static const char *formatted(const step_view *v, const int *ids, size_t n)
{
    static char buf[256];
    char *s = answer_format(v, ids, n);
    snprintf(buf, sizeof buf, "%s", s ? s : "(null)");
    free(s);
    return buf;
}

/* ---- answer_parse ---------------------------------------------------------- */

/* A choice after `when` filtering: the file's choices 1, 3 and 4 are shown
 * (2 is hidden), so tokens count what is shown and ids are places in the
 * file. */
static void test_pick_one(void)
{
    const int ids[] = {1, 3, 4};
    step_view v = make_view(PICK_ONE, ids, 3);
    CHECK_STR(parsed(&v, "1"), "1");
    CHECK_STR(parsed(&v, "2"), "3");
    CHECK_STR(parsed(&v, "3"), "4");

    CHECK_STR(parsed(&v, "0"), "ERR: '0': choices are numbered from 1");
    CHECK_STR(parsed(&v, "4"), "ERR: there is no 4th choice: 3 are shown");
    CHECK_STR(parsed(&v, "11"), "ERR: there is no 11th choice: 3 are shown");
    CHECK_STR(parsed(&v, "22"), "ERR: there is no 22nd choice: 3 are shown");
    CHECK_STR(parsed(&v, ""), "ERR: empty answer");
    CHECK_STR(parsed(&v, NULL), "ERR: empty answer");
    const char *malformed[] = {"x", " 1", "1 ", "-1", "+1", "1.5", "1+3", "1>3", "1,3", "0x1",
                               "２", "1\n"};
    for (size_t i = 0; i < sizeof malformed / sizeof malformed[0]; i++) {
        char want[64];
        snprintf(want, sizeof want, "ERR: '%s' is not a number", malformed[i]);
        CHECK_STR(parsed(&v, malformed[i]), want);
    }
    /* Huge numbers: refused before they can overflow, never wrapped round
     * to a small one. */
    CHECK_STR(parsed(&v, "99999999999999999999"), "ERR: '99999999999999999999': number too large");
    CHECK_STR(parsed(&v, "4294967297"), "ERR: '4294967297': number too large");
    CHECK_HAS(parsed(&v, "1000000"), "there is no 1000000th choice");
    step_view_free(&v);

    const int one[] = {2};
    v = make_view(PICK_ONE, one, 1);
    CHECK_STR(parsed(&v, "1"), "2");
    CHECK_STR(parsed(&v, "2"), "ERR: there is no 2nd choice: 1 is shown");
    step_view_free(&v);
}

/* Options of a multi (and lines of a spot): any subset, "0" for none. */
static void test_pick_many(void)
{
    const int ids[] = {1, 2, 3, 4};
    step_view v = make_view(PICK_MANY, ids, 4);
    CHECK_STR(parsed(&v, "1+3"), "1,3");
    CHECK_STR(parsed(&v, "3+1"), "3,1");
    CHECK_STR(parsed(&v, "1+2+3+4"), "1,2,3,4");
    CHECK_STR(parsed(&v, "2"), "2");
    CHECK_STR(parsed(&v, "0"), "");

    CHECK_STR(parsed(&v, "1+1"), "ERR: '1+1' names 1 twice");
    CHECK_STR(parsed(&v, "2+4+2"), "ERR: '2+4+2' names 2 twice");
    CHECK_STR(parsed(&v, "0+0"), "ERR: '0+0' names 0 twice");
    CHECK_STR(parsed(&v, "0+1"), "ERR: '0+1': options are numbered from 1");
    CHECK_STR(parsed(&v, "2+0"), "ERR: '2+0': options are numbered from 1");
    CHECK_STR(parsed(&v, "5"), "ERR: there is no 5th option: 4 are shown");
    CHECK_STR(parsed(&v, "1+5"), "ERR: there is no 5th option: 4 are shown");
    CHECK_STR(parsed(&v, ""), "ERR: empty answer");
    const char *malformed[] = {"x", "1+", "+1", "1++2", " 1", "1+ 2", "-1", "1.5", "1>2", "1,2",
                               "+"};
    for (size_t i = 0; i < sizeof malformed / sizeof malformed[0]; i++) {
        char want[96];
        snprintf(want, sizeof want, "ERR: '%s' is not a list of marks such as 1+3 (0 marks none)",
                 malformed[i]);
        CHECK_STR(parsed(&v, malformed[i]), want);
    }
    CHECK_STR(parsed(&v, "1+99999999999"), "ERR: '1+99999999999': number too large");
    step_view_free(&v);

    /* Lines of a spot are named lines; a list of ids in a different order
     * (a kind may show its items in any order) maps by the place shown. */
    const int lines[] = {7, 5, 6};
    v = make_view(PICK_MANY, lines, 3);
    v.items_are_lines = 1;
    CHECK_STR(parsed(&v, "1+3"), "7,6");
    CHECK_STR(parsed(&v, "4"), "ERR: there is no 4th line: 3 are shown");
    CHECK_STR(parsed(&v, "0+1"), "ERR: '0+1': lines are numbered from 1");
    step_view_free(&v);
}

/* An order names the items by their place in the file, first position
 * first, each exactly once. */
static void test_pick_order(void)
{
    const int ids[] = {1, 2, 3};
    step_view v = make_view(PICK_ORDER, ids, 3);
    v.shuffle = 1;
    CHECK_STR(parsed(&v, "3>1>2"), "3,1,2");
    CHECK_STR(parsed(&v, "1>2>3"), "1,2,3");

    CHECK_STR(parsed(&v, "3>1"), "ERR: '3>1' orders 2 items: all 3 must be given, each once");
    CHECK_HAS(parsed(&v, "2"), "all 3 must be given, each once");
    CHECK_STR(parsed(&v, "1>1>2"), "ERR: '1>1>2' names 1 twice");
    CHECK_STR(parsed(&v, "1>2>3>1"), "ERR: '1>2>3>1' names 1 twice");
    CHECK_HAS(parsed(&v, "1>2>4"), "ERR: '1>2>4': there is no item 4 (items are named by their place in the file, 1 to 3)");
    CHECK_HAS(parsed(&v, "0>1>2"), "ERR: '0>1>2': there is no item 0");
    CHECK_HAS(parsed(&v, "1>2>3>4"), "there is no item 4");
    CHECK_STR(parsed(&v, ""), "ERR: empty answer");
    const char *malformed[] = {"x", "3>1>", ">3>1>2", "3>>1>2", "3+1+2", "3 > 1 > 2", "-3>1>2",
                               "3>1>2.0"};
    for (size_t i = 0; i < sizeof malformed / sizeof malformed[0]; i++) {
        char want[96];
        snprintf(want, sizeof want, "ERR: '%s' is not an order such as 3>1>2", malformed[i]);
        CHECK_STR(parsed(&v, malformed[i]), want);
    }
    CHECK_STR(parsed(&v, "3>1>12345678901234567890"), "ERR: '3>1>12345678901234567890': number too large");
    step_view_free(&v);
}

static void test_pick_none(void)
{
    step_view v = make_view(PICK_NONE, NULL, 0);
    snprintf(v.outcome, sizeof v.outcome, "good");
    CHECK_STR(parsed(&v, "1"), "ERR: this step takes no answer, got '1'");
    CHECK_STR(parsed(&v, "0"), "ERR: this step takes no answer, got '0'");
    CHECK_STR(parsed(&v, ""), "ERR: empty answer");
    CHECK_INT(answer_check(&v, NULL, 0, err, sizeof err), 0);
    const int one = 1;
    CHECK_INT(answer_check(&v, &one, 1, err, sizeof err), -1);
    step_view_free(&v);
}

/* ---- answer_check ----------------------------------------------------------- */

static void test_check(void)
{
    const int ids[] = {1, 3, 4};
    step_view v = make_view(PICK_ONE, ids, 3);
    const int three = 3, two = 2, both[] = {1, 3};
    CHECK_INT(answer_check(&v, &three, 1, err, sizeof err), 0);
    CHECK_INT(answer_check(&v, &two, 1, err, sizeof err), -1);
    CHECK_STR(err, "item 2 is not shown");
    CHECK_INT(answer_check(&v, both, 2, err, sizeof err), -1);
    CHECK_STR(err, "pick exactly one");
    CHECK_INT(answer_check(&v, NULL, 0, err, sizeof err), -1);
    step_view_free(&v);

    v = make_view(PICK_MANY, ids, 3);
    const int twice[] = {3, 3};
    CHECK_INT(answer_check(&v, NULL, 0, err, sizeof err), 0);
    CHECK_INT(answer_check(&v, both, 2, err, sizeof err), 0);
    CHECK_INT(answer_check(&v, twice, 2, err, sizeof err), -1);
    CHECK_STR(err, "item 3 is picked twice");
    step_view_free(&v);

    v = make_view(PICK_ORDER, ids, 3);
    const int all[] = {4, 1, 3};
    CHECK_INT(answer_check(&v, all, 3, err, sizeof err), 0);
    CHECK_INT(answer_check(&v, both, 2, err, sizeof err), -1);
    CHECK_STR(err, "put all 3 items in order");
    step_view_free(&v);
}

/* ---- answer_format ------------------------------------------------------------ */

/* format(ids) is a token that parses back to ids (for marks, as a set in
 * the order shown), for every answer of a small view. */
static void round_trip(const step_view *v, const int *ids, size_t n, const char *want)
{
    char *tok = answer_format(v, ids, n);
    CHECK_STR(tok, want);
    if (!tok)
        return;
    pick p;
    CHECK_INT(answer_parse(v, tok, &p, err, sizeof err), 0);
    CHECK_INT(p.n, n);
    int same = p.n == n;
    for (size_t i = 0; same && i < n; i++) {
        int found = 0;
        for (size_t k = 0; k < p.n; k++)
            found |= p.ids[k] == ids[i];
        /* an order must come back in the same order, marks as the same set */
        same = v->pick == PICK_MANY ? found : p.ids[i] == ids[i];
    }
    if (!same)
        fprintf(stderr, "round trip of '%s' changed the answer\n", tok);
    CHECK(same);
    free(p.ids);
    free(tok);
}

static void test_format(void)
{
    const int ids[] = {1, 3, 4};
    step_view v = make_view(PICK_ONE, ids, 3);
    const int one = 1, three = 3, four = 4, two = 2;
    round_trip(&v, &one, 1, "1");
    round_trip(&v, &three, 1, "2");
    round_trip(&v, &four, 1, "3");
    CHECK_STR(formatted(&v, &two, 1), "(null)"); /* not shown */
    CHECK_STR(formatted(&v, ids, 2), "(null)");  /* not one */
    step_view_free(&v);

    const int opts[] = {1, 2, 3, 4};
    v = make_view(PICK_MANY, opts, 4);
    const int a[] = {3, 1}, b[] = {4, 2, 1, 3}, dup[] = {2, 2}, out_of[] = {5};
    round_trip(&v, NULL, 0, "0");
    round_trip(&v, a, 2, "1+3");     /* marks are a set: written in the order shown */
    round_trip(&v, b, 4, "1+2+3+4");
    round_trip(&v, &two, 1, "2");
    CHECK_STR(formatted(&v, dup, 2), "(null)");
    CHECK_STR(formatted(&v, out_of, 1), "(null)");
    step_view_free(&v);

    /* Places in the view are not places in the file: a spot that shows
     * lines 7, 5, 6 in that order. */
    const int lines[] = {7, 5, 6};
    v = make_view(PICK_MANY, lines, 3);
    const int c[] = {6, 7};
    round_trip(&v, c, 2, "1+3");
    step_view_free(&v);

    const int items[] = {1, 2, 3};
    v = make_view(PICK_ORDER, items, 3);
    const int ord[] = {3, 1, 2}, ord2[] = {1, 2, 3}, few[] = {3, 1};
    round_trip(&v, ord, 3, "3>1>2");
    round_trip(&v, ord2, 3, "1>2>3");
    CHECK_STR(formatted(&v, few, 2), "(null)");
    step_view_free(&v);

    /* Every permutation of a 4-item order and every subset of 5 marks. */
    const int four_items[] = {1, 2, 3, 4};
    v = make_view(PICK_ORDER, four_items, 4);
    int perm[4], count = 0;
    for (int x = 0; x < 256; x++) {
        int used = 0, okp = 1;
        for (int k = 0; k < 4; k++) {
            perm[k] = ((x >> (2 * k)) & 3) + 1;
            if (used & (1 << perm[k]))
                okp = 0;
            used |= 1 << perm[k];
        }
        if (!okp)
            continue;
        count++;
        char want[16];
        snprintf(want, sizeof want, "%d>%d>%d>%d", perm[0], perm[1], perm[2], perm[3]);
        round_trip(&v, perm, 4, want);
    }
    CHECK_INT(count, 24);
    step_view_free(&v);

    const int five[] = {1, 2, 3, 4, 5};
    v = make_view(PICK_MANY, five, 5);
    for (int mask = 0; mask < 32; mask++) {
        int set[5];
        size_t n = 0;
        char want[16] = "";
        size_t len = 0;
        for (int k = 0; k < 5; k++)
            if (mask & (1 << k)) {
                set[n++] = k + 1;
                len += (size_t)snprintf(want + len, sizeof want - len, "%s%d", len ? "+" : "", k + 1);
            }
        round_trip(&v, set, n, n ? want : "0");
    }
    step_view_free(&v);
}

/* An order whose items have large ids. The prelude keeps a kind's ids to
 * 1..1,000,000, but answer_format takes any view (C fakes and future kinds
 * build them too), so the token must still be whole. The five-item case
 * runs in a child process so that a buffer overflow (ASan) fails one check
 * instead of ending the whole test. */
static void test_format_large_ids(void)
{
    const int big[] = {1000000001, 1000000002, 1000000003, 1000000004, 1000000005};
    step_view v = make_view(PICK_ORDER, big, 5);

    /* One id of ten digits: the token must be that id, not cut short. */
    CHECK_STR(formatted(&v, (const int[]){1000000003}, 1), "(null)"); /* one of five: not an order */
    step_view one = make_view(PICK_ORDER, big, 1);
    CHECK_STR(formatted(&one, big, 1), "1000000001");
    step_view_free(&one);

    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        char *tok = answer_format(&v, big, 5);
        int ok = tok && strcmp(tok, "1000000001>1000000002>1000000003>1000000004>1000000005") == 0;
        free(tok);
        _exit(ok ? 0 : 3);
    }
    int status = 0;
    CHECK(pid > 0);
    if (pid > 0)
        waitpid(pid, &status, 0);
    if (!(WIFEXITED(status) && WEXITSTATUS(status) == 0))
        fprintf(stderr, "answer_format of a 5-item order with 10-digit ids: child %s %d\n",
                WIFEXITED(status) ? "exited" : "killed by signal",
                WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    step_view_free(&v);
}

/* ---- Scores ------------------------------------------------------------------ */

static void test_score_pct(void)
{
    CHECK_INT(score_pct(0, 4), 0);
    CHECK_INT(score_pct(4, 4), 100);
    CHECK_INT(score_pct(1, 3), 33);    /* 33.3 */
    CHECK_INT(score_pct(2, 3), 67);    /* 66.7 */
    CHECK_INT(score_pct(3, 8), 38);    /* 37.5: halves up */
    CHECK_INT(score_pct(5, 8), 63);    /* 62.5 */
    CHECK_INT(score_pct(33, 200), 17); /* 16.5 */
    CHECK_INT(score_pct(1, 200), 1);   /* 0.5 */
    CHECK_INT(score_pct(1, 201), 0);   /* 0.4975 */
    CHECK_INT(score_pct(199, 200), 100); /* 99.5 */
    CHECK_INT(score_pct(398, 401), 99);  /* 99.25 */
    CHECK_INT(score_pct(1, 7), 14);    /* 14.29 */
    CHECK_INT(score_pct(6, 7), 86);    /* 85.71 */
    /* negative points: 0, never below */
    CHECK_INT(score_pct(-1, 5), 0);
    CHECK_INT(score_pct(-5, 5), 0);
    CHECK_INT(score_pct(INT_MIN, 1), 0);
    /* above the maximum: 100, never above */
    CHECK_INT(score_pct(7, 5), 100);
    CHECK_INT(score_pct(INT_MAX, 1), 100);
    CHECK_INT(score_pct(INT_MAX, INT_MAX), 100);
    CHECK_INT(score_pct(INT_MAX / 2 + 1, INT_MAX), 50); /* 50.00000002 */
    /* nothing to earn: 100 whatever the points */
    CHECK_INT(score_pct(0, 0), 100);
    CHECK_INT(score_pct(-3, 0), 100);
    CHECK_INT(score_pct(3, 0), 100);
    CHECK_INT(score_pct(0, -2), 100);
    CHECK_INT(score_pct(-5, -2), 100);
    /* every points total of a max of 8, against the formula worked out by
     * hand: round(12.5 p) with halves up */
    const int by8[] = {0, 13, 25, 38, 50, 63, 75, 88, 100};
    for (int p = 0; p <= 8; p++)
        CHECK_INT(score_pct(p, 8), by8[p]);
}

static void test_score_total(void)
{
    CHECK_INT(score_total(0, 0), 0);
    CHECK_INT(score_total(100, 100), 100);
    CHECK_INT(score_total(0, 100), 50);
    CHECK_INT(score_total(37, 38), 38);  /* 37.5 */
    CHECK_INT(score_total(16, 17), 17);  /* 16.5 */
    CHECK_INT(score_total(0, 1), 1);     /* 0.5 */
    CHECK_INT(score_total(99, 100), 100); /* 99.5 */
    CHECK_INT(score_total(98, 100), 99);
    CHECK_INT(score_total(33, 67), 50);
    CHECK_INT(score_total(38, 100), 69);
    CHECK_INT(score_total(50, 25), 38);  /* 37.5 */
    /* the record's score: the percentages first, then their mean */
    CHECK_INT(score_total(score_pct(3, 8), score_pct(33, 200)), 28); /* (38 + 17) / 2 = 27.5 */
    CHECK_INT(score_total(score_pct(-4, 6), score_pct(9, 0)), 50);
}

int main(void)
{
    test_pick_one();
    test_pick_many();
    test_pick_order();
    test_pick_none();
    test_check();
    test_format();
    test_format_large_ids();
    test_score_pct();
    test_score_total();
    return check_done();
}
