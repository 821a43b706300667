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
    char player[64];       /* the name the player gave, "" for none (UTF-8) */
    char employee_id[64];  /* "" for none */
    int ask_employee_id;   /* a trainer's setting: the name screen asks for an employee ID */
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

/* ---- Growable byte buffer ------------------------------------------------ */

typedef struct {
    unsigned char *data;
    size_t len, cap;
} bd_buf;

/* Appends n bytes; -1 when out of memory (the buffer is unchanged). */
int bd_buf_add(bd_buf *b, const void *p, size_t n);
void bd_buf_free(bd_buf *b);
/* Makes room for need elements of size bytes in the array *p of *cap,
 * doubling; 0, or -1 (array unchanged) when out of memory. */
int bd_grow(void **p, size_t *cap, size_t need, size_t size);

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
    char error[BD_ERR_LEN];  /* the first script error met, "" if none */
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
