/*
 * explore — every state a scenario can be in, and the figures validation and
 * scoring take from them (scenario contract, "Scoring" and "Errors").
 *
 * A state is (step, steps already scored, the scenario's own key from
 * ops->save). Exploring is a breadth-first walk from the start: the state
 * array is its own queue, so the edges of state i are stored contiguously
 * (compressed rows) without a second pass. Then (explore_paths.c):
 *   - strongly connected components (iterative Tarjan: a scenario can be
 *     1,000,000 states deep, far past the C stack) and, on their
 *     condensation, the min and max of each axis over complete paths, which
 *     states can still reach an ending, and whether one path reaches both
 *     maxima. No cycle can score: an edge that scores adds its step to the
 *     scored set, which only grows, so every edge inside a component weighs
 *     0 and the condensation's longest paths are the scenario's.
 *   - the number of step sequences from the start to an ending that visit no
 *     step twice, counted over sets of states (states differing only in
 *     flags share a sequence) with a memo and an explicit stack.
 *
 * Memory, the budget being EXPLORE_MAX_STATES: a state is 16 bytes plus a
 * blob (scored set packed as bits, then the key) interned in one arena, and
 * 8 bytes of hash table at most half full; an edge is 12 bytes. Scored sets
 * are not interned apart from keys: they would save a few bytes a state but
 * add a second table, and the blob already fits in tens of megabytes.
 *
 * Depends on scn_ops only; the caller frees the result with
 * explore_result_free whatever explore_run returned.
 */
#include "core/core.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/explore_graph.h"

/* ---- Errors ----------------------------------------------------------------- */

/* Keeps the first error only: later ones are usually its consequences. */
static int xfail(xgraph *g, int step, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int xfail(xgraph *g, int step, const char *fmt, ...)
{
    explore_result *out = g->out;
    if (!out->error[0]) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(out->error, sizeof out->error, fmt, ap);
        va_end(ap);
        /* One line: a script error's first line is its "file:line: message";
         * any traceback after it is for a log, not for this report. */
        out->error[strcspn(out->error, "\r\n")] = 0;
        out->error_step = step;
    }
    return -1;
}

/* ---- The state table ------------------------------------------------------ */

/* FNV-1a with a final avalanche (the murmur3 finaliser) so that the low bits
 * that pick a slot depend on every byte. SipHash (crypto_shorthash) was
 * considered: it resists crafted collisions, but only a scenario's own
 * author shapes these keys, and one who wants a slow validation can already
 * write 1,000,000 states. FNV needs no keyed set-up, costs less per byte on
 * the short keys we hash, and is deterministic, so timings reproduce. */
uint32_t xhash(uint32_t step, const unsigned char *p, size_t n)
{
    uint64_t h = 14695981039346656037ULL;
    for (int i = 0; i < 4; i++) {
        h ^= (step >> (8 * i)) & 0xff;
        h *= 1099511628211ULL;
    }
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return (uint32_t)h;
}

/* Doubles the table. Kept at most half full: linear probing stays short, and
 * at 1,000,000 states the table is 16 MiB, small beside the states. */
static int slots_grow(xgraph *g)
{
    size_t n = g->n_slots ? g->n_slots * 2 : 1024;
    xslot *s = calloc(n, sizeof *s);
    if (!s)
        return -1;
    for (size_t i = 0; i < g->n_slots; i++) {
        xslot e = g->slots[i];
        if (!e.idx)
            continue;
        size_t j = e.h & (n - 1);
        while (s[j].idx)
            j = (j + 1) & (n - 1);
        s[j] = e;
    }
    free(g->slots);
    g->slots = s;
    g->n_slots = n;
    return 0;
}

/* The state (step, blob): its index in *idx, found or added.
 * Returns 0; 1 when adding it would pass max_states; -1 out of memory. */
