/* play_layout — where everything on the play screen goes: a fixed header
 * (scenario, step), an optional banner (a reload that failed, a restart),
 * the step in a scrolling view, and a fixed footer (key hint, Confirm /
 * Continue / Back). What is not an element (text, panels) is drawn here
 * too; the elements are drawn by play_draw.c.
 *
 * The content is laid out twice per frame, once to measure its height (to
 * clamp the scroll) and once to place it: wrapping twice is cheap next to
 * drawing, and keeps one function per phase instead of a measure and a
 * draw version of each. Whatever scrolls is clipped to the view, so
 * nothing leaves the window. */
#include "ui/play_lay.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BANNER_LINES 4

static const char *tr(const play_frame *f, const char *key) { return locale_get(f->loc, key); }
static const char *txt(const ui_play *p, const bd_text *t) { return bd_text_get(t, p->lang); }

/* ---- Layout ------------------------------------------------------------------------- */

int lay_shown(const lay *L, int y, int h)
{
    return L->dl && y + h > L->view.y && y < L->view.y + L->view.h;
}

void lay_para(lay *L, const char *s, ui_font f, ui_color col, int indent, float gap)
{
    if (!s || !*s) return;
    int w = L->w - indent;
    int h = ui_text_height(L->c, s, f, w);
    if (lay_shown(L, L->y, h)) {
        size_t first = L->dl->count;
        ui_text_block(L->c, L->dl, s, f, col, (ui_rect){ L->x + indent, L->y, w, h }, ALIGN_LEFT);
        ui_clip_tail(L->dl, first, L->view);
    }
    L->y += h + ui_px(L->c, gap);
}

void lay_panel(lay *L, const panel_line *lines, size_t n, float gap)
{
    int pad = ui_px(L->c, 14), between = ui_px(L->c, 6), inner = L->w - 2 * pad;
    int h = 2 * pad, any = 0;
    for (size_t i = 0; i < n; i++) {
        if (!lines[i].s || !*lines[i].s) continue;
        h += (any ? between : 0) + ui_text_height(L->c, lines[i].s, lines[i].f, inner);
        any = 1;
    }
    if (!any) return;
    if (lay_shown(L, L->y, h)) {
        const ui_theme *th = L->c->theme;
        size_t first = L->dl->count;
        ui_rect r = { L->x, L->y, L->w, h };
        draw_fill(L->dl, r, th->panel);
        draw_outline(L->dl, r, th->border, ui_px(L->c, 1));
        int y = L->y + pad;
        for (size_t i = 0; i < n; i++) {
            if (!lines[i].s || !*lines[i].s) continue;
            int lh = ui_text_height(L->c, lines[i].s, lines[i].f, inner);
            ui_text_block(L->c, L->dl, lines[i].s, lines[i].f, lines[i].col,
                          (ui_rect){ L->x + pad, y, inner, lh }, ALIGN_LEFT);
            y += lh + between;
        }
        ui_clip_tail(L->dl, first, L->view);
    }
    L->y += h + ui_px(L->c, gap);
}

/* A monospace block (a log, an e-mail) in a panel, its lines numbered so
 * that feedback and a trainer can point at "line 4"; a long line wraps
 * under its own text, not under the number. */
