/*
 * ui — screens and widgets as view models, turned into draw lists.
 *
 * What it is for: laying out every screen in logical units scaled to the
 * window, word wrap on measured widths (Latin and Japanese, with kinsoku),
 * focus and hit testing, and reacting to device-independent actions.
 *
 * What it must not do: include SDL, rasterise text or touch pixels. Text is
 * measured through a ui_measure callback the platform supplies; the result
 * of a frame is a draw_list of rectangles and text runs the platform draws.
 */
#ifndef BD_UI_H
#define BD_UI_H

#include "core/core.h"
#include <stddef.h>

/* ---- Geometry, colour, fonts -------------------------------------------- */

typedef struct { int x, y, w, h; } ui_rect;
typedef struct { unsigned char r, g, b, a; } ui_color;

typedef enum { FONT_SANS = 0, FONT_MONO = 1, FONT_ROLE_COUNT } ui_font_role;

typedef struct {
    ui_font_role role;
    int px;      /* size in device pixels */
    int bold;
} ui_font;

/* Text measurement supplied by the platform (device pixels). */
typedef struct {
    int (*width)(void *ctx, ui_font font, const char *s, size_t len);
    int (*line_height)(void *ctx, ui_font font);
    void *ctx;
} ui_measure;

int ui_rect_contains(ui_rect r, int x, int y);

/* ---- Word wrap ----------------------------------------------------------- */

typedef struct {
    size_t start;  /* byte offset of the line in the text */
    size_t len;    /* bytes, without the spaces or newline that ended it */
    int width;     /* measured width in pixels */
} ui_line;

/*
 * Breaks text into lines no wider than max_width: at spaces for Latin text,
 * between any two characters of Japanese (and other CJK) text, and at '\n'.
 * Kinsoku: no line starts with a closing bracket, 、。，．・：；？！, small kana
 * or ー; no line ends with an opening bracket. A word wider than the line is
 * broken between characters, never inside a code point. Fills at most
 * max_lines entries and returns the total number of lines needed.
 */
size_t ui_wrap(const ui_measure *m, ui_font font, const char *text, size_t len,
               int max_width, ui_line *lines, size_t max_lines);

/* Kinsoku classes of a code point (exposed for tests). */
int ui_wrap_no_line_start(uint32_t cp);
int ui_wrap_no_line_end(uint32_t cp);

/* ---- Draw lists ----------------------------------------------------------- */

typedef enum { DRAW_FILL = 0, DRAW_OUTLINE, DRAW_TEXT } draw_kind;

typedef struct {
    draw_kind kind;
    ui_rect rect;        /* FILL/OUTLINE: the rectangle; TEXT: x,y of the top left, w,h measured */
    ui_color color;
    int thickness;       /* OUTLINE */
    ui_font font;        /* TEXT */
    size_t text_off;     /* TEXT: offset into the list's text arena */
    size_t text_len;
    ui_rect clip;        /* w == 0 means no clip */
    ui_rect box;         /* TEXT: the box it was laid into (the clip draw_text was
                          * given), kept when a scrolling view narrows clip; tests
                          * check the text fits it */
} draw_cmd;

typedef struct {
    draw_cmd *cmds;
    size_t count, cap;
    char *text;          /* arena of the frame's strings */
    size_t text_len, text_cap;
} draw_list;

void draw_list_clear(draw_list *dl);
void draw_list_free(draw_list *dl);
void draw_fill(draw_list *dl, ui_rect r, ui_color c);
void draw_outline(draw_list *dl, ui_rect r, ui_color c, int thickness);
void draw_text(draw_list *dl, int x, int y, ui_font font, ui_color c,
               const char *s, size_t len, int w, int h, ui_rect clip);
const char *draw_cmd_text(const draw_list *dl, const draw_cmd *cmd);

/* ---- Theme ----------------------------------------------------------------- */

typedef struct {
    ui_color bg, panel, panel_hover, panel_pressed, text, text_dim, accent, focus, border;
} ui_theme;

const ui_theme *ui_theme_get(int high_contrast);

/* ---- Widgets: drawing helpers shared by every screen ------------------------ */

/* Lines of texts already wrapped, by (bytes, font, width): a layout runs
 * every frame and a long screen wraps every row of it twice (wrap_cache.c). */
