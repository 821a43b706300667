/* play_draw — drawing the play screen's elements: the rows of a question
 * (a number for one-of, a check box for many, with numbered monospace lines
 * for a log, a position for an order; one look for every kind, built-in or
 * a trainer's) and the footer's button; and the clipping that keeps what
 * scrolls inside its view. The layout is in play_layout.c. */
#include "ui/ui.h"

#include <stdio.h>
#include <string.h>

#define SIZE_BODY 22.0f
#define SIZE_MONO 19.0f
#define ROW_MIN 52.0f

/* ---- Clipping ------------------------------------------------------------------ */

ui_rect ui_rect_intersect(ui_rect a, ui_rect b)
{
    int x0 = a.x > b.x ? a.x : b.x, y0 = a.y > b.y ? a.y : b.y;
    int x1 = a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w;
    int y1 = a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h;
    if (x1 <= x0 || y1 <= y0) return (ui_rect){ x0, y0, 0, 0 };
    return (ui_rect){ x0, y0, x1 - x0, y1 - y0 };
}

static int is_empty(ui_rect r) { return r.w <= 0 || r.h <= 0; }

static int within(ui_rect r, ui_rect c)
{
    return r.x >= c.x && r.y >= c.y && r.x + r.w <= c.x + c.w && r.y + r.h <= c.y + c.h;
}

void ui_clip_tail(draw_list *dl, size_t first, ui_rect clip)
{
    size_t end = dl->count;
    for (size_t i = first; i < end; i++) {
        draw_cmd c = dl->cmds[i];   /* a copy: draw_fill may move the array */
        if (c.kind != DRAW_OUTLINE || within(c.rect, clip)) continue;
        int t = c.thickness;
        ui_rect r = c.rect;
        ui_rect sides[4] = {
            { r.x, r.y, r.w, t }, { r.x, r.y + r.h - t, r.w, t },
            { r.x, r.y + t, t, r.h - 2 * t }, { r.x + r.w - t, r.y + t, t, r.h - 2 * t },
        };
        dl->cmds[i].thickness = -1;   /* replaced by its sides */
        for (int k = 0; k < 4; k++) draw_fill(dl, sides[k], c.color);
    }
    size_t out = first;
    for (size_t i = first; i < dl->count; i++) {
        draw_cmd c = dl->cmds[i];
        if (c.kind == DRAW_TEXT) {
            ui_rect cl = c.clip.w > 0 ? ui_rect_intersect(c.clip, clip) : clip;
            if (is_empty(cl) || is_empty(ui_rect_intersect(c.rect, cl))) continue;
            c.clip = cl;
        } else if (c.kind == DRAW_FILL) {
            c.rect = ui_rect_intersect(c.rect, clip);
            if (is_empty(c.rect)) continue;
        } else if (c.thickness < 0) {
            continue;
        }
        dl->cmds[out++] = c;
    }
    dl->count = out;
}

/* ---- Rows of a question ---------------------------------------------------------- */

play_row_style play_row_style_of(const ui_ctx *c, const step_view *v)
{
    play_row_style s = { .pad = ui_px(c, 12) };
    s.font = v->items_are_lines ? ui_font_make(c, FONT_MONO, SIZE_MONO, 0)
                                : ui_font_make(c, FONT_SANS, SIZE_BODY, 0);
    switch (v->pick) {
    case PICK_MANY:
        s.box = ui_px(c, 24);
        s.marker = s.box + ui_px(c, 14);
        if (v->items_are_lines) {
            char num[24];
            int n = snprintf(num, sizeof num, "%zu", v->n_items);
            s.digits = c->measure->width(c->measure->ctx, s.font, num, (size_t)n);
            s.marker += s.digits + ui_px(c, 14);
        }
        break;
    default:
        s.marker = ui_px(c, 40);
        break;
    }
    return s;
}

int play_row_height(const ui_ctx *c, const play_row_style *s, const char *text, int w)
{
    int h = ui_text_height(c, text, s->font, w - 2 * s->pad - s->marker) + 2 * s->pad;
    int min = ui_px(c, ROW_MIN);
    return h > min ? h : min;
}

