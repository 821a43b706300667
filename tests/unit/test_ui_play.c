/* The play screen without a window, driven by actions as a player would:
 * every kind of tests/fixtures/play/drill.lua played to its ending, the
 * feedback after each answer, the record appended at the end (read back with
 * cJSON), Esc mid-way recording an abandoned session, a scenario that cannot
 * be played showing its errors on the list, F5 with a broken file (the old
 * version keeps running, its error on screen), with a fixed file (play
 * continues at the same step) and with a changed path (a restart), and long
 * content scrolling inside the window. */
#include "check.h"
#include "fake_input.h"
#include "fake_measure.h"
#include "ui/ui.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define DIR_T BD_TEST_TMP "/play"
#define DRILL DIR_T "/drill.lua"
#define BROKEN DIR_T "/unplayable.lua"
#define LONG DIR_T "/long.lua"
#define RESULTS DIR_T "/results.jsonl"


/* The host: a clock the test moves, a fixed seed and start time. */
static double clock_s = 100.0;
static uint32_t seed_calls;
static uint32_t host_seed(void *ctx) { (void)ctx; seed_calls++; return 7; }
static double host_now(void *ctx) { (void)ctx; return clock_s; }
static int64_t host_unix(void *ctx) { (void)ctx; return 1767225600; }   /* 2026-01-01 */

/* The host keeps what the name screen commits. */
static config *host_cfg;
static void host_settings(void *ctx, const config *next)
{
    (void)ctx;
    *host_cfg = *next;
}


static void press(ui_app *app, action_type t)
{
    action a = input_act(t, DEV_KEYBOARD);
    ui_app_handle(app, &a);
}

static void scroll(ui_app *app, float lines)
{
    action a = input_act(ACT_SCROLL, DEV_MOUSE);
    a.amount = lines;
    ui_app_handle(app, &a);
}

static void tap(ui_app *app, const char *id) { CHECK(input_tap(app, id) == 0); }

/* A finger (or the mouse) pressed on one element, moved onto another in a
 * few steps, and lifted there. */
static void drag(ui_app *app, const char *from, const char *to, input_device dev)
{
    ui_rect a, b;
    CHECK(ui_app_element_rect(app, from, &a) == 0);
    CHECK(ui_app_element_rect(app, to, &b) == 0);
    action x = input_act(ACT_POINTER_DOWN, dev);
    x.x = (float)(a.x + a.w / 2);
    x.y = (float)(a.y + a.h / 2);
    ui_app_handle(app, &x);
    x.type = ACT_POINTER_MOVE;
    for (int i = 1; i <= 4; i++) {
        x.y = (float)(a.y + a.h / 2) + (float)(b.y + b.h / 2 - a.y - a.h / 2) * (float)i / 4.0f;
        ui_app_handle(app, &x);
    }
    x.type = ACT_POINTER_UP;
    ui_app_handle(app, &x);
}

static const char *screen(const ui_app *app) { return ui_screen_name(ui_app_screen(app)); }

/* 1 if a text command of the frame contains needle. */
static int drawn(const draw_list *dl, const char *needle)
{
    for (size_t i = 0; i < dl->count; i++)
        if (dl->cmds[i].kind == DRAW_TEXT && strstr(draw_cmd_text(dl, &dl->cmds[i]), needle)) return 1;
    return 0;
}

/* Every command lies inside the window, or is text clipped to a part of it. */
static int inside_window(const draw_list *dl, int w, int h)
{
    ui_rect win = { 0, 0, w, h };
    for (size_t i = 0; i < dl->count; i++) {
        const draw_cmd *c = &dl->cmds[i];
        ui_rect r = c->kind == DRAW_TEXT && c->clip.w > 0 ? c->clip : c->rect;
        if (r.x < win.x || r.y < win.y || r.x + r.w > w || r.y + r.h > h) {
            fprintf(stderr, "command %zu (%d) at %d,%d %dx%d leaves %dx%d\n", i, (int)c->kind,
                    r.x, r.y, r.w, r.h, w, h);
            return 0;
        }
    }
    return 1;
}

static void frame(ui_app *app, draw_list *dl, int w, int h)
{
    ui_app_draw(app, dl);
    CHECK(inside_window(dl, w, h));
}

