/*
 * core — BreachDrill's rules and data in plain C.
 *
 * What it is for: device-independent input actions, the configuration, where
 * files live (data folder, the user's XDG folders), locale strings,
 * crash-safe file replacement, small UTF-8 helpers; and the scenario rules
 * of the contract: the interface a step kind offers, the session (answers,
 * scoring, the record) and the explorer of a scenario's states.
 *
 * What it must not do: include SDL or Lua, draw anything, or read a wall
 * clock for decisions (times come in as arguments so tests control them).
 * Step kinds are reached only through scn_ops; game/script implements them
 * with Lua plugins, tests with C fakes.
 * Functions return 0 on success and a negative value on error, with a
 * one-line message in the caller's error buffer.
 */
#ifndef BD_CORE_H
#define BD_CORE_H

#include <stddef.h>
#include <stdint.h>

#define BD_ERR_LEN 512
/* Room for a message that names a scenario's file: the longest path the
 * loaders take (4096 bytes) and the message. */
#define BD_MSG_LEN (4096 + BD_ERR_LEN)

/* ---- Errors --------------------------------------------------------------- */

/* printf into the caller's error buffer (NULL or 0 length: nothing). */
void bd_set_err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Appends with "; " between problems, so one line can report several. */
void bd_add_err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

typedef struct cJSON cJSON;
/* Reads and parses a JSON file whose top level must be an object. NULL with
 * "file:line: invalid JSON near ..." (or the read error) in err; errno is
 * then ENOMEM when memory ran out (the file itself may be fine). */
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
    ACT_STAFF_DOWN,    /* the kiosk's staff chord pressed (Ctrl+Alt+K, or a pad's Back+Start) */
    ACT_STAFF_UP,      /* and let go */
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
    char player[64];       /* the name the player gave, "" for none (UTF-8) */
    char employee_id[64];  /* "" for none */
    int ask_employee_id;   /* a trainer's setting: the name screen asks for an employee ID */
    /* A trainer's settings for `report` (docs/records.md); saved only when set. */
    int pass_mark;                 /* 0..100: a completed session at this score passes */
    char xapi_home_page[512];      /* the actors' account home page (an http(s) URL), "" for none */
    char xapi_activity_base[512];  /* prefix of activity IRIs, "" for the default */
} config;

#define CONFIG_PASS_MARK 80   /* the usual pass mark of an LMS course */

void config_defaults(config *cfg);
/* Reads a JSON config. Missing file: defaults, returns 1. Broken file or bad
 * value: defaults for what could not be read, message naming the file,
 * returns -1; the game carries on with what it has. */
int config_load(config *cfg, const char *path, char *err, size_t errlen);
int config_save(const config *cfg, const char *path, char *err, size_t errlen);
int renderer_choice_parse(const char *s, renderer_choice *out);
/* 1 if s is an absolute IRI as xAPI needs one: a scheme ("https:", "urn:"),
 * then no spaces, control characters or characters IRIs forbid; with
 * need_web, also "http://" or "https://" and a host (an IRL). */
int config_iri_ok(const char *s, int need_web);
const char *renderer_choice_name(renderer_choice r);

/* ---- The kiosk's configuration and staff PIN (kiosk_config.c) ----------- */

#define KIOSK_MAX_SCENARIOS 32
#define KIOSK_PIN_HASH_LEN 128   /* libsodium's crypto_pwhash_STRBYTES */

typedef enum { KIOSK_BOARD_DAY = 0, KIOSK_BOARD_EVENT, KIOSK_BOARD_ALL } kiosk_board_scope;
typedef enum { KIOSK_PICK_CHOOSE = 0, KIOSK_PICK_RANDOM } kiosk_pick;

/* The kiosk's settings (`kiosk --config FILE`), a JSON object whose keys are
 * the field names below; the file is kept 0600 because it holds the PIN's
 * hash. Defaults and bounds in brackets; docs/kiosk.md explains each key. */
typedef struct {
    char language[8];          /* "en", "ja"; "" follows the system locale [""] */
    int fullscreen;            /* [1] */
    int idle_seconds;          /* no input this long shows "Still there?" [45; 15..600] */
    int still_there_seconds;   /* that prompt's countdown to the attract screen [10; 5..60] */
    int decision_seconds;      /* a visible countdown per decision, 0 = none [0; 0 or 5..120] */
    int attract_card_seconds;  /* how long each facts card shows [8; 3..60] */
    /* "scenarios": the ids a round may use, none = every kiosk scenario [[]] */
    char scenarios[KIOSK_MAX_SCENARIOS][65];
    size_t n_scenarios;
    kiosk_pick scenario_pick;  /* "choose": the visitor picks; "random" ["choose"] */
    kiosk_board_scope leaderboard_scope;  /* "day", "event" (needs event) or "all" ["day"] */
    char event[64];            /* the event's name, UTF-8 [""] */
    int leaderboard_size;      /* rows shown [10; 1..50] */
    char export_dir[4096];     /* absolute folder the staff screen exports to, "" = none [""] */
    char pin_hash[KIOSK_PIN_HASH_LEN];  /* Argon2id string, "" = no PIN set [""] */
} kiosk_config;

