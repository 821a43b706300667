/* kiosk_attract — what the booth shows all day while nobody plays, and the
 * choice of incident when the config lets visitors pick one.
 *
 * The attract screen turns through cards, one at a time: the title, the
 * board, then each facts card of the kiosk's scenarios with its source.
 * Always on screen: the prompt to start and the language switch. A touch
 * anywhere starts ("attract.start" lies under everything); the language
 * buttons come first in the element table so a touch on them is theirs.
 *
 * Nothing moves between two cards: the loop sleeps until the next one
 * (ui_app_next_deadline), so the screen costs nothing meanwhile. Against
 * burn-in, each card shifts everything drawn by a few percent of the
 * window, through a cycle of offsets, so no edge stays lit in one place. */
#include "ui/ui.h"

#include <stdio.h>
#include <string.h>

/* Where each card puts the stage, in fractions of the window. Seven
 * offsets, so that a cycle of cards (usually 2 + a dozen facts) does not
 * come back to the same ones in step; SHIFT_MAX bounds them all. */
static const float SHIFTS[][2] = {
    { 0.0f, 0.0f }, { -0.02f, -0.015f }, { 0.018f, 0.012f }, { -0.012f, 0.02f },
    { 0.02f, -0.008f }, { -0.018f, 0.006f }, { 0.008f, -0.02f },
};
#define N_SHIFTS (sizeof SHIFTS / sizeof SHIFTS[0])
#define SHIFT_MAX 0.02f

size_t attract_cards(const ui_app *app) { return 2 + app->kiosk->host->n_facts; }

static int text_w(const ui_app *app, ui_font f, const char *s)
{
    return app->ctx.measure->width(app->ctx.measure->ctx, f, s, strlen(s));
}

static int line_h(const ui_app *app, ui_font f)
{
    return app->ctx.measure->line_height(app->ctx.measure->ctx, f);
}

/* "ORG · WHEN", either part possibly missing, into out. */
static void org_when(const ui_app *app, const bd_text *org, const bd_text *when, char *out,
                     size_t n)
{
    const char *o = kiosk_text(app, org), *w = kiosk_text(app, when);
    snprintf(out, n, "%s%s%s", o, *o && *w ? kiosk_tr(app, "play.separator") : "", w);
}

/* ---- The stage ----------------------------------------------------------------- */

typedef struct {
    ui_rect stage;     /* the window less its margins, shifted for this card */
    ui_rect en, ja;    /* the language switch, top right */
} attract_frame;

/* The offset of the card on screen: it steps on with every card, as the
 * card's start time steps on by attract_card_seconds. */
static void stage_shift(const ui_app *app, int *dx, int *dy)
{
    const ui_kiosk *k = app->kiosk;
    int secs = k->host->cfg->attract_card_seconds;
    double t = k->card_since / (secs > 0 ? secs : 8);
    unsigned long long step = t > 0 && t < 1e15 ? (unsigned long long)t : 0;
    const float *s = SHIFTS[step % N_SHIFTS];
    *dx = (int)(s[0] * (float)app->w);
    *dy = (int)(s[1] * (float)app->h);
}

static attract_frame frame_of(const ui_app *app)
{
    const ui_ctx *c = &app->ctx;
    int dx, dy;
    stage_shift(app, &dx, &dy);
    int mx = ui_px(c, 28) + (int)(SHIFT_MAX * (float)app->w) + 1;
    int my = ui_px(c, 20) + (int)(SHIFT_MAX * (float)app->h) + 1;
    attract_frame f;
    f.stage = (ui_rect){ mx + dx, my + dy, app->w - 2 * mx, app->h - 2 * my };
    int bw = ui_px(c, 150), bh = ui_px(c, 60);
    f.ja = (ui_rect){ f.stage.x + f.stage.w - bw, f.stage.y, bw, bh };
    f.en = (ui_rect){ f.ja.x - bw, f.stage.y, bw, bh };
    return f;
}

/* A language button: the language in use is filled, as the selected part
 * of a switch, the other drawn as a plain button. */