typedef struct ui_wrap_cache ui_wrap_cache;
typedef struct { unsigned long hits, misses, evictions; } ui_wrap_cache_stats;
ui_wrap_cache *ui_wrap_cache_new(void);
void ui_wrap_cache_free(ui_wrap_cache *wc);
ui_wrap_cache_stats ui_wrap_cache_get_stats(const ui_wrap_cache *wc);
/* ui_wrap's count of lines for text at width, from wc when it has it
 * (wc NULL: wrapped every time). */
size_t ui_wrap_count(ui_wrap_cache *wc, const ui_measure *m, ui_font font, const char *text,
                     size_t len, int width);

typedef struct {
    const ui_measure *measure;
    const ui_theme *theme;
    float scale;        /* logical units -> device pixels */
    float text_scale;   /* from the text size setting */
    ui_wrap_cache *wraps;   /* NULL: no cache */
} ui_ctx;

typedef enum { WIDGET_NORMAL = 0, WIDGET_HOVER, WIDGET_PRESSED } widget_state;
typedef enum { ALIGN_LEFT = 0, ALIGN_CENTER } ui_align;

/* Logical units to device pixels (rounded, at least 1 for non-zero input). */
int ui_px(const ui_ctx *c, float logical);
ui_font ui_font_make(const ui_ctx *c, ui_font_role role, float logical_px, int bold);
/* Height in device pixels of text wrapped to width. */
int ui_text_height(const ui_ctx *c, const char *text, ui_font font, int width);
/* Draws text wrapped inside box (clipped to it); returns the height used. */
int ui_text_block(const ui_ctx *c, draw_list *dl, const char *text, ui_font font,
                  ui_color color, ui_rect box, ui_align align);
void ui_focus_ring(const ui_ctx *c, draw_list *dl, ui_rect r);
/* A button: panel in the state's colour, centred label, focus ring if focused. */
void ui_button(const ui_ctx *c, draw_list *dl, ui_rect r, const char *label,
               int focused, widget_state state);

/* ---- The application's screens -------------------------------------------- */

typedef enum {
    SCREEN_TITLE = 0, SCREEN_LIST, SCREEN_PLAY, SCREEN_SETTINGS, SCREEN_NAME, SCREEN_RESUME,
    /* Kiosk mode only (kiosk*.c). SCREEN_STILL is the "Still there?"
     * question shown over whichever screen was left alone. */
    SCREEN_ATTRACT, SCREEN_PICK, SCREEN_RESULT, SCREEN_NICKNAME, SCREEN_BOARD, SCREEN_PIN,
    SCREEN_STAFF, SCREEN_STILL,
    SCREEN_COUNT
} ui_screen_id;

typedef struct {
    const char *path;    /* scenario file */
    const char *title;   /* in the current language, or NULL when broken */
    const char *error;   /* "file:line: message" when the file could not be read */
    const char *id;      /* the scenario's id, for its scores; NULL when broken */
    const char *org, *when;  /* the incident's organisation and date, or NULL */
    double minutes;      /* about how long a play takes; 0: not given */
    int scored;          /* the player finished it before: best is their best score */
    int best;
} ui_scenario_entry;

/* What the app asks of whoever runs it (main.c): things that touch files. */
typedef struct {
    void *ctx;
    /* Switch language: reload locale and scenario titles, then call
     * ui_app_set_locale and ui_app_set_scenarios. */
    void (*set_language)(void *ctx, const char *lang);
    /* Re-read scenarios from disk (F5). */
    void (*reload)(void *ctx);
    /* Re-read the player's scores (a session just ended or was left):
     * read the results log and call ui_app_set_scores. */
    void (*refresh_scores)(void *ctx);
    /* The settings screen changed a setting: next is the whole config as it
     * should now be. Save it and apply what the app cannot (language: as
     * set_language; fullscreen: the window); the app's cfg must then read
     * as next. */
    void (*apply_settings)(void *ctx, const config *next);
    /* The player's own scenario folder, named when the list is empty. */
    const char *user_scenarios;
    /* Playing a scenario: folders searched for a kind's plugin after the
     * plugins/ folder beside the scenario, in order (the bundled one last). */
    const char *const *plugin_dirs;
    size_t n_plugin_dirs;
    /* The results log every session's record is appended to; NULL: none. */
    const char *results_path;
    /* Where the session in progress is kept for resuming; NULL: nowhere
     * (closing the window then records it as left). */
    const char *resume_path;
    /* Exports the player's own records to a file: 0 with the file's name in
     * out, -1 with why not (NULL: no export button). */
    int (*export_results)(void *ctx, char *out, size_t outlen);
    /* A fresh session seed, 0 .. 2^31-1 (NULL: 0). */
    uint32_t (*new_seed)(void *ctx);
    /* Seconds on a monotonic clock, for the record's t and duration_s (NULL: 0). */
    double (*now)(void *ctx);
    /* Unix time in seconds, for the record's started (NULL: 0). */
    int64_t (*unix_time)(void *ctx);
    /* The records' mode: NULL is "training"; the kiosk's host says "kiosk"
     * (its rounds then skip what only the debrief needs). */
    const char *mode;
} ui_host;

