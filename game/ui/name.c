/*
 * name — who is playing: a name (optional, remembered for next time), an
 * employee ID where the trainer's config asks for one, and a line saying
 * where the records are kept (on this machine only). Shown between the
 * title's Play and the scenario list.
 */
#include "ui/ui.h"

#include <stdio.h>
#include <string.h>

static const char *tr(const ui_app *app, const char *key) { return locale_get(app->loc, key); }

/* The field an element id edits, or NULL. */
static char *field_of(ui_app *app, const char *id)
{
    if (strcmp(id, "name.player") == 0) return app->name_player;
    if (strcmp(id, "name.employee") == 0) return app->name_employee;
    return NULL;
}

int name_is_field(const char *id)
{
    return strcmp(id, "name.player") == 0 || strcmp(id, "name.employee") == 0;
}

void name_open(ui_app *app)
{
    const config *cfg = app->cfg;
    snprintf(app->name_player, sizeof app->name_player, "%s", cfg ? cfg->player : "");
    snprintf(app->name_employee, sizeof app->name_employee, "%s", cfg ? cfg->employee_id : "");
}

/* Typed text goes into the focused field, cut at a character boundary to
 * fit; control characters are not part of a name. */
int name_type(ui_app *app, const char *id, const char *text)
{
    char *field = field_of(app, id);
    if (!field) return 0;
    size_t have = strlen(field), room = sizeof app->name_player - 1 - have;
    size_t n = strlen(text);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)text[i] < 0x20 || text[i] == 0x7f) return 1;
    n = utf8_clip(text, n, room);
    memcpy(field + have, text, n);
    field[have + n] = '\0';
    return 1;
}

/* Backspace: the last whole character. */
int name_erase(ui_app *app, const char *id)
{
    char *field = field_of(app, id);
    if (!field) return 0;
    size_t n = strlen(field);
    while (n > 0 && ((unsigned char)field[n - 1] & 0xC0) == 0x80) n--;
    if (n > 0) n--;
    field[n] = '\0';
    return 1;
}

/* Continue: the name (and ID) become the config's, saved for next time. */
void name_commit(ui_app *app)
{
    if (!app->cfg || !app->host || !app->host->apply_settings) return;
    config next = *app->cfg;
    snprintf(next.player, sizeof next.player, "%s", app->name_player);
    snprintf(next.employee_id, sizeof next.employee_id, "%s", app->name_employee);
    app->host->apply_settings(app->host->ctx, &next);
}

/* A labelled text field: the label above, the box with the text and, when
 * focused, a caret; returns the height used. */
static int field(ui_app *app, draw_list *dl, const char *id, const char *label, const char *text,
                 int x, int y, int w)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    ui_font lf = ui_font_make(c, FONT_SANS, 20, 1), f = ui_font_make(c, FONT_SANS, 26, 0);
    int lh = ui_text_height(c, label, lf, w);
    int pad = ui_px(c, 12);
    int box_h = c->measure->line_height(c->measure->ctx, f) + 2 * pad;
    if (dl) ui_text_block(c, dl, label, lf, th->text, (ui_rect){ x, y, w, lh }, ALIGN_LEFT);
    ui_rect box = { x, y + lh + ui_px(c, 6), w, box_h };
    ui_app_add_element(app, id, box, -1);
    if (dl) {
        int focused = strcmp(app->focus_id, id) == 0;
        draw_fill(dl, box, th->panel);
        draw_outline(dl, box, focused ? th->focus : th->border, ui_px(c, focused ? 3 : 1));
        /* The end of a long text stays in view: it is where typing goes. */
        size_t len = strlen(text), start = 0;
        int inner = box.w - 2 * pad - ui_px(c, 4);
        while (start < len && c->measure->width(c->measure->ctx, f, text + start, len - start) > inner) {
            start++;
            while (start < len && ((unsigned char)text[start] & 0xC0) == 0x80) start++;
        }
        int tw = c->measure->width(c->measure->ctx, f, text + start, len - start);
        int th_px = c->measure->line_height(c->measure->ctx, f);
        if (len) draw_text(dl, box.x + pad, box.y + pad, f, th->text, text + start, len - start, tw,
                           th_px, box);
        if (focused)
            draw_fill(dl, (ui_rect){ box.x + pad + tw + ui_px(c, 1), box.y + pad, ui_px(c, 2), th_px },
                      th->text);
    }
    return lh + ui_px(c, 6) + box_h;
}

void name_layout(ui_app *app, draw_list *dl)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    int col_x, col_w = menu_column(app, 40, 640, &col_x);
    int hint_h = menu_draw_hint(app, dl, "name.hint", col_x, col_w, ALIGN_LEFT);
    ui_font head = ui_font_make(c, FONT_SANS, 40, 1), small = ui_font_make(c, FONT_SANS, 18, 0);
    int y = ui_px(c, 32);
    int head_h = ui_text_height(c, tr(app, "name.heading"), head, col_w);
    if (dl) ui_text_block(c, dl, tr(app, "name.heading"), head, th->text,
                          (ui_rect){ col_x, y, col_w, head_h }, ALIGN_LEFT);
    y += head_h + ui_px(c, 24);
    y += field(app, dl, "name.player", tr(app, "name.player"), app->name_player, col_x, y, col_w);
    if (app->cfg && app->cfg->ask_employee_id) {
        y += ui_px(c, 16);
        y += field(app, dl, "name.employee", tr(app, "name.employee"), app->name_employee, col_x, y,
                   col_w);
    }
    y += ui_px(c, 16);
    char note[4400];
    ui_fill_in(note, sizeof note, tr(app, "name.private"),
               app->host && app->host->results_path ? app->host->results_path : "");
    int note_h = ui_text_height(c, note, small, col_w);
    if (dl) ui_text_block(c, dl, note, small, th->text_dim, (ui_rect){ col_x, y, col_w, note_h },
                          ALIGN_LEFT);
    y += note_h + ui_px(c, 24);
    int btn_h = ui_px(c, 60), gap = ui_px(c, 16);
    int btn_w = (col_w - gap) / 2;
    /* Below the fields, or above the hint if the window is short. */
    int bottom = app->h - ui_px(c, 16) - hint_h - ui_px(c, 16) - btn_h;
    if (y > bottom) y = bottom;
    ui_app_add_element(app, "name.continue", (ui_rect){ col_x, y, btn_w, btn_h }, -1);
    ui_app_add_element(app, "name.back", (ui_rect){ col_x + btn_w + gap, y, btn_w, btn_h }, -1);
}