static void mono_panel(lay *L, const char *text)
{
    if (!text || !*text) return;
    const ui_theme *th = L->c->theme;
    ui_font f = ui_font_make(L->c, FONT_MONO, SIZE_MONO, 0);
    int pad = ui_px(L->c, 14), gap = ui_px(L->c, 12);
    size_t n_lines = 1;
    for (const char *q = text; *q; q++) n_lines += *q == '\n';
    char widest[24];
    snprintf(widest, sizeof widest, "%zu", n_lines);
    int num_w = L->c->measure->width(L->c->measure->ctx, f, widest, strlen(widest));
    int text_x = L->x + pad + num_w + gap, text_w = L->w - 2 * pad - num_w - gap;
    /* Measure, then draw: one pass over the lines each. */
    int h = 2 * pad;
    for (const char *q = text;;) {
        size_t len = strcspn(q, "\n");
        char *line = strndup(q, len);
        h += line ? (len ? ui_text_height(L->c, line, f, text_w)
                         : L->c->measure->line_height(L->c->measure->ctx, f)) : 0;
        free(line);
        if (!q[len]) break;
        q += len + 1;
    }
    if (lay_shown(L, L->y, h)) {
        size_t first = L->dl->count;
        ui_rect r = { L->x, L->y, L->w, h };
        draw_fill(L->dl, r, th->panel);
        draw_outline(L->dl, r, th->border, ui_px(L->c, 1));
        int y = L->y + pad, lh = L->c->measure->line_height(L->c->measure->ctx, f);
        size_t i = 1;
        for (const char *q = text;; i++) {
            size_t len = strcspn(q, "\n");
            char *line = strndup(q, len);
            if (!line) break;
            char num[24];
            int nl = snprintf(num, sizeof num, "%zu", i);
            int nw = L->c->measure->width(L->c->measure->ctx, f, num, (size_t)nl);
            draw_text(L->dl, text_x - gap - nw, y, f, th->text_dim, num, (size_t)nl, nw, lh,
                      (ui_rect){ L->x + pad, y, num_w, lh });
            int th_px = len ? ui_text_height(L->c, line, f, text_w) : lh;
            if (len) ui_text_block(L->c, L->dl, line, f, th->text, (ui_rect){ text_x, y, text_w, th_px },
                                   ALIGN_LEFT);
            free(line);
            y += th_px;
            if (!q[len]) break;
            q += len + 1;
        }
        ui_clip_tail(L->dl, first, L->view);
    }
    L->y += h + ui_px(L->c, 16);
}

static void question(lay *L)
{
    const ui_play *p = L->p;
    const step_view *v = &p->ses.view;
    const ui_theme *th = L->c->theme;
    lay_para(L, txt(p, &v->prompt), lay_sans(L, SIZE_PROMPT, 1), th->text, 0, 12);
    lay_para(L, txt(p, &v->body), lay_sans(L, SIZE_BODY, 0), th->text, 0, 16);
    mono_panel(L, txt(p, &v->mono));
    L->y += ui_px(L->c, 8);
    play_row_style rs = play_row_style_of(L->c, v);
    for (size_t r = 0; r < p->n_rows; r++) {
        int h = play_row_height(L->c, &rs, txt(p, &v->items[p->rows[r]].text), L->w);
        if (L->els) {
            char id[32];
            snprintf(id, sizeof id, "play.item.%zu", r + 1);
            ui_elements_add(L->els, id, (ui_rect){ L->x, L->y, L->w, h }, (int)r, L->view);
        }
        L->y += h + ui_px(L->c, 10);
    }
}

static const view_item *answered_item(const ui_play *p, int id)
{
    for (size_t i = 0; i < p->answered.n_items; i++)
        if (p->answered.items[i].id == id) return &p->answered.items[i];
    return NULL;
}

void lay_signed_points(char *out, size_t n, const char *fmt, int v)
{
    char num[16];
    snprintf(num, sizeof num, v > 0 ? "+%d" : "%d", v);
    ui_fill_in(out, n, fmt, num);
}

