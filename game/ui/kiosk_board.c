/* kiosk_board — the round's result and the leaderboard, and two pieces of
 * drawing the kiosk's screens share: text cut to the lines its box holds,
 * and the board's table (the attract screen shows it as one of its cards).
 *
 * A booth's screens are read from a couple of metres by people passing by:
 * every block is set large and shrinks only as far as it must to fit the
 * window, and text that still does not fit is cut with "…" rather than
 * spilling over its neighbours. */
#include "ui/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Why 24: the most lines a kiosk box shows is a facts card's text at its
 * smallest size in a tall window, well under this; a box never needs more. */
#define FIT_MAX_LINES 24
/* Why 50: the config's leaderboard_size is at most 50. */
#define BOARD_MAX_ROWS 50

static const char ELLIPSIS[] = "…";

static int line_h(const ui_app *app, ui_font f)
{
    return app->ctx.measure->line_height(app->ctx.measure->ctx, f);
}

static int text_w(const ui_app *app, ui_font f, const char *s, size_t len)
{
    return app->ctx.measure->width(app->ctx.measure->ctx, f, s, len);
}

/* ---- Text cut to its box ----------------------------------------------------- */

/* The line s[0..len) shortened until it and "…" fit max_w (malloc'd, its
 * width in *w); NULL when even "…" alone does not fit, or out of memory. */
static char *with_ellipsis(const ui_app *app, ui_font f, const char *s, size_t len, int max_w,
                           int *w)
{
    char *out = malloc(len + sizeof ELLIPSIS);
    if (!out) return NULL;
    for (;;) {
        while (len > 0 && s[len - 1] == ' ') len--;
        memcpy(out, s, len);
        memcpy(out + len, ELLIPSIS, sizeof ELLIPSIS);
        int ow = text_w(app, f, out, strlen(out));
        if (ow <= max_w) {
            *w = ow;
            return out;
        }
        if (len == 0) break;
        do len--;
        while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80);
    }
    free(out);
    return NULL;
}

int kiosk_fit_text(const ui_app *app, draw_list *dl, const char *text, ui_font f, ui_color col,
                   ui_rect box, ui_align align, int max_lines)
{
    int lh = line_h(app, f);
    int fit = lh > 0 ? box.h / lh : 0;
    if (max_lines > 0 && fit > max_lines) fit = max_lines;
    if (fit > FIT_MAX_LINES) fit = FIT_MAX_LINES;
    if (fit <= 0 || box.w <= 0 || !text || !*text) return 0;
    /* A line that fits whole is drawn whole: the wrap sums the widths of
     * its pieces, which can come to a little more than the line's. */
    size_t tl = strlen(text);
    int whole = strchr(text, '\n') ? box.w + 1 : text_w(app, f, text, tl);
    if (whole <= box.w) {
        int x = box.x + (align == ALIGN_CENTER ? (box.w - whole) / 2 : 0);
        if (dl) draw_text(dl, x, box.y, f, col, text, tl, whole, lh, box);
        return lh;
    }
    ui_line lines[FIT_MAX_LINES];
    size_t total = ui_wrap(app->ctx.measure, f, text, tl, box.w, lines, (size_t)fit);
    size_t n = total < (size_t)fit ? total : (size_t)fit;
    for (size_t i = 0; dl && i < n; i++) {
        const char *s = text + lines[i].start;
        size_t len = lines[i].len;
        int w = lines[i].width;
        /* The last line shown, when the text goes on, says so. */
        char *cut = i + 1 == n && total > n ? with_ellipsis(app, f, s, len, box.w, &w) : NULL;
        if (cut) {
            s = cut;
            len = strlen(cut);
        }
        int x = box.x + (align == ALIGN_CENTER ? (box.w - w) / 2 : 0);
        draw_text(dl, x, box.y + (int)i * lh, f, col, s, len, w, lh, box);
        free(cut);
    }
    return (int)n * lh;
}

/* One line in cell, vertically centred, at its right edge or its left;
 * cut with "…" when it is wider than the cell. */
