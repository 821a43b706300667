/* kiosk_staff — the staff screen behind the PIN: today's figures (sessions,
 * completed, the completion rate, and per scenario the sessions and mean
 * score) on the left; on the right a column of buttons: export the
 * results, reset the leaderboard (asked twice), back to the attract
 * screen, leave kiosk mode; and under them what the last export or reset
 * did. The figures are read once, when the screen opens: a staff member
 * looks at them for a moment, and the booth is not playing meanwhile. */
#include "ui/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const BUTTONS[] = { "staff.export", "staff.reset", "staff.resume",
                                       "staff.leave" };
#define N_BUTTONS (sizeof BUTTONS / sizeof BUTTONS[0])

static void set_message(ui_kiosk *k, const char *text)
{
    free(k->staff_message);
    k->staff_message = text && *text ? strdup(text) : NULL;
}

void staff_open(ui_app *app)
{
    ui_kiosk *k = app->kiosk;
    k->confirm_reset = 0;
    set_message(k, NULL);
    memset(&k->stats, 0, sizeof k->stats);
    if (k->host->stats) k->host->stats(k->host->ctx, &k->stats);
}

/* The outcome of an action: key's text with detail in its %s. */
static void tell(ui_app *app, const char *key, const char *detail)
{
    char line[2048];
    ui_fill_in(line, sizeof line, kiosk_tr(app, key), detail);
    set_message(app->kiosk, line);
}

int staff_activate(ui_app *app, const char *id)
{
    ui_kiosk *k = app->kiosk;
    int confirming = k->confirm_reset;
    k->confirm_reset = 0;   /* any other button takes the question back */
    if (strcmp(id, "staff.resume") == 0) return STAFF_RESUME;
    if (strcmp(id, "staff.leave") == 0) return STAFF_LEAVE;
    char out[1024] = "";
    if (strcmp(id, "staff.export") == 0) {
        int rc = k->host->export_results ? k->host->export_results(k->host->ctx, out, sizeof out) : -1;
        tell(app, rc == 0 ? "staff.exported" : "staff.export_failed", out);
    } else if (strcmp(id, "staff.reset") == 0) {
        if (!confirming) {
            k->confirm_reset = 1;
        } else if (k->host->board_reset && k->host->board_reset(k->host->ctx, out, sizeof out) == 0) {
            tell(app, "staff.reset_done", "");
        } else {
            tell(app, "staff.reset_failed", out);
        }
    }
    return STAFF_STAY;
}

/* ---- Layout ------------------------------------------------------------------------ */

/* "75%", or a dash when there is nothing to divide. */
static void percent(const ui_app *app, char *out, size_t n, size_t part, size_t whole)
{
    if (whole == 0) snprintf(out, n, "%s", kiosk_tr(app, "staff.no_figure"));
    else snprintf(out, n, "%.0f%%", 100.0 * (double)part / (double)whole);
}

/* A figure: the number large, what it counts under it, on a panel.
 * Returns the panel's height. */
static int tile(ui_app *app, draw_list *dl, ui_rect r, const char *value, const char *label)
{
    const ui_ctx *c = &app->ctx;
    ui_font big = ui_font_make(c, FONT_SANS, 40, 1), small = ui_font_make(c, FONT_SANS, 18, 0);
    int pad = ui_px(c, 12), w = r.w - 2 * pad;
    int vh = ui_text_height(c, value, big, w), lh = ui_text_height(c, label, small, w);
    int h = pad + vh + ui_px(c, 4) + lh + pad;
    if (r.h > h) h = r.h;
    if (dl) {
        draw_fill(dl, (ui_rect){ r.x, r.y, r.w, h }, c->theme->panel);
        ui_text_block(c, dl, value, big, c->theme->accent, (ui_rect){ r.x + pad, r.y + pad, w, vh },
                      ALIGN_LEFT);
        ui_text_block(c, dl, label, small, c->theme->text_dim,
                      (ui_rect){ r.x + pad, r.y + pad + vh + ui_px(c, 4), w, lh }, ALIGN_LEFT);
    }
    return h;
}

