/* kiosk — the booth's run of screens: attract, a round, its result, the
 * nickname, the board, and back; the "Still there?" question when a round
 * is left alone; the hidden way out for staff (a held corner or chord,
 * then the PIN). This file holds the rules and routes actions; each screen
 * lays itself out in its own kiosk_*.c file.
 *
 * Everything timed runs on host->now, the platform's clock, which is
 * virtual under a test script: the loop asks ui_app_next_deadline when to
 * wake and calls ui_app_tick then. */
#include "ui/ui.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The corner that starts the staff gesture: this many logical units square,
 * top left, where no control of any screen sits. */
#define CORNER_UNITS 72.0f

/* The host's clock. The first reading after ui_app_kiosk starts the idle
 * and card timers: the app is made before the loop runs, and a test
 * script's virtual clock only starts with the loop. */
double kiosk_now(ui_app *app)
{
    double now = app->host && app->host->now ? app->host->now(app->host->ctx) : 0.0;
    ui_kiosk *k = app->kiosk;
    if (k && !k->clock_started) {
        k->clock_started = 1;
        kiosk_idle_touch(&k->idle, now);
        k->card_since = now;
    }
    return now;
}

const char *kiosk_tr(const ui_app *app, const char *key) { return locale_get(app->loc, key); }

const char *kiosk_text(const ui_app *app, const bd_text *t)
{
    const char *s = t ? bd_text_get(t, locale_lang(app->loc)) : NULL;
    return s ? s : "";
}

void kiosk_button(ui_app *app, draw_list *dl, const char *id, ui_rect r, const char *label)
{
    int i = app->els.n;
    ui_app_add_element(app, id, r, -1);
    if (!dl) return;
    widget_state st = app->pressed == i ? WIDGET_PRESSED : app->hover == i ? WIDGET_HOVER : WIDGET_NORMAL;
    ui_button(&app->ctx, dl, r, label, strcmp(app->focus_id, id) == 0, st);
}

/* ---- The round ------------------------------------------------------------ */

static void round_clear(ui_kiosk *k)
{
    k->scenario = -1;
    k->answers_seen = 0;
    k->timed_out = 0;
    k->speed_bonus = k->score = k->detect_pct = k->respond_pct = 0;
    k->outcome[0] = '\0';
    free(k->ending);
    k->ending = NULL;
    k->nickname[0] = '\0';
    k->nick_message = NULL;
    k->entry = 0;
}

/* Back to the attract screen: a round not finished is recorded as left,
 * and the language goes back to the kiosk's own. */
static void to_attract(ui_app *app)
{
    ui_kiosk *k = app->kiosk;
    if (app->play) {
        play_abandon(app->play);
        play_free(app->play);
        app->play = NULL;
    }
    round_clear(k);
    pin_wipe(k);   /* a PIN half typed when staff walked away */
    k->asking = 0;
    kiosk_hold_stop(&k->hold);
    const char *lang = k->host->cfg->language;
    if (lang[0] && strcmp(lang, locale_lang(app->loc)) != 0 && app->host && app->host->set_language)
        app->host->set_language(app->host->ctx, lang);
    k->card = 0;
    k->card_since = kiosk_now(app);
    app_go(app, SCREEN_ATTRACT, "attract.start");
}

static void open_round(ui_app *app, int index)
{
    ui_kiosk *k = app->kiosk;
    if (index < 0 || (size_t)index >= k->host->n_scenarios) return;
    char err[BD_ERR_LEN];
    size_t n_errors = 0;
    ui_play *p = play_open(k->host->scenarios[index].path, app->host, locale_lang(app->loc), 1, err,
                           sizeof err, &n_errors);
    if (!p) return;   /* the host offers only scenarios that loaded; stay on attract */
    round_clear(k);
    k->scenario = index;
    k->question_since = kiosk_now(app);
    app->play = p;
    app_go(app, SCREEN_PLAY, "play.item.1");
    app_follow_play(app);
}

static void start_round(ui_app *app)
{
    ui_kiosk *k = app->kiosk;
    size_t n = k->host->n_scenarios;
    if (n == 0) return;
    if (n == 1 || k->host->cfg->scenario_pick == KIOSK_PICK_RANDOM) {
        uint32_t r = app->host && app->host->new_seed ? app->host->new_seed(app->host->ctx) : 0;
        open_round(app, (int)(r % n));
    } else {
        app_go(app, SCREEN_PICK, "pick.item.1");
    }
}

