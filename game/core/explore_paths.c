/*
 * explore_paths — the figures taken from the state graph explore.c built:
 * strongly connected components and, on their condensation, each axis's
 * min and max over complete paths, dead ends and whether one path reaches
 * both maxima; then the number of distinct step sequences. See explore.c's
 * banner for why the approach holds.
 */
#include "core/explore_graph.h"

#include <stdlib.h>
#include <string.h>

/* ---- Components and the best paths ---------------------------------------- */

#define UNSEEN UINT32_MAX

/* Tarjan's algorithm with its own stack. comp[s] numbers the components in
 * the order they close, so every edge leaves for a component numbered no
 * higher: going up from 0, successors are always done first. order[] lists
 * the states grouped by component, cstart[c] where component c begins. */
static int scc_find(const xgraph *g, uint32_t *comp, uint32_t *order, size_t *cstart,
                    size_t *n_comp)
{
    size_t n = g->n_st, c = 0, n_order = 0, depth = 0, sp = 0;
    uint32_t *num = malloc(n * sizeof *num), *low = malloc(n * sizeof *low);
    uint32_t *stk = malloc(n * sizeof *stk), *call = malloc(n * sizeof *call);
    size_t *pos = malloc(n * sizeof *pos);
    int rc = -1;
    if (!num || !low || !stk || !call || !pos)
        goto done;
    uint32_t counter = 0;
    for (size_t s = 0; s < n; s++)
        num[s] = comp[s] = UNSEEN;
    for (size_t root = 0; root < n; root++) {
        if (num[root] != UNSEEN)
            continue;
        num[root] = low[root] = counter++;
        stk[sp++] = (uint32_t)root;
        call[depth] = (uint32_t)root;
        pos[depth++] = g->estart[root];
        while (depth) {
            uint32_t v = call[depth - 1];
            if (pos[depth - 1] < g->estart[v + 1]) {
                uint32_t w = g->ed[pos[depth - 1]++].to;
                if (num[w] == UNSEEN) {
                    num[w] = low[w] = counter++;
                    stk[sp++] = w;
                    call[depth] = w;
                    pos[depth++] = g->estart[w];
                } else if (comp[w] == UNSEEN && num[w] < low[v]) {
                    low[v] = num[w];   /* w is still on the stack */
                }
                continue;
            }
            if (low[v] == num[v]) {
                cstart[c] = n_order;
                uint32_t w;
                do {
                    w = stk[--sp];
                    comp[w] = (uint32_t)c;
                    order[n_order++] = w;
                } while (w != v);
                c++;
            }
            if (--depth && low[v] < low[call[depth - 1]])
                low[call[depth - 1]] = low[v];
        }
    }
    cstart[c] = n_order;
    *n_comp = c;
    rc = 0;
done:
    free(num);
    free(low);
    free(stk);
    free(call);
    free(pos);
    return rc;
}

typedef struct {
    int64_t dmax, dmin, rmax, rmin;
    int64_t g;          /* most respond on a path that reaches dmax */
    int64_t w;          /* least detect * respond_max + respond * detect_max */
    int can;            /* an ending can be reached */
} xbest;

static int clamp_int(int64_t v)
{
    return v > INT32_MAX ? INT32_MAX : v < INT32_MIN ? INT32_MIN : (int)v;
}

/* Per component, the least weighted points (dw per detect point, rw per
 * respond point) to an ending, and the exit that gives it, into worst[]. */
