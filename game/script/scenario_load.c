/*
 * scenario_load — reading a scenario file into its own sandbox, with the
 * prelude and the plugins of the kinds it uses, and checking it: the
 * fields (the prelude and each kind's check), duplicate keys (the source
 * map), then the states it can reach (the explorer). Every problem becomes
 * one "file:line: message", the line found through the source map.
 */
#include "script/scenario_host.h"

#include <lauxlib.h>

#include <libgen.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

extern const unsigned char bd_prelude_lua[];
extern const size_t bd_prelude_lua_len;

const char scn_driver_key = 0;

/* ---- Problems ------------------------------------------------------------ */

void scn_problem_add(scenario *s, int line, int warn, const char *fmt, ...)
{
    char msg[SB_MSG_LEN];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char full[SB_MSG_LEN + 4096 + 32];
    if (line > 0)
        snprintf(full, sizeof full, "%s:%d: %s%s", s->path, line, warn ? "warning: " : "", msg);
    else /* the message already starts with "file:line:" */
        snprintf(full, sizeof full, "%s%s", warn ? "warning: " : "", msg);
    scn_problem *p = realloc(s->probs, (s->n_probs + 1) * sizeof *p);
    if (!p)
        return;
    s->probs = p;
    p[s->n_probs].text = strdup(full);
    p[s->n_probs].warn = warn;
    if (p[s->n_probs].text) {
        s->n_probs++;
        if (!warn)
            s->n_errors++;
    }
}

int scn_line(const scenario *s, const char *path)
{
    int line = s->map ? source_map_line(s->map, path) : 0;
    return line > 0 ? line : 1;
}

/* ---- Protected calls ----------------------------------------------------- */

void scn_push_driver_fn(lua_State *L, const char *name)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &scn_driver_key);
    lua_getfield(L, -1, name);
    lua_remove(L, -2);
}

int scn_protected(scenario *s, lua_CFunction fn, char *err, size_t errlen)
{
    lua_State *L = sandbox_lua(s->sb);
    if (!lua_checkstack(L, 2)) {
        bd_set_err(err, errlen, "%s: out of memory (Lua stack)", s->path);
        return -1;
    }
    lua_pushcfunction(L, fn);
    lua_pushlightuserdata(L, s);
    return sandbox_call(s->sb, 1, 0, err, errlen);
}

char *scn_dup_string(lua_State *L, int idx)
{
    size_t len;
    const char *str = lua_tolstring(L, idx, &len);
    char *d = malloc(len + 1);
    if (!d)
        luaL_error(L, "out of memory");
    memcpy(d, str, len);
    d[len] = 0;
    return d;
}

int scn_step_line(const scenario *s, int step)
{
    char path[600];
    snprintf(path, sizeof path, "steps.%s", scenario_step_id(s, step));
    return scn_line(s, path);
}

int scn_step_error(lua_State *L, scenario *s, int step, const char *msg)
{
    char alias[SB_ALIAS_LEN];
    return luaL_error(L, "%s:%d: step '%s': %s", sandbox_file_name(s->sb, s->path, alias),
                      scn_step_line(s, step), scenario_step_id(s, step), msg);
}

static char *dup_counted(lua_State *L, int idx, scenario *s)
{
    if (s) {
        s->copied += (size_t)lua_rawlen(L, idx);
        if (s->copied > SCN_COPY_MAX)
            scn_step_error(L, s, s->arg_step, "its texts take more than 4 MiB");
    }
    return scn_dup_string(L, idx);
}

void scn_read_text(lua_State *L, int idx, bd_text *t, scenario *s)
{
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING) {
        t->en = dup_counted(L, idx, s);
        return;
    }
    if (lua_type(L, idx) != LUA_TTABLE)
        return;
    if (lua_getfield(L, idx, "en") == LUA_TSTRING)
        t->en = dup_counted(L, -1, s);
    lua_pop(L, 1);
    if (lua_getfield(L, idx, "ja") == LUA_TSTRING)
        t->ja = dup_counted(L, -1, s);
    lua_pop(L, 1);
}

/* ---- Loading -------------------------------------------------------------- */

/* (s, driver table) -> stores the driver in the registry. */
static int t_keep_driver(lua_State *L)
{
    if (!lua_istable(L, 2))
        return luaL_error(L, "the prelude returned no driver");
    lua_pushvalue(L, 2);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &scn_driver_key);
    return 0;
}

/* Calls fn(s, [arg,] value) protected, where value is the result on top of
 * the stack (popped either way) and arg, if not NULL, a C string passed as
 * a light userdata: pushing a string allocates, which belongs inside the
 * protected call. */