void kiosk_config_defaults(kiosk_config *c);
/* Reads the kiosk config at path into c. Returns 1 (defaults, warn "") when
 * there is no file; 0 when it was read: warn is "" or names the file and
 * every bad key, each of which keeps its default ("path: "idle_seconds"
 * must be ... (using the default); ..."); 2 when the file cannot be read or
 * is not a JSON object: it is renamed aside to "<path>.bad-<unix time>"
 * (contents intact) and c holds the defaults, warn saying so (when memory
 * ran out reading it, it is left where it is). Never fails.
 * A file holding a PIN hash that others may read is loaded with a warning. */
int kiosk_config_load(const char *path, kiosk_config *c, char *warn, size_t warnlen);
/* Writes c to path (its folder created if missing) crash-safely with mode
 * 0600 from the start. Refuses (-1, naming the key) a value that
 * kiosk_config_load would not accept back. */
int kiosk_config_save(const char *path, const kiosk_config *c, char *err, size_t errlen);

/* Sets c->pin_hash to the Argon2id hash of pin (4 to 8 ASCII digits); -1
 * with a message, c unchanged, when pin is not one or hashing fails. Takes
 * about 0.1 s and 64 MiB (libsodium's INTERACTIVE limits). */
int kiosk_pin_set(kiosk_config *c, const char *pin, char *err, size_t errlen);
/* 1 if pin is the PIN set, else 0 (also when no PIN is set or it cannot be
 * checked). libsodium's verify compares in constant time; about 0.1 s. */
int kiosk_pin_check(const kiosk_config *c, const char *pin);

/* Back-off after wrong PINs, on the caller's clock (seconds, monotonic):
 * three tries without waiting, then 5 s after the third failure, doubling
 * with each further one, capped at PIN_BACKOFF_MAX_S. */
#define PIN_BACKOFF_FREE 3
#define PIN_BACKOFF_FIRST_S 5.0
#define PIN_BACKOFF_MAX_S 300.0
typedef struct { unsigned failures; double locked_until; } pin_backoff;
/* Seconds still to wait before another try (0: may try now). */
double pin_backoff_wait(const pin_backoff *b, double now);
void pin_backoff_failed(pin_backoff *b, double now);
/* After the right PIN. */
void pin_backoff_reset(pin_backoff *b);

/* ---- The kiosk's clock rules (kiosk_rules.c) ---------------------------- */

/* Times are seconds on the caller's monotonic clock (virtual in tests). */

/* Left alone: after idle_seconds without input a round asks "Still
 * there?", and still_there_seconds later it is given up. */
typedef enum { KIOSK_IDLE_ACTIVE = 0, KIOSK_IDLE_ASKING, KIOSK_IDLE_EXPIRED } kiosk_idle_state;
typedef struct { double last_input; } kiosk_idle;

void kiosk_idle_touch(kiosk_idle *k, double now);
/* Where the visitor is at now; *left (may be NULL) gets the seconds until
 * the next change (the question, or giving up), 0 once expired. */
kiosk_idle_state kiosk_idle_at(const kiosk_idle *k, const kiosk_config *c, double now,
                               double *left);

/* The staff's way out: a corner or a key chord held this long. */
#define KIOSK_HOLD_S 3.0
typedef struct { int holding; double since; } kiosk_hold;
void kiosk_hold_start(kiosk_hold *h, double now);
void kiosk_hold_stop(kiosk_hold *h);
/* 1 once held for KIOSK_HOLD_S (it then stops: one hold opens one pad). */
int kiosk_hold_done(kiosk_hold *h, double now);
/* When the hold completes, or a negative value when nothing is held. */
double kiosk_hold_deadline(const kiosk_hold *h);

/* The speed bonus of one decision answered after `seconds`: the whole
 * seconds left of its budget (decision_seconds when the kiosk shows a
 * countdown, else KIOSK_SPEED_BUDGET_S), never below 0. It is shown apart
 * from the score and only breaks ties on the leaderboard. */
#define KIOSK_SPEED_BUDGET_S 20
int kiosk_speed_points(double seconds, int decision_seconds);


/* ---- Failure injection (test builds: -DBD_FAULTS=ON) ------------------- */

/* A test arms the Nth call of one kind to fail and checks that what was
 * on disk before still reads back whole. Without BD_FAULTS, FAULT_HIT is
 * the constant 0 and the hooks below compile to the plain calls. Kinds:
 * growing allocations of the Lua sandbox and of cJSON (through the hook
 * fault_json_malloc, which a test installs with cJSON_InitHooks), write
 * (part of the bytes, then ENOSPC), fsync of a file or folder (EIO),
 * rename (EIO). */
typedef enum { FAULT_ALLOC = 0, FAULT_WRITE, FAULT_FSYNC, FAULT_RENAME, FAULT_KINDS } fault_kind;

