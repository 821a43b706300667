/* test_explore — the explorer on fake step kinds written in C (no Lua): each
 * step is a list of choices (next step, points, flags set, a condition on a
 * flag) or an ending; the scenario's key is its flag bits. Every expected
 * figure is worked out by hand in the comment above its check. */
#include "core/core.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Fake step kinds -------------------------------------------------------- */

#define F_A 1u   /* flag bits */
#define F_B 2u

typedef struct {
    int next, d, r;
    uint32_t set;       /* flags set when picked */
    uint32_t when;      /* shown only when all these flags are set (0: always) */
} fchoice;

typedef struct {
    const char *id;
    const char *outcome;   /* non-NULL: an ending */
    fchoice ch[4];
    int n_ch;
} fstep;

typedef struct {
    const fstep *steps;
    uint32_t flags;
    uint32_t seed;
    int fail_enter;        /* enter fails at this step; -1 never */
    int fail_answer;       /* answer fails at this step; -1 never */
} fake;

static int visible(const fake *f, const fchoice *c)
{
    return (f->flags & c->when) == c->when;
}

static int f_reset(void *ctx, uint32_t seed, char *err, size_t errlen)
{
    (void)err, (void)errlen;
    fake *f = ctx;
    f->flags = 0;
    f->seed = seed;
    return 0;
}

static int f_save(void *ctx, bd_buf *out, char *err, size_t errlen)
{
    fake *f = ctx;
    unsigned char b[4] = { f->flags & 0xff, (f->flags >> 8) & 0xff, (f->flags >> 16) & 0xff,
                           f->flags >> 24 };
    if (bd_buf_add(out, b, sizeof b) < 0) {
        bd_set_err(err, errlen, "fake.lua:1: out of memory");
        return -1;
    }
    return 0;
}

static int f_load(void *ctx, const unsigned char *key, size_t len, char *err, size_t errlen)
{
    fake *f = ctx;
    if (len != 4) {
        bd_set_err(err, errlen, "fake.lua:1: bad key");
        return -1;
    }
    f->flags = key[0] | key[1] << 8 | key[2] << 16 | (uint32_t)key[3] << 24;
    return 0;
}

static int f_enter(void *ctx, int step, const unsigned char *scored, step_view *view,
                   char *err, size_t errlen)
{
    fake *f = ctx;
    const fstep *s = &f->steps[step];
    (void)scored;
    memset(view, 0, sizeof *view);
    if (step == f->fail_enter) {
        bd_set_err(err, errlen, "fake.lua:12: attempt to index a nil value\nstack traceback:\n\t[C]: in ?");
        return -1;
    }
    if (s->outcome) {
        snprintf(view->outcome, sizeof view->outcome, "%s", s->outcome);
        return 0;
    }
    view->pick = PICK_ONE;
    view->items = calloc(4, sizeof *view->items);
    for (int i = 0; i < s->n_ch; i++)
        if (visible(f, &s->ch[i]))
            view->items[view->n_items++].id = i + 1;
    return 0;
}

static int f_answers(void *ctx, int step, const step_view *view, pick_list *out,
                     char *err, size_t errlen)
{
    (void)ctx, (void)step, (void)err, (void)errlen;
    for (size_t i = 0; i < view->n_items; i++)
        if (pick_list_add(out, &view->items[i].id, 1) < 0)
            return -1;
    return 0;
}

static int f_answer(void *ctx, int step, const step_view *view, const int *picked, size_t n,
                    step_result *res, char *err, size_t errlen)
{
    fake *f = ctx;
    (void)view, (void)n;
    memset(res, 0, sizeof *res);
    if (step == f->fail_answer) {
        bd_set_err(err, errlen, "fake.lua:30: boom");
        return -1;
    }
    const fchoice *c = &f->steps[step].ch[picked[0] - 1];
    f->flags |= c->set;
    res->next = c->next;
    res->detect = c->d;
    res->respond = c->r;
    return 0;
}

static const scn_ops fake_ops = { f_reset, f_save, f_load, f_enter, f_answer, f_answers };

