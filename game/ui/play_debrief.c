/*
 * play_debrief — the ending screen: the outcome, the scores as numbers and
 * bars, how this attempt compares with the player's earlier ones, each
 * decision beside the recommended one, the frameworks' categories behind
 * the steps missed, what really happened, and the sources.
 */
#include "ui/play_lay.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const view_item *item_of(const play_decision *d, int id)
{
    for (size_t i = 0; i < d->n_items; i++)
        if (d->items[i].id == id) return &d->items[i];
    return NULL;
}

/* What a pick names, in words: a choice's text; ticked options; "lines 2,
 * 4" for a log; an order as a sequence. */
static void pick_text(const lay *L, const play_decision *d, const pick *k, bd_buf *out)
{
    out->len = 0;
    /* Options are sentences: a dot between them, not a semicolon after
     * their full stops. */
    const char *sep = d->pick == PICK_ORDER ? " → " : " · ";
    if (k->n == 0) {
        const char *none = lay_tr(L, "play.none");
        bd_buf_add(out, none, strlen(none));
    } else if (d->lines) {
        char nums[512] = "", n[16];
        for (size_t i = 0; i < k->n; i++) {
            snprintf(n, sizeof n, "%s%d", i ? ", " : "", k->ids[i]);
            strncat(nums, n, sizeof nums - strlen(nums) - 1);
        }
        char line[600];
        ui_fill_in(line, sizeof line, lay_tr(L, "play.lines"), nums);
        bd_buf_add(out, line, strlen(line));
    } else {
        for (size_t i = 0; i < k->n; i++) {
            const view_item *it = item_of(d, k->ids[i]);
            const char *t = it ? lay_txt(L, &it->text) : "?";
            if (i) bd_buf_add(out, sep, strlen(sep));
            bd_buf_add(out, t, strlen(t));
        }
    }
    bd_buf_add(out, "", 1);
}

/* A labelled bar: "Detection 85% (14/17)" above a track filled to pct. */
static void score_bar(lay *L, const char *label, int pct, int points, int max, int strong)
{
    const ui_theme *th = L->c->theme;
    char text[160], arg[64];
    if (max > 0) snprintf(arg, sizeof arg, "%d%% (%d/%d)", pct, points, max);
    else snprintf(arg, sizeof arg, "%d%%", pct);
    ui_fill_in(text, sizeof text, label, arg);
    lay_para(L, text, lay_sans(L, SIZE_BODY, strong), strong ? th->accent : th->text, 0, 4);
    int h = ui_px(L->c, strong ? 14 : 10);
    if (lay_shown(L, L->y, h)) {
        size_t first = L->dl->count;
        draw_fill(L->dl, (ui_rect){ L->x, L->y, L->w, h }, th->panel);
        int done = L->w * (pct < 0 ? 0 : pct > 100 ? 100 : pct) / 100;
        if (done > 0) draw_fill(L->dl, (ui_rect){ L->x, L->y, done, h }, th->accent);
        ui_clip_tail(L->dl, first, L->view);
    }
    L->y += h + ui_px(L->c, 12);
}

static void scores(lay *L)
{
    const ui_play *p = L->p;
    const explore_result *ex = scenario_explored(p->scn);
    int dmax = ex ? ex->detect_max : 0, rmax = ex ? ex->respond_max : 0;
    int dpct = score_pct(p->ses.detect, dmax), rpct = score_pct(p->ses.respond, rmax);
    score_bar(L, lay_tr(L, "play.score.total"), score_total(dpct, rpct), 0, 0, 1);
    score_bar(L, lay_tr(L, "play.score.detect"), dpct, p->ses.detect, dmax, 0);
    score_bar(L, lay_tr(L, "play.score.respond"), rpct, p->ses.respond, rmax, 0);
}