#ifdef BD_FAULTS
/* Zeroes every count and arms the nth (from 1) call of kind to fail; with
 * sticky, every later call of that kind fails too (a full disk, memory
 * gone for good: a retry cannot get past it). nth 0 only counts. */
void fault_arm(fault_kind kind, unsigned long nth, int sticky);
void fault_disarm(void);
/* Calls of kind counted since the last arm, and failures injected. */
unsigned long fault_calls(fault_kind kind);
unsigned long fault_failures(void);
/* Counts a call of kind; 1 when it is to fail. */
int fault_hit(fault_kind kind);
/* Writes the first half of data (a torn file or line), then fails with
 * ENOSPC: what a disk filling up mid-write leaves. */
long fault_tear(int fd, const void *data, size_t len);
/* malloc for cJSON_InitHooks that fails (NULL, errno ENOMEM) when armed. */
void *fault_json_malloc(size_t size);
#define FAULT_HIT(kind) fault_hit(kind)
#else
#define FAULT_HIT(kind) 0
#define fault_tear(fd, data, len) ((void)(fd), (void)(data), (void)(len), -1L)
#endif
/* call, or (when kind is armed) -1 with errno set to e. */
#define FAULT_OR(kind, e, call) (FAULT_HIT(kind) ? (errno = (e), -1) : (call))

/* ---- Files -------------------------------------------------------------- */

/* Replaces path with data crash-safely: temp file in the same folder, write,
 * fsync, rename over path, fsync the folder. On failure the old file is
 * untouched and the temp file removed; only when the folder's fsync fails,
 * after the rename, is the new file (whole) already in its place. */
int file_write_atomic(const char *path, const void *data, size_t len, char *err, size_t errlen);
/* The mode (permission bits) of the file at path, or fallback when there
 * is none (or a folder): what a save over it keeps, so that a 0600 file
 * holding a PIN hash or names never becomes world-readable by being saved. */
unsigned file_mode_of(const char *path, unsigned fallback);
/* The same for a file written piece by piece (an export too big to hold
 * whole): begin makes the temp file with mode, write appends, commit
 * syncs and renames it over path; on any failure, or abort, the temp file
 * is removed and path untouched. The temp file ("<path>.tmp-XXXXXX") of a
 * writer killed before its rename is removed by the next begin on path. Each returns 0, or -1 with err, after
 * which f needs nothing more. */
typedef struct {
    char *path, *tmp;
    int fd;
} file_atomic;
int file_atomic_begin(file_atomic *f, const char *path, unsigned mode, char *err, size_t errlen);
int file_atomic_write(file_atomic *f, const void *data, size_t len, char *err, size_t errlen);
int file_atomic_commit(file_atomic *f, char *err, size_t errlen);
void file_atomic_abort(file_atomic *f);
/* text and a newline into path crash-safely, its folder made if missing;
 * mode 0 keeps an existing file's (file_write_atomic), else the file gets
 * mode from its first byte (file_write_atomic_mode). */
int file_write_text(const char *path, const char *text, unsigned mode, char *err, size_t errlen);
/* mkdir -p of path's folder (none is fine). */
int file_make_parent(const char *path, char *err, size_t errlen);
/* Renames an unusable file aside as "<path>.bad-<unix time>" (then -2, -3
 * ... so an earlier kept file is never replaced); 0 with the new name in
 * kept, -1 with why not in err (the file is then where it was). */
int file_set_aside(const char *path, char *kept, size_t keptlen, char *err, size_t errlen);
/* The same, the file getting mode (e.g. 0600) whatever it had: the temp
 * file (created 0600) is given mode before any byte is written.
 * file_write_atomic is this with the existing file's mode, 0644 for a new one. */
int file_write_atomic_mode(const char *path, const void *data, size_t len, unsigned mode,
                           char *err, size_t errlen);
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
/* How many lookups asked for a key the language does not have (falling
 * back to English, or to the key itself), and the first such key. */
size_t locale_missing(const locale *loc, const char **first);
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

/* ---- Nicknames (name_filter.c) ------------------------------------------ */

/* The longest nickname, in code points as typed (spaces, marks and
 * punctuation count): 12 fits a leaderboard row at the largest text size,
 * even in full-width kana, and is plenty for a name typed on a touch or
 * gamepad keyboard. */
#define NAME_MAX_CHARS 12

/* The checks that need no blocklist: valid UTF-8, no control or invisible
 * formatting characters, at most NAME_MAX_CHARS code points, something left
 * after normalising. 1 if acceptable; 0 with a short reason in why (for
 * logs, never shown to the visitor). name_filter_check does these first. */
int name_filter_ok(const char *nickname, char *why, size_t whylen);

/* The form names and blocked terms are compared in: full-width ASCII to
 * ASCII, lower case, katakana (full and half width) to hiragana, small kana
 * to full size, accents and look-alike Cyrillic/Greek letters to plain
 * Latin, digits and symbols standing for letters (0 o, 1 i (the check also
 * tries 1 as l), 3 e, 4 a, 5 s, 7 t, 8 b, @ a, $ s, ! i, | l), spaces, punctuation, long vowel
 * marks and other symbols dropped, runs of one letter made one. Writes it
 * NUL-terminated (truncated on a code point boundary) and returns its
 * length in code points. Invalid UTF-8 counts as dropped. */
