/* script_int — what the scripted input's parser (script_parse.c) and
 * player (script.c) share: the parsed commands. Only those two include it;
 * everything else goes through platform.h's script_* functions. */
#ifndef BD_PLATFORM_SCRIPT_INT_H
#define BD_PLATFORM_SCRIPT_INT_H

#include "platform/platform.h"

#include <SDL.h>

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

static inline int is_key(cmd_kind k) { return k == CMD_KEY || k == CMD_KEYDOWN || k == CMD_KEYUP; }
static inline int is_pad(cmd_kind k) { return k == CMD_PAD || k == CMD_PADDOWN || k == CMD_PADUP; }
static inline int is_pointer(cmd_kind k)
{
    return k == CMD_TAP || k == CMD_CLICK || k == CMD_MOVE || k == CMD_FINGERDOWN || k == CMD_FINGERUP;
}

#endif