/* Explores steps[0..n) from step 0 with the seed 42. */
static int explore_fake(fake *f, const fstep *steps, size_t n, size_t max, explore_result *r)
{
    const char **ids = malloc(n * sizeof *ids);
    for (size_t i = 0; i < n; i++)
        ids[i] = steps[i].id;
    f->steps = steps;
    scn_model m = { &fake_ops, f, n, ids, 0 };
    int rc = explore_run(&m, 42, max, EXPLORE_PATHS, r);
    free(ids);
    return rc;
}

#define N_OF(a) (sizeof (a) / sizeof (a)[0])
#define END(name, out) { name, out, { { 0 } }, 0 }

/* ---- Tests ----------------------------------------------------------------- */

/* start -> mid -> end, two answers each.
 * detect: max 1+2 = 3, min 0; respond: max 1+1 = 2, min 0; the path 1,1
 * has both. States: (start,{}), (mid,{start}), (end,{start,mid}): 3, as no
 * answer sets a flag. Edges: two of different points per step: 4. */
static void test_linear(void)
{
    const fstep s[] = {
        { "start", NULL, { { 1, 1, 1, 0, 0 }, { 1, 0, 0, 0, 0 } }, 2 },
        { "mid", NULL, { { 2, 2, 1, 0, 0 }, { 2, 0, 0, 0, 0 } }, 2 },
        END("end", "good"),
    };
    fake f = { .fail_enter = -1, .fail_answer = -1 };
    explore_result r;
    CHECK_INT(explore_fake(&f, s, N_OF(s), 0, &r), 0);
    CHECK_INT(f.seed, 42);
    CHECK_STR(r.error, "");
    CHECK_INT(r.error_step, -1);
    CHECK_INT(r.states, 3);
    CHECK_INT(r.edges, 4);
    CHECK_INT(r.complete, 1);
    CHECK_INT(r.over_limit, 0);
    CHECK_INT(r.detect_max, 3);
    CHECK_INT(r.detect_min, 0);
    CHECK_INT(r.respond_max, 2);
    CHECK_INT(r.respond_min, 0);
    CHECK_INT(r.both_max, 1);
    CHECK_INT(r.paths, 1);
    CHECK_INT(r.paths_capped, 0);
    for (int i = 0; i < 3; i++) {
        CHECK_INT(r.reached[i], 1);
        CHECK_INT(r.dead_end[i], 0);
        CHECK_INT(r.no_pick[i], 0);
        CHECK_INT(r.ending[i], i == 2);
    }
    explore_result_free(&r);
}

/* Negative points. start: (d-2,r0) or (d1,r-3); mid: (d-1,r-1) or (d0,r2).
 * detect: max 1+0 = 1, min -2-1 = -3; respond: max 0+2 = 2, min -3-1 = -4.
 * The detect maximum forces r-3 at start: at best -3+2 = -1 < 2, so no
 * path has both maxima. */
static void test_negative(void)
{
    const fstep s[] = {
        { "start", NULL, { { 1, -2, 0, 0, 0 }, { 1, 1, -3, 0, 0 } }, 2 },
        { "mid", NULL, { { 2, -1, -1, 0, 0 }, { 2, 0, 2, 0, 0 } }, 2 },
        END("end", "bad"),
    };
    fake f = { .fail_enter = -1, .fail_answer = -1 };
    explore_result r;
    CHECK_INT(explore_fake(&f, s, N_OF(s), 0, &r), 0);
    CHECK_INT(r.detect_max, 1);
    CHECK_INT(r.detect_min, -3);
    CHECK_INT(r.respond_max, 2);
    CHECK_INT(r.respond_min, -4);
    CHECK_INT(r.both_max, 0);
    /* Best: detect 1 needs start's 2nd choice (1, -3), then the most respond
     * is mid's 2nd (0, 2): detect 1, respond -1. Worst weighs detect by
     * respond's max (2) and respond by detect's (1): start 1st then mid 1st
     * weighs 2*-3 + 1*-1 = -7; start 2nd then mid 1st 2*0 + -4 = -4; so
     * "1 1" with detect -3, respond -1. */
    CHECK_STR(r.best_answers, "2 2");
    CHECK_INT(r.best_detect, 1);
    CHECK_INT(r.best_respond, -1);
    CHECK_STR(r.worst_answers, "1 1");
    CHECK_INT(r.worst_detect, -3);
    CHECK_INT(r.worst_respond, -1);
    explore_result_free(&r);
}