typedef struct ui_app ui_app;

/* The app keeps pointers to loc, measure and host; they must outlive it. */
ui_app *ui_app_new(const locale *loc, const ui_measure *measure, const config *cfg,
                   const ui_host *host);
/* A scenario still being played is recorded as abandoned. */
void ui_app_free(ui_app *app);
/* Copies the entries. */
void ui_app_set_scenarios(ui_app *app, const ui_scenario_entry *entries, size_t count);
/* Each listed scenario's best score and completed mark from the player's
 * history (results_read). */
void ui_app_set_scores(ui_app *app, const results_history *h);
void ui_app_set_locale(ui_app *app, const locale *loc);
/* Output size in device pixels and the HiDPI factor (device px per window px). */
void ui_app_resize(ui_app *app, int w, int h, float dpi_scale);
/* Returns 1 if the screen changed and needs drawing. */
int ui_app_handle(ui_app *app, const action *a);
/* Lays out the current screen into dl (cleared first). */
void ui_app_draw(ui_app *app, draw_list *dl);
ui_color ui_app_background(const ui_app *app);
/* The host's clock (seconds, monotonic): with it, a change of view fades
 * in briefly (not with reduce motion); without it, nothing moves. */
void ui_app_set_time(ui_app *app, double now);
/* 1 while a transition is running: draw again soon. */
int ui_app_animating(const ui_app *app);
/* If a session was left unfinished (host->resume_path), opens the screen
 * that offers to resume it. Call once the scenarios are set. */
void ui_app_offer_resume(ui_app *app);
/* 1 once the player chose to quit. */
int ui_app_wants_quit(const ui_app *app);
ui_screen_id ui_app_screen(const ui_app *app);
const char *ui_screen_name(ui_screen_id id);
/* Id of the focused element ("title.play", "list.item.2", ...), for tests. */
const char *ui_app_focus_id(const ui_app *app);
/* The logical-to-device scale currently used. */
float ui_app_scale(const ui_app *app);
/* Where element id is on screen now (device pixels); -1 if not shown. */
int ui_app_element_rect(ui_app *app, const char *id, ui_rect *out);

/* ---- Kiosk mode: the booth's screens (kiosk*.c) ------------------------------ */

/* A scenario a kiosk round may use. Texts in every language: the visitor
 * may switch language on the attract screen. */
typedef struct {
    const char *path, *id;
    const bd_text *title, *org, *when;   /* org and when may be NULL */
} ui_kiosk_scenario;

/* A facts card shown in turn on the attract screen. */
typedef struct {
    const bd_text *text;
    const char *source;          /* the card's source (a URL), or NULL */
    const bd_text *org;          /* the incident's organisation, or NULL */
    const bd_text *when;         /* and its date, or NULL */
} ui_kiosk_fact;

/* What the kiosk asks of whoever runs it (the kiosk command): the board,
 * the nickname filter, the PIN, the day's figures, the export. Everything
 * it points to must outlive the app. */
