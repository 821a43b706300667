/* kiosk_keys_pages — the nickname screen's key pages and its layout: the
 * heading, the field with its caret and count, the keys of the page shown
 * and the row of buttons under them. The rules (typing, moving, OK) are in
 * kiosk_keys.c.
 *
 * Sizes: the keys take the space between the field and the buttons, as
 * large as fits up to a comfortable size (a finger's width at 800x600),
 * and their labels are drawn larger than a button's, to be read from a
 * step back. The buttons stay in one place whichever page shows. */
#include "ui/kiosk_keys_int.h"

#include <stdio.h>
#include <string.h>

/* ---- The pages ------------------------------------------------------------ */

typedef struct {
    const char *const *cells;  /* row by row; NULL is an empty cell */
    int cols, rows;
    int group;                 /* a wider gap after every `group` columns; 0: none */
    float indent[5];           /* each row's shift to the right, in cells */
} key_page;

/* Arcade order: two rows of letters, the digits centred under them. */
static const char *const LATIN[] = {
    "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
    "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z",
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", NULL, NULL, NULL,
};

/* Read across, each row one consonant's five kana, as the name entry of a
 * Japanese game reads: ア-ナ, ハ-ワ, the voiced ガ-パ, then the long vowel
 * mark and the small kana down the last column. ヤ and ワ have three kana. */
static const char *const KANA[] = {
    "ア", "イ", "ウ", "エ", "オ", "ハ", "ヒ", "フ", "ヘ", "ホ", "ガ", "ギ", "グ", "ゲ", "ゴ", "ー",
    "カ", "キ", "ク", "ケ", "コ", "マ", "ミ", "ム", "メ", "モ", "ザ", "ジ", "ズ", "ゼ", "ゾ", "ッ",
    "サ", "シ", "ス", "セ", "ソ", "ヤ", "ユ", "ヨ", NULL, NULL, "ダ", "ヂ", "ヅ", "デ", "ド", "ャ",
    "タ", "チ", "ツ", "テ", "ト", "ラ", "リ", "ル", "レ", "ロ", "バ", "ビ", "ブ", "ベ", "ボ", "ュ",
    "ナ", "ニ", "ヌ", "ネ", "ノ", "ワ", "ヲ", "ン", NULL, NULL, "パ", "ピ", "プ", "ペ", "ポ", "ョ",
};

static const key_page PAGE_LATIN = { LATIN, 13, 3, 0, { 0, 0, 1.5f } };
static const key_page PAGE_KANA = { KANA, 16, 5, 5, { 0 } };

int nick_japanese(const ui_app *app) { return strcmp(locale_lang(app->loc), "ja") == 0; }

/* The kana page only ever shows in Japanese. */
static const key_page *page_of(const ui_app *app)
{
    return app->kiosk->kana && nick_japanese(app) ? &PAGE_KANA : &PAGE_LATIN;
}

const char *nick_key_text(const ui_app *app, long n)
{
    const key_page *p = page_of(app);
    for (int i = 0; i < p->cols * p->rows; i++)
        if (p->cells[i] && --n == 0) return p->cells[i];
    return NULL;
}

/* ---- Layout --------------------------------------------------------------------------- */

/* The largest font up to f whose line fits h and whose text fits w. */
static ui_font fit_font(const ui_ctx *c, ui_font f, const char *s, int w, int h)
{
    size_t n = strlen(s);
    while (f.px > 6 && (c->measure->line_height(c->measure->ctx, f) > h ||
                        c->measure->width(c->measure->ctx, f, s, n) > w))
        f.px--;
    return f;
}

/* Text s in font f, its left edge at x, centred on the line box's height. */
static void text_at(const ui_ctx *c, draw_list *dl, const char *s, ui_font f, ui_color col, int x,
                    ui_rect box)
{
    int tw = c->measure->width(c->measure->ctx, f, s, strlen(s));
    int lh = c->measure->line_height(c->measure->ctx, f);
    draw_text(dl, x, box.y + (box.h - lh) / 2, f, col, s, strlen(s), tw, lh, box);
}

