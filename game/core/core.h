/*
 * core — BreachDrill's rules and data in plain C.
 *
 * What it is for: device-independent input actions, the configuration, where
 * files live (data folder, the user's XDG folders), locale strings,
 * crash-safe file replacement, small UTF-8 helpers.
 *
 * What it must not do: include SDL or Lua, draw anything, or read a wall
 * clock for decisions (times come in as arguments so tests control them).
 * Functions return 0 on success and a negative value on error, with a
 * one-line message in the caller's error buffer.
 */
#ifndef BD_CORE_H
#define BD_CORE_H

#include <stddef.h>
#include <stdint.h>

#define BD_ERR_LEN 512

/* ---- Errors --------------------------------------------------------------- */

/* printf into the caller's error buffer (NULL or 0 length: nothing). */
void bd_set_err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Appends with "; " between problems, so one line can report several. */
void bd_add_err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

typedef struct cJSON cJSON;
/* Reads and parses a JSON file whose top level must be an object. NULL with
 * "file:line: invalid JSON near ..." (or the read error) in err. */
cJSON *json_read_object(const char *path, char *err, size_t errlen);

/* ---- Actions: what every input device is turned into ------------------ */

typedef enum {
    ACT_NONE = 0,
    ACT_UP, ACT_DOWN, ACT_LEFT, ACT_RIGHT, /* move focus */
    ACT_SELECT,        /* activate the focused element */
    ACT_BACK,          /* leave the screen / cancel */
    ACT_CONFIRM,       /* confirm a selection (multi, spot, order) */
    ACT_TOGGLE,        /* toggle the focused checkbox */
    ACT_SCROLL,        /* amount: lines, positive is down */
    ACT_POINTER_DOWN,  /* x, y in window pixels */
    ACT_POINTER_UP,
    ACT_POINTER_MOVE,
    ACT_TEXT,          /* text: UTF-8 typed by the player */
    ACT_ERASE,         /* delete the last character of a text field */
    ACT_RELOAD,        /* reload scenarios from disk */
    ACT_SCREENSHOT,
    ACT_QUIT,          /* the window manager asks us to close */
    ACT_COUNT
} action_type;

typedef enum {
    DEV_KEYBOARD = 0, DEV_MOUSE, DEV_TOUCH, DEV_GAMEPAD, DEV_COUNT
} input_device;

typedef struct {
    action_type type;
    input_device device;
    float x, y;        /* pointer actions */
    float amount;      /* scroll */
    char text[32];     /* text entry, NUL-terminated UTF-8 */
} action;

const char *action_name(action_type type);
const char *input_device_name(input_device dev);

/* ---- Configuration ------------------------------------------------------ */

typedef enum { RENDERER_AUTO = 0, RENDERER_SOFTWARE, RENDERER_GPU } renderer_choice;

typedef struct {
    renderer_choice renderer;
    int fullscreen;        /* 0 or 1 */
    char language[8];      /* "en", "ja"; empty means follow the system locale */
    int text_size;         /* 0 small, 1 medium, 2 large */
    int high_contrast;
    int reduce_motion;
    int window_w, window_h;
} config;

void config_defaults(config *cfg);
/* Reads a JSON config. Missing file: defaults, returns 1. Broken file or bad
 * value: defaults for what could not be read, message naming the file,
 * returns -1; the game carries on with what it has. */
int config_load(config *cfg, const char *path, char *err, size_t errlen);
int config_save(const config *cfg, const char *path, char *err, size_t errlen);
int renderer_choice_parse(const char *s, renderer_choice *out);
const char *renderer_choice_name(renderer_choice r);

/* ---- Files -------------------------------------------------------------- */

/* Replaces path with data crash-safely: temp file in the same folder, write,
 * fsync, rename over path, fsync the folder. On failure the old file is
 * untouched and the temp file removed. */
int file_write_atomic(const char *path, const void *data, size_t len, char *err, size_t errlen);
/* Reads a whole file, NUL-terminated (len excludes the NUL). NULL on error
 * with the message naming the file. Caller frees. */
char *file_read_all(const char *path, size_t *len, char *err, size_t errlen);
/* mkdir -p; 0 if the folder exists afterwards. */
int dir_make_all(const char *path, char *err, size_t errlen);
int dir_exists(const char *path);
int file_exists(const char *path);

/* ---- Paths -------------------------------------------------------------- */

typedef struct {
    char data[4096];    /* read-only game data: plugins/, scenarios/, assets/ */
    char user[4096];    /* $XDG_DATA_HOME/breachdrill: results, screenshots, user scenarios */
    char config[4096];  /* $XDG_CONFIG_HOME/breachdrill/config.json */
} bd_paths;

/* Finds the data folder: override if given (must exist), else the installed
 * layout beside the executable (exe_path's ../share/breachdrill), else the
 * source tree the binary was built from. */
int paths_find_data(const char *override, const char *exe_path, char *out, size_t outlen,
                    char *err, size_t errlen);
/* Fills user and config from XDG_DATA_HOME / XDG_CONFIG_HOME / HOME. */
int paths_user(bd_paths *p, char *err, size_t errlen);

/* ---- Locale strings ------------------------------------------------------ */

typedef struct locale locale;

/* Loads assets/locale/<lang>.json with en.json as fallback. */
locale *locale_load(const char *data_dir, const char *lang, char *err, size_t errlen);
/* The string for key in the chosen language, else English, else the key
 * itself (so a missing key shows up on screen instead of crashing). */
const char *locale_get(const locale *loc, const char *key);
/* 1 if key exists in the chosen language (for tests). */
int locale_has(const locale *loc, const char *key);
const char *locale_lang(const locale *loc);
void locale_free(locale *loc);
/* "ja" when LC_ALL / LC_MESSAGES / LANG say Japanese, else "en". */
const char *locale_from_env(void);

/* ---- UTF-8 -------------------------------------------------------------- */

/* Decodes one code point at s (at most len bytes). Returns its byte length
 * (>= 1); *cp gets U+FFFD for an invalid sequence, which counts as 1 byte. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Byte length of a valid UTF-8 prefix of at most max bytes that does not
 * split a code point. */
size_t utf8_clip(const char *s, size_t len, size_t max);

#endif
