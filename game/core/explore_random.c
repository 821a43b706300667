/*
 * explore_random — seeded random playthroughs: N sessions with answers
 * drawn at random, to see what players who guess would reach. Exhaustive
 * exploration says what is possible; this says what is likely.
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

/* Why a cap: loops are allowed, and a random player can go round one for
 * ever; a session that has not ended after this many answers is counted
 * as unfinished. No scenario a person plays is anywhere near this long. */
#define RANDOM_MAX_ANSWERS 1000

/* Seeded per run, so a report can be reproduced. */
static size_t rnd_below(uint64_t *s, size_t n)
{
    return n ? (size_t)(bd_splitmix64(s) % n) : 0;
}

/* A random possible answer to view into ids (room for n_items). */
static size_t random_answer(const step_view *v, uint64_t *rs, int *ids)
{
    size_t n = 0;
    switch (v->pick) {
    case PICK_ONE:
        ids[n++] = v->items[rnd_below(rs, v->n_items)].id;
        break;
    case PICK_MANY:
        for (size_t i = 0; i < v->n_items; i++)
            if (bd_splitmix64(rs) & 1)
                ids[n++] = v->items[i].id;
        break;
    case PICK_ORDER:
        for (size_t i = 0; i < v->n_items; i++)
            ids[n++] = v->items[i].id;
        for (size_t i = n; i > 1; i--) { /* Fisher-Yates */
            size_t j = rnd_below(rs, i);
            int t = ids[i - 1];
            ids[i - 1] = ids[j];
            ids[j] = t;
        }
        break;
    case PICK_NONE:
        break;
    }
    return n;
}

int explore_random(const scn_model *m, uint32_t seed, size_t sessions, int detect_max,
                   int respond_max, random_report *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    out->ending_count = calloc(m->n_steps ? m->n_steps : 1, sizeof *out->ending_count);
    out->visited = calloc(m->n_steps ? m->n_steps : 1, 1);
    if (!out->ending_count || !out->visited) {
        bd_set_err(err, errlen, "out of memory");
        return -1;
    }
    out->score_min = 100;
    uint64_t rs = seed;
    long long score_sum = 0;
    for (size_t k = 0; k < sessions; k++) {
        session s;
        /* Each session its own scenario seed, all from the one given. */
        uint32_t sseed = (uint32_t)(bd_splitmix64(&rs) & 0x7fffffffu);
        if (session_start(&s, m, sseed, err, errlen) < 0) {
            session_free(&s);
            return -1;
        }
        int *ids = NULL;
        for (int a = 0; !s.ended && a < RANDOM_MAX_ANSWERS; a++) {
            out->visited[s.step] = 1;
            if (s.view.n_items == 0) {
                bd_set_err(err, errlen, "step '%s' offers nothing to pick (seed %u)",
                           m->step_ids[s.step], sseed);
                session_free(&s);
                free(ids);
                return -1;
            }
            int *grown = realloc(ids, (s.view.n_items ? s.view.n_items : 1) * sizeof *ids);
            if (!grown) {
                bd_set_err(err, errlen, "out of memory");
                free(ids);
                session_free(&s);
                return -1;
            }
            ids = grown;
            size_t n = random_answer(&s.view, &rs, ids);
            if (session_answer(&s, ids, n, NULL, 0.0, err, errlen) < 0) {
                free(ids);
                session_free(&s);
                return -1;
            }
        }
        free(ids);
        out->sessions++;
        if (s.ended) {
            out->visited[s.step] = 1;
            out->completed++;
            out->ending_count[s.step]++;
            int score = score_total(score_pct(s.detect, detect_max), score_pct(s.respond, respond_max));
            score_sum += score;
            if (score < out->score_min)
                out->score_min = score;
            if (score > out->score_max)
                out->score_max = score;
        }
        session_free(&s);
    }
    if (out->completed)
        out->score_mean = (double)score_sum / (double)out->completed;
    else
        out->score_min = 0;
    return 0;
}

void random_report_free(random_report *r)
{
    free(r->ending_count);
    free(r->visited);
    memset(r, 0, sizeof *r);
}