static void cell_text(const ui_app *app, draw_list *dl, const char *s, ui_font f, ui_color col,
                      ui_rect cell, int right)
{
    int lh = line_h(app, f), w = text_w(app, f, s, strlen(s));
    ui_rect box = { cell.x, cell.y + (cell.h - lh) / 2, cell.w, lh };
    if (w > cell.w) {
        kiosk_fit_text(app, dl, s, f, col, box, ALIGN_LEFT, 1);
        return;
    }
    draw_text(dl, right ? cell.x + cell.w - w : cell.x, box.y, f, col, s, strlen(s), w, lh, box);
}

/* ---- The board's table ------------------------------------------------------------ */

void kiosk_board_heading(const ui_app *app, char *out, size_t n)
{
    const kiosk_config *cfg = app->kiosk->host->cfg;
    if (cfg->leaderboard_scope == KIOSK_BOARD_DAY)
        snprintf(out, n, "%s", kiosk_tr(app, "board.today"));
    else if (cfg->leaderboard_scope == KIOSK_BOARD_EVENT && cfg->event[0])
        ui_fill_in(out, n, kiosk_tr(app, "board.event"), cfg->event);
    else
        snprintf(out, n, "%s", kiosk_tr(app, "board.all"));
}

/* How the table is set at one font size: rows, the header, the columns
 * (the nickname takes what the rank, score and speed columns leave). */
typedef struct {
    ui_font font, bold, head, tag;
    int row_h, head_h, gap, pad;
    int rank_w, score_w, speed_w;
} board_style;

static int widest(const ui_app *app, ui_font a, const char *sa, ui_font b, const char *sb)
{
    int wa = text_w(app, a, sa, strlen(sa)), wb = text_w(app, b, sb, strlen(sb));
    return wa > wb ? wa : wb;
}

/* At font size px, with places up to `last` to show. */
static board_style board_style_at(const ui_app *app, float px, size_t last)
{
    const ui_ctx *c = &app->ctx;
    board_style s = {
        .font = ui_font_make(c, FONT_SANS, px, 0),
        .bold = ui_font_make(c, FONT_SANS, px, 1),
        .head = ui_font_make(c, FONT_SANS, px * 0.68f, 1),
        .tag = ui_font_make(c, FONT_SANS, px * 0.72f, 1),
        .gap = ui_px(c, 4),
        .pad = ui_px(c, px * 0.55f),
    };
    s.row_h = line_h(app, s.bold) + 2 * ui_px(c, px * 0.24f);
    s.head_h = line_h(app, s.head) + ui_px(c, 8);
    /* Room for the widest place shown; a speed bonus of four digits is a
     * dozen decisions at the longest countdown. */
    char digits[24];
    int nd = snprintf(digits, sizeof digits, "%zu", last);
    memset(digits, '8', nd > 0 ? (size_t)nd : 0);
    s.rank_w = widest(app, s.bold, digits, s.head, kiosk_tr(app, "board.rank")) + s.pad;
    s.score_w = widest(app, s.bold, "100", s.head, kiosk_tr(app, "board.score")) + s.pad;
    s.speed_w = widest(app, s.font, "+8888", s.head, kiosk_tr(app, "board.speed")) + s.pad;
    return s;
}

/* The four cells of a row laid across r. */
static void board_cells(const board_style *s, ui_rect r, ui_rect cell[4])
{
    int x = r.x + s->pad, right = r.x + r.w - s->pad;
    cell[0] = (ui_rect){ x, r.y, s->rank_w, r.h };
    cell[3] = (ui_rect){ right - s->speed_w, r.y, s->speed_w, r.h };
    cell[2] = (ui_rect){ cell[3].x - s->score_w, r.y, s->score_w - s->pad, r.h };
    cell[1] = (ui_rect){ x + s->rank_w, r.y, cell[2].x - s->pad - (x + s->rank_w), r.h };
    if (cell[1].w < 0) cell[1].w = 0;
}