/* The round reached its ending (its record is written): the result. */
static void round_ended(ui_app *app)
{
    ui_kiosk *k = app->kiosk;
    ui_play *p = app->play;
    play_scores(p, &k->detect_pct, &k->respond_pct, &k->score);
    snprintf(k->outcome, sizeof k->outcome, "%s", p->ses.view.outcome);
    const char *text = bd_text_get(&p->ses.view.prompt, p->lang);
    free(k->ending);
    k->ending = text ? strdup(text) : NULL;
    play_free(p);
    app->play = NULL;
    app_go(app, SCREEN_RESULT, "result.continue");
}

/* After anything happened on the play screen: time the answers given, start
 * the clock of a question newly shown, and leave at the ending. */
static void follow_round(ui_app *app)
{
    ui_kiosk *k = app->kiosk;
    ui_play *p = app->play;
    if (!p || app->screen != SCREEN_PLAY) return;
    double now = kiosk_now(app);
    if (p->ses.n_log > k->answers_seen) {
        if (!k->timed_out)
            k->speed_bonus += kiosk_speed_points(now - k->question_since, k->host->cfg->decision_seconds);
        k->answers_seen = p->ses.n_log;
        k->timed_out = 0;
    }
    if (p->phase == PLAY_ENDING) { round_ended(app); return; }
    /* A question's clock starts when it appears, not while its feedback
     * or the briefing is read. */
    if (p->phase != PLAY_QUESTION) k->question_since = -1;
    else if (k->question_since < 0) k->question_since = now;
}

/* The decision's time ran out: the weakest answer is given for the player
 * (waiting must never beat answering), and no speed points. */
static void decision_timeout(ui_app *app)
{
    ui_kiosk *k = app->kiosk;
    k->timed_out = 1;
    play_answer_weakest(app->play);
    app_follow_play(app);
}

/* Seconds left of the decision on screen; negative when none is timed. */
static double decision_left(ui_app *app)
{
    const ui_kiosk *k = app->kiosk;
    int limit = k->host->cfg->decision_seconds;
    if (limit <= 0 || app->screen != SCREEN_PLAY || !app->play || app->play->phase != PLAY_QUESTION ||
        k->question_since < 0)
        return -1;
    double left = k->question_since + limit - kiosk_now(app);
    return left > 0 ? left : 0;
}

/* ---- Time --------------------------------------------------------------------- */

/* "Still there?" is answered by anything the visitor does: back to the
 * screen it covered, focus where it was. */
static void still_here(ui_app *app)
{
    ui_kiosk *k = app->kiosk;
    k->asking = 0;
    app_go(app, k->asked_over, k->asked_focus);
}

static void open_pin(ui_app *app)
{
    ui_kiosk *k = app->kiosk;
    if (app->play) {   /* staff take over: the visitor's round is left */
        play_abandon(app->play);
        play_free(app->play);
        app->play = NULL;
    }
    round_clear(k);
    k->asking = 0;
    pin_open(app);
    app_go(app, SCREEN_PIN, "pin.digit.1");
}

static double next_whole(double now, double end)
{
    /* The countdown shown changes at each whole second left. */
    double left = end - now;
    double frac = left - floor(left);
    return now + (frac > 1e-6 ? frac : 1.0);
}

double ui_app_next_deadline(ui_app *app)
{
    ui_kiosk *k = app->kiosk;
    if (!k) return -1;
    double now = kiosk_now(app), best = kiosk_hold_deadline(&k->hold);
#define SOONER(t) do { double t_ = (t); if (t_ >= 0 && (best < 0 || t_ < best)) best = t_; } while (0)
    if (app->screen == SCREEN_ATTRACT) {
        if (attract_cards(app) > 1) SOONER(k->card_since + k->host->cfg->attract_card_seconds);
    } else {
        double left;
        kiosk_idle_state st = kiosk_idle_at(&k->idle, k->host->cfg, now, &left);
        SOONER(st == KIOSK_IDLE_ASKING ? next_whole(now, now + left) : now + left);
    }
    double d = decision_left(app);
    if (d >= 0) SOONER(d > 0 ? next_whole(now, now + d) : now);
    if (app->screen == SCREEN_PIN) {
        double wait = pin_backoff_wait(&k->backoff, now);
        if (wait > 0) SOONER(next_whole(now, now + wait));
    }
#undef SOONER
    return best;
}

