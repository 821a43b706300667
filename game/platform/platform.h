/*
 * platform — the only code that calls SDL2, SDL2_ttf, SDL2_image and
 * fontconfig.
 *
 * What it is for: the window and renderer (and how `auto` picks one), fonts
 * and the cache of rendered text runs, turning SDL events from keyboard,
 * mouse, touch and gamepad into core actions, the event-driven loop, the
 * headless script driver and PNG screenshots.
 *
 * What it must not do: decide anything about the game. It turns events into
 * actions and draw lists into pixels; the ui module decides what they mean.
 */
#ifndef BD_PLATFORM_H
#define BD_PLATFORM_H

#include "core/core.h"
#include "ui/ui.h"
#include <signal.h>
#include <stddef.h>

typedef struct SDL_Renderer SDL_Renderer;
typedef struct SDL_Window SDL_Window;
typedef struct _SDL_GameController SDL_GameController;
typedef union SDL_Event SDL_Event;
typedef struct SDL_Surface SDL_Surface;

/* ---- Fonts and the text cache -------------------------------------------- */

/* The four faces BreachDrill draws with, found through fontconfig. */
typedef enum { FACE_SANS = 0, FACE_MONO, FACE_SANS_JA, FACE_MONO_JA, FACE_COUNT } font_face;

typedef struct {
    char path[FACE_COUNT][4096];
    int index[FACE_COUNT];          /* face index inside a .ttc */
} font_files;

/* Asks fontconfig for sans-serif, monospace, sans-serif:lang=ja and
 * monospace:lang=ja. A face that is missing gives a one-line error naming the
 * Debian package to install. */
int fonts_find(font_files *out, char *err, size_t errlen);

typedef struct text_system text_system;

typedef struct {
    unsigned long hits, misses, evictions;
    size_t entries, bytes;
} text_cache_stats;

/* Opens the faces (TTF_Init must have been called by the caller or is done
 * here). renderer may be NULL for measuring only. */
text_system *text_system_open(const font_files *files, char *err, size_t errlen);
void text_system_close(text_system *ts);
/* Width in pixels of s[0..len) drawn in font, splitting runs by which face
 * has the glyphs (Latin face first, Japanese face for the rest). */
int text_measure(text_system *ts, ui_font font, const char *s, size_t len);
int text_line_height(text_system *ts, ui_font font);
/* A ui_measure that calls the two functions above. */
ui_measure text_measurer(text_system *ts);
/* The texture of s drawn in font (white; colour it with a colour mod),
 * rendered once and then reused until evicted. w and h get its size. NULL
 * only when rendering fails. The cache owns the texture. */
struct SDL_Texture *text_cache_get(text_system *ts, SDL_Renderer *r, ui_font font,
                                   const char *s, size_t len, int *w, int *h);
/* The same text already drawn in color's rgb (alpha is still the caller's
 * alpha mod), one texture per colour. For SDL's software renderer: it
 * blends a colour-modulated texture through a generic per-pixel path,
 * measured at over twice the cost of the same blit unmodulated. */
struct SDL_Texture *text_cache_get_tinted(text_system *ts, SDL_Renderer *r, ui_font font,
                                          ui_color color, const char *s, size_t len, int *w, int *h);
text_cache_stats text_cache_get_stats(const text_system *ts);
/* Drops every cached texture (on renderer change). */
void text_cache_flush(text_system *ts);
/* A frame was drawn: textures not drawn in the last 600 frames go. */
void text_cache_end_frame(text_system *ts);

/* ---- Window, renderer, drawing -------------------------------------------- */

typedef struct {
    renderer_choice renderer;
    int fullscreen;
    int width, height;         /* initial window size */
    const char *title;
} window_options;

typedef struct platform platform;

/* Starts SDL video and opens the window. On a dummy video driver (headless)
 * the software renderer is used. */
platform *platform_open(const window_options *opt, char *err, size_t errlen);
void platform_close(platform *p);
SDL_Renderer *platform_renderer(platform *p);
/* Output size in device pixels and the HiDPI factor (device / window). */
void platform_output_size(platform *p, int *w, int *h, float *dpi_scale);
/* Switches between a window and fullscreen on the desktop's mode (a
 * window-size event follows, which resizes the app). */
