/*
 * report_stats — the figures a trainer reads: sessions, players, completion,
 * the spread of scores per scenario and axis, and the item analysis (for
 * each step, how often each option was picked and answered best, the steps
 * most often missed first).
 *
 * Scores are taken over completed sessions only: an abandoned session's
 * partial score says when the player left, not how well they did. Answers
 * are taken from every session, finished or not: an answer given is a
 * lesson tried.
 */
#include "report/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* qsort, which must not be handed the NULL of an empty list. */
static void sort(void *v, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(v, n, size, cmp);
}

const char *report_who(const report_session *s)
{
    if (s->employee_id && s->employee_id[0])
        return s->employee_id;
    return s->player ? s->player : "";
}

int report_passed(const report_session *s, int pass_mark)
{
    return s->completed && s->score >= pass_mark;
}

/* ---- Spreads -------------------------------------------------------------- */

static int int_cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Sorts v in place. */
static report_spread spread_of(int *v, size_t n)
{
    report_spread s = { n, 0.0, 0.0 };
    if (n == 0)
        return s;
    double sum = 0.0;
    for (size_t i = 0; i < n; i++)
        sum += v[i];
    sort(v, n, sizeof *v, int_cmp);
    s.mean = sum / (double)n;
    s.median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    return s;
}

/* ---- Item analysis -------------------------------------------------------- */

static report_item *item_get(report_scenario *sc, const char *step)
{
    for (size_t i = 0; i < sc->n_items; i++)
        if (strcmp(sc->items[i].step, step) == 0)
            return &sc->items[i];
    if (bd_grow((void **)&sc->items, &sc->items_cap, sc->n_items + 1, sizeof *sc->items) < 0)
        return NULL;
    report_item *it = &sc->items[sc->n_items];
    memset(it, 0, sizeof *it);
    if (!(it->step = strdup(step)))
        return NULL;
    sc->n_items++;
    return it;
}

static int option_add(report_item *it, const char *what, int best)
{
    size_t i;
    for (i = 0; i < it->n_options && strcmp(it->options[i].what, what) != 0; i++)
        ;
    if (i == it->n_options) {
        if (bd_grow((void **)&it->options, &it->options_cap, i + 1, sizeof *it->options) < 0)
            return -1;
        it->options[i] = (report_option){ strdup(what), 0, 0 };
        if (!it->options[i].what)
            return -1;
        it->n_options++;
    }
    it->options[i].picked++;
    it->options[i].best += best != 0;
    return 0;
}

/* Tallies one answer. An order step's options are whole orders: each of
 * its items is "picked" by every answer, which would say nothing. */
static int item_add(report_item *it, const report_step *st)
{
    it->answered++;
    it->best += st->best != 0;
    int order = strchr(st->answer, '>') != NULL;
    it->is_order |= order;
    if (st->n_picked == 0)
        return option_add(it, "none", st->best);
    bd_buf what = { 0 };
    int rc = 0;
    for (size_t k = 0; rc == 0 && k < st->n_picked; k++) {
        if (!order)
            what.len = 0;   /* each place is its own option */
        rc = bd_buf_printf(&what, order && k ? ">%d" : "%d", st->picked[k]);
        if (rc == 0 && (!order || k + 1 == st->n_picked))
            rc = option_add(it, (const char *)what.data, st->best);
    }
    bd_buf_free(&what);
    return rc;
}

static int option_order(const void *a, const void *b)
{
    const report_option *x = a, *y = b;
    if (x->picked != y->picked)
        return x->picked > y->picked ? -1 : 1;
    size_t lx = strlen(x->what), ly = strlen(y->what);  /* "2" before "10" */
    if (lx != ly)
        return lx < ly ? -1 : 1;
    return strcmp(x->what, y->what);
}

/* Most often missed first: by the share missed, then by answers (a step
 * many missed before one a single player missed), then by id. */
static int item_order(const void *a, const void *b)
{
    const report_item *x = a, *y = b;
    /* x missed more often: (ax - bx) / ax > (ay - by) / ay, cross-multiplied */
    double mx = (double)(x->answered - x->best) * (double)y->answered;
    double my = (double)(y->answered - y->best) * (double)x->answered;
    if (mx != my)
        return mx > my ? -1 : 1;
    if (x->answered != y->answered)
        return x->answered > y->answered ? -1 : 1;
    return strcmp(x->step, y->step);
}

/* ---- Per scenario --------------------------------------------------------- */

static report_scenario *scenario_get(report_summary *sum, const char *id, size_t *cap)
{
    for (size_t i = 0; i < sum->n_per; i++)
        if (strcmp(sum->per[i].scenario, id) == 0)
            return &sum->per[i];
    if (bd_grow((void **)&sum->per, cap, sum->n_per + 1, sizeof *sum->per) < 0)
        return NULL;
    report_scenario *sc = &sum->per[sum->n_per];
    memset(sc, 0, sizeof *sc);
    if (!(sc->scenario = strdup(id)))
        return NULL;
    sum->n_per++;
    return sc;
}

