/*
 * test_overflow — nothing overflows. Every screen of every bundled training
 * scenario is walked headless at 800x600, 1280x720 and 1920x1080, in
 * English and Japanese, at every text size, with the real fonts (found by
 * fontconfig, measured by SDL_ttf through text_measurer): the title, the
 * name screen, the settings, the list, the pause menu and the resume offer,
 * then each scenario along the explorer's best and worst paths (intro,
 * every question, its feedback, the ending), each scrolled through from top
 * to bottom with the wheel, a view's height (less a line) at a time. The
 * keys a player would press choose the answers: Down and Enter, Space and
 * Ctrl+Enter, an order's rows picked up and moved.
 *
 * Every frame's text commands are checked:
 *  - what can be seen of a text lies inside the window;
 *  - a text fits the box it was laid into (draw_cmd.box): a label taller or
 *    wider than its button, a row or a field is cut by a box that does not
 *    scroll, which is a failure. Being cut by the scrolling view (the play
 *    screen's content, the list) is not: the view scrolls to it;
 *  - no text is cut at the side by its clip;
 *  - no two texts that are wholly visible overlap (texts under the pause
 *    menu's veil are behind it and not compared).
 * After the walk, neither language may have looked up a missing string.
 *
 * A sample of frames (the first scenario's best path at the largest text
 * size, every size and both languages) and the first frames that fail are
 * saved as PNGs under tests/artefacts/overflow/ in the build folder.
 */
#include "check.h"
#include "platform/platform.h"
#include "script/script.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define TMP BD_TEST_TMP "/overflow"
#define ARTEFACTS BD_TEST_TMP "/../artefacts/overflow"
#define MAX_FAIL_SHOTS 16

static const int SIZES[][2] = { { 800, 600 }, { 1280, 720 }, { 1920, 1080 } };
static const char *const LANGS[] = { "en", "ja" };
#define N_SIZES 3
#define DRIVE_SIZE 1   /* the actions that play are sent at 1280x720 */

/* ---- The world the app lives in ---------------------------------------------- */

/* One text system per window size and text size: walking a screen in
 * every combination in turn would otherwise evict every font and measured
 * word of the last one from its caches each time. */
static text_system *text_sys[N_SIZES][3];
static text_system *texts;       /* the current combination's */
static ui_measure measure;
static locale *locs[2];
static config cfg;
static ui_app *app;
static platform *plat;           /* the window of the size being walked, for screenshots */
static int scored_rows;          /* the host's reload marks the rows as finished before */

typedef struct {
    scn_summary *list;
    size_t n;
} summaries;
static summaries sums[2];        /* per language */

static locale *loc_of(const char *lang) { return locs[strcmp(lang, "ja") == 0]; }

/* The list's rows in lang, as main.c gives them (training scenarios only). */
static void give_scenarios(const char *lang)
{
    const summaries *s = &sums[strcmp(lang, "ja") == 0];
    ui_scenario_entry e[32];
    size_t n = 0;
    for (size_t i = 0; i < s->n && n < 32; i++) {
        if (s->list[i].kiosk_only) continue;
        e[n++] = (ui_scenario_entry){ .path = s->list[i].path, .title = s->list[i].title,
                                      .error = s->list[i].error, .org = s->list[i].org,
                                      .when = s->list[i].when, .minutes = s->list[i].minutes,
                                      .scored = scored_rows, .best = scored_rows ? 100 : 0 };
    }
    ui_app_set_scenarios(app, e, n);
}

static void host_language(void *ctx, const char *lang)
{
    (void)ctx;
    snprintf(cfg.language, sizeof cfg.language, "%s", lang);
    ui_app_set_locale(app, loc_of(lang));
    give_scenarios(lang);
}

static void host_reload(void *ctx)
{
    (void)ctx;
    scored_rows = 1;   /* a scenario was played: rows show a best score from now on */
    give_scenarios(locale_lang(app->loc));
}

static void host_settings(void *ctx, const config *next)
{
    int lang_changed = strcmp(next->language, cfg.language) != 0;
    cfg = *next;
    if (lang_changed) host_language(ctx, cfg.language);
}

static uint32_t host_seed(void *ctx) { (void)ctx; return 0; }   /* the explorer's seed */
static double clock_s;
static double host_now(void *ctx) { (void)ctx; return clock_s; }
static int64_t host_unix(void *ctx) { (void)ctx; return 1767225600; }

