/* kiosk_pin — the staff PIN pad, reached by the hidden gesture. It looks
 * like a plain phone keypad (1 2 3 / 4 5 6 / 7 8 9 / erase 0 OK) with
 * Cancel under it, so a visitor who stumbles on it learns nothing. Touch
 * taps the keys, a pad's arrows move on the grid in two dimensions, a
 * keyboard types digits. The digits show as dots only.
 *
 * The PIN typed lives in k->pin and nowhere else, and is wiped (not just
 * cut short) after each try and when the pad opens. Wrong tries back off
 * (pin_backoff: three free, then a growing wait); while the wait runs, OK
 * asks nothing of the host and the seconds left are shown. */
#include "ui/ui.h"

#include <math.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

/* The keys in reading order: their place on the 3 x 4 grid is their index. */
static const char *const KEYS[] = {
    "pin.digit.1", "pin.digit.2", "pin.digit.3", "pin.digit.4", "pin.digit.5", "pin.digit.6",
    "pin.digit.7", "pin.digit.8", "pin.digit.9", "pin.erase",   "pin.digit.0", "pin.ok",
};
#define COLS 3
#define ROWS 4
#define N_KEYS (COLS * ROWS)
#define MAX_DIGITS (sizeof ((ui_kiosk *)0)->pin - 1)

void pin_wipe(ui_kiosk *k) { sodium_memzero(k->pin, sizeof k->pin); }

void pin_open(ui_app *app)
{
    pin_wipe(app->kiosk);
    app->kiosk->pin_message = NULL;
}

/* ---- Entering and trying ----------------------------------------------------- */

static int add_digit(ui_kiosk *k, char d)
{
    size_t n = strlen(k->pin);
    if (n >= MAX_DIGITS) return 0;
    k->pin[n] = d;
    k->pin[n + 1] = '\0';
    return 1;
}

static int erase_digit(ui_kiosk *k)
{
    size_t n = strlen(k->pin);
    if (n == 0) return 0;
    k->pin[n - 1] = '\0';
    return 1;
}

/* Typed text: its digits, ASCII or full-width (a Japanese input method's);
 * anything else is not part of a PIN. Returns how many were taken. */
static int type_digits(ui_kiosk *k, const char *s)
{
    int taken = 0;
    while (*s) {
        const unsigned char *u = (const unsigned char *)s;
        if (*u >= '0' && *u <= '9') {
            taken += add_digit(k, (char)*u);
            s++;
        } else if (u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99) {
            taken += add_digit(k, (char)('0' + (u[2] - 0x90)));   /* U+FF10..FF19 */
            s += 3;
        } else {
            s++;
        }
    }
    return taken;
}

/* OK: nothing while the back-off runs; otherwise the host checks the PIN,
 * which is wiped whatever the answer. */
static int try_pin(ui_app *app)
{
    ui_kiosk *k = app->kiosk;
    double now = kiosk_now(app);
    if (pin_backoff_wait(&k->backoff, now) > 0) {
        k->pin_message = "pin.wait";
        pin_wipe(k);
        return PIN_STAY;
    }
    if (!k->pin[0]) return PIN_STAY;   /* no try made: nothing to count */
    int right = k->host->pin_check && k->host->pin_check(k->host->ctx, k->pin);
    pin_wipe(k);
    if (right) {
        pin_backoff_reset(&k->backoff);
        k->pin_message = NULL;
        return PIN_RIGHT;
    }
    pin_backoff_failed(&k->backoff, now);
    k->pin_message = "pin.wrong";
    return PIN_STAY;
}

int pin_activate(ui_app *app, const char *id)
{
    ui_kiosk *k = app->kiosk;
    if (strcmp(id, "pin.cancel") == 0) {
        pin_wipe(k);
        k->pin_message = NULL;
        return PIN_CANCEL;
    }
    if (strcmp(id, "pin.ok") == 0) return try_pin(app);
    if (strcmp(id, "pin.erase") == 0) erase_digit(k);
    else if (strncmp(id, "pin.digit.", 10) == 0 && id[10] >= '0' && id[10] <= '9' && !id[11])
        add_digit(k, id[10]);
    return PIN_STAY;
}

/* ---- Moving on the grid --------------------------------------------------------- */

static int key_index(const char *id)
{
    for (int i = 0; i < N_KEYS; i++)
        if (strcmp(KEYS[i], id) == 0) return i;
    return -1;
}

static int focus_on(ui_app *app, const char *id)
{
    int i = app_find_element(app, id);
    if (i < 0) return 0;
    app_set_focus(app, i);
    return 1;
}

/* An arrow: a step on the grid, no wrapping; Cancel sits under the whole
 * bottom row and Up from it goes to the middle key, 0. */
static int move(ui_app *app, action_type dir)
{
    const char *id = app->focus_id;
    if (strcmp(id, "pin.cancel") == 0)
        return dir == ACT_UP ? focus_on(app, "pin.digit.0") : 0;
    int i = key_index(id);
    if (i < 0) return focus_on(app, KEYS[0]);
    int row = i / COLS, col = i % COLS;
    switch (dir) {
    case ACT_UP: row--; break;
    case ACT_DOWN: row++; break;
    case ACT_LEFT: col--; break;
    default: col++; break;
    }
    if (col < 0 || col >= COLS || row < 0) return 0;
    if (row >= ROWS) return focus_on(app, "pin.cancel");
    return focus_on(app, KEYS[row * COLS + col]);
}