/* The row (from 1) whose rectangle holds a text containing needle; 0 if none. */
static int row_showing(ui_app *app, draw_list *dl, const char *needle)
{
    ui_app_draw(app, dl);
    for (int n = 1; n <= 32; n++) {
        char id[32];
        ui_rect r;
        snprintf(id, sizeof id, "play.item.%d", n);
        if (ui_app_element_rect(app, id, &r) != 0) break;
        for (size_t i = 0; i < dl->count; i++) {
            const draw_cmd *c = &dl->cmds[i];
            if (c->kind == DRAW_TEXT && strstr(draw_cmd_text(dl, c), needle) &&
                c->rect.y >= r.y && c->rect.y < r.y + r.h)
                return n;
        }
    }
    return 0;
}

/* ---- Files ------------------------------------------------------------------- */

static char *fixture;   /* tests/fixtures/play/drill.lua */

/* text with its first `from` replaced by `to` (malloc'd). */
static char *replaced(const char *text, const char *from, const char *to)
{
    const char *at = strstr(text, from);
    CHECK(at != NULL);
    if (!at) return strdup(text);
    size_t n = strlen(text) + strlen(to) + 1;
    char *s = malloc(n);
    snprintf(s, n, "%.*s%s%s", (int)(at - text), text, to, at + strlen(from));
    return s;
}

/* The fixture with one or two changes. */
static void write_variant(const char *path, const char *from, const char *to,
                          const char *from2, const char *to2)
{
    char *s = replaced(fixture, from, to);
    if (from2) {
        char *t = replaced(s, from2, to2);
        free(s);
        s = t;
    }
    check_write_file(path, s);
    free(s);
}

static int line_of(const char *text, const char *needle)
{
    const char *at = strstr(text, needle);
    int line = 1;
    for (const char *p = text; at && p < at; p++) line += *p == '\n';
    return line;
}

/* The results log's lines, parsed; count in *n. */
static cJSON **read_results(size_t *n)
{
    char err[BD_ERR_LEN];
    *n = 0;
    char *text = file_read_all(RESULTS, NULL, err, sizeof err);
    if (!text) return NULL;
    cJSON **out = calloc(16, sizeof *out);
    for (char *line = text, *next; line && *line && *n < 16; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        out[(*n)++] = cJSON_Parse(line);
    }
    free(text);
    return out;
}

static void free_results(cJSON **r, size_t n)
{
    for (size_t i = 0; i < n; i++) cJSON_Delete(r[i]);
    free(r);
}

static int json_int(const cJSON *o, const char *a, const char *b)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, a);
    if (b) v = cJSON_GetObjectItemCaseSensitive(v, b);
    return cJSON_IsNumber(v) ? v->valueint : -999;
}

static const char *json_str(const cJSON *o, const char *a)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, a);
    return cJSON_IsString(v) ? v->valuestring : "(not a string)";
}

/* ---- The parts ------------------------------------------------------------- */

/* Esc, then the pause menu's Quit to list (Esc opens the menu itself when
 * it is closed). */
static void leave_by_pause(ui_app *app)
{
    if (strncmp(ui_app_focus_id(app), "pause.", 6) != 0) press(app, ACT_BACK);
    CHECK(strncmp(ui_app_focus_id(app), "pause.", 6) == 0);
    tap(app, "pause.quit");
}