/* The field: the name, a caret after it, the count at the right. Its
 * height is the name font's line and a margin. */
static int field_height(const ui_ctx *c)
{
    ui_font f = ui_font_make(c, FONT_SANS, 36, 0);
    return c->measure->line_height(c->measure->ctx, f) + 2 * ui_px(c, 10);
}

static void field_draw(ui_app *app, draw_list *dl, ui_rect box)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    const char *name = app->kiosk->nickname;
    int pad = ui_px(c, 14), caret = ui_px(c, 3);
    draw_fill(dl, box, th->panel);
    draw_outline(dl, box, th->accent, ui_px(c, 2));
    char count[32];
    snprintf(count, sizeof count, "%zu/%zu", nick_length(name), NICK_MAX);
    ui_font cf = ui_font_make(c, FONT_SANS, 20, 0);
    int cw = c->measure->width(c->measure->ctx, cf, count, strlen(count));
    ui_rect count_box = { box.x + box.w - pad - cw, box.y, cw, box.h };
    text_at(c, dl, count, cf, nick_length(name) >= NICK_MAX ? th->accent : th->text_dim,
            count_box.x, count_box);
    /* Twelve of the widest characters fit at the usual sizes; the font
     * gives way before the name would run under the count. */
    ui_rect name_box = { box.x + pad, box.y, count_box.x - pad - caret - box.x - pad, box.h };
    ui_font nf = fit_font(c, ui_font_make(c, FONT_SANS, 36, 0), name, name_box.w,
                          box.h - 2 * ui_px(c, 4));
    int tw = c->measure->width(c->measure->ctx, nf, name, strlen(name));
    int lh = c->measure->line_height(c->measure->ctx, nf);
    if (name[0]) text_at(c, dl, name, nf, th->text, name_box.x, name_box);
    draw_fill(dl, (ui_rect){ name_box.x + tw + ui_px(c, 2), box.y + (box.h - lh) / 2, caret, lh },
              th->accent);
}

/* The keys of page p in area (x, y, w, h): as large as fit, at most a
 * comfortable size, the grid centred in the area. */
static void keys_layout(ui_app *app, draw_list *dl, const key_page *p, ui_rect area)
{
    const ui_ctx *c = &app->ctx;
    int gap = ui_px(c, 8), group_gap = p->group ? ui_px(c, 10) : 0;
    int groups = p->group ? (p->cols - 1) / p->group : 0;
    int key_w = (area.w - (p->cols - 1) * gap - groups * group_gap) / p->cols;
    if (key_w > ui_px(c, 90)) key_w = ui_px(c, 90);
    int key_h = (area.h - (p->rows - 1) * gap) / p->rows;
    if (key_h > ui_px(c, 84)) key_h = ui_px(c, 84);
    if (key_h > key_w * 5 / 4) key_h = key_w * 5 / 4;   /* keys no taller than a finger needs */
    int grid_w = p->cols * key_w + (p->cols - 1) * gap + groups * group_gap;
    int grid_h = p->rows * key_h + (p->rows - 1) * gap;
    int x0 = area.x + (area.w - grid_w) / 2, y0 = area.y + (area.h - grid_h) / 2;
    ui_font base = ui_font_make(c, FONT_SANS, 32, 1);
    int n = 0;
    for (int row = 0; row < p->rows; row++)
        for (int col = 0; col < p->cols; col++) {
            const char *s = p->cells[row * p->cols + col];
            if (!s) continue;
            ui_rect r = { x0 + col * (key_w + gap) + (p->group ? col / p->group : 0) * group_gap +
                              (int)(p->indent[row] * (float)(key_w + gap)),
                          y0 + row * (key_h + gap), key_w, key_h };
            char id[32];
            snprintf(id, sizeof id, "nick.key.%d", ++n);
            /* The button draws the key; its label is drawn larger than a
             * button's, to be read from a step back. */
            kiosk_button(app, dl, id, r, "");
            if (!dl) continue;
            ui_font f = fit_font(c, base, s, r.w - ui_px(c, 6), r.h - ui_px(c, 4));
            int tw = c->measure->width(c->measure->ctx, f, s, strlen(s));
            text_at(c, dl, s, f, c->theme->text, r.x + (r.w - tw) / 2, r);
        }
}