static void board_header(const ui_app *app, draw_list *dl, const board_style *s, ui_rect r)
{
    ui_rect cell[4];
    board_cells(s, r, cell);
    ui_color dim = app->ctx.theme->text_dim;
    cell_text(app, dl, kiosk_tr(app, "board.rank"), s->head, dim, cell[0], 0);
    cell_text(app, dl, kiosk_tr(app, "board.player"), s->head, dim, cell[1], 0);
    cell_text(app, dl, kiosk_tr(app, "board.score"), s->head, dim, cell[2], 1);
    cell_text(app, dl, kiosk_tr(app, "board.speed"), s->head, dim, cell[3], 1);
}

/* A row: rank, nickname, score, speed bonus. The visitor's own row is set
 * on the accent colour and says "You" in a tag beside the name, so it is
 * found by more than its colour. */
static void board_row(const ui_app *app, draw_list *dl, const board_style *s, ui_rect r,
                      size_t rank, const leaderboard_entry *e, int mine)
{
    const ui_theme *th = app->ctx.theme;
    ui_color ink = mine ? th->bg : th->text;
    draw_fill(dl, r, mine ? th->accent : th->panel);
    ui_rect cell[4];
    board_cells(s, r, cell);
    char num[32];
    snprintf(num, sizeof num, "%zu", rank);
    cell_text(app, dl, num, s->bold, mine || rank > 3 ? ink : th->accent, cell[0], 0);
    ui_rect name = cell[1];
    if (mine) {
        const char *you = kiosk_tr(app, "board.you");
        int tp = ui_px(&app->ctx, 8), tw = text_w(app, s->tag, you, strlen(you)) + 2 * tp;
        int th_px = line_h(app, s->tag) + ui_px(&app->ctx, 4);
        int nw = text_w(app, s->font, e->nickname, strlen(e->nickname));
        int room = name.w - tw - tp;
        if (nw > room) nw = room;
        name.w = nw > 0 ? nw : 0;
        ui_rect tag = { name.x + name.w + tp, r.y + (r.h - th_px) / 2, tw, th_px };
        if (tag.x + tag.w <= cell[1].x + cell[1].w) {
            draw_fill(dl, tag, th->bg);
            ui_rect in = { tag.x + tp, tag.y, tag.w - 2 * tp, tag.h };
            cell_text(app, dl, you, s->tag, th->accent, in, 0);
        }
    }
    cell_text(app, dl, e->nickname, s->font, ink, name, 0);
    snprintf(num, sizeof num, "%d", e->score);
    cell_text(app, dl, num, s->bold, ink, cell[2], 1);
    snprintf(num, sizeof num, "+%d", e->speed_bonus);
    cell_text(app, dl, num, s->font, mine ? ink : th->text_dim, cell[3], 1);
}

int kiosk_board_table(const ui_app *app, draw_list *dl, ui_rect r, uint64_t mine, float px)
{
    const ui_kiosk_host *h = app->kiosk->host;
    const ui_theme *th = app->ctx.theme;
    size_t max = h->cfg->leaderboard_size > 0 ? (size_t)h->cfg->leaderboard_size : 1;
    if (max > BOARD_MAX_ROWS) max = BOARD_MAX_ROWS;
    const leaderboard_entry *rows[BOARD_MAX_ROWS], *own = NULL;
    size_t rank = 0, total = 0;
    size_t n = h->board(h->ctx, mine, rows, max, &rank, &total, &own);
    if (n == 0) {
        ui_font f = ui_font_make(&app->ctx, FONT_SANS, px * 1.15f, 1);
        const char *empty = kiosk_tr(app, "board.empty");
        int eh = kiosk_fit_text(app, NULL, empty, f, th->text, r, ALIGN_CENTER, 0);
        ui_rect box = { r.x, r.y + (r.h - eh) / 3, r.w, eh };
        return kiosk_fit_text(app, dl, empty, f, th->accent, box, ALIGN_CENTER, 0);
    }
    if (!mine) rank = 0;
    /* As large as lets every row in (and the visitor's own below a gap);
     * at the smallest size, the rows that fit. */
    board_style s;
    int fit = 0;
    size_t want = n + (rank > n ? 2 : 0);
    for (float p = px;; p -= 2) {
        s = board_style_at(app, p, rank > n ? rank : n);
        fit = (r.h - s.head_h) / (s.row_h + s.gap);
        if (fit >= (int)want || p - 2 < 16) break;
    }
    if (fit < 0) fit = 0;
    size_t shown = n < (size_t)fit ? n : (size_t)fit;
    /* The visitor's own row below the top ones, after a gap. */
    int beyond = rank > shown && fit >= 3 && own;
    if (beyond && shown > (size_t)fit - 2) shown = (size_t)fit - 2;
    if (!dl) return s.head_h + (int)(shown + (beyond ? 2 : 0)) * (s.row_h + s.gap);
    board_header(app, dl, &s, (ui_rect){ r.x, r.y, r.w, s.head_h });
    int y = r.y + s.head_h;
    for (size_t i = 0; i < shown; i++, y += s.row_h + s.gap)
        board_row(app, dl, &s, (ui_rect){ r.x, y, r.w, s.row_h }, i + 1, rows[i],
                  rank == i + 1);
    if (beyond) {
        ui_rect gap = { r.x, y, r.w, s.row_h };
        cell_text(app, dl, ELLIPSIS, s.bold, th->text_dim,
                  (ui_rect){ r.x + s.pad, gap.y, s.rank_w, gap.h }, 0);
        y += s.row_h + s.gap;
        board_row(app, dl, &s, (ui_rect){ r.x, y, r.w, s.row_h }, rank, own, 1);
        y += s.row_h + s.gap;
    }
    return y - r.y;
}

