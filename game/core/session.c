/*
 * session — one play of a scenario: the current step, the answers given,
 * and the points counted under the contract's rule that a step scores only
 * the first time it is answered. The step kinds do the rest through scn_ops.
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

static const char *step_name(const session *s, int step)
{
    return (step >= 0 && (size_t)step < s->m->n_steps) ? s->m->step_ids[step] : "?";
}

static int session_enter(session *s, int step, char *err, size_t errlen)
{
    step_view_free(&s->view);
    s->step = step;
    char why[BD_ERR_LEN];
    if (s->m->ops->enter(s->m->ctx, step, s->scored, &s->view, why, sizeof why) < 0) {
        bd_set_err(err, errlen, "%s", why);
        return -1;
    }
    if (s->view.outcome[0])
        s->ended = 1;
    return 0;
}

int session_start(session *s, const scn_model *m, uint32_t seed, char *err, size_t errlen)
{
    memset(s, 0, sizeof *s);
    s->m = m;
    s->seed = seed;
    s->scored = calloc(m->n_steps ? m->n_steps : 1, 1);
    if (!s->scored) {
        bd_set_err(err, errlen, "out of memory");
        return -1;
    }
    if (m->ops->reset(m->ctx, seed, err, errlen) < 0)
        return -1;
    return session_enter(s, m->start, err, errlen);
}

static int log_append(session *s, const session_entry *e)
{
    if (bd_grow((void **)&s->log, &s->cap_log, s->n_log + 1, sizeof *s->log) < 0)
        return -1;
    s->log[s->n_log++] = *e;
    return 0;
}

int session_answer(session *s, const int *ids, size_t n, const char *token, double t,
                   char *err, size_t errlen)
{
    char why[BD_ERR_LEN];
    const char *id = step_name(s, s->step);
    if (s->ended) {
        bd_set_err(err, errlen, "step '%s': the session has ended; no more answers are taken", id);
        return -1;
    }
    if (answer_check(&s->view, ids, n, why, sizeof why) < 0) {
        bd_set_err(err, errlen, "step '%s': %s", id, why);
        return -1;
    }
    session_entry e = { .step = s->step, .best = 0, .t = t };
    e.answer = token ? strdup(token) : answer_format(&s->view, ids, n);
    e.picked.ids = malloc((n ? n : 1) * sizeof *e.picked.ids);
    if (!e.answer || !e.picked.ids) {
        free(e.answer);
        free(e.picked.ids);
        bd_set_err(err, errlen, "out of memory");
        return -1;
    }
    if (n)
        memcpy(e.picked.ids, ids, n * sizeof *ids);
    e.picked.n = n;

    step_result_free(&s->last);
    if (s->m->ops->answer(s->m->ctx, s->step, &s->view, ids, n, &s->last, why, sizeof why) < 0) {
        free(e.answer);
        free(e.picked.ids);
        bd_set_err(err, errlen, "%s", why);
        return -1;
    }
    if (s->last.next < 0 || (size_t)s->last.next >= s->m->n_steps) {
        free(e.answer);
        free(e.picked.ids);
        bd_set_err(err, errlen, "step '%s': the answer leads to no step", id);
        return -1;
    }
    if (!s->scored[s->step]) {
        e.detect = s->last.detect;
        e.respond = s->last.respond;
        s->scored[s->step] = 1;
    }
    e.best = s->last.best;
    if (log_append(s, &e) < 0) {
        free(e.answer);
        free(e.picked.ids);
        bd_set_err(err, errlen, "out of memory");
        return -1;
    }
    s->detect += e.detect;
    s->respond += e.respond;
    return session_enter(s, s->last.next, err, errlen);
}

int session_answer_token(session *s, const char *token, double t, char *err, size_t errlen)
{
    char why[BD_ERR_LEN];
    pick p;
    if (s->ended) {
        bd_set_err(err, errlen, "too many answers: the session ended at '%s' before '%s'",
                   step_name(s, s->step), token);
        return -1;
    }
    if (answer_parse(&s->view, token, &p, why, sizeof why) < 0) {
        bd_set_err(err, errlen, "step '%s': %s", step_name(s, s->step), why);
        return -1;
    }
    int rc = session_answer(s, p.ids, p.n, token, t, err, errlen);
    free(p.ids);
    return rc;
}

void session_free(session *s)
{
    for (size_t i = 0; i < s->n_log; i++) {
        free(s->log[i].answer);
        free(s->log[i].picked.ids);
    }
    free(s->log);
    free(s->scored);
    step_view_free(&s->view);
    step_result_free(&s->last);
    memset(s, 0, sizeof *s);
}