/* The three figures side by side, as tall as the tallest. */
static int tiles(ui_app *app, draw_list *dl, int x, int y, int w)
{
    const kiosk_stats *s = &app->kiosk->stats;
    char values[3][32];
    snprintf(values[0], sizeof values[0], "%zu", s->sessions);
    snprintf(values[1], sizeof values[1], "%zu", s->completed);
    percent(app, values[2], sizeof values[2], s->completed, s->sessions);
    static const char *const labels[3] = { "staff.sessions", "staff.completed", "staff.rate" };
    int gap = ui_px(&app->ctx, 12), tw = (w - 2 * gap) / 3, h = 0;
    for (int i = 0; i < 3; i++) {   /* measured first, then drawn at one height */
        int th = tile(app, NULL, (ui_rect){ 0, 0, tw, 0 }, values[i], kiosk_tr(app, labels[i]));
        if (th > h) h = th;
    }
    for (int i = 0; dl && i < 3; i++)
        tile(app, dl, (ui_rect){ x + i * (tw + gap), y, tw, h }, values[i], kiosk_tr(app, labels[i]));
    return h;
}

/* The scenario's title in the app's language, or its id. */
static const char *title_of(const ui_app *app, const char *id)
{
    const ui_kiosk_host *kh = app->kiosk->host;
    for (size_t i = 0; i < kh->n_scenarios; i++)
        if (kh->scenarios[i].id && strcmp(kh->scenarios[i].id, id) == 0) {
            const char *t = kiosk_text(app, kh->scenarios[i].title);
            return *t ? t : id;
        }
    return id;
}

/* A row of the table: a title and two numbers. Returns its height. */
typedef struct { int x, w, num_w; ui_font f; ui_color color; } table;

static int table_row(ui_app *app, draw_list *dl, const table *t, int y, const char *name,
                     const char *n1, const char *n2)
{
    const ui_ctx *c = &app->ctx;
    int gap = ui_px(c, 12), name_w = t->w - 2 * (t->num_w + gap);
    const char *cells[3] = { name, n1, n2 };
    int xs[3] = { t->x, t->x + name_w + gap, t->x + name_w + gap + t->num_w + gap };
    int ws[3] = { name_w, t->num_w, t->num_w }, h = 0;
    for (int i = 0; i < 3; i++) {
        int ch = ui_text_height(c, cells[i], t->f, ws[i]);
        if (ch > h) h = ch;
    }
    for (int i = 0; dl && i < 3; i++)
        ui_text_block(c, dl, cells[i], t->f, t->color, (ui_rect){ xs[i], y, ws[i], h }, ALIGN_LEFT);
    return h;
}

/* Per scenario, as many rows as fit above bottom; the rest counted in a
 * last line. */
static void scenario_table(ui_app *app, draw_list *dl, int x, int y, int w, int bottom)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    const kiosk_stats *s = &app->kiosk->stats;
    ui_font sub = ui_font_make(c, FONT_SANS, 24, 1), f = ui_font_make(c, FONT_SANS, 20, 0);
    int sh = ui_text_height(c, kiosk_tr(app, "staff.by_scenario"), sub, w);
    if (dl) ui_text_block(c, dl, kiosk_tr(app, "staff.by_scenario"), sub, th->text,
                          (ui_rect){ x, y, w, sh }, ALIGN_LEFT);
    y += sh + ui_px(c, 8);
    if (s->n_per == 0) {
        int h = ui_text_height(c, kiosk_tr(app, "staff.none"), f, w);
        if (dl && y + h <= bottom)
            ui_text_block(c, dl, kiosk_tr(app, "staff.none"), f, th->text_dim, (ui_rect){ x, y, w, h },
                          ALIGN_LEFT);
        return;
    }
    table t = { x, w, w / 4 < ui_px(c, 150) ? w / 4 : ui_px(c, 150), f, th->text_dim };
    y += table_row(app, dl, &t, y, kiosk_tr(app, "staff.col.scenario"), kiosk_tr(app, "staff.col.sessions"),
                   kiosk_tr(app, "staff.col.mean")) + ui_px(c, 4);
    if (dl) draw_fill(dl, (ui_rect){ x, y, w, ui_px(c, 1) }, th->border);
    y += ui_px(c, 6);
    t.color = th->text;
    char more[128], num[32];
    int more_h = ui_text_height(c, kiosk_tr(app, "staff.more"), f, w);
    for (size_t i = 0; i < s->n_per; i++) {
        const kiosk_scenario_stats *p = &s->per[i];
        char n1[32], n2[32];
        snprintf(n1, sizeof n1, "%zu", p->sessions);
        if (p->completed) snprintf(n2, sizeof n2, "%.0f", p->mean_score);
        else snprintf(n2, sizeof n2, "%s", kiosk_tr(app, "staff.no_figure"));
        int rh = table_row(app, NULL, &t, y, title_of(app, p->scenario), n1, n2);
        /* The last row needs no room for the "more" line under it. */
        int need = rh + (i + 1 < s->n_per ? ui_px(c, 6) + more_h : 0);
        if (y + need > bottom) {
            snprintf(num, sizeof num, "%zu", s->n_per - i);
            ui_fill_in(more, sizeof more, kiosk_tr(app, s->n_per - i == 1 ? "staff.more_one" : "staff.more"),
                       num);
            if (dl && y + more_h <= bottom)
                ui_text_block(c, dl, more, f, th->text_dim, (ui_rect){ x, y, w, more_h }, ALIGN_LEFT);
            return;
        }
        table_row(app, dl, &t, y, title_of(app, p->scenario), n1, n2);
        y += rh + ui_px(c, 6);
    }
}