/* ---- The board screen ---------------------------------------------------------------- */

/* The result's and the board's column (at most col_w logical units wide:
 * its left edge and width in *x, *w) and their one button, centred at its
 * foot, margin device pixels above the bottom edge, button_w units wide. */
static ui_rect bottom_button(const ui_app *app, float col_w, int margin, float button_w, int *x, int *w)
{
    *w = menu_column(app, 40, col_w, x);
    int bh = ui_px(&app->ctx, 76), bw = ui_px(&app->ctx, button_w);
    if (bw > *w) bw = *w;
    return (ui_rect){ *x + (*w - bw) / 2, app->h - margin - bh, bw, bh };
}

void board_layout(ui_app *app, draw_list *dl)
{
    const ui_ctx *c = &app->ctx;
    int x, w, margin = ui_px(c, 28);
    ui_rect done = bottom_button(app, 1000, margin, 360, &x, &w);
    if (dl) {
        char head[256];
        kiosk_board_heading(app, head, sizeof head);
        ui_font hf = ui_font_make(c, FONT_SANS, 44, 1);
        int y = margin;
        y += kiosk_fit_text(app, dl, head, hf, c->theme->text, (ui_rect){ x, y, w, done.y - y },
                            ALIGN_CENTER, 2);
        y += ui_px(c, 20);
        ui_rect table = { x, y, w, done.y - ui_px(c, 24) - y };
        kiosk_board_table(app, dl, table, app->kiosk->entry, 26);
    }
    kiosk_button(app, dl, "board.done", done, kiosk_tr(app, "board.done"));
}

/* ---- The result ------------------------------------------------------------------------ */

static const char *outcome_key(const char *outcome)
{
    if (strcmp(outcome, "good") == 0) return "result.good";
    if (strcmp(outcome, "mixed") == 0) return "result.mixed";
    if (strcmp(outcome, "bad") == 0) return "result.bad";
    return "result.over";
}

/* A labelled percentage with its bar; returns the height used. */
static int score_bar(const ui_app *app, draw_list *dl, const char *key, int pct, float f, ui_rect r)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    ui_font lf = ui_font_make(c, FONT_SANS, 24 * f, 0), nf = ui_font_make(c, FONT_SANS, 24 * f, 1);
    if (pct < 0) pct = 0;
    if (pct > 100) pct = 100;
    char num[16];
    snprintf(num, sizeof num, "%d%%", pct);
    int lh = line_h(app, nf), nw = text_w(app, nf, num, strlen(num));
    int bar_h = ui_px(c, 14 * f);
    if (dl) {
        cell_text(app, dl, kiosk_tr(app, key), lf, th->text,
                  (ui_rect){ r.x, r.y, r.w - nw - ui_px(c, 12), lh }, 0);
        cell_text(app, dl, num, nf, th->text, (ui_rect){ r.x, r.y, r.w, lh }, 1);
        ui_rect track = { r.x, r.y + lh + ui_px(c, 6), r.w, bar_h };
        draw_fill(dl, track, th->bg);
        draw_fill(dl, (ui_rect){ track.x, track.y, track.w * pct / 100, track.h }, th->accent);
    }
    return lh + ui_px(c, 6) + bar_h;
}

