/* test_kiosk_staff — the staff PIN pad and the staff screen, driven as
 * staff would on a clock the test moves: the hidden chord opens the pad;
 * the right PIN by taps reaches the staff screen, a wrong one stays with a
 * message; after three wrong ones a try within the wait is refused without
 * asking the host and allowed after it; digits typed on a keyboard, erase,
 * arrows moving on the keypad's grid in two dimensions. The staff screen
 * shows the day's figures, the outcome of an export, asks twice before
 * emptying the board, and leaves kiosk mode.
 *
 * Every text drawn must fit its box and the window, no two texts or
 * controls overlap, no control sits in the corner where the staff gesture
 * starts: at 800x600, 1280x720 and 1920x1080, in English and Japanese, at
 * every text size, measured by a fake and by the real fonts. Pictures of
 * both screens go to tests/artefacts/kiosk_staff/ in the build folder. */
#include "check.h"
#include "fake_input.h"
#include "fake_measure.h"
#include "platform/platform.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <string.h>

#define ARTEFACTS BD_TEST_TMP "/../artefacts/kiosk_staff"
#define RIGHT_PIN "2468"

/* ---- The world the kiosk lives in ------------------------------------------ */


static double clock_now;
static double host_now(void *ctx) { (void)ctx; return clock_now; }

static ui_app *app;
static locale *locs[2];
static config cfg;
static void host_lang(void *ctx, const char *lang) { (void)ctx; ui_app_set_locale(app, locs[strcmp(lang, "ja") == 0]); }

static int pin_calls, reset_calls, export_calls, fail_export, fail_reset;
static int many_scenarios;   /* the day's figures: 0 a few, 1 a full table, 2 none */
static int fake_pin(void *ctx, const char *pin)
{
    (void)ctx;
    pin_calls++;
    return strcmp(pin, RIGHT_PIN) == 0;
}
static int fake_export(void *ctx, char *out, size_t n)
{
    (void)ctx;
    export_calls++;
    snprintf(out, n, "%s", fail_export ? "no export folder is set (export_dir in the kiosk config)"
                                       : "/media/usb/breachdrill-results-2026-01-02.jsonl");
    return fail_export ? -1 : 0;
}
static int fake_reset(void *ctx, char *err, size_t n)
{
    (void)ctx;
    reset_calls++;
    if (fail_reset) snprintf(err, n, "leaderboard.json: No space left on device");
    return fail_reset ? -1 : 0;
}
static size_t fake_board(void *ctx, uint64_t mine, const leaderboard_entry **out, size_t max,
                         size_t *rank, size_t *total, const leaderboard_entry **own)
{
    (void)ctx; (void)mine; (void)out; (void)max;
    *own = NULL;
    return *rank = *total = 0;
}
static int fake_name_ok(void *ctx, const char *name) { (void)ctx; (void)name; return 1; }

/* Today: 12 sessions, 9 completed; a scenario the kiosk offers (shown by
 * its title), one it no longer does (by its id). Or the table full of
 * long-titled scenarios, or nothing. */
static void fake_stats(void *ctx, kiosk_stats *out)
{
    (void)ctx;
    memset(out, 0, sizeof *out);
    if (many_scenarios == 2) return;
    if (many_scenarios) {
        for (int i = 0; i < KIOSK_MAX_SCENARIOS; i++) {
            kiosk_scenario_stats *p = &out->per[out->n_per++];
            snprintf(p->scenario, sizeof p->scenario, i % 2 ? "jaxa-2023-quick" : "unlisted-%02d", i);
            p->sessions = 100 + (size_t)i;
            p->completed = 99;
            p->mean_score = 99.0;
            out->sessions += p->sessions;
            out->completed += p->completed;
        }
        return;
    }
    out->sessions = 12;
    out->completed = 9;
    out->n_per = 2;
    out->per[0] = (kiosk_scenario_stats){ "jaxa-2023-quick", 9, 9, 81.4 };
    out->per[1] = (kiosk_scenario_stats){ "retired-scenario", 3, 0, 0 };
}

static bd_text jaxa_title = { "JAXA: a breach through the VPN, quick round",
                              "JAXA：VPN経由の侵入（短縮版）" };