static void feedback(lay *L)
{
    const ui_play *p = L->p;
    const play_frame *f = L->f;
    const ui_theme *th = L->c->theme;
    const step_result *res = &p->ses.last;
    const session_entry *e = p->ses.n_log ? &p->ses.log[p->ses.n_log - 1] : NULL;
    lay_para(L, tr(f, res->best ? "play.best" : "play.not_best"), lay_sans(L, SIZE_PROMPT, 1),
         res->best ? th->accent : th->text, 0, 10);
    char line[256];
    lay_signed_points(line, sizeof line, tr(f, "play.points.detect"), e ? e->detect : 0);
    lay_para(L, line, lay_sans(L, SIZE_BODY, 0), th->text_dim, 0, 2);
    lay_signed_points(line, sizeof line, tr(f, "play.points.respond"), e ? e->respond : 0);
    lay_para(L, line, lay_sans(L, SIZE_BODY, 0), th->text_dim, 0, 14);
    lay_para(L, txt(p, &res->feedback), lay_sans(L, SIZE_BODY, 0), th->text, 0, 16);

    int lines = p->answered.items_are_lines;
    ui_font item_font = lines ? ui_font_make(L->c, FONT_MONO, SIZE_MONO, 0) : lay_sans(L, SIZE_BODY, 0);
    for (size_t i = 0; i < res->n_notes; i++) {
        const result_note *n = &res->notes[i];
        const view_item *it = answered_item(p, n->id);
        char item[1024];
        const char *text = it ? txt(p, &it->text) : "";
        if (p->answered.pick == PICK_ORDER) snprintf(item, sizeof item, "%zu. %s", i + 1, text);
        else if (lines) snprintf(item, sizeof item, "%d  %s", n->id, text);
        else snprintf(item, sizeof item, "%s", text);
        /* On a multi or spot step "right" is about the player's mark, so the
         * label says both: a bare "Right" beside a harmful option the player
         * rightly left alone reads as if the option were right. */
        const char *label = n->right ? "play.note.right" : "play.note.wrong";
        if (p->answered.pick == PICK_MANY)
            label = n->right ? (n->picked ? "play.note.marked_right" : "play.note.unmarked_right")
                             : (n->picked ? "play.note.marked_wrong" : "play.note.unmarked_wrong");
        panel_line pl[3] = {
            { tr(f, label), lay_sans(L, SIZE_SMALL, 1), n->right ? th->accent : th->text },
            { item, item_font, th->text },
            { txt(p, &n->text), lay_sans(L, SIZE_BODY, 0), th->text },
        };
        lay_panel(L, pl, 3, 10);
    }
}

/* Before the first step: where and when, and who the player is. */
static void intro(lay *L)
{
    const ui_play *p = L->p;
    const ui_theme *th = L->c->theme;
    const scn_info *info = scenario_info(p->scn);
    const char *org = txt(p, &info->org), *when = txt(p, &info->when);
    char line[512];
    snprintf(line, sizeof line, "%s%s%s", org, *org && *when ? tr(L->f, "play.separator") : "", when);
    lay_para(L, line, lay_sans(L, SIZE_SMALL, 1), th->text_dim, 0, 10);
    lay_para(L, txt(p, &info->intro), lay_sans(L, SIZE_BODY, 0), th->text, 0, 16);
}

static void content(lay *L)
{
    switch (L->p->phase) {
    case PLAY_INTRO: intro(L); break;
    case PLAY_QUESTION: question(L); break;
    case PLAY_FEEDBACK: feedback(L); break;
    case PLAY_ENDING: play_debrief(L); break;
    }
}