/* The score, big, in a panel on the left; detection and response with
 * their bars in a panel on the right. Returns the height used. */
static int score_row(const ui_app *app, draw_list *dl, int x, int y, int w, float f)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    ui_kiosk *k = app->kiosk;
    int pad = ui_px(c, 20), gap = ui_px(c, 16);
    int lw = w * 38 / 100;
    if (lw > ui_px(c, 360)) lw = ui_px(c, 360);
    ui_rect left = { x, y, lw, 0 }, right = { x + lw + gap, y, w - lw - gap, 0 };
    /* Left: "Score", then the number with "/ 100" beside it, or under it
     * when the two do not fit side by side. */
    ui_font lab = ui_font_make(c, FONT_SANS, 22 * f, 1);
    ui_font big = ui_font_make(c, FONT_SANS, 104 * f, 1);
    ui_font of = ui_font_make(c, FONT_SANS, 30 * f, 0);
    char num[16];
    snprintf(num, sizeof num, "%d", k->score);
    const char *out_of = kiosk_tr(app, "result.out_of");
    int inner = lw - 2 * pad;
    int lab_h = line_h(app, lab), big_h = line_h(app, big), of_h = line_h(app, of);
    int nw = text_w(app, big, num, strlen(num)), ow = text_w(app, of, out_of, strlen(out_of));
    int side = nw + ui_px(c, 10) + ow <= inner;
    int lh = lab_h + big_h + (side ? 0 : of_h);
    /* Right: the two bars. */
    int rin = right.w - 2 * pad;
    ui_rect bar = { 0, 0, rin, 0 };
    int bars = score_bar(app, NULL, "result.detection", k->detect_pct, f, bar) + ui_px(c, 22) +
               score_bar(app, NULL, "result.response", k->respond_pct, f, bar);
    int h = (lh > bars ? lh : bars) + 2 * pad;
    if (!dl) return h;
    left.h = right.h = h;
    draw_fill(dl, left, th->panel);
    draw_fill(dl, right, th->panel);
    int ly = y + (h - lh) / 2;
    kiosk_fit_text(app, dl, kiosk_tr(app, "result.score"), lab, th->text_dim,
                   (ui_rect){ x + pad, ly, inner, lab_h }, ALIGN_CENTER, 1);
    ly += lab_h;
    int row_w = side ? nw + ui_px(c, 10) + ow : nw;
    int nx = x + pad + (inner - row_w) / 2;
    if (nw <= inner) draw_text(dl, nx, ly, big, th->accent, num, strlen(num), nw, big_h,
                               (ui_rect){ x + pad, ly, inner, big_h });
    if (side) {
        /* On the number's baseline, near enough: lines share their
         * descent in proportion to their size. */
        int oy = ly + big_h - of_h - (big_h - of_h) / 6;
        ui_rect at = { nx + nw + ui_px(c, 10), oy, ow, of_h };
        cell_text(app, dl, out_of, of, th->text_dim, at, 0);
    } else {
        ui_rect at = { x + pad, ly + big_h, inner, of_h };
        kiosk_fit_text(app, dl, out_of, of, th->text_dim, at, ALIGN_CENTER, 1);
    }
    int by = y + (h - bars) / 2, bx = right.x + pad;
    by += score_bar(app, dl, "result.detection", k->detect_pct, f, (ui_rect){ bx, by, rin, 0 });
    by += ui_px(c, 22);
    score_bar(app, dl, "result.response", k->respond_pct, f, (ui_rect){ bx, by, rin, 0 });
    return h;
}