/* look (d1) -> decide: back to look, or on to end (r2).
 * States: (look,{}), (decide,{look}), (end,{look,decide}),
 * (look,{look,decide}), (decide,{look,decide}): 5; a second lap reaches
 * the same two. Edges: look->decide (1,0); decide->end (0,2);
 * decide->look2 (0,0); look2->decide2 (0,0); decide2->look2 (0,0);
 * decide2->end (0,0, decide already scored): 6.
 * Looping scores nothing more: detect max = min = 1; respond max 2, min 0
 * (answer decide with "back" first, then "on" scores 0). No dead end. Paths
 * visiting no step twice: look, decide, end only. */
static void test_loop(void)
{
    const fstep s[] = {
        { "look", NULL, { { 1, 1, 0, 0, 0 } }, 1 },
        { "decide", NULL, { { 0, 0, 0, 0, 0 }, { 2, 0, 2, 0, 0 } }, 2 },
        END("end", "good"),
    };
    fake f = { .fail_enter = -1, .fail_answer = -1 };
    explore_result r;
    CHECK_INT(explore_fake(&f, s, N_OF(s), 0, &r), 0);
    CHECK_INT(r.states, 5);
    CHECK_INT(r.edges, 6);
    CHECK_INT(r.complete, 1);
    CHECK_INT(r.detect_max, 1);
    CHECK_INT(r.detect_min, 1);
    CHECK_INT(r.respond_max, 2);
    CHECK_INT(r.respond_min, 0);
    CHECK_INT(r.both_max, 1);
    CHECK_INT(r.paths, 1);
    for (int i = 0; i < 3; i++)
        CHECK_INT(r.dead_end[i], 0);
    /* The best path goes straight on; the worst loops back once, so that
     * decide scores nothing the second time: look, decide (back), look,
     * decide (on). The tokens are choices counted from 1. */
    CHECK_STR(r.best_answers, "1 2");
    CHECK_INT(r.best_respond, 2);
    CHECK_STR(r.worst_answers, "1 1 1 2");
    /* Fewest answers: look at once, decide after 1, end after 2; and to the
     * end: 2 from look, 1 from decide, 0 at the end. */
    CHECK_INT(r.fewest[0], 0);
    CHECK_INT(r.fewest[1], 1);
    CHECK_INT(r.fewest[2], 2);
    CHECK_INT(r.to_end[0], 2);
    CHECK_INT(r.to_end[1], 1);
    CHECK_INT(r.to_end[2], 0);
    CHECK_INT(r.worst_detect, 1);
    CHECK_INT(r.worst_respond, 0);
    explore_result_free(&r);

    /* max_states: 5 states fit in 5, not in 4. */
    CHECK_INT(explore_fake(&f, s, N_OF(s), 5, &r), 0);
    CHECK_INT(r.over_limit, 0);
    explore_result_free(&r);
    CHECK_INT(explore_fake(&f, s, N_OF(s), 4, &r), 0);
    CHECK_INT(r.over_limit, 1);
    CHECK_INT(r.states, 4);
    CHECK_STR(r.error, "");
    explore_result_free(&r);
}

/* start -> spin <-> spin2 forever, or start -> end. spin and spin2 can
 * never reach the ending; start can. */
static void test_cycle_without_exit(void)
{
    const fstep s[] = {
        { "start", NULL, { { 1, 0, 0, 0, 0 }, { 3, 1, 0, 0, 0 } }, 2 },
        { "spin", NULL, { { 2, 1, 1, 0, 0 } }, 1 },
        { "spin2", NULL, { { 1, 1, 1, 0, 0 } }, 1 },
        END("end", "good"),
    };
    fake f = { .fail_enter = -1, .fail_answer = -1 };
    explore_result r;
    CHECK_INT(explore_fake(&f, s, N_OF(s), 0, &r), 0);
    CHECK_INT(r.complete, 1);
    CHECK_INT(r.dead_end[0], 0);
    CHECK_INT(r.dead_end[1], 1);
    CHECK_INT(r.dead_end[2], 1);
    CHECK_INT(r.dead_end[3], 0);
    /* Only start -> end completes: the spin points never count. */
    CHECK_INT(r.detect_max, 1);
    CHECK_INT(r.respond_max, 0);
    CHECK_INT(r.paths, 1);
    CHECK_INT(r.to_end[0], 1);
    CHECK(r.to_end[1] == UINT32_MAX && r.to_end[2] == UINT32_MAX);   /* no way out of the spin */
    explore_result_free(&r);

    /* No ending reachable at all: not complete, every step a dead end. */
    const fstep t[] = {
        { "a", NULL, { { 1, 0, 0, 0, 0 } }, 1 },
        { "b", NULL, { { 0, 0, 0, 0, 0 } }, 1 },
    };
    CHECK_INT(explore_fake(&f, t, N_OF(t), 0, &r), 0);
    CHECK_INT(r.complete, 0);
    CHECK_INT(r.dead_end[0], 1);
    CHECK_INT(r.dead_end[1], 1);
    CHECK_INT(r.paths, 0);
    explore_result_free(&r);
}