static const ui_kiosk_scenario SCENARIOS[] = {
    { "/nowhere/jaxa-2023-quick.lua", "jaxa-2023-quick", &jaxa_title, NULL, NULL },
};
static kiosk_config kcfg;
static const ui_kiosk_host KHOST = {
    .cfg = &kcfg, .scenarios = SCENARIOS, .n_scenarios = 1, .board = fake_board,
    .board_reset = fake_reset, .name_ok = fake_name_ok, .pin_check = fake_pin,
    .stats = fake_stats, .export_results = fake_export,
};
static const ui_host HOST = { .set_language = host_lang, .now = host_now };

/* ---- Driving it ------------------------------------------------------------------ */

static int press(action_type t) { action a = { .type = t, .device = DEV_GAMEPAD }; return ui_app_handle(app, &a); }

static int type(const char *text)
{
    action a = { .type = ACT_TEXT, .device = DEV_KEYBOARD };
    snprintf(a.text, sizeof a.text, "%s", text);
    return ui_app_handle(app, &a);
}

static void tap(const char *id) { CHECK(input_tap(app, id) == 0); }

/* Taps each digit of pin, then OK. */
static void tap_pin(const char *pin)
{
    for (char id[] = "pin.digit.?"; *pin; pin++) {
        id[10] = *pin;
        tap(id);
    }
    tap("pin.ok");
}

static const char *screen(void) { return ui_screen_name(ui_app_screen(app)); }

/* The staff chord held for three seconds, as the loop would run it. */
static void open_pad(void)
{
    CHECK_STR(screen(), "attract");
    press(ACT_STAFF_DOWN);
    clock_now += 3.0;
    CHECK(ui_app_next_deadline(app) <= clock_now);
    ui_app_tick(app);
    press(ACT_STAFF_UP);
    CHECK_STR(screen(), "pin");
    CHECK_STR(ui_app_focus_id(app), "pin.digit.1");
    CHECK_STR(app->kiosk->pin, "");
}

/* s without its spaces, appended to out. */
static void squeeze(char *out, size_t n, const char *s, size_t len)
{
    size_t have = strlen(out);
    for (size_t i = 0; i < len && have + 1 < n; i++)
        if (s[i] != ' ') out[have++] = s[i];
    out[have] = '\0';
}

/* 1 if the frame now drawn shows needle: its texts are read in order with
 * the spaces left out, so a text wrapped onto several lines is found. */
static int shows(const char *needle)
{
    draw_list dl = { 0 };
    ui_app_draw(app, &dl);
    static char all[65536], want[1024];
    all[0] = want[0] = '\0';
    for (size_t i = 0; i < dl.count; i++)
        if (dl.cmds[i].kind == DRAW_TEXT)
            squeeze(all, sizeof all, draw_cmd_text(&dl, &dl.cmds[i]), dl.cmds[i].text_len);
    squeeze(want, sizeof want, needle, strlen(needle));
    draw_list_free(&dl);
    return strstr(all, want) != NULL;
}

/* ---- The PIN pad --------------------------------------------------------------------- */

static void pin_by_taps(void)
{
    open_pad();
    CHECK(shows("Staff PIN"));
    tap("pin.digit.2");
    tap("pin.digit.4");
    CHECK_STR(app->kiosk->pin, "24");
    /* Two dots under the heading, then the keys: never the digits. */
    CHECK(shows("Staff PIN \xE2\x97\x8F \xE2\x97\x8F 1 2 3"));
    tap("pin.erase");
    CHECK_STR(app->kiosk->pin, "2");
    tap_pin("468");
    CHECK_INT(pin_calls, 1);
    CHECK_STR(screen(), "staff");
    CHECK_STR(ui_app_focus_id(app), "staff.resume");
    CHECK_STR(app->kiosk->pin, "");   /* wiped after the try */
    tap("staff.resume");
    CHECK_STR(screen(), "attract");

    /* Cancel, and Esc, go back to the attract screen, the digits gone. */
    open_pad();
    tap("pin.digit.7");
    tap("pin.cancel");
    CHECK_STR(screen(), "attract");
    CHECK_STR(app->kiosk->pin, "");
    open_pad();
    tap("pin.digit.7");
    press(ACT_BACK);
    CHECK_STR(screen(), "attract");
    open_pad();
    CHECK_STR(app->kiosk->pin, "");
    /* OK with nothing typed is no try. */
    tap("pin.ok");
    CHECK_INT(pin_calls, 1);
    CHECK_STR(screen(), "pin");
    tap("pin.cancel");
}