size_t name_normalise(const char *s, char *out, size_t outlen);

typedef struct name_filter name_filter;

/* Loads a blocklist (assets/blocklist.txt's format: one term a line, '#'
 * comments, '*' / '=' / '+' prefixes). NULL with "path: reason" or
 * "path:line: reason" in err when it cannot be read or a line is unusable. */
name_filter *name_filter_load(const char *path, char *err, size_t errlen);
/* name_filter_ok, then the blocklist. 1 if acceptable; 0 with a short
 * reason (naming the term and its line) in why. A NULL filter refuses
 * every name: call name_filter_ok alone to accept names without a list. */
int name_filter_check(const name_filter *f, const char *nickname, char *why, size_t whylen);
/* How many blocked terms (not allowed words) the filter holds. */
size_t name_filter_count(const name_filter *f);
void name_filter_free(name_filter *f);

/* ---- Growable byte buffer ------------------------------------------------ */

typedef struct {
    unsigned char *data;
    size_t len, cap;
} bd_buf;

/* Appends n bytes; -1 when out of memory (the buffer is unchanged). */
int bd_buf_add(bd_buf *b, const void *p, size_t n);
/* Appends printf-formatted text (no NUL counted in len); -1 when out of
 * memory or on a bad format. */
__attribute__((format(printf, 2, 3)))
int bd_buf_printf(bd_buf *b, const char *fmt, ...);
void bd_buf_free(bd_buf *b);
/* Makes room for need elements of size bytes in the array *p of *cap,
 * doubling; 0, or -1 (array unchanged) when out of memory. */
int bd_grow(void **p, size_t *cap, size_t need, size_t size);
/* Sorts n elements of size bytes so that before(a, b) holds for no b
 * placed after a, keeping the order of elements neither is before (sort.c).
 * 0, or -1 (array unchanged) when out of memory. */
int bd_sort_stable(void *base, size_t n, size_t size, int (*before)(const void *a, const void *b));

/* ---- Random numbers --------------------------------------------------------- */

/* The next number of a SplitMix64 stream (rng.c). */
uint64_t bd_splitmix64(uint64_t *state);

/* ---- Text a scenario shows, in each language ------------------------------ */

typedef struct {
    char *en;   /* always set when the text is ("" if the scenario gave none) */
    char *ja;   /* NULL: falls back to en */
} bd_text;

/* The text in lang ("en" or "ja"), falling back to English, never NULL. */
const char *bd_text_get(const bd_text *t, const char *lang);
void bd_text_free(bd_text *t);

/* ---- Step kinds: what a step shows, what an answer does ------------------ */

typedef enum {
    PICK_NONE = 0,  /* nothing to pick: an ending */
    PICK_ONE,       /* one item (choice) */
    PICK_MANY,      /* any subset, then confirm (multi, spot) */
    PICK_ORDER      /* every item, in order (order) */
} pick_mode;

typedef struct {
    int id;         /* the item's place in the scenario file, from 1 */
    bd_text text;
} view_item;

/* What the engine draws for a step: every kind, built-in or a trainer's,
 * is drawn from this by the same widgets. */
typedef struct {
    pick_mode pick;
    bd_text prompt;        /* the question; for an ending, its text */
    bd_text body;          /* optional paragraph below the prompt */
    bd_text mono;          /* optional monospace block (a log, an e-mail), lines split by \n */
    int items_are_lines;   /* the items are lines of a monospace block (spot): numbered, mono */
    int shuffle;           /* PICK_ORDER: show the items shuffled */
    view_item *items;      /* in the order shown (before any shuffle) */
    size_t n_items;
    char outcome[8];       /* an ending: "good", "mixed" or "bad"; "" otherwise */
} step_view;

/* A note on one item after an answer (a choice's or option's feedback, why
 * a log line matters). */
typedef struct {
    int id;          /* item, by its place in the file */
    int picked;      /* the player picked (marked) it */
    int right;       /* picking it or leaving it was right */
    bd_text text;
} result_note;

typedef struct {
    int detect, respond;   /* points the answer is worth on this step */
    int best;              /* 1 if no answer is worth more on this step */
    int next;              /* index of the next step */
    bd_text feedback;      /* the step's or the picked choice's feedback */
    result_note *notes;
    size_t n_notes;
} step_result;

void step_view_free(step_view *v);
void step_result_free(step_result *r);

/* One answer as ids of items (places in the file), in the order given. */
typedef struct {
    int *ids;
    size_t n;
} pick;

typedef struct {
    pick *v;
    size_t n;
} pick_list;

/* Appends a copy of ids; -1 when out of memory. */
int pick_list_add(pick_list *l, const int *ids, size_t n);
void pick_list_free(pick_list *l);

