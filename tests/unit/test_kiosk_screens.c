/*
 * test_kiosk_screens — the kiosk's attract screen (title, board and facts
 * cards), the choice of incident, the round's result and the leaderboard,
 * for a host with an in-memory board and the bundled kiosk scenarios.
 *
 * Every screen is laid out with a fake measure (each code point half its
 * font size wide) and with the real fonts (fontconfig, SDL_ttf), at 800x600
 * and 1920x1080, in English and Japanese, at every text size (the smallest
 * in high contrast): the element ids it promises are there, inside the
 * window, out of the staff's corner, none overlapping another but
 * "attract.start" (under the whole attract screen); every text fits its
 * box, inside the window, overlapping no other; and it shows what it is for. Then touches and the clock: a language
 * button wins over the start area, a touch elsewhere starts, the cards turn
 * and move. No string may be missing in either language.
 *
 * The real-font pass saves pictures of the screens in tests/artefacts/kiosk
 * in the build folder, or in $BD_KIOSK_SHOTS when set.
 */
#include "check.h"
#include "fake_input.h"
#include "fake_measure.h"
#include "platform/platform.h"
#include "script/script.h"

#include <SDL_ttf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARTEFACTS BD_TEST_TMP "/../artefacts/kiosk"
#define CORNER_UNITS 72.0f   /* kiosk.c's staff corner, top left */

static const int SIZES[][2] = { { 800, 600 }, { 1920, 1080 } };
static const char *const LANGS[] = { "en", "ja" };

/* ---- The world the app lives in ------------------------------------------------- */


static ui_measure measure;
static locale *locs[2];
static config cfg;
static kiosk_config kcfg;
static ui_app *app;
static double clock_s;

static void host_language(void *ctx, const char *lang)
{
    (void)ctx;
    ui_app_set_locale(app, locs[strcmp(lang, "ja") == 0]);
}
static double host_now(void *ctx) { (void)ctx; return clock_s; }
static uint32_t host_seed(void *ctx) { (void)ctx; return 0; }

static const char *const PLUGIN_DIRS[] = { BD_SOURCE_DIR "/plugins" };
static const ui_host HOST = { .set_language = host_language, .now = host_now, .new_seed = host_seed,
                              .plugin_dirs = PLUGIN_DIRS, .n_plugin_dirs = 1, .mode = "kiosk" };

/* The board: entries in memory, filled best first, so their order is the
 * board's. */
#define BOARD_CAP 1200
static leaderboard_entry board_v[BOARD_CAP];
static size_t board_n;
static uint64_t board_next = 1;

static size_t host_board(void *ctx, uint64_t mine, const leaderboard_entry **out, size_t max,
                         size_t *rank, size_t *total, const leaderboard_entry **own)
{
    (void)ctx;
    *rank = 0;
    *own = NULL;
    *total = board_n;
    for (size_t i = 0; i < board_n; i++) {
        if (mine && board_v[i].id == mine) {
            *rank = i + 1;
            *own = &board_v[i];
        }
        if (i < max) out[i] = &board_v[i];
    }
    return board_n < max ? board_n : max;
}

/* Nicknames at their widest: twelve full-width kana, twelve W. */
static const char *const NICKS[] = { "アイウエオカキクケコサシ", "WWWWWWWWWWWW", "さくら", "Kenji",
                                     "山田太郎", "ZeroDay", "mika_07", "ポートの番人" };

/* n entries, the best first; returns the id of the one at place `at`
 * (from 1), 0 for none. */
static const char *const OWN_NICK = "ゲストのミナ";   /* the visitor's own, on no other row */
static uint64_t board_fill(size_t n, size_t at)
{
    board_n = n;
    uint64_t id = 0;
    for (size_t i = 0; i < n; i++) {
        const char *nick = i + 1 == at ? OWN_NICK : NICKS[i % 8];
        int score = i < 66 ? 100 - (int)i * 3 / 2 : 0;
        board_v[i] = (leaderboard_entry){ .id = board_next++, .score = score,
                                          .speed_bonus = 20 - (int)(i % 20) };
        snprintf(board_v[i].nickname, sizeof board_v[i].nickname, "%s", nick);
        if (i + 1 == at) id = board_v[i].id;
    }
    return id;
}

