/*
 * script — the Lua host: each scenario in its own sandboxed lua_State.
 *
 * What it is for: loading scenario files (and later their plugins) into a
 * sandbox built from an allow list, with an instruction budget per call and
 * a memory cap per state, and reading what the game needs out of them.
 *
 * What it must not do: include SDL or draw; let a scenario reach files, the
 * clock, the process, or unbounded C code (pattern matching); let an error in
 * one scenario take down the process or another scenario. Every error is
 * reported as "file:line: message".
 */
#ifndef BD_SCRIPT_H
#define BD_SCRIPT_H

#include "core/core.h"
#include <stddef.h>
#include <stdint.h>

typedef struct lua_State lua_State;

/* Limits of one sandboxed state. Why these numbers: a scenario is a table of
 * text and a few small functions; loading the largest bundled one takes well
 * under a million instructions and a few MiB, so ten times that leaves room
 * for trainers while an endless loop or a memory bomb is stopped in a
 * fraction of a second. */
#define SANDBOX_MEM_CAP_DEFAULT   (64u * 1024u * 1024u)  /* bytes per state */
#define SANDBOX_INSN_BUDGET_DEFAULT 10000000L            /* VM instructions per call */
#define SANDBOX_REP_CAP (1024u * 1024u)                  /* bytes from string.rep */
/* A backstop, not part of the contract: a few VM operations cost time in
 * proportion to the length of their strings and are invisible to the count
 * hook (comparing two 32 MiB strings with "<" is one instruction and about a
 * millisecond), so a short loop of them could hold a call for minutes
 * within its budget. The hook also stops a call after this much wall time.
 * The budget stops any ordinary loop (25-150 ms here) many times sooner,
 * also on a slow machine, so this never decides the fate of a well-behaved
 * scenario and determinism holds for everything but such pathological code. */
#define SANDBOX_WALL_MS_DEFAULT 2000L                    /* milliseconds per call */

typedef struct sandbox sandbox;

/* Use designated initializers: fields may be added at the end. */
typedef struct {
    size_t mem_cap;      /* 0: default */
    long insn_budget;    /* 0: default */
    long wall_ms;        /* 0: default */
} sandbox_limits;

/* A fresh sandboxed state with the contract's allow list of globals (see
 * sb_allow in sandbox_lib.c), math.random seeded with 0 until
 * sandbox_seed.
 * NULL only when out of memory. */
sandbox *sandbox_new(const sandbox_limits *limits);
void sandbox_free(sandbox *sb);
lua_State *sandbox_lua(sandbox *sb);
/* Seeds math.random for a session (0 .. 2^31-1). */
void sandbox_seed(sandbox *sb, uint32_t seed);
/* math.random's whole state, to save and restore a scenario's state: the
 * stream's seed and how many numbers were drawn from it. */
void sandbox_random_get(const sandbox *sb, uint64_t *seed, uint64_t *draws);
void sandbox_random_set(sandbox *sb, uint64_t seed, uint64_t draws);
/* 1 once the scenario has drawn a random number. */
int sandbox_random_used(const sandbox *sb);
/* Loads and runs a text chunk (binary chunks refused), leaving its results on
 * the stack (nresults, LUA_MULTRET allowed). Returns 0, or -1 with
 * "chunkname:line: message" in err and nothing pushed. Use "@path" as the
 * chunk name so messages read "path:line: ..." with the whole path, however
 * long (the sandbox loads it under a short alias: sandbox_names.c); err
 * needs SB_MSG_LEN bytes to hold the longest. The message is always one line;
 * a memory error reads "path:line: out of memory (scenario memory cap of N
 * MiB exceeded)", a spent budget "path:line: instruction budget exceeded
 * (N instructions per call)".
 *
 * Touch a sandbox's stack from C only for pushing arguments and reading
 * plain values: anything that can run scenario code (metamethods) or
 * allocate much belongs in a C function run through sandbox_call, since an
 * error outside a protected call aborts the process. */
int sandbox_run_chunk(sandbox *sb, const char *code, size_t len, const char *chunkname,
                      int nresults, char *err, size_t errlen);
/* Calls the function below nargs arguments on the stack, protected, with the
 * instruction budget re-armed (except when nested inside another sandbox
 * call from a C function: the outer call's budget keeps running). Same
 * return convention; the function and arguments are popped either way. */
