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

typedef struct {
    const ui_measure *measure;
    const ui_theme *theme;
    float scale;        /* logical units -> device pixels */
    float text_scale;   /* from the text size setting */
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

typedef enum { SCREEN_TITLE = 0, SCREEN_LIST, SCREEN_COUNT } ui_screen_id;

typedef struct {
    const char *path;    /* scenario file */
    const char *title;   /* in the current language, or NULL when broken */
    const char *error;   /* "file:line: message" when the file could not be read */
} ui_scenario_entry;

/* What the app asks of whoever runs it (main.c): things that touch files. */
typedef struct {
    void *ctx;
    /* Switch language: reload locale and scenario titles, then call
     * ui_app_set_locale and ui_app_set_scenarios. */
    void (*set_language)(void *ctx, const char *lang);
    /* Re-read scenarios from disk (F5). */
    void (*reload)(void *ctx);
    /* The player's own scenario folder, named when the list is empty. */
    const char *user_scenarios;
} ui_host;

typedef struct ui_app ui_app;

/* The app keeps pointers to loc, measure and host; they must outlive it. */
ui_app *ui_app_new(const locale *loc, const ui_measure *measure, const config *cfg,
                   const ui_host *host);
void ui_app_free(ui_app *app);
/* Copies the entries. */
void ui_app_set_scenarios(ui_app *app, const ui_scenario_entry *entries, size_t count);
void ui_app_set_locale(ui_app *app, const locale *loc);
/* Output size in device pixels and the HiDPI factor (device px per window px). */
void ui_app_resize(ui_app *app, int w, int h, float dpi_scale);
/* Returns 1 if the screen changed and needs drawing. */
int ui_app_handle(ui_app *app, const action *a);
/* Lays out the current screen into dl (cleared first). */
void ui_app_draw(ui_app *app, draw_list *dl);
ui_color ui_app_background(const ui_app *app);
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

#endif