/* The outcome of the last export or reset, on a panel with a stripe; a
 * message longer than the room left (a very long path) is cut with "…". */
static void message_panel(ui_app *app, draw_list *dl, int x, int y, int w, int bottom)
{
    const char *msg = app->kiosk->staff_message;
    if (!msg || !dl) return;
    const ui_ctx *c = &app->ctx;
    ui_font f = ui_font_make(c, FONT_SANS, 20, 0);
    int pad = ui_px(c, 12), stripe = ui_px(c, 6), inner = w - 2 * pad - stripe;
    int lh = c->measure->line_height(c->measure->ctx, f), room = bottom - y - 2 * pad;
    int th = ui_text_height(c, msg, f, inner);
    if (th > room) th = room / lh * lh;   /* whole lines only */
    if (th <= 0) return;
    draw_fill(dl, (ui_rect){ x, y, w, th + 2 * pad }, c->theme->panel);
    draw_fill(dl, (ui_rect){ x, y, stripe, th + 2 * pad }, c->theme->accent);
    kiosk_fit_text(app, dl, msg, f, c->theme->text, (ui_rect){ x + stripe + pad, y + pad, inner, th },
                   ALIGN_LEFT, 0);
}

void staff_layout(ui_app *app, draw_list *dl)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    int col_x, col_w = menu_column(app, 40, 1100, &col_x);
    int gap = ui_px(c, 40), right_w = ui_px(c, 340);
    if (right_w > col_w * 2 / 5) right_w = col_w * 2 / 5;
    int left_w = col_w - gap - right_w, right_x = col_x + left_w + gap;
    int margin = ui_px(c, 24), bottom = app->h - margin;
    /* Clear of the corner where the staff gesture starts. */
    int y = ui_px(c, 32);
    ui_font head = ui_font_make(c, FONT_SANS, 40, 1);
    int head_h = ui_text_height(c, kiosk_tr(app, "staff.heading"), head, left_w);
    if (dl) ui_text_block(c, dl, kiosk_tr(app, "staff.heading"), head, th->text,
                          (ui_rect){ col_x, y, left_w, head_h }, ALIGN_LEFT);
    y += head_h + ui_px(c, 20);
    int top = y;
    y += tiles(app, dl, col_x, y, left_w) + ui_px(c, 28);
    scenario_table(app, dl, col_x, y, left_w, bottom);

    int btn_h = ui_px(c, 64), bgap = ui_px(c, 14);
    y = top;
    for (size_t i = 0; i < N_BUTTONS; i++) {
        const char *label = kiosk_tr(app, i == 1 && app->kiosk->confirm_reset ? "staff.reset_confirm"
                                                                            : BUTTONS[i]);
        kiosk_button(app, dl, BUTTONS[i], (ui_rect){ right_x, y, right_w, btn_h }, label);
        y += btn_h + bgap;
    }
    message_panel(app, dl, right_x, y + ui_px(c, 10), right_w, bottom);
}