void platform_set_fullscreen(platform *p, int on);
/* The renderer's name as SDL reports it ("software", "opengl", ...). */
const char *platform_renderer_name(platform *p);
/* How renderer_choice resolves on this machine, and why (for docs and logs). */
renderer_choice platform_resolve_renderer(renderer_choice want, const char **why);

/* Draws a draw list and presents it. */
void platform_draw(platform *p, text_system *ts, const draw_list *dl, ui_color clear);
/* Saves what was last presented as a PNG (crash-safely). */
int platform_screenshot(platform *p, const char *path, char *err, size_t errlen);

/* ---- Input ---------------------------------------------------------------- */

/* Turns one SDL event into zero or more actions (at most max). Keeps the
 * state it needs (open gamepads, stick repeat) in p. */
size_t input_map_event(platform *p, const SDL_Event *ev, action *out, size_t max);

/* ---- The loop and the headless script driver ------------------------------ */

typedef struct script script;

/* Parses a scripted input file. NULL with "file:line: message" on error. */
script *script_load(const char *path, char *err, size_t errlen);
script *script_parse(const char *text, const char *name, char *err, size_t errlen);
void script_free(script *s);

typedef struct {
    text_system *text;
    ui_app *app;
    const char *screenshot_dir;   /* where F12 saves */
    script *script;               /* NULL: interactive */
    const char *anchor_out;       /* ANCHOR_OUT: append first_frame marks */
    double anchor_idle;           /* ANCHOR_IDLE seconds, 0 for none */
    int anchor_frames;            /* ANCHOR_FRAMES: quit after this many frames */
    /* Set (by a signal handler) to end the loop at its next wake-up, which
     * is within a second: the app is then freed by the caller as after a
     * quit. NULL: none. */
    volatile sig_atomic_t *stop;
    /* Called at every wake-up of a live loop (at least once a second), for
     * a watchdog's ping. NULL: none. */
    void (*on_wake)(void *ctx);
    void *wake_ctx;
    /* The kiosk: the mouse pointer is hidden unless a mouse moved in the
     * last few seconds (touches never show it). */
    int hide_idle_cursor;
} loop_options;

typedef struct {
    unsigned long frames_drawn;
    unsigned long wakeups;
} loop_stats;

/* Runs until the app quits or the script ends. Returns 0, or 1 when a
 * script's expectation failed (the message is printed with file:line). */
int platform_run(platform *p, const loop_options *opt, loop_stats *stats);

/* ---- Inside the module: shared by window.c, input.c, loop.c, script.c ------- */

#define PLATFORM_MAX_PADS 8

typedef struct {
    SDL_GameController *pad;
    int instance;        /* SDL joystick instance id */
    int stick_dir;       /* -1 up, +1 down, 0 centred (left stick, vertical) */
    double next_repeat;  /* seconds on the platform clock */
    int back_held, chord;  /* Back is down; Back+Start (the staff chord) is down */
} platform_pad;

struct platform {
    SDL_Window *window;
    SDL_Renderer *renderer;
    char renderer_name[32];
    char renderer_why[64];
    platform_pad pads[PLATFORM_MAX_PADS];
    platform_pad unopened_pad;   /* stick state for events from pads we did not open */
    int scripted;        /* 1: time is the virtual clock below */
    double vclock;       /* seconds, advanced only by the script's waits */
    double wait_until;   /* a script's wait: virtual time it runs to */
    double t0;           /* real clock at start, seconds */
    double cursor_hide_at;   /* kiosk: when to hide the mouse pointer again, < 0: hidden */
    int chord_key;       /* the staff chord is held on the keyboard */
    const draw_list *last_list;
    text_system *last_text;
    ui_color last_clear;
};

/* Seconds since the platform started: real time, or virtual in a script. */
double platform_now(platform *p);
/* Real seconds on CLOCK_MONOTONIC, whatever a script's clock says: for
 * ANCHOR_OUT's marks and the frame-time measure. */