/* This attempt beside the player's earlier completed ones. */
static void comparison(lay *L)
{
    const ui_play *p = L->p;
    const ui_theme *th = L->c->theme;
    if (p->n_earlier == 0) {
        lay_para(L, lay_tr(L, "play.first_attempt"), lay_sans(L, SIZE_SMALL, 0), th->text_dim, 0, 16);
        return;
    }
    lay_para(L, lay_tr(L, "play.earlier"), lay_sans(L, SIZE_BODY, 1), th->text, 0, 6);
    int best = -1;
    /* The last few, oldest first: enough to see a trend. */
    size_t from = p->n_earlier > 5 ? p->n_earlier - 5 : 0;
    for (size_t i = 0; i < p->n_earlier; i++)
        if (p->earlier[i].score > best) best = p->earlier[i].score;
    for (size_t i = from; i < p->n_earlier; i++) {
        char line[96], date[16];
        snprintf(date, sizeof date, "%.10s", p->earlier[i].started);
        snprintf(line, sizeof line, "%s%s%d%%", date, lay_tr(L, "play.separator"), p->earlier[i].score);
        lay_para(L, line, lay_sans(L, SIZE_SMALL, 0), th->text_dim, 0, 2);
    }
    char num[16], line[128];
    snprintf(num, sizeof num, "%d%%", best);
    ui_fill_in(line, sizeof line, lay_tr(L, "play.best_before"), num);
    lay_para(L, line, lay_sans(L, SIZE_SMALL, 1), th->text, 0, 16);
}

/* Each decision: right or not (a mark and a word), the points, what the
 * player chose and, where it was not the best, what was recommended. */
static void decisions(lay *L)
{
    const ui_play *p = L->p;
    const ui_theme *th = L->c->theme;
    const char *sep = lay_tr(L, "play.separator");
    lay_para(L, lay_tr(L, "play.your_answers"), lay_sans(L, SIZE_BODY, 1), th->text, 0, 6);
    bd_buf yours = { 0 }, best = { 0 };
    for (size_t i = 0; i < p->ses.n_log; i++) {
        const session_entry *e = &p->ses.log[i];
        char num[24], step[64], dp[64], rp[64], head[256];
        snprintf(num, sizeof num, "%zu", i + 1);
        ui_fill_in(step, sizeof step, lay_tr(L, "play.step"), num);
        lay_signed_points(dp, sizeof dp, lay_tr(L, "play.points.detect"), e->detect);
        lay_signed_points(rp, sizeof rp, lay_tr(L, "play.points.respond"), e->respond);
        snprintf(head, sizeof head, "%s%s%s%s%s%s%s", step, sep,
                 lay_tr(L, e->best ? "play.note.right" : "play.note.wrong"), sep, dp, sep, rp);
        lay_para(L, head, lay_sans(L, SIZE_SMALL, 1), e->best ? th->accent : th->text, 0, 2);
        const play_decision *d = i < p->decisions.n ? &p->decisions.v[i] : NULL;
        if (!d) {
            L->y += ui_px(L->c, 8);
            continue;
        }
        char line[4096];
        pick_text(L, d, &d->yours, &yours);
        ui_fill_in(line, sizeof line, lay_tr(L, "play.you_chose"), yours.data ? (char *)yours.data : "");
        lay_para(L, line, lay_sans(L, SIZE_SMALL, 0), th->text, ui_px(L->c, 16), 2);
        if (!e->best && d->best_known) {
            pick_text(L, d, &d->best, &best);
            ui_fill_in(line, sizeof line, lay_tr(L, "play.recommended"), best.data ? (char *)best.data : "");
            lay_para(L, line, lay_sans(L, SIZE_SMALL, 0), th->text_dim, ui_px(L->c, 16), 2);
        }
        L->y += ui_px(L->c, 8);
    }
    bd_buf_free(&yours);
    bd_buf_free(&best);
}

/* The CSF categories and ATT&CK techniques of the steps not answered best,
 * each once: what to study next. */