/* From the list (row 1 focused) through every step to the ending. */
static void play_to_the_end(ui_app *app, draw_list *dl)
{
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "play");
    CHECK_STR(ui_app_focus_id(app), "play.item.1");
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "An alert: a VPN login"));
    CHECK(drawn(dl, "on holiday this week"));            /* body */
    CHECK(drawn(dl, "vpn-gw1 assign ip=10.8.0.23"));     /* mono block */
    {   /* its lines are numbered, the number left of the line */
        int num_x = -1, line_x = -1;
        for (size_t i = 0; i < dl->count; i++) {
            const draw_cmd *c = &dl->cmds[i];
            if (c->kind != DRAW_TEXT) continue;
            if (strstr(draw_cmd_text(dl, c), "vpn-gw1 assign")) line_x = c->rect.x;
            if (strcmp(draw_cmd_text(dl, c), "2") == 0 && c->font.role == FONT_MONO) num_x = c->rect.x;
        }
        CHECK(num_x >= 0 && line_x > num_x);
    }
    CHECK(drawn(dl, "Step 1"));
    CHECK(drawn(dl, "Look at the account's VPN log first."));

    /* The progress bar: nothing done yet. */
    CHECK(app->play->progress == 0.0);

    /* choice: the first one is worth most */
    clock_s += 3.5;
    press(app, ACT_SELECT);
    CHECK_STR(ui_app_focus_id(app), "play.continue");
    /* One answer of the five on the shortest way to the end (the drill's
     * best path takes five): a fifth of the bar. */
    CHECK(app->play->progress > 0.19 && app->play->progress < 0.21);
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "Best answer"));
    CHECK(drawn(dl, "Detection: +1"));
    CHECK(drawn(dl, "Response: 0"));
    CHECK(drawn(dl, "The log tells you what the account did"));
    press(app, ACT_SELECT);

    /* spot: lines 2 and 4, by Enter and by Space; numbered monospace rows */
    CHECK_STR(ui_app_focus_id(app), "play.item.1");
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "Which lines of the account's log"));
    CHECK(drawn(dl, "Step 2"));
    int mono_rows = 0;
    for (size_t i = 0; i < dl->count; i++)
        if (dl->cmds[i].kind == DRAW_TEXT && dl->cmds[i].font.role == FONT_MONO &&
            strstr(draw_cmd_text(dl, &dl->cmds[i]), "03:1"))
            mono_rows++;
    CHECK_INT(mono_rows, 5);
    press(app, ACT_DOWN);
    press(app, ACT_SELECT);
    press(app, ACT_DOWN);
    press(app, ACT_DOWN);
    press(app, ACT_TOGGLE);
    press(app, ACT_DOWN);
    press(app, ACT_SELECT);    /* line 5 on ... */
    press(app, ACT_TOGGLE);    /* ... and off again */
    CHECK_STR(ui_app_focus_id(app), "play.item.5");
    clock_s += 4.0;
    press(app, ACT_CONFIRM);
    CHECK_STR(ui_app_focus_id(app), "play.continue");
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "Best answer"));
    CHECK(drawn(dl, "Detection: +2"));
    CHECK(drawn(dl, "\xE2\x9C\x93 You marked this: right"));
    CHECK(drawn(dl, "A developer has no business in the HR share."));
    CHECK(drawn(dl, "4  03:15:09 scp"));
    press(app, ACT_SELECT);

    /* multi: the first two, then Confirm by its button */
    press(app, ACT_SELECT);
    press(app, ACT_DOWN);
    press(app, ACT_SELECT);
    press(app, ACT_DOWN);
    press(app, ACT_DOWN);
    CHECK_STR(ui_app_focus_id(app), "play.confirm");
    press(app, ACT_SELECT);
    CHECK_STR(ui_app_focus_id(app), "play.continue");
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "Response: +2"));
    scroll(app, 100);   /* the last note, however tall the notes above it */
    frame(app, dl, 1280, 720);
    /* an option rightly left alone says so, not a bare "Right" */
    CHECK(drawn(dl, "\xE2\x9C\x93 You left this unmarked: right"));
    CHECK(drawn(dl, "It warns the intruder too."));
    press(app, ACT_SELECT);

    /* order: shown shuffled; put right by picking a row up with a tap and
     * moving it with the keyboard, then dropping it. */
    static const char *const items[3] = { "Disable the account", "Reset its credentials",
                                          "Review what it accessed" };
    int sorted = 1;
    for (int k = 0; k < 3; k++) sorted &= row_showing(app, dl, items[k]) == k + 1;
    CHECK(!sorted);
    /* Dragged by a finger: the first row to the third place, the rows
     * between close up; letting go puts it down. Then by the mouse, back. */
    int at[3];
    for (int k = 0; k < 3; k++) at[k] = row_showing(app, dl, items[k]);
    drag(app, "play.item.1", "play.item.3", DEV_TOUCH);
    for (int k = 0; k < 3; k++)
        CHECK_INT(row_showing(app, dl, items[k]), at[k] == 1 ? 3 : at[k] - 1);
    CHECK(app->play->held < 0);
    CHECK_STR(ui_app_focus_id(app), "play.item.3");   /* focus went with the row */
    drag(app, "play.item.3", "play.item.1", DEV_MOUSE);
    for (int k = 0; k < 3; k++) CHECK_INT(row_showing(app, dl, items[k]), at[k]);
    for (int k = 0; k < 3; k++) {
        int r = row_showing(app, dl, items[k]);
        CHECK(r >= k + 1);
        if (r == k + 1) continue;
        char id[32];
        snprintf(id, sizeof id, "play.item.%d", r);
        tap(app, id);                        /* picked up */
        for (int i = r; i > k + 1; i--) press(app, ACT_UP);
        snprintf(id, sizeof id, "play.item.%d", k + 1);
        CHECK_STR(ui_app_focus_id(app), id);  /* focus follows the row */
        press(app, ACT_SELECT);              /* put down */
    }
    for (int k = 0; k < 3; k++) CHECK_INT(row_showing(app, dl, items[k]), k + 1);
    press(app, ACT_UP);                      /* nothing held: only focus moves */
    press(app, ACT_DOWN);
    for (int k = 0; k < 3; k++) CHECK_INT(row_showing(app, dl, items[k]), k + 1);
    press(app, ACT_CONFIRM);
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "Best answer"));
    CHECK(drawn(dl, "Response: +3"));
    CHECK(drawn(dl, "1. Disable the account"));
    press(app, ACT_SELECT);

    /* the last choice: blocking is offered (`when`: the log was read) */
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "Block the source address"));
    press(app, ACT_SELECT);
    press(app, ACT_SELECT);

    CHECK_STR(ui_app_focus_id(app), "play.back");
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "Good outcome"));
    CHECK(app->play->progress == 1.0);
    CHECK(drawn(dl, "The intruder was cut off"));
    CHECK(drawn(dl, "Overall score: 100%"));
    CHECK(drawn(dl, "Detection: 100% (3/3)"));
    CHECK(drawn(dl, "Response: 100% (6/6)"));
    /* The rest of the debrief, in a window tall enough to hold it all. */
    ui_app_resize(app, 1280, 8000, 1.0f);
    frame(app, dl, 1280, 8000);
    CHECK(drawn(dl, "Your first completed attempt at this scenario."));
    CHECK(drawn(dl, "You: Look at the account's VPN log first."));
    CHECK(drawn(dl, "You: lines 2, 4"));                    /* a log's lines by number */
    CHECK(!drawn(dl, "Recommended:"));                      /* every answer was the best */
    CHECK(!drawn(dl, "To review"));
    CHECK(drawn(dl, "What really happened"));
    ui_app_resize(app, 1280, 720, 1.0f);
    scroll(app, 1000);
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "[2] https://example.org/advisory"));   /* numbered as the debrief cites them */
    /* the same at the smallest window */
    ui_app_resize(app, 800, 600, 1.0f);
    frame(app, dl, 800, 600);
    ui_app_resize(app, 1280, 720, 1.0f);
}