/* A step kind's implementation, as the session and explorer see it. The
 * scenario keeps state of its own (flags, its random stream) that the core
 * never reads: it saves it as canonical bytes (equal bytes, equal state) and
 * loads it back, so a state can be explored again. Every function returns
 * 0, or -1 with "file:line: message" in err. */
typedef struct scn_ops {
    /* Forgets flags; seeds the random stream (0 .. 2^31-1). */
    int (*reset)(void *ctx, uint32_t seed, char *err, size_t errlen);
    /* Replaces out's bytes with the state's. */
    int (*save)(void *ctx, bd_buf *out, char *err, size_t errlen);
    int (*load)(void *ctx, const unsigned char *key, size_t len, char *err, size_t errlen);
    /* Enters a step: runs its on_enter and builds its view (running any
     * `when`). scored[i] is 1 for steps answered before. Called exactly once
     * per visit, in play and in exploration alike, so that a scenario that
     * draws random numbers sees the same stream both ways. */
    int (*enter)(void *ctx, int step, const unsigned char *scored, step_view *view,
                 char *err, size_t errlen);
    /* Answers the step just entered. picked is checked against the view
     * before this is called. */
    int (*answer)(void *ctx, int step, const step_view *view, const int *picked, size_t n,
                  step_result *res, char *err, size_t errlen);
    /* Answers to try when exploring: at least one for each distinct effect
     * (points, flags, next step) an answer can have. */
    int (*answers)(void *ctx, int step, const step_view *view, pick_list *out,
                   char *err, size_t errlen);
} scn_ops;

/* A loaded scenario, as the core sees it. */
typedef struct {
    const scn_ops *ops;
    void *ctx;
    size_t n_steps;
    const char *const *step_ids;  /* n_steps ids */
    int start;                    /* index of the first step */
} scn_model;

/* ---- Answers as tokens (the contract's `run --answers`) ------------------ */

/* Parses one token for a step showing view: "2" (PICK_ONE: the 2nd item
 * shown), "1+3" or "0" (PICK_MANY: items shown, 0 for none), "3>1>2"
 * (PICK_ORDER: item ids, the first position first, each once). Fills ids
 * with the items' places in the file (malloc'd). Returns 0; -1 with a
 * message when malformed ("'1+1' names 1 twice") or impossible ("there is
 * no 3rd choice: 2 are shown"). */
int answer_parse(const step_view *view, const char *token, pick *out, char *err, size_t errlen);
/* The token for ids (the inverse of answer_parse); malloc'd, NULL when out of memory or an id
 * is not in the view. */
char *answer_format(const step_view *view, const int *ids, size_t n);
/* 0 if ids is a possible answer to view; -1 with a message otherwise. */
int answer_check(const step_view *view, const int *ids, size_t n, char *err, size_t errlen);

/* ---- Scoring ------------------------------------------------------------- */

typedef struct {
    int points, max, pct;
} axis_score;

/* clamp(round(100 * points / max), 0, 100), halves rounded up; 100 when max <= 0. */
int score_pct(int points, int max);
/* The rounded (halves up) mean of the two percentages. */
int score_total(int detect_pct, int respond_pct);

/* ---- Sessions ------------------------------------------------------------ */

typedef struct {
    int step;
    char *answer;     /* the token as played */
    pick picked;      /* ids, as the record's "picked" */
    int detect, respond;  /* points counted: 0 when the step was scored before */
    int best;
    double t;         /* seconds from the session's start */
} session_entry;

typedef struct {
    const scn_model *m;
    uint32_t seed;
    int step;              /* the current step */
    int ended;             /* 1 once an ending is reached */
    unsigned char *scored; /* n_steps */
    step_view view;        /* of the current step */
    step_result last;      /* of the last answer, for its feedback */
    int detect, respond;   /* points so far */
    session_entry *log;
    size_t n_log, cap_log;
} session;

/* Starts at the model's first step with the random stream seeded. */
int session_start(session *s, const scn_model *m, uint32_t seed, char *err, size_t errlen);
/* Answers the current step with ids (checked against the view); token is
 * recorded as played (NULL: made from ids). On error the session is
 * unchanged where the answer was refused, or broken (a script error). */
int session_answer(session *s, const int *ids, size_t n, const char *token, double t,
                   char *err, size_t errlen);
/* The same from a token as the contract's run takes it. */
int session_answer_token(session *s, const char *token, double t, char *err, size_t errlen);
void session_free(session *s);

/* ---- The session record --------------------------------------------------- */

#define RECORD_VERSION 1

typedef struct {
    char session[37];      /* record_uuid */
    const char *scenario;  /* the scenario's id */
    char hash[65];         /* record_hash of the scenario file's bytes */
    const char *player;    /* NULL or "": anonymous */
    const char *mode;      /* "training", "kiosk" or "run" */
    const char *lang;      /* the language played, NULL to leave out */
    const char *employee_id;  /* NULL or "": left out (a key the contract allows adding) */
    char started[32];      /* record_time */
    double duration_s;
} record_meta;

/* Appends line (one JSON record, no newline in it) to a JSON-Lines results
 * log, creating it and its folder if missing: an advisory lock (flock)
 * against a second writer, a torn last line left by a crash trimmed
 * first, the line and its newline in one O_APPEND write, then fsync. */