static int call_with_top(scenario *s, lua_CFunction fn, const char *arg, char *err, size_t errlen)
{
    lua_State *L = sandbox_lua(s->sb);
    if (!lua_checkstack(L, 3)) {
        lua_pop(L, 1);
        bd_set_err(err, errlen, "%s: out of memory (Lua stack)", s->path);
        return -1;
    }
    lua_pushcfunction(L, fn);
    lua_insert(L, -2);
    lua_pushlightuserdata(L, s);
    lua_insert(L, -2);
    if (arg) {
        lua_pushlightuserdata(L, (void *)arg);
        lua_insert(L, -2);
    }
    return sandbox_call(s->sb, arg ? 3 : 2, 0, err, errlen);
}

/* A fresh sandbox with the prelude's driver in place; -1 with a problem
 * added when that fails. */
static int start_sandbox(scenario *s, const sandbox_limits *limits)
{
    char err[SB_MSG_LEN];
    s->sb = sandbox_new(limits);
    if (!s->sb) {
        scn_problem_add(s, 1, 0, "out of memory");
        return -1;
    }
    if (sandbox_run_chunk(s->sb, (const char *)bd_prelude_lua, bd_prelude_lua_len,
                          "=breachdrill prelude", 1, err, sizeof err) < 0 ||
        call_with_top(s, t_keep_driver, NULL, err, sizeof err) < 0) {
        /* The prelude's own position names no file of the trainer's. */
        scn_problem_add(s, 1, 0, "cannot start the scenario's sandbox: %s", err);
        return -1;
    }
    return 0;
}

/* (s, what the file returned) -> step ids and kinds into s, or a problem. */
static int t_set_scenario(lua_State *L)
{
    scenario *s = lua_touserdata(L, 1);
    scn_push_driver_fn(L, "set_scenario");
    lua_pushvalue(L, 2);
    lua_call(L, 1, 2);
    if (lua_isnil(L, -2)) {
        scn_problem_add(s, scn_line(s, "steps"), 0, "%s", lua_tostring(L, -1));
        return 0;
    }
    size_t n = (size_t)lua_rawlen(L, -2);
    s->step_ids = calloc(n, sizeof *s->step_ids);
    s->tags = calloc(n, sizeof *s->tags);
    s->outcomes = calloc(n, sizeof *s->outcomes);
    s->step_kinds = calloc(n, sizeof *s->step_kinds);
    if (!s->step_ids || !s->tags || !s->outcomes || !s->step_kinds)
        return luaL_error(L, "out of memory");
    for (size_t i = 0; i < n; i++) {
        lua_rawgeti(L, -2, (lua_Integer)i + 1);
        s->step_ids[i] = scn_dup_string(L, -1);
        s->n_steps = i + 1;
        lua_pop(L, 1);
    }
    /* Each step's line, for the driver's messages, which name the file by
     * its alias like Lua's own (the path comes back when they leave). */
    char alias[SB_ALIAS_LEN];
    scn_push_driver_fn(L, "set_lines");
    lua_pushstring(L, sandbox_file_name(s->sb, s->path, alias));
    lua_createtable(L, 0, (int)n);
    for (size_t i = 0; i < n; i++) {
        lua_pushinteger(L, scn_step_line(s, (int)i));
        lua_setfield(L, -2, s->step_ids[i]);
    }
    lua_call(L, 2, 0);
    size_t k = (size_t)lua_rawlen(L, -1);
    s->kinds = calloc(k ? k : 1, sizeof *s->kinds);
    if (!s->kinds)
        return luaL_error(L, "out of memory");
    for (size_t i = 0; i < k; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        s->kinds[i] = scn_dup_string(L, -1);
        s->n_kinds = i + 1;
        lua_pop(L, 1);
    }
    return 0;
}

/* t[name] without running metamethods (the plugin's code runs under the
 * driver, not here). */
static int rawget_field(lua_State *L, int t, const char *name)
{
    lua_pushstring(L, name);
    return lua_rawget(L, t);
}

/* (s, kind as a C string in a light userdata, plugin table), with
 * s->arg_name the plugin's file. */