static const char *const PLUGIN_DIRS[] = { BD_SOURCE_DIR "/plugins" };
static const ui_host HOST = {
    .set_language = host_language, .reload = host_reload, .apply_settings = host_settings,
    .user_scenarios = TMP "/user-scenarios", .plugin_dirs = PLUGIN_DIRS, .n_plugin_dirs = 1,
    .results_path = TMP "/results.jsonl", .resume_path = TMP "/resume.json",
    .new_seed = host_seed, .now = host_now, .unix_time = host_unix,
};

/* ---- Where the walk is, for messages ------------------------------------------- */

typedef struct {
    const char *screen;      /* "title", "play/question", ... */
    const char *scenario;    /* file name, "-" off the play screen */
    const char *path;        /* "best", "worst" */
    int w, h, text_size;
    const char *lang;
    int sample;              /* this walk's frames are kept as screenshots */
} walk_at;
static walk_at at;

static const char *step_now(void)
{
    if (!app || app->screen != SCREEN_PLAY || !app->play) return "-";
    const ui_play *p = app->play;
    if (p->phase == PLAY_INTRO) return "(intro)";
    int step = p->ses.step;
    if (p->phase == PLAY_FEEDBACK && p->ses.n_log) step = p->ses.log[p->ses.n_log - 1].step;
    const char *id = scenario_step_id(p->scn, step);
    return id ? id : "?";
}

static unsigned long frames, texts_checked, shots, fail_shots, failures;

/* Each failure is printed once (not again for every scroll position). */
#define MAX_SEEN 4096
static char *seen[MAX_SEEN];
static size_t n_seen;

static int first_time(const char *key)
{
    for (size_t i = 0; i < n_seen; i++)
        if (strcmp(seen[i], key) == 0) return 0;
    if (n_seen < MAX_SEEN) seen[n_seen++] = strdup(key);
    return 1;
}

static int new_failure;   /* the frame failed in a way not printed before */
static int quiet;         /* the self-test: failures are counted, not printed */

static void report(const char *what, const draw_list *dl, const draw_cmd *c, const draw_cmd *other)
{
    failures++;
    if (quiet) return;
    char msg[1024];
    int n = snprintf(msg, sizeof msg,
                     "%s: screen %s, scenario %s (%s path), step %s, %dx%d, %s, text size %d: "
                     "\"%.60s\" at %d,%d %dx%d (box %d,%d %dx%d, clip %d,%d %dx%d)",
                     what, at.screen, at.scenario, at.path, step_now(), at.w, at.h, at.lang,
                     at.text_size, draw_cmd_text(dl, c), c->rect.x, c->rect.y, c->rect.w,
                     c->rect.h, c->box.x, c->box.y, c->box.w, c->box.h, c->clip.x, c->clip.y,
                     c->clip.w, c->clip.h);
    if (other && n > 0 && (size_t)n < sizeof msg)
        snprintf(msg + n, sizeof msg - (size_t)n, " and \"%.60s\" at %d,%d %dx%d",
                 draw_cmd_text(dl, other), other->rect.x, other->rect.y, other->rect.w,
                 other->rect.h);
    if (first_time(msg)) {
        fprintf(stderr, "%s\n", msg);
        new_failure = 1;
    }
}

/* ---- Screenshots ------------------------------------------------------------------- */

static double shot_time;
static double seconds(void);

/* A window of w x h for screenshots, opened when the size changes. The
 * test holds a TTF_Init of its own (the fonts outlive every window), so
 * platform_close's TTF_Quit is balanced here. */
static void close_platform(void)
{
    if (!plat) return;
    for (int i = 0; i < 3; i++)   /* their textures belong to this renderer */
        for (int j = 0; j < 3; j++)
            if (text_sys[i][j]) text_cache_flush(text_sys[i][j]);
    TTF_Init();
    platform_close(plat);
    plat = NULL;
}

static int open_platform(int w, int h)
{
    static int plat_w, plat_h;
    if (plat && plat_w == w && plat_h == h) return 1;
    close_platform();
    char err[BD_ERR_LEN];
    window_options wo = { .renderer = RENDERER_SOFTWARE, .width = w, .height = h,
                          .title = "test_overflow" };
    plat = platform_open(&wo, err, sizeof err);
    if (!plat) {
        fprintf(stderr, "no window for screenshots at %dx%d: %s\n", w, h, err);
        CHECK(0);
        return 0;
    }
    plat_w = w;
    plat_h = h;
    return 1;
}

static void save_png(draw_list *dl, const char *name)
{
    double t0 = seconds();
    if (!open_platform(app->w, app->h)) return;
    char path[4096], err[BD_ERR_LEN];
    snprintf(path, sizeof path, "%s/%s.png", ARTEFACTS, name);
    platform_draw(plat, texts, dl, ui_app_background(app));
    if (platform_screenshot(plat, path, err, sizeof err) != 0) {
        fprintf(stderr, "screenshot: %s\n", err);
        CHECK(0);
    } else {
        shots++;
    }
    shot_time += seconds() - t0;
}

