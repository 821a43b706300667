/* The title and list screens without a window: focus movement, pointer hit
 * tests, scrolling the focused row into view, language switching through
 * the host, and that every element drawn lies inside the window. */
#include "check.h"
#include "fake_input.h"
#include "fake_measure.h"
#include "ui/ui.h"

#include <stdio.h>
#include <string.h>


static int lang_calls;
static char last_lang[8];
static void host_lang(void *ctx, const char *lang)
{
    (void)ctx;
    lang_calls++;
    snprintf(last_lang, sizeof last_lang, "%s", lang);
}

/* The host's side of the settings: the config it saved last. */
static int settings_calls;
static config *host_cfg;
static void host_settings(void *ctx, const config *next)
{
    (void)ctx;
    settings_calls++;
    *host_cfg = *next;
}


static void press(ui_app *app, action_type t) { action a = input_act(t, DEV_KEYBOARD); ui_app_handle(app, &a); }

static void tap(ui_app *app, const char *id) { CHECK(input_tap(app, id) == 0); }

/* 1 if a text command of the frame contains needle. */
static int drawn(const draw_list *dl, const char *needle)
{
    for (size_t i = 0; i < dl->count; i++)
        if (dl->cmds[i].kind == DRAW_TEXT && strstr(draw_cmd_text(dl, &dl->cmds[i]), needle)) return 1;
    return 0;
}

/* Every command of a frame lies inside the window (or its clip does). */
static int inside_window(const draw_list *dl, int w, int h)
{
    for (size_t i = 0; i < dl->count; i++) {
        ui_rect r = dl->cmds[i].rect;
        if (dl->cmds[i].kind == DRAW_TEXT && dl->cmds[i].clip.w > 0) continue;
        if (r.x < 0 || r.y < 0 || r.x + r.w > w || r.y + r.h > h) {
            fprintf(stderr, "command %zu at %d,%d %dx%d leaves %dx%d\n", i, r.x, r.y, r.w, r.h, w, h);
            return 0;
        }
    }
    return 1;
}