static void lang_button(ui_app *app, draw_list *dl, const char *id, ui_rect r, int current)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    int i = app_find_element(app, id);
    ui_color fill = current ? th->accent
                  : app->pressed == i ? th->panel_pressed
                  : app->hover == i ? th->panel_hover : th->panel;
    draw_fill(dl, r, fill);
    draw_outline(dl, r, current ? th->accent : th->border, ui_px(c, 2));
    ui_font f = ui_font_make(c, FONT_SANS, 22, current);
    int lh = line_h(app, f), pad = ui_px(c, 8);
    ui_rect in = { r.x + pad, r.y + (r.h - lh) / 2, r.w - 2 * pad, lh };
    kiosk_fit_text(app, dl, kiosk_tr(app, id), f, current ? th->bg : th->text, in, ALIGN_CENTER, 1);
    if (strcmp(app->focus_id, id) == 0) ui_focus_ring(c, dl, r);
}

/* The prompt (or, with no scenario to play, why not) along the bottom of
 * the stage; returns its top. */
static int draw_prompt(ui_app *app, draw_list *dl, ui_rect stage, int dots_h)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    int none = app->kiosk->host->n_scenarios == 0;
    const char *text = kiosk_tr(app, none ? "attract.no_scenarios" : "attract.start");
    ui_font f = ui_font_make(c, FONT_SANS, none ? 28 : 36, 1);
    int px = ui_px(c, 40), py = ui_px(c, 22);
    int tw = text_w(app, f, text) + 2 * px;
    int w = tw < stage.w ? tw : stage.w;
    if (w < ui_px(c, 560) && stage.w >= ui_px(c, 560)) w = ui_px(c, 560);
    ui_rect in = { 0, 0, w - 2 * px, stage.h / 4 };
    in.h = kiosk_fit_text(app, NULL, text, f, th->text, in, ALIGN_CENTER, 0);
    ui_rect band = { stage.x + (stage.w - w) / 2, stage.y + stage.h - dots_h - in.h - 2 * py, w,
                     in.h + 2 * py };
    draw_fill(dl, band, none ? th->panel : th->accent);
    if (none) draw_outline(dl, band, th->border, ui_px(c, 2));
    in.x = band.x + px;
    in.y = band.y + py;
    kiosk_fit_text(app, dl, text, f, none ? th->text : th->bg, in, ALIGN_CENTER, 0);
    return band.y;
}

/* One dot per card, the current one long; nothing when they do not fit. */
static void draw_dots(ui_app *app, draw_list *dl, ui_rect stage, int h)
{
    const ui_ctx *c = &app->ctx;
    size_t n = attract_cards(app);
    int d = ui_px(c, 10), gap = ui_px(c, 10), cur = ui_px(c, 30);
    int w = (int)(n - 1) * (d + gap) + cur;
    if (w > stage.w) return;
    int x = stage.x + (stage.w - w) / 2, y = stage.y + stage.h - h + (h - d) / 2;
    for (size_t i = 0; i < n; i++) {
        int now = i == app->kiosk->card, dw = now ? cur : d;
        draw_fill(dl, (ui_rect){ x, y, dw, d }, now ? c->theme->accent : c->theme->border);
        x += dw + gap;
    }
}

/* ---- The cards ------------------------------------------------------------------- */

/* The title card at size f: the name, a rule, the tagline and the pitch.
 * Returns the height it needs. */
static int title_card(ui_app *app, draw_list *dl, ui_rect r, float f)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    ui_font tf = ui_font_make(c, FONT_SANS, 128 * f, 1);
    ui_font gf = ui_font_make(c, FONT_SANS, 42 * f, 1), pf = ui_font_make(c, FONT_SANS, 27 * f, 0);
    int y = r.y;
    ui_rect box = { r.x, y, r.w, r.h };
    y += kiosk_fit_text(app, dl, kiosk_tr(app, "app.title"), tf, th->accent, box, ALIGN_CENTER, 1);
    int rw = ui_px(c, 160 * f), rh = ui_px(c, 6);
    y += ui_px(c, 10 * f);
    if (dl) draw_fill(dl, (ui_rect){ r.x + (r.w - rw) / 2, y, rw, rh }, th->accent);
    y += rh + ui_px(c, 26 * f);
    box = (ui_rect){ r.x, y, r.w, r.y + r.h - y };
    y += kiosk_fit_text(app, dl, kiosk_tr(app, "app.tagline"), gf, th->text, box, ALIGN_CENTER, 2);
    y += ui_px(c, 14 * f);
    box = (ui_rect){ r.x, y, r.w, r.y + r.h - y };
    const char *pitch = kiosk_tr(app, "attract.pitch");
    y += kiosk_fit_text(app, dl, pitch, pf, th->text_dim, box, ALIGN_CENTER, 3);
    return y - r.y;
}