int sandbox_call(sandbox *sb, int nargs, int nresults, char *err, size_t errlen);
/* Bytes the state holds now. */
size_t sandbox_mem_used(const sandbox *sb);

/* For C functions a scenario can call (bindings, the library wrappers):
 * charges n instruction-equivalents of C work to the running call's budget,
 * because the count hook only sees VM instructions and a C loop over a big
 * input would otherwise run free. Raises the budget error ("file:line:
 * instruction budget exceeded ...") once the budget is spent. Does nothing
 * on a state that is not a sandbox. */
void sandbox_charge(lua_State *L, long n);

/* Internal to game/script, between sandbox.c and sandbox_lib.c. */
/* Run protected in a fresh state: builds the globals from the allow list. */
int sandbox_open_libs(lua_State *L);
/* next and pairs in a fixed order (sandbox_order.c). */
int sandbox_next(lua_State *L);
int sandbox_pairs(lua_State *L);
/* 1 once the running call's budget (or time) is spent. */
int sandbox_budget_spent(lua_State *L);
/* The next number of the running state's random stream. */
uint64_t sandbox_random_next(lua_State *L);
/* The sandbox a state belongs to. */
sandbox *sandbox_of_lua(lua_State *L);
/* The files a sandbox ran, under short aliases that Lua never shortens in
 * a position (sandbox_names.c says why). */
#define SB_ALIAS_MARK '\x01'
#define SB_ALIAS_LEN 16
#define SB_NAMES_MAX 100000 /* files per sandbox: an alias is at most 6 digits */
typedef struct {
    char **paths;
    size_t n;
} sb_names;
/* path's place in the list, added if new; -1 when out of memory. */
int sb_names_add(sb_names *nm, const char *path);
/* path's place in the list, or -1. */
int sb_names_find(const sb_names *nm, const char *path);
/* The alias of place i: the mark and i in decimal. */
void sb_names_alias(int i, char out[SB_ALIAS_LEN]);
/* A malloc'd copy of msg with the aliases in the positions at its start
 * ("A:12: A:3: ") replaced by their paths; NULL when out of memory. */
char *sb_names_expand(const sb_names *nm, const char *msg);
/* For load(): replaces the chunk name at idx, if Lua would write it as an
 * alias ("=" or "@", then the mark), by one with '?' for the mark, so a
 * chunk a script loads is never taken for a file of the sandbox's. */
void sb_names_guard(lua_State *L, int idx);
void sb_names_free(sb_names *nm);
/* The name messages use for a file this sandbox ran: its alias, which
 * becomes the whole path when a message leaves the sandbox; path itself if
 * the sandbox did not run it. For messages the host raises inside a call;
 * buf holds the alias. */
const char *sandbox_file_name(const sandbox *sb, const char *path, char buf[SB_ALIAS_LEN]);
/* Room for a message naming a file (core.h). */
#define SB_MSG_LEN BD_MSG_LEN

/* ---- Reading scenario files --------------------------------------------- */

typedef struct {
    char *path;
    char *id;
    char *title;       /* in the language asked for, falling back to en */
    char *error;       /* non-NULL if the file could not be read: "file:line: message" */
    int kiosk_only;    /* its `modes` lists "kiosk" but not "training": not for the training list */
    char *org, *when;  /* incident.org and incident.when in the language asked for, or NULL */
    double minutes;    /* 0 when not given */
} scn_summary;

/* Loads path in a fresh sandbox and reads id and title. Never fails as a
 * whole: a broken file gives an entry with error set. */
scn_summary scn_summary_read(const char *path, const char *lang);
void scn_summary_free(scn_summary *s);
/* The regular files dir/NAME.lua (not hidden), as malloc'd full paths sorted
 * by name; the caller frees each and the array. */
size_t scn_list_files(const char *dir, char ***out);
/* Lists the .lua files in dir, sorted by file name and reads each. Returns how many were
 * found (the array is malloc'd, *out NULL when none or the folder is missing). */
size_t scn_summary_scan(const char *dir, const char *lang, scn_summary **out);
void scn_summary_free_all(scn_summary *list, size_t count);

/* ---- Where fields are written in a scenario's source --------------------- */

/* A map from a table field's dotted path ("steps.inbox.choices.2.next") to
 * the line where it is written, built by tokenizing the Lua source (Lua keeps
 * no lines for table fields). Paths are rooted at the statement holding the
 * outermost constructor: "return {" is the root "", "local NAME = {" and
 * "NAME.a = {" are "NAME" and "NAME.a". See source_map.c for what it does
 * not handle. */