static void worst_pass(const xgraph *g, const uint32_t *comp, const uint32_t *order,
                       const size_t *cstart, size_t nc, xbest *b, xexit *worst, int64_t dmax,
                       int64_t rmax)
{
    /* A maximum of 0 or less earns nothing: weigh that axis as 1 so the
     * other still decides. */
    int64_t dw = rmax > 0 ? rmax : 1, rw = dmax > 0 ? dmax : 1;
    for (size_t c = 0; c < nc; c++) {
        if (!b[c].can)
            continue;
        int64_t least = INT64_MAX;
        for (size_t k = cstart[c]; k < cstart[c + 1]; k++) {
            uint32_t s = order[k];
            if (g->term[s]) {
                least = 0;
                worst[c] = (xexit){ s, NO_EDGE };
            }
            for (size_t e = g->estart[s]; e < g->estart[s + 1]; e++) {
                uint32_t t = comp[g->ed[e].to];
                if (t == c || !b[t].can)
                    continue;
                int64_t w = g->ed[e].d * dw + g->ed[e].r * rw + b[t].w;
                if (w < least) {
                    least = w;
                    worst[c] = (xexit){ s, e };
                }
            }
        }
        b[c].w = least;
    }
}

/* Fills complete, the four extremes, both_max, dead_end and the best and
 * worst paths. */
int best_paths(xgraph *g)
{
    explore_result *out = g->out;
    size_t n = g->n_st, nc = 0;
    uint32_t *comp = malloc(n * sizeof *comp), *order = malloc(n * sizeof *order);
    size_t *cstart = malloc((n + 1) * sizeof *cstart);
    xbest *b = NULL;
    xexit *best = NULL, *worst = NULL;   /* per component: how its chosen path leaves */
    int rc = -1;
    if (!comp || !order || !cstart || scc_find(g, comp, order, cstart, &nc) < 0)
        goto done;
    b = calloc(nc, sizeof *b);
    best = malloc(nc * sizeof *best);
    worst = malloc(nc * sizeof *worst);
    if (!b || !best || !worst)
        goto done;
    for (size_t c = 0; c < nc; c++) {
        xbest *bc = &b[c];
        for (size_t k = cstart[c]; k < cstart[c + 1]; k++) {
            uint32_t s = order[k];
            if (g->term[s]) {   /* an ending: no edges, a component alone */
                *bc = (xbest){ .can = 1 };
                continue;
            }
            for (size_t e = g->estart[s]; e < g->estart[s + 1]; e++) {
                uint32_t t = comp[g->ed[e].to];
                if (t == c || !b[t].can)
                    continue;   /* inside the component every edge weighs 0 */
                int64_t d = g->ed[e].d, r = g->ed[e].r;
                if (!bc->can) {
                    *bc = (xbest){ .dmax = d + b[t].dmax, .dmin = d + b[t].dmin,
                                   .rmax = r + b[t].rmax, .rmin = r + b[t].rmin, .can = 1 };
                    continue;
                }
                if (d + b[t].dmax > bc->dmax) bc->dmax = d + b[t].dmax;
                if (d + b[t].dmin < bc->dmin) bc->dmin = d + b[t].dmin;
                if (r + b[t].rmax > bc->rmax) bc->rmax = r + b[t].rmax;
                if (r + b[t].rmin < bc->rmin) bc->rmin = r + b[t].rmin;
            }
        }
        if (!bc->can)
            continue;
        /* Second pass, dmax now known: the most respond along edges that
         * keep detect at its maximum. */
        int64_t best_g = INT64_MIN;
        for (size_t k = cstart[c]; k < cstart[c + 1]; k++) {
            uint32_t s = order[k];
            if (g->term[s]) {
                best_g = 0;
                best[c] = (xexit){ s, NO_EDGE };
            }
            for (size_t e = g->estart[s]; e < g->estart[s + 1]; e++) {
                uint32_t t = comp[g->ed[e].to];
                if (t == c || !b[t].can || g->ed[e].d + b[t].dmax != bc->dmax)
                    continue;
                if (g->ed[e].r + b[t].g > best_g) {
                    best_g = g->ed[e].r + b[t].g;
                    best[c] = (xexit){ s, e };
                }
            }
        }
        bc->g = best_g;
    }
    /* The worst path weighs each axis by the other's maximum, so that both
     * count as much as their percentages do; the maxima are the start's. */
    const xbest *b0 = &b[comp[0]];
    if (b0->can && (g->flags & EXPLORE_PATHS))
        worst_pass(g, comp, order, cstart, nc, b, worst, b0->dmax, b0->rmax);
    for (size_t s = 0; s < n; s++)
        if (!b[comp[s]].can)
            out->dead_end[g->st[s].step] = 1;
    out->complete = b0->can;
    if (b0->can) {
        out->detect_max = clamp_int(b0->dmax);
        out->detect_min = clamp_int(b0->dmin);
        out->respond_max = clamp_int(b0->rmax);
        out->respond_min = clamp_int(b0->rmin);
        out->both_max = b0->g == b0->rmax;
        if ((g->flags & EXPLORE_PATHS) && witness_paths(g, comp, best, worst) < 0)
            goto done;
    }
    rc = 0;
done:
    free(best);
    free(worst);
    free(comp);
    free(order);
    free(cstart);
    free(b);
    return rc;
}