static void check_completed_record(void)
{
    size_t n;
    cJSON **r = read_results(&n);
    CHECK_INT(n, 1);
    if (n >= 1 && r[0]) {
        CHECK(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(r[0], "completed")));
        CHECK_STR(json_str(r[0], "scenario"), "fixture-play-drill");
        CHECK_STR(json_str(r[0], "mode"), "training");
        CHECK_STR(json_str(r[0], "player"), "Ada");   /* from the name screen */
        CHECK(cJSON_GetObjectItemCaseSensitive(r[0], "employee_id") == NULL);   /* none given */
        CHECK_STR(json_str(r[0], "lang"), "en");
        CHECK_STR(json_str(r[0], "ending"), "contained");
        CHECK_STR(json_str(r[0], "outcome"), "good");
        CHECK_STR(json_str(r[0], "started"), "2026-01-01T00:00:00Z");
        CHECK_INT(json_int(r[0], "seed", NULL), 7);
        CHECK_INT(json_int(r[0], "detect", "points"), 3);
        CHECK_INT(json_int(r[0], "detect", "max"), 3);
        CHECK_INT(json_int(r[0], "respond", "points"), 6);
        CHECK_INT(json_int(r[0], "respond", "max"), 6);
        CHECK_INT(json_int(r[0], "score", NULL), 100);
        const cJSON *d = cJSON_GetObjectItemCaseSensitive(r[0], "duration_s");
        CHECK(cJSON_IsNumber(d) && d->valuedouble > 7.4 && d->valuedouble < 7.6);
        const cJSON *steps = cJSON_GetObjectItemCaseSensitive(r[0], "steps");
        CHECK_INT(cJSON_GetArraySize(steps), 5);
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(steps, 1), "t");
        CHECK(cJSON_IsNumber(t) && t->valuedouble > 7.4 && t->valuedouble < 7.6);
        const cJSON *order = cJSON_GetArrayItem(steps, 3);
        CHECK_STR(json_str(order, "answer"), "1>2>3");
    }
    free_results(r, n);
}

