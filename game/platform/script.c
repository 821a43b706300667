/* script — the headless driver's scripted input: plays the commands
 * script_parse.c read into the same SDL event queue a person's devices
 * feed, so a test exercises the real input mapping, layout and drawing.
 * Syntax in docs/testing.md. */
#include "platform/script_int.h"

#include <SDL.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Playing a script --------------------------------------------------- */

/* Pushes ev as pressed (down 1), released (0), or both (-1); state is
 * the event's own pressed/released field. */
static void push_phases(SDL_Event *ev, Uint32 down_type, Uint32 up_type, Uint8 *state, int down)
{
    if (down != 0) {
        ev->type = down_type;
        *state = SDL_PRESSED;
        SDL_PushEvent(ev);
    }
    if (down != 1) {
        ev->type = up_type;
        *state = SDL_RELEASED;
        SDL_PushEvent(ev);
    }
}

static void push_key(SDL_Keycode key, Uint16 mod, int down)
{
    SDL_Event ev = { 0 };
    ev.key.keysym.sym = key;
    ev.key.keysym.scancode = SDL_GetScancodeFromKey(key);
    ev.key.keysym.mod = mod;
    push_phases(&ev, SDL_KEYDOWN, SDL_KEYUP, &ev.key.state, down);
}

static void window_point(platform *p, int x, int y, int *wx, int *wy)
{
    int ow, oh;
    float dpi;
    platform_output_size(p, &ow, &oh, &dpi);
    *wx = (int)((float)x / dpi);
    *wy = (int)((float)y / dpi);
}

static void push_mouse(platform *p, Uint32 type, int x, int y)
{
    SDL_Event ev = { 0 };
    int wx, wy;
    window_point(p, x, y, &wx, &wy);
    ev.type = type;
    if (type == SDL_MOUSEMOTION) {
        ev.motion.x = wx;
        ev.motion.y = wy;
    } else {
        ev.button.button = SDL_BUTTON_LEFT;
        ev.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        ev.button.clicks = 1;
        ev.button.x = wx;
        ev.button.y = wy;
    }
    SDL_PushEvent(&ev);
}

/* A finger pressed at (x, y), moved in `steps` steps to (x2, y2) and lifted
 * there; a tap is a drag of no steps. steps -1: only pressed, -2: only
 * lifted (a held finger). */
static void push_finger(platform *p, int x, int y, int x2, int y2, int steps)
{
    int ow, oh;
    float dpi;
    platform_output_size(p, &ow, &oh, &dpi);
    SDL_Event ev = { 0 };
    ev.tfinger.touchId = 1;
    ev.tfinger.fingerId = 1;
    ev.tfinger.pressure = 1;
    if (steps == -2) {
        ev.type = SDL_FINGERUP;
        ev.tfinger.x = ow > 0 ? (float)x / (float)ow : 0;
        ev.tfinger.y = oh > 0 ? (float)y / (float)oh : 0;
        SDL_PushEvent(&ev);
        return;
    }
    for (int i = 0; i <= (steps < 0 ? 0 : steps); i++) {
        float fx = (float)x + (steps ? (float)(x2 - x) * (float)i / (float)steps : 0.0f);
        float fy = (float)y + (steps ? (float)(y2 - y) * (float)i / (float)steps : 0.0f);
        ev.tfinger.x = ow > 0 ? fx / (float)ow : 0;
        ev.tfinger.y = oh > 0 ? fy / (float)oh : 0;
        ev.type = i == 0 ? SDL_FINGERDOWN : SDL_FINGERMOTION;
        SDL_PushEvent(&ev);
    }
    if (steps < 0) return;
    ev.type = SDL_FINGERUP;
    SDL_PushEvent(&ev);
}

static void push_pad(int button, int down)
{
    SDL_Event ev = { 0 };
    ev.cbutton.which = -1;   /* a synthetic pad: input.c maps it like a real one */
    ev.cbutton.button = (Uint8)button;
    push_phases(&ev, SDL_CONTROLLERBUTTONDOWN, SDL_CONTROLLERBUTTONUP, &ev.cbutton.state, down);
}