/* The bundled kiosk scenarios: their titles, incidents and facts. */
#define MAX_SCN 8
#define MAX_FACTS 64
static scenario *scn[MAX_SCN];
static ui_kiosk_scenario kscn[MAX_SCN];
static ui_kiosk_fact facts[MAX_FACTS];
static ui_kiosk_host khost;

static void load_scenarios(void)
{
    static const char *const FILES[] = { "jaxa-2023-quick.lua", "nagoya-port-2023-quick.lua",
                                         "nisc-2023-quick.lua" };
    scenario_opts o = { .plugin_dirs = PLUGIN_DIRS, .n_plugin_dirs = 1, .no_explore = 1 };
    for (size_t i = 0; i < 3; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/scenarios/%s", BD_SOURCE_DIR, FILES[i]);
        scn[i] = scenario_load(path, &o);
        CHECK(scn[i] && scenario_ok(scn[i]));
        if (!scn[i] || !scenario_ok(scn[i])) continue;
        const scn_info *in = scenario_info(scn[i]);
        kscn[khost.n_scenarios++] = (ui_kiosk_scenario){ scenario_path(scn[i]), in->id, &in->title,
                                                         &in->org, &in->when };
        for (size_t f = 0; f < in->n_facts && khost.n_facts < MAX_FACTS; f++) {
            int s = in->facts[f].source;
            facts[khost.n_facts++] = (ui_kiosk_fact){
                &in->facts[f].text, s > 0 && (size_t)s <= in->n_sources ? in->sources[s - 1] : NULL,
                &in->org, &in->when };
        }
    }
    CHECK(khost.n_scenarios == 3 && khost.n_facts >= 6);
    khost.scenarios = kscn;
    khost.facts = facts;
}

/* ---- Where the walk is, for messages ------------------------------------------- */

static const char *pass = "fake";
static const char *screen_name = "-";
static int at_size, at_lang, at_text;
static unsigned long failures_printed;