void nickname_layout(ui_app *app, draw_list *dl)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    ui_kiosk *k = app->kiosk;
    int x, w = menu_column(app, 24, 1100, &x);
    int hint_h = menu_draw_hint(app, dl, "nick.hint", x, w, ALIGN_CENTER);

    /* Top: the heading, what is kept, the field, why a name was refused. */
    ui_font head = ui_font_make(c, FONT_SANS, 34, 1), small = ui_font_make(c, FONT_SANS, 18, 0);
    ui_font msg = ui_font_make(c, FONT_SANS, 20, 1);
    const char *heading = kiosk_tr(app, "nick.heading"), *note = kiosk_tr(app, "nick.private");
    /* Nothing to press near the top: the staff's corner stays free. */
    int y = ui_px(c, 16);
    int head_h = ui_text_height(c, heading, head, w), note_h = ui_text_height(c, note, small, w);
    if (dl) {
        ui_text_block(c, dl, heading, head, th->text, (ui_rect){ x, y, w, head_h }, ALIGN_CENTER);
        ui_text_block(c, dl, note, small, th->text_dim,
                      (ui_rect){ x, y + head_h + ui_px(c, 4), w, note_h }, ALIGN_CENTER);
    }
    y += head_h + ui_px(c, 4) + note_h + ui_px(c, 12);
    int field_w = w < ui_px(c, 640) ? w : ui_px(c, 640), field_h = field_height(c);
    if (dl) field_draw(app, dl, (ui_rect){ x + (w - field_w) / 2, y, field_w, field_h });
    y += field_h + ui_px(c, 6);
    const char *why = k->nick_message ? kiosk_tr(app, k->nick_message) : "";
    int msg_h = c->measure->line_height(c->measure->ctx, msg);
    if (why[0]) {
        int h = ui_text_height(c, why, msg, w);
        if (h > msg_h) msg_h = h;
        if (dl) ui_text_block(c, dl, why, msg, th->accent, (ui_rect){ x, y, w, msg_h }, ALIGN_CENTER);
    }
    y += msg_h + ui_px(c, 10);

    /* Bottom: the buttons, always in the same place (a page switch must not
     * move the button under a finger), above the hint. */
    int gap = ui_px(c, 16), btn_h = ui_px(c, 60);
    int btn_y = app->h - ui_px(c, 16) - hint_h - ui_px(c, 12) - btn_h;
    const char *ids[4] = { "nick.erase", "nick.page", "nick.ok", "nick.skip" };
    const char *labels[4] = { kiosk_tr(app, "nick.erase"),
                              kiosk_tr(app, page_of(app) == &PAGE_KANA ? "nick.page.latin"
                                                                       : "nick.page.kana"),
                              kiosk_tr(app, "nick.ok"), kiosk_tr(app, "nick.skip") };
    int nb = 0;
    for (int i = 0; i < 4; i++) {
        if (i == 1 && !nick_japanese(app)) continue;
        ids[nb] = ids[i];
        labels[nb++] = labels[i];
    }
    int btn_w = (w - (nb - 1) * gap) / nb;
    for (int i = 0; i < nb; i++)
        kiosk_button(app, dl, ids[i], (ui_rect){ x + i * (btn_w + gap), btn_y, btn_w, btn_h },
                     labels[i]);

    /* Between them, the keys. */
    keys_layout(app, dl, page_of(app), (ui_rect){ x, y, w, btn_y - ui_px(c, 18) - y });
}
