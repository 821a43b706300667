/*
 * explore_graph — private to game/core/explore*.c: the state graph that
 * explore.c builds and explore_paths.c analyses. Not a module header:
 * core.h is the module's interface.
 */
#ifndef BD_EXPLORE_GRAPH_H
#define BD_EXPLORE_GRAPH_H

#include "core/core.h"

/* ---- Types ---------------------------------------------------------------- */

typedef struct {
    uint64_t off;   /* blob in the arena: scored bits, then the scenario key */
    uint32_t len;
    uint32_t step;
} xstate;

typedef struct {
    uint32_t to;
    int32_t d, r;   /* points counted: 0 when the step was scored before */
    uint32_t ans;   /* which of the kind's answers (ops->answers' list) it follows */
} xedge;

/* How a component is left on a chosen path: from state, by edge (NO_EDGE at
 * an ending, where the path stops). */
#define NO_EDGE SIZE_MAX
typedef struct {
    uint32_t state;
    size_t edge;
} xexit;

typedef struct {
    uint32_t idx;   /* state index + 1; 0 is an empty slot */
    uint32_t h;
} xslot;

typedef struct {
    const scn_model *m;
    explore_result *out;
    size_t nb;             /* bytes in a packed scored set */
    size_t max_states;
    unsigned flags;        /* EXPLORE_PATHS */

    xstate *st;            /* states, in the order found (the queue) */
    unsigned char *term;   /* per state: an ending */
    size_t *estart;        /* per state: its first edge; estart[n_st] ends the last */
    size_t n_st, cap_st;
    bd_buf arena;

    xslot *slots;
    size_t n_slots;        /* a power of two */

    xedge *ed;
    size_t n_ed, cap_ed;

    unsigned char *scored; /* n_steps bytes: the visited state's set, for enter */
    bd_buf key, key2, blob;
} xgraph;

/* The hash of the state table (explore.c), also for sets of states. */
uint32_t xhash(uint32_t step, const unsigned char *p, size_t n);
/* Components, best paths, dead ends and both-maxima into g->out. */
int best_paths(xgraph *g);
/* The best and worst paths as answer tokens into g->out, following each
 * component's chosen exit from the start (explore_witness.c). */
int witness_paths(xgraph *g, const uint32_t *comp, const xexit *best, const xexit *worst);
/* The fewest answers from the start to each step into g->out->fewest. */
int fewest_answers(xgraph *g);
/* The fewest answers from each step to an ending into g->out->to_end. */
int fewest_to_end(xgraph *g);
/* Distinct step sequences from the start to an ending, no step twice. */
int paths_count(const xgraph *g, uint64_t *paths, int *capped);

#endif