static void wrong_pins(void)
{
    open_pad();
    int calls = pin_calls;
    tap_pin("1111");
    CHECK_STR(screen(), "pin");
    CHECK_INT(pin_calls, calls + 1);
    CHECK_STR(app->kiosk->pin, "");
    CHECK(shows("Wrong PIN"));
    CHECK(!shows("Wait"));
    tap_pin("1234");
    tap_pin("9999");
    CHECK_INT(pin_calls, calls + 3);
    /* The third wrong one starts a wait, shown in seconds. */
    CHECK(shows("Wrong PIN. Wait 5 s"));
    double due = ui_app_next_deadline(app);
    CHECK(due > clock_now && due <= clock_now + 1.0);
    clock_now += 2.0;
    CHECK_INT(ui_app_tick(app), 1);   /* redrawn: the countdown moved */
    CHECK(shows("Wait 3 s"));
    /* Within the wait, even the right PIN is not asked about. */
    tap_pin(RIGHT_PIN);
    CHECK_INT(pin_calls, calls + 3);
    CHECK_STR(screen(), "pin");
    CHECK_STR(app->kiosk->pin, "");
    CHECK(shows("Wait 3 s"));
    /* After it: asked, and the right PIN opens the staff screen. */
    clock_now += 5.0;
    CHECK(!shows("Wait"));
    tap_pin(RIGHT_PIN);
    CHECK_INT(pin_calls, calls + 4);
    CHECK_STR(screen(), "staff");
    CHECK_INT(app->kiosk->backoff.failures, 0);
    tap("staff.resume");

    /* A fourth wrong one after a wait starts a longer one, which
     * cancelling and coming back (3 s of chord) does not end. */
    open_pad();
    for (int i = 0; i < 3; i++) tap_pin("1357");
    clock_now += 5.0;
    tap_pin("1357");
    CHECK(shows("Wrong PIN. Wait 10 s"));
    calls = pin_calls;
    tap("pin.cancel");
    open_pad();
    CHECK(shows("Wait 7 s"));
    tap_pin(RIGHT_PIN);
    CHECK_INT(pin_calls, calls);
    CHECK_STR(screen(), "pin");
    clock_now += 7.0;
    tap_pin(RIGHT_PIN);
    CHECK_INT(pin_calls, calls + 1);
    CHECK_STR(screen(), "staff");
    tap("staff.resume");
}

/* A keyboard types digits and erases; Enter is OK. */
static void keyboard(void)
{
    open_pad();
    CHECK_INT(type("12"), 1);
    CHECK_INT(type("x"), 0);        /* not a digit: nothing changed */
    CHECK_STR(app->kiosk->pin, "12");
    CHECK_INT(press(ACT_ERASE), 1);
    CHECK_INT(press(ACT_ERASE), 1);
    CHECK_INT(press(ACT_ERASE), 0);   /* nothing left to erase */
    type("123456789");             /* eight digits at most */
    CHECK_STR(app->kiosk->pin, "12345678");
    CHECK_INT(type("0"), 0);
    for (int i = 0; i < 8; i++) press(ACT_ERASE);
    type("\xEF\xBC\x92\xEF\xBC\x94");   /* full-width 2 and 4, from an input method */
    type("68");
    CHECK_STR(app->kiosk->pin, RIGHT_PIN);
    int calls = pin_calls;
    press(ACT_CONFIRM);
    CHECK_INT(pin_calls, calls + 1);
    CHECK_STR(screen(), "staff");
    tap("staff.resume");
}