/* F5 while playing: broken, fixed, then changed so the step is not reached. */
static void reload(ui_app *app, draw_list *dl)
{
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "play");
    press(app, ACT_SELECT);          /* the log */
    press(app, ACT_SELECT);          /* continue: the spot step */
    press(app, ACT_DOWN);
    press(app, ACT_SELECT);          /* line 2 marked */

    write_variant(DRILL, "suspicious = { 2, 4 },", "suspicious = { 2, 4 } oops", NULL, NULL);
    char where[64];
    snprintf(where, sizeof where, "drill.lua:%d:", line_of(fixture, "suspicious = { 2, 4 },"));
    press(app, ACT_RELOAD);
    CHECK_STR(screen(app), "play");
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "Reload failed"));
    CHECK(drawn(dl, where));
    CHECK(drawn(dl, "Which lines of the account's log"));   /* still the old version */
    CHECK_STR(ui_app_focus_id(app), "play.item.2");
    ui_app_resize(app, 800, 600, 1.0f);
    frame(app, dl, 800, 600);
    ui_app_resize(app, 1280, 720, 1.0f);

    /* Still playable with the banner up. */
    press(app, ACT_DOWN);
    press(app, ACT_SELECT);
    press(app, ACT_CONFIRM);
    CHECK_STR(ui_app_focus_id(app), "play.continue");
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "Not the best answer"));

    /* Fixed: the same step again (the feedback of the answer replayed),
     * the new text, the banner gone. */
    write_variant(DRILL, "Access outside the job plus", "Fixed: access outside the job plus", NULL, NULL);
    press(app, ACT_RELOAD);
    frame(app, dl, 1280, 720);
    CHECK(!drawn(dl, "Reload failed"));
    CHECK(drawn(dl, "Fixed: access outside the job"));
    CHECK(drawn(dl, "Not the best answer"));
    CHECK_STR(ui_app_focus_id(app), "play.continue");
    press(app, ACT_SELECT);
    write_variant(DRILL, "Whom do you call now?", "Whom do you call first?", NULL, NULL);
    press(app, ACT_RELOAD);
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "Whom do you call first?"));
    CHECK(drawn(dl, "Step 3"));
    CHECK_STR(ui_app_focus_id(app), "play.item.1");

    /* The first and third choices swap where they lead: replaying lands on
     * another step, so the scenario restarts, and says so. */
    write_variant(DRILL, "next = \"logs\", detect = 1", "next = \"who\", detect = 1",
                  "next = \"who\", respond = 1,", "next = \"logs\", respond = 1,");
    press(app, ACT_RELOAD);
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "restarted from the beginning"));
    CHECK(!drawn(dl, "Reload failed"));
    CHECK(drawn(dl, "An alert: a VPN login"));
    CHECK(drawn(dl, "Step 1"));
    CHECK_STR(ui_app_focus_id(app), "play.item.1");

    /* No reload wrote a record; leaving now records the restarted session. */
    size_t n;
    cJSON **r = read_results(&n);
    CHECK_INT(n, 2);
    free_results(r, n);
    leave_by_pause(app);
    CHECK_STR(screen(app), "list");
    r = read_results(&n);
    CHECK_INT(n, 3);
    if (n == 3 && r[2]) {
        CHECK(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(r[2], "completed")));
        CHECK_INT(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(r[2], "steps")), 0);
    }
    free_results(r, n);
    check_write_file(DRILL, fixture);
}