static void missed_tags(lay *L)
{
    const ui_play *p = L->p;
    const ui_theme *th = L->c->theme;
    char tags[1024] = "";
    for (size_t i = 0; i < p->ses.n_log; i++) {
        if (p->ses.log[i].best) continue;
        const char *t = scenario_step_tags(p->scn, p->ses.log[i].step);
        /* Tags come joined ("DE.CM, T1566"): add each one not yet listed. */
        while (t && *t) {
            size_t n = strcspn(t, ",");
            char one[64];
            snprintf(one, sizeof one, "%.*s", (int)(n < sizeof one ? n : sizeof one - 1), t);
            char padded[70];
            snprintf(padded, sizeof padded, ", %s,", one);
            char hay[1100];
            snprintf(hay, sizeof hay, ", %s,", tags);
            if (one[0] && !strstr(hay, padded) && strlen(tags) + n + 3 < sizeof tags) {
                if (tags[0]) strcat(tags, ", ");
                strcat(tags, one);
            }
            t += n;
            while (*t == ',' || *t == ' ') t++;
        }
    }
    if (!tags[0]) return;
    lay_para(L, lay_tr(L, "play.to_review"), lay_sans(L, SIZE_BODY, 1), th->text, 0, 6);
    lay_para(L, tags, lay_sans(L, SIZE_SMALL, 0), th->text, 0, 16);
}

/* The debrief paragraph by paragraph, so that a long one never runs past
 * what one text block holds. */
static void debrief_text(lay *L, const char *text)
{
    const ui_theme *th = L->c->theme;
    for (const char *s = text; *s;) {
        const char *end = strstr(s, "\n\n");
        size_t n = end ? (size_t)(end - s) : strlen(s);
        char *para = malloc(n + 1);
        if (!para) return;
        memcpy(para, s, n);
        para[n] = '\0';
        lay_para(L, para, lay_sans(L, SIZE_BODY, 0), th->text, 0, 12);
        free(para);
        s = end ? end + 2 : s + n;
    }
    L->y += ui_px(L->c, 4);
}

void play_debrief(lay *L)
{
    const ui_play *p = L->p;
    const ui_theme *th = L->c->theme;
    const step_view *v = &p->ses.view;
    const scn_info *info = scenario_info(p->scn);
    char key[32];
    snprintf(key, sizeof key, "play.outcome.%s", v->outcome);
    lay_para(L, lay_tr(L, key), lay_sans(L, SIZE_BODY, 1), th->accent, 0, 8);
    lay_para(L, lay_txt(L, &v->prompt), lay_sans(L, SIZE_PROMPT, 1), th->text, 0, 12);
    lay_para(L, lay_txt(L, &v->body), lay_sans(L, SIZE_BODY, 0), th->text, 0, 16);
    scores(L);
    comparison(L);
    decisions(L);
    missed_tags(L);
    if (info) {
        const char *debrief = lay_txt(L, &info->debrief);
        if (*debrief) {
            lay_para(L, lay_tr(L, "play.debrief"), lay_sans(L, SIZE_BODY, 1), th->text, 0, 6);
            debrief_text(L, debrief);
        }
        if (info->n_sources) lay_para(L, lay_tr(L, "play.sources"), lay_sans(L, SIZE_BODY, 1), th->text, 0, 6);
        /* Numbered as the debrief cites them: "... [2, 5]". */
        for (size_t i = 0; i < info->n_sources; i++) {
            size_t len = strlen(info->sources[i]) + 24;
            char *numbered = malloc(len);
            if (!numbered) continue;
            snprintf(numbered, len, "[%zu] %s", i + 1, info->sources[i]);
            lay_para(L, numbered, lay_sans(L, SIZE_SMALL, 0), th->text_dim, 0, 4);
            free(numbered);
        }
    }
    if (p->record_error) {
        char msg[BD_ERR_LEN + 256];
        ui_fill_in(msg, sizeof msg, lay_tr(L, "play.record_failed"), p->record_error);
        L->y += ui_px(L->c, 12);
        lay_para(L, msg, lay_sans(L, SIZE_SMALL, 0), th->accent, 0, 4);
    }
}