/* Arrows walk the 3 x 4 grid, Cancel under it; a pad enters the PIN. */
static void arrows(void)
{
    open_pad();
    static const struct { action_type a; const char *to; int rc; } walk[] = {
        { ACT_UP, "pin.digit.1", 0 },    { ACT_LEFT, "pin.digit.1", 0 },  { ACT_RIGHT, "pin.digit.2", 1 },
        { ACT_RIGHT, "pin.digit.3", 1 }, { ACT_RIGHT, "pin.digit.3", 0 }, { ACT_DOWN, "pin.digit.6", 1 },
        { ACT_DOWN, "pin.digit.9", 1 },  { ACT_DOWN, "pin.ok", 1 },       { ACT_LEFT, "pin.digit.0", 1 },
        { ACT_LEFT, "pin.erase", 1 },    { ACT_LEFT, "pin.erase", 0 },    { ACT_UP, "pin.digit.7", 1 },
        { ACT_RIGHT, "pin.digit.8", 1 }, { ACT_DOWN, "pin.digit.0", 1 },  { ACT_DOWN, "pin.cancel", 1 },
        { ACT_DOWN, "pin.cancel", 0 },   { ACT_LEFT, "pin.cancel", 0 },   { ACT_UP, "pin.digit.0", 1 },
        { ACT_UP, "pin.digit.8", 1 },    { ACT_UP, "pin.digit.5", 1 },    { ACT_UP, "pin.digit.2", 1 },
    };
    for (size_t i = 0; i < sizeof walk / sizeof walk[0]; i++) {
        CHECK_INT(press(walk[i].a), walk[i].rc);   /* 0: nothing changed at an edge */
        CHECK_STR(ui_app_focus_id(app), walk[i].to);
    }
    /* 2, 4, 6, 8 with the pad: A on each, then down to OK. */
    press(ACT_SELECT);                                   /* 2 */
    press(ACT_DOWN); press(ACT_LEFT); press(ACT_SELECT);  /* 4 */
    press(ACT_RIGHT); press(ACT_RIGHT); press(ACT_SELECT);   /* 6 */
    press(ACT_DOWN); press(ACT_LEFT); press(ACT_SELECT);  /* 8 */
    CHECK_STR(app->kiosk->pin, RIGHT_PIN);
    press(ACT_DOWN); press(ACT_RIGHT);
    CHECK_STR(ui_app_focus_id(app), "pin.ok");
    press(ACT_SELECT);
    CHECK_STR(screen(), "staff");
}

/* ---- The staff screen ------------------------------------------------------------------ */

static void staff(void)
{
    CHECK_STR(screen(), "staff");
    CHECK(shows("12 Sessions today 9 Completed 75% Completion rate"));
    CHECK(shows("JAXA: a breach through the VPN"));   /* by its title */
    CHECK(shows("retired-scenario"));                 /* no title: its id */
    CHECK(shows("81"));
    CHECK(shows("Mean score"));

    /* Arrows go down the column of buttons. */
    for (int i = 0; i < 2; i++) press(ACT_UP);
    CHECK_STR(ui_app_focus_id(app), "staff.export");

    tap("staff.export");
    CHECK_INT(export_calls, 1);
    CHECK(shows("Results exported to /media/usb/breachdrill-results-2026-01-02.jsonl"));
    fail_export = 1;
    tap("staff.export");
    CHECK(shows("Could not export the results: no export folder is set"));
    CHECK(!shows("Results exported"));
    fail_export = 0;

    /* Reset asks first; another button takes the question back. */
    tap("staff.reset");
    CHECK_INT(reset_calls, 0);
    CHECK(shows("Press again to empty the leaderboard"));
    tap("staff.export");
    CHECK(!shows("Press again"));
    CHECK(shows("Reset leaderboard"));
    tap("staff.reset");
    tap("staff.reset");
    CHECK_INT(reset_calls, 1);
    CHECK(shows("The leaderboard is empty now."));
    CHECK(shows("Reset leaderboard"));
    tap("staff.reset");
    CHECK_INT(reset_calls, 1);
    fail_reset = 1;
    tap("staff.reset");
    CHECK_INT(reset_calls, 2);
    CHECK(shows("Could not empty the leaderboard: leaderboard.json: No space left on device"));
    fail_reset = 0;

    /* Esc: the attract screen, not out of kiosk mode. */
    press(ACT_BACK);
    CHECK_STR(screen(), "attract");
    CHECK(!ui_app_wants_quit(app));
    open_pad();
    tap_pin(RIGHT_PIN);
    CHECK(app->kiosk->staff_message == NULL);   /* a fresh screen */
    tap("staff.leave");
    CHECK(ui_app_wants_quit(app));
}

/* ---- Fitting ------------------------------------------------------------------------- */