static int t_add_plugin(lua_State *L)
{
    scenario *s = lua_touserdata(L, 1);
    scn_push_driver_fn(L, "add_plugin");
    lua_pushstring(L, lua_touserdata(L, 2));
    lua_pushvalue(L, 3);
    char alias[SB_ALIAS_LEN];
    lua_pushstring(L, sandbox_file_name(s->sb, s->arg_name, alias));
    lua_newtable(L);
    static const char *const fns[] = {"view", "answer", "answers"};
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        if (!lua_istable(L, 3) || rawget_field(L, 3, fns[i]) != LUA_TFUNCTION) {
            lua_pop(L, 1);
            continue;
        }
        lua_Debug ar;
        lua_getinfo(L, ">S", &ar); /* pops the function */
        lua_pushinteger(L, ar.linedefined > 0 ? ar.linedefined : 1);
        lua_setfield(L, -2, fns[i]);
    }
    lua_call(L, 4, 1);
    if (lua_isstring(L, -1)) {
        char buf[SB_MSG_LEN];
        snprintf(buf, sizeof buf, "%s:1: %s", s->arg_name, lua_tostring(L, -1));
        scn_problem_add(s, 0, 0, "%s", buf);
    }
    return 0;
}

/* Finds <kind>.lua: in plugins/ beside the scenario, then in plugins/ beside
 * the folder it is in, then in opts' folders. */
static int find_plugin(const scenario *s, const scenario_opts *opts, const char *kind, char *out,
                       size_t outlen)
{
    for (size_t i = 0; i <= (opts ? opts->n_plugin_dirs : 0) + 1; i++) {
        if (i == 0)
            snprintf(out, outlen, "%s/plugins/%s.lua", s->dir, kind);
        else if (i == 1) /* scenarios/ and plugins/ side by side */
            snprintf(out, outlen, "%s/../plugins/%s.lua", s->dir, kind);
        else
            snprintf(out, outlen, "%s/%s.lua", opts->plugin_dirs[i - 2], kind);
        if (file_exists(out))
            return 0;
    }
    return -1;
}

static int kind_name_ok(const char *k)
{
    if (!k[0] || strlen(k) > 64)
        return 0;
    for (; *k; k++)
        if (!((*k >= 'a' && *k <= 'z') || (*k >= '0' && *k <= '9') || *k == '_' || *k == '-'))
            return 0;
    return 1;
}

/* Runs a plugin file and registers what it returns as kind; problems are
 * added to s. kind must outlive the call (it goes in as a light userdata:
 * pushing a string allocates, which belongs inside the protected call). */
static void load_plugin_file(scenario *s, const char *kind, const char *path)
{
    char err[SB_MSG_LEN];
    size_t len;
    char *code = file_read_all(path, &len, err, sizeof err);
    if (!code) {
        scn_problem_add(s, 0, 0, "%s", err);
        return;
    }
    char chunk[4200];
    snprintf(chunk, sizeof chunk, "@%s", path);
    int rc = sandbox_run_chunk(s->sb, code, len, chunk, 1, err, sizeof err);
    free(code);
    if (rc < 0) {
        scn_problem_add(s, 0, 0, "%s", err);
        return;
    }
    s->arg_name = path;
    if (call_with_top(s, t_add_plugin, kind, err, sizeof err) < 0)
        scn_problem_add(s, 0, 0, "%s", err);
    s->arg_name = NULL;
}

static void load_plugins(scenario *s, const scenario_opts *opts)
{
    for (size_t i = 0; i < s->n_kinds; i++) {
        char path[4096];
        /* A kind names a file: keep it to a plain name, never a path. */
        if (!kind_name_ok(s->kinds[i]) || find_plugin(s, opts, s->kinds[i], path, sizeof path) < 0)
            continue; /* the check reports the unknown kind at its step */
        load_plugin_file(s, s->kinds[i], path);
    }
}

/* (s) -> the problems driver.check() finds, as "file:line: ...". */
static int t_check(lua_State *L)
{
    scenario *s = lua_touserdata(L, 1);
    scn_push_driver_fn(L, "check");
    lua_call(L, 0, 1);
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        lua_getfield(L, -1, "path");
        lua_getfield(L, -2, "msg");
        lua_getfield(L, -3, "warn");
        const char *path = lua_tostring(L, -3);
        scn_problem_add(s, scn_line(s, path ? path : ""), lua_toboolean(L, -1), "%s",
                        lua_tostring(L, -2));
        lua_pop(L, 4);
    }
    scn_push_driver_fn(L, "start");
    lua_call(L, 0, 1);
    s->start = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) - 1 : -1;
    return 0;
}