int results_append(const char *path, const char *line, char *err, size_t errlen);

/* One session record of the results log, as the list screen and the debrief
 * need it (results_read.c). */
typedef struct {
    char *scenario;        /* the scenario's id */
    char *player;          /* "" when anonymous */
    char session[37];      /* the record's UUID */
    char started[32];      /* "2026-01-01T10:00:00Z", as recorded */
    int completed;         /* 1 if an ending was reached */
    int score;             /* 0..100 */
    int detect_pct, respond_pct;
    char outcome[8];       /* "good", "mixed", "bad"; "" when abandoned */
    double duration_s;
} results_attempt;

/* The attempts read from a log, in the order they were started (ties: the
 * order in the log), each session once. */
typedef struct {
    results_attempt *v;
    size_t n, cap;
    size_t n_bad;          /* lines skipped: torn, too long, not JSON, unknown version,
                            * missing or mistyped fields */
    size_t n_duplicates;   /* records skipped because their session was already read */
} results_history;

#define RESULTS_MAX_LINE (1024u * 1024u)  /* a longer line is counted as bad */

/* What one pass over a results log calls back (results_scan.c). */
typedef struct results_scan {
    const char *path;      /* the log, named in messages */
    void *ctx;             /* the reader's own */
    /* A line holding a record this build knows: rec is the parsed line, a
     * the fields every reader needs (its strings borrowed from rec), line
     * its text. Returns 0 to go on; 1 when the reader finds the record bad
     * after all, with why filled, so that the line is handed to on_bad; -1
     * to stop (out of memory). */
    int (*on_record)(struct results_scan *s, const cJSON *rec, const results_attempt *a,
                     const char *line, size_t len, size_t lineno, char *why, size_t whylen);
    /* A line skipped: torn, too long, not JSON, a record version this build
     * does not know, a field every reader needs missing or mistyped. */
    void (*on_bad)(struct results_scan *s, size_t lineno, const char *why);
} results_scan;

/* Reads the log at s->path through, line by line (an empty line is no
 * record and no fault). Returns 0; -1 when the file cannot be read or
 * on_record stops, with the reason in err. */
int results_scan_file(results_scan *s, char *err, size_t errlen);

/* Session UUIDs already read, so a record that a merge repeated is kept
 * once (uuid_set.c). Zero-initialise; keys are at most 36 bytes. */
typedef struct {
    char (*slot)[37];
    size_t cap, used;
} uuid_set;

/* 1 when key was added, 0 when it was there already, -1 when it is empty
 * or too long or memory runs out. */
int uuid_set_add(uuid_set *s, const char *key);
void uuid_set_free(uuid_set *s);

/* Reads the JSON-Lines results log at path into out (zeroed first; call
 * results_history_free whatever it returns), keeping the records whose
 * "player" is player (NULL: every record). A missing file is an empty
 * history. Bad lines are skipped and counted in out->n_bad, the first one
 * described in warn as "path:LINE: why" ("" when there is none); a session
 * seen again (a log merged twice) is kept once. Returns 0; -1 when the file
 * exists but cannot be read, or memory runs out, with the reason in warn. */
int results_read(const char *path, const char *player, results_history *out,
                 char *warn, size_t warnlen);
/* The best score among completed attempts at scenario, -1 when none. */
int results_best_score(const results_history *h, const char *scenario);
/* 1 if some attempt at scenario was completed, else 0. */
int results_completed(const results_history *h, const char *scenario);
/* The attempts at scenario, in the order they were started: fills out with
 * up to max of them (pointers into h, valid until it is freed) and returns
 * how many there are in all, so max 0 counts them. */
size_t results_attempts(const results_history *h, const char *scenario,
                        const results_attempt **out, size_t max);
void results_history_free(results_history *h);
/* Writes the valid records of player (NULL: everyone) in log_path, each
 * session once, as their original JSON lines each ending in "\n", to out_path,
 * replaced crash-safely (file_write_atomic); *n_written (may be NULL) gets
 * how many. Refuses to write over the log itself. Returns 0, with the first
 * bad line skipped described in err ("" when none), or -1 with err. */
int results_export(const char *log_path, const char *player, const char *out_path,
                   size_t *n_written, char *err, size_t errlen);

/* ---- The kiosk's day in figures (kiosk_stats.c) ------------------------- */

/* The staff screen's figures for one day, from the results log. */
typedef struct {
    char scenario[65];
    size_t sessions, completed;
    double mean_score;          /* over the completed ones; 0 when none */
} kiosk_scenario_stats;

typedef struct {
    size_t sessions, completed;
    kiosk_scenario_stats per[KIOSK_MAX_SCENARIOS];   /* in order of first appearance */
    size_t n_per;
} kiosk_stats;

/* The sessions of h started on day ("YYYY-MM-DD", local at utc_offset_s
 * east of UTC, as leaderboard_day gives it). */
void kiosk_stats_of(const results_history *h, const char *day, long utc_offset_s,
                    kiosk_stats *out);