double platform_mono_seconds(void);
/* Earliest time input needs a tick (stick repeat), or a negative value. */
double input_next_deadline(platform *p);
/* Actions due at time now (stick repeat). */
size_t input_tick(platform *p, double now, action *out, size_t max);
void input_close_gamepads(platform *p);
/* Renders the last draw list again without presenting (for screenshots). */
void platform_render(platform *p, text_system *ts, const draw_list *dl, ui_color clear);

/* The script driver, run by platform_run: executes commands until one needs
 * the loop (every command but wait and expect), returning 0 to go on, 1 at
 * the end, -1 on a failed expectation or error (message printed). */
typedef struct {
    platform *p;
    ui_app *app;
    int *dirty;
    text_system *text;
} script_env;
int script_step(script *s, script_env *env);

/* A script's `frames N`: the current screen redrawn n times as fast as it
 * can be (layout, text cache, render, present; no vsync), after one untimed
 * frame. Times are per frame; hit rates are over the n timed frames. */
typedef struct {
    int frames, width, height;
    double median_ms, p99_ms, max_ms;
    double cache_hit_rate;     /* text textures found in the cache */
    double measure_hit_rate;   /* text widths found in the measurement cache */
} frames_report;
int platform_frames(platform *p, text_system *ts, ui_app *app, int n, frames_report *out,
                    char *err, size_t errlen);

/* ---- Inside the module: text runs (text_runs.c, text_cache.c) ------------- */

/* SDL2_ttf draws with exactly one font and has no fallback, so a mixed string
 * such as "VPN装置" is cut into runs drawn with the Latin face and the
 * Japanese face and laid side by side. */
typedef struct _TTF_Font TTF_Font;   /* the same typedef as SDL_ttf.h */

/* One run: bytes s[start, start+len) drawn with fonts[face] of the iterator
 * (0 = the role's Latin face, 1 = its Japanese face). */
typedef struct {
    size_t start, len;
    int face;
} text_run;

typedef struct {
    TTF_Font *fonts[2];   /* [0] Latin (tried first), [1] Japanese; [1] may be NULL */
    const char *s;
    size_t len, pos;
} text_run_iter;

void text_run_iter_init(text_run_iter *it, TTF_Font *latin, TTF_Font *japanese,
                        const char *s, size_t len);
/* Fills run and returns 1, or returns 0 at the end. NUL bytes are never part
 * of a run (SDL_ttf takes C strings) and are skipped: they draw nothing. */
int text_run_next(text_run_iter *it, text_run *run);
/* Whitespace and common punctuation: stays in the current run when the
 * run's face has it, so "VPN 装置。" is not cut at every space. */
int text_run_is_neutral(uint32_t cp);

/* Width of s: the sum of TTF_SizeUTF8 over its runs. fonts[1] may be NULL. */
int text_runs_width(TTF_Font *const fonts[2], const char *s, size_t len);
/* Renders each run in white and composes them on one ARGB8888 surface of
 * height line_h, runs aligned on the taller ascent's baseline. NULL when
 * the text draws nothing (only NULs or zero-width characters) or when
 * rendering fails. The caller frees the surface. */
SDL_Surface *text_runs_compose(TTF_Font *const fonts[2], int line_h,
                                      const char *s, size_t len);

/* ---- Hooks for tests (implemented in text_cache.c) ------------------------ */

/* Splits s as text_measure would for font; fills up to max runs with face
 * set to a font_face (FACE_SANS, FACE_SANS_JA, ...) and returns the total
 * number of runs. */
size_t text_runs_for_test(text_system *ts, ui_font font, const char *s, size_t len,
                          text_run *runs, size_t max);
/* Sets the texture budget in bytes (evicting down to it at the next get). */
void text_cache_set_budget(text_system *ts, size_t bytes);
/* Hits and misses of the measurement cache. */
void text_measure_stats(const text_system *ts, unsigned long *hits, unsigned long *misses);

#endif