/* orphan: no choice leads to it. */
static void test_unreachable(void)
{
    const fstep s[] = {
        { "start", NULL, { { 2, 0, 0, 0, 0 } }, 1 },
        { "orphan", NULL, { { 2, 5, 5, 0, 0 } }, 1 },
        END("end", "good"),
    };
    fake f = { .fail_enter = -1, .fail_answer = -1 };
    explore_result r;
    CHECK_INT(explore_fake(&f, s, N_OF(s), 0, &r), 0);
    CHECK_INT(r.reached[0], 1);
    CHECK_INT(r.reached[1], 0);
    CHECK_INT(r.reached[2], 1);
    CHECK_INT(r.detect_max, 0);   /* the orphan's 5 cannot be earned */
    CHECK(r.fewest[1] == UINT32_MAX);
    CHECK_INT(r.fewest[2], 1);
    CHECK(r.to_end[1] == UINT32_MAX);   /* never entered: no state to measure from */
    CHECK_INT(r.to_end[0], 1);
    explore_result_free(&r);
}

/* gate's only choice needs flag A; start sets it on one answer only. In the
 * state without A, gate offers nothing to pick (and so is a dead end there). */
static void test_no_pick(void)
{
    const fstep s[] = {
        { "start", NULL, { { 1, 0, 0, F_A, 0 }, { 1, 0, 0, 0, 0 } }, 2 },
        { "gate", NULL, { { 2, 0, 0, 0, F_A } }, 1 },
        END("end", "good"),
    };
    fake f = { .fail_enter = -1, .fail_answer = -1 };
    explore_result r;
    CHECK_INT(explore_fake(&f, s, N_OF(s), 0, &r), 0);
    CHECK_INT(r.complete, 1);
    CHECK_INT(r.no_pick[0], 0);
    CHECK_INT(r.no_pick[1], 1);
    CHECK_INT(r.no_pick[2], 0);
    CHECK_INT(r.dead_end[1], 1);
    CHECK_INT(r.ending[2], 1);
    explore_result_free(&r);
}

/* A diamond: start -> left (d2) or right (r3) -> end. Detect max 2 and
 * respond max 3 need different branches: both_max 0; 2 paths. A third
 * choice start -> left worth (d2, r3) puts both on one path. */
static void test_both_and_diamond(void)
{
    fstep s[] = {
        { "start", NULL, { { 1, 2, 0, 0, 0 }, { 2, 0, 3, 0, 0 } }, 2 },
        { "left", NULL, { { 3, 0, 0, 0, 0 } }, 1 },
        { "right", NULL, { { 3, 0, 0, 0, 0 } }, 1 },
        END("end", "mixed"),
    };
    fake f = { .fail_enter = -1, .fail_answer = -1 };
    explore_result r;
    CHECK_INT(explore_fake(&f, s, N_OF(s), 0, &r), 0);
    CHECK_INT(r.detect_max, 2);
    CHECK_INT(r.respond_max, 3);
    CHECK_INT(r.both_max, 0);
    CHECK_INT(r.paths, 2);
    explore_result_free(&r);

    s[0].ch[2] = (fchoice){ 1, 2, 3, 0, 0 };
    s[0].n_ch = 3;
    CHECK_INT(explore_fake(&f, s, N_OF(s), 0, &r), 0);
    CHECK_INT(r.both_max, 1);
    CHECK_INT(r.paths, 2);   /* the new choice adds no new step sequence */
    explore_result_free(&r);
}