/* ---- The session in progress (resume.c) ---------------------------------- */

/* What replays a session exactly, and the record's identity, kept while it
 * is played so that a player can resume it after closing the window. */
typedef struct {
    char *scenario_path;
    char *scenario_id;
    char scenario_hash[65];  /* record_hash of the file when the session began */
    uint32_t seed;
    char session[37];        /* the record's UUID: a resumed session ends in one record */
    char started[32];
    char lang[8];
    char player[64];
    char employee_id[64];
    char **answers;          /* the tokens given, in order (run --answers' form) */
    double *times;           /* each answer's t, seconds from the start */
    size_t n_answers;
} resume_state;

/* Appends an answer; -1 when out of memory. */
int resume_add_answer(resume_state *r, const char *token, double t);
/* Writes r to path crash-safely. */
int resume_save(const char *path, const resume_state *r, char *err, size_t errlen);
/* 0 with r filled; 1 when there is no saved session; -1 with a message
 * naming the file when it cannot be read or is not one (r left empty). */
int resume_load(const char *path, resume_state *r, char *err, size_t errlen);
/* Removes the saved session (none is fine). */
int resume_clear(const char *path, char *err, size_t errlen);
void resume_state_free(resume_state *r);

/* ---- The kiosk's leaderboard (leaderboard.c) ----------------------------- */

/* Why 10000: a busy booth plays a round every two minutes, some 300 a day,
 * so this is a month of rounds; the file stays under 5 MB (well inside
 * LEADERBOARD_MAX_FILE) and ranking it for a screen costs nothing. Beyond
 * it the oldest entries go: the day's and the event's boards are the
 * newest ones. */
#define LEADERBOARD_MAX 10000u
#define LEADERBOARD_MAX_FILE (8u * 1024u * 1024u)  /* a bigger file is set aside unread */
#define LEADERBOARD_NICK_MAX 12u                   /* code points */

/* Which entries a board shows; same order as kiosk_board_scope, so a
 * kiosk_config's leaderboard_scope converts with a cast. */
typedef enum { LEADERBOARD_DAY = 0, LEADERBOARD_EVENT, LEADERBOARD_ALL } leaderboard_scope;

/* One round on the board. Nothing about the visitor but the nickname. */
typedef struct {
    uint64_t id;          /* unique in the file, from 1; set by leaderboard_add */
    char nickname[49];    /* UTF-8, 1..12 code points, no control characters */
    char scenario[65];    /* the scenario's id */
    int score;            /* 0..100: the contract's score, never changed by speed */
    int speed_bonus;      /* >= 0; shown apart, only breaks ties */
    int64_t when;         /* Unix seconds (UTC) when the round ended */
    char day[11];         /* "YYYY-MM-DD": the kiosk's LOCAL day of when, from the caller
                           * (leaderboard_day); kept so a board never moves between days */
    char event[64];       /* the kiosk config's event, "" for none (UTF-8) */
} leaderboard_entry;

/* { 0 } is an empty board. */
typedef struct {
    leaderboard_entry *v;  /* oldest first (ids ascending) */
    size_t n, cap;
    uint64_t next_id;      /* kept across leaderboard_clear: an id is never reused */
} leaderboard;

/* Reads the board at path into lb (overwritten, not freed: call
 * leaderboard_free whatever it returns). Returns 0 when read (warn "", or
 * saying how many of the oldest entries beyond LEADERBOARD_MAX were
 * dropped); 1 for no file (an empty board); 2 with an empty board and warn
 * naming the file when it cannot be used: unreadable, over
 * LEADERBOARD_MAX_FILE, not JSON, another version or a bad entry, each
 * renamed aside to "<path>.bad-<unix time>" (contents intact, never
 * deleted); a folder or other non-file at path is left where it is (and
 * leaderboard_save will fail until it is moved). -1, lb empty and the file
 * left where it is, when it could not be read for want of memory or file
 * descriptors, or could not be renamed aside: play on, but do not save lb
 * over it. */
int leaderboard_load(const char *path, leaderboard *lb, char *warn, size_t warnlen);
/* Writes lb to path crash-safely (file_write_atomic), creating its folder. */
int leaderboard_save(const char *path, const leaderboard *lb, char *err, size_t errlen);
/* Adds a copy of e (its id ignored) with the next id, put in *id_out (may
 * be NULL); at LEADERBOARD_MAX entries the oldest is dropped first. -1
 * with a message, lb unchanged, when a field is out of bounds (see
 * leaderboard_entry) or memory runs out. The caller saves. */
int leaderboard_add(leaderboard *lb, const leaderboard_entry *e, uint64_t *id_out,
                    char *err, size_t errlen);
/* The best entries of scope (LEADERBOARD_DAY: entries of day, none when
 * day is NULL; EVENT: of event, "" or NULL being "no event"; ALL: every
 * one), best first: score high to low, then speed bonus high to low, then
 * the earlier `when` (the first to reach a score keeps the place), then
 * the smaller id. Fills out with up to max pointers into lb (valid until
 * it changes) and returns how many. */