typedef struct source_map source_map;
/* Scans Lua source (len bytes, need not be NUL-terminated). NULL only when out of memory. */
source_map *source_map_build(const char *code, size_t len);
/* The line of the field at path ("steps.inbox.choices.2.next"), else of its nearest
 * ancestor that is written in the source ("steps.inbox.choices.2", ...), else 0. */
int source_map_line(const source_map *m, const char *path);
/* Duplicate keys, i from 0: 0 and the path, its line and the first one's line; -1 past the end.
 * The path lives as long as the map (a path over 1 KiB keeps its tail, after "..."). */
int source_map_duplicate(const source_map *m, size_t i, const char **path, int *line, int *first_line);
void source_map_free(source_map *m);

/* ---- Scenarios: loading, checking, playing ----------------------------- */

/* One thing validation found, ready to print: "file:line: message" or
 * "file:line: warning: message". */
typedef struct {
    char *text;
    int warn;
} scn_problem;

/* A facts card for the kiosk's attract screen. */
typedef struct {
    bd_text text;
    int source;              /* 1-based in sources; 0: none */
} scn_fact;

/* What the menu, intro and debrief show, read once at load. */
typedef struct {
    char *id;
    bd_text title, summary, intro, debrief, org, when;
    double minutes;          /* 0: not given */
    char **sources;          /* incident.sources */
    size_t n_sources;
    int training, kiosk;     /* modes: training unless modes says otherwise */
    char **languages;        /* the scenario's `languages`, if it declares them */
    size_t n_languages;
    scn_fact *facts;
    size_t n_facts;
} scn_info;

typedef struct scenario scenario;

typedef struct {
    /* Folders searched for a kind's plugin after the plugins/ folder beside
     * the scenario, in order (the bundled plugins/ last). */
    const char *const *plugin_dirs;
    size_t n_plugin_dirs;
    int no_explore;          /* only the checks that need no exploration */
    uint32_t seed;           /* the random stream explored (sessions reseed) */
    size_t max_states;       /* 0: the contract's limit */
    /* For a scenario that draws random numbers, also explore this many
     * more seeds (seed+1, ...) and report a dead end or a step with nothing
     * to pick met with any of them (validate: one seed proves little). */
    unsigned extra_seeds;
    int paths;               /* also name the best and worst paths (explore) */
    /* The sandbox's limits for this scenario; NULL: the defaults. Tools
     * that load many untrusted files quickly (the fuzzer) set smaller ones. */
    const sandbox_limits *limits;
} scenario_opts;

/* Loads, checks and (unless no_explore) explores a scenario file. Never
 * NULL except out of memory; a broken file gives a scenario with errors and
 * nothing to play. */
scenario *scenario_load(const char *path, const scenario_opts *opts);
void scenario_free(scenario *s);
/* 1 when there are no errors (warnings allowed): it can be played. */
int scenario_ok(const scenario *s);
size_t scenario_problem_count(const scenario *s);
const scn_problem *scenario_problem(const scenario *s, size_t i);
const scn_info *scenario_info(const scenario *s);
const char *scenario_path(const scenario *s);
const char *scenario_hash(const scenario *s);  /* BLAKE2b of the file's bytes, hex */
/* The model a session plays; NULL when the scenario has errors. */
const scn_model *scenario_model(scenario *s);
/* The exploration done at load (NULL if none). */
const explore_result *scenario_explored(const scenario *s);
/* Steps (sorted by id) are known also for a scenario with errors, once
 * its steps table could be read. */
size_t scenario_step_count(const scenario *s);
const char *scenario_step_id(const scenario *s, int step);
/* The index of a step id, -1 if none. */
int scenario_step_index(const scenario *s, const char *id);
/* The step's tags, joined ("DE.CM, T1566"), "" when none; the pointer
 * lives as long as the scenario. */
const char *scenario_step_tags(const scenario *s, int step);
/* The step's kind ("choice", or a plugin's), "" if out of range. */
const char *scenario_step_kind(const scenario *s, int step);
/* An ending's outcome ("good", "mixed", "bad"), "" for other steps. */
const char *scenario_step_outcome(const scenario *s, int step);
/* Checks a plugin file on its own: it must return a table with view and
 * answer functions. 0, or -1 with "file:line: message". */
int scenario_check_plugin(const char *path, char *err, size_t errlen);

#endif