static int inside(ui_rect r, ui_rect c)
{
    return r.x >= c.x && r.y >= c.y && r.x + r.w <= c.x + c.w && r.y + r.h <= c.y + c.h;
}
static int overlap(ui_rect a, ui_rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

static const char *where;   /* the state being checked, for messages */

/* Texts fit their boxes and the window and do not overlap; controls lie
 * inside the window, apart, and out of the gesture's corner. */
static void check_fit(const draw_list *dl)
{
    ui_rect win = { 0, 0, app->w, app->h };
    int bad = 0;
    for (size_t i = 0; i < dl->count; i++) {
        const draw_cmd *c = &dl->cmds[i];
        if (c->kind != DRAW_TEXT) continue;
        const char *t = draw_cmd_text(dl, c);
        if (!inside(c->rect, win) || (c->box.w > 0 && !inside(c->rect, c->box)))
            bad += fprintf(stderr, "%s: \"%.60s\" at %d,%d %dx%d leaves its box or the window\n",
                           where, t, c->rect.x, c->rect.y, c->rect.w, c->rect.h) > 0;
        for (size_t j = i + 1; j < dl->count; j++)
            if (dl->cmds[j].kind == DRAW_TEXT && overlap(c->rect, dl->cmds[j].rect))
                bad += fprintf(stderr, "%s: \"%.40s\" overlaps \"%.40s\"\n", where, t,
                               draw_cmd_text(dl, &dl->cmds[j])) > 0;
    }
    int corner = ui_px(&app->ctx, 72);
    for (int i = 0; i < app->els.n; i++) {
        const ui_element *e = &app->els.el[i];
        if (!inside(e->rect, win) || overlap(e->rect, (ui_rect){ 0, 0, corner, corner }))
            bad += fprintf(stderr, "%s: %s at %d,%d %dx%d\n", where, e->id, e->rect.x, e->rect.y,
                           e->rect.w, e->rect.h) > 0;
        for (int j = i + 1; j < app->els.n; j++)
            if (overlap(e->rect, app->els.el[j].rect))
                bad += fprintf(stderr, "%s: %s overlaps %s\n", where, e->id, app->els.el[j].id) > 0;
    }
    CHECK_INT(bad, 0);
}

static const int SIZES[][2] = { { 800, 600 }, { 1280, 720 }, { 1920, 1080 } };

/* A state of a screen set up by hand. */
typedef struct { const char *name; void (*set)(void); } state;

static void st_pad_empty(void)
{
    app->kiosk->pin_message = NULL;
    app->kiosk->backoff = (pin_backoff){ 0, 0 };
}
static void st_pad_full(void)
{
    snprintf(app->kiosk->pin, sizeof app->kiosk->pin, "12345678");
    app->kiosk->pin_message = "pin.wrong";
    app->kiosk->backoff = (pin_backoff){ 9, clock_now + PIN_BACKOFF_MAX_S };
}
static void st_staff(void) { many_scenarios = 0; staff_open(app); }
static void st_staff_empty(void) { many_scenarios = 2; staff_open(app); }
static void st_staff_busy(void)
{
    many_scenarios = 1;
    staff_open(app);
    staff_activate(app, "staff.export");
    staff_activate(app, "staff.reset");
}

static const state STATES[] = {
    { "pin", st_pad_empty }, { "pin-locked", st_pad_full },
    { "staff", st_staff }, { "staff-busy", st_staff_busy }, { "staff-empty", st_staff_empty },
};
#define N_STATES (sizeof STATES / sizeof STATES[0])

/* The frame dl as a PNG named name, in a window of the app's size
 * (opened anew when the size changes). */
static void picture(platform **plat, text_system *ts, const draw_list *dl, const char *name)
{
    static int pw, ph;
    char path[512], err[BD_ERR_LEN];
    if (*plat && (pw != app->w || ph != app->h)) {
        TTF_Init();   /* platform_close's TTF_Quit: the fonts outlive the window */
        text_cache_flush(ts);
        platform_close(*plat);
        *plat = NULL;
    }
    window_options wo = { .renderer = RENDERER_SOFTWARE, .width = app->w, .height = app->h,
                          .title = "test_kiosk_staff" };
    if (!*plat && (*plat = platform_open(&wo, err, sizeof err)) == NULL) {
        fprintf(stderr, "no window: %s\n", err);
        CHECK(0);
        return;
    }
    pw = app->w;
    ph = app->h;
    platform_draw(*plat, ts, dl, ui_app_background(app));
    snprintf(path, sizeof path, "%s/%s.png", ARTEFACTS, name);
    CHECK(platform_screenshot(*plat, path, err, sizeof err) == 0);
}

/* Every state in every combination, measured by m; pictures of some with
 * plat (NULL: none). */
static void fit_everywhere(ui_measure *m, text_system *ts, platform **plat)
{
    const ui_measure *saved = app->measure;
    app->measure = m;
    draw_list dl = { 0 };
    char name[256];
    for (size_t s = 0; s < N_STATES; s++)
        for (int z = 0; z < 3; z++)
            for (int l = 0; l < 2; l++)
                for (int t = 0; t <= 2; t++) {
                    ui_app_set_locale(app, locs[l]);
                    cfg.text_size = t;
                    ui_app_resize(app, SIZES[z][0], SIZES[z][1], 1.0f);
                    app->screen = strncmp(STATES[s].name, "pin", 3) == 0 ? SCREEN_PIN : SCREEN_STAFF;
                    snprintf(app->focus_id, sizeof app->focus_id, "%s",
                             app->screen == SCREEN_PIN ? "pin.digit.5" : "staff.reset");
                    STATES[s].set();
                    ui_app_draw(app, &dl);
                    snprintf(name, sizeof name, "%s-%dx%d-%s-size%d", STATES[s].name, SIZES[z][0],
                             SIZES[z][1], l ? "ja" : "en", t);
                    where = name;
                    check_fit(&dl);
                    if (plat && z != 1 && t != 0) picture(plat, ts, &dl, name);
                }
    app->kiosk->pin[0] = '\0';
    draw_list_free(&dl);
    app->measure = saved;
    cfg.text_size = 1;
    ui_app_set_locale(app, locs[0]);
}

static void fit_real_fonts(void)
{
    char err[BD_ERR_LEN];
    font_files ff;
    if (fonts_find(&ff, err, sizeof err) != 0) {
        fprintf(stderr, "fonts_find: %s\n", err);
        CHECK(0);
        return;
    }
    CHECK(dir_make_all(ARTEFACTS, err, sizeof err) == 0);
    CHECK_INT(TTF_Init(), 0);
    text_system *ts = text_system_open(&ff, err, sizeof err);
    CHECK(ts != NULL);
    if (!ts) return;
    ui_measure m = text_measurer(ts);
    platform *plat = NULL;
    fit_everywhere(&m, ts, &plat);
    if (plat) {
        TTF_Init();
        text_cache_flush(ts);
        platform_close(plat);
    }
    text_system_close(ts);
    TTF_Quit();
}

/* Both languages, loaded afresh (a locale counts its missing lookups). */
static int load_locales(void)
{
    char err[BD_ERR_LEN];
    for (int l = 0; l < 2; l++) {
        locale *old = locs[l];
        locs[l] = locale_load(BD_SOURCE_DIR, l ? "ja" : "en", err, sizeof err);
        CHECK(locs[l] != NULL);
        if (!locs[l]) return -1;
        if (app) ui_app_set_locale(app, locs[0]);
        locale_free(old);
    }
    return 0;
}

int main(void)
{
    if (load_locales() != 0) return check_done();
    kiosk_config_defaults(&kcfg);
    config_defaults(&cfg);
    ui_measure m = { fake_width, fake_height, NULL };
    app = ui_app_new(locs[0], &m, &cfg, &HOST);
    ui_app_resize(app, 1280, 720, 1.0f);
    clock_now = 100.0;
    ui_app_kiosk(app, &KHOST);

    pin_by_taps();
    wrong_pins();
    keyboard();
    arrows();
    staff();

    /* Only the lookups of these two screens count, not the attract screen's. */
    if (load_locales() != 0) return check_done();
    fit_everywhere(&m, NULL, NULL);
    fit_real_fonts();
    for (int l = 0; l < 2; l++) {
        const char *first = NULL;
        size_t missing = locale_missing(locs[l], &first);
        if (missing) fprintf(stderr, "%s: %zu missing strings, the first '%s'\n", l ? "ja" : "en",
                             missing, first ? first : "?");
        CHECK_INT(missing, 0);
    }
    ui_app_free(app);
    for (int l = 0; l < 2; l++) locale_free(locs[l]);
    return check_done();
}
