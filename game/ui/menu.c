/*
 * menu — the title and scenario-list screens: their layout into the element
 * table and the drawing of list rows. app.c routes actions to them and
 * draws their buttons; play*.c does the same for the play screen.
 */
#include "ui/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *tr(const ui_app *app, const char *key) { return locale_get(app->loc, key); }

int menu_column(const ui_app *app, float margin, float max_w, int *x)
{
    const ui_ctx *c = &app->ctx;
    int w = app->w - 2 * ui_px(c, margin);
    if (w > ui_px(c, max_w)) w = ui_px(c, max_w);
    *x = (app->w - w) / 2;
    return w;
}

int menu_draw_hint(ui_app *app, draw_list *dl, const char *key, int x, int w, ui_align align)
{
    const ui_ctx *c = &app->ctx;
    ui_font hint = ui_font_make(c, FONT_SANS, 18, 0);
    int h = ui_text_height(c, tr(app, key), hint, w);
    if (dl) ui_text_block(c, dl, tr(app, key), hint, c->theme->text_dim,
                          (ui_rect){ x, app->h - ui_px(c, 16) - h, w, h }, align);
    return h;
}

/* Title: name, tagline, a column of buttons, the key hint. The draw list may
 * be NULL when only the element table is wanted (pointer hit tests). */
void menu_layout_title(ui_app *app, draw_list *dl)
{
    const ui_ctx *c = &app->ctx;
    int col_x, col_w = menu_column(app, 40, 520, &col_x);
    ui_font big = ui_font_make(c, FONT_SANS, 72, 1);
    ui_font tag = ui_font_make(c, FONT_SANS, 28, 0);
    int wide_w = app->w - 2 * ui_px(c, 40);
    int title_h = ui_text_height(c, tr(app, "app.title"), big, wide_w);
    int tag_h = ui_text_height(c, tr(app, "app.tagline"), tag, wide_w);
    int btn_h = ui_px(c, 64), gap = ui_px(c, 18);
    static const char *const buttons[] = { "title.play", "title.language", "title.settings",
                                           "title.quit" };
    int nb = 4;
    int total = title_h + ui_px(c, 12) + tag_h + ui_px(c, 56) + nb * btn_h + (nb - 1) * gap;
    int y = (app->h - total) / 2;
    if (y < ui_px(c, 16)) y = ui_px(c, 16);
    if (dl) {
        ui_rect tr_box = { ui_px(c, 40), y, wide_w, title_h };
        ui_text_block(c, dl, tr(app, "app.title"), big, c->theme->accent, tr_box, ALIGN_CENTER);
        ui_rect tag_box = { ui_px(c, 40), y + title_h + ui_px(c, 12), wide_w, tag_h };
        ui_text_block(c, dl, tr(app, "app.tagline"), tag, c->theme->text, tag_box, ALIGN_CENTER);
    }
    y += title_h + ui_px(c, 12) + tag_h + ui_px(c, 56);
    menu_draw_hint(app, dl, "hint.keys", ui_px(c, 40), wide_w, ALIGN_CENTER);
    for (int i = 0; i < nb; i++) {
        ui_app_add_element(app, buttons[i], (ui_rect){ col_x, y, col_w, btn_h }, -1);
        y += btn_h + gap;
    }
}

char *menu_row_details(const ui_app *app, const ui_scenario_entry *e)
{
    char minutes[64] = "", num[16];
    if (e->minutes > 0) {
        snprintf(num, sizeof num, "%.0f", e->minutes);
        ui_fill_in(minutes, sizeof minutes, tr(app, "list.minutes"), num);
    }
    const char *parts[3] = { e->org, e->when, minutes };
    const char *sep = tr(app, "play.separator");
    size_t n = 1;
    for (int i = 0; i < 3; i++) n += (parts[i] ? strlen(parts[i]) : 0) + strlen(sep);
    char *out = malloc(n);
    if (!out) return NULL;
    out[0] = '\0';
    for (int i = 0; i < 3; i++) {
        if (!parts[i] || !*parts[i]) continue;
        if (*out) strcat(out, sep);
        strcat(out, parts[i]);
    }
    if (!*out) { free(out); return NULL; }
    return out;
}

/* A row: the title and its details on the left; on the right, for a
 * scenario finished before, the best score and a completed mark. */
typedef struct {
    ui_rect text, status;
    ui_font title, small;
} row_box;