int ui_app_tick(ui_app *app)
{
    ui_kiosk *k = app->kiosk;
    if (!k) return 0;
    double now = kiosk_now(app);
    if (kiosk_hold_done(&k->hold, now)) {
        open_pin(app);
        return 1;
    }
    if (app->screen == SCREEN_ATTRACT) {
        size_t n = attract_cards(app);
        if (n > 1 && now >= k->card_since + k->host->cfg->attract_card_seconds) {
            k->card = (k->card + 1) % n;
            k->card_since = now;
            app_layout(app, NULL);
            return 1;
        }
        return 0;
    }
    kiosk_idle_state st = kiosk_idle_at(&k->idle, k->host->cfg, now, NULL);
    if (st == KIOSK_IDLE_EXPIRED) {
        to_attract(app);
        return 1;
    }
    if (st == KIOSK_IDLE_ASKING) {
        if (!k->asking) {
            k->asking = 1;
            k->asked_over = app->screen;
            snprintf(k->asked_focus, sizeof k->asked_focus, "%s", app->focus_id);
            app_go(app, SCREEN_STILL, "still.continue");
        }
        return 1;   /* the countdown moved */
    }
    double d = decision_left(app);
    if (d == 0) {
        decision_timeout(app);
        follow_round(app);
        return 1;
    }
    /* A countdown on screen, or a PIN pad waiting out its back-off. */
    return d > 0 || app->screen == SCREEN_PIN;
}

/* ---- Actions ----------------------------------------------------------------------- */

void ui_app_kiosk(ui_app *app, const ui_kiosk_host *kh)
{
    ui_kiosk *k = calloc(1, sizeof *k);
    if (!k) return;
    k->host = kh;
    k->scenario = -1;
    k->question_since = -1;
    app->kiosk = k;
    to_attract(app);
    k->clock_started = 0;   /* the timers start at the loop's first look */
}

void kiosk_free(ui_app *app)
{
    if (!app->kiosk) return;
    round_clear(app->kiosk);
    pin_wipe(app->kiosk);
    free(app->kiosk->staff_message);
    free(app->kiosk);
    app->kiosk = NULL;
}

static int in_corner(const ui_app *app, const action *a)
{
    float c = CORNER_UNITS * app->ctx.scale;
    return a->x >= 0 && a->y >= 0 && a->x < c && a->y < c;
}

/* The staff gesture: a press held in the corner or the chord held. */
static void watch_gesture(ui_app *app, const action *a)
{
    ui_kiosk *k = app->kiosk;
    double now = kiosk_now(app);
    switch (a->type) {
    case ACT_STAFF_DOWN: kiosk_hold_start(&k->hold, now); break;
    case ACT_STAFF_UP: kiosk_hold_stop(&k->hold); break;
    case ACT_POINTER_DOWN:
        if (in_corner(app, a)) kiosk_hold_start(&k->hold, now);
        break;
    case ACT_POINTER_UP: kiosk_hold_stop(&k->hold); break;
    case ACT_POINTER_MOVE:
        if (!in_corner(app, a)) kiosk_hold_stop(&k->hold);
        break;
    default: break;
    }
}