typedef struct {
    void *ctx;
    const kiosk_config *cfg;
    const ui_kiosk_scenario *scenarios;
    size_t n_scenarios;
    const ui_kiosk_fact *facts;
    size_t n_facts;
    /* The board as the config's scope shows it now, best first: up to max
     * entries into out (valid until the board changes); returns how many.
     * *rank gets the place of entry `mine` (0: not on it; mine 0: none),
     * *own that entry itself (NULL then), *total the entries in scope. */
    size_t (*board)(void *ctx, uint64_t mine, const leaderboard_entry **out, size_t max,
                    size_t *rank, size_t *total, const leaderboard_entry **own);
    /* Adds the round (nickname, scenario, score, speed_bonus of e; the
     * host sets when, day and event) and saves the board: 0 with its id,
     * -1 with why not. */
    int (*board_add)(void *ctx, const leaderboard_entry *e, uint64_t *id, char *err, size_t errlen);
    /* Empties the board and saves it: 0, or -1 with why not. */
    int (*board_reset)(void *ctx, char *err, size_t errlen);
    /* 1 when a nickname may be shown (the offensive-name filter). */
    int (*name_ok)(void *ctx, const char *nickname);
    /* 1 when pin is the staff PIN (slow on purpose: about 0.1 s). */
    int (*pin_check)(void *ctx, const char *pin);
    /* Today's figures from the results log. */
    void (*stats)(void *ctx, kiosk_stats *out);
    /* Copies the results log to the config's export folder: 0 with the
     * file's name in out, -1 with why not. */
    int (*export_results)(void *ctx, char *out, size_t outlen);
} ui_kiosk_host;

/* Runs app as a kiosk from its attract screen: the window's close and
 * Escape do nothing, staff leave through the hidden gesture and the PIN.
 * Call once, before the first frame. */
void ui_app_kiosk(ui_app *app, const ui_kiosk_host *kh);
/* Things that change by themselves (the kiosk's idle question, countdowns,
 * the attract screen's cards, a held exit gesture): the time on host->now's
 * clock when the next one is due, or a negative value when none is. */
double ui_app_next_deadline(ui_app *app);
/* Runs whatever is due by host->now; returns 1 if the screen changed. */
int ui_app_tick(ui_app *app);

/* ---- Inside the module: shared by app.c, menu.c and the play*.c files ----- */

/* One thing on screen that focus moves to and a pointer can hit. */
typedef struct {
    char id[32];
    ui_rect rect;
    int index;      /* list: the scenario; play: the item's row, from 0; -1 otherwise */
    ui_rect clip;   /* w == 0: none; else only its part inside clip is shown and hit */
} ui_element;

/* Why 512: a step shows its items (a spot's log lines) as rows, all in the
 * table so focus can walk to rows scrolled out of view; a log of a few
 * hundred lines is already more than a player reads. */
#define UI_MAX_ELEMENTS 512

typedef struct {
    ui_element el[UI_MAX_ELEMENTS];
    int n;
} ui_elements;

void ui_elements_add(ui_elements *t, const char *id, ui_rect r, int index, ui_rect clip);
ui_rect ui_rect_intersect(ui_rect a, ui_rect b);
/* Puts arg where the translated text has %s. Locale text is data, never a
 * printf format: only the first %s is replaced and nothing else is read. */
void ui_fill_in(char *out, size_t n, const char *text, const char *arg);
/* Confines the commands dl got since first to clip: fills are cut, text
 * clipped, outlines that cross the edge become the visible parts of their
 * sides, and whatever lies wholly outside is dropped. */
void ui_clip_tail(draw_list *dl, size_t first, ui_rect clip);

/* The play screen: one scenario file, its session, and what the player sees
 * of it. app.c routes actions here; play.c holds the rules, play_layout.c
 * the layout and play_draw.c draws the elements. */
typedef enum { PLAY_QUESTION = 0, PLAY_FEEDBACK, PLAY_ENDING, PLAY_INTRO } play_phase;
typedef enum { BANNER_NONE = 0, BANNER_RELOAD_FAILED, BANNER_RESTARTED, BANNER_SCRIPT_ERROR } play_banner;

/* The items of the step last answered, kept for its feedback (the session
 * has moved on to the next step's view by then). */
typedef struct {
    view_item *items;
    size_t n_items;
    pick_mode pick;
    int items_are_lines;
} play_answered;

/* One decision, for the debrief: the step's items as shown, what the player
 * picked and what was recommended (play_decisions.c). */
typedef struct {
    pick_mode pick;
    int lines;              /* the items are log lines: named by number */
    view_item *items;       /* copies */
    size_t n_items;
    pick yours, best;
    int best_known;         /* 0: the recommended answer could not be found */
} play_decision;

typedef struct {
    play_decision *v;
    size_t n;
} play_decisions;

/* The best (weakest 0) or the weakest (1) of the kind's answers to the
 * session's current step, tried from its saved state, into out (the caller
 * frees out->ids); -1 if none could be tried. */
int decisions_find_answer(const scn_model *m, const session *ses, int weakest, pick *out);
/* Notes the decision ids is about to make on the session's current step
 * (call before answering it). */
