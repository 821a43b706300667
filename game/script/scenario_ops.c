/*
 * scenario_ops — a loaded scenario played through the core's scn_ops:
 * entering a step, answering it, listing answers to explore, and saving
 * and loading its state (flags and random stream) as canonical bytes.
 * Each operation is one protected call into the prelude's driver; what
 * comes back is already normalised there, so this side copies plain values.
 */
#include "script/scenario_host.h"

#include <lauxlib.h>

#include <stdlib.h>
#include <string.h>

/* ---- Reading results into C ----------------------------------------------- */

static void read_text_field(lua_State *L, int t, const char *name, bd_text *out)
{
    lua_getfield(L, t, name);
    scn_read_text(L, -1, out, lua_touserdata(L, 1));
    lua_pop(L, 1);
}

static lua_Integer int_field(lua_State *L, int t, const char *name)
{
    lua_getfield(L, t, name);
    lua_Integer v = lua_tointeger(L, -1);
    lua_pop(L, 1);
    return v;
}

static int bool_field(lua_State *L, int t, const char *name)
{
    lua_getfield(L, t, name);
    int v = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return v;
}

/* ---- Protected operations ------------------------------------------------- */

static int t_reset(lua_State *L)
{
    scn_push_driver_fn(L, "reset");
    lua_call(L, 0, 0);
    return 0;
}

/* Flags as bytes: for each flag in name order, its name, a type letter and
 * the value. Equal flags give equal bytes, which is what the explorer's
 * memo needs; floats are kept bit for bit. */
static void key_add(lua_State *L, bd_buf *b, const void *p, size_t n)
{
    if (bd_buf_add(b, p, n) < 0)
        luaL_error(L, "out of memory");
}

static void key_add_str(lua_State *L, bd_buf *b, int idx)
{
    size_t len;
    const char *str = lua_tolstring(L, idx, &len);
    uint32_t n = (uint32_t)len;
    key_add(L, b, &n, sizeof n);
    key_add(L, b, str, len);
}

static int t_save(lua_State *L)
{
    scenario *s = lua_touserdata(L, 1);
    scn_push_driver_fn(L, "flags");
    lua_call(L, 0, 2); /* keys, flags */
    lua_Integer n = (lua_Integer)lua_rawlen(L, -2);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -2, i);
        key_add_str(L, s->out_key, -1);
        lua_rawget(L, -2);
        char type;
        switch (lua_type(L, -1)) {
        case LUA_TBOOLEAN: {
            type = 'b';
            unsigned char v = (unsigned char)lua_toboolean(L, -1);
            key_add(L, s->out_key, &type, 1);
            key_add(L, s->out_key, &v, 1);
            break;
        }
        case LUA_TNUMBER:
            if (lua_isinteger(L, -1)) {
                type = 'i';
                lua_Integer v = lua_tointeger(L, -1);
                key_add(L, s->out_key, &type, 1);
                key_add(L, s->out_key, &v, sizeof v);
            } else {
                type = 'f';
                lua_Number v = lua_tonumber(L, -1);
                key_add(L, s->out_key, &type, 1);
                key_add(L, s->out_key, &v, sizeof v);
            }
            break;
        default: /* a string: driver.flags checked the types */
            type = 's';
            key_add(L, s->out_key, &type, 1);
            key_add_str(L, s->out_key, -1);
            break;
        }
        lua_pop(L, 1);
    }
    if (s->out_key->len > SCN_FLAGS_MAX + 16)
        scn_step_error(L, s, s->arg_step,
                       "state.flags take more than 16 KiB: keep true/false, counters and short "
                       "strings there, not texts");
    return 0;
}

static int key_take(const unsigned char **p, const unsigned char *end, void *out, size_t n)
{
    if ((size_t)(end - *p) < n)
        return -1;
    memcpy(out, *p, n);
    *p += n;
    return 0;
}