/* The speed bonus in a panel of its own, with why it stands apart: it
 * only breaks ties and never changes the score. */
static int speed_panel(const ui_app *app, draw_list *dl, int x, int y, int w, float f)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    int pad = ui_px(c, 16);
    ui_font sf = ui_font_make(c, FONT_SANS, 26 * f, 1), nf = ui_font_make(c, FONT_SANS, 18 * f, 0);
    char num[16], line[128];
    snprintf(num, sizeof num, "%d", app->kiosk->speed_bonus);
    ui_fill_in(line, sizeof line, kiosk_tr(app, "result.speed"), num);
    ui_rect in = { x + pad, y + pad, w - 2 * pad, 10000 };
    const char *note = kiosk_tr(app, "result.speed_note");
    int sh = kiosk_fit_text(app, NULL, line, sf, th->text, in, ALIGN_CENTER, 2);
    int nh = kiosk_fit_text(app, NULL, note, nf, th->text_dim, in, ALIGN_CENTER, 3);
    int h = sh + ui_px(c, 4) + nh + 2 * pad;
    if (!dl) return h;
    draw_outline(dl, (ui_rect){ x, y, w, h }, th->border, ui_px(c, 2));
    in.h = sh;
    kiosk_fit_text(app, dl, line, sf, th->text, in, ALIGN_CENTER, 2);
    in.y += sh + ui_px(c, 4);
    in.h = nh;
    kiosk_fit_text(app, dl, note, nf, th->text_dim, in, ALIGN_CENTER, 3);
    return h;
}

/* Everything above the button, at size f, from y down to no further than
 * limit; returns the height it needs (the ending's few lines included). */
static int result_content(const ui_app *app, draw_list *dl, int x, int y, int w, int limit, float f)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    ui_kiosk *k = app->kiosk;
    int y0 = y;
    ui_font hf = ui_font_make(c, FONT_SANS, 54 * f, 1), tf = ui_font_make(c, FONT_SANS, 24 * f, 0);
    ui_font ef = ui_font_make(c, FONT_SANS, 21 * f, 0);
    const char *title = "";
    if (k->scenario >= 0 && (size_t)k->scenario < k->host->n_scenarios)
        title = kiosk_text(app, k->host->scenarios[k->scenario].title);
    ui_rect box = { x, y, w, limit - y };
    const char *head = kiosk_tr(app, outcome_key(k->outcome));
    y += kiosk_fit_text(app, dl, head, hf, th->accent, box, ALIGN_CENTER, 2);
    box = (ui_rect){ x, y + ui_px(c, 4), w, limit - y };
    y += ui_px(c, 4) + kiosk_fit_text(app, dl, title, tf, th->text_dim, box, ALIGN_CENTER, 2);
    y += ui_px(c, 20);
    y += score_row(app, dl, x, y, w, f) + ui_px(c, 14);
    y += speed_panel(app, dl, x, y, w, f);
    if (k->ending && *k->ending) {
        y += ui_px(c, 14);
        /* What happened next, kept short: the debrief is not a booth's. */
        box = (ui_rect){ x, y, w, dl ? limit - y : 10000 };
        y += kiosk_fit_text(app, dl, k->ending, ef, th->text, box, ALIGN_CENTER, 3);
    }
    return y - y0;
}

void result_layout(ui_app *app, draw_list *dl)
{
    const ui_ctx *c = &app->ctx;
    int x, w, margin = ui_px(c, 24);
    ui_rect next = bottom_button(app, 960, margin, 480, &x, &w);
    if (dl) {
        /* As large as fits above the button, centred in the room. */
        int limit = next.y - ui_px(c, 20), room = limit - margin;
        float f = 1.0f;
        int h = result_content(app, NULL, x, margin, w, limit, f);
        while (h > room && f > 0.6f) {
            f -= 0.05f;
            h = result_content(app, NULL, x, margin, w, limit, f);
        }
        int y = margin + (h < room ? (room - h) / 2 : 0);
        result_content(app, dl, x, y, w, limit, f);
    }
    kiosk_button(app, dl, "result.continue", next, kiosk_tr(app, "result.continue"));
}