/* The board as the config's scope shows it. */
static void board_card(ui_app *app, draw_list *dl, ui_rect r)
{
    const ui_ctx *c = &app->ctx;
    char head[256];
    kiosk_board_heading(app, head, sizeof head);
    ui_font hf = ui_font_make(c, FONT_SANS, 46, 1);
    int y = r.y + kiosk_fit_text(app, dl, head, hf, c->theme->text, r, ALIGN_CENTER, 2);
    y += ui_px(c, 18);
    int w = r.w < ui_px(c, 900) ? r.w : ui_px(c, 900);
    kiosk_board_table(app, dl, (ui_rect){ r.x + (r.w - w) / 2, y, w, r.y + r.h - y }, 0, 28);
}

/* A facts card: what happened, the incident it is from, and its source,
 * in a panel; the fact set as large as the room lets it. */
static void fact_card(ui_app *app, draw_list *dl, ui_rect r, const ui_kiosk_fact *fact)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    int w = r.w < ui_px(c, 1040) ? r.w : ui_px(c, 1040);
    int pad = ui_px(c, 36), stripe = ui_px(c, 10), inner = w - 2 * pad - stripe, gap = ui_px(c, 14);
    ui_font kf = ui_font_make(c, FONT_SANS, 24, 1), of = ui_font_make(c, FONT_SANS, 23, 0);
    ui_font sf = ui_font_make(c, FONT_SANS, 17, 0);
    const char *kicker = kiosk_tr(app, "attract.fact"), *text = kiosk_text(app, fact->text);
    char who[512], source[1024] = "";
    org_when(app, fact->org, fact->when, who, sizeof who);
    if (fact->source && *fact->source)
        ui_fill_in(source, sizeof source, kiosk_tr(app, "attract.source"), fact->source);
    ui_rect big = { 0, 0, inner, 10000 };
    int kh = kiosk_fit_text(app, NULL, kicker, kf, th->accent, big, ALIGN_LEFT, 1);
    int wh = kiosk_fit_text(app, NULL, who, of, th->text_dim, big, ALIGN_LEFT, 2);
    int sh = kiosk_fit_text(app, NULL, source, sf, th->text_dim, big, ALIGN_LEFT, 2);
    int rest = 2 * pad + kh + gap + (wh ? wh + gap : 0) + (sh ? sh + gap : 0);
    /* The largest size the fact fits at; the smallest cuts it. */
    static const float SIZES[] = { 44, 40, 36, 32, 29, 26, 23, 20 };
    ui_font tf = ui_font_make(c, FONT_SANS, 20, 0);
    for (size_t i = 0; i < sizeof SIZES / sizeof SIZES[0]; i++) {
        tf = ui_font_make(c, FONT_SANS, SIZES[i], 0);
        if (ui_text_height(c, text, tf, inner) <= r.h - rest) break;
    }
    ui_rect tb = { 0, 0, inner, r.h - rest };
    tb.h = kiosk_fit_text(app, NULL, text, tf, th->text, tb, ALIGN_LEFT, 0);
    if (!dl) return;
    int h = rest + tb.h;
    ui_rect panel = { r.x + (r.w - w) / 2, r.y + (r.h - h) / 2, w, h };
    draw_fill(dl, panel, th->panel);
    draw_fill(dl, (ui_rect){ panel.x, panel.y, stripe, h }, th->accent);
    int x = panel.x + stripe + pad, y = panel.y + pad;
    y += gap + kiosk_fit_text(app, dl, kicker, kf, th->accent, (ui_rect){ x, y, inner, kh },
                              ALIGN_LEFT, 1);
    if (wh) y += gap + kiosk_fit_text(app, dl, who, of, th->text_dim, (ui_rect){ x, y, inner, wh },
                                      ALIGN_LEFT, 2);
    tb.x = x;
    tb.y = y;
    y += gap + kiosk_fit_text(app, dl, text, tf, th->text, tb, ALIGN_LEFT, 0);
    if (sh) kiosk_fit_text(app, dl, source, sf, th->text_dim, (ui_rect){ x, y, inner, sh },
                           ALIGN_LEFT, 2);
}

/* Four corner brackets around r, in the accent colour, their arms no
 * longer than arm down or up so they stay clear of what they frame. */
static void brackets(const ui_app *app, draw_list *dl, ui_rect r, int arm)
{
    int t = ui_px(&app->ctx, 4), len = ui_px(&app->ctx, 56);
    ui_color col = app->ctx.theme->accent;
    for (int i = 0; i < 4; i++) {
        int right = i & 1, low = i & 2;
        draw_fill(dl, (ui_rect){ right ? r.x + r.w - len : r.x, low ? r.y + r.h - t : r.y, len, t },
                  col);
        draw_fill(dl, (ui_rect){ right ? r.x + r.w - t : r.x, low ? r.y + r.h - arm : r.y, t, arm },
                  col);
    }
}

