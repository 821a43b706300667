/* Kiosk mode's rules without a window, on a clock the test moves: a whole
 * round from the attract screen to the board and back; the window's close
 * and Esc doing nothing; "Still there?" and giving a round up (recorded as
 * not completed); the held corner and chord opening the PIN pad, a short
 * press not; the per-decision countdown answering for a visitor who waits;
 * speed points. The screens' own layouts are tested in test_kiosk_*.c. */
#include "check.h"
#include "fake_input.h"
#include "fake_measure.h"
#include "ui/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static double clock_now;
static double host_now(void *ctx) { (void)ctx; return clock_now; }
static uint32_t host_seed(void *ctx) { (void)ctx; return 7; }
static int64_t host_unix(void *ctx) { (void)ctx; return 1767225600; }

/* The board the fake host keeps: what was added last. */
static int adds, resets;
static leaderboard_entry added;
static size_t fake_board(void *ctx, uint64_t mine, const leaderboard_entry **out, size_t max,
                         size_t *rank, size_t *total, const leaderboard_entry **own)
{
    (void)ctx;
    *rank = adds && mine == 1 ? 1 : 0;
    *own = *rank ? &added : NULL;
    *total = adds ? 1 : 0;
    if (adds && max) out[0] = &added;
    return adds && max ? 1 : 0;
}
static int fake_add(void *ctx, const leaderboard_entry *e, uint64_t *id, char *err, size_t n)
{
    (void)ctx; (void)err; (void)n;
    added = *e;
    adds++;
    *id = 1;
    return 0;
}
static int fake_reset(void *ctx, char *err, size_t n) { (void)ctx; (void)err; (void)n; resets++; return 0; }
static int fake_name_ok(void *ctx, const char *name) { (void)ctx; return strcmp(name, "BAD") != 0; }
static int fake_pin(void *ctx, const char *pin) { (void)ctx; return strcmp(pin, "2468") == 0; }
static void fake_stats(void *ctx, kiosk_stats *out) { (void)ctx; memset(out, 0, sizeof *out); }
static int fake_export(void *ctx, char *out, size_t n) { (void)ctx; snprintf(out, n, "none"); return -1; }


static void press(ui_app *app, action_type t) { action a = input_act(t, DEV_GAMEPAD); ui_app_handle(app, &a); }

static void point(ui_app *app, action_type t, float x, float y)
{
    action a = input_act(t, DEV_TOUCH);
    a.x = x;
    a.y = y;
    ui_app_handle(app, &a);
}

/* Moves the clock to t, running every deadline on the way as the loop does. */
static void run_to(ui_app *app, double t)
{
    for (int guard = 0; guard < 10000; guard++) {
        double due = ui_app_next_deadline(app);
        if (due < 0 || due > t) break;
        clock_now = due > clock_now ? due : clock_now + 1e-3;
        ui_app_tick(app);
    }
    clock_now = t;
    ui_app_tick(app);
}

static const char *screen(const ui_app *app) { return ui_screen_name(ui_app_screen(app)); }

/* Plays the round on screen with the first answer everywhere, two seconds
 * a press; returns the presses made. */
static int play_round(ui_app *app)
{
    int presses = 0;
    while (app->screen == SCREEN_PLAY && app->play && presses < 200) {
        ui_play *p = app->play;
        clock_now += 2;
        if (p->phase == PLAY_QUESTION && p->ses.view.pick == PICK_MANY) {
            press(app, ACT_TOGGLE);
            press(app, ACT_CONFIRM);
        } else if (p->phase == PLAY_QUESTION && p->ses.view.pick == PICK_ORDER) {
            press(app, ACT_CONFIRM);
        } else {
            press(app, ACT_SELECT);
        }
        presses++;
    }
    return presses;
}

/* The records in the results log: how many, how many completed. */
static void count_records(const char *path, size_t *all, size_t *completed)
{
    results_history h;
    char warn[BD_ERR_LEN];
    CHECK(results_read(path, NULL, &h, warn, sizeof warn) == 0);
    *all = h.n;
    *completed = 0;
    for (size_t i = 0; i < h.n; i++) *completed += h.v[i].completed != 0;
    results_history_free(&h);
}