size_t leaderboard_top(const leaderboard *lb, leaderboard_scope scope, const char *day,
                       const char *event, const leaderboard_entry **out, size_t max);
/* The place (1 = best) of entry id in scope, ordered as leaderboard_top;
 * 0 when there is no such entry or it is not in scope. *total (may be
 * NULL) gets the number of entries in scope. */
size_t leaderboard_rank(const leaderboard *lb, leaderboard_scope scope, const char *day,
                        const char *event, uint64_t id, size_t *total);
/* Entry id, or NULL when there is none (a binary search: ids ascend). */
const leaderboard_entry *leaderboard_get(const leaderboard *lb, uint64_t id);
/* "YYYY-MM-DD" of unix_s at utc_offset_s east of UTC (the caller's
 * localtime_r(...).tm_gmtoff for the kiosk's local day). */
void leaderboard_day(int64_t unix_s, long utc_offset_s, char out[11]);
/* Empties the board (the staff reset); ids are not reused. The caller saves. */
void leaderboard_clear(leaderboard *lb);
void leaderboard_free(leaderboard *lb);

/* A fresh random (version 4) UUID. */
void record_uuid(char out[37]);
/* BLAKE2b-256 of data, as 64 hex digits. */
void record_hash(const void *data, size_t len, char out[65]);
/* "2026-01-01T10:00:00Z" for a Unix time. */
void record_time(int64_t unix_s, char out[32]);
/* The record as one line of JSON (no newline), malloc'd; NULL when out of
 * memory. An ended session is completed; any other is recorded as not. */
char *record_json(const session *s, const record_meta *meta, int detect_max, int respond_max);

/* ---- Exploring a scenario's states -------------------------------------- */

#define EXPLORE_MAX_STATES 1000000u
/* Why 512 MiB: the saved states (their scored sets and flags) of a million
 * states of a scenario with a few flags take some 50 MiB; ten times that
 * is a scenario keeping texts in flags, and over_limit is set instead of
 * the machine running out of memory. */
#define EXPLORE_MAX_KEY_BYTES (512u * 1024u * 1024u)

/* What exploring every state (step, flags, steps already scored, random
 * stream) reachable from the start finds. Arrays have one entry per step. */
typedef struct {
    size_t states, edges;
    int over_limit;          /* more than max_states states (or their saved states passed
                              * EXPLORE_MAX_KEY_BYTES): nothing else is valid */
    int complete;            /* at least one complete path (start to an ending) */
    int detect_min, detect_max, respond_min, respond_max;  /* over complete paths */
    int both_max;            /* one complete path reaches both maxima */
    uint64_t paths;          /* distinct step sequences from start to an ending visiting no step twice */
    int paths_capped;        /* paths stopped counting at UINT64_MAX */
    unsigned char *reached;  /* the step is entered in some state */
    unsigned char *ending;   /* the step is an ending (as its view says) */
    unsigned char *dead_end; /* from some state at this step no ending can be reached */
    unsigned char *no_pick;  /* not an ending, yet offers nothing to pick in some state */
    uint32_t *fewest;        /* per step: the fewest answers from the start to enter it
                              * (UINT32_MAX if never entered) */
    uint32_t *to_end;        /* per step: the fewest answers from it to an ending, over
                              * its states (UINT32_MAX if none): how far a player has
                              * still to go, for a progress bar */
    /* With EXPLORE_PATHS, two complete paths as run --answers tokens (with
     * this seed), NULL when not asked for or there is none: best reaches detect_max with the most respond on it (both
     * maxima when both_max); worst has the lowest detect/detect_max +
     * respond/respond_max, the lowest score bar rounding and negative points.
     * Their points on each axis beside them. */
    char *best_answers, *worst_answers;
    int best_detect, best_respond, worst_detect, worst_respond;
    char error[BD_MSG_LEN];  /* the first script error met, "" if none */
    int error_step;          /* its step, -1 if none */
} explore_result;

/* Call explore_result_free whatever it returns. max_states 0 means the
 * contract's limit; when over_limit is set only states is meaningful.
 * edges counts distinct (from, to, detect, respond); error_step is -1 for
 * an error tied to no step. */
#define EXPLORE_PATHS 1u   /* flags: also name the best and worst paths (costs a step
                            * entered again for every answer on them) */
int explore_run(const scn_model *m, uint32_t seed, size_t max_states, unsigned flags,
                explore_result *out);
void explore_result_free(explore_result *r);

/* Seeded random playthroughs (explore --random N --seed S). */
typedef struct {
    size_t sessions, completed;   /* completed: reached an ending within 1000 answers */
    size_t *ending_count;         /* per step: sessions that ended there */
    unsigned char *visited;       /* per step: entered in some session */
    int score_min, score_max;     /* over completed sessions */
    double score_mean;
} random_report;

int explore_random(const scn_model *m, uint32_t seed, size_t sessions, int detect_max,
                   int respond_max, random_report *out, char *err, size_t errlen);
void random_report_free(random_report *r);

#endif