/* Two flag variants of one step sequence: start sets A or B, then mid ->
 * end. States: (start), (mid,A), (mid,B), (end,A), (end,B): 5, but only
 * one sequence start, mid, end. */
static void test_flag_variants(void)
{
    const fstep s[] = {
        { "start", NULL, { { 1, 1, 0, F_A, 0 }, { 1, 0, 0, F_B, 0 } }, 2 },
        { "mid", NULL, { { 2, 0, 0, 0, 0 } }, 1 },
        END("end", "good"),
    };
    fake f = { .fail_enter = -1, .fail_answer = -1 };
    explore_result r;
    CHECK_INT(explore_fake(&f, s, N_OF(s), 0, &r), 0);
    CHECK_INT(r.states, 5);
    CHECK_INT(r.paths, 1);
    explore_result_free(&r);
}

/* Errors: the first script error is kept, with its step, and exploring
 * stops. The report is one line: a traceback after the message is cut. */
static void test_errors(void)
{
    const fstep s[] = {
        { "start", NULL, { { 1, 0, 0, 0, 0 } }, 1 },
        { "mid", NULL, { { 2, 0, 0, 0, 0 }, { 9, 0, 0, 0, 0 } }, 2 },
        END("end", "good"),
    };
    fake f = { .fail_enter = 1, .fail_answer = -1 };
    explore_result r;
    CHECK_INT(explore_fake(&f, s, N_OF(s), 0, &r), -1);
    CHECK_STR(r.error, "fake.lua:12: attempt to index a nil value");
    CHECK_INT(r.error_step, 1);
    explore_result_free(&r);

    f = (fake){ .fail_enter = -1, .fail_answer = 0 };
    CHECK_INT(explore_fake(&f, s, N_OF(s), 0, &r), -1);
    CHECK_STR(r.error, "fake.lua:30: boom");
    CHECK_INT(r.error_step, 0);
    explore_result_free(&r);

    /* mid's second choice names step 9 of 3. */
    f = (fake){ .fail_enter = -1, .fail_answer = -1 };
    CHECK_INT(explore_fake(&f, s, N_OF(s), 0, &r), -1);
    CHECK_STR(r.error, "step 'mid': next step out of range");
    CHECK_INT(r.error_step, 1);
    CHECK(!strchr(r.error, '\n'));
    explore_result_free(&r);
}

/* 200 steps: s0 -> s1 -> ... -> s199 (an ending); each s1..s198 also goes
 * back one step. Every forward answer is worth (1,1); back is worth 0.
 * With S_m = {s0..sm} scored, the states are: the start; (s1, S_0); and for
 * m = 1..198, (sk, S_m) for k = 0..m (walking back from s(m-1)) plus
 * (s(m+1), S_m): m+2 states. 2 + sum(m+2, m=1..198) = 2 + 19701 + 396
 * = 20099. detect max 199 (s0..s198 each once); min 1: s0 must go forward
 * first, but every later step can be answered "back" first and then score
 * 0 going forward. One path visits no step twice: straight through. */
static void test_long_chain(void)
{
    enum { N = 200 };
    fstep *s = calloc(N, sizeof *s);
    char (*ids)[8] = calloc(N, sizeof *ids);
    for (int i = 0; i < N; i++) {
        snprintf(ids[i], sizeof ids[i], "s%d", i);
        s[i].id = ids[i];
        if (i == N - 1) {
            s[i].outcome = "good";
            continue;
        }
        s[i].ch[s[i].n_ch++] = (fchoice){ i + 1, 1, 1, 0, 0 };
        if (i > 0)
            s[i].ch[s[i].n_ch++] = (fchoice){ i - 1, 0, 0, 0, 0 };
    }
    fake f = { .fail_enter = -1, .fail_answer = -1 };
    explore_result r;
    CHECK_INT(explore_fake(&f, s, N, 0, &r), 0);
    CHECK_INT(r.states, 20099);
    CHECK_INT(r.complete, 1);
    CHECK_INT(r.detect_max, 199);
    CHECK_INT(r.detect_min, 1);
    CHECK_INT(r.respond_max, 199);
    CHECK_INT(r.both_max, 1);
    CHECK_INT(r.paths, 1);
    int dead = 0;
    for (int i = 0; i < N; i++)
        dead += r.dead_end[i];
    CHECK_INT(dead, 0);
    explore_result_free(&r);
    free(s);
    free(ids);
}

