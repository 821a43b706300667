/* script — the headless driver's scripted input: parse a file of commands
 * and play them into the same SDL event queue a person's devices feed, so a
 * test exercises the real input mapping, layout and drawing. Syntax in
 * docs/testing.md. */
#include "platform/platform.h"

#include <SDL.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum {
    CMD_KEY, CMD_TAP, CMD_DRAG, CMD_CLICK, CMD_MOVE, CMD_WHEEL, CMD_PAD, CMD_STICK, CMD_TEXT,
    CMD_WAIT, CMD_RESIZE, CMD_SCREENSHOT, CMD_EXPECT_SCREEN, CMD_EXPECT_FOCUS, CMD_EXPECT_TEXT,
    CMD_CLOSE, CMD_QUIT,
    /* Benchmark: redraw the current screen N times and print frame times. */
    CMD_FRAMES,
    /* Soak tests: a block played N times without being copied N times, and
     * a sample of the process's memory and open files. */
    CMD_REPEAT, CMD_END, CMD_MEMORY,
    /* Held input, for the kiosk's held gestures: a key, a pad button or a
     * finger pressed by one command and let go by another. */
    CMD_KEYDOWN, CMD_KEYUP, CMD_PADDOWN, CMD_PADUP, CMD_FINGERDOWN, CMD_FINGERUP
} cmd_kind;

typedef struct {
    cmd_kind kind;
    int line;
    int a, b;           /* numbers: coordinates, milliseconds, sizes, button */
    SDL_Keycode key;
    Uint16 mod;
    char *arg;          /* text, path, expected value, or @element for a pointer */
    char *arg2;         /* drag: the element it ends on */
    size_t jump;        /* repeat: index of its end; end: index of its repeat */
    int left;           /* repeat: rounds still to play, set each time the block is entered */
} command;

/* Deep enough for any hand-written script; a fixed stack keeps parsing
 * free of another allocation. */
#define SCRIPT_MAX_DEPTH 16

struct script {
    char *name;
    command *cmds;
    size_t count, cap, pc;
    size_t open[SCRIPT_MAX_DEPTH];   /* while parsing: the repeats not yet ended */
    int depth;
};

static const struct { const char *name; cmd_kind kind; int nums; } COMMANDS[] = {
    { "key", CMD_KEY, 0 }, { "tap", CMD_TAP, 2 }, { "drag", CMD_DRAG, 0 }, { "click", CMD_CLICK, 2 },
    { "move", CMD_MOVE, 2 }, { "wheel", CMD_WHEEL, 1 }, { "pad", CMD_PAD, 0 },
    { "stick", CMD_STICK, 1 }, { "text", CMD_TEXT, 0 }, { "wait", CMD_WAIT, 1 },
    { "resize", CMD_RESIZE, 2 }, { "screenshot", CMD_SCREENSHOT, 0 },
    { "close", CMD_CLOSE, 0 }, { "quit", CMD_QUIT, 0 }, { "frames", CMD_FRAMES, 1 },
    { "keydown", CMD_KEYDOWN, 0 }, { "keyup", CMD_KEYUP, 0 }, { "paddown", CMD_PADDOWN, 0 },
    { "padup", CMD_PADUP, 0 }, { "fingerdown", CMD_FINGERDOWN, 2 }, { "fingerup", CMD_FINGERUP, 2 },
};

static int is_key(cmd_kind k) { return k == CMD_KEY || k == CMD_KEYDOWN || k == CMD_KEYUP; }
static int is_pad(cmd_kind k) { return k == CMD_PAD || k == CMD_PADDOWN || k == CMD_PADUP; }
static int is_pointer(cmd_kind k)
{
    return k == CMD_TAP || k == CMD_CLICK || k == CMD_MOVE || k == CMD_FINGERDOWN || k == CMD_FINGERUP;
}

void script_free(script *s)
{
    if (!s) return;
    for (size_t i = 0; i < s->count; i++) {
        free(s->cmds[i].arg);
        free(s->cmds[i].arg2);
    }
    free(s->cmds);
    free(s->name);
    free(s);
}

static char *skip_space(char *p) { while (*p == ' ' || *p == '\t') p++; return p; }

static char *next_word(char **p)
{
    char *s = skip_space(*p);
    if (!*s) return NULL;
    char *e = s;
    while (*e && *e != ' ' && *e != '\t') e++;
    if (*e) *e++ = '\0';
    *p = e;
    return s;
}