static int t_load(lua_State *L)
{
    scenario *s = lua_touserdata(L, 1);
    const unsigned char *p = s->arg_key, *end = s->arg_key + s->arg_key_len;
    scn_push_driver_fn(L, "set_flags");
    lua_newtable(L);
    while (p < end) {
        uint32_t len;
        char type;
        if (key_take(&p, end, &len, sizeof len) < 0 || (size_t)(end - p) < len)
            return luaL_error(L, "corrupt state key");
        lua_pushlstring(L, (const char *)p, len);
        p += len;
        if (key_take(&p, end, &type, 1) < 0)
            return luaL_error(L, "corrupt state key");
        if (type == 'b') {
            unsigned char v;
            if (key_take(&p, end, &v, 1) < 0)
                return luaL_error(L, "corrupt state key");
            lua_pushboolean(L, v);
        } else if (type == 'i') {
            lua_Integer v;
            if (key_take(&p, end, &v, sizeof v) < 0)
                return luaL_error(L, "corrupt state key");
            lua_pushinteger(L, v);
        } else if (type == 'f') {
            lua_Number v;
            if (key_take(&p, end, &v, sizeof v) < 0)
                return luaL_error(L, "corrupt state key");
            lua_pushnumber(L, v);
        } else {
            uint32_t sl;
            if (key_take(&p, end, &sl, sizeof sl) < 0 || (size_t)(end - p) < sl)
                return luaL_error(L, "corrupt state key");
            lua_pushlstring(L, (const char *)p, sl);
            p += sl;
        }
        lua_rawset(L, -3);
    }
    lua_call(L, 1, 0);
    return 0;
}

static int t_enter(lua_State *L)
{
    scenario *s = lua_touserdata(L, 1);
    step_view *v = s->out_view;
    scn_push_driver_fn(L, "enter");
    lua_pushinteger(L, s->arg_step + 1);
    luaL_Buffer b;
    char *bits = luaL_buffinitsize(L, &b, s->n_steps ? s->n_steps : 1);
    for (size_t i = 0; i < s->n_steps; i++)
        bits[i] = s->arg_scored[i] ? '1' : '0';
    luaL_pushresultsize(&b, s->n_steps);
    lua_call(L, 2, 1);
    int t = lua_gettop(L);
    v->pick = (pick_mode)int_field(L, t, "pick");
    read_text_field(L, t, "prompt", &v->prompt);
    read_text_field(L, t, "body", &v->body);
    read_text_field(L, t, "mono", &v->mono);
    v->items_are_lines = bool_field(L, t, "lines");
    v->shuffle = bool_field(L, t, "shuffle");
    if (lua_getfield(L, t, "outcome") == LUA_TSTRING) {
        const char *o = lua_tostring(L, -1);
        size_t n = strlen(o);
        if (n < sizeof v->outcome)
            memcpy(v->outcome, o, n + 1);
    }
    lua_pop(L, 1);
    lua_getfield(L, t, "items");
    size_t n = (size_t)lua_rawlen(L, -1);
    v->items = calloc(n ? n : 1, sizeof *v->items);
    if (!v->items)
        return luaL_error(L, "out of memory");
    for (size_t i = 0; i < n; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        v->items[i].id = (int)int_field(L, -1, "id");
        v->n_items = i + 1;
        read_text_field(L, lua_gettop(L), "text", &v->items[i].text);
        lua_pop(L, 1);
    }
    return 0;
}