/* A log far longer than the window: it scrolls, focus brings rows in. */
static void long_content(ui_app *app, draw_list *dl)
{
    FILE *f = fopen(LONG, "w");
    CHECK(f != NULL);
    if (!f) return;
    fputs("return { id = \"long\", title = \"Long\", start = \"look\", steps = {\n"
          "  look = { kind = \"spot\", text = \"Which lines?\", next = \"done\",\n"
          "    suspicious = { 3 }, notes = { [3] = \"this one\" }, lines = {\n", f);
    for (int i = 1; i <= 60; i++) fprintf(f, "      \"line %02d of a long log, padded out to be wide enough to wrap on a small screen\",\n", i);
    fputs("  } },\n  done = { kind = \"ending\", text = \"Done.\", outcome = \"mixed\" },\n} }\n", f);
    fclose(f);

    ui_app_resize(app, 800, 600, 1.0f);
    press(app, ACT_DOWN);
    press(app, ACT_DOWN);
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "play");
    frame(app, dl, 800, 600);
    ui_rect r, c;
    CHECK(ui_app_element_rect(app, "play.item.60", &r) != 0);   /* far below */
    CHECK(ui_app_element_rect(app, "play.confirm", &c) == 0);
    for (int i = 0; i < 59; i++) press(app, ACT_DOWN);
    CHECK_STR(ui_app_focus_id(app), "play.item.60");
    CHECK(ui_app_element_rect(app, "play.item.60", &r) == 0);
    CHECK(r.y >= 0 && r.y + r.h <= c.y);                          /* whole, above the footer */
    CHECK(ui_app_element_rect(app, "play.item.1", &r) != 0);      /* scrolled away */
    frame(app, dl, 800, 600);
    CHECK(drawn(dl, "line 60"));
    CHECK(!drawn(dl, "Which lines?"));
    /* The wheel scrolls; Up from the first row goes back to the prompt. */
    action wheel = input_act(ACT_SCROLL, DEV_MOUSE);
    wheel.amount = -1000;
    ui_app_handle(app, &wheel);
    frame(app, dl, 800, 600);
    CHECK(drawn(dl, "Which lines?"));
    press(app, ACT_DOWN);           /* focus (row 60) is out of view: brought back in */
    CHECK_STR(ui_app_focus_id(app), "play.item.60");
    CHECK(ui_app_element_rect(app, "play.item.60", &r) == 0);
    for (int i = 0; i < 70; i++) press(app, ACT_UP);
    CHECK_STR(ui_app_focus_id(app), "play.item.1");
    frame(app, dl, 800, 600);
    CHECK(drawn(dl, "Which lines?"));
    /* Large windows too. */
    ui_app_resize(app, 3840, 2160, 1.0f);
    frame(app, dl, 3840, 2160);
    leave_by_pause(app);
    CHECK_STR(screen(app), "list");
    ui_app_resize(app, 1280, 720, 1.0f);
}

/* A scenario with an intro opens on it: where, when, the player's role;
 * Begin (or Enter) goes on to the first step. */
static void intro(ui_app *app, draw_list *dl)
{
    write_variant(DRILL, "minutes = 4,",
                  "minutes = 4, intro = { en = \"You are on call for the night shift.\", "
                  "ja = \"あなたは夜間当番だ。\" },", NULL, NULL);
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "play");
    CHECK_STR(ui_app_focus_id(app), "play.begin");
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "Briefing"));
    CHECK(drawn(dl, "Example Corp (fictional) · 2025-02"));
    CHECK(drawn(dl, "You are on call for the night shift."));
    CHECK(drawn(dl, "Begin"));
    CHECK(!drawn(dl, "An alert: a VPN login"));
    ui_app_resize(app, 800, 600, 1.0f);
    frame(app, dl, 800, 600);
    ui_app_resize(app, 1280, 720, 1.0f);
    press(app, ACT_SELECT);
    CHECK_STR(ui_app_focus_id(app), "play.item.1");
    frame(app, dl, 1280, 720);
    CHECK(drawn(dl, "An alert: a VPN login"));
    CHECK(drawn(dl, "Step 1"));

    /* Restart from the pause menu: the session so far is recorded as left
     * and a new one opens on the intro. */
    size_t n_before, n_after;
    cJSON **r = read_results(&n_before);
    free_results(r, n_before);
    press(app, ACT_BACK);
    tap(app, "pause.restart");
    CHECK_STR(screen(app), "play");
    CHECK_STR(ui_app_focus_id(app), "play.begin");
    r = read_results(&n_after);
    CHECK_INT(n_after, n_before + 1);
    free_results(r, n_after);

    /* Settings from the pause menu, and back to it. */
    press(app, ACT_BACK);
    tap(app, "pause.settings");
    CHECK_STR(screen(app), "settings");
    press(app, ACT_BACK);
    CHECK_STR(screen(app), "play");
    CHECK_STR(ui_app_focus_id(app), "pause.settings");
    leave_by_pause(app);
    CHECK_STR(screen(app), "list");
    check_write_file(DRILL, fixture);
}