static void draw_card(ui_app *app, draw_list *dl, ui_rect r)
{
    const ui_kiosk *k = app->kiosk;
    if (k->card == 1) {
        board_card(app, dl, r);
    } else if (k->card >= 2 && k->card - 2 < k->host->n_facts) {
        fact_card(app, dl, r, &k->host->facts[k->card - 2]);
    } else {
        /* As large as fits, centred, framed like a console's view by a
         * bracket at each corner when there is room for them. */
        int m = ui_px(&app->ctx, 34);
        float f = 1.0f;
        int h = title_card(app, NULL, r, f);
        while (h > r.h - 2 * m && f > 0.5f) {
            f -= 0.05f;
            h = title_card(app, NULL, r, f);
        }
        ui_rect at = { r.x, r.y + (h < r.h ? (r.h - h) / 2 : 0), r.w, r.h };
        title_card(app, dl, at, f);
        if (at.y - m >= r.y && at.y + h + m <= r.y + r.h)
            brackets(app, dl, (ui_rect){ r.x, at.y - m, r.w, h + 2 * m }, m - ui_px(&app->ctx, 6));
    }
}

void attract_layout(ui_app *app, draw_list *dl)
{
    const ui_ctx *c = &app->ctx;
    attract_frame f = frame_of(app);
    /* The buttons first: the first element under a touch is the one hit. */
    ui_app_add_element(app, "attract.en", f.en, -1);
    ui_app_add_element(app, "attract.ja", f.ja, -1);
    ui_app_add_element(app, "attract.start", (ui_rect){ 0, 0, app->w, app->h }, -1);
    if (!dl) return;
    const ui_theme *th = c->theme;
    /* The brand, top left, over every card but the title. */
    if (app->kiosk->card != 0) {
        ui_font bf = ui_font_make(c, FONT_SANS, 30, 1);
        int lh = line_h(app, bf);
        ui_rect at = { f.stage.x, f.stage.y + (f.en.h - lh) / 2, f.en.x - f.stage.x - ui_px(c, 16),
                       lh };
        kiosk_fit_text(app, dl, kiosk_tr(app, "app.title"), bf, th->accent, at, ALIGN_LEFT, 1);
    }
    int dots_h = ui_px(c, 34);
    int prompt_y = draw_prompt(app, dl, f.stage, dots_h);
    draw_dots(app, dl, f.stage, dots_h);
    int top = f.stage.y + f.en.h + ui_px(c, 24);
    draw_card(app, dl, (ui_rect){ f.stage.x, top, f.stage.w, prompt_y - ui_px(c, 24) - top });
    int en = strcmp(locale_lang(app->loc), "ja") != 0;
    lang_button(app, dl, "attract.en", f.en, en);
    lang_button(app, dl, "attract.ja", f.ja, !en);
}

/* ---- Choosing the incident --------------------------------------------------------- */

/* A scenario's card, read top down: when it happened, the title large,
 * the organisation it happened to; a Play tag at the foot says the card
 * is what to touch. An accent edge runs along the top. The title comes
 * first: the organisation gets what room it leaves. Returns the height
 * the card needs to show all of it at r's width (dl NULL: only that). */