static void check_duplicates(scenario *s)
{
    const char *path;
    int line, first;
    for (size_t i = 0; s->map && source_map_duplicate(s->map, i, &path, &line, &first) == 0; i++) {
        if (strncmp(path, "steps.", 6) == 0 && !strchr(path + 6, '.'))
            scn_problem_add(s, line, 0, "step '%s' is defined twice (first at line %d); the second replaces the first",
                            path + 6, first);
        else
            scn_problem_add(s, line, 0, "'%s' is given twice (first at line %d); the second replaces the first",
                            path, first);
    }
}

scenario *scenario_load(const char *path, const scenario_opts *opts)
{
    scenario *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->start = -1;
    s->path = strdup(path);
    char *tmp = strdup(path);
    if (!s->path || !tmp) {
        free(tmp);
        scenario_free(s);
        return NULL;
    }
    s->dir = strdup(dirname(tmp));
    free(tmp);
    char err[SB_MSG_LEN];
    /* Why 8 MiB: the largest bundled scenario is a few dozen KiB; a file
     * this big is not a scenario, and reading it would cost the host
     * memory outside the sandbox's cap. Checked before reading. */
    struct stat st;
    if (stat(path, &st) == 0 && st.st_size > (off_t)SCN_FILE_MAX) {
        scn_problem_add(s, 1, 0, "the file is larger than %u MiB: is it really a scenario?",
                        SCN_FILE_MAX / (1024u * 1024u));
        return s;
    }
    s->code = file_read_all(path, &s->code_len, err, sizeof err);
    if (!s->code) {
        scn_problem_add(s, 0, 0, "%s", err);
        return s;
    }
    if (s->code_len > SCN_FILE_MAX) { /* it grew between stat and read */
        scn_problem_add(s, 1, 0, "the file is larger than %u MiB: is it really a scenario?",
                        SCN_FILE_MAX / (1024u * 1024u));
        return s;
    }
    record_hash(s->code, s->code_len, s->hash);
    s->map = source_map_build(s->code, s->code_len);
    if (!s->dir) {
        scn_problem_add(s, 1, 0, "out of memory");
        return s;
    }
    if (start_sandbox(s, opts ? opts->limits : NULL) < 0)
        return s;
    char chunk[4200];
    snprintf(chunk, sizeof chunk, "@%s", path);
    if (sandbox_run_chunk(s->sb, s->code, s->code_len, chunk, 1, err, sizeof err) < 0 ||
        call_with_top(s, t_set_scenario, NULL, err, sizeof err) < 0) {
        scn_problem_add(s, 0, 0, "%s", err);
        return s;
    }
    check_duplicates(s);
    if (s->n_steps == 0)
        return s;
    load_plugins(s, opts);
    if (scn_protected(s, t_check, err, sizeof err) < 0)
        scn_problem_add(s, 0, 0, "%s", err);
    if (s->n_errors)
        return s;
    if (scn_protected(s, scn_read_info, err, sizeof err) < 0) {
        scn_problem_add(s, 0, 0, "%s", err);
        return s;
    }
    s->model.ops = &scn_lua_ops;
    s->model.ctx = s;
    s->model.n_steps = s->n_steps;
    s->model.step_ids = (const char *const *)s->step_ids;
    s->model.start = s->start;
    if (!(opts && opts->no_explore))
        scn_explore_check(s, opts);
    return s;
}

int scenario_check_plugin(const char *path, char *err, size_t errlen)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t blen = strlen(base);
    char kind[80];
    if (blen < 5 || blen - 4 >= sizeof kind || strcmp(base + blen - 4, ".lua") != 0) {
        bd_set_err(err, errlen, "%s:1: a plugin file is named after its kind: plugins/KIND.lua", path);
        return -1;
    }
    memcpy(kind, base, blen - 4);
    kind[blen - 4] = 0;
    if (!kind_name_ok(kind)) {
        bd_set_err(err, errlen, "%s:1: a kind's name uses only a-z, 0-9, '_' and '-'", path);
        return -1;
    }
    /* A scratch scenario carries the sandbox and collects the problem. */
    scenario *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path)) || !(s->kinds = calloc(1, sizeof *s->kinds)) ||
        !(s->kinds[0] = strdup(kind)) || !(s->dir = strdup("."))) {
        scenario_free(s);
        bd_set_err(err, errlen, "out of memory");
        return -1;
    }
    s->n_kinds = 1;
    int rc = -1;
    if (start_sandbox(s, NULL) == 0)
        load_plugin_file(s, kind, path);
    if (s->n_probs)
        bd_set_err(err, errlen, "%s", s->probs[0].text);
    else
        rc = 0;
    scenario_free(s);
    return rc;
}