/* Whether the screen as it stands shows text containing needle (laid out
 * afresh: what the player would see now). */
static int screen_shows(ui_app *app, const char *needle)
{
    draw_list dl = { 0 };
    ui_app_draw(app, &dl);
    int found = 0;
    for (size_t i = 0; i < dl.count && !found; i++)
        if (dl.cmds[i].kind == DRAW_TEXT && strstr(draw_cmd_text(&dl, &dl.cmds[i]), needle)) found = 1;
    draw_list_free(&dl);
    return found;
}

static int expect_fail(const script *s, const command *c, const char *what, const char *got)
{
    fprintf(stderr, "%s:%d: expected %s %s, got %s\n", s->name, c->line, what, c->arg, got);
    return -1;
}

/* A pointer command's point: its numbers, or the centre of @element. */
static int pointer_target(const script *s, const command *c, ui_app *app, int *x, int *y)
{
    *x = c->a;
    *y = c->b;
    if (!c->arg) return 0;
    ui_rect r;
    if (ui_app_element_rect(app, c->arg, &r) != 0) {
        fprintf(stderr, "%s:%d: no element '%s' on the %s screen\n", s->name, c->line, c->arg,
                ui_screen_name(ui_app_screen(app)));
        return -1;
    }
    *x = r.x + r.w / 2;
    *y = r.y + r.h / 2;
    return 0;
}

/* `memory LABEL`: one line a soak test can compare between two points of
 * the same run (resident memory and open descriptors), flushed at once so
 * a log cut short by a crash still holds the last sample. */
static void print_memory(const char *label)
{
#ifdef __linux__
    long rss = -1, fds = 0;
    char line[256];
    FILE *f = fopen("/proc/self/status", "r");
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0) rss = strtol(line + 6, NULL, 10);
    if (f) fclose(f);
    /* Counted after the status file is closed; the folder's own
     * descriptor is left out. */
    DIR *d = opendir("/proc/self/fd");
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        if (e->d_name[0] != '.' && atoi(e->d_name) != dirfd(d)) fds++;
    if (d) closedir(d);
    if (rss < 0 || !d) printf("memory %s unavailable: /proc/self cannot be read\n", label);
    else printf("memory %s rss_kib=%ld fds=%ld\n", label, rss, fds);
#else
    printf("memory %s unavailable: needs Linux's /proc\n", label);
#endif
    fflush(stdout);
}

