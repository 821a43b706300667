/*
 * play_decisions — what the player chose at each step and what was
 * recommended there, for the debrief's "your decision beside the
 * recommended one". The recommended answer is found the way the explorer
 * finds answers: the step's kind lists one answer per distinct effect, each
 * is tried from the saved state, and the best one (worth the most, marked
 * best) is kept; the state is put back before the player's own answer runs.
 * The kiosk's countdown uses the same search for the weakest answer.
 */
#include "ui/ui.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static int copy_pick(pick *dst, const int *ids, size_t n)
{
    dst->ids = malloc((n ? n : 1) * sizeof *ids);
    if (!dst->ids) return -1;
    if (n) memcpy(dst->ids, ids, n * sizeof *ids);
    dst->n = n;
    return 0;
}

/* Whether an answer worth pts (marked best or not) beats the one kept:
 * for the best, a marked best answer first, then the most points; for the
 * weakest, the reverse. */
static int better(int weakest, int is_best, long pts, int kept_best, long kept_pts)
{
    if (weakest) return (!is_best && kept_best) || (is_best == kept_best && pts < kept_pts);
    return (is_best && !kept_best) || (is_best == kept_best && pts > kept_pts);
}

int decisions_find_answer(const scn_model *m, const session *ses, int weakest, pick *out)
{
    char err[BD_ERR_LEN];
    bd_buf key = { 0 };
    pick_list list = { 0 };
    int rc = -1;
    if (m->ops->save(m->ctx, &key, err, sizeof err) < 0 ||
        m->ops->answers(m->ctx, ses->step, &ses->view, &list, err, sizeof err) < 0)
        goto done;
    long kept_pts = weakest ? LONG_MAX : LONG_MIN;
    int kept_best = weakest;
    size_t chosen = list.n;
    for (size_t i = 0; i < list.n; i++) {
        step_result res = { 0 };
        if (m->ops->load(m->ctx, key.data, key.len, err, sizeof err) < 0 ||
            m->ops->answer(m->ctx, ses->step, &ses->view, list.v[i].ids, list.v[i].n, &res, err,
                           sizeof err) < 0) {
            step_result_free(&res);
            continue;
        }
        long pts = (long)res.detect + res.respond;
        if (chosen == list.n || better(weakest, res.best, pts, kept_best, kept_pts)) {
            kept_pts = pts;
            kept_best = res.best;
            chosen = i;
        }
        step_result_free(&res);
    }
    if (chosen < list.n && copy_pick(out, list.v[chosen].ids, list.v[chosen].n) == 0) rc = 0;
done:
    /* Whatever the trials did, the scenario is as it was before them. */
    if (key.len) m->ops->load(m->ctx, key.data, key.len, err, sizeof err);
    bd_buf_free(&key);
    pick_list_free(&list);
    return rc;
}

void decisions_note(play_decisions *d, const scn_model *m, const session *ses, const int *ids,
                    size_t n)
{
    if (!m || ses->ended) return;
    play_decision *grown = realloc(d->v, (d->n + 1) * sizeof *grown);
    if (!grown) return;
    d->v = grown;
    play_decision *x = &d->v[d->n];
    memset(x, 0, sizeof *x);
    const step_view *v = &ses->view;
    x->pick = v->pick;
    x->lines = v->items_are_lines;
    x->items = calloc(v->n_items ? v->n_items : 1, sizeof *x->items);
    if (!x->items || copy_pick(&x->yours, ids, n) < 0) {
        free(x->items);
        free(x->yours.ids);
        return;
    }
    for (size_t i = 0; i < v->n_items; i++) {
        x->items[i].id = v->items[i].id;
        x->items[i].text.en = v->items[i].text.en ? strdup(v->items[i].text.en) : NULL;
        x->items[i].text.ja = v->items[i].text.ja ? strdup(v->items[i].text.ja) : NULL;
    }
    x->n_items = v->n_items;
    x->best_known = decisions_find_answer(m, ses, 0, &x->best) == 0;
    d->n++;
}

void decisions_free(play_decisions *d)
{
    for (size_t i = 0; i < d->n; i++) {
        play_decision *x = &d->v[i];
        for (size_t k = 0; k < x->n_items; k++) bd_text_free(&x->items[k].text);
        free(x->items);
        free(x->yours.ids);
        free(x->best.ids);
    }
    free(d->v);
    d->v = NULL;
    d->n = 0;
}
