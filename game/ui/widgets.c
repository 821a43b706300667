/* widgets — the drawing helpers every screen shares: wrapped text blocks,
 * buttons, the focus ring; and the two small helpers every layout uses,
 * adding an element to the table and filling in a translated text. One
 * place decides how a button looks in each state, so every screen (and
 * every plugin's view model later) matches. */
#include "ui/ui.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Enough for any block a screen draws; a longer text is cut at the box's
 * bottom anyway, so more lines would never be visible. */
#define BLOCK_MAX_LINES 512   /* lines past it are not drawn: a page of text is far less */

int ui_px(const ui_ctx *c, float logical)
{
    if (logical == 0.0f) return 0;
    int v = (int)lroundf(logical * c->scale);
    if (v == 0) v = logical > 0 ? 1 : -1;
    return v;
}

ui_font ui_font_make(const ui_ctx *c, ui_font_role role, float logical_px, int bold)
{
    ui_font f = { role, ui_px(c, logical_px * c->text_scale), bold };
    if (f.px < 6) f.px = 6;
    return f;
}

int ui_text_height(const ui_ctx *c, const char *text, ui_font font, int width)
{
    size_t n = ui_wrap_count(c->wraps, c->measure, font, text, strlen(text), width);
    return (int)n * c->measure->line_height(c->measure->ctx, font);
}

int ui_text_block(const ui_ctx *c, draw_list *dl, const char *text, ui_font font,
                  ui_color color, ui_rect box, ui_align align)
{
    ui_line lines[BLOCK_MAX_LINES];
    size_t total = ui_wrap(c->measure, font, text, strlen(text), box.w, lines, BLOCK_MAX_LINES);
    size_t n = total < BLOCK_MAX_LINES ? total : BLOCK_MAX_LINES;
    int lh = c->measure->line_height(c->measure->ctx, font);
    int y = box.y;
    for (size_t i = 0; i < n; i++) {
        int x = box.x;
        if (align == ALIGN_CENTER) x += (box.w - lines[i].width) / 2;
        draw_text(dl, x, y, font, color, text + lines[i].start, lines[i].len,
                  lines[i].width, lh, box);
        y += lh;
    }
    return (int)total * lh;
}

void ui_focus_ring(const ui_ctx *c, draw_list *dl, ui_rect r)
{
    int t = ui_px(c, 3);
    int gap = ui_px(c, 3);
    ui_rect ring = { r.x - gap - t, r.y - gap - t, r.w + 2 * (gap + t), r.h + 2 * (gap + t) };
    draw_outline(dl, ring, c->theme->focus, t);
}

void ui_button(const ui_ctx *c, draw_list *dl, ui_rect r, const char *label,
               int focused, widget_state state)
{
    const ui_theme *th = c->theme;
    ui_color fill = state == WIDGET_PRESSED ? th->panel_pressed
                  : state == WIDGET_HOVER   ? th->panel_hover : th->panel;
    draw_fill(dl, r, fill);
    draw_outline(dl, r, th->border, ui_px(c, 1));
    ui_font f = ui_font_make(c, FONT_SANS, 24, 1);
    int pad = ui_px(c, 12);
    ui_rect inner = { r.x + pad, r.y, r.w - 2 * pad, r.h };
    int h = ui_text_height(c, label, f, inner.w);
    /* A label the button cannot hold at this text size (a long
     * translation, the large text size) is set smaller rather than cut. */
    while (h > r.h && f.px > 6) {
        f.px--;
        h = ui_text_height(c, label, f, inner.w);
    }
    inner.y = r.y + (r.h - h) / 2;
    if (inner.y < r.y) inner.y = r.y;
    inner.h = r.y + r.h - inner.y;
    ui_text_block(c, dl, label, f, th->text, inner, ALIGN_CENTER);
    if (focused) ui_focus_ring(c, dl, r);
}

void ui_elements_add(ui_elements *t, const char *id, ui_rect r, int index, ui_rect clip)
{
    if (t->n >= UI_MAX_ELEMENTS) return;
    ui_element *e = &t->el[t->n++];
    snprintf(e->id, sizeof e->id, "%s", id);
    e->rect = r;
    e->index = index;
    e->clip = clip;
}

void ui_fill_in(char *out, size_t n, const char *text, const char *arg)
{
    const char *at = strstr(text, "%s");
    if (!at) { snprintf(out, n, "%s", text); return; }
    snprintf(out, n, "%.*s%s%s", (int)(at - text), text, arg, at + 2);
}