/* ---- The shortest way to each step ------------------------------------------ */

/* The states are numbered in the order a breadth-first walk from the start
 * found them, so one pass in that order over their edges gives each state
 * its depth, the fewest answers that reach it. */
int fewest_answers(xgraph *g)
{
    explore_result *out = g->out;
    uint32_t *depth = malloc(g->n_st * sizeof *depth);
    if (!depth)
        return -1;
    for (size_t s = 0; s < g->n_st; s++)
        depth[s] = UINT32_MAX;
    for (size_t k = 0; k < g->m->n_steps; k++)
        out->fewest[k] = UINT32_MAX;
    depth[0] = 0;
    for (size_t s = 0; s < g->n_st; s++) {
        uint32_t step = g->st[s].step;
        if (depth[s] < out->fewest[step])
            out->fewest[step] = depth[s];
        for (size_t e = g->estart[s]; e < g->estart[s + 1]; e++)
            if (depth[g->ed[e].to] == UINT32_MAX)
                depth[g->ed[e].to] = depth[s] + 1;
    }
    free(depth);
    return 0;
}

/* A breadth-first walk backwards from every ending: each state's distance
 * to the nearest one. The edges are stored by their source, so they are
 * first gathered by their target (a counting sort). */
int fewest_to_end(xgraph *g)
{
    explore_result *out = g->out;
    size_t n = g->n_st;
    size_t *rstart = calloc(n + 1, sizeof *rstart);
    uint32_t *rsrc = malloc((g->n_ed ? g->n_ed : 1) * sizeof *rsrc);
    uint32_t *dist = malloc(n * sizeof *dist), *queue = malloc(n * sizeof *queue);
    int rc = -1;
    if (!rstart || !rsrc || !dist || !queue)
        goto done;
    for (size_t e = 0; e < g->n_ed; e++)
        rstart[g->ed[e].to + 1]++;
    for (size_t s = 0; s < n; s++)
        rstart[s + 1] += rstart[s];
    for (size_t s = 0; s < n; s++)   /* queue[] lends its room as fill cursors */
        queue[s] = 0;
    for (size_t s = 0; s < n; s++)
        for (size_t e = g->estart[s]; e < g->estart[s + 1]; e++) {
            uint32_t t = g->ed[e].to;
            rsrc[rstart[t] + queue[t]++] = (uint32_t)s;
        }
    size_t head = 0, tail = 0;
    for (size_t s = 0; s < n; s++) {
        dist[s] = g->term[s] ? 0 : UINT32_MAX;
        if (g->term[s])
            queue[tail++] = (uint32_t)s;
    }
    while (head < tail) {
        uint32_t t = queue[head++];
        for (size_t k = rstart[t]; k < rstart[t + 1]; k++)
            if (dist[rsrc[k]] == UINT32_MAX) {
                dist[rsrc[k]] = dist[t] + 1;
                queue[tail++] = rsrc[k];
            }
    }
    for (size_t k = 0; k < g->m->n_steps; k++)
        out->to_end[k] = UINT32_MAX;
    for (size_t s = 0; s < n; s++)
        if (dist[s] < out->to_end[g->st[s].step])
            out->to_end[g->st[s].step] = dist[s];
    rc = 0;
done:
    free(rstart);
    free(rsrc);
    free(dist);
    free(queue);
    return rc;
}