void decisions_note(play_decisions *d, const scn_model *m, const session *ses, const int *ids,
                    size_t n);
void decisions_free(play_decisions *d);

/* An earlier attempt at the same scenario, for the debrief's comparison. */
typedef struct {
    char started[32];
    int score;
} play_attempt;

struct scenario;

typedef struct ui_play {
    const ui_host *host;
    char lang[8];
    char *path;
    struct scenario *scn;
    session ses;
    uint32_t seed;
    play_phase phase;
    /* The question on screen: rows[r] is the view item shown in row r. */
    size_t *rows;
    unsigned char *marked;   /* per view item (PICK_MANY) */
    size_t n_rows;
    int held;                /* PICK_ORDER: the row picked up, -1 for none */
    play_answered answered;
    /* The record. */
    char uuid[37];
    char started[32];
    double t0;
    int recorded;
    char *record_error;      /* why the record could not be written, or NULL */
    play_banner banner;
    char *banner_text;       /* the error a banner names */
    /* Scrolling (device pixels), set by the layout. */
    int scroll, max_scroll;
    ui_rect view;
    char focus_want[32];     /* the element to focus after a change, "" for none */
    /* The pause menu (pause.c): open or not, what had focus, and the step's
     * own element table while it is drawn behind the menu. */
    int paused;
    char focus_before[32];
    /* The progress bar, 0 to 1: answers given over those given plus the
     * fewest still to come; never moves back within a session. */
    double progress;
    ui_elements *under;
    char player[64], employee_id[64];   /* for the record */
    play_decisions decisions;
    /* The player's completed attempts before this one (read at the ending). */
    play_attempt *earlier;
    size_t n_earlier;
} ui_play;

/* A row of the scenario list. */
typedef struct {
    char *path, *title, *error, *id;
    char *details;       /* "ORG · WHEN · about N min", or NULL */
    int scored, best;
} ui_list_row;

/* Kiosk mode's state (kiosk.c owns it; the kiosk_*.c screens read and
 * change their parts). */
#define KIOSK_NICK_BYTES 49    /* 12 code points of up to 4 bytes, and the NUL */
typedef struct ui_kiosk {
    const ui_kiosk_host *host;
    int clock_started;           /* the host's clock has been read since ui_app_kiosk */
    kiosk_idle idle;
    kiosk_hold hold;             /* the exit gesture */
    int asking;                  /* "Still there?" is up */
    ui_screen_id asked_over;     /* the screen it covers */
    char asked_focus[32];        /* and what had focus there */
    /* The attract screen: which card shows, since when. */
    size_t card;
    double card_since;
    /* The round: which scenario (index into host->scenarios, -1 none),
     * when the question on screen appeared, answers counted so far. */
    int scenario;
    double question_since;
    size_t answers_seen;
    int timed_out;               /* the last decision ran out of time */
    int speed_bonus;
    int score, detect_pct, respond_pct;
    char outcome[8];             /* "good", "mixed", "bad" */
    char *ending;                /* the ending's text in the round's language, or NULL */
    /* The nickname screen (kiosk_keys.c). */
    char nickname[KIOSK_NICK_BYTES];
    int kana;                    /* the keyboard shows its kana page */
    const char *nick_message;    /* locale key of why a name was refused, or NULL */
    uint64_t entry;              /* the round's board entry, 0 for none */
    /* The PIN pad (kiosk_pin.c). */
    char pin[9];
    pin_backoff backoff;
    const char *pin_message;     /* locale key: wrong PIN, wait, or NULL */
    /* The staff screen (kiosk_staff.c). */
    int confirm_reset;           /* Reset asked once: the next press empties the board */
    char *staff_message;         /* the outcome of an export or reset, or NULL */
    kiosk_stats stats;           /* today's figures, read when the staff screen opens */
} ui_kiosk;

