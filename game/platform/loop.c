/* loop — the event-driven main loop.
 *
 * It blocks in SDL_WaitEventTimeout until an event arrives or the next
 * deadline (stick repeat, the end of a benchmark's idle time) is due, and
 * draws only when something changed: a screen left alone costs nothing but
 * the occasional wake-up. Under a script the same loop runs on a virtual
 * clock that only the script's waits advance, so tests never sleep. */
#include "platform/platform.h"

#include <SDL.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* The longest a blocked wait lasts with no deadline at all: long enough to
 * cost nothing, short enough that a lost wake-up cannot stall for long. */
#define IDLE_WAIT_MS 1000
#define FRAME_MS 16        /* while a transition runs: about 60 frames a second */
#define MAX_ACTIONS 8
/* A kiosk hides the mouse pointer this long after the mouse last moved. */
#define CURSOR_SHOWN_S 3.0

double platform_mono_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double platform_now(platform *p)
{
    return p->scripted ? p->vclock : platform_mono_seconds() - p->t0;
}

static void anchor_mark(const char *path, const char *name, const char *extra)
{
    if (!path || !*path) return;
    FILE *f = fopen(path, "a");
    if (!f) return;
    fprintf(f, "%s %.6f%s%s\n", name, platform_mono_seconds(), extra ? " " : "", extra ? extra : "");
    fclose(f);
}

static int dispatch(platform *p, const loop_options *opt, const action *acts, size_t n)
{
    int dirty = 0;
    for (size_t i = 0; i < n; i++) {
        if (acts[i].type == ACT_SCREENSHOT && opt->screenshot_dir) {
            char path[4200], err[BD_ERR_LEN];
            snprintf(path, sizeof path, "%s/breachdrill-%ld.png", opt->screenshot_dir, (long)time(NULL));
            if (dir_make_all(opt->screenshot_dir, err, sizeof err) != 0 ||
                platform_screenshot(p, path, err, sizeof err) != 0)
                fprintf(stderr, "platform: %s\n", err);
            else
                fprintf(stderr, "platform: screenshot saved to %s\n", path);
            continue;
        }
        dirty |= ui_app_handle(opt->app, &acts[i]);
    }
    return dirty;
}

/* The kiosk's pointer: shown while a mouse moves (never for touches, which
 * SDL also reports as mouse motion from SDL_TOUCH_MOUSEID). */
static void cursor_follow(platform *p, const loop_options *opt, const SDL_Event *ev)
{
    if (!opt->hide_idle_cursor || ev->type != SDL_MOUSEMOTION || ev->motion.which == SDL_TOUCH_MOUSEID)
        return;
    if (p->cursor_hide_at < 0) SDL_ShowCursor(SDL_ENABLE);
    p->cursor_hide_at = platform_now(p) + CURSOR_SHOWN_S;
}

static void cursor_tick(platform *p)
{
    if (p->cursor_hide_at >= 0 && platform_now(p) >= p->cursor_hide_at) {
        SDL_ShowCursor(SDL_DISABLE);
        p->cursor_hide_at = -1;
    }
}

static int handle_event(platform *p, const loop_options *opt, const SDL_Event *ev)
{
    cursor_follow(p, opt, ev);
    if (ev->type == SDL_WINDOWEVENT) {
        switch (ev->window.event) {
        case SDL_WINDOWEVENT_SIZE_CHANGED: case SDL_WINDOWEVENT_RESIZED: {
            int w, h;
            float dpi;
            platform_output_size(p, &w, &h, &dpi);
            ui_app_resize(opt->app, w, h, dpi);
            return 1;
        }
        case SDL_WINDOWEVENT_EXPOSED: case SDL_WINDOWEVENT_RESTORED:
        case SDL_WINDOWEVENT_SHOWN:
            return 1;
        default:
            break;
        }
    }
    if (ev->type == SDL_RENDER_TARGETS_RESET || ev->type == SDL_RENDER_DEVICE_RESET) {
        text_cache_flush(opt->text);
        return 1;
    }
    action acts[MAX_ACTIONS];
    size_t n = input_map_event(p, ev, acts, MAX_ACTIONS);
    return dispatch(p, opt, acts, n);
}

static int drain_events(platform *p, const loop_options *opt)
{
    int dirty = 0;
    SDL_Event ev;
    while (SDL_PollEvent(&ev)) dirty |= handle_event(p, opt, &ev);
    return dirty;
}

static int tick_input(platform *p, const loop_options *opt)
{
    action acts[MAX_ACTIONS];
    size_t n = input_tick(p, platform_now(p), acts, MAX_ACTIONS);
    return n ? dispatch(p, opt, acts, n) : 0;
}