/* ---- Counting paths -------------------------------------------------------- */

/* A set of states that one step sequence leads to, sorted, in set_v. Every
 * state in it is at the sequence's last step with the steps before it
 * scored, so the set also tells which steps the sequence visited. */
typedef struct {
    size_t off, len;
    uint32_t h;
    uint64_t count;
} pset;

typedef struct {
    uint32_t *set_v;            /* the sets' states, one after another */
    size_t n_set_v, cap_set_v;
    pset *sets;
    size_t n_sets, cap_sets;
    uint32_t *slots;            /* set index + 1; 0 empty */
    size_t n_slots;
    uint64_t *pairs;            /* (target step << 32 | target state), a stack */
    size_t n_pairs, cap_pairs;
} pmemo;

typedef struct {
    size_t set;                 /* index in sets */
    size_t off, end, pos;       /* its successors in pairs, by step */
    uint64_t sum;
} pframe;

static uint32_t set_hash(const uint32_t *v, size_t n)
{
    return xhash((uint32_t)n, (const unsigned char *)v, n * sizeof *v);
}

static int set_slots_grow(pmemo *pm)
{
    size_t n = pm->n_slots ? pm->n_slots * 2 : 1024;
    uint32_t *s = calloc(n, sizeof *s);
    if (!s)
        return -1;
    for (size_t i = 0; i < pm->n_slots; i++) {
        if (!pm->slots[i])
            continue;
        size_t j = pm->sets[pm->slots[i] - 1].h & (n - 1);
        while (s[j])
            j = (j + 1) & (n - 1);
        s[j] = pm->slots[i];
    }
    free(pm->slots);
    pm->slots = s;
    pm->n_slots = n;
    return 0;
}

/* The set v[0..n) of states, found (*added 0) or added (*added 1). */
static int set_get(pmemo *pm, const uint32_t *v, size_t n, size_t *idx, int *added)
{
    uint32_t h = set_hash(v, n);
    size_t mask = pm->n_slots - 1, j = h & mask;
    for (; pm->slots[j]; j = (j + 1) & mask) {
        const pset *s = &pm->sets[pm->slots[j] - 1];
        if (s->h == h && s->len == n && memcmp(pm->set_v + s->off, v, n * sizeof *v) == 0) {
            *idx = pm->slots[j] - 1;
            *added = 0;
            return 0;
        }
    }
    if (bd_grow((void **)&pm->sets, &pm->cap_sets, pm->n_sets + 1, sizeof *pm->sets) < 0 ||
        bd_grow((void **)&pm->set_v, &pm->cap_set_v, pm->n_set_v + n, sizeof *pm->set_v) < 0)
        return -1;
    memcpy(pm->set_v + pm->n_set_v, v, n * sizeof *v);
    pm->sets[pm->n_sets] = (pset){ .off = pm->n_set_v, .len = n, .h = h, .count = 0 };
    pm->n_set_v += n;
    pm->slots[j] = (uint32_t)pm->n_sets + 1;
    *idx = pm->n_sets++;
    *added = 1;
    if (pm->n_sets * 2 > pm->n_slots && set_slots_grow(pm) < 0)
        return -1;
    return 0;
}

static int u64_cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static uint64_t add_sat(uint64_t a, uint64_t b, int *capped)
{
    if (a > UINT64_MAX - b) {
        *capped = 1;
        return UINT64_MAX;
    }
    return a + b;
}

/* Opens a frame for set: its ending count, and its successors by step, on
 * the pairs stack (sorted, duplicates dropped). */