/* The app's state: app.c owns it; menu.c lays out its title and list. */
struct ui_app {
    const locale *loc;
    const ui_measure *measure;
    const ui_host *host;
    const config *cfg;
    ui_ctx ctx;
    int w, h;
    float dpi;
    ui_screen_id screen;
    ui_elements els;
    int focus;          /* index into els, kept across frames by id */
    char focus_id[32];
    int hover, pressed; /* element indexes, -1 for none */
    /* A row of an order step being dragged by a mouse or a finger: the row
     * it is at now, where the pointer went down, whether it has moved far
     * enough to be a drag rather than a tap. */
    int drag_row, dragging;
    float drag_y0;
    /* Transitions (transition.c): the host's clock, the view last drawn,
     * when it appeared. */
    double now, fade_start;
    int clock_set;
    unsigned long view_key;
    int list_scroll;    /* device pixels */
    ui_rect list_area;
    ui_list_row *scn;
    size_t nscn;
    char *list_error;   /* why the scenario chosen last could not be played, or the
                         * outcome of an export: the panel above the rows */
    const char *list_panel_head;   /* that panel's heading (a locale key) */
    ui_play *play;      /* the scenario being played (SCREEN_PLAY) */
    ui_screen_id settings_from;   /* where the settings screen's Back goes */
    char name_player[64], name_employee[64];   /* the name screen's fields being typed */
    resume_state resume;    /* the session offered for resuming (SCREEN_RESUME) */
    int resume_changed;     /* its scenario changed since: offered fresh instead */
    int play_row;       /* its row in the list */
    int quit;
    ui_kiosk *kiosk;    /* kiosk mode, or NULL */
};

/* app.c: lays the current screen out into app->els (and dl, if given),
 * finds elements, moves focus to one, activates one. */
void app_layout(ui_app *app, draw_list *dl);
int app_find_element(const ui_app *app, const char *id);
/* The part of element i that can be seen (empty when scrolled away). */
ui_rect app_visible_rect(const ui_app *app, int i);
void app_set_focus(ui_app *app, int i);
/* Shows screen with focus on element `focus` (scroll, hover and press reset). */
void app_go(ui_app *app, ui_screen_id screen, const char *focus);
/* Moves focus where play asked for it (a new step, a moved row), in view. */
void app_follow_play(ui_app *app);
void app_activate(ui_app *app, int i);
/* app_focus.c: focus steps and pointer events. */
void app_move_focus(ui_app *app, int delta);
/* Focuses list row `row` (from 0), scrolling it into view; delta says
 * which way to look for it. */
void app_focus_list_row(ui_app *app, long row, int delta);
/* Play: keeps the focused element in view. */
void app_show_focus(ui_app *app);
int app_handle_pointer(ui_app *app, const action *a);
/* Adds a focusable element (index >= 0: list row index, clipped to the list area). */
void ui_app_add_element(ui_app *app, const char *id, ui_rect r, int index);
/* The title and list screens (menu.c). The draw list may be NULL when only
 * the element table is wanted. */
void menu_layout_title(ui_app *app, draw_list *dl);
void menu_layout_list(ui_app *app, draw_list *dl);
void menu_draw_row(ui_app *app, draw_list *dl, int i, widget_state st);
/* A row's second line, "ORG · WHEN · about N min" (malloc'd), NULL if empty. */
char *menu_row_details(const ui_app *app, const ui_scenario_entry *e);
/* A centred column: its width (at most max_w logical units, margin from
 * each edge) and, in *x, its left edge. */
int menu_column(const ui_app *app, float margin, float max_w, int *x);
/* The key hint (locale key) along the bottom edge; returns its height. */
int menu_draw_hint(ui_app *app, draw_list *dl, const char *key, int x, int w, ui_align align);
/* The name screen (name.c): its fields are edited in the app's
 * name_player and name_employee until Continue commits them. */
void name_open(ui_app *app);
void name_layout(ui_app *app, draw_list *dl);
int name_is_field(const char *id);
int name_type(ui_app *app, const char *id, const char *text);
int name_erase(ui_app *app, const char *id);
void name_commit(ui_app *app);
/* transition.c: the veil's alpha now (0 when still), and drawing it. */
double transition_veil(ui_app *app);
void transition_draw(ui_app *app, draw_list *dl);
/* The resume offer (resume_offer.c). */
void resume_offer_check(ui_app *app);
void resume_offer_layout(ui_app *app, draw_list *dl);
/* The settings screen (settings.c). */
void settings_layout(ui_app *app, draw_list *dl);
int settings_is_row(const char *id);
/* The row's label with its value, in buf (or the plain translation). */
const char *settings_label(const ui_app *app, const char *id, char *buf, size_t n);
/* Steps a row's value by delta and hands the new config to the host. */
int settings_change(ui_app *app, const char *id, int delta);

/* Kiosk mode (kiosk.c routes; each screen lays itself out and draws all
 * of itself, its buttons included, through kiosk_button). */
/* Handles a on a kiosk screen: 1 changed, 0 nothing, -1 for the app's
 * common handling (focus moves, select, pointer). */