void kiosk_activate(ui_app *app, const char *id)
{
    ui_kiosk *k = app->kiosk;
    if (strcmp(id, "attract.start") == 0) {
        start_round(app);
    } else if (strcmp(id, "attract.en") == 0 || strcmp(id, "attract.ja") == 0) {
        const char *lang = id + 8;
        if (strcmp(lang, locale_lang(app->loc)) != 0 && app->host && app->host->set_language)
            app->host->set_language(app->host->ctx, lang);
    } else if (strncmp(id, "pick.item.", 10) == 0) {
        open_round(app, atoi(id + 10) - 1);
    } else if (strcmp(id, "pick.back") == 0 || strcmp(id, "board.done") == 0) {
        to_attract(app);
    } else if (strcmp(id, "result.continue") == 0) {
        nickname_open(app);
        app_go(app, SCREEN_NICKNAME, "nick.key.1");
    } else if (strcmp(id, "nick.skip") == 0) {
        app_go(app, SCREEN_BOARD, "board.done");
    } else if (strncmp(id, "nick.", 5) == 0) {
        if (nickname_activate(app, id)) {
            const ui_kiosk_scenario *s = &k->host->scenarios[k->scenario];
            leaderboard_entry e = { .score = k->score, .speed_bonus = k->speed_bonus };
            snprintf(e.nickname, sizeof e.nickname, "%s", k->nickname);
            snprintf(e.scenario, sizeof e.scenario, "%s", s->id);
            char err[BD_ERR_LEN];
            if (k->host->board_add(k->host->ctx, &e, &k->entry, err, sizeof err) != 0) k->entry = 0;
            app_go(app, SCREEN_BOARD, "board.done");
        }
    } else if (strcmp(id, "still.continue") == 0) {
        still_here(app);
    } else if (strncmp(id, "pin.", 4) == 0) {
        int rc = pin_activate(app, id);
        if (rc == PIN_RIGHT) {
            staff_open(app);
            app_go(app, SCREEN_STAFF, "staff.resume");
        } else if (rc == PIN_CANCEL) {
            to_attract(app);
        }
    } else if (strncmp(id, "staff.", 6) == 0) {
        int rc = staff_activate(app, id);
        if (rc == STAFF_RESUME) to_attract(app);
        else if (rc == STAFF_LEAVE) app->quit = 1;
    }
}


static int is_input(action_type t)
{
    return t != ACT_NONE && t != ACT_QUIT && t != ACT_SCREENSHOT && t != ACT_RELOAD;
}

int kiosk_handle(ui_app *app, const action *a)
{
    ui_kiosk *k = app->kiosk;
    /* Locked down: the window's close button, Alt+F4 and the window
     * manager's quit all arrive as ACT_QUIT; F5 would reload files. */
    if (a->type == ACT_QUIT || a->type == ACT_RELOAD) return 0;
    if (!is_input(a->type)) return -1;
    watch_gesture(app, a);
    kiosk_idle_touch(&k->idle, kiosk_now(app));
    if (a->type == ACT_STAFF_DOWN || a->type == ACT_STAFF_UP) return 0;
    if (app->screen == SCREEN_STILL) {
        if (a->type == ACT_POINTER_MOVE) return 0;
        still_here(app);
        return 1;
    }
    switch (app->screen) {
    case SCREEN_ATTRACT:
        /* Any button starts (a pad's B too, but not Esc: a keyboard's Esc
         * does nothing in a kiosk); arrows move between start and the
         * languages. */
        if ((a->type == ACT_BACK && a->device == DEV_GAMEPAD) || a->type == ACT_CONFIRM ||
            a->type == ACT_TOGGLE || a->type == ACT_TEXT) {
            start_round(app);
            return 1;
        }
        return -1;
    case SCREEN_PLAY:
        /* No pause menu at a booth: Esc only puts down a held row. */
        if (a->type == ACT_BACK) return app->play ? play_drop(app->play) : 0;
        return -1;
    case SCREEN_NICKNAME:
        return nickname_handle(app, a);
    case SCREEN_PIN:
        if (a->type == ACT_BACK) { to_attract(app); return 1; }
        return pin_handle(app, a);
    case SCREEN_STAFF: case SCREEN_PICK:
        if (a->type == ACT_BACK) { to_attract(app); return 1; }
        return -1;
    default:
        return -1;
    }
}

/* After the app's common handling: the round's clock and its end. */
void kiosk_after(ui_app *app)
{
    if (app->kiosk) follow_round(app);
}

/* ---- Layout -------------------------------------------------------------------------- */