static int pick_card(ui_app *app, draw_list *dl, const char *id, ui_rect r,
                     const ui_kiosk_scenario *s)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    int edge = ui_px(c, 8), pad = ui_px(c, 22), gap = ui_px(c, 10);
    int tp = ui_px(c, 14), tv = ui_px(c, 6);
    ui_font wf = ui_font_make(c, FONT_SANS, 22, 1), tf = ui_font_make(c, FONT_SANS, 32, 1);
    ui_font of = ui_font_make(c, FONT_SANS, 20, 0), pf = ui_font_make(c, FONT_SANS, 22, 1);
    if (!dl) r.h = 1 << 20;
    ui_rect in = { r.x + pad, r.y + edge + pad, r.w - 2 * pad, r.h - edge - 2 * pad };
    const char *play = kiosk_tr(app, "pick.play");
    int plh = line_h(app, pf);
    ui_rect tag = { in.x, 0, text_w(app, pf, play) + 2 * tp, plh + 2 * tv };
    tag.y = in.y + in.h - tag.h;
    if (tag.w > in.w) tag.w = in.w;
    /* The foot, if the card is tall enough to spare it. */
    int foot = tag.h * 3 < in.h ? tag.h + gap : 0;
    if (dl) {
        int i = app_find_element(app, id);
        draw_fill(dl, r, i >= 0 && app->pressed == i ? th->panel_pressed
                         : i >= 0 && app->hover == i ? th->panel_hover : th->panel);
        draw_fill(dl, (ui_rect){ r.x, r.y, r.w, edge }, th->accent);
        if (foot) {
            draw_fill(dl, tag, th->accent);
            ui_rect label = { tag.x + tp, tag.y + tv, tag.w - 2 * tp, plh };
            kiosk_fit_text(app, dl, play, pf, th->bg, label, ALIGN_LEFT, 1);
        }
    }
    int y = in.y, bottom = in.y + in.h - foot;
    const char *when = kiosk_text(app, s->when), *org = kiosk_text(app, s->org);
    if (*when) y += gap / 2 + kiosk_fit_text(app, dl, when, wf, th->accent,
                                             (ui_rect){ in.x, y, in.w, bottom - y }, ALIGN_LEFT, 2);
    int org_line = *org ? line_h(app, of) + gap : 0;
    y += kiosk_fit_text(app, dl, kiosk_text(app, s->title), tf, th->text,
                        (ui_rect){ in.x, y, in.w, bottom - y - org_line }, ALIGN_LEFT, 0);
    if (*org) {
        y += gap;
        y += kiosk_fit_text(app, dl, org, of, th->text_dim, (ui_rect){ in.x, y, in.w, bottom - y },
                            ALIGN_LEFT, 3);
    }
    if (dl && strcmp(app->focus_id, id) == 0) ui_focus_ring(c, dl, r);
    return y - r.y + foot + pad;
}

void pick_layout(ui_app *app, draw_list *dl)
{
    const ui_ctx *c = &app->ctx;
    const ui_kiosk_host *h = app->kiosk->host;
    int x, w = menu_column(app, 40, 1180, &x);
    int margin = ui_px(c, 28), gap = ui_px(c, 24);
    ui_font hf = ui_font_make(c, FONT_SANS, 46, 1);
    const char *head = kiosk_tr(app, "pick.heading");
    ui_rect hb = { x, margin, w, app->h / 4 };
    hb.h = kiosk_fit_text(app, NULL, head, hf, c->theme->text, hb, ALIGN_LEFT, 2);
    int bh = ui_px(c, 68), bw = ui_px(c, 240);
    ui_rect back = { x, app->h - margin - bh, bw, bh };
    /* The cards in a grid: side by side up to three, two by two for four. */
    size_t n = h->n_scenarios;
    int cols = n == 4 ? 2 : n < 3 ? (int)n : 3;
    if (cols && (n + (size_t)cols - 1) / (size_t)cols > 4) cols = (int)((n + 3) / 4);   /* 4 rows */
    int rows = cols ? (int)((n + (size_t)cols - 1) / (size_t)cols) : 0;
    int top = margin + hb.h + gap, bottom = back.y - gap;
    int cw = cols ? (w - (cols - 1) * gap) / cols : 0;
    /* As tall as the fullest card needs (a tile at least), if there is room. */
    int ch = ui_px(c, 300);
    for (size_t i = 0; i < n; i++) {
        int need = pick_card(app, NULL, "", (ui_rect){ 0, 0, cw, 0 }, &h->scenarios[i]);
        if (need > ch) ch = need;
    }
    int room = rows ? (bottom - top - (rows - 1) * gap) / rows : 0;
    if (ch > room) ch = room;
    if (ch < 1) ch = 1;
    int gy = top + (bottom - top - rows * ch - (rows - 1) * gap) / 2;
    if (dl) kiosk_fit_text(app, dl, head, hf, c->theme->text, hb, ALIGN_LEFT, 2);
    for (size_t i = 0; i < n; i++) {
        char id[32];
        snprintf(id, sizeof id, "pick.item.%zu", i + 1);
        int col = (int)(i % (size_t)cols), row = (int)(i / (size_t)cols);
        ui_rect r = { x + col * (cw + gap), gy + row * (ch + gap), cw, ch };
        ui_app_add_element(app, id, r, -1);
        if (dl) pick_card(app, dl, id, r, &h->scenarios[i]);
    }
    kiosk_button(app, dl, "pick.back", back, kiosk_tr(app, "pick.back"));
}