/* A second attempt that ignores the alert: a bad ending whose debrief puts
 * the decision beside the recommended one, lists the frameworks' tags of the
 * step missed, and compares with the first attempt's 100%. */
static void second_attempt(ui_app *app, draw_list *dl)
{
    press(app, ACT_SELECT);              /* open the drill (row 1) */
    CHECK_STR(screen(app), "play");
    press(app, ACT_DOWN);
    press(app, ACT_SELECT);              /* "Ignore it" */
    press(app, ACT_SELECT);              /* continue: two days later... */
    press(app, ACT_SELECT);              /* the only choice left */
    press(app, ACT_SELECT);              /* continue: the ending */
    CHECK_STR(ui_app_focus_id(app), "play.back");
    ui_app_resize(app, 1280, 8000, 1.0f);
    frame(app, dl, 1280, 8000);
    CHECK(drawn(dl, "You: Ignore it: developers travel."));
    CHECK(drawn(dl, "Recommended: Look at the account's VPN log first."));
    CHECK(drawn(dl, "\xE2\x9C\x97 Wrong"));               /* a mark and a word, not colour alone */
    CHECK(drawn(dl, "To review"));
    CHECK(drawn(dl, "DE.AE, T1133"));                      /* the missed step's tags */
    CHECK(drawn(dl, "Your earlier attempts"));
    CHECK(drawn(dl, "Your best before: 100%"));
    ui_app_resize(app, 1280, 720, 1.0f);
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "list");
}