int main(void)
{
    char err[BD_ERR_LEN], results[512], plugins[512], path[512];
    snprintf(results, sizeof results, "%s/ui_kiosk/results.jsonl", BD_TEST_TMP);
    CHECK(file_make_parent(results, err, sizeof err) == 0);
    remove(results);
    snprintf(plugins, sizeof plugins, "%s/plugins", BD_SOURCE_DIR);
    snprintf(path, sizeof path, "%s/scenarios/jaxa-2023-quick.lua", BD_SOURCE_DIR);
    const char *dirs[] = { plugins };

    locale *loc = locale_load(BD_SOURCE_DIR, "en", err, sizeof err);
    CHECK(loc != NULL);
    ui_measure m = { fake_width, fake_height, NULL };
    config cfg;
    config_defaults(&cfg);
    ui_host host = { .plugin_dirs = dirs, .n_plugin_dirs = 1, .results_path = results,
                     .new_seed = host_seed, .now = host_now, .unix_time = host_unix, .mode = "kiosk" };
    kiosk_config kc;
    kiosk_config_defaults(&kc);
    bd_text title = { .en = "JAXA", .ja = "JAXA" };
    ui_kiosk_scenario scn = { .path = path, .id = "jaxa-2023-quick", .title = &title };
    ui_kiosk_host kh = { .cfg = &kc, .scenarios = &scn, .n_scenarios = 1, .board = fake_board,
                         .board_add = fake_add, .board_reset = fake_reset, .name_ok = fake_name_ok,
                         .pin_check = fake_pin, .stats = fake_stats, .export_results = fake_export };
    clock_now = 100;
    ui_app *app = ui_app_new(loc, &m, &cfg, &host);
    ui_app_resize(app, 1280, 720, 1.0f);
    ui_app_kiosk(app, &kh);
    CHECK_STR(screen(app), "attract");

    /* Locked down: the close button (ACT_QUIT) and Esc do nothing. */
    press(app, ACT_QUIT);
    CHECK(!ui_app_wants_quit(app));
    action esc = input_act(ACT_BACK, DEV_KEYBOARD);
    ui_app_handle(app, &esc);
    CHECK_STR(screen(app), "attract");

    /* The attract screen turns its cards and never asks "Still there?". */
    size_t cards = attract_cards(app);
    CHECK(cards >= 2);
    run_to(app, 100 + kc.attract_card_seconds + 0.5);
    CHECK(app->kiosk->card == 1);
    run_to(app, 100 + 600);
    CHECK_STR(screen(app), "attract");

    /* A round: any button starts it (one kiosk scenario: no choice). */
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "play");
    /* Esc and the close button do nothing in a round either: no pause menu. */
    ui_app_handle(app, &esc);
    press(app, ACT_QUIT);
    CHECK(app->play && !app->play->paused && !ui_app_wants_quit(app));
    int presses = play_round(app);
    CHECK(presses > 4);
    CHECK_STR(screen(app), "result");
    CHECK(app->kiosk->score >= 0 && app->kiosk->score <= 100);
    /* Two seconds a decision of the 20 s budget: 18 points each. */
    CHECK(app->kiosk->speed_bonus > 0);
    CHECK(app->kiosk->speed_bonus % 18 == 0);
    size_t all, done;
    count_records(results, &all, &done);
    CHECK(all == 1 && done == 1);
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "nickname");
    action text = input_act(ACT_TEXT, DEV_KEYBOARD);
    snprintf(text.text, sizeof text.text, "ALICE");
    ui_app_handle(app, &text);
    CHECK(strcmp(app->kiosk->nickname, "ALICE") == 0);
    ui_rect r;
    CHECK(ui_app_element_rect(app, "nick.ok", &r) == 0);
    point(app, ACT_POINTER_DOWN, (float)(r.x + 2), (float)(r.y + 2));
    point(app, ACT_POINTER_UP, (float)(r.x + 2), (float)(r.y + 2));
    CHECK_STR(screen(app), "board");
    CHECK(adds == 1);
    CHECK_STR(added.nickname, "ALICE");
    CHECK_STR(added.scenario, "jaxa-2023-quick");
    CHECK(added.score == app->kiosk->score && added.speed_bonus == app->kiosk->speed_bonus);
    CHECK(app->kiosk->entry == 1);
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "attract");

    /* Left alone in a round: asked after idle_seconds, given up
     * still_there_seconds later, recorded as not completed. */
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "play");
    double t0 = clock_now;
    CHECK(ui_app_next_deadline(app) > t0);
    run_to(app, t0 + kc.idle_seconds - 0.5);
    CHECK_STR(screen(app), "play");
    run_to(app, t0 + kc.idle_seconds + 0.1);
    CHECK_STR(screen(app), "still");
    /* The countdown wakes the loop every second. */
    double next = ui_app_next_deadline(app);
    CHECK(next > clock_now && next <= clock_now + 1.0 + 1e-9);
    /* Anything answers it: back where the visitor was. */
    press(app, ACT_DOWN);
    CHECK_STR(screen(app), "play");
    t0 = clock_now;
    run_to(app, t0 + kc.idle_seconds + 1);
    CHECK_STR(screen(app), "still");
    run_to(app, t0 + kc.idle_seconds + kc.still_there_seconds + 0.1);
    CHECK_STR(screen(app), "attract");
    CHECK(app->play == NULL);
    count_records(results, &all, &done);
    CHECK(all == 2 && done == 1);

    /* Staff: the chord held 3 s opens the PIN pad; let go sooner, nothing. */
    t0 = clock_now;
    press(app, ACT_STAFF_DOWN);
    run_to(app, t0 + 2.0);
    press(app, ACT_STAFF_UP);
    run_to(app, t0 + 10);
    CHECK_STR(screen(app), "attract");
    t0 = clock_now;
    press(app, ACT_STAFF_DOWN);
    run_to(app, t0 + KIOSK_HOLD_S - 0.01);
    CHECK_STR(screen(app), "attract");
    run_to(app, t0 + KIOSK_HOLD_S);
    CHECK_STR(screen(app), "pin");
    press(app, ACT_STAFF_UP);
    ui_app_handle(app, &esc);   /* Esc on the pad cancels it */
    CHECK_STR(screen(app), "attract");
    /* The top-left corner held by a finger; a finger elsewhere does not. */
    t0 = clock_now;
    point(app, ACT_POINTER_DOWN, 600, 300);
    run_to(app, t0 + 5);
    CHECK_STR(screen(app), "attract");
    point(app, ACT_POINTER_MOVE, 620, 300);
    t0 = clock_now;
    point(app, ACT_POINTER_DOWN, 4, 4);
    run_to(app, t0 + KIOSK_HOLD_S + 0.01);
    CHECK_STR(screen(app), "pin");
    point(app, ACT_POINTER_UP, 4, 4);
    CHECK_STR(screen(app), "pin");
    /* The pad left alone goes back to the attract screen too. */
    run_to(app, clock_now + kc.idle_seconds + kc.still_there_seconds + 1);
    CHECK_STR(screen(app), "attract");

    /* The countdown per decision: a visitor who waits gets the weakest
     * answer and no speed points for it. */
    kc.decision_seconds = 10;
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "play");
    if (app->play->phase == PLAY_INTRO) press(app, ACT_SELECT);
    CHECK(app->play->phase == PLAY_QUESTION);
    t0 = clock_now;
    size_t before = app->play->ses.n_log;
    run_to(app, t0 + 9.5);
    CHECK(app->play->phase == PLAY_QUESTION);
    run_to(app, t0 + 10.01);
    CHECK(app->play->phase == PLAY_FEEDBACK);
    CHECK(app->play->ses.n_log == before + 1);
    CHECK(app->kiosk->speed_bonus == 0);
    /* The weakest answer scored nothing on this step. */
    CHECK(app->play->ses.detect + app->play->ses.respond <= 0);
    /* The countdown shows on the round's screen. */
    press(app, ACT_SELECT);   /* continue to the next question */
    clock_now += 3;
    draw_list dl = { 0 };
    ui_app_draw(app, &dl);
    int shown = 0;
    for (size_t i = 0; i < dl.count; i++)
        if (dl.cmds[i].kind == DRAW_TEXT && strstr(draw_cmd_text(&dl, &dl.cmds[i]), "7 s left")) shown = 1;
    CHECK(shown);
    draw_list_free(&dl);
    kc.decision_seconds = 0;

    /* Speed points: whole seconds left of the budget, never negative. */
    CHECK(kiosk_speed_points(0, 0) == KIOSK_SPEED_BUDGET_S);
    CHECK(kiosk_speed_points(4.5, 0) == KIOSK_SPEED_BUDGET_S - 5);
    CHECK(kiosk_speed_points(30, 0) == 0);
    CHECK(kiosk_speed_points(-1, 10) == 10);
    CHECK(kiosk_speed_points(2.2, 10) == 7);

    /* Freeing the app mid-round (SIGTERM) records the round as left. */
    ui_app_free(app);
    count_records(results, &all, &done);
    CHECK(all == 3 && done == 1);
    locale_free(loc);
    return check_done();
}