static void shot_name(char *out, size_t n, const char *prefix)
{
    char screen[64];
    snprintf(screen, sizeof screen, "%s", at.screen);
    for (char *s = screen; *s; s++)
        if (*s == '/') *s = '-';
    snprintf(out, n, "%s%dx%d-%s-size%d-%03lu-%s-%s", prefix, at.w, at.h, at.lang, at.text_size,
             shots, screen, step_now());
}

/* ---- The checks ---------------------------------------------------------------------- */

static int inside(ui_rect r, ui_rect c)
{
    return r.x >= c.x && r.y >= c.y && r.x + r.w <= c.x + c.w && r.y + r.h <= c.y + c.h;
}

static int overlap(ui_rect a, ui_rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

static int empty(ui_rect r) { return r.w <= 0 || r.h <= 0; }

/* Checks every text of a frame w x h; returns how many failures it found. */
static unsigned long check_texts(const draw_list *dl, int w, int h)
{
    unsigned long before = failures;
    ui_rect win = { 0, 0, w, h };
    /* A fill over the whole window (the pause menu's veil) hides what is under it. */
    size_t cover = 0;
    for (size_t i = 0; i < dl->count; i++)
        if (dl->cmds[i].kind == DRAW_FILL && inside(win, dl->cmds[i].rect)) cover = i + 1;
    for (size_t i = 0; i < dl->count; i++) {
        const draw_cmd *c = &dl->cmds[i];
        if (c->kind != DRAW_TEXT) continue;
        texts_checked++;
        ui_rect seen_part = c->clip.w > 0 ? ui_rect_intersect(c->rect, c->clip) : c->rect;
        if (!empty(seen_part) && !inside(seen_part, win)) report("leaves the window", dl, c, NULL);
        /* Its own box does not scroll: a text must fit it whole. Only the
         * clip (the box narrowed by a scrolling view) may cut it, and only
         * at the top or bottom. */
        if (c->box.w > 0 && !inside(c->rect, c->box))
            report("does not fit its box", dl, c, NULL);
        if (c->clip.w > 0 && !empty(seen_part) &&
            (c->rect.x < c->clip.x || c->rect.x + c->rect.w > c->clip.x + c->clip.w))
            report("is cut at the side", dl, c, NULL);
    }
    /* Overlaps between texts seen whole. */
    for (size_t i = cover; i < dl->count; i++) {
        const draw_cmd *a = &dl->cmds[i];
        if (a->kind != DRAW_TEXT || empty(a->rect) || !inside(a->rect, win) ||
            (a->clip.w > 0 && !inside(a->rect, a->clip)))
            continue;
        for (size_t j = i + 1; j < dl->count; j++) {
            const draw_cmd *b = &dl->cmds[j];
            if (b->kind != DRAW_TEXT || empty(b->rect) || !inside(b->rect, win) ||
                (b->clip.w > 0 && !inside(b->rect, b->clip)))
                continue;
            if (overlap(a->rect, b->rect)) report("overlaps another text", dl, a, b);
        }
    }
    return failures - before;
}

/* The checks themselves, on frames made by hand: each kind of failure is
 * found, and text cut only by a scrolling view is not one. */
static void self_test(void)
{
    draw_list dl = { 0 };
    ui_font f = { FONT_SANS, 20, 0 };
    ui_color col = { 255, 255, 255, 255 };
    ui_rect box = { 10, 10, 100, 20 };
    quiet = 1;
#define FRAME_FAILS(n) do { CHECK_INT(check_texts(&dl, 800, 600), n); draw_list_clear(&dl); } while (0)
    draw_text(&dl, 10, 10, f, col, "fits", 4, 50, 20, box);
    FRAME_FAILS(0);
    draw_text(&dl, 10, 30, f, col, "second line under a one-line box", 32, 50, 20, box);
    FRAME_FAILS(1);
    draw_text(&dl, 10, 10, f, col, "wider than its box", 18, 120, 20, box);
    FRAME_FAILS(2);   /* its box, and cut at the side */
    draw_text(&dl, 780, 10, f, col, "off the edge", 12, 60, 20, (ui_rect){ 780, 10, 60, 20 });
    FRAME_FAILS(1);
    /* In a view that scrolls: the part under the view's edge is cut, not lost. */
    draw_text(&dl, 10, 30, f, col, "scrolls", 7, 50, 20, (ui_rect){ 10, 10, 100, 40 });
    ui_clip_tail(&dl, 0, (ui_rect){ 0, 0, 800, 40 });
    FRAME_FAILS(0);
    draw_text(&dl, 10, 10, f, col, "one", 3, 50, 20, (ui_rect){ 10, 10, 100, 40 });
    draw_text(&dl, 40, 25, f, col, "two", 3, 50, 20, (ui_rect){ 10, 10, 100, 40 });
    FRAME_FAILS(1);
    /* Under the pause menu's veil: hidden, not overlapping. */
    draw_text(&dl, 10, 10, f, col, "one", 3, 50, 20, (ui_rect){ 10, 10, 100, 40 });
    draw_fill(&dl, (ui_rect){ 0, 0, 800, 600 }, col);
    draw_text(&dl, 40, 25, f, col, "two", 3, 50, 20, (ui_rect){ 10, 10, 100, 40 });
    FRAME_FAILS(0);
#undef FRAME_FAILS
    quiet = 0;
    failures = 0;
    draw_list_free(&dl);
}

/* Draws the current screen into dl and checks every text of it. */
static void check_frame(draw_list *dl, int keep)
{
    ui_app_draw(app, dl);
    frames++;
    new_failure = 0;
    unsigned long failed = check_texts(dl, app->w, app->h);
    /* Counted once a frame; report() printed what failed. */
    if (failed == 0) check_passed_++;
    else check_failed_++;
    char name[256];
    if (new_failure && fail_shots < MAX_FAIL_SHOTS) {
        fail_shots++;
        shot_name(name, sizeof name, "FAIL-");
        save_png(dl, name);
    } else if (keep && at.sample) {
        shot_name(name, sizeof name, "");
        save_png(dl, name);
    }
}

/* ---- Driving the app ------------------------------------------------------------------ */

static void send(action_type t, input_device d, float amount, const char *text)
{
    action a;
    memset(&a, 0, sizeof a);
    a.type = t;
    a.device = d;
    a.amount = amount;
    if (text) snprintf(a.text, sizeof a.text, "%s", text);
    ui_app_handle(app, &a);
}

static void press(action_type t) { send(t, DEV_KEYBOARD, 0, NULL); }
static void type_text(const char *s) { send(ACT_TEXT, DEV_KEYBOARD, 0, s); }
/* The wheel turned far up: back to the top. */
static void scroll_to_top(void) { send(ACT_SCROLL, DEV_MOUSE, -100000.0f, NULL); }

/* Scrolls on by the view's height less a little more than the tallest
 * line (a prompt's): each line cut at the view's bottom edge before is
 * seen whole after. The wheel's unit is 48 logical px. */
static void scroll_on(int view_h)
{
    int step = view_h - ui_px(&app->ctx, 48.0f * app->ctx.text_scale);
    if (step < view_h / 4) step = view_h / 4;
    send(ACT_SCROLL, DEV_MOUSE, (float)step / (float)ui_px(&app->ctx, 48), NULL);
}

/* Presses Down or Up until id has focus. */
static int focus_on(const char *id, action_type dir)
{
    for (int guard = 0; guard < 64 && strcmp(ui_app_focus_id(app), id) != 0; guard++) press(dir);
    if (strcmp(ui_app_focus_id(app), id) == 0) return 1;
    fprintf(stderr, "cannot focus %s (focus is on %s) on %s, %dx%d %s size %d\n", id,
            ui_app_focus_id(app), at.screen, at.w, at.h, at.lang, at.text_size);
    CHECK(0);
    return 0;
}

/* The window size, language and text size the app shows from now on: what
 * the settings screen and a window resize change, applied directly. */
static void set_combo(int size, int lang, int text_size)
{
    at.w = SIZES[size][0];
    at.h = SIZES[size][1];
    at.lang = LANGS[lang];
    at.text_size = text_size;
    texts = text_sys[size][text_size];
    measure.ctx = texts;   /* the app measures through &measure */
    cfg.text_size = text_size;
    snprintf(cfg.language, sizeof cfg.language, "%s", LANGS[lang]);
    ui_app_set_locale(app, locs[lang]);
    give_scenarios(LANGS[lang]);
    /* The scenario's texts follow the language, as after the settings. */
    if (app->play) snprintf(app->play->lang, sizeof app->play->lang, "%s", LANGS[lang]);
    ui_app_resize(app, at.w, at.h, 1.0f);
}


/* 1: every size, language and text size; 0: the one set (a sample walk). */
static int all_combos;

/* The play screen as it is now: the top, then scrolled on to the bottom,
 * each position checked. */
static void walk_view(draw_list *dl, const char *screen, int keep)
{
    at.screen = screen;
    ui_play *p = app->play;
    if (p->paused) {   /* the menu does not scroll */
        check_frame(dl, keep);
        return;
    }
    scroll_to_top();
    check_frame(dl, keep);
    if (!all_combos && at.sample) return;   /* pictures of what phase 1 walked */
    for (int guard = 0; guard < 500 && p->scroll < p->max_scroll; guard++) {
        scroll_on(p->view.h);
        check_frame(dl, 0);
    }
    CHECK(p->scroll == p->max_scroll);
}


static void walk_view_everywhere(draw_list *dl, const char *screen, int keep)
{
    if (!all_combos) {
        walk_view(dl, screen, keep);
        return;
    }
    for (int s = 0; s < N_SIZES; s++)
        for (int l = 0; l < 2; l++)
            for (int t = 0; t <= 2; t++) {
                set_combo(s, l, t);
                walk_view(dl, screen, 0);
            }
    set_combo(DRIVE_SIZE, 0, 1);
}

static int row_of_item(const ui_play *p, int id)
{
    for (size_t r = 0; r < p->n_rows; r++)
        if (p->ses.view.items[p->rows[r]].id == id) return (int)r;
    return -1;
}

/* Focus on question row r (from 0), moving by keys as a player would. */
static void focus_row(int r)
{
    char id[32];
    snprintf(id, sizeof id, "play.item.%d", r + 1);
    for (int guard = 0; guard < 400 && strcmp(ui_app_focus_id(app), id) != 0; guard++) {
        int now = 0;
        if (sscanf(ui_app_focus_id(app), "play.item.%d", &now) != 1) now = 1 << 20;
        press(now - 1 < r ? ACT_DOWN : ACT_UP);
    }
    CHECK_STR(ui_app_focus_id(app), id);
}

/* Answers the question on screen with token, through the UI: Down to a
 * choice and Enter; Space on each option or line to mark, then Ctrl+Enter;
 * an order's rows picked up, moved up into place and put down. */
static void answer(const char *token)
{
    ui_play *p = app->play;
    const step_view *v = &p->ses.view;
    char err[BD_ERR_LEN];
    pick k = { 0 };
    if (!token || answer_parse(v, token, &k, err, sizeof err) != 0) {
        fprintf(stderr, "%s: step %s: the %s path's answer '%s' does not fit: %s\n", at.scenario,
                step_now(), at.path, token ? token : "(none)", token ? err : "path ended");
        CHECK(0);
        free(k.ids);
        k.ids = NULL;
        k.n = 0;
    }
    scroll_to_top();
    switch (v->pick) {
    case PICK_ONE: {
        int r = k.n ? row_of_item(p, k.ids[0]) : 0;
        focus_row(r < 0 ? 0 : r);
        press(ACT_SELECT);
        break;
    }
    case PICK_MANY:
        for (size_t r = 0; r < p->n_rows; r++) {
            int id = v->items[p->rows[r]].id, want = 0;
            for (size_t i = 0; i < k.n; i++) want |= k.ids[i] == id;
            if (!want) continue;
            focus_row((int)r);
            press(ACT_TOGGLE);
        }
        press(ACT_CONFIRM);
        break;
    case PICK_ORDER:
        for (size_t i = 0; i < k.n; i++) {
            int j = row_of_item(p, k.ids[i]);
            if (j <= (int)i) continue;
            focus_row(j);
            press(ACT_SELECT);
            for (int s = j; s > (int)i; s--) press(ACT_UP);
            press(ACT_SELECT);
        }
        press(ACT_CONFIRM);
        break;
    default:
        press(ACT_CONFIRM);
        break;
    }
    free(k.ids);
}

typedef struct {
    char *path;
    const char *file;
    char *best, *worst;
    int best_points[2], worst_points[2];   /* detection, response */
} scn_paths;

static double open_time;
static int count_tokens(const char *s)
{
    int n = 0;
    for (const char *q = s; *q; q++) n += *q != ' ' && (q == s || q[-1] == ' ');
    return n;
}

/* Question screens already walked in every combination: the same step,
 * as the same answer number, with the same texts (a worst path often
 * starts as the best one does). */
#define MAX_WALKED 256
static char *walked[MAX_WALKED];
static size_t n_walked;

static void add_text(bd_buf *b, const bd_text *t)
{
    bd_buf_add(b, t->en ? t->en : "", t->en ? strlen(t->en) : 0);
    bd_buf_add(b, "\x1f", 1);
    bd_buf_add(b, t->ja ? t->ja : "", t->ja ? strlen(t->ja) : 0);
    bd_buf_add(b, "\x1e", 1);
}

static int walked_before(const ui_play *p, const char *file)
{
    const step_view *v = &p->ses.view;
    bd_buf b = { 0 };
    char head[512];
    snprintf(head, sizeof head, "%s|%s|%zu|%d|", file, step_now(), p->ses.n_log, (int)v->pick);
    bd_buf_add(&b, head, strlen(head));
    add_text(&b, &v->prompt);
    add_text(&b, &v->body);
    add_text(&b, &v->mono);
    for (size_t r = 0; r < p->n_rows; r++) add_text(&b, &v->items[p->rows[r]].text);
    bd_buf_add(&b, "", 1);
    char *key = (char *)b.data;
    for (size_t i = 0; key && i < n_walked; i++)
        if (strcmp(walked[i], key) == 0) {
            bd_buf_free(&b);
            return 1;
        }
    if (key && n_walked < MAX_WALKED) walked[n_walked++] = key;
    else bd_buf_free(&b);
    return 0;
}

static char *saved_session;   /* resume.json of a session left at its intro */
static size_t saved_len;

/* A sample walk keeps pictures of the first step, and of every step at
 * 1280x720 in Japanese. */
static int keep_step(const ui_play *p)
{
    return (at.w == 1280 && at.lang[0] == 'j') || p->ses.n_log + (p->phase == PLAY_QUESTION) <= 1;
}

/* From the list, plays row `row` along answers to its ending and back to
 * the list, checking every screen on the way (in every combination when
 * all_combos is set). */
static void play_path(draw_list *dl, int row, const scn_paths *sp, int worst, int pause_too)
{
    const char *file = sp->file, *path_name = worst ? "worst" : "best";
    const char *answers = worst ? sp->worst : sp->best;
    const int *points = worst ? sp->worst_points : sp->best_points;
    at.scenario = file;
    at.path = path_name;
    char id[32];
    snprintf(id, sizeof id, "list.item.%d", row + 1);
    focus_on(id, ACT_DOWN);
    double t0 = seconds();
    press(ACT_SELECT);
    open_time += seconds() - t0;
    CHECK(app->screen == SCREEN_PLAY && app->play);
    if (app->screen != SCREEN_PLAY || !app->play) {
        fprintf(stderr, "%s did not open\n", file);
        return;
    }
    ui_play *p = app->play;
    if (p->phase == PLAY_INTRO) {
        if (!saved_session) saved_session = file_read_all(HOST.resume_path, &saved_len, NULL, 0);
        walk_view_everywhere(dl, "play/intro", 1);
        press(ACT_CONFIRM);
    }
    char *copy = strdup(answers), *save = NULL;
    char *tok = strtok_r(copy, " ", &save);
    for (int guard = 0; guard < 200 && p->phase == PLAY_QUESTION; guard++) {
        if (!all_combos || !walked_before(p, file))
            walk_view_everywhere(dl, "play/question", keep_step(p));
        if (pause_too) {
            pause_too = 0;
            press(ACT_BACK);
            CHECK(p->paused);
            walk_view_everywhere(dl, "play/pause", 1);
            press(ACT_BACK);
            CHECK(!p->paused);
        }
        answer(tok);
        tok = strtok_r(NULL, " ", &save);
        CHECK(p->phase == PLAY_FEEDBACK);
        if (p->phase != PLAY_FEEDBACK) break;
        walk_view_everywhere(dl, "play/feedback", keep_step(p));
        press(ACT_CONFIRM);
    }
    CHECK(p->phase == PLAY_ENDING);
    /* The keys pressed gave the path's answers: as many, worth as much. */
    if ((int)p->ses.n_log != count_tokens(answers) || p->ses.detect != points[0] ||
        p->ses.respond != points[1]) {
        fprintf(stderr, "%s: the %s path '%s' (%d/%d points) was played as %zu answers worth "
                "%d/%d\n", file, path_name, answers, points[0], points[1], p->ses.n_log,
                p->ses.detect, p->ses.respond);
        CHECK(0);
    }
    free(copy);
    walk_view_everywhere(dl, "play/ending", 1);
    press(ACT_SELECT);   /* Back to the list */
    CHECK(app->screen == SCREEN_LIST);
    at.scenario = "-";
    at.path = "-";
}

/* ---- The other screens, for one size, language and text size ---------------------------- */

static ui_app *new_app(int size, int lang, int text_size)
{
    config_defaults(&cfg);
    cfg.ask_employee_id = 1;   /* the name screen at its fullest */
    scored_rows = 0;
    at = (walk_at){ .screen = "title", .scenario = "-", .path = "-", .sample = at.sample };
    app = ui_app_new(locs[lang], &measure, &cfg, &HOST);
    set_combo(size, lang, text_size);
    return app;
}

/* The resume offer, the title, settings, the name screen and the list (as
 * new, then with best scores); leaves the app on the list. */
static void walk_menus(draw_list *dl, int size, int lang, int text_size)
{
    char err[BD_ERR_LEN];
    new_app(size, lang, text_size);
    /* A session left at its intro is offered at the start (once there
     * is one: the first scenario's walk keeps it)... */
    if (saved_session) {
        CHECK(file_write_atomic(HOST.resume_path, saved_session, saved_len, err, sizeof err) == 0);
        ui_app_offer_resume(app);
        at.screen = "resume";
        CHECK(app->screen == SCREEN_RESUME);
        check_frame(dl, 1);
        /* ...and reads otherwise when its scenario changed since. */
        app->resume_changed = 1;
        at.screen = "resume/changed";
        check_frame(dl, 1);
        app->resume_changed = 0;
        press(ACT_BACK);   /* not now */
        remove(HOST.resume_path);
    }

    at.screen = "title";
    CHECK(app->screen == SCREEN_TITLE);
    check_frame(dl, 1);
    focus_on("title.settings", ACT_DOWN);
    press(ACT_SELECT);
    at.screen = "settings";
    CHECK(app->screen == SCREEN_SETTINGS);
    check_frame(dl, 1);
    press(ACT_BACK);

    focus_on("title.play", ACT_UP);
    press(ACT_SELECT);
    at.screen = "name";
    CHECK(app->screen == SCREEN_NAME);
    check_frame(dl, 0);
    type_text("Yamada Taro 山田太郎");   /* an action carries 31 bytes */
    type_text(", Security Operations");
    type_text(" Centre, Tsukuba");
    press(ACT_DOWN);
    type_text("EMP-0042-TOKYO");
    check_frame(dl, 1);
    focus_on("name.continue", ACT_DOWN);
    press(ACT_SELECT);
    at.screen = "list";
    CHECK(app->screen == SCREEN_LIST);
    check_frame(dl, 1);
    /* Finished before: each row with its best score, scrolled to the end. */
    host_reload(NULL);
    at.screen = "list/scored";
    check_frame(dl, 0);
    for (int guard = 0, last = -1; guard < 100 && app->list_scroll != last; guard++) {
        last = app->list_scroll;
        send(ACT_SCROLL, DEV_KEYBOARD, 5, NULL);   /* PageDown */
        check_frame(dl, 0);
    }
    scroll_to_top();
    focus_on("list.item.1", ACT_UP);
}

/* ---- Main ------------------------------------------------------------------------------ */

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

int main(void)
{
    double t0 = seconds();
    char err[BD_ERR_LEN];
    CHECK(dir_make_all(TMP, err, sizeof err) == 0);
    CHECK(dir_make_all(ARTEFACTS, err, sizeof err) == 0);
    remove(HOST.results_path);
    remove(HOST.resume_path);
    /* Old pictures would pass for this run's. */
    DIR *d = opendir(ARTEFACTS);
    for (struct dirent *e; d && (e = readdir(d)) != NULL;) {
        size_t n = strlen(e->d_name);
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", ARTEFACTS, e->d_name);
        if (n > 4 && strcmp(e->d_name + n - 4, ".png") == 0) remove(path);
    }
    if (d) closedir(d);

    /* The real fonts, measured by SDL_ttf. */
    font_files ff;
    if (fonts_find(&ff, err, sizeof err) != 0) {
        fprintf(stderr, "fonts_find: %s\n", err);
        CHECK(0);
        return check_done();
    }
    CHECK_INT(TTF_Init(), 0);
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) {
            text_sys[i][j] = text_system_open(&ff, err, sizeof err);
            if (!text_sys[i][j]) {
                fprintf(stderr, "text_system_open: %s\n", err);
                CHECK(0);
                return check_done();
            }
        }
    texts = text_sys[DRIVE_SIZE][1];
    measure = text_measurer(texts);

    for (int l = 0; l < 2; l++) {
        locs[l] = locale_load(BD_SOURCE_DIR, LANGS[l], err, sizeof err);
        CHECK(locs[l] != NULL);
        if (!locs[l]) fprintf(stderr, "locale %s: %s\n", LANGS[l], err);
        sums[l].n = scn_summary_scan(BD_SOURCE_DIR "/scenarios", LANGS[l], &sums[l].list);
    }
    if (!locs[0] || !locs[1]) return check_done();

    /* The training scenarios, in list order, with the explorer's paths. */
    scn_paths scn[32];
    size_t n_scn = 0;
    for (size_t i = 0; i < sums[0].n && n_scn < 32; i++) {
        const scn_summary *s = &sums[0].list[i];
        if (s->kiosk_only) continue;
        scenario_opts o = { .plugin_dirs = PLUGIN_DIRS, .n_plugin_dirs = 1, .paths = 1 };
        scenario *sc = scenario_load(s->path, &o);
        const explore_result *ex = sc ? scenario_explored(sc) : NULL;
        CHECK(sc && scenario_ok(sc) && ex && ex->best_answers && ex->worst_answers);
        scn[n_scn].path = strdup(s->path);
        scn[n_scn].file = base_name(scn[n_scn].path);
        scn[n_scn].best = strdup(ex && ex->best_answers ? ex->best_answers : "");
        scn[n_scn].worst = strdup(ex && ex->worst_answers ? ex->worst_answers : "");
        if (ex) {
            scn[n_scn].best_points[0] = ex->best_detect;
            scn[n_scn].best_points[1] = ex->best_respond;
            scn[n_scn].worst_points[0] = ex->worst_detect;
            scn[n_scn].worst_points[1] = ex->worst_respond;
        }
        printf("%s: best '%s', worst '%s'\n", scn[n_scn].file, scn[n_scn].best, scn[n_scn].worst);
        n_scn++;
        scenario_free(sc);
    }
    CHECK(n_scn >= 3);

    self_test();
    draw_list dl = { 0 };

    /* 1. Every scenario along its best and worst paths, each screen of the
     * way seen at every size, in both languages, at every text size (one
     * session per path: the combinations change under it, as a resize and
     * the settings would). The first best path also opens the pause menu. */
    double t1 = seconds();
    all_combos = 1;
    walk_menus(&dl, DRIVE_SIZE, 0, 1);
    for (size_t i = 0; i < n_scn; i++) {
        play_path(&dl, (int)i, &scn[i], 0, i == 0);
        play_path(&dl, (int)i, &scn[i], 1, 0);
    }
    ui_app_free(app);
    all_combos = 0;
    printf("scenarios: %.1f s (opening them %.1f s), %lu frames\n", seconds() - t1, open_time,
           frames);
    CHECK(saved_session != NULL);

    /* 2. The other screens in every combination. */
    t1 = seconds();
    for (int s = 0; s < N_SIZES; s++)
        for (int l = 0; l < 2; l++)
            for (int t = 0; t <= 2; t++) {
                walk_menus(&dl, s, l, t);
                ui_app_free(app);
            }
    printf("menus: %.1f s, %lu frames\n", seconds() - t1, frames);

    /* 3. Pictures: the first scenario's best path and the menus at the
     * largest text size, every size, both languages. */
    t1 = seconds();
    for (int s = 0; s < N_SIZES; s++)
        for (int l = 0; l < 2; l++) {
            at.sample = 1;
            walk_menus(&dl, s, l, 2);
            play_path(&dl, 0, &scn[0], 0, 1);
            ui_app_free(app);
            at.sample = 0;
        }
    close_platform();
    printf("screenshots: %.1f s (saving %.1f s)\n", seconds() - t1, shot_time);
    app = NULL;
    draw_list_free(&dl);

    /* Every string shown exists in both languages. */
    for (int l = 0; l < 2; l++) {
        const char *first = NULL;
        size_t missing = locale_missing(locs[l], &first);
        if (missing) fprintf(stderr, "%s: %zu lookups of missing strings, the first '%s'\n",
                             LANGS[l], missing, first ? first : "?");
        CHECK_INT(missing, 0);
    }

    printf("%lu frames, %lu texts checked, %lu failures (%zu distinct), %lu screenshots in %s, "
           "%.1f s\n", frames, texts_checked, failures, n_seen, shots, ARTEFACTS, seconds() - t0);

    for (size_t i = 0; i < n_scn; i++) {
        free(scn[i].path);
        free(scn[i].best);
        free(scn[i].worst);
    }
    free(saved_session);
    for (size_t i = 0; i < n_seen; i++) free(seen[i]);
    for (size_t i = 0; i < n_walked; i++) free(walked[i]);
    for (int l = 0; l < 2; l++) {
        scn_summary_free_all(sums[l].list, sums[l].n);
        locale_free(locs[l]);
    }
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) text_system_close(text_sys[i][j]);
    TTF_Quit();
    return check_done();
}