static int frame_open(const xgraph *g, pmemo *pm, size_t set, pframe *f)
{
    const pset *ps = &pm->sets[set];
    const uint32_t *v = pm->set_v + ps->off;
    const xstate *s0 = &g->st[v[0]];
    const unsigned char *bits = g->arena.data + s0->off;
    *f = (pframe){ .set = set, .off = pm->n_pairs };
    for (size_t k = 0; k < ps->len; k++) {
        uint32_t s = v[k];
        if (g->term[s])
            f->sum = 1;
        for (size_t e = g->estart[s]; e < g->estart[s + 1]; e++) {
            uint32_t t = g->ed[e].to, ts = g->st[t].step;
            if (ts == s0->step || (bits[ts >> 3] >> (ts & 7)) & 1)
                continue;   /* back to a step the sequence visited */
            if (bd_grow((void **)&pm->pairs, &pm->cap_pairs, pm->n_pairs + 1, sizeof *pm->pairs) < 0)
                return -1;
            pm->pairs[pm->n_pairs++] = (uint64_t)ts << 32 | t;
        }
    }
    /* pairs is still NULL when no sequence so far had a successor, and
     * NULL + 0 is undefined: no pointer is formed then. */
    uint64_t *p = pm->pairs ? pm->pairs + f->off : NULL;
    size_t n = pm->n_pairs - f->off, kept = 0;
    if (n > 1)
        qsort(p, n, sizeof *p, u64_cmp);
    for (size_t k = 0; k < n; k++)
        if (kept == 0 || p[kept - 1] != p[k])
            p[kept++] = p[k];
    pm->n_pairs = f->off + kept;
    f->pos = f->off;
    f->end = pm->n_pairs;
    return 0;
}

/* count(S) = [S holds an ending] + the sum, over each step n the sequence
 * has not visited, of count(the states S's edges reach at n). The sets
 * form a DAG (each child has visited one more step), so a set met again is
 * always finished and its memoised count is simply added. */
int paths_count(const xgraph *g, uint64_t *paths, int *capped)
{
    pmemo pm = { 0 };
    pframe *stack = NULL;
    size_t depth = 0, cap = 0, root;
    uint32_t *tmp = NULL;
    size_t cap_tmp = 0;
    int added, rc = -1;
    if (set_slots_grow(&pm) < 0)
        goto done;
    uint32_t zero = 0;
    if (set_get(&pm, &zero, 1, &root, &added) < 0 ||
        bd_grow((void **)&stack, &cap, 1, sizeof *stack) < 0 ||
        frame_open(g, &pm, root, &stack[depth++]) < 0)
        goto done;
    while (depth) {
        pframe *f = &stack[depth - 1];
        if (f->pos < f->end) {
            size_t a = f->pos, z = a;
            while (z < f->end && pm.pairs[z] >> 32 == pm.pairs[a] >> 32)
                z++;
            f->pos = z;
            if (bd_grow((void **)&tmp, &cap_tmp, z - a, sizeof *tmp) < 0)
                goto done;
            for (size_t k = a; k < z; k++)
                tmp[k - a] = (uint32_t)pm.pairs[k];
            size_t child;
            if (set_get(&pm, tmp, z - a, &child, &added) < 0)
                goto done;
            if (!added) {
                f->sum = add_sat(f->sum, pm.sets[child].count, capped);
                continue;
            }
            if (bd_grow((void **)&stack, &cap, depth + 1, sizeof *stack) < 0 ||
                frame_open(g, &pm, child, &stack[depth]) < 0)
                goto done;
            depth++;
            continue;
        }
        pm.sets[f->set].count = f->sum;
        pm.n_pairs = f->off;
        if (--depth)
            stack[depth - 1].sum = add_sat(stack[depth - 1].sum, f->sum, capped);
    }
    *paths = pm.sets[root].count;
    rc = 0;
done:
    free(pm.set_v);
    free(pm.sets);
    free(pm.slots);
    free(pm.pairs);
    free(stack);
    free(tmp);
    return rc;
}
