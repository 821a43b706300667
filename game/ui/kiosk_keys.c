/* kiosk_keys — the nickname screen: a name field over an on-screen
 * keyboard for touch and gamepad (a physical keyboard types as well). The
 * Latin page has A-Z and 0-9; in Japanese a kana page holds the katakana
 * table, laid out as a Japanese game's name entry lays it out.
 *
 * Focus moves over the keys in two dimensions: the key rows and the row of
 * buttons under them are read from the element table by their y, so the
 * arrows follow whatever the layout drew (either page, any window size).
 * The name is checked only when OK is pressed: an empty name, one that is
 * not a name (only symbols, say) and one the host's filter refuses each
 * keep the field as it was and say why on screen. The pages and the
 * layout are in kiosk_keys_pages.c. */
#include "ui/kiosk_keys_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(KIOSK_NICK_BYTES <= sizeof ((leaderboard_entry *)0)->nickname,
               "a typed nickname fits the board's entry");

/* ---- Editing the name --------------------------------------------------------- */

size_t nick_length(const char *s)
{
    size_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Not a control or invisible formatting character: the name filter's own
 * test, asked of the character behind a letter. */
static int printable(const char *s, size_t n)
{
    char probe[8] = "A";
    memcpy(probe + 1, s, n);
    probe[1 + n] = '\0';
    return name_filter_ok(probe, NULL, 0);
}

/* Adds the n bytes of one code point at s; 0 when refused (full, a space
 * first or doubled, not printable). */
static int add_char(ui_kiosk *k, const char *s, size_t n)
{
    size_t len = strlen(k->nickname);
    if (nick_length(k->nickname) >= NICK_MAX || len + n >= sizeof k->nickname) return 0;
    if (s[0] == ' ' && (len == 0 || k->nickname[len - 1] == ' ')) return 0;
    if (!printable(s, n)) return 0;
    memcpy(k->nickname + len, s, n);
    k->nickname[len + n] = '\0';
    return 1;
}

/* Types text: each printable character while there is room, Latin letters
 * in upper case as the keys show them. 1 if the name changed. */
static int type_text(ui_kiosk *k, const char *text)
{
    int changed = 0;
    size_t len = strlen(text);
    for (size_t pos = 0; pos < len;) {
        uint32_t cp;
        size_t n = utf8_decode(text + pos, len - pos, &cp);
        char c[4];
        memcpy(c, text + pos, n);
        pos += n;
        if (cp == 0xFFFDu && n == 1) continue;   /* not UTF-8 */
        if (cp >= 'a' && cp <= 'z') c[0] = (char)(cp - 'a' + 'A');
        changed |= add_char(k, c, n);
    }
    if (changed) k->nick_message = NULL;
    return changed;
}

/* Takes off the last whole character; 1 if there was one. */
static int erase(ui_kiosk *k)
{
    size_t n = strlen(k->nickname);
    if (n == 0) return 0;
    while (n > 0 && ((unsigned char)k->nickname[n - 1] & 0xC0) == 0x80) n--;
    if (n > 0) n--;
    k->nickname[n] = '\0';
    k->nick_message = NULL;
    return 1;
}

/* OK: 1 when the name may go on the board; else the field stays as it was
 * typed and the message says what to do. Spaces at the ends are dropped. */
static int accept(ui_kiosk *k)
{
    char name[KIOSK_NICK_BYTES];
    const char *s = k->nickname;
    while (*s == ' ') s++;
    size_t n = strlen(s);
    while (n > 0 && s[n - 1] == ' ') n--;
    memcpy(name, s, n);
    name[n] = '\0';
    if (n == 0) {
        k->nick_message = "nick.empty";
        return 0;
    }
    /* The filter's own checks first: a name of only symbols or marks (ー
     * alone, say) is not a name, whatever the host's list says. */
    if (!name_filter_ok(name, NULL, 0) || !k->host->name_ok(k->host->ctx, name)) {
        k->nick_message = "nick.refused";
        return 0;
    }
    memcpy(k->nickname, name, n + 1);
    k->nick_message = NULL;
    return 1;
}

/* ---- Moving over the keys ------------------------------------------------------ */

static int center_x(ui_rect r) { return r.x + r.w / 2; }

/* Left and right within the focused element's row, round at the ends. */
static int move_across(const ui_app *app, int f, int dir)
{
    const ui_rect r = app->els.el[f].rect;
    int next = -1, wrap = -1;
    for (int i = 0; i < app->els.n; i++) {
        ui_rect e = app->els.el[i].rect;
        if (i == f || e.y != r.y) continue;
        int ahead = dir > 0 ? e.x > r.x : e.x < r.x;
        if (ahead && (next < 0 || (dir > 0) == (e.x < app->els.el[next].rect.x))) next = i;
        /* The wrap goes to the far end: the least x going right, the most going left. */
        if (wrap < 0 || (dir > 0) == (e.x < app->els.el[wrap].rect.x)) wrap = i;
    }
    return next >= 0 ? next : wrap;
}

/* Up and down: the nearest row above or below, at the element whose centre
 * is nearest the focused one's (the left one of two as near); -1 at the
 * top row and below the buttons. */
static int move_between(const ui_app *app, int f, int dir)
{
    const ui_rect r = app->els.el[f].rect;
    int row = -1;
    for (int i = 0; i < app->els.n; i++) {
        int y = app->els.el[i].rect.y;
        if ((dir > 0 ? y > r.y : y < r.y) && (row < 0 || (dir > 0 ? y < row : y > row))) row = y;
    }
    if (row < 0) return -1;
    int best = -1, best_d = 0;
    for (int i = 0; i < app->els.n; i++) {
        ui_rect e = app->els.el[i].rect;
        if (e.y != row) continue;
        int d = abs(center_x(e) - center_x(r));
        if (best < 0 || d < best_d || (d == best_d && e.x < app->els.el[best].rect.x)) {
            best = i;
            best_d = d;
        }
    }
    return best;
}

static int arrow(ui_app *app, action_type t)
{
    int f = app->focus;
    if (f < 0) {
        f = app_find_element(app, "nick.key.1");
        app_set_focus(app, f);
        return f >= 0;
    }
    int to = t == ACT_LEFT || t == ACT_RIGHT ? move_across(app, f, t == ACT_RIGHT ? 1 : -1)
                                             : move_between(app, f, t == ACT_DOWN ? 1 : -1);
    if (to < 0 || to == f) return 0;
    app_set_focus(app, to);
    return 1;
}

/* The other page (Japanese only); focus goes to whatever is now nearest
 * where it was, so a gamepad's cursor stays in place. */
static int switch_page(ui_app *app)
{
    if (!nick_japanese(app)) return 0;
    int cx = 0, cy = 0, had = app->focus >= 0;
    if (had) {
        ui_rect r = app->els.el[app->focus].rect;
        cx = center_x(r);
        cy = r.y + r.h / 2;
    }
    app->kiosk->kana = !app->kiosk->kana;
    app_layout(app, NULL);
    if (!had) return 1;
    int best = -1;
    long best_d = 0;
    for (int i = 0; i < app->els.n; i++) {
        ui_rect e = app->els.el[i].rect;
        long dx = center_x(e) - cx, dy = e.y + e.h / 2 - cy, d = dx * dx + dy * dy;
        if (best < 0 || d < best_d) { best = i; best_d = d; }
    }
    app_set_focus(app, best);
    return 1;
}

/* ---- What the kiosk calls ---------------------------------------------------------- */

void nickname_open(ui_app *app)
{
    ui_kiosk *k = app->kiosk;
    k->nickname[0] = '\0';
    k->nick_message = NULL;
    k->kana = nick_japanese(app);   /* a Japanese visitor starts on the kana */
}

int nickname_handle(ui_app *app, const action *a)
{
    ui_kiosk *k = app->kiosk;
    switch (a->type) {
    case ACT_UP: case ACT_DOWN: case ACT_LEFT: case ACT_RIGHT:
        return arrow(app, a->type);
    case ACT_BACK: case ACT_ERASE:
        return erase(k);
    case ACT_CONFIRM:
        kiosk_activate(app, "nick.ok");   /* the kiosk puts an accepted name on the board */
        return 1;
    case ACT_TOGGLE:
        /* A pad's X switches the page; a keyboard's Space arrives as text. */
        return a->device == DEV_GAMEPAD ? switch_page(app) : 0;
    case ACT_TEXT:
        /* A physical keyboard: Enter should then mean OK, not the key
         * that happens to have focus. */
        if (!type_text(k, a->text)) return 0;
        app_set_focus(app, app_find_element(app, "nick.ok"));
        return 1;
    case ACT_SCROLL:
        return 0;
    default:
        return -1;
    }
}

int nickname_activate(ui_app *app, const char *id)
{
    ui_kiosk *k = app->kiosk;
    if (strncmp(id, "nick.key.", 9) == 0) {
        const char *text = nick_key_text(app, strtol(id + 9, NULL, 10));
        if (text) type_text(k, text);
    } else if (strcmp(id, "nick.erase") == 0) {
        erase(k);
    } else if (strcmp(id, "nick.page") == 0) {
        switch_page(app);
    } else if (strcmp(id, "nick.ok") == 0) {
        return accept(k);
    }
    return 0;
}