static int outcome_index(const char *outcome)
{
    if (strcmp(outcome, "good") == 0)
        return 0;
    if (strcmp(outcome, "mixed") == 0)
        return 1;
    return strcmp(outcome, "bad") == 0 ? 2 : -1;
}

/* The answers of one session; each step's "sessions" counts it once. */
static int add_answers(report_scenario *sc, const report_session *s)
{
    for (size_t k = 0; k < s->n_steps; k++) {
        report_item *it = item_get(sc, s->steps[k].step);
        if (!it || item_add(it, &s->steps[k]) < 0)
            return -1;
        size_t j;
        for (j = 0; j < k && strcmp(s->steps[j].step, s->steps[k].step) != 0; j++)
            ;
        it->sessions += j == k;
    }
    return 0;
}

/* Scores, axes and durations of the completed sessions of sc. */
static int add_spreads(report_scenario *sc, const report_set *set)
{
    int *v = malloc((3 * sc->completed + 1) * sizeof *v);
    if (!v)
        return -1;
    int *score = v, *detect = v + sc->completed, *respond = v + 2 * sc->completed;
    size_t n = 0;
    double seconds = 0.0;
    for (size_t i = 0; i < set->n; i++) {
        const report_session *s = &set->v[i];
        if (!s->completed || strcmp(s->scenario, sc->scenario) != 0)
            continue;
        score[n] = s->score;
        detect[n] = s->detect.pct;
        respond[n] = s->respond.pct;
        seconds += s->duration_s;
        sc->score_bins[s->score >= 100 ? 9 : s->score / 10]++;
        n++;
    }
    sc->score = spread_of(score, n);
    sc->detect = spread_of(detect, n);
    sc->respond = spread_of(respond, n);
    sc->mean_duration_s = n ? seconds / (double)n : 0.0;
    free(v);
    return 0;
}

static int by_string(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int scenario_order(const void *a, const void *b)
{
    return strcmp(((const report_scenario *)a)->scenario, ((const report_scenario *)b)->scenario);
}

/* Named players, each once: sorted, then counted where a name changes. */
static int count_players(const report_set *set, report_summary *out)
{
    const char **who = malloc((set->n + 1) * sizeof *who);
    if (!who)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < set->n; i++) {
        const char *w = report_who(&set->v[i]);
        if (w[0])
            who[n++] = w;
        else
            out->anonymous++;
    }
    sort(who, n, sizeof *who, by_string);
    for (size_t i = 0; i < n; i++)
        out->players += i == 0 || strcmp(who[i], who[i - 1]) != 0;
    free(who);
    return 0;
}

int report_summarise(const report_set *set, int pass_mark, report_summary *out)
{
    memset(out, 0, sizeof *out);
    out->pass_mark = pass_mark;
    size_t per_cap = 0;
    int rc = count_players(set, out);
    for (size_t i = 0; rc == 0 && i < set->n; i++) {
        const report_session *s = &set->v[i];
        report_scenario *sc = scenario_get(out, s->scenario, &per_cap);
        if (!sc) {
            rc = -1;
            break;
        }
        out->sessions++;
        sc->sessions++;
        if (s->completed) {
            out->completed++;
            sc->completed++;
            int o = outcome_index(s->outcome);
            if (o >= 0)
                sc->outcomes[o]++;
        }
        if (report_passed(s, pass_mark)) {
            out->passed++;
            sc->passed++;
        }
        rc = add_answers(sc, s);
    }
    for (size_t k = 0; rc == 0 && k < out->n_per; k++) {
        report_scenario *sc = &out->per[k];
        rc = add_spreads(sc, set);
        for (size_t j = 0; j < sc->n_items; j++)
            sort(sc->items[j].options, sc->items[j].n_options, sizeof *sc->items[j].options,
                 option_order);
        sort(sc->items, sc->n_items, sizeof *sc->items, item_order);
    }
    if (rc == 0)
        sort(out->per, out->n_per, sizeof *out->per, scenario_order);
    if (rc < 0)
        report_summary_free(out);
    return rc;
}

void report_summary_free(report_summary *s)
{
    if (!s)
        return;
    for (size_t k = 0; k < s->n_per; k++) {
        report_scenario *sc = &s->per[k];
        for (size_t j = 0; j < sc->n_items; j++) {
            for (size_t o = 0; o < sc->items[j].n_options; o++)
                free(sc->items[j].options[o].what);
            free(sc->items[j].options);
            free(sc->items[j].step);
        }
        free(sc->items);
        free(sc->scenario);
    }
    free(s->per);
    memset(s, 0, sizeof *s);
}