static void push_ids(lua_State *L, const int *ids, size_t n)
{
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        lua_pushinteger(L, ids[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

static int t_answer(lua_State *L)
{
    scenario *s = lua_touserdata(L, 1);
    step_result *r = s->out_res;
    scn_push_driver_fn(L, "answer");
    lua_pushinteger(L, s->arg_step + 1);
    push_ids(L, s->arg_ids, s->arg_n);
    lua_call(L, 2, 1);
    int t = lua_gettop(L);
    r->detect = (int)int_field(L, t, "detect");
    r->respond = (int)int_field(L, t, "respond");
    r->best = bool_field(L, t, "best");
    r->next = (int)int_field(L, t, "next") - 1;
    read_text_field(L, t, "feedback", &r->feedback);
    lua_getfield(L, t, "notes");
    size_t n = (size_t)lua_rawlen(L, -1);
    r->notes = calloc(n ? n : 1, sizeof *r->notes);
    if (!r->notes)
        return luaL_error(L, "out of memory");
    for (size_t i = 0; i < n; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        int nt = lua_gettop(L);
        r->notes[i].id = (int)int_field(L, nt, "id");
        r->notes[i].picked = bool_field(L, nt, "picked");
        r->notes[i].right = bool_field(L, nt, "right");
        r->n_notes = i + 1;
        read_text_field(L, nt, "text", &r->notes[i].text);
        lua_pop(L, 1);
    }
    return 0;
}

static int t_answers(lua_State *L)
{
    scenario *s = lua_touserdata(L, 1);
    scn_push_driver_fn(L, "answers");
    lua_pushinteger(L, s->arg_step + 1);
    lua_call(L, 1, 1);
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        size_t k = (size_t)lua_rawlen(L, -1);
        /* scratch owned by Lua's collector, so an error here leaks nothing */
        int *ids = lua_newuserdatauv(L, (k ? k : 1) * sizeof *ids, 0);
        for (size_t j = 0; j < k; j++) {
            lua_rawgeti(L, -2, (lua_Integer)j + 1);
            ids[j] = (int)lua_tointeger(L, -1);
            lua_pop(L, 1);
        }
        if (pick_list_add(s->out_list, ids, k) < 0)
            return luaL_error(L, "out of memory");
        lua_pop(L, 2);
    }
    return 0;
}

/* ---- scn_ops ------------------------------------------------------------------ */

static int op_reset(void *ctx, uint32_t seed, char *err, size_t errlen)
{
    scenario *s = ctx;
    sandbox_seed(s->sb, seed);
    return scn_protected(s, t_reset, err, errlen);
}

static int op_save(void *ctx, bd_buf *out, char *err, size_t errlen)
{
    scenario *s = ctx;
    uint64_t rnd[2];
    sandbox_random_get(s->sb, &rnd[0], &rnd[1]);
    out->len = 0;
    if (bd_buf_add(out, rnd, sizeof rnd) < 0) {
        bd_set_err(err, errlen, "out of memory");
        return -1;
    }
    s->out_key = out;
    int rc = scn_protected(s, t_save, err, errlen);
    s->out_key = NULL;
    return rc;
}

static int op_load(void *ctx, const unsigned char *key, size_t len, char *err, size_t errlen)
{
    scenario *s = ctx;
    uint64_t rnd[2];
    if (len < sizeof rnd) {
        bd_set_err(err, errlen, "%s: corrupt state key", s->path);
        return -1;
    }
    memcpy(rnd, key, sizeof rnd);
    sandbox_random_set(s->sb, rnd[0], rnd[1]);
    s->arg_key = key + sizeof rnd;
    s->arg_key_len = len - sizeof rnd;
    return scn_protected(s, t_load, err, errlen);
}

static int op_enter(void *ctx, int step, const unsigned char *scored, step_view *view,
                    char *err, size_t errlen)
{
    scenario *s = ctx;
    memset(view, 0, sizeof *view);
    s->arg_step = step;
    s->copied = 0;
    s->arg_scored = scored;
    s->out_view = view;
    int rc = scn_protected(s, t_enter, err, errlen);
    s->out_view = NULL;
    if (rc < 0)
        step_view_free(view);
    return rc;
}

static int op_answer(void *ctx, int step, const step_view *view, const int *picked, size_t n,
                     step_result *res, char *err, size_t errlen)
{
    (void)view; /* the driver keeps the view it made */
    scenario *s = ctx;
    memset(res, 0, sizeof *res);
    s->arg_step = step;
    s->copied = 0;
    s->arg_ids = picked;
    s->arg_n = n;
    s->out_res = res;
    int rc = scn_protected(s, t_answer, err, errlen);
    s->out_res = NULL;
    if (rc < 0)
        step_result_free(res);
    return rc;
}

static int op_answers(void *ctx, int step, const step_view *view, pick_list *out, char *err,
                      size_t errlen)
{
    (void)view;
    scenario *s = ctx;
    s->arg_step = step;
    s->out_list = out;
    int rc = scn_protected(s, t_answers, err, errlen);
    s->out_list = NULL;
    if (rc < 0)
        pick_list_free(out);
    return rc;
}

const scn_ops scn_lua_ops = {
    .reset = op_reset,
    .save = op_save,
    .load = op_load,
    .enter = op_enter,
    .answer = op_answer,
    .answers = op_answers,
};

/* ---- What exploring finds ----------------------------------------------------- */

/* 1 if msg starts "file:line:" (Lua's messages do; the core's name only
 * the step). */
static int has_position(const char *msg)
{
    for (const char *p = strchr(msg, ':'); p; p = strchr(p + 1, ':')) {
        const char *q = p + 1;
        while (*q >= '0' && *q <= '9')
            q++;
        if (q > p + 1 && *q == ':')
            return p > msg;
        if (p - msg > 4096)
            break;
    }
    return 0;
}

/* An exploration error as "file:line: ...": the core's own messages get
 * the scenario's file and the step's line. */
static void explore_error(scenario *s, const explore_result *ex, const char *how)
{
    const char *at = ex->error_step >= 0 ? s->step_ids[ex->error_step] : NULL;
    int line = has_position(ex->error) ? 0 : at ? scn_step_line(s, ex->error_step) : 1;
    if (at)
        scn_problem_add(s, line, 0, "%s (while exploring step '%s'%s)", ex->error, at, how);
    else
        scn_problem_add(s, line, 0, "%s (while exploring%s)", ex->error, how);
}

/* Another seed can hide choices the first one showed: stop at the first
 * seed that meets a dead end or a step with nothing to pick. */
static void explore_more_seeds(scenario *s, uint32_t seed, size_t max_states, unsigned n)
{
    for (unsigned k = 1; k <= n; k++) {
        uint32_t other = (seed + k) & 0x7fffffffu;
        explore_result ex;
        int rc = explore_run(&s->model, other, max_states, 0, &ex);
        int found = 0;
        if (rc < 0 || ex.error[0]) {
            char how[40];
            snprintf(how, sizeof how, " with seed %u", other);
            explore_error(s, &ex, how);
            found = 1;
        }
        for (size_t i = 0; !found && !ex.over_limit && i < s->n_steps; i++) {
            if (ex.no_pick[i] || ex.dead_end[i]) {
                scn_problem_add(s, scn_step_line(s, (int)i), 0,
                                "step '%s' %s with seed %u (the scenario uses math.random; "
                                "`run --seed %u` shows it)", s->step_ids[i],
                                ex.no_pick[i] ? "offers nothing to pick" : "cannot reach an ending",
                                other, other);
                found = 1;
            }
        }
        explore_result_free(&ex);
        if (found)
            return;
    }
}

void scn_explore_check(scenario *s, const scenario_opts *opts)
{
    size_t max_states = (opts && opts->max_states) ? opts->max_states : EXPLORE_MAX_STATES;
    uint32_t seed = opts ? opts->seed : 0;
    int rc = explore_run(&s->model, seed, max_states, opts && opts->paths ? EXPLORE_PATHS : 0,
                         &s->ex);
    s->explored = 1;
    if (rc < 0 || s->ex.error[0]) {
        explore_error(s, &s->ex, "");
        return;
    }
    if (s->ex.over_limit && sandbox_random_used(s->sb)) {
        scn_problem_add(s, 1, 0,
                        "exploring stopped after %zu states: the contract allows at most %zu. "
                        "Where a scenario draws from math.random, each draw is part of the state, "
                        "so a loop that draws every time round never ends: draw once (in the "
                        "first step's on_enter) and keep the result in state.flags",
                        s->ex.states, max_states);
        return;
    }
    if (s->ex.over_limit) {
        scn_problem_add(s, 1, 0,
                        "exploring stopped after %zu states: the contract allows at most %zu "
                        "(do flags keep changing in a loop, such as a counter?)",
                        s->ex.states, max_states);
        return;
    }
    for (size_t i = 0; i < s->n_steps; i++) {
        const char *id = s->step_ids[i];
        int line = scn_step_line(s, (int)i);
        if (!s->ex.reached[i])
            scn_problem_add(s, line, 0,
                            "step '%s' is never reached: no path from the start leads to it", id);
        if (s->ex.no_pick[i])
            scn_problem_add(s, line, 0,
                            "step '%s' offers nothing to pick in some reachable state "
                            "(is every choice hidden by its 'when'?)", id);
        else if (s->ex.dead_end[i])
            scn_problem_add(s, line, 0,
                            "step '%s': no ending can be reached from here in some reachable "
                            "state (a loop with no way out?)", id);
    }
    if (s->n_errors == 0 && opts && opts->extra_seeds && sandbox_random_used(s->sb))
        explore_more_seeds(s, seed, max_states, opts->extra_seeds);
    if (!s->ex.complete)
        return;
    if (s->ex.detect_max <= 0)
        scn_problem_add(s, 1, 1, "detection has nothing to earn: no complete path scores above "
                                 "0 on detect, so every player gets 100%% on it");
    if (s->ex.respond_max <= 0)
        scn_problem_add(s, 1, 1, "response has nothing to earn: no complete path scores above "
                                 "0 on respond, so every player gets 100%% on it");
    if (!s->ex.both_max)
        scn_problem_add(s, 1, 1,
                        "no single path reaches both maxima (detect %d, respond %d): "
                        "no player can score 100", s->ex.detect_max, s->ex.respond_max);
}