static row_box row_boxes(const ui_app *app, const ui_list_row *s, ui_rect r)
{
    const ui_ctx *c = &app->ctx;
    int pad = ui_px(c, 14);
    int status_w = s->scored ? ui_px(c, 190) : 0;
    if (status_w > (r.w - 2 * pad) / 3) status_w = (r.w - 2 * pad) / 3;
    row_box b = {
        .text = { r.x + pad, r.y + pad, r.w - 2 * pad - status_w, r.h - 2 * pad },
        .status = { r.x + r.w - pad - status_w, r.y + pad, status_w, r.h - 2 * pad },
        .title = ui_font_make(c, FONT_SANS, 26, 0),
        .small = ui_font_make(c, FONT_SANS, 18, 0),
    };
    return b;
}

static void row_status(const ui_app *app, const ui_list_row *s, char *best, size_t n)
{
    char pct[16];
    snprintf(pct, sizeof pct, "%d%%", s->best);
    ui_fill_in(best, n, tr(app, "list.best"), pct);
}

/* List: heading, scrolling rows of scenario titles, a back button. */
static int row_height(const ui_app *app, const ui_list_row *s, int width)
{
    const ui_ctx *c = &app->ctx;
    row_box b = row_boxes(app, s, (ui_rect){ 0, 0, width, 0 });
    int h;
    if (s->title) {
        h = ui_text_height(c, s->title, b.title, b.text.w);
        if (s->details) h += ui_px(c, 4) + ui_text_height(c, s->details, b.small, b.text.w);
    } else {
        h = ui_text_height(c, tr(app, "list.broken"), b.title, b.text.w)
            + ui_text_height(c, s->error ? s->error : "", b.small, b.text.w);
    }
    if (s->scored) {
        char best[64];
        row_status(app, s, best, sizeof best);
        int sh = ui_text_height(c, best, b.small, b.status.w) +
                 ui_text_height(c, tr(app, "list.completed"), b.small, b.status.w);
        if (sh > h) h = sh;
    }
    int pad = ui_px(c, 14), min = ui_px(c, 64);
    return h + 2 * pad > min ? h + 2 * pad : min;
}

/* Why the scenario just chosen cannot be played: a panel above the rows
 * with its first errors (file:line: message). Returns its height. */
static int draw_list_error(ui_app *app, draw_list *dl, int x, int y, int w)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    ui_font hf = ui_font_make(c, FONT_SANS, 22, 1), f = ui_font_make(c, FONT_SANS, 18, 0);
    int pad = ui_px(c, 12), stripe = ui_px(c, 6), inner = w - 2 * pad - stripe;
    const char *head = tr(app, app->list_panel_head ? app->list_panel_head : "list.load_failed");
    int hh = ui_text_height(c, head, hf, inner), eh = ui_text_height(c, app->list_error, f, inner);
    /* At most a third of the window: the rows must stay usable. */
    int max_eh = app->h / 3 - hh - 2 * pad;
    if (eh > max_eh) eh = max_eh > 0 ? max_eh : 0;
    int h = hh + ui_px(c, 4) + eh + 2 * pad;
    if (dl) {
        draw_fill(dl, (ui_rect){ x, y, w, h }, th->panel);
        draw_fill(dl, (ui_rect){ x, y, stripe, h }, th->accent);
        int tx = x + stripe + pad;
        ui_text_block(c, dl, head, hf, th->accent, (ui_rect){ tx, y + pad, inner, hh }, ALIGN_LEFT);
        ui_text_block(c, dl, app->list_error, f, th->text,
                      (ui_rect){ tx, y + pad + hh + ui_px(c, 4), inner, eh }, ALIGN_LEFT);
    }
    return h;
}