int script_step(script *s, script_env *env)
{
    platform *p = env->p;
    while (s->pc < s->count) {
        const command *c = &s->cmds[s->pc++];
        SDL_Event ev = { 0 };
        char err[BD_ERR_LEN];
        int x = 0, y = 0;
        if ((is_pointer(c->kind) || c->kind == CMD_DRAG) && pointer_target(s, c, env->app, &x, &y) != 0)
            return -1;
        switch (c->kind) {
        case CMD_KEY: push_key(c->key, c->mod, -1); return 0;
        case CMD_KEYDOWN: push_key(c->key, c->mod, 1); return 0;
        case CMD_KEYUP: push_key(c->key, c->mod, 0); return 0;
        case CMD_FINGERDOWN: push_finger(p, x, y, x, y, -1); return 0;
        case CMD_FINGERUP: push_finger(p, x, y, x, y, -2); return 0;
        case CMD_TAP: push_finger(p, x, y, x, y, 0); return 0;
        case CMD_DRAG: {
            ui_rect to;
            if (ui_app_element_rect(env->app, c->arg2, &to) != 0) {
                fprintf(stderr, "%s:%d: no element '%s' on the %s screen\n", s->name, c->line, c->arg2,
                        ui_screen_name(ui_app_screen(env->app)));
                return -1;
            }
            push_finger(p, x, y, to.x + to.w / 2, to.y + to.h / 2, 5);
            return 0;
        }
        case CMD_CLICK:
            push_mouse(p, SDL_MOUSEMOTION, x, y);
            push_mouse(p, SDL_MOUSEBUTTONDOWN, x, y);
            push_mouse(p, SDL_MOUSEBUTTONUP, x, y);
            return 0;
        case CMD_MOVE: push_mouse(p, SDL_MOUSEMOTION, x, y); return 0;
        case CMD_WHEEL:
            ev.type = SDL_MOUSEWHEEL;
            ev.wheel.y = c->a;
            SDL_PushEvent(&ev);
            return 0;
        case CMD_PAD: push_pad(c->a, -1); return 0;
        case CMD_PADDOWN: push_pad(c->a, 1); return 0;
        case CMD_PADUP: push_pad(c->a, 0); return 0;
        case CMD_STICK:
            ev.type = SDL_CONTROLLERAXISMOTION;
            ev.caxis.which = -1;
            ev.caxis.axis = SDL_CONTROLLER_AXIS_LEFTY;
            ev.caxis.value = (Sint16)(c->a < -32768 ? -32768 : c->a > 32767 ? 32767 : c->a);
            SDL_PushEvent(&ev);
            return 0;
        case CMD_TEXT:
            ev.type = SDL_TEXTINPUT;
            snprintf(ev.text.text, sizeof ev.text.text, "%s", c->arg);
            SDL_PushEvent(&ev);
            return 0;
        case CMD_WAIT:
            p->wait_until = p->vclock + c->a / 1000.0;
            return 0;
        case CMD_RESIZE:
            SDL_SetWindowSize(p->window, c->a, c->b);
            *env->dirty = 1;
            return 0;
        case CMD_CLOSE:
            ev.type = SDL_QUIT;
            SDL_PushEvent(&ev);
            return 0;
        case CMD_SCREENSHOT:
            if (platform_screenshot(p, c->arg, err, sizeof err) != 0) {
                fprintf(stderr, "%s:%d: %s\n", s->name, c->line, err);
                return -1;
            }
            break;
        case CMD_EXPECT_SCREEN: {
            const char *got = ui_screen_name(ui_app_screen(env->app));
            if (strcmp(got, c->arg) != 0) return expect_fail(s, c, "screen", got);
            break;
        }
        case CMD_EXPECT_FOCUS: {
            const char *got = ui_app_focus_id(env->app);
            if (strcmp(got, c->arg) != 0) return expect_fail(s, c, "focus", got);
            break;
        }
        case CMD_EXPECT_TEXT:
            if (!screen_shows(env->app, c->arg)) return expect_fail(s, c, "text", "nothing like it on screen");
            break;
        case CMD_FRAMES: {
            frames_report r;
            if (platform_frames(p, env->text, env->app, c->a, &r, err, sizeof err) != 0) {
                fprintf(stderr, "%s:%d: %s\n", s->name, c->line, err);
                return -1;
            }
            printf("frames %d median_ms=%.3f p99_ms=%.3f max_ms=%.3f cache_hit_rate=%.4f "
                   "measure_hit_rate=%.4f size=%dx%d renderer=%s\n", r.frames, r.median_ms, r.p99_ms,
                   r.max_ms, r.cache_hit_rate, r.measure_hit_rate, r.width, r.height,
                   platform_renderer_name(p));
            fflush(stdout);
            /* Drawn again by the loop, so a screenshot after it reads the
             * loop's own draw list. */
            *env->dirty = 1;
            return 0;
        }
        case CMD_REPEAT:
            s->cmds[s->pc - 1].left = c->a;
            break;
        case CMD_END:
            if (--s->cmds[c->jump].left > 0) s->pc = c->jump + 1;
            break;
        case CMD_MEMORY:
            print_memory(c->arg);
            break;
        case CMD_QUIT:
            return 1;
        }
    }
    return 1;
}