/* ---- Drawing the elements ------------------------------------------------------------ */

static const char *tr(const play_frame *f, const char *key) { return locale_get(f->loc, key); }
static const char *txt(const ui_play *p, const bd_text *t) { return bd_text_get(t, p->lang); }

static void draw_row(const ui_play *p, const play_frame *f, const ui_element *e,
                     widget_state st, int focused, draw_list *dl)
{
    const ui_ctx *c = f->c;
    const ui_theme *th = c->theme;
    const step_view *v = &p->ses.view;
    size_t r = (size_t)e->index, item = p->rows[r];
    int held = p->held == e->index;
    int marked = v->pick == PICK_MANY && p->marked[item];
    play_row_style rs = play_row_style_of(c, v);
    ui_rect rect = e->rect;
    draw_fill(dl, rect, held || st == WIDGET_PRESSED ? th->panel_pressed
                      : st == WIDGET_HOVER ? th->panel_hover : th->panel);
    if (held) draw_outline(dl, rect, th->accent, ui_px(c, 3));
    else draw_outline(dl, rect, marked ? th->accent : th->border, ui_px(c, marked ? 2 : 1));

    int lh = c->measure->line_height(c->measure->ctx, rs.font);
    int mx = rect.x + rs.pad, my = rect.y + rs.pad;
    char num[24];
    if (v->pick == PICK_MANY) {
        ui_rect box = { mx, my + (lh - rs.box) / 2, rs.box, rs.box };
        draw_outline(dl, box, marked ? th->accent : th->text_dim, ui_px(c, 2));
        if (marked) {
            int in = ui_px(c, 5);
            draw_fill(dl, (ui_rect){ box.x + in, box.y + in, box.w - 2 * in, box.h - 2 * in }, th->accent);
        }
        if (v->items_are_lines) {
            int n = snprintf(num, sizeof num, "%d", v->items[item].id);
            int w = c->measure->width(c->measure->ctx, rs.font, num, (size_t)n);
            draw_text(dl, mx + rs.box + ui_px(c, 14) + rs.digits - w, my, rs.font, th->text_dim,
                      num, (size_t)n, w, lh, rect);
        }
    } else {
        int n = snprintf(num, sizeof num, v->pick == PICK_ORDER ? "%zu." : "%zu", r + 1);
        ui_font nf = ui_font_make(c, FONT_SANS, SIZE_BODY, 1);
        int w = c->measure->width(c->measure->ctx, nf, num, (size_t)n);
        draw_text(dl, mx, my, nf, held ? th->accent : th->text_dim, num, (size_t)n, w,
                  c->measure->line_height(c->measure->ctx, nf), rect);
    }
    ui_rect text = { mx + rs.marker, my, rect.w - 2 * rs.pad - rs.marker, rect.h - 2 * rs.pad };
    ui_text_block(c, dl, txt(p, &v->items[item].text), rs.font, th->text, text, ALIGN_LEFT);
    if (focused) ui_focus_ring(c, dl, rect);
}

void play_draw_elements(const ui_play *p, const play_frame *f, const ui_elements *els,
                        draw_list *dl, int focus, int hover, int pressed)
{
    for (int i = 0; i < els->n; i++) {
        const ui_element *e = &els->el[i];
        widget_state st = pressed == i ? WIDGET_PRESSED : hover == i ? WIDGET_HOVER : WIDGET_NORMAL;
        if (e->index >= 0 && (size_t)e->index < p->n_rows) {
            /* A row scrolled out of view would be clipped away whole:
             * skip it rather than wrap it (a long log has hundreds). */
            if (e->clip.w > 0 && is_empty(ui_rect_intersect(e->rect, e->clip))) continue;
            size_t first = dl->count;
            draw_row(p, f, e, st, i == focus, dl);
            ui_clip_tail(dl, first, e->clip);
        } else {
            ui_button(f->c, dl, e->rect, tr(f, e->id), i == focus, st);
        }
    }
}