int kiosk_handle(ui_app *app, const action *a);
/* After every action the app handled: times the round's answers and
 * leaves the play screen at its ending. */
void kiosk_after(ui_app *app);
void kiosk_free(ui_app *app);
void kiosk_layout(ui_app *app, draw_list *dl);
/* The decision's countdown over a round's play screen. */
void kiosk_draw_over_play(ui_app *app, draw_list *dl);
/* Activating element id of a kiosk screen. */
void kiosk_activate(ui_app *app, const char *id);
/* The host's clock (seconds); the first reading starts the kiosk's timers. */
double kiosk_now(ui_app *app);
/* Adds element id at r and, when dl is given, draws it as a button with
 * label, focused and pressed as the app's state says. */
void kiosk_button(ui_app *app, draw_list *dl, const char *id, ui_rect r, const char *label);
/* The translation of key. */
const char *kiosk_tr(const ui_app *app, const char *key);
/* A bd_text in the app's language. */
const char *kiosk_text(const ui_app *app, const bd_text *t);
/* The attract screen (kiosk_attract.c): how many cards it turns through,
 * and its layout (the card k->card). Element ids: "attract.start" (the
 * whole screen behind the buttons), "attract.en", "attract.ja". */
size_t attract_cards(const ui_app *app);
void attract_layout(ui_app *app, draw_list *dl);
/* Choosing the round's scenario (kiosk_attract.c): "pick.item.N" (N from
 * 1, index N-1 into the host's scenarios), "pick.back". */
void pick_layout(ui_app *app, draw_list *dl);
/* The round's result and the board (kiosk_board.c): "result.continue";
 * "board.done". The board highlights k->entry. */
void result_layout(ui_app *app, draw_list *dl);
void board_layout(ui_app *app, draw_list *dl);
/* Drawing the kiosk's screens share (kiosk_board.c). Text wrapped into
 * box, only the lines it holds (at most max_lines; 0: no limit), the last
 * cut with "…" when the text goes on; returns the height used (dl NULL:
 * measures only). */
int kiosk_fit_text(const ui_app *app, draw_list *dl, const char *text, ui_font f, ui_color col,
                   ui_rect box, ui_align align, int max_lines);
/* The board's heading for the config's scope (today / the event / all time). */
void kiosk_board_heading(const ui_app *app, char *out, size_t n);
/* The board as the config's scope shows it, drawn into r with rows at font
 * size px (logical; smaller when the rows need it): rank, nickname, score,
 * speed bonus. Entry mine (0: none) is highlighted, after a "…" gap with its
 * real place when it is not among the rows shown. Says so when the board is
 * empty. Returns the height used (dl NULL: measures only). */
int kiosk_board_table(const ui_app *app, draw_list *dl, ui_rect r, uint64_t mine, float px);
/* The nickname screen and its on-screen keyboard (kiosk_keys.c): ids
 * "nick.key.N" (N from 1 over the page's keys), "nick.erase", "nick.page"
 * (Latin/kana, in Japanese only), "nick.ok", "nick.skip". nickname_handle
 * takes arrows (moving on the key grid), typed text and erase (1/0/-1 as
 * kiosk_handle). nickname_activate: 1 when "nick.ok" accepted the name
 * (k->nickname is then the name, filtered), 0 otherwise. */
void nickname_open(ui_app *app);
void nickname_layout(ui_app *app, draw_list *dl);
int nickname_handle(ui_app *app, const action *a);
int nickname_activate(ui_app *app, const char *id);
/* The staff PIN pad (kiosk_pin.c): "pin.digit.N" (N 0..9), "pin.erase",
 * "pin.ok", "pin.cancel". pin_activate returns PIN_RIGHT, PIN_CANCEL or
 * PIN_STAY; typed digits and erase through pin_handle. */
enum { PIN_STAY = 0, PIN_RIGHT, PIN_CANCEL };
/* Overwrites the digits typed (whenever the pad is left). */
void pin_wipe(ui_kiosk *k);
void pin_open(ui_app *app);
void pin_layout(ui_app *app, draw_list *dl);
int pin_handle(ui_app *app, const action *a);
int pin_activate(ui_app *app, const char *id);
/* The staff screen (kiosk_staff.c): "staff.export", "staff.reset",
 * "staff.resume" (back to the attract screen), "staff.leave" (quits the
 * kiosk). staff_activate returns STAFF_STAY, STAFF_RESUME or STAFF_LEAVE. */
