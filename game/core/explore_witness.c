/*
 * explore_witness — the best and the worst path through a scenario, written
 * as the answer tokens `run --answers` takes, so a trainer can replay either
 * and a test can check that the best really scores 100.
 *
 * explore_paths.c chose, for every component of the state graph, the edge
 * by which each path leaves it. A path is rebuilt from the start: inside a
 * component (a loop, worth nothing) a breadth-first search finds the way to
 * the chosen exit, then the exit edge leads to the next component. Each
 * edge names which of the kind's answers it follows; the state it leaves is
 * loaded and entered again to turn that answer into its token.
 */
#include "core/explore_graph.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t *edge;      /* the path's edges, in order */
    size_t n, cap;
    uint32_t *from;    /* per state: the state it was reached from in the search */
    size_t *via;       /* per state: by which edge; NO_EDGE when not yet reached */
    uint32_t *queue;
} wpath;

static int wpath_push(wpath *w, size_t e)
{
    if (bd_grow((void **)&w->edge, &w->cap, w->n + 1, sizeof *w->edge) < 0)
        return -1;
    w->edge[w->n++] = e;
    return 0;
}

/* Appends the edges from state a to state b, both in component c. Each
 * component is searched once on a path (paths only go down the
 * condensation), so via[] needs no clearing between searches. */
static int within(const xgraph *g, const uint32_t *comp, wpath *w, uint32_t a, uint32_t b)
{
    if (a == b)
        return 0;
    uint32_t c = comp[a];
    size_t head = 0, tail = 0;
    w->queue[tail++] = a;
    w->via[a] = NO_EDGE - 1;   /* reached, by no edge: the search's root */
    while (head < tail && w->via[b] == NO_EDGE) {
        uint32_t s = w->queue[head++];
        for (size_t e = g->estart[s]; e < g->estart[s + 1]; e++) {
            uint32_t t = g->ed[e].to;
            if (comp[t] != c || w->via[t] != NO_EDGE)
                continue;
            w->via[t] = e;
            w->from[t] = s;
            w->queue[tail++] = t;
        }
    }
    if (w->via[b] == NO_EDGE)
        return -1;   /* not in one component after all: a broken graph */
    size_t first = w->n;
    for (uint32_t s = b; s != a; s = w->from[s])
        if (wpath_push(w, w->via[s]) < 0)
            return -1;
    for (size_t i = first, j = w->n - 1; i < j; i++, j--) {   /* pushed last first */
        size_t t = w->edge[i];
        w->edge[i] = w->edge[j];
        w->edge[j] = t;
    }
    return 0;
}

/* The token for edge e, left from state s: s is loaded and entered again and
 * the kind asked for its answers, of which the edge followed number ans.
 * NULL on a script error (the explorer met none there, so it is not
 * expected) or out of memory. */
static char *edge_token(xgraph *g, uint32_t s, size_t e)
{
    const scn_model *m = g->m;
    const unsigned char *blob = g->arena.data + g->st[s].off;
    char why[BD_MSG_LEN];
    step_view view = { 0 };
    pick_list list = { 0 };
    char *token = NULL;
    for (size_t k = 0; k < m->n_steps; k++)
        g->scored[k] = (blob[k >> 3] >> (k & 7)) & 1;
    if (m->ops->load(m->ctx, blob + g->nb, g->st[s].len - g->nb, why, sizeof why) == 0 &&
        m->ops->enter(m->ctx, (int)g->st[s].step, g->scored, &view, why, sizeof why) == 0 &&
        m->ops->answers(m->ctx, (int)g->st[s].step, &view, &list, why, sizeof why) == 0 &&
        g->ed[e].ans < list.n) {
        const pick *p = &list.v[g->ed[e].ans];
        token = answer_format(&view, p->ids, p->n);
    }
    step_view_free(&view);
    pick_list_free(&list);
    return token;
}

/* Follows exits[] from the start; fills *answers (malloc'd, NULL if a token
 * could not be made) and the points on each axis. -1 out of memory. */
static int follow(xgraph *g, const uint32_t *comp, const xexit *exits, wpath *w, char **answers,
                  int *detect, int *respond)
{
    w->n = 0;
    for (size_t s = 0; s < g->n_st; s++)
        w->via[s] = NO_EDGE;
    uint32_t cur = 0;
    for (;;) {
        const xexit x = exits[comp[cur]];
        if (within(g, comp, w, cur, x.state) < 0)
            return -1;
        if (x.edge == NO_EDGE)
            break;
        if (wpath_push(w, x.edge) < 0)
            return -1;
        cur = g->ed[x.edge].to;
    }
    bd_buf text = { 0 };
    int64_t d = 0, r = 0;
    uint32_t s = 0;
    for (size_t i = 0; i < w->n; i++) {
        const xedge *e = &g->ed[w->edge[i]];
        char *token = edge_token(g, s, w->edge[i]);
        if (!token) {
            bd_buf_free(&text);
            *answers = NULL;
            return 0;
        }
        int bad = (i && bd_buf_add(&text, " ", 1) < 0) || bd_buf_add(&text, token, strlen(token)) < 0;
        free(token);
        if (bad) {
            bd_buf_free(&text);
            return -1;
        }
        d += e->d;
        r += e->r;
        s = e->to;
    }
    if (bd_buf_add(&text, "", 1) < 0) {   /* the terminating NUL */
        bd_buf_free(&text);
        return -1;
    }
    *answers = (char *)text.data;
    *detect = d > INT32_MAX ? INT32_MAX : d < INT32_MIN ? INT32_MIN : (int)d;
    *respond = r > INT32_MAX ? INT32_MAX : r < INT32_MIN ? INT32_MIN : (int)r;
    return 0;
}

int witness_paths(xgraph *g, const uint32_t *comp, const xexit *best, const xexit *worst)
{
    explore_result *out = g->out;
    size_t n = g->n_st;
    wpath w = { 0 };
    w.from = malloc(n * sizeof *w.from);
    w.via = malloc(n * sizeof *w.via);
    w.queue = malloc(n * sizeof *w.queue);
    int rc = -1;
    if (w.from && w.via && w.queue &&
        follow(g, comp, best, &w, &out->best_answers, &out->best_detect, &out->best_respond) == 0 &&
        follow(g, comp, worst, &w, &out->worst_answers, &out->worst_detect,
               &out->worst_respond) == 0)
        rc = 0;
    free(w.edge);
    free(w.from);
    free(w.via);
    free(w.queue);
    return rc;
}