/* The earlier of two deadlines, either of which may be absent (< 0). */
static double sooner(double a, double b) { return a < 0 ? b : b < 0 ? a : a < b ? a : b; }

/* What the app has due by now (a kiosk's timers). */
static int tick_app(platform *p, const loop_options *opt, double due)
{
    return due >= 0 && platform_now(p) >= due ? ui_app_tick(opt->app) : 0;
}

/* Advances the virtual clock through a script's wait, stopping at every
 * input and app deadline on the way, so held sticks repeat and the
 * kiosk's timers fire as they would live. */
static int run_virtual_wait(platform *p, const loop_options *opt)
{
    int dirty = 0;
    while (p->vclock < p->wait_until) {
        double due = ui_app_next_deadline(opt->app);
        double next = sooner(input_next_deadline(p), due);
        /* A deadline already past is run now; the clock still moves on, so
         * an app that keeps one in the past cannot stall the script. */
        if (next >= 0 && next <= p->vclock) next = p->vclock + 1e-3;
        p->vclock = (next >= 0 && next < p->wait_until) ? next : p->wait_until;
        dirty |= tick_input(p, opt);
        dirty |= tick_app(p, opt, due);
        dirty |= drain_events(p, opt);
    }
    return dirty;
}

int platform_run(platform *p, const loop_options *opt, loop_stats *stats)
{
    loop_stats local = { 0 };
    if (!stats) stats = &local;
    p->t0 = platform_mono_seconds();
    p->scripted = opt->script != NULL;
    int w, h;
    float dpi;
    platform_output_size(p, &w, &h, &dpi);
    ui_app_resize(opt->app, w, h, dpi);
    draw_list dl = { 0 };
    int dirty = 1, status = 0;
    double idle_end = -1;
    script_env env = { p, opt->app, &dirty, opt->text };
    p->cursor_hide_at = -1;
    if (opt->hide_idle_cursor) SDL_ShowCursor(SDL_DISABLE);

    for (;;) {
        /* Stopped (SIGTERM): leave before touching a display that may be
         * going away with the compositor. */
        if (opt->stop && *opt->stop) break;
        dirty |= drain_events(p, opt);
        if (ui_app_wants_quit(opt->app) || (opt->stop && *opt->stop)) break;
        /* A live window has a clock (transitions run on it); a script's
         * virtual one is left out, so its screenshots never catch a fade. */
        if (!p->scripted) ui_app_set_time(opt->app, platform_now(p));
        if (dirty) {
            ui_app_draw(opt->app, &dl);
            platform_draw(p, opt->text, &dl, ui_app_background(opt->app));
            dirty = 0;
            if (stats->frames_drawn++ == 0) {
                anchor_mark(opt->anchor_out, "first_frame", NULL);
                if (opt->anchor_idle > 0) idle_end = platform_now(p) + opt->anchor_idle;
            }
            if (opt->anchor_frames > 0 && stats->frames_drawn >= (unsigned long)opt->anchor_frames)
                break;
            if (ui_app_animating(opt->app)) dirty = 1;   /* the next frame of a fade */
        }
        if (p->scripted) {
            if (p->wait_until > p->vclock) { dirty |= run_virtual_wait(p, opt); continue; }
            int rc = script_step(opt->script, &env);
            if (rc < 0) { status = 1; break; }
            if (rc > 0) break;
            continue;
        }
        if (opt->on_wake) opt->on_wake(opt->wake_ctx);
        double now = platform_now(p);
        if (idle_end >= 0 && now >= idle_end) break;
        double due = ui_app_next_deadline(opt->app);
        double deadline = sooner(sooner(input_next_deadline(p), due), sooner(idle_end, p->cursor_hide_at));
        int timeout = IDLE_WAIT_MS;
        if (deadline >= 0) {
            double ms = (deadline - now) * 1000.0 + 1.0;
            timeout = ms < 0 ? 0 : ms < IDLE_WAIT_MS ? (int)ms : IDLE_WAIT_MS;
        }
        if (dirty && timeout > FRAME_MS) timeout = FRAME_MS;
        SDL_Event ev;
        stats->wakeups++;
        if (SDL_WaitEventTimeout(&ev, timeout)) dirty |= handle_event(p, opt, &ev);
        dirty |= tick_input(p, opt);
        dirty |= tick_app(p, opt, due);
        cursor_tick(p);
    }
    if (opt->anchor_idle > 0) {
        char extra[96];
        snprintf(extra, sizeof extra, "frames=%lu wakeups=%lu", stats->frames_drawn, stats->wakeups);
        anchor_mark(opt->anchor_out, "idle_done", extra);
    }
    draw_list_free(&dl);
    return status;
}