void menu_layout_list(ui_app *app, draw_list *dl)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    int col_x, col_w = menu_column(app, 48, 1000, &col_x);
    ui_font head = ui_font_make(c, FONT_SANS, 40, 1);
    int y = ui_px(c, 32);
    int head_h = ui_text_height(c, tr(app, "list.heading"), head, col_w);
    if (dl) ui_text_block(c, dl, tr(app, "list.heading"), head, th->text,
                          (ui_rect){ col_x, y, col_w, head_h }, ALIGN_LEFT);
    y += head_h + ui_px(c, 24);
    if (app->list_error) y += draw_list_error(app, dl, col_x, y, col_w) + ui_px(c, 16);

    int hint_h = menu_draw_hint(app, dl, "hint.keys", col_x, col_w, ALIGN_LEFT);
    int back_h = ui_px(c, 56);
    int bottom = app->h - ui_px(c, 16) - hint_h - ui_px(c, 16) - back_h - ui_px(c, 24);
    /* Room for the focus ring around rows, so it is never clipped. */
    int ring = ui_px(c, 8);
    app->list_area = (ui_rect){ col_x - ring, y - ring, col_w + 2 * ring, bottom - y + 2 * ring };
    if (app->list_area.h < 0) app->list_area.h = 0;

    if (app->nscn == 0 && dl) {
        ui_font f = ui_font_make(c, FONT_SANS, 24, 0);
        char msg[1024];
        ui_fill_in(msg, sizeof msg, tr(app, "list.empty"),
                   app->host && app->host->user_scenarios ? app->host->user_scenarios : "");
        ui_text_block(c, dl, msg, f, th->text_dim,
                      (ui_rect){ col_x, y, col_w, bottom - y }, ALIGN_LEFT);
    }
    int gap = ui_px(c, 12);
    /* Clamp the scroll so the last row can come up to the bottom, no further. */
    int content = 0;
    for (size_t i = 0; i < app->nscn; i++) content += row_height(app, &app->scn[i], col_w) + gap;
    int max_scroll = content - gap - (bottom - y);
    if (app->list_scroll > max_scroll) app->list_scroll = max_scroll;
    if (app->list_scroll < 0) app->list_scroll = 0;
    int ry = y - app->list_scroll;
    for (size_t i = 0; i < app->nscn; i++) {
        const ui_list_row *s = &app->scn[i];
        int rh = row_height(app, s, col_w);
        ui_rect r = { col_x, ry, col_w, rh };
        char id[32];
        snprintf(id, sizeof id, "list.item.%zu", i + 1);
        int visible = ry + rh > y && ry < bottom;
        if (visible) ui_app_add_element(app, id, r, (int)i);
        ry += rh + gap;
    }
    ui_app_add_element(app, "list.back",
                (ui_rect){ col_x, bottom + ui_px(c, 24), ui_px(c, 220), back_h }, -1);
    /* The player's own records, to keep or hand to a trainer. */
    if (app->host && app->host->export_results) {
        int w = col_w - ui_px(c, 220) - ui_px(c, 16);
        if (w > ui_px(c, 320)) w = ui_px(c, 320);
        ui_app_add_element(app, "list.export",
                           (ui_rect){ col_x + col_w - w, bottom + ui_px(c, 24), w, back_h }, -1);
    }
}

void menu_draw_row(ui_app *app, draw_list *dl, int i, widget_state st)
{
    const ui_ctx *c = &app->ctx;
    const ui_element *e = &app->els.el[i];
    const ui_list_row *s = &app->scn[e->index];
    const ui_theme *th = c->theme;
    draw_fill(dl, e->rect, st == WIDGET_PRESSED ? th->panel_pressed
                         : st == WIDGET_HOVER ? th->panel_hover : th->panel);
    row_box b = row_boxes(app, s, e->rect);
    ui_rect inner = b.text;
    if (s->title) {
        int h = ui_text_block(c, dl, s->title, b.title, th->text, inner, ALIGN_LEFT);
        inner.y += h + ui_px(c, 4);
        inner.h -= h + ui_px(c, 4);
        if (s->details) ui_text_block(c, dl, s->details, b.small, th->text_dim, inner, ALIGN_LEFT);
    } else {
        int h = ui_text_block(c, dl, tr(app, "list.broken"), b.title, th->accent, inner, ALIGN_LEFT);
        inner.y += h;
        inner.h -= h;
        ui_text_block(c, dl, s->error ? s->error : "", b.small, th->text_dim, inner, ALIGN_LEFT);
    }
    if (s->scored) {
        char best[64];
        row_status(app, s, best, sizeof best);
        ui_rect st_box = b.status;
        int h = ui_text_block(c, dl, best, b.small, th->accent, st_box, ALIGN_LEFT);
        st_box.y += h;
        st_box.h -= h;
        ui_text_block(c, dl, tr(app, "list.completed"), b.small, th->text, st_box, ALIGN_LEFT);
    }
}