int pin_handle(ui_app *app, const action *a)
{
    ui_kiosk *k = app->kiosk;
    switch (a->type) {
    case ACT_UP: case ACT_DOWN: case ACT_LEFT: case ACT_RIGHT:
        return move(app, a->type);
    case ACT_TEXT:
        return type_digits(k, a->text) > 0;
    case ACT_ERASE:
        return erase_digit(k);
    case ACT_CONFIRM:
        /* Enter is OK wherever focus is; the app routes the outcome. */
        kiosk_activate(app, "pin.ok");
        return 1;
    case ACT_SCROLL:
        return 0;
    default:
        return -1;
    }
}

/* ---- Layout -------------------------------------------------------------------------- */

/* The line under the dots: why the last try failed and, while the
 * back-off runs, the seconds still to wait. */
static void message_of(ui_app *app, char *out, size_t n)
{
    const ui_kiosk *k = app->kiosk;
    double wait = pin_backoff_wait(&k->backoff, kiosk_now(app));
    int wrong = k->pin_message && strcmp(k->pin_message, "pin.wrong") == 0;
    out[0] = '\0';
    if (wait > 0) {
        char num[16];
        snprintf(num, sizeof num, "%d", (int)ceil(wait));
        ui_fill_in(out, n, kiosk_tr(app, wrong ? "pin.wrong_wait" : "pin.wait"), num);
    } else if (wrong) {
        snprintf(out, n, "%s", kiosk_tr(app, "pin.wrong"));
    }
}

/* The height kept for the message: its longest form, so the keys never
 * move under a finger when a message comes or goes. */
static int message_room(const ui_app *app, ui_font f, int w)
{
    char num[16], line[256];
    snprintf(num, sizeof num, "%d", (int)PIN_BACKOFF_MAX_S);
    ui_fill_in(line, sizeof line, kiosk_tr(app, "pin.wrong_wait"), num);
    return ui_text_height(&app->ctx, line, f, w);
}

/* The dots, one per digit typed, in a field-like box. */
static void draw_dots(ui_app *app, draw_list *dl, ui_rect box)
{
    const ui_ctx *c = &app->ctx;
    draw_fill(dl, box, c->theme->panel);
    draw_outline(dl, box, c->theme->border, ui_px(c, 1));
    size_t n = strlen(app->kiosk->pin);
    if (!n) return;
    char dots[3 * MAX_DIGITS * 2];
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        if (i) dots[len++] = ' ';
        memcpy(dots + len, "\xE2\x97\x8F", 3);   /* U+25CF BLACK CIRCLE */
        len += 3;
    }
    dots[len] = '\0';
    ui_font f = ui_font_make(c, FONT_SANS, 28, 0);
    int lh = c->measure->line_height(c->measure->ctx, f);
    ui_text_block(c, dl, dots, f, c->theme->text,
                  (ui_rect){ box.x, box.y + (box.h - lh) / 2, box.w, lh }, ALIGN_CENTER);
}

void pin_layout(ui_app *app, draw_list *dl)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    int col_x, col_w = menu_column(app, 40, 640, &col_x);
    ui_font head = ui_font_make(c, FONT_SANS, 40, 1), msg_f = ui_font_make(c, FONT_SANS, 22, 1);
    int gap = ui_px(c, 14), key_w = ui_px(c, 120), key_h = ui_px(c, 76);
    int grid_w = COLS * key_w + (COLS - 1) * gap;
    if (grid_w > col_w) {
        key_w = (col_w - (COLS - 1) * gap) / COLS;
        grid_w = COLS * key_w + (COLS - 1) * gap;
    }
    int head_h = ui_text_height(c, kiosk_tr(app, "pin.heading"), head, col_w);
    int dots_h = ui_px(c, 60), msg_h = message_room(app, msg_f, col_w);
    int cancel_h = ui_px(c, 64), margin = ui_px(c, 16);
    int above = head_h + ui_px(c, 16) + dots_h + ui_px(c, 10) + msg_h + ui_px(c, 16);
    int below = ui_px(c, 24) + cancel_h;
    /* Keys shrink (not below 56 units) before anything leaves the window. */
    int room = app->h - 2 * margin - above - below - (ROWS - 1) * gap;
    if (room < ROWS * key_h) key_h = room / ROWS > ui_px(c, 56) ? room / ROWS : ui_px(c, 56);
    int total = above + ROWS * key_h + (ROWS - 1) * gap + below;
    int y = (app->h - total) / 2;
    if (y < margin) y = margin;
    int grid_x = (app->w - grid_w) / 2;

    if (dl) {
        ui_text_block(c, dl, kiosk_tr(app, "pin.heading"), head, th->text,
                      (ui_rect){ col_x, y, col_w, head_h }, ALIGN_CENTER);
        draw_dots(app, dl, (ui_rect){ grid_x, y + head_h + ui_px(c, 16), grid_w, dots_h });
        char msg[256];
        message_of(app, msg, sizeof msg);
        if (msg[0])
            ui_text_block(c, dl, msg, msg_f, th->accent,
                          (ui_rect){ col_x, y + head_h + ui_px(c, 26) + dots_h, col_w, msg_h },
                          ALIGN_CENTER);
    }
    y += above;
    static const char *const labels[N_KEYS] = { "1", "2", "3", "4", "5", "6", "7", "8", "9",
                                                NULL, "0", NULL };
    for (int i = 0; i < N_KEYS; i++) {
        ui_rect r = { grid_x + (i % COLS) * (key_w + gap), y + (i / COLS) * (key_h + gap), key_w, key_h };
        kiosk_button(app, dl, KEYS[i], r, labels[i] ? labels[i] : kiosk_tr(app, KEYS[i]));
    }
    y += ROWS * key_h + (ROWS - 1) * gap + ui_px(c, 24);
    kiosk_button(app, dl, "pin.cancel", (ui_rect){ grid_x, y, grid_w, cancel_h },
                 kiosk_tr(app, "pin.cancel"));
}