/* The question over a screen left alone, with its countdown. */
static void still_layout(ui_app *app, draw_list *dl)
{
    ui_kiosk *k = app->kiosk;
    const ui_theme *th = app->ctx.theme;
    if (dl) {
        ui_color veil = th->bg;
        veil.a = 235;
        draw_fill(dl, (ui_rect){ 0, 0, app->w, app->h }, veil);
    }
    int x, w = menu_column(app, 40, 640, &x);
    double left;
    kiosk_idle_at(&k->idle, k->host->cfg, kiosk_now(app), &left);
    char num[16], line[256];
    snprintf(num, sizeof num, "%d", (int)ceil(left));
    ui_fill_in(line, sizeof line, kiosk_tr(app, "still.countdown"), num);
    int y = app->h / 4;
    if (dl) {
        ui_font big = ui_font_make(&app->ctx, FONT_SANS, 44, 1);
        ui_font body = ui_font_make(&app->ctx, FONT_SANS, 24, 0);
        y += ui_text_block(&app->ctx, dl, kiosk_tr(app, "still.title"), big, th->text,
                           (ui_rect){ x, y, w, app->h }, ALIGN_CENTER);
        y += ui_px(&app->ctx, 16);
        y += ui_text_block(&app->ctx, dl, line, body, th->text, (ui_rect){ x, y, w, app->h }, ALIGN_CENTER);
    } else {
        y += ui_px(&app->ctx, 140);
    }
    y += ui_px(&app->ctx, 32);
    int bw = ui_px(&app->ctx, 360), bh = ui_px(&app->ctx, 72);
    kiosk_button(app, dl, "still.continue", (ui_rect){ x + (w - bw) / 2, y, bw, bh },
                 kiosk_tr(app, "still.continue"));
}

/* The decision's countdown: a bar along the top and the seconds left. */
static void countdown_draw(ui_app *app, draw_list *dl)
{
    double left = decision_left(app);
    if (left < 0 || !dl) return;
    const ui_theme *th = app->ctx.theme;
    int limit = app->kiosk->host->cfg->decision_seconds;
    int h = ui_px(&app->ctx, 8);
    int w = (int)((double)app->w * left / limit);
    draw_fill(dl, (ui_rect){ 0, 0, app->w, h }, th->panel);
    draw_fill(dl, (ui_rect){ 0, 0, w, h }, left <= 5 ? th->focus : th->accent);
    char num[16], line[64];
    snprintf(num, sizeof num, "%d", (int)ceil(left));
    ui_fill_in(line, sizeof line, kiosk_tr(app, "round.seconds_left"), num);
    ui_font f = ui_font_make(&app->ctx, FONT_SANS, 18, 1);
    int tw = app->ctx.measure->width(app->ctx.measure->ctx, f, line, strlen(line));
    int lh = app->ctx.measure->line_height(app->ctx.measure->ctx, f);
    int pad = ui_px(&app->ctx, 8);
    ui_rect box = { app->w - tw - 3 * pad, h + pad, tw + 2 * pad, lh + pad };
    draw_fill(dl, box, th->panel);
    draw_text(dl, box.x + pad, box.y + pad / 2, f, th->text, line, strlen(line), tw, lh, box);
}

void kiosk_layout(ui_app *app, draw_list *dl)
{
    switch (app->screen) {
    case SCREEN_ATTRACT: attract_layout(app, dl); break;
    case SCREEN_PICK: pick_layout(app, dl); break;
    case SCREEN_RESULT: result_layout(app, dl); break;
    case SCREEN_NICKNAME: nickname_layout(app, dl); break;
    case SCREEN_BOARD: board_layout(app, dl); break;
    case SCREEN_PIN: pin_layout(app, dl); break;
    case SCREEN_STAFF: staff_layout(app, dl); break;
    case SCREEN_STILL: {
        /* The screen left alone shows faintly behind the question. */
        ui_kiosk *k = app->kiosk;
        app->screen = k->asked_over;
        if (k->asked_over == SCREEN_PLAY && app->play) {
            play_frame f = { &app->ctx, app->loc, app->w, app->h };
            play_layout(app->play, &f, &app->els, dl);
            if (dl) play_draw_elements(app->play, &f, &app->els, dl, -1, -1, -1);
        } else if (k->asked_over != SCREEN_STILL) {
            kiosk_layout(app, dl);
        }
        app->screen = SCREEN_STILL;
        app->els.n = 0;
        still_layout(app, dl);
        break;
    }
    default: break;
    }
}

/* Drawn over the play screen of a round. */
void kiosk_draw_over_play(ui_app *app, draw_list *dl) { countdown_draw(app, dl); }