static int parse_int(const char *w, int *out)
{
    if (!w) return -1;
    char *end;
    errno = 0;
    long v = strtol(w, &end, 10);
    if (errno || *end || end == w || v < -1000000 || v > 1000000) return -1;
    *out = (int)v;
    return 0;
}

/* "ctrl+shift+Return" -> key and modifiers; SDL's own key names. */
static int parse_key(const char *w, SDL_Keycode *key, Uint16 *mod)
{
    *mod = 0;
    char buf[64];
    snprintf(buf, sizeof buf, "%s", w);
    char *name = buf, *plus;
    while ((plus = strchr(name, '+')) != NULL && plus[1]) {
        *plus = '\0';
        if (strcmp(name, "ctrl") == 0) *mod |= KMOD_LCTRL;
        else if (strcmp(name, "shift") == 0) *mod |= KMOD_LSHIFT;
        else if (strcmp(name, "alt") == 0) *mod |= KMOD_LALT;
        else return -1;
        name = plus + 1;
    }
    *key = SDL_GetKeyFromName(name);
    return *key == SDLK_UNKNOWN ? -1 : 0;
}

/* `repeat N` opens a block and `end` closes the innermost one; each keeps
 * the other's index, so playing N rounds is a jump, not N copies. */
static int parse_block(script *s, const char *word, char **p, command *c, int lineno, char *err,
                       size_t errlen)
{
    if (strcmp(word, "repeat") == 0) {
        char *n = next_word(p);
        if (parse_int(n, &c->a) != 0 || c->a < 1 || next_word(p)) {
            snprintf(err, errlen, "%s:%d: repeat needs one whole number N >= 1", s->name, lineno);
            return -1;
        }
        if (s->depth == SCRIPT_MAX_DEPTH) {
            snprintf(err, errlen, "%s:%d: repeat nested deeper than %d", s->name, lineno,
                     SCRIPT_MAX_DEPTH);
            return -1;
        }
        c->kind = CMD_REPEAT;
        s->open[s->depth++] = s->count;   /* the index this command is about to get */
        return 0;
    }
    if (next_word(p)) {
        snprintf(err, errlen, "%s:%d: end takes nothing after it", s->name, lineno);
        return -1;
    }
    if (s->depth == 0) {
        snprintf(err, errlen, "%s:%d: end without a repeat", s->name, lineno);
        return -1;
    }
    c->kind = CMD_END;
    c->jump = s->open[--s->depth];
    return 0;
}