int main(void)
{
    char err[BD_ERR_LEN];
    locale *loc = locale_load(BD_SOURCE_DIR, "en", err, sizeof err);
    CHECK(loc != NULL);
    ui_measure m = { fake_width, fake_height, NULL };
    config cfg;
    config_defaults(&cfg);
    ui_host host = { .set_language = host_lang, .apply_settings = host_settings,
                     .user_scenarios = "/home/x/scenarios" };
    host_cfg = &cfg;
    ui_app *app = ui_app_new(loc, &m, &cfg, &host);
    ui_app_resize(app, 1280, 720, 1.0f);

    ui_scenario_entry entries[12];
    char titles[12][32];
    for (int i = 0; i < 12; i++) {
        snprintf(titles[i], sizeof titles[i], "Scenario %d", i + 1);
        entries[i] = (ui_scenario_entry){ .path = "x.lua", .title = titles[i] };
    }
    entries[0].org = "ACME";
    entries[0].when = "2025-03";
    entries[0].minutes = 6;
    entries[0].scored = 1;
    entries[0].best = 85;
    entries[5].title = NULL;
    entries[5].error = "x.lua:3: unexpected symbol near '}'";
    ui_app_set_scenarios(app, entries, 12);

    /* A row shows the incident, its date and length, and for a scenario
     * finished before the best score and a completed mark (with a word as
     * well as the tick: never colour or a symbol alone). */
    {
        draw_list rows = { 0 };
        tap(app, "title.play");
        tap(app, "name.continue");
        ui_app_draw(app, &rows);
        CHECK(drawn(&rows, "ACME · 2025-03 · about 6 min"));
        CHECK(drawn(&rows, "Best: 85%"));
        CHECK(drawn(&rows, "Completed"));
        CHECK(inside_window(&rows, 1280, 720));
        press(app, ACT_BACK);
        draw_list_free(&rows);
    }

    /* Title: keyboard focus moves and clamps. */
    CHECK_STR(ui_screen_name(ui_app_screen(app)), "title");
    CHECK_STR(ui_app_focus_id(app), "title.play");
    press(app, ACT_DOWN);
    CHECK_STR(ui_app_focus_id(app), "title.language");
    press(app, ACT_DOWN);
    press(app, ACT_DOWN);
    CHECK_STR(ui_app_focus_id(app), "title.quit");
    press(app, ACT_UP);
    CHECK_STR(ui_app_focus_id(app), "title.settings");
    press(app, ACT_UP);
    press(app, ACT_SELECT);
    CHECK_INT(lang_calls, 1);
    CHECK_STR(last_lang, "ja");
    CHECK(!ui_app_wants_quit(app));

    /* Back on the title does nothing: no accidental exit. */
    action back = input_act(ACT_BACK, DEV_KEYBOARD);
    CHECK_INT(ui_app_handle(app, &back), 0);

    /* Who is playing: the name remembered from the config; typing edits it
     * (Backspace takes whole characters, Japanese too), Space is a
     * character in a field, and Continue hands it to the host to keep. */
    tap(app, "title.play");
    CHECK_STR(ui_screen_name(ui_app_screen(app)), "name");
    CHECK_STR(ui_app_focus_id(app), "name.player");
    {
        draw_list nd = { 0 };
        ui_app_draw(app, &nd);
        CHECK(drawn(&nd, "Your results are kept on this computer only"));
        CHECK(!drawn(&nd, "Employee ID"));   /* the config does not ask for one */
        action t = input_act(ACT_TEXT, DEV_KEYBOARD);
        snprintf(t.text, sizeof t.text, "Ada");
        ui_app_handle(app, &t);
        press(app, ACT_TOGGLE);
        snprintf(t.text, sizeof t.text, " 山田");
        ui_app_handle(app, &t);
        press(app, ACT_ERASE);
        ui_app_draw(app, &nd);
        CHECK(drawn(&nd, "Ada 山"));
        CHECK(inside_window(&nd, 1280, 720));
        ui_app_resize(app, 800, 600, 1.0f);
        ui_app_draw(app, &nd);
        CHECK(inside_window(&nd, 800, 600));
        ui_app_resize(app, 1280, 720, 1.0f);
        draw_list_free(&nd);
    }
    int before = settings_calls;
    press(app, ACT_SELECT);               /* Enter in the only field continues */
    CHECK_INT(settings_calls, before + 1);
    CHECK_STR(cfg.player, "Ada 山");

    /* An employee ID where the trainer's config asks for one. */
    cfg.ask_employee_id = 1;
    press(app, ACT_BACK);
    tap(app, "title.play");
    CHECK_STR(ui_app_focus_id(app), "name.player");
    press(app, ACT_SELECT);               /* on to the ID */
    CHECK_STR(ui_app_focus_id(app), "name.employee");
    {
        action t = input_act(ACT_TEXT, DEV_KEYBOARD);
        snprintf(t.text, sizeof t.text, "E-7\x01");   /* a control character: refused */
        ui_app_handle(app, &t);
        snprintf(t.text, sizeof t.text, "E-7");
        ui_app_handle(app, &t);
    }
    press(app, ACT_SELECT);
    CHECK_STR(cfg.employee_id, "E-7");
    CHECK_STR(cfg.player, "Ada 山");
    CHECK_STR(ui_screen_name(ui_app_screen(app)), "list");
    press(app, ACT_BACK);
    cfg.ask_employee_id = 0;

    /* Touch: tap Play, tap a row, tap Back. */
    tap(app, "title.play");
    tap(app, "name.continue");
    CHECK_STR(ui_screen_name(ui_app_screen(app)), "list");
    CHECK_STR(ui_app_focus_id(app), "list.item.1");
    tap(app, "list.item.2");
    CHECK_STR(ui_app_focus_id(app), "list.item.2");

    /* A press that ends elsewhere activates nothing. */
    ui_rect back_r, row_r;
    CHECK(ui_app_element_rect(app, "list.back", &back_r) == 0);
    CHECK(ui_app_element_rect(app, "list.item.1", &row_r) == 0);
    action down = input_act(ACT_POINTER_DOWN, DEV_MOUSE);
    down.x = (float)(back_r.x + 5);
    down.y = (float)(back_r.y + 5);
    ui_app_handle(app, &down);
    action up = input_act(ACT_POINTER_UP, DEV_MOUSE);
    up.x = (float)(row_r.x + 5);
    up.y = (float)(row_r.y + 5);
    ui_app_handle(app, &up);
    CHECK_STR(ui_screen_name(ui_app_screen(app)), "list");
    CHECK_STR(ui_app_focus_id(app), "list.back");   /* a press focuses what it lands on */
    tap(app, "list.item.2");

    /* A small window: moving down to the last row scrolls it into view. */
    ui_app_resize(app, 800, 600, 1.0f);
    for (int i = 0; i < 10; i++) press(app, ACT_DOWN);
    CHECK_STR(ui_app_focus_id(app), "list.item.12");
    ui_rect last;
    CHECK(ui_app_element_rect(app, "list.item.12", &last) == 0);
    CHECK(last.y >= 0 && last.y + last.h <= 600);
    CHECK(ui_app_element_rect(app, "list.item.1", &row_r) != 0);   /* scrolled away */
    press(app, ACT_DOWN);
    CHECK_STR(ui_app_focus_id(app), "list.back");
    press(app, ACT_UP);
    CHECK_STR(ui_app_focus_id(app), "list.item.12");
    for (int i = 0; i < 20; i++) press(app, ACT_UP);
    CHECK_STR(ui_app_focus_id(app), "list.item.1");
    CHECK(ui_app_element_rect(app, "list.item.1", &row_r) == 0);

    /* Everything drawn stays inside the window at both extremes. */
    draw_list dl = { 0 };
    int sizes[][2] = { { 800, 600 }, { 1280, 720 }, { 3840, 2160 } };
    for (int i = 0; i < 3; i++) {
        ui_app_resize(app, sizes[i][0], sizes[i][1], 1.0f);
        ui_app_draw(app, &dl);
        CHECK(dl.count > 10);
        CHECK(inside_window(&dl, sizes[i][0], sizes[i][1]));
    }
    /* Larger windows draw bigger text. */
    CHECK(ui_app_scale(app) > 3.0f);

    /* Back goes to the title; the window manager's close request quits. */
    press(app, ACT_BACK);
    CHECK_STR(ui_screen_name(ui_app_screen(app)), "title");
    ui_app_draw(app, &dl);
    CHECK(inside_window(&dl, 3840, 2160));

    /* Settings: each row shows its value; Enter and Right step forward,
     * Left back; every change goes to the host at once, and the screen
     * follows the config (larger text, the other theme). */
    ui_app_resize(app, 1280, 720, 1.0f);
    tap(app, "title.settings");
    CHECK_STR(ui_screen_name(ui_app_screen(app)), "settings");
    CHECK_STR(ui_app_focus_id(app), "settings.language");
    ui_app_draw(app, &dl);
    CHECK(drawn(&dl, "Text size: Medium"));
    CHECK(drawn(&dl, "High contrast: Off"));
    press(app, ACT_DOWN);
    CHECK_STR(ui_app_focus_id(app), "settings.text_size");
    ui_color bg_before = ui_app_background(app);
    int calls0 = settings_calls;
    press(app, ACT_RIGHT);
    CHECK_INT(settings_calls, calls0 + 1);
    CHECK_INT(cfg.text_size, 2);
    ui_app_draw(app, &dl);
    CHECK(drawn(&dl, "Text size: Large"));
    CHECK(inside_window(&dl, 1280, 720));
    press(app, ACT_RIGHT);               /* wraps round to Small */
    CHECK_INT(cfg.text_size, 0);
    press(app, ACT_LEFT);                /* and back to Large */
    CHECK_INT(cfg.text_size, 2);
    press(app, ACT_DOWN);
    press(app, ACT_SELECT);
    CHECK_INT(cfg.high_contrast, 1);
    CHECK(ui_app_background(app).r != bg_before.r || ui_app_background(app).b != bg_before.b);
    press(app, ACT_DOWN);
    press(app, ACT_SELECT);
    CHECK_INT(cfg.reduce_motion, 1);
    press(app, ACT_DOWN);
    press(app, ACT_SELECT);
    CHECK_INT(cfg.fullscreen, 1);
    CHECK_INT(settings_calls, calls0 + 6);
    ui_app_resize(app, 800, 600, 1.0f);  /* large text on the smallest window */
    ui_app_draw(app, &dl);
    CHECK(inside_window(&dl, 800, 600));
    press(app, ACT_BACK);
    CHECK_STR(ui_screen_name(ui_app_screen(app)), "title");
    CHECK_STR(ui_app_focus_id(app), "title.settings");
    press(app, ACT_QUIT);
    CHECK(ui_app_wants_quit(app));

    /* Transitions: with a clock, a new view fades in out of the background
     * over about a fifth of a second, the veil lighter each frame; without
     * one, or with reduce motion, nothing moves. */
    {
        draw_list tl = { 0 };
        cfg.reduce_motion = 0;                 /* the settings test above turned it on */
        ui_app_resize(app, 1280, 720, 1.0f);
        ui_app_draw(app, &tl);                 /* no clock yet: still */
        CHECK(!ui_app_animating(app));
        ui_app_set_time(app, 10.0);
        ui_app_draw(app, &tl);                 /* settles on the current view */
        tap(app, "title.play");                /* a new view */
        ui_app_draw(app, &tl);
        CHECK(ui_app_animating(app));
        const draw_cmd *last = &tl.cmds[tl.count - 1];
        CHECK(last->kind == DRAW_FILL && last->rect.w == 1280 && last->rect.h == 720);
        unsigned char a0 = last->color.a;
        CHECK(a0 > 100);
        ui_app_set_time(app, 10.09);
        ui_app_draw(app, &tl);
        last = &tl.cmds[tl.count - 1];
        CHECK(last->kind == DRAW_FILL && last->color.a < a0 && last->color.a > 0);
        ui_app_set_time(app, 10.2);
        ui_app_draw(app, &tl);
        CHECK(!ui_app_animating(app));
        CHECK(!(tl.cmds[tl.count - 1].kind == DRAW_FILL && tl.cmds[tl.count - 1].rect.w == 1280));
        cfg.reduce_motion = 1;
        press(app, ACT_BACK);                  /* another view, but reduce motion */
        ui_app_draw(app, &tl);
        CHECK(!ui_app_animating(app));
        cfg.reduce_motion = 0;
        draw_list_free(&tl);
    }

    /* Every string the screens asked for exists in English. */
    const char *first = NULL;
    CHECK_INT(locale_missing(loc, &first), 0);
    if (first) fprintf(stderr, "  missing locale key: %s\n", first);
    draw_list_free(&dl);
    ui_app_free(app);
    locale_free(loc);
    return check_done();
}