static int state_get(xgraph *g, uint32_t step, const unsigned char *blob, size_t len,
                     uint32_t *idx)
{
    uint32_t h = xhash(step, blob, len);
    size_t mask = g->n_slots - 1, j = h & mask;
    for (; g->slots[j].idx; j = (j + 1) & mask) {
        const xslot e = g->slots[j];
        const xstate *s = &g->st[e.idx - 1];
        if (e.h == h && s->step == step && s->len == len &&
            memcmp(g->arena.data + s->off, blob, len) == 0) {
            *idx = e.idx - 1;
            return 0;
        }
    }
    /* The state count alone does not bound memory: states of big keys
     * (many flags, long strings) stop the walk as the count would. */
    if (g->n_st >= g->max_states || g->arena.len + len > EXPLORE_MAX_KEY_BYTES)
        return 1;
    if (g->n_st + 1 >= g->cap_st) {
        size_t cap = g->cap_st * 2;
        xstate *st = realloc(g->st, cap * sizeof *st);
        if (st)
            g->st = st;
        unsigned char *term = realloc(g->term, cap);
        if (term)
            g->term = term;
        size_t *es = realloc(g->estart, (cap + 1) * sizeof *es);
        if (es)
            g->estart = es;
        if (!st || !term || !es)
            return -1;
        g->cap_st = cap;
    }
    size_t off = g->arena.len;
    if (bd_buf_add(&g->arena, blob, len) < 0)
        return -1;
    g->st[g->n_st] = (xstate){ .off = off, .len = (uint32_t)len, .step = step };
    g->term[g->n_st] = 0;
    g->slots[j] = (xslot){ .idx = (uint32_t)g->n_st + 1, .h = h };
    *idx = (uint32_t)g->n_st++;
    if (g->n_st * 2 > g->n_slots && slots_grow(g) < 0)
        return -1;
    return 0;
}

/* Adds the state of the scenario as saved now, at step, with scored (n_steps
 * bytes) as its scored set. Same returns as state_get; -2 a script error,
 * blamed on from (the step being answered, -1 at the start). */
static int state_add_saved(xgraph *g, int step, const unsigned char *scored, int from,
                           uint32_t *idx)
{
    char why[BD_MSG_LEN] = "";
    g->key.len = 0;
    if (g->m->ops->save(g->m->ctx, &g->key, why, sizeof why) < 0) {
        xfail(g, from, "%s", why);
        return -2;
    }
    g->blob.len = 0;
    unsigned char zero[64] = { 0 };
    for (size_t left = g->nb; left;) {
        size_t n = left < sizeof zero ? left : sizeof zero;
        if (bd_buf_add(&g->blob, zero, n) < 0)
            return -1;
        left -= n;
    }
    for (size_t k = 0; k < g->m->n_steps; k++)
        if (scored[k])
            g->blob.data[k >> 3] |= (unsigned char)(1u << (k & 7));
    if (bd_buf_add(&g->blob, g->key.data, g->key.len) < 0)
        return -1;
    if (g->blob.len > UINT32_MAX)
        return -1;
    return state_get(g, (uint32_t)step, g->blob.data, g->blob.len, idx);
}

static int edge_add(xgraph *g, uint32_t to, int d, int r, size_t ans)
{
    if (bd_grow((void **)&g->ed, &g->cap_ed, g->n_ed + 1, sizeof *g->ed) < 0)
        return -1;
    g->ed[g->n_ed++] = (xedge){ .to = to, .d = d, .r = r, .ans = (uint32_t)ans };
    return 0;
}

static int edge_cmp(const void *a, const void *b)
{
    const xedge *x = a, *y = b;
    if (x->to != y->to)
        return x->to < y->to ? -1 : 1;
    if (x->d != y->d)
        return x->d < y->d ? -1 : 1;
    return (x->r > y->r) - (x->r < y->r);
}

/* The same, then the answer first listed: the edge kept for a merged effect
 * is the kind's first answer to it. */
static int edge_cmp_ans(const void *a, const void *b)
{
    const xedge *x = a, *y = b;
    int c = edge_cmp(a, b);
    return c ? c : (x->ans > y->ans) - (x->ans < y->ans);
}