static int parse_line(script *s, char *line, int lineno, char *err, size_t errlen)
{
    char *p = line;
    char *word = next_word(&p);
    if (!word || word[0] == '#') return 0;
    command c = { .line = lineno };
    if (strcmp(word, "repeat") == 0 || strcmp(word, "end") == 0) {
        if (parse_block(s, word, &p, &c, lineno, err, errlen) != 0) return -1;
    } else if (strcmp(word, "memory") == 0) {
        char *label = next_word(&p);
        if (!label || next_word(&p)) {
            snprintf(err, errlen, "%s:%d: memory takes one label (a word)", s->name, lineno);
            return -1;
        }
        c.kind = CMD_MEMORY;
        if (!(c.arg = strdup(label))) {
            snprintf(err, errlen, "%s: out of memory", s->name);
            return -1;
        }
    } else if (strcmp(word, "expect") == 0) {
        char *what = next_word(&p);
        /* "expect text" takes the rest of the line, spaces and all. */
        char *value = what && strcmp(what, "text") == 0 ? skip_space(p) : next_word(&p);
        if (!what || !value || !*value ||
            (strcmp(what, "screen") && strcmp(what, "focus") && strcmp(what, "text"))) {
            snprintf(err, errlen, "%s:%d: expect takes 'screen NAME', 'focus ID' or 'text STRING'",
                     s->name, lineno);
            return -1;
        }
        c.kind = strcmp(what, "screen") == 0 ? CMD_EXPECT_SCREEN
               : strcmp(what, "focus") == 0  ? CMD_EXPECT_FOCUS : CMD_EXPECT_TEXT;
        c.arg = strdup(value);
    } else {
        size_t k, n = sizeof COMMANDS / sizeof COMMANDS[0];
        for (k = 0; k < n && strcmp(COMMANDS[k].name, word) != 0; k++) {}
        if (k == n) {
            snprintf(err, errlen, "%s:%d: unknown command '%s'", s->name, lineno, word);
            return -1;
        }
        c.kind = COMMANDS[k].kind;
        int pointer = is_pointer(c.kind);
        char *first = pointer ? next_word(&p) : NULL;
        if (first && first[0] == '@' && first[1]) c.arg = strdup(first + 1);
        if (!c.arg && COMMANDS[k].nums >= 1 &&
            parse_int(first ? first : next_word(&p), &c.a) != 0) goto bad_number;
        if (!c.arg && COMMANDS[k].nums >= 2 && parse_int(next_word(&p), &c.b) != 0) goto bad_number;
        if (c.kind == CMD_DRAG) {
            char *a = next_word(&p), *b = next_word(&p);
            if (!a || !b || a[0] != '@' || b[0] != '@' || !a[1] || !b[1]) {
                snprintf(err, errlen, "%s:%d: drag takes two elements: drag @FROM @TO", s->name, lineno);
                return -1;
            }
            c.arg = strdup(a + 1);
            c.arg2 = strdup(b + 1);
        } else if (is_key(c.kind)) {
            char *w = next_word(&p);
            if (!w || parse_key(w, &c.key, &c.mod) != 0) {
                snprintf(err, errlen, "%s:%d: key needs an SDL key name such as Down, Return, Escape",
                         s->name, lineno);
                return -1;
            }
        } else if (is_pad(c.kind)) {
            char *w = next_word(&p);
            c.a = w ? SDL_GameControllerGetButtonFromString(w) : SDL_CONTROLLER_BUTTON_INVALID;
            if (c.a == SDL_CONTROLLER_BUTTON_INVALID) {
                snprintf(err, errlen, "%s:%d: pad needs a button name such as a, b, dpdown, start",
                         s->name, lineno);
                return -1;
            }
        } else if (c.kind == CMD_TEXT || c.kind == CMD_SCREENSHOT) {
            char *rest = skip_space(p);
            if (!*rest) {
                snprintf(err, errlen, "%s:%d: %s needs an argument", s->name, lineno, word);
                return -1;
            }
            c.arg = strdup(rest);
        }
        if (c.kind == CMD_WAIT && c.a < 0) goto bad_number;
        if (c.kind == CMD_FRAMES && c.a < 1) goto bad_number;
    }
    /* Grown geometrically: a soak test's script has hundreds of thousands
     * of lines. */
    if (bd_grow((void **)&s->cmds, &s->cap, s->count + 1, sizeof *s->cmds) != 0) {
        free(c.arg);
        free(c.arg2);
        snprintf(err, errlen, "%s: out of memory", s->name);
        return -1;
    }
    if (c.kind == CMD_END) s->cmds[c.jump].jump = s->count;
    s->cmds[s->count++] = c;
    return 0;
bad_number:
    free(c.arg);
    snprintf(err, errlen, "%s:%d: %s needs whole numbers", s->name, lineno, word);
    return -1;
}

script *script_parse(const char *text, const char *name, char *err, size_t errlen)
{
    script *s = calloc(1, sizeof *s);
    char *copy = strdup(text);
    if (!s || !copy || !(s->name = strdup(name))) {
        free(copy);
        script_free(s);
        snprintf(err, errlen, "%s: out of memory", name);
        return NULL;
    }
    int lineno = 0;
    for (char *line = copy, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        lineno++;
        size_t L = strlen(line);
        while (L && (line[L - 1] == '\r' || isspace((unsigned char)line[L - 1]))) line[--L] = '\0';
        if (parse_line(s, line, lineno, err, errlen) != 0) {
            free(copy);
            script_free(s);
            return NULL;
        }
    }
    free(copy);
    if (s->depth > 0) {
        snprintf(err, errlen, "%s:%d: repeat without an end", name,
                 s->cmds[s->open[s->depth - 1]].line);
        script_free(s);
        return NULL;
    }
    return s;
}

script *script_load(const char *path, char *err, size_t errlen)
{
    char *text = file_read_all(path, NULL, err, errlen);
    if (!text) return NULL;
    script *s = script_parse(text, path, err, errlen);
    free(text);
    return s;
}

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
