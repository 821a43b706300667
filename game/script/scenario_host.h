/*
 * scenario_host — private to game/script: the scenario struct shared by
 * scenario_load.c (loading and checking) and scenario_ops.c (playing it
 * through scn_ops). Not a module header: nothing outside game/script
 * includes it; script.h is the module's interface.
 */
#ifndef BD_SCENARIO_HOST_H
#define BD_SCENARIO_HOST_H

#include "script/script.h"

#include <lua.h>

struct scenario {
    char *path;
    char *dir;
    char *code;
    size_t code_len;
    char hash[65];
    source_map *map;
    sandbox *sb;

    scn_problem *probs;
    size_t n_probs;
    int n_errors;

    scn_info info;
    char **step_ids;
    size_t n_steps;
    int start;
    char **tags;          /* per step, "" when none */
    char **outcomes;      /* per step: an ending's outcome, "" for other steps */
    char **step_kinds;    /* per step: its kind */
    char **kinds;         /* kinds the steps use */
    size_t n_kinds;

    scn_model model;
    explore_result ex;
    int explored;

    /* Arguments and outputs of the protected calls (scenario_ops.c): C
     * functions run inside sandbox_call read and fill these, so that every
     * allocation is owned by the caller the moment it is made and an error
     * thrown by Lua half-way leaks nothing. */
    size_t copied;        /* text bytes copied out in this call */
    int arg_step;
    const unsigned char *arg_scored;
    const int *arg_ids;
    size_t arg_n;
    const unsigned char *arg_key;
    size_t arg_key_len;
    const char *arg_name;
    step_view *out_view;
    step_result *out_res;
    pick_list *out_list;
    bd_buf *out_key;
};

/* The key under which the prelude's driver table sits in the registry. */
extern const char scn_driver_key;

/* Pushes driver[name] (inside a protected call). */
void scn_push_driver_fn(lua_State *L, const char *name);
/* Runs fn(L) protected with the scenario as its only argument
 * (lua_touserdata(L, 1)); 0, or -1 with the message in err. */
int scn_protected(scenario *s, lua_CFunction fn, char *err, size_t errlen);
/* Reads a text value (string or { en, ja }) at idx into t, allocating as it
 * goes (inside a protected call; t is owned by the caller throughout).
 * With s, the bytes count towards s->copied and an error is raised past
 * SCN_COPY_MAX (the copies live outside the sandbox's memory cap). */
void scn_read_text(lua_State *L, int idx, bd_text *t, scenario *s);
/* A copy of the string at idx (malloc'd; a Lua error when out of memory). */
char *scn_dup_string(lua_State *L, int idx);
/* (s) -> s->info, s->tags, s->outcomes and s->step_kinds, from a scenario
 * that passed its checks (scenario_info_read.c; run with scn_protected). */
int scn_read_info(lua_State *L);

/* Why these caps: what the engine copies out of Lua for one step (its
 * view or its answer's feedback) and a state's saved flags live outside the
 * sandbox's memory cap, and the explorer keeps a state's flags for every
 * state. A step's texts are a few KiB and flags are booleans, counters and
 * short strings; a scenario that shares one big string among many items,
 * or keeps a text in a flag, would otherwise cost the host gigabytes. */
#define SCN_COPY_MAX (4u * 1024u * 1024u)   /* bytes of text per step */
#define SCN_FLAGS_MAX (16u * 1024u)         /* bytes of saved flags per state */
#define SCN_FILE_MAX (8u * 1024u * 1024u)   /* bytes of a scenario file */

/* Raises "file:line: message" at the line of step (inside a protected call). */
int scn_step_error(lua_State *L, scenario *s, int step, const char *msg);

/* Appends a problem, formatted "file:line: [warning: ]message". */
void scn_problem_add(scenario *s, int line, int warn, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The line of a field path (source map), 1 when unknown. */
int scn_line(const scenario *s, const char *path);
/* The line where step (by index) is written. */
int scn_step_line(const scenario *s, int step);

/* The scn_ops that play a loaded scenario (scenario_ops.c). */
extern const scn_ops scn_lua_ops;
/* Exploration at load: turns what it finds into problems. */
void scn_explore_check(scenario *s, const scenario_opts *opts);

#endif