/* ---- Walking the states ------------------------------------------------- */

/* Visits state i: enters its step, then follows every answer the step kind
 * offers. Returns 0, 1 when max_states is passed, -1 on an error (in out). */
static int state_visit(xgraph *g, size_t i)
{
    const scn_model *m = g->m;
    const scn_ops *ops = m->ops;
    explore_result *out = g->out;
    const xstate s = g->st[i];
    const int step = (int)s.step;
    const char *id = m->step_ids[step];
    char why[BD_MSG_LEN] = "";
    step_view view = { 0 };
    step_result res = { 0 };
    pick_list list = { 0 };
    int rc = -1;

    g->estart[i] = g->n_ed;
    const unsigned char *blob = g->arena.data + s.off;
    for (size_t k = 0; k < m->n_steps; k++)
        g->scored[k] = (blob[k >> 3] >> (k & 7)) & 1;
    /* load copies what it needs: the arena may move once states are added. */
    if (ops->load(m->ctx, blob + g->nb, s.len - g->nb, why, sizeof why) < 0 ||
        ops->enter(m->ctx, step, g->scored, &view, why, sizeof why) < 0) {
        xfail(g, step, "%s", why);
        goto done;
    }
    out->reached[step] = 1;
    if (view.outcome[0]) {
        out->ending[step] = 1;
        g->term[i] = 1;
        rc = 0;
        goto done;
    }
    if (view.n_items == 0 || view.pick == PICK_NONE) {
        out->no_pick[step] = 1;
        rc = 0;
        goto done;
    }
    /* enter may have set flags or drawn random numbers: every answer starts
     * from the scenario as it is after entering. */
    g->key2.len = 0;
    if (ops->save(m->ctx, &g->key2, why, sizeof why) < 0 ||
        ops->answers(m->ctx, step, &view, &list, why, sizeof why) < 0) {
        xfail(g, step, "%s", why);
        goto done;
    }
    if (list.n == 0) {
        xfail(g, step, "step '%s': its kind offers no answer to try", id);
        goto done;
    }
    int was_scored = g->scored[step];
    g->scored[step] = 1;
    for (size_t a = 0; a < list.n; a++) {
        const pick *p = &list.v[a];
        if (answer_check(&view, p->ids, p->n, why, sizeof why) < 0) {
            xfail(g, step, "step '%s': an answer its kind offers is impossible: %s", id, why);
            goto done;
        }
        if (ops->load(m->ctx, g->key2.data, g->key2.len, why, sizeof why) < 0 ||
            ops->answer(m->ctx, step, &view, p->ids, p->n, &res, why, sizeof why) < 0) {
            xfail(g, step, "%s", why);
            goto done;
        }
        if (res.next < 0 || (size_t)res.next >= m->n_steps) {
            xfail(g, step, "step '%s': next step out of range", id);
            goto done;
        }
        uint32_t to;
        int got = state_add_saved(g, res.next, g->scored, step, &to);
        if (got == -2)
            goto done;
        if (got == 1) {
            out->over_limit = 1;
            rc = 1;
            goto done;
        }
        if (got < 0 || edge_add(g, to, was_scored ? 0 : res.detect,
                                was_scored ? 0 : res.respond, a) < 0) {
            xfail(g, -1, "out of memory");
            goto done;
        }
        step_result_free(&res);
    }
    /* Merge answers with the same effect (a multi step offers many subsets
     * worth the same): edges count distinct (target, detect, respond). */
    size_t first = g->estart[i], n = g->n_ed - first;
    if (n > 1)
        qsort(g->ed + first, n, sizeof *g->ed, edge_cmp_ans);
    size_t kept = 0;
    for (size_t e = 0; e < n; e++)
        if (kept == 0 || edge_cmp(&g->ed[first + kept - 1], &g->ed[first + e]) != 0)
            g->ed[first + kept++] = g->ed[first + e];
    g->n_ed = first + kept;
    rc = 0;
done:
    g->estart[i + 1] = g->n_ed;
    step_view_free(&view);
    step_result_free(&res);
    pick_list_free(&list);
    return rc;
}