/* The header: the scenario's title, and which step this is. Returns its height. */
static int header(const lay *L, int y)
{
    const ui_play *p = L->p;
    const ui_ctx *c = L->c;
    const ui_theme *th = c->theme;
    ui_font f = ui_font_make(c, FONT_SANS, SIZE_HEAD, 0), fb = ui_font_make(c, FONT_SANS, SIZE_HEAD, 1);
    char label[64], num[24];
    size_t answered = p->ses.n_log + (p->phase == PLAY_QUESTION ? 1 : 0);
    snprintf(num, sizeof num, "%zu", answered);
    if (p->phase == PLAY_ENDING) snprintf(label, sizeof label, "%s", tr(L->f, "play.result"));
    else if (p->phase == PLAY_INTRO) snprintf(label, sizeof label, "%s", tr(L->f, "play.briefing"));
    else ui_fill_in(label, sizeof label, tr(L->f, "play.step"), num);
    int label_w = c->measure->width(c->measure->ctx, fb, label, strlen(label));
    int label_max = L->w / 3;
    int lh = c->measure->line_height(c->measure->ctx, f);
    const scn_info *info = scenario_info(p->scn);
    const char *title = info ? txt(p, &info->title) : "";
    int title_w = L->w - (label_w < label_max ? label_w : label_max) - ui_px(c, 24);
    int title_h = ui_text_height(c, title, f, title_w);
    if (title_h > 2 * lh) title_h = 2 * lh;
    if (title_h < lh) title_h = lh;
    /* The progress bar under the title: how much of the scenario is behind. */
    int bar_y = y + title_h + ui_px(c, 8), bar_h = ui_px(c, 6);
    if (L->dl) {
        draw_fill(L->dl, (ui_rect){ L->x, bar_y, L->w, bar_h }, th->panel);
        int done = (int)(L->w * (p->progress < 0 ? 0 : p->progress > 1 ? 1 : p->progress));
        if (done > 0) draw_fill(L->dl, (ui_rect){ L->x, bar_y, done, bar_h }, th->accent);
    }
    if (L->dl) {
        ui_text_block(c, L->dl, title, f, th->text_dim, (ui_rect){ L->x, y, title_w, title_h }, ALIGN_LEFT);
        /* One line, right-aligned, never wrapped: a label that is too long
         * is cut at the column's third rather than pushed out of the window. */
        ui_rect box = { L->x + L->w - label_max, y, label_max, lh };
        int lx = label_w < label_max ? L->x + L->w - label_w : box.x;
        draw_text(L->dl, lx, y, fb, th->accent, label, strlen(label), label_w, lh, box);
    }
    return bar_y + bar_h - y;
}

/* A reload that failed (with its file:line error) or a restart. */
static int banner(const lay *L, int y)
{
    const ui_play *p = L->p;
    if (p->banner == BANNER_NONE) return 0;
    const ui_ctx *c = L->c;
    const ui_theme *th = c->theme;
    char msg[BD_MSG_LEN + 512];
    const char *key = p->banner == BANNER_RELOAD_FAILED ? "play.reload_failed"
                    : p->banner == BANNER_RESTARTED ? "play.restarted" : "play.script_error";
    snprintf(msg, sizeof msg, "%s%s%s", tr(L->f, key), p->banner_text ? "\n" : "",
             p->banner_text ? p->banner_text : "");
    ui_font f = ui_font_make(c, FONT_SANS, SIZE_SMALL, 0);
    int pad = ui_px(c, 10), stripe = ui_px(c, 6);
    int lh = c->measure->line_height(c->measure->ctx, f);
    int inner_w = L->w - 2 * pad - stripe;
    int text_h = ui_text_height(c, msg, f, inner_w);
    if (text_h > BANNER_LINES * lh) text_h = BANNER_LINES * lh;
    int h = text_h + 2 * pad;
    if (L->dl) {
        ui_rect r = { L->x, y, L->w, h };
        draw_fill(L->dl, r, th->panel);
        draw_fill(L->dl, (ui_rect){ L->x, y, stripe, h },
                  p->banner == BANNER_RESTARTED ? th->border : th->accent);
        ui_text_block(c, L->dl, msg, f, th->text,
                      (ui_rect){ L->x + stripe + pad, y + pad, inner_w, text_h }, ALIGN_LEFT);
    }
    return h;
}

/* The button the footer holds now, or NULL. */
static const char *footer_button(const ui_play *p)
{
    switch (p->phase) {
    case PLAY_FEEDBACK: return "play.continue";
    case PLAY_INTRO: return "play.begin";
    case PLAY_ENDING: return "play.back";
    case PLAY_QUESTION:
        return p->ses.view.pick == PICK_MANY || p->ses.view.pick == PICK_ORDER ? "play.confirm" : NULL;
    }
    return NULL;
}

/* A kiosk round is played by touch or gamepad, with no pause menu: its
 * hints say so (round.hint.*) instead of naming keys. */