static void fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void fail(const char *fmt, ...)
{
    check_failed_++;
    if (failures_printed++ > 40) return;
    fprintf(stderr, "%s fonts, %s, %dx%d, %s, text size %d: ", pass, screen_name, SIZES[at_size][0],
            SIZES[at_size][1], LANGS[at_lang], at_text);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* A check that names the screen, size, language and text size it failed at. */
#define EXPECT(cond) \
    do { if (cond) check_passed_++; else fail("%s (line %d)", #cond, __LINE__); } while (0)

/* ---- Screenshots (real fonts only) ----------------------------------------------------- */

static text_system *texts;   /* the real fonts, or NULL in the fake pass */
static char shots_dir[4096];
static unsigned long shots;

/* A window of the app's size for each picture: a few dozen, opened fast
 * on the dummy driver. */
static void save_png(const draw_list *dl)
{
    char err[BD_ERR_LEN], path[4200];
    window_options wo = { .renderer = RENDERER_SOFTWARE, .width = app->w, .height = app->h,
                          .title = "test_kiosk_screens" };
    platform *plat = platform_open(&wo, err, sizeof err);
    if (!plat) {
        fail("no window for screenshots: %s", err);
        return;
    }
    snprintf(path, sizeof path, "%s/%dx%d-%s-size%d-%s.png", shots_dir, app->w, app->h,
             LANGS[at_lang], at_text, screen_name);
    platform_draw(plat, texts, dl, ui_app_background(app));
    if (platform_screenshot(plat, path, err, sizeof err) != 0) fail("screenshot: %s", err);
    else shots++;
    text_cache_flush(texts);   /* its textures belong to this renderer */
    TTF_Init();                /* platform_close's TTF_Quit is balanced here */
    platform_close(plat);
}

/* ---- The checks ------------------------------------------------------------------------ */

static draw_list dl;

static int inside(ui_rect r, ui_rect c)
{
    return r.x >= c.x && r.y >= c.y && r.x + r.w <= c.x + c.w && r.y + r.h <= c.y + c.h;
}
static int overlap(ui_rect a, ui_rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/* Copies src without its spaces (wrapping drops them). */
static void squeeze(char *dst, size_t n, const char *src)
{
    size_t k = strlen(dst);
    for (; *src && k + 1 < n; src++)
        if (*src != ' ') dst[k++] = *src;
    dst[k] = '\0';
}

/* Everything drawn, one string, without spaces. */
static char all_text[65536];
static void gather_text(void)
{
    all_text[0] = '\0';
    for (size_t i = 0; i < dl.count; i++)
        if (dl.cmds[i].kind == DRAW_TEXT)
            squeeze(all_text, sizeof all_text, draw_cmd_text(&dl, &dl.cmds[i]));
}

static int shows(const char *needle)
{
    char want[4096] = "";
    squeeze(want, sizeof want, needle);
    return strstr(all_text, want) != NULL;
}

static void expect_shows(const char *needle)
{
    if (shows(needle)) check_passed_++;
    else fail("does not show \"%.80s\"", needle);
}

/* The first bytes of text (a whole code point) are shown. */
static void expect_start(const char *text, size_t bytes)
{
    char start[64];
    snprintf(start, sizeof start, "%.*s", (int)utf8_clip(text, strlen(text), bytes), text);
    expect_shows(start);
}

/* The text command whose text is s, or NULL. */
static const draw_cmd *text_cmd(const char *s)
{
    for (size_t i = 0; i < dl.count; i++)
        if (dl.cmds[i].kind == DRAW_TEXT && strcmp(draw_cmd_text(&dl, &dl.cmds[i]), s) == 0)
            return &dl.cmds[i];
    return NULL;
}

/* Draws the screen and checks its elements and texts (ids: NULL-ended). */
static void check_screen(const char *name, const char *const *ids, int shoot)
{
    screen_name = name;
    ui_app_draw(app, &dl);
    gather_text();
    ui_rect win = { 0, 0, app->w, app->h };
    for (size_t i = 0; ids[i]; i++)
        if (app_find_element(app, ids[i]) < 0) fail("has no element %s", ids[i]);
    if (app_find_element(app, app->focus_id) < 0) fail("focus %s is on no element", app->focus_id);
    int corner = (int)(CORNER_UNITS * app->ctx.scale) + 1;
    for (int i = 0; i < app->els.n; i++) {
        const ui_element *a = &app->els.el[i];
        if (a->rect.w <= 0 || a->rect.h <= 0 || !inside(a->rect, win))
            fail("%s leaves the window", a->id);
        if (strcmp(a->id, "attract.start") == 0) continue;
        if (overlap(a->rect, (ui_rect){ 0, 0, corner, corner }))
            fail("%s is in the staff corner", a->id);
        for (int j = i + 1; j < app->els.n; j++)
            if (strcmp(app->els.el[j].id, "attract.start") != 0 &&
                overlap(a->rect, app->els.el[j].rect))
                fail("%s overlaps %s", a->id, app->els.el[j].id);
    }
    for (size_t i = 0; i < dl.count; i++) {
        const draw_cmd *c = &dl.cmds[i];
        if (c->kind != DRAW_TEXT) continue;
        const char *s = draw_cmd_text(&dl, c);
        if (c->box.w <= 0 || !inside(c->rect, c->box)) fail("\"%.60s\" does not fit its box", s);
        if (!inside(c->rect, win)) fail("\"%.60s\" leaves the window", s);
        for (size_t j = i + 1; j < dl.count; j++)
            if (dl.cmds[j].kind == DRAW_TEXT && overlap(c->rect, dl.cmds[j].rect))
                fail("\"%.60s\" overlaps \"%.60s\"", s, draw_cmd_text(&dl, &dl.cmds[j]));
    }
    check_passed_++;
    if (shoot) save_png(&dl);
}

/* ---- The screens ---------------------------------------------------------------------------- */

static const char *const ATTRACT_IDS[] = { "attract.start", "attract.en", "attract.ja", NULL };

static void attract_card(size_t card)
{
    app->kiosk->card = card;
    app_go(app, SCREEN_ATTRACT, "attract.start");
}

static void walk_attract(int shoot)
{
    char name[64], head[256];
    CHECK_INT(attract_cards(app), 2 + khost.n_facts);
    board_fill(12, 0);
    attract_card(0);
    check_screen("attract-title", ATTRACT_IDS, shoot);
    expect_shows(kiosk_tr(app, "app.title"));
    expect_shows(kiosk_tr(app, "app.tagline"));
    expect_shows(kiosk_tr(app, "attract.start"));
    EXPECT(text_cmd("English") != NULL && text_cmd("日本語") != NULL);
    attract_card(1);
    check_screen("attract-board", ATTRACT_IDS, shoot);
    kiosk_board_heading(app, head, sizeof head);
    expect_shows(head);
    expect_shows(NICKS[2]);   /* third place, whatever the width of the first */
    for (size_t i = 0; i < khost.n_facts; i++) {
        attract_card(2 + i);
        snprintf(name, sizeof name, "attract-fact%zu", i + 1);
        check_screen(name, ATTRACT_IDS, shoot && i < 2);
        expect_start(bd_text_get(facts[i].text, LANGS[at_lang]), 24);
        expect_shows(kiosk_tr(app, "attract.fact"));
        if (facts[i].source) {
            char src[1024];
            ui_fill_in(src, sizeof src, kiosk_tr(app, "attract.source"), facts[i].source);
            expect_shows(src);
        }
    }
    /* An empty board says so; the event's board is headed by its name. */
    board_n = 0;
    kcfg.leaderboard_scope = KIOSK_BOARD_EVENT;
    snprintf(kcfg.event, sizeof kcfg.event, "%s", "CODE BLUE 2026 東京");
    attract_card(1);
    check_screen("attract-board-empty", ATTRACT_IDS, shoot);
    expect_shows(kiosk_tr(app, "board.empty"));
    expect_shows("CODE BLUE 2026 東京");
    kcfg.leaderboard_scope = KIOSK_BOARD_DAY;
    /* Nothing to play: said instead of the prompt. */
    size_t n = khost.n_scenarios;
    khost.n_scenarios = 0;
    attract_card(0);
    check_screen("attract-none", ATTRACT_IDS, shoot);
    expect_shows(kiosk_tr(app, "attract.no_scenarios"));
    EXPECT(!shows(kiosk_tr(app, "attract.start")));
    khost.n_scenarios = n;
}

static void walk_pick(int shoot)
{
    static const char *const IDS[] = { "pick.item.1", "pick.item.2", "pick.item.3", "pick.back",
                                       NULL };
    app_go(app, SCREEN_PICK, "pick.item.1");
    check_screen("pick", IDS, shoot);
    expect_shows(kiosk_tr(app, "pick.heading"));
    EXPECT(text_cmd(kiosk_tr(app, "pick.play")) != NULL);
    for (size_t i = 0; i < khost.n_scenarios; i++) expect_start(kiosk_text(app, kscn[i].title), 12);
    /* Large targets: a fifth of the window's height at least. */
    ui_rect r;
    EXPECT(ui_app_element_rect(app, "pick.item.1", &r) == 0 && r.h >= app->h / 5);
}

static const char *const LONG_ENDING =
    "The ports stay shut for days while the ransom note sits on every screen. Lorries queue for "
    "kilometres, the containers pile up, and the newspapers ask why nobody had a plan. When the "
    "systems finally come back, the restore takes longer than anyone promised, and the same gap "
    "is still open. A month later the same crew is back through the same door, and this time the "
    "backups are gone too. 港は数日間止まり、誰も計画を持っていなかった理由が問われた。";

/* The number fmt makes of v is drawn, as a text of its own. */
static void expect_number(const char *fmt, int v)
{
    char b[32];
    snprintf(b, sizeof b, fmt, v);
    EXPECT(text_cmd(b) != NULL);
}

static void walk_result(int shoot)
{
    static const char *const IDS[] = { "result.continue", NULL };
    static const char *const OUT[] = { "good", "mixed", "bad", "over" };
    static const int SCORE[] = { 100, 57, 27, 0 }, RESPOND[] = { 100, 35, 25, 15 };
    ui_kiosk *k = app->kiosk;
    for (int i = 0; i < 4; i++) {
        char name[32], key[32], num[16], speed[128];
        k->scenario = i % 3;
        snprintf(k->outcome, sizeof k->outcome, "%s", i == 3 ? "" : OUT[i]);   /* "": no outcome */
        k->score = SCORE[i];
        k->detect_pct = i ? 70 : 100;
        k->respond_pct = RESPOND[i];
        k->speed_bonus = 12 * i;
        free(k->ending);
        k->ending = strdup(i == 2 ? LONG_ENDING : "The intruder is out; every password changed.");
        app_go(app, SCREEN_RESULT, "result.continue");
        snprintf(name, sizeof name, "result-%s", OUT[i]);
        check_screen(name, IDS, shoot && i != 1);
        snprintf(key, sizeof key, "result.%s", OUT[i]);
        expect_shows(kiosk_tr(app, key));
        expect_shows(kiosk_tr(app, "result.speed_note"));
        expect_shows(kiosk_tr(app, "result.detection"));
        expect_number("%d", k->score);
        expect_number("%d%%", k->respond_pct);
        snprintf(num, sizeof num, "%d", k->speed_bonus);
        ui_fill_in(speed, sizeof speed, kiosk_tr(app, "result.speed"), num);
        expect_shows(speed);
        /* A long ending is cut short, and says so. */
        if (i == 2) EXPECT(!shows("理由が問われた") && strstr(all_text, "…") != NULL);
        else expect_shows(k->ending);
    }
}

/* The row of the board's own entry: an accent fill under its nickname. */
static int highlighted(const char *nick)
{
    const draw_cmd *t = text_cmd(nick);
    if (!t) return 0;
    for (size_t i = 0; i < dl.count; i++)
        if (dl.cmds[i].kind == DRAW_FILL && inside(t->rect, dl.cmds[i].rect) &&
            memcmp(&dl.cmds[i].color, &app->ctx.theme->accent, sizeof(ui_color)) == 0)
            return 1;
    return 0;
}

/* The board with entry `own` (0: none) as the round's. */
static void board_screen(const char *name, uint64_t own, int shoot)
{
    static const char *const IDS[] = { "board.done", NULL };
    app->kiosk->entry = own;
    app_go(app, SCREEN_BOARD, "board.done");
    check_screen(name, IDS, shoot);
}

static void walk_board(int shoot)
{
    const char *you = kiosk_tr(app, "board.you");
    /* Third of twelve: among the rows, highlighted, with its mark. */
    board_screen("board-top", board_fill(12, 3), shoot);
    EXPECT(text_cmd(you) != NULL && highlighted(OWN_NICK) && !highlighted(NICKS[1]));
    /* 25th of 30 with ten at most: after a gap, at its real place. */
    board_screen("board-beyond", board_fill(30, 25), shoot);
    EXPECT(text_cmd("…") != NULL && text_cmd("25") != NULL && text_cmd("1") != NULL);
    EXPECT(text_cmd("11") == NULL && text_cmd(you) != NULL && highlighted(OWN_NICK));
    /* Skipped: the board, nothing highlighted. */
    board_screen("board-none", 0, shoot);
    EXPECT(text_cmd(you) == NULL && text_cmd("10") != NULL);
    /* Fifty rows asked for, as many as fit; the own entry far below. */
    kcfg.leaderboard_size = 50;
    board_screen("board-fifty", board_fill(1200, 1100), shoot);
    EXPECT(text_cmd("1100") != NULL && highlighted(OWN_NICK));
    kcfg.leaderboard_size = 10;
    app->kiosk->entry = 0;
}

static void tap_id(const char *id) { EXPECT(input_tap(app, id) == 0); }

/* The prompt's band: the widest accent fill. */
static ui_rect prompt_band(void)
{
    ui_rect best = { 0 };
    for (size_t j = 0; j < dl.count; j++)
        if (dl.cmds[j].kind == DRAW_FILL && dl.cmds[j].rect.w > best.w &&
            memcmp(&dl.cmds[j].color, &app->ctx.theme->accent, sizeof(ui_color)) == 0)
            best = dl.cmds[j].rect;
    return best;
}

/* Keys and touches on the attract screen; the cards turning on the clock,
 * each moving the prompt. */
static void walk_touch(void)
{
    screen_name = "touch";
    ui_app_set_locale(app, locs[1]);
    app_go(app, SCREEN_ATTRACT, "attract.start");
    action up = { .type = ACT_UP, .device = DEV_GAMEPAD };
    ui_app_handle(app, &up);
    CHECK_STR(ui_app_focus_id(app), "attract.ja");
    ui_app_handle(app, &up);
    CHECK_STR(ui_app_focus_id(app), "attract.en");
    /* The buttons win over the start area under them. */
    for (int i = 0; i < 2; i++) {
        tap_id(i ? "attract.ja" : "attract.en");
        EXPECT(ui_app_screen(app) == SCREEN_ATTRACT);
        CHECK_STR(locale_lang(app->loc), LANGS[i]);
    }
    ui_rect last = { -1, -1, 0, 0 };
    size_t n = attract_cards(app);
    for (size_t i = 0; i < n + 1; i++) {
        ui_app_draw(app, &dl);
        ui_rect p = prompt_band();
        EXPECT(p.w > app->w / 3 && (p.x != last.x || p.y != last.y));
        last = p;
        size_t card = app->kiosk->card;
        clock_s += kcfg.attract_card_seconds;
        EXPECT(ui_app_tick(app) == 1);
        CHECK_INT(app->kiosk->card, (card + 1) % n);
    }
    /* A touch anywhere else starts: the choice of incident, then a round. */
    input_tap_at(app, (float)app->w / 2, (float)app->h / 2);
    EXPECT(ui_app_screen(app) == SCREEN_PICK);
    tap_id("pick.item.2");
    EXPECT(ui_app_screen(app) == SCREEN_PLAY);
    CHECK_INT(app->kiosk->scenario, 1);
}

/* ---- Main ---------------------------------------------------------------------------------- */

static void new_app(int size, int lang, int text_size)
{
    at_size = size;
    at_lang = lang;
    at_text = text_size;
    config_defaults(&cfg);
    cfg.text_size = text_size;
    cfg.high_contrast = text_size == 0;   /* the other theme, at one size */
    app = ui_app_new(locs[lang], &measure, &cfg, &HOST);
    ui_app_resize(app, SIZES[size][0], SIZES[size][1], 1.0f);
    ui_app_kiosk(app, &khost);
    CHECK(ui_app_screen(app) == SCREEN_ATTRACT);
    CHECK_STR(ui_app_focus_id(app), "attract.start");
}

static void walk_all(void)
{
    for (int s = 0; s < 2; s++)
        for (int l = 0; l < 2; l++)
            for (int t = 0; t <= 2; t++) {
                new_app(s, l, t);
                int shoot = texts && (t == 1 || (s == 0 && t == 2));
                walk_attract(shoot);
                walk_pick(shoot);
                walk_result(shoot);
                walk_board(shoot);
                ui_app_free(app);
            }
}

int main(void)
{
    char err[BD_ERR_LEN];
    for (int l = 0; l < 2; l++) {
        locs[l] = locale_load(BD_SOURCE_DIR, LANGS[l], err, sizeof err);
        CHECK(locs[l] != NULL);
        if (!locs[l]) return check_done();
    }
    kiosk_config_defaults(&kcfg);
    khost = (ui_kiosk_host){ .cfg = &kcfg, .board = host_board };
    load_scenarios();

    /* With the fake measure: the screens, then touches and the clock. */
    measure = (ui_measure){ fake_width, fake_height, NULL };
    walk_all();
    new_app(0, 0, 1);
    walk_touch();
    ui_app_free(app);

    /* With the real fonts, and pictures of the screens. */
    const char *dir = getenv("BD_KIOSK_SHOTS");
    snprintf(shots_dir, sizeof shots_dir, "%s", dir && *dir ? dir : ARTEFACTS);
    CHECK(dir_make_all(shots_dir, err, sizeof err) == 0);
    font_files ff;
    if (fonts_find(&ff, err, sizeof err) != 0 || TTF_Init() != 0 ||
        !(texts = text_system_open(&ff, err, sizeof err))) {
        fprintf(stderr, "no real fonts: %s\n", err);
        CHECK(0);
    } else {
        pass = "real";
        measure = text_measurer(texts);
        walk_all();
        text_system_close(texts);
        printf("%lu screenshots in %s\n", shots, shots_dir);
    }
    TTF_Quit();

    for (int l = 0; l < 2; l++) {
        const char *first = NULL;
        if (!locale_missing(locs[l], &first)) check_passed_++;
        else fail("%s: a missing string, the first '%s'", LANGS[l], first ? first : "?");
    }
    draw_list_free(&dl);
    for (int i = 0; i < MAX_SCN; i++) scenario_free(scn[i]);
    for (int l = 0; l < 2; l++) locale_free(locs[l]);
    return check_done();
}