static int graph_build(xgraph *g, uint32_t seed)
{
    const scn_model *m = g->m;
    char why[BD_MSG_LEN] = "";
    g->cap_st = 1024;
    g->st = malloc(g->cap_st * sizeof *g->st);
    g->term = malloc(g->cap_st);
    g->estart = malloc((g->cap_st + 1) * sizeof *g->estart);
    g->scored = calloc(m->n_steps, 1);
    if (!g->st || !g->term || !g->estart || !g->scored || slots_grow(g) < 0)
        return xfail(g, -1, "out of memory");
    g->estart[0] = 0;
    if (m->ops->reset(m->ctx, seed, why, sizeof why) < 0)
        return xfail(g, -1, "%s", why);
    uint32_t first;
    int got = state_add_saved(g, m->start, g->scored, -1, &first);
    if (got == -2)
        return -1;
    if (got == 1) {
        g->out->over_limit = 1;
        return 1;
    }
    if (got < 0)
        return xfail(g, -1, "out of memory");
    for (size_t i = 0; i < g->n_st; i++) {
        int rc = state_visit(g, i);
        if (rc)
            return rc;
    }
    return 0;
}

/* ---- The public functions --------------------------------------------- */

int explore_run(const scn_model *m, uint32_t seed, size_t max_states, unsigned flags,
                explore_result *out)
{
    memset(out, 0, sizeof *out);
    out->error_step = -1;
    xgraph g = { .m = m, .out = out, .flags = flags };
    int rc = -1;
    size_t n = m->n_steps;
    /* 0 means the contract's budget; indices are 32-bit, so never more. */
    g.max_states = max_states ? max_states : EXPLORE_MAX_STATES;
    if (g.max_states > UINT32_MAX - 1)
        g.max_states = UINT32_MAX - 1;
    g.nb = (n + 7) / 8;
    out->reached = calloc(n ? n : 1, 1);
    out->ending = calloc(n ? n : 1, 1);
    out->dead_end = calloc(n ? n : 1, 1);
    out->no_pick = calloc(n ? n : 1, 1);
    out->fewest = malloc((n ? n : 1) * sizeof *out->fewest);
    out->to_end = malloc((n ? n : 1) * sizeof *out->to_end);
    if (!out->reached || !out->ending || !out->dead_end || !out->no_pick || !out->fewest ||
        !out->to_end) {
        xfail(&g, -1, "out of memory");
        goto done;
    }
    if (n == 0 || n > UINT32_MAX || m->start < 0 || (size_t)m->start >= n) {
        xfail(&g, -1, "the start step is out of range");
        goto done;
    }
    int built = graph_build(&g, seed);
    out->states = g.n_st;
    out->edges = g.n_ed;
    if (built < 0)
        goto done;
    if (built == 1) {   /* over the limit: the figures would be partial */
        rc = 0;
        goto done;
    }
    if (best_paths(&g) < 0 || fewest_answers(&g) < 0 || fewest_to_end(&g) < 0 ||
        paths_count(&g, &out->paths, &out->paths_capped) < 0) {
        xfail(&g, -1, "out of memory");
        goto done;
    }
    rc = 0;
done:
    free(g.st);
    free(g.term);
    free(g.estart);
    free(g.slots);
    free(g.ed);
    free(g.scored);
    bd_buf_free(&g.arena);
    bd_buf_free(&g.key);
    bd_buf_free(&g.key2);
    bd_buf_free(&g.blob);
    return rc;
}

void explore_result_free(explore_result *r)
{
    free(r->reached);
    free(r->ending);
    free(r->dead_end);
    free(r->no_pick);
    free(r->fewest);
    free(r->to_end);
    free(r->best_answers);
    free(r->worst_answers);
    r->reached = r->ending = r->dead_end = r->no_pick = NULL;
    r->fewest = r->to_end = NULL;
    r->best_answers = r->worst_answers = NULL;
}
