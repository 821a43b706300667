/* script_parse — reads the headless driver's scripted input: a file of
 * commands, one a line, into the list script.c plays. Syntax in
 * docs/testing.md; every mistake is one "FILE:LINE: message". */
#include "platform/script_int.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct { const char *name; cmd_kind kind; int nums; } COMMANDS[] = {
    { "key", CMD_KEY, 0 }, { "tap", CMD_TAP, 2 }, { "drag", CMD_DRAG, 0 }, { "click", CMD_CLICK, 2 },
    { "move", CMD_MOVE, 2 }, { "wheel", CMD_WHEEL, 1 }, { "pad", CMD_PAD, 0 },
    { "stick", CMD_STICK, 1 }, { "text", CMD_TEXT, 0 }, { "wait", CMD_WAIT, 1 },
    { "resize", CMD_RESIZE, 2 }, { "screenshot", CMD_SCREENSHOT, 0 },
    { "close", CMD_CLOSE, 0 }, { "quit", CMD_QUIT, 0 }, { "frames", CMD_FRAMES, 1 },
    { "keydown", CMD_KEYDOWN, 0 }, { "keyup", CMD_KEYUP, 0 }, { "paddown", CMD_PADDOWN, 0 },
    { "padup", CMD_PADUP, 0 }, { "fingerdown", CMD_FINGERDOWN, 2 }, { "fingerup", CMD_FINGERUP, 2 },
};

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