enum { STAFF_STAY = 0, STAFF_RESUME, STAFF_LEAVE };
void staff_open(ui_app *app);
void staff_layout(ui_app *app, draw_list *dl);
int staff_activate(ui_app *app, const char *id);

typedef struct {
    const ui_ctx *c;
    const locale *loc;
    int w, h;
} play_frame;

/* Loads path and starts a session. NULL when it cannot be played, with its
 * first errors (one per line, at most max_lines) in err and their number in
 * *n_errors. */
ui_play *play_open(const char *path, const ui_host *host, const char *lang, size_t max_lines,
                   char *err, size_t errlen, size_t *n_errors);
/* Appends the not-completed record of a session left before its ending
 * (once; nothing if its record was written). */
void play_abandon(ui_play *p);
/* The window is closing: a session in progress stays saved for resuming
 * (or is recorded as left when there is nowhere to keep it). */
void play_suspend(ui_play *p);
/* The session's scores as the record gives them: detection and response
 * in percent of their maxima, and the total. */
void play_scores(const ui_play *p, int *detect_pct, int *respond_pct, int *score);
/* Answers the question on screen with the weakest of its answers (the
 * kiosk's countdown ran out). */
void play_answer_weakest(ui_play *p);
/* Starts the session again with seed and plays tokens (with their times);
 * -1 (the session untouched) if one is refused or the session ends early. */
int play_replay(ui_play *p, uint32_t seed, char *const *tokens, const double *times, size_t n);
/* play_resume.c: the session in progress on disk (host->resume_path). */
void play_keep(ui_play *p);
void play_forget(ui_play *p);
/* Opens the saved session rs: NULL with *changed set when its scenario is
 * missing, changed since, or no longer takes its answers. */
ui_play *play_resume(const resume_state *rs, const ui_host *host, const char *lang, int *changed,
                     char *err, size_t errlen);
void play_free(ui_play *p);
/* What activating an element asks of the app. */
enum { PLAY_STAY = 0, PLAY_LEAVE = 1, PLAY_OPEN_SETTINGS = 2 };
/* PLAY_LEAVE when activating e (or confirming) left the scenario: go to the
 * list; PLAY_OPEN_SETTINGS from the pause menu. */
int play_activate(ui_play *p, const ui_element *e);
/* Esc: opens the pause menu; on it, closes it. Not at the ending (0 then:
 * Esc leaves). */
int play_pause_toggle(ui_play *p);
/* The pause menu over the step (pause.c). */
void pause_layout(ui_play *p, const play_frame *f, ui_elements *els, draw_list *dl);
int pause_is_button(const char *id);
int play_confirm(ui_play *p);
/* PICK_ORDER: moves the held row by delta; 0 if none is held. */
int play_move_held(ui_play *p, int delta);
/* Puts a held row down; 0 if none was held. */
int play_drop(ui_play *p);
/* PICK_ORDER, by a pointer: the row at `from` is dragged to `to` (held
 * there until play_drop); 0 if the step does not take it. */
int play_drag(ui_play *p, size_t from, size_t to);
/* F5: reads the file again (see play.c for what carries over). */
void play_reload(ui_play *p);
/* Copies the element to focus after the last change into out, once;
 * 0 if there is none. */
int play_take_focus(ui_play *p, char *out, size_t n);
/* Scrolls so r (as laid out now) is inside the view; by px; to the top. */
void play_show(ui_play *p, ui_rect r, int margin);
void play_scroll_by(ui_play *p, int px);
/* How a row of a question is drawn: what sits left of its text, the font.
 * Shared by the layout (its height) and the drawing. */
typedef struct {
    int pad, marker;   /* device pixels */
    int box, digits;   /* PICK_MANY: check box size; lines: width of the numbers */
    ui_font font;
} play_row_style;
play_row_style play_row_style_of(const ui_ctx *c, const step_view *v);
int play_row_height(const ui_ctx *c, const play_row_style *s, const char *text, int w);

/* Lays out the screen into els (and draws what is not an element into dl,
 * which may be NULL); then draws the elements. */
void play_layout(ui_play *p, const play_frame *f, ui_elements *els, draw_list *dl);
void play_draw_elements(const ui_play *p, const play_frame *f, const ui_elements *els,
                        draw_list *dl, int focus, int hover, int pressed);

#endif
