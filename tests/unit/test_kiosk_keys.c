/* The kiosk's nickname screen and its on-screen keyboard, without a
 * window: typing by keys (select, touch), by arrows over the key grid and
 * by a physical keyboard; the 12-character limit, kana included; erasing;
 * the kana page only in Japanese; OK refusing an empty name and a filtered
 * one and putting a good one on the board; the keys inside the window and
 * apart at 800x600 and 1920x1080, every text inside its box, no string
 * missing. Then the same screens with the real fonts, each frame checked
 * the same way and saved as a PNG (in $KIOSK_SHOTS, else the build's
 * tests/artefacts/kiosk_keys). */
#include "check.h"
#include "fake_input.h"
#include "fake_measure.h"
#include "platform/platform.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- A fake world ------------------------------------------------------------ */


static ui_app *app;
static locale *locs[2];   /* en, ja */
static double clock_s;
static double host_now(void *ctx) { (void)ctx; return clock_s; }
static void host_lang(void *ctx, const char *lang)
{
    (void)ctx;
    ui_app_set_locale(app, locs[strcmp(lang, "ja") == 0]);
}

/* The board: what was added last, and how often. */
static leaderboard_entry added;
static int adds;
static int board_add(void *ctx, const leaderboard_entry *e, uint64_t *id, char *err, size_t n)
{
    (void)ctx; (void)err; (void)n;
    added = *e;
    *id = (uint64_t)++adds;
    return 0;
}
static size_t board(void *ctx, uint64_t mine, const leaderboard_entry **out, size_t max,
                    size_t *rank, size_t *total, const leaderboard_entry **own)
{
    (void)ctx; (void)mine; (void)out; (void)max;
    *rank = *total = 0;
    *own = NULL;
    return 0;
}
static int board_reset(void *ctx, char *err, size_t n) { (void)ctx; (void)err; (void)n; return 0; }
/* The filter refuses any name with BAD in it. */
static int name_ok(void *ctx, const char *nick) { (void)ctx; return strstr(nick, "BAD") == NULL; }
static int pin_check(void *ctx, const char *pin) { (void)ctx; (void)pin; return 0; }
static void stats(void *ctx, kiosk_stats *out) { (void)ctx; memset(out, 0, sizeof *out); }
static int export_results(void *ctx, char *out, size_t n) { (void)ctx; snprintf(out, n, "-"); return -1; }

static bd_text title;
static ui_kiosk_scenario scenario = { .path = "x.lua", .id = "quick", .title = &title };

/* ---- Driving it -------------------------------------------------------------- */