int main(void)
{
    char err[BD_ERR_LEN];
    mkdir(BD_TEST_TMP, 0777);
    mkdir(DIR_T, 0777);
    remove(RESULTS);
    fixture = file_read_all(BD_SOURCE_DIR "/tests/fixtures/play/drill.lua", NULL, err, sizeof err);
    CHECK(fixture != NULL);
    if (!fixture) return check_done();
    check_write_file(DRILL, fixture);
    /* Reads fine for the list (it has a title) but cannot be played. */
    check_write_file(BROKEN, "return {\n  id = \"unplayable\", title = \"Unplayable\", start = \"a\",\n"
                       "  steps = {\n    a = { kind = \"choice\", text = \"?\", choices = {\n"
                       "      { text = \"x\", next = \"nowhere\", feedback = \"f\" } } },\n  },\n}\n");

    locale *loc = locale_load(BD_SOURCE_DIR, "en", err, sizeof err);
    CHECK(loc != NULL);
    ui_measure m = { fake_width, fake_height, NULL };
    config cfg;
    config_defaults(&cfg);
    const char *plugins[] = { BD_SOURCE_DIR "/plugins" };
    ui_host host = {
        .user_scenarios = DIR_T, .plugin_dirs = plugins, .n_plugin_dirs = 1,
        .results_path = RESULTS, .new_seed = host_seed, .now = host_now, .unix_time = host_unix,
        .apply_settings = host_settings,
    };
    host_cfg = &cfg;
    ui_app *app = ui_app_new(loc, &m, &cfg, &host);
    ui_app_resize(app, 1280, 720, 1.0f);
    ui_scenario_entry entries[3] = {
        { .path = DRILL, .title = "Drill" }, { .path = BROKEN, .title = "Unplayable" },
        { .path = LONG, .title = "Long" },
    };
    ui_app_set_scenarios(app, entries, 3);
    draw_list dl = { 0 };

    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "name");
    action name = input_act(ACT_TEXT, DEV_KEYBOARD);
    snprintf(name.text, sizeof name.text, "Ada");
    ui_app_handle(app, &name);
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "list");

    /* A scenario that cannot be played: its errors on the list, no crash. */
    press(app, ACT_DOWN);
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "list");
    CHECK_STR(ui_app_focus_id(app), "list.item.2");
    frame(app, &dl, 1280, 720);
    CHECK(drawn(&dl, "This scenario cannot be played"));
    CHECK(drawn(&dl, "unplayable.lua:5:"));
    ui_app_resize(app, 800, 600, 1.0f);
    frame(app, &dl, 800, 600);
    ui_app_resize(app, 1280, 720, 1.0f);
    press(app, ACT_UP);

    /* 1. The whole drill, then back to the list at its row. */
    play_to_the_end(app, &dl);
    check_completed_record();
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "list");
    CHECK_STR(ui_app_focus_id(app), "list.item.1");
    frame(app, &dl, 1280, 720);
    CHECK(!drawn(&dl, "This scenario cannot be played"));   /* a successful start cleared it */

    /* 2. Esc mid-way opens the pause menu over the step: Resume gives focus
     * back where it was; Quit to list leaves, an abandoned session recorded. */
    press(app, ACT_SELECT);    /* open */
    press(app, ACT_SELECT);    /* the first choice */
    press(app, ACT_SELECT);    /* continue: the spot step */
    press(app, ACT_DOWN);
    CHECK_STR(ui_app_focus_id(app), "play.item.2");
    press(app, ACT_BACK);
    CHECK_STR(screen(app), "play");
    CHECK_STR(ui_app_focus_id(app), "pause.resume");
    frame(app, &dl, 1280, 720);
    CHECK(drawn(&dl, "Paused"));
    CHECK(drawn(&dl, "Quit to the list"));
    CHECK(drawn(&dl, "Which lines of the account's log"));   /* the step, behind the veil */
    ui_rect row;
    CHECK(ui_app_element_rect(app, "play.item.1", &row) != 0);   /* not reachable behind it */
    press(app, ACT_SELECT);
    CHECK_STR(ui_app_focus_id(app), "play.item.2");
    press(app, ACT_BACK);
    press(app, ACT_BACK);                                         /* Esc closes it too */
    CHECK_STR(ui_app_focus_id(app), "play.item.2");
    ui_app_resize(app, 800, 600, 1.0f);
    press(app, ACT_BACK);
    frame(app, &dl, 800, 600);
    ui_app_resize(app, 1280, 720, 1.0f);
    leave_by_pause(app);
    CHECK_STR(screen(app), "list");
    size_t n;
    cJSON **r = read_results(&n);
    CHECK_INT(n, 2);
    if (n == 2 && r[1]) {
        CHECK(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(r[1], "completed")));
        CHECK(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(r[1], "ending")));
        CHECK_INT(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(r[1], "steps")), 1);
        CHECK(strcmp(json_str(r[0], "session"), json_str(r[1], "session")) != 0);
    }
    free_results(r, n);

    /* 3. F5. */
    reload(app, &dl);

    /* 4. Scrolling. */
    long_content(app, &dl);

    /* 5. A second attempt, compared with the first. */
    press(app, ACT_UP);
    press(app, ACT_UP);
    CHECK_STR(ui_app_focus_id(app), "list.item.1");
    second_attempt(app, &dl);

    /* 6. The intro. */
    CHECK_STR(ui_app_focus_id(app), "list.item.1");
    intro(app, &dl);

    /* Leaving the app mid-scenario records the session too. */
    press(app, ACT_SELECT);
    CHECK_STR(screen(app), "play");
    draw_list_free(&dl);
    ui_app_free(app);
    r = read_results(&n);
    CHECK_INT(n, 8);   /* the second attempt, the intro test's restart and its leaving */
    free_results(r, n);
    CHECK(seed_calls >= 6);

    const char *first = NULL;
    CHECK_INT(locale_missing(loc, &first), 0);
    if (first) fprintf(stderr, "  missing locale key: %s\n", first);
    locale_free(loc);
    free(fixture);
    return check_done();
}