static const char *hint_key(const ui_play *p)
{
    int kiosk = p->host && p->host->mode && strcmp(p->host->mode, "kiosk") == 0;
    if (p->phase == PLAY_ENDING) return "play.hint.end";
    if (p->phase != PLAY_QUESTION) return kiosk ? "round.hint.read" : "play.hint.read";
    switch (p->ses.view.pick) {
    case PICK_MANY: return kiosk ? "round.hint.many" : "play.hint.many";
    case PICK_ORDER: return kiosk ? "round.hint.order" : "play.hint.order";
    default: return kiosk ? "round.hint.one" : "play.hint.one";
    }
}

/* Beside the view, outside the column: how much there is and where we are. */
static void scrollbar(const lay *L, int content_h)
{
    const ui_ctx *c = L->c;
    ui_rect track = { L->view.x + L->view.w + ui_px(c, 6), L->view.y, ui_px(c, 4), L->view.h };
    if (track.h <= 0 || content_h <= 0) return;
    int thumb_h = (int)((long long)track.h * track.h / content_h);
    if (thumb_h < ui_px(c, 24)) thumb_h = ui_px(c, 24);
    if (thumb_h > track.h) thumb_h = track.h;
    int max = L->p->max_scroll > 0 ? L->p->max_scroll : 1;
    int thumb_y = track.y + (int)((long long)(track.h - thumb_h) * L->p->scroll / max);
    draw_fill(L->dl, track, c->theme->panel);
    draw_fill(L->dl, (ui_rect){ track.x, thumb_y, track.w, thumb_h }, c->theme->text_dim);
}

void play_layout(ui_play *p, const play_frame *f, ui_elements *els, draw_list *dl)
{
    const ui_ctx *c = f->c;
    lay L = { .p = p, .f = f, .c = c, .dl = dl, .els = els };
    L.w = f->w - 2 * ui_px(c, SIDE);
    if (L.w > ui_px(c, COLUMN_MAX)) L.w = ui_px(c, COLUMN_MAX);
    L.x = (f->w - L.w) / 2;

    int y = ui_px(c, 20);
    y += header(&L, y) + ui_px(c, 12);
    int bh = banner(&L, y);
    if (bh) y += bh + ui_px(c, 12);

    /* Footer: the button on the right, the key hint beside it. */
    const char *button = footer_button(p);
    int btn_w = button ? ui_px(c, 240) : 0, btn_h = ui_px(c, 56), gap = ui_px(c, 20);
    ui_font hf = ui_font_make(c, FONT_SANS, SIZE_SMALL, 0);
    int hint_w = L.w - btn_w - (button ? gap : 0);
    const char *hint = tr(f, hint_key(p));
    int hint_h = ui_text_height(c, hint, hf, hint_w);
    int foot_h = hint_h > btn_h ? hint_h : btn_h;
    int foot_y = f->h - ui_px(c, 16) - foot_h;
    if (dl) ui_text_block(c, dl, hint, hf, c->theme->text_dim,
                          (ui_rect){ L.x, foot_y + (foot_h - hint_h) / 2, hint_w, hint_h }, ALIGN_LEFT);

    int ring = ui_px(c, RING);
    L.view = (ui_rect){ L.x - ring, y, L.w + 2 * ring, foot_y - ui_px(c, 12) - y };
    if (L.view.h < 0) L.view.h = 0;
    p->view = L.view;

    /* Measure, clamp the scroll, then place. */
    lay M = L;
    M.dl = NULL;
    M.els = NULL;
    M.y = 0;
    content(&M);
    p->max_scroll = M.y + 2 * ring - L.view.h;
    if (p->max_scroll < 0) p->max_scroll = 0;
    if (p->scroll > p->max_scroll) p->scroll = p->max_scroll;
    if (p->scroll < 0) p->scroll = 0;
    L.y = L.view.y + ring - p->scroll;
    content(&L);
    if (dl && p->max_scroll > 0) scrollbar(&L, M.y + 2 * ring);

    if (button && els)
        ui_elements_add(els, button, (ui_rect){ L.x + L.w - btn_w, foot_y + (foot_h - btn_h) / 2,
                                                btn_w, btn_h }, -1, (ui_rect){ 0, 0, 0, 0 });
}