static int press(action_type t) { action a = input_act(t, DEV_KEYBOARD); return ui_app_handle(app, &a); }
static int pad(action_type t) { action a = input_act(t, DEV_GAMEPAD); return ui_app_handle(app, &a); }
static int type(const char *s)
{
    action a = input_act(ACT_TEXT, DEV_KEYBOARD);
    snprintf(a.text, sizeof a.text, "%s", s);
    return ui_app_handle(app, &a);
}
static const char *focus(void) { return ui_app_focus_id(app); }
static const char *name(void) { return app->kiosk->nickname; }
static size_t cps(const char *s)
{
    size_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static void tap(const char *id) { CHECK(input_tap(app, id) == 0); }

/* A round just ended: the nickname screen in lang, as kiosk.c opens it. */
static void open_screen(const char *lang)
{
    host_lang(NULL, lang);
    app->kiosk->scenario = 0;
    app->kiosk->score = 80;
    nickname_open(app);
    app_go(app, SCREEN_NICKNAME, "nick.key.1");
}

static ui_rect rect_of(const char *id)
{
    ui_rect r = { -1, -1, 0, 0 };
    CHECK(ui_app_element_rect(app, id, &r) == 0);
    return r;
}

static int count_keys(void)
{
    app_layout(app, NULL);
    int n = 0;
    for (int i = 0; i < app->els.n; i++) n += strncmp(app->els.el[i].id, "nick.key.", 9) == 0;
    return n;
}

/* 1 if a text command of the frame is exactly s. */
static int drawn(const draw_list *dl, const char *s)
{
    for (size_t i = 0; i < dl->count; i++)
        if (dl->cmds[i].kind == DRAW_TEXT && strcmp(draw_cmd_text(dl, &dl->cmds[i]), s) == 0) return 1;
    return 0;
}

/* ---- What every frame must be --------------------------------------------------- */

static int inside(ui_rect r, ui_rect c)
{
    return r.x >= c.x && r.y >= c.y && r.x + r.w <= c.x + c.w && r.y + r.h <= c.y + c.h;
}
static int overlap(ui_rect a, ui_rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/* The screen as drawn now, at w x h: every element inside the window, no
 * two overlapping, the keys large enough for a finger and out of the
 * staff's corner; every text inside the window and its box, no two texts
 * overlapping. Returns how many problems it printed. */
static int check_frame(draw_list *dl, const char *what)
{
    int bad = 0, w = app->w, h = app->h;
    ui_rect win = { 0, 0, w, h };
    ui_app_draw(app, dl);
    int corner = (int)(72.0f * app->ctx.scale);
    /* A finger: about 9 mm, some 34 px on a 15" 800x600 screen. */
    int finger = w >= 1920 ? 60 : 34;
    for (int i = 0; i < app->els.n; i++) {
        const ui_element *e = &app->els.el[i];
        if (!inside(e->rect, win) || e->rect.w < finger || e->rect.h < finger ||
            overlap(e->rect, (ui_rect){ 0, 0, corner, corner })) {
            fprintf(stderr, "%s: %s at %d,%d %dx%d\n", what, e->id, e->rect.x, e->rect.y, e->rect.w,
                    e->rect.h);
            bad++;
        }
        for (int j = i + 1; j < app->els.n; j++)
            if (overlap(e->rect, app->els.el[j].rect)) {
                fprintf(stderr, "%s: %s overlaps %s\n", what, e->id, app->els.el[j].id);
                bad++;
            }
    }
    for (size_t i = 0; i < dl->count; i++) {
        const draw_cmd *c = &dl->cmds[i];
        if (!inside(c->rect, win) && c->kind != DRAW_OUTLINE) {
            fprintf(stderr, "%s: command %zu leaves the window\n", what, i);
            bad++;
        }
        if (c->kind != DRAW_TEXT) continue;
        if (c->box.w > 0 && !inside(c->rect, c->box)) {
            fprintf(stderr, "%s: \"%s\" (%dx%d) does not fit its box (%dx%d)\n", what,
                    draw_cmd_text(dl, c), c->rect.w, c->rect.h, c->box.w, c->box.h);
            bad++;
        }
        for (size_t j = i + 1; j < dl->count; j++)
            if (dl->cmds[j].kind == DRAW_TEXT && overlap(c->rect, dl->cmds[j].rect)) {
                fprintf(stderr, "%s: \"%s\" overlaps \"%s\"\n", what, draw_cmd_text(dl, c),
                        draw_cmd_text(dl, &dl->cmds[j]));
                bad++;
            }
    }
    CHECK_INT(bad, 0);
    return bad;
}

static const int SIZES[][2] = { { 800, 600 }, { 1920, 1080 } };

/* Every page at both sizes and every text size, with the field full of
 * the widest characters and a refusal showing. */
static void check_everywhere(draw_list *dl, config *cfg, void (*shot)(draw_list *, const char *))
{
    static const char *const pages[][2] = { { "en", "latin" }, { "ja", "kana" }, { "ja", "latin" } };
    for (int s = 0; s < 2; s++)
        for (int t = 0; t < 3; t++)
            for (int p = 0; p < 3; p++) {
                cfg->text_size = t;
                ui_app_resize(app, SIZES[s][0], SIZES[s][1], 1.0f);
                open_screen(pages[p][0]);
                if (strcmp(pages[p][1], "latin") == 0 && app->kiosk->kana) tap("nick.page");
                char what[96];
                snprintf(what, sizeof what, "%dx%d %s %s page, text size %d", SIZES[s][0],
                         SIZES[s][1], pages[p][0], pages[p][1], t);
                check_frame(dl, what);
                if (shot && t == 1) shot(dl, what);
                type(p == 1 ? "ヴヴヴヴヴヴヴヴヴヴ" : "WWWWWWWWWWWW");   /* ヴ: typed, not a key */
                if (p == 1) type("ヴヴ");
                CHECK_INT(cps(name()), 12);
                app->kiosk->nick_message = "nick.refused";
                strcat(what, ", full");
                check_frame(dl, what);
                if (shot && t >= 1) shot(dl, what);
            }
    cfg->text_size = 1;
    ui_app_resize(app, 1280, 720, 1.0f);
}

/* ---- Screenshots with the real fonts ------------------------------------------------- */

static text_system *fonts;
static platform *plat;
static int plat_w, plat_h;
static char shot_dir[4096];
static int n_shots;

/* platform_close ends SDL_ttf; the fonts outlive each window, so the test
 * holds a TTF_Init of its own and balances the window's here. */
static void close_window(void)
{
    if (!plat) return;
    text_cache_flush(fonts);   /* its textures belong to this renderer */
    TTF_Init();
    platform_close(plat);
    plat = NULL;
}

static void shot(draw_list *dl, const char *what)
{
    char err[BD_ERR_LEN];
    if (!plat || plat_w != app->w || plat_h != app->h) {
        close_window();
        window_options wo = { .renderer = RENDERER_SOFTWARE, .width = app->w, .height = app->h,
                              .title = "test_kiosk_keys" };
        plat = platform_open(&wo, err, sizeof err);
        CHECK(plat != NULL);
        if (!plat) { fprintf(stderr, "no window: %s\n", err); return; }
        plat_w = app->w;
        plat_h = app->h;
    }
    char path[4096 + 160], file[128];
    snprintf(file, sizeof file, "%02d %s", ++n_shots, what);
    for (char *c = file; *c; c++)
        if (*c == ' ' || *c == ',') *c = '-';
    snprintf(path, sizeof path, "%s/%s.png", shot_dir, file);
    platform_draw(plat, fonts, dl, ui_app_background(app));
    CHECK(platform_screenshot(plat, path, err, sizeof err) == 0);
}

/* ---- The tests ---------------------------------------------------------------------- */

static void test_latin_keys(void)
{
    open_screen("en");
    CHECK_STR(ui_screen_name(ui_app_screen(app)), ui_screen_name(SCREEN_NICKNAME));
    CHECK_INT(count_keys(), 36);
    CHECK(app_find_element(app, "nick.page") < 0);   /* no kana in English */
    app->kiosk->kana = 1;                              /* not even when asked for */
    CHECK_INT(count_keys(), 36);

    /* Select types the focused key; arrows move across, round at the ends. */
    CHECK_STR(focus(), "nick.key.1");
    pad(ACT_SELECT);
    CHECK_STR(name(), "A");
    pad(ACT_RIGHT);
    CHECK_STR(focus(), "nick.key.2");
    pad(ACT_SELECT);
    CHECK_STR(name(), "AB");
    pad(ACT_LEFT);
    pad(ACT_LEFT);
    CHECK_STR(focus(), "nick.key.13");   /* M, the row's far end */
    pad(ACT_RIGHT);
    CHECK_STR(focus(), "nick.key.1");
    CHECK_INT(pad(ACT_UP), 0);          /* the top row: nowhere to go */
    CHECK_STR(focus(), "nick.key.1");

    /* Down keeps the column: A, N, then the digits' row (centred under the
     * letters: 0 is nearest N), then the buttons, and back up. */
    pad(ACT_RIGHT);
    pad(ACT_RIGHT);
    pad(ACT_DOWN);
    CHECK_STR(focus(), "nick.key.16");   /* C -> P */
    pad(ACT_SELECT);
    CHECK_STR(name(), "ABP");
    pad(ACT_DOWN);
    ui_rect p = rect_of("nick.key.16"), d = rect_of(focus());
    CHECK(strncmp(focus(), "nick.key.", 9) == 0 && atoi(focus() + 9) >= 27);
    CHECK(abs((d.x + d.w / 2) - (p.x + p.w / 2)) <= d.w);
    pad(ACT_SELECT);
    CHECK(name()[3] == '0' || name()[3] == '1');
    pad(ACT_DOWN);
    CHECK_STR(focus(), "nick.erase");
    CHECK_INT(pad(ACT_DOWN), 0);         /* the buttons are the last row */
    pad(ACT_RIGHT);
    CHECK_STR(focus(), "nick.ok");
    pad(ACT_RIGHT);
    CHECK_STR(focus(), "nick.skip");
    pad(ACT_RIGHT);
    CHECK_STR(focus(), "nick.erase");    /* round */
    pad(ACT_LEFT);
    CHECK_STR(focus(), "nick.skip");
    pad(ACT_UP);
    CHECK_STR(focus(), "nick.key.36");   /* 9, above Skip */
    pad(ACT_DOWN);
    pad(ACT_LEFT);
    pad(ACT_LEFT);
    pad(ACT_UP);
    d = rect_of(focus());
    ui_rect e = rect_of("nick.erase");
    CHECK(d.x < e.x + e.w);               /* back over the Erase button */
    CHECK(atoi(focus() + 9) >= 27);

    /* Erase: the button, the pad's B (Esc), Backspace; nothing when empty. */
    tap("nick.erase");
    CHECK_STR(name(), "ABP");
    CHECK_INT(pad(ACT_BACK), 1);
    CHECK_STR(name(), "AB");
    CHECK_INT(press(ACT_ERASE), 1);
    press(ACT_ERASE);
    CHECK_STR(name(), "");
    CHECK_INT(pad(ACT_BACK), 0);
    CHECK_INT(press(ACT_ERASE), 0);
    CHECK_STR(ui_screen_name(ui_app_screen(app)), ui_screen_name(SCREEN_NICKNAME));

    /* Touch types the key tapped. */
    tap("nick.key.26");
    tap("nick.key.27");
    CHECK_STR(name(), "Z0");
}

static void test_typing(void)
{
    open_screen("en");
    /* A keyboard: letters upper case, what is printable, no space first or
     * twice; Enter then means OK. */
    type(" bob");
    CHECK_STR(name(), "BOB");
    CHECK_STR(focus(), "nick.ok");
    type("  x\x01\x7f");
    type("\xe2\x80\x8b" "7");   /* a zero-width space, then 7 */
    CHECK_STR(name(), "BOB X7");
    CHECK_INT(type("\x01"), 0);     /* nothing changed */
    CHECK_INT(type("\xff"), 0);     /* not UTF-8 */
    /* Space is a character on a keyboard, not the pad's page switch. */
    CHECK_INT(press(ACT_TOGGLE), 0);
    type("-ab.cdefgh");
    CHECK_STR(name(), "BOB X7-AB.CD");   /* 12: the rest is refused quietly */
    CHECK_INT(type("Q"), 0);
    CHECK_INT(cps(name()), 12);
    pad(ACT_DOWN);   /* nothing below the buttons */
    tap("nick.key.1");
    CHECK_STR(name(), "BOB X7-AB.CD");

    /* Four-byte characters: 12 of them fill the field's bytes exactly. */
    open_screen("en");
    for (int i = 0; i < 14; i++) type("\xf0\x9f\x90\x9f");
    CHECK_INT(cps(name()), 12);
    CHECK_INT(strlen(name()), 48);
}

static void test_kana(void)
{
    open_screen("ja");
    CHECK_INT(app->kiosk->kana, 1);         /* Japanese opens on the kana */
    CHECK_INT(count_keys(), 76);
    CHECK(app_find_element(app, "nick.page") >= 0);
    pad(ACT_SELECT);
    CHECK_STR(name(), "ア");
    /* Across the row: ア..オ ハ..ホ ガ..ゴ ー. */
    for (int i = 0; i < 15; i++) pad(ACT_RIGHT);
    pad(ACT_SELECT);
    CHECK_STR(name(), "アー");
    pad(ACT_RIGHT);
    CHECK_STR(focus(), "nick.key.1");      /* round */
    /* Down the first column: ア カ サ タ ナ, then the buttons. */
    for (int i = 0; i < 4; i++) pad(ACT_DOWN);
    pad(ACT_SELECT);
    CHECK_STR(name(), "アーナ");
    pad(ACT_DOWN);
    CHECK_STR(focus(), "nick.erase");
    /* Up from the buttons lands on the last row; round it to ョ, the
     * small kana's column, then up it and left past the gaps of ヤ's row. */
    pad(ACT_UP);
    CHECK(atoi(focus() + 9) >= 63);
    for (int i = 0; i < 14 && strcmp(focus(), "nick.key.63") != 0; i++) pad(ACT_LEFT);
    CHECK_STR(focus(), "nick.key.63");      /* ナ */
    pad(ACT_LEFT);
    CHECK_STR(focus(), "nick.key.76");
    pad(ACT_SELECT);
    CHECK_STR(name(), "アーナョ");
    pad(ACT_UP);
    pad(ACT_UP);
    pad(ACT_LEFT);
    pad(ACT_SELECT);                         /* ド, the ダ row's end */
    pad(ACT_LEFT);
    pad(ACT_LEFT);
    pad(ACT_LEFT);
    pad(ACT_LEFT);
    pad(ACT_LEFT);
    pad(ACT_SELECT);                         /* left of ダ: ヨ, over the gap */
    CHECK_STR(name(), "アーナョドヨ");

    /* Twelve at most: 6 more, then no more. */
    for (int i = 0; i < 8; i++) pad(ACT_SELECT);
    CHECK_STR(name(), "アーナョドヨヨヨヨヨヨヨ");
    CHECK_INT(cps(name()), 12);
    CHECK_INT(pad(ACT_BACK), 1);
    CHECK_STR(name(), "アーナョドヨヨヨヨヨヨ");

    /* The page button and the pad's X switch pages; a keyboard's Space does
     * not. The page button stays put whichever page shows. */
    ui_rect before = rect_of("nick.page");
    tap("nick.page");
    CHECK_INT(app->kiosk->kana, 0);
    CHECK_INT(count_keys(), 36);
    CHECK_STR(focus(), "nick.page");
    ui_rect after = rect_of("nick.page");
    CHECK(before.x == after.x && before.y == after.y);
    tap("nick.key.1");
    CHECK_STR(name(), "アーナョドヨヨヨヨヨヨA");
    press(ACT_TOGGLE);
    CHECK_INT(app->kiosk->kana, 0);
    CHECK_INT(pad(ACT_TOGGLE), 1);
    CHECK_INT(app->kiosk->kana, 1);
    /* The key nearest where focus was: ア or カ, the first column. */
    CHECK(strcmp(focus(), "nick.key.1") == 0 || strcmp(focus(), "nick.key.17") == 0);
    pad(ACT_TOGGLE);
    CHECK_INT(app->kiosk->kana, 0);

    /* In English the pad's X does nothing. */
    open_screen("en");
    CHECK_INT(pad(ACT_TOGGLE), 0);
    CHECK_INT(app->kiosk->kana, 0);
}

static void test_ok(draw_list *dl)
{
    /* Empty: refused, with a word why. */
    open_screen("en");
    adds = 0;
    CHECK_INT(nickname_activate(app, "nick.ok"), 0);
    CHECK_STR(app->kiosk->nick_message, "nick.empty");
    ui_app_draw(app, dl);
    CHECK(drawn(dl, "Type a nickname first"));
    CHECK(drawn(dl, "Your nickname for the leaderboard"));
    CHECK(drawn(dl, "Only your nickname is kept."));
    CHECK(drawn(dl, "0/12"));
    type("  ");                                   /* spaces alone are nothing */
    pad(ACT_CONFIRM);
    CHECK_INT(adds, 0);
    CHECK_STR(app->kiosk->nick_message, "nick.empty");

    /* The filter refuses: the name stays to be edited, the message says so
     * politely, nothing reaches the board. Editing clears the message. */
    type("BADGER");
    CHECK(app->kiosk->nick_message == NULL);
    pad(ACT_CONFIRM);
    CHECK_INT(adds, 0);
    CHECK_STR(ui_screen_name(ui_app_screen(app)), ui_screen_name(SCREEN_NICKNAME));
    CHECK_STR(name(), "BADGER");
    CHECK_STR(app->kiosk->nick_message, "nick.refused");
    ui_app_draw(app, dl);
    CHECK(drawn(dl, "Please choose another nickname"));
    CHECK(drawn(dl, "BADGER"));
    CHECK(drawn(dl, "6/12"));
    for (int i = 0; i < 6; i++) pad(ACT_BACK);
    CHECK(app->kiosk->nick_message == NULL);

    /* Not a name at all (only marks), whatever the host's filter says. */
    open_screen("ja");
    pad(ACT_LEFT);                                /* ー, round from ア */
    pad(ACT_SELECT);
    pad(ACT_SELECT);
    CHECK_STR(name(), "ーー");
    CHECK_INT(nickname_activate(app, "nick.ok"), 0);
    CHECK_STR(app->kiosk->nick_message, "nick.refused");
    ui_app_draw(app, dl);
    CHECK(drawn(dl, "別のニックネームにしてください"));

    /* A good name: on the board with the round's score, then the board. */
    open_screen("en");
    type("ace ");
    tap("nick.ok");
    CHECK_INT(adds, 1);
    CHECK_STR(added.nickname, "ACE");   /* the space at the end dropped */
    CHECK_STR(added.scenario, "quick");
    CHECK_INT(added.score, 80);
    CHECK_STR(ui_screen_name(ui_app_screen(app)), ui_screen_name(SCREEN_BOARD));

    /* Start (Ctrl+Enter) is OK wherever focus is. */
    open_screen("ja");
    pad(ACT_SELECT);
    pad(ACT_DOWN);
    pad(ACT_SELECT);
    pad(ACT_CONFIRM);
    CHECK_INT(adds, 2);
    CHECK_STR(added.nickname, "アカ");
    CHECK_STR(ui_screen_name(ui_app_screen(app)), ui_screen_name(SCREEN_BOARD));

    /* Skip: no board entry. */
    open_screen("en");
    type("X");
    tap("nick.skip");
    CHECK_INT(adds, 2);
    CHECK_STR(ui_screen_name(ui_app_screen(app)), ui_screen_name(SCREEN_BOARD));
}

int main(void)
{
    char err[BD_ERR_LEN];
    for (int l = 0; l < 2; l++) {
        locs[l] = locale_load(BD_SOURCE_DIR, l ? "ja" : "en", err, sizeof err);
        CHECK(locs[l] != NULL);
    }
    if (!locs[0] || !locs[1]) return check_done();
    ui_measure fake = { fake_width, fake_height, NULL };
    config cfg;
    config_defaults(&cfg);
    kiosk_config kcfg;
    kiosk_config_defaults(&kcfg);
    kcfg.language[0] = '\0';   /* the attract screen keeps the language the test sets */
    ui_host host = { .set_language = host_lang, .now = host_now, .mode = "kiosk" };
    ui_kiosk_host kh = { .cfg = &kcfg, .scenarios = &scenario, .n_scenarios = 1,
                         .board = board, .board_add = board_add, .board_reset = board_reset,
                         .name_ok = name_ok, .pin_check = pin_check, .stats = stats,
                         .export_results = export_results };
    draw_list dl = { 0 };

    app = ui_app_new(locs[0], &fake, &cfg, &host);
    ui_app_kiosk(app, &kh);
    CHECK_STR(ui_screen_name(ui_app_screen(app)), ui_screen_name(SCREEN_ATTRACT));
    ui_app_resize(app, 1280, 720, 1.0f);
    test_latin_keys();
    test_typing();
    test_kana();
    test_ok(&dl);
    check_everywhere(&dl, &cfg, NULL);
    ui_app_free(app);

    /* The real fonts: the same frames measured as they will be drawn. */
    font_files ff;
    if (fonts_find(&ff, err, sizeof err) != 0) {
        fprintf(stderr, "fonts_find: %s\n", err);
        CHECK(0);
    } else {
        CHECK_INT(TTF_Init(), 0);
        fonts = text_system_open(&ff, err, sizeof err);
        CHECK(fonts != NULL);
        const char *dir = getenv("KIOSK_SHOTS");
        snprintf(shot_dir, sizeof shot_dir, "%s", dir && dir[0] ? dir : BD_TEST_TMP "/../artefacts/kiosk_keys");
        CHECK(dir_make_all(shot_dir, err, sizeof err) == 0);
        if (fonts) {
            ui_measure real = text_measurer(fonts);
            app = ui_app_new(locs[0], &real, &cfg, &host);
            ui_app_kiosk(app, &kh);
            check_everywhere(&dl, &cfg, shot);
            ui_app_free(app);
            close_window();
            text_system_close(fonts);
            printf("%d screenshots in %s\n", n_shots, shot_dir);
        }
        TTF_Quit();
    }

    for (int l = 0; l < 2; l++) {
        const char *first = NULL;
        size_t missing = locale_missing(locs[l], &first);
        if (missing) fprintf(stderr, "%s: missing string '%s'\n", l ? "ja" : "en", first ? first : "?");
        CHECK_INT(missing, 0);
        locale_free(locs[l]);
    }
    draw_list_free(&dl);
    return check_done();
}