/* A mirror of a phishing drill that uses every built-in kind, with each
 * multi, spot and order step turned into choices, one per distinct number
 * of points it can give:
 *   inbox (choice): headers d1 setting A | paid r-2 | who r1
 *   headers (spot, 3 suspicious of 4 lines, detect, floored): d 0..3
 *   who (multi, 2 right of 3, respond, floored): r 0..2
 *   steps (order of 3, respond, +1 per item in place): r 0, 1 or 3
 *   wrap (choice): block r1 (only with A) | done
 *   paid (choice): r2 | r-1; stopped and lost are endings.
 * detect max 1+3 = 4, min 0 (any path not through headers); respond max
 * 2+3+1 = 6 through headers, or 1+2+3 = 6 through who directly; min
 * -2-1 = -3. inbox 1, headers 3, who 2, steps 3, wrap 1 has both.
 * Paths: inbox-headers-who-steps-wrap-stopped, inbox-who-steps-wrap-stopped,
 * inbox-paid-lost: 3. States: inbox, headers, who x2 (with A by headers,
 * without), steps x2, wrap x2, stopped x2, paid, lost: 12. */
static void test_phish_mirror(void)
{
    enum { INBOX, HEADERS, WHO, STEPS, WRAP, PAID, STOPPED, LOST };
    const fstep s[] = {
        [INBOX] = { "inbox", NULL, { { HEADERS, 1, 0, F_A, 0 }, { PAID, 0, -2, 0, 0 },
                                     { WHO, 0, 1, 0, 0 } }, 3 },
        [HEADERS] = { "headers", NULL, { { WHO, 0, 0, 0, 0 }, { WHO, 1, 0, 0, 0 },
                                         { WHO, 2, 0, 0, 0 }, { WHO, 3, 0, 0, 0 } }, 4 },
        [WHO] = { "who", NULL, { { STEPS, 0, 0, 0, 0 }, { STEPS, 0, 1, 0, 0 },
                                 { STEPS, 0, 2, 0, 0 } }, 3 },
        [STEPS] = { "steps", NULL, { { WRAP, 0, 0, 0, 0 }, { WRAP, 0, 1, 0, 0 },
                                     { WRAP, 0, 3, 0, 0 } }, 3 },
        [WRAP] = { "wrap", NULL, { { STOPPED, 0, 1, 0, F_A }, { STOPPED, 0, 0, 0, 0 } }, 2 },
        [PAID] = { "paid", NULL, { { LOST, 0, 2, 0, 0 }, { LOST, 0, -1, 0, 0 } }, 2 },
        [STOPPED] = END("stopped", "good"),
        [LOST] = END("lost", "bad"),
    };
    fake f = { .fail_enter = -1, .fail_answer = -1 };
    explore_result r;
    CHECK_INT(explore_fake(&f, s, N_OF(s), 0, &r), 0);
    CHECK_STR(r.error, "");
    CHECK_INT(r.states, 12);
    CHECK_INT(r.complete, 1);
    CHECK_INT(r.detect_max, 4);
    CHECK_INT(r.respond_max, 6);
    CHECK_INT(r.detect_min, 0);
    CHECK_INT(r.respond_min, -3);
    CHECK_INT(r.both_max, 1);
    CHECK_INT(r.paths, 3);
    for (int i = 0; i < (int)N_OF(s); i++) {
        CHECK_INT(r.reached[i], 1);
        CHECK_INT(r.ending[i], i == STOPPED || i == LOST);
        CHECK_INT(r.dead_end[i], 0);
        CHECK_INT(r.no_pick[i], 0);
    }
    explore_result_free(&r);
}

int main(void)
{
    test_linear();
    test_negative();
    test_loop();
    test_cycle_without_exit();
    test_unreachable();
    test_no_pick();
    test_both_and_diamond();
    test_flag_variants();
    test_errors();
    test_long_chain();
    test_phish_mirror();
    return check_done();
}
