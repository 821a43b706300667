/*
 * scn_summary — the id and title of scenario files, for the menu.
 *
 * A scenario is a program that returns a table, so reading its title means
 * running it; each file runs in a fresh sandbox that is thrown away at once,
 * so a broken or hostile file costs one error line in the menu and nothing
 * else. Fields are read with raw gets inside a protected call: no scenario
 * code (metamethods) runs outside the budget, no allocation outside a pcall.
 */
#include "script/script.h"

#include <lauxlib.h>
#include <lua.h>

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { SCN_OK, SCN_NOT_TABLE, SCN_BAD_ID, SCN_BAD_TITLE };

static char *scn_printf(const char *fmt, ...)
{
    char buf[SB_MSG_LEN];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return strdup(buf);
}

static int scn_ident_char(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Best effort, for error messages only: the line of the first "name =" that
 * is not after "--" on its line (or, with at_start, of the last line that
 * starts with the word name, column 0: the top-level return). 0: not found. */
static int scn_find_line(const char *code, size_t len, const char *name, int at_start)
{
    size_t nlen = strlen(name);
    int line = 1, found = 0;
    size_t line_start = 0;
    int in_comment = 0;
    for (size_t i = 0; i < len; i++) {
        char c = code[i];
        if (c == '\n') {
            line++;
            line_start = i + 1;
            in_comment = 0;
            continue;
        }
        if (c == '-' && i + 1 < len && code[i + 1] == '-')
            in_comment = 1;
        if (in_comment || i + nlen > len || memcmp(code + i, name, nlen) != 0)
            continue;
        if (i > 0 && (scn_ident_char(code[i - 1]) || code[i - 1] == '.'))
            continue;
        if (i + nlen < len && scn_ident_char(code[i + nlen]))
            continue;
        if (at_start) {
            if (i == line_start)
                found = line;
            continue;
        }
        size_t j = i + nlen;
        while (j < len && (code[j] == ' ' || code[j] == '\t'))
            j++;
        if (j < len && code[j] == '=' && (j + 1 >= len || code[j + 1] != '='))
            return line;
    }
    return found;
}

/* What scn_fields reads for: the language, and the summary that takes
 * the extras (owned by it the moment they are copied, so a Lua error
 * half-way leaks nothing). */
typedef struct {
    const char *lang;
    scn_summary *s;
} scn_want;

/* A copy of t[key] as text in lang (falling back to en), or NULL; raw
 * reads. */
static char *scn_raw_text(lua_State *L, int t, const char *key, const char *lang)
{
    lua_pushstring(L, key);
    int type = lua_rawget(L, t);
    if (type == LUA_TTABLE) {
        lua_pushstring(L, lang);
        if (lua_rawget(L, -2) != LUA_TSTRING) {
            lua_pop(L, 1);
            lua_pushliteral(L, "en");
            lua_rawget(L, -2);
        }
        lua_remove(L, -2);
    }
    char *out = lua_type(L, -1) == LUA_TSTRING ? strdup(lua_tostring(L, -1)) : NULL;
    lua_pop(L, 1);
    return out;
}

/* 1 when the table at 1 has a `modes` list without "training" (raw reads:
 * no metamethod of the scenario's runs for the menu). */
static int scn_kiosk_only(lua_State *L)
{
    lua_pushliteral(L, "modes");
    if (lua_rawget(L, 1) != LUA_TTABLE) {
        lua_pop(L, 1);
        return 0;
    }
    int training = 0;
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= n && i <= 16; i++) {
        if (lua_rawgeti(L, -1, i) == LUA_TSTRING && strcmp(lua_tostring(L, -1), "training") == 0)
            training = 1;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return !training;
}

/* The menu's extras: organisation, when, minutes (the list shows them),
 * and whether it is for the kiosk only (not listed). */
static void scn_extras(lua_State *L, const scn_want *w)
{
    scn_summary *s = w->s;
    s->kiosk_only = scn_kiosk_only(L);
    lua_pushliteral(L, "minutes");
    if (lua_rawget(L, 1) == LUA_TNUMBER) s->minutes = lua_tonumber(L, -1);
    lua_pop(L, 1);
    lua_pushliteral(L, "incident");
    if (lua_rawget(L, 1) == LUA_TTABLE) {
        int ic = lua_gettop(L);
        if (!s->org) s->org = scn_raw_text(L, ic, "org", w->lang);
        if (!s->when) s->when = scn_raw_text(L, ic, "when", w->lang);
    }
    lua_pop(L, 1);
}


/* Runs protected with (what the file returned, language as a C string in
 * a light userdata: pushing a string allocates, which belongs in here). Returns
 * (status, id, title, type of the bad value) without raising for content
 * problems; the extras go straight into the summary, so the caller can word the message and add the line. */
static int scn_fields(lua_State *L)
{
    lua_settop(L, 2);
    const scn_want *want = lua_touserdata(L, 2);
    lua_pushstring(L, want->lang);
    lua_replace(L, 2);
    if (!lua_istable(L, 1)) {
        lua_pushinteger(L, SCN_NOT_TABLE);
        lua_pushnil(L);
        lua_pushnil(L);
        lua_pushinteger(L, lua_type(L, 1));
        return 4;
    }
    lua_pushliteral(L, "id");
    int t = lua_rawget(L, 1); /* 3 */
    if (t != LUA_TSTRING) {
        lua_pushinteger(L, SCN_BAD_ID);
        lua_pushnil(L);
        lua_pushnil(L);
        lua_pushinteger(L, t);
        return 4;
    }
    lua_pushliteral(L, "title");
    t = lua_rawget(L, 1); /* 4 */
    if (t == LUA_TTABLE) {
        lua_pushvalue(L, 2);
        if (lua_rawget(L, 4) != LUA_TSTRING) {
            lua_pop(L, 1);
            lua_pushliteral(L, "en");
            t = lua_rawget(L, 4);
        } else {
            t = LUA_TSTRING;
        }
        lua_replace(L, 4);
    }
    if (t != LUA_TSTRING) {
        lua_pushinteger(L, SCN_BAD_TITLE);
        lua_pushnil(L);
        lua_pushnil(L);
        lua_pushinteger(L, t);
        return 4;
    }
    scn_extras(L, want);
    lua_pushinteger(L, SCN_OK);
    lua_pushvalue(L, 3);
    lua_pushvalue(L, 4);
    lua_pushinteger(L, LUA_TSTRING);
    return 4;
}

/* "path:line: message", or "path: message" when the line is unknown. */
static char *scn_error_at(const char *path, int line, const char *msg)
{
    if (line > 0)
        return scn_printf("%s:%d: %s", path, line, msg);
    return scn_printf("%s: %s", path, msg);
}

/* Reads id and title from the table on top of sb's stack (popped). */
static void scn_take_fields(scn_summary *s, sandbox *sb, const char *code, size_t len, const char *lang)
{
    lua_State *L = sandbox_lua(sb);
    char err[SB_MSG_LEN];
    if (!lua_checkstack(L, 4)) {
        lua_pop(L, 1);
        s->error = scn_error_at(s->path, 0, "out of memory");
        return;
    }
    lua_pushcfunction(L, scn_fields);
    lua_insert(L, -2);
    scn_want want = { (lang && lang[0]) ? lang : "en", s };
    lua_pushlightuserdata(L, &want);
    if (sandbox_call(sb, 2, 4, err, sizeof err) != 0) {
        s->error = strdup(err);
        return;
    }
    int status = (int)lua_tointeger(L, -4);
    const char *type = lua_typename(L, (int)lua_tointeger(L, -1));
    /* Lines are looked for only for a message: scanning the source costs
     * as much as running it, and a good file, the common case, needs none. */
    int ret_line = status == SCN_OK ? 0 : scn_find_line(code, len, "return", 1);
    char msg[128];
    if (status == SCN_NOT_TABLE) {
        snprintf(msg, sizeof msg, "a scenario file must return a table, not %s", type);
        s->error = scn_error_at(s->path, ret_line, msg);
    } else if (status == SCN_BAD_ID) {
        int line = scn_find_line(code, len, "id", 0);
        snprintf(msg, sizeof msg, "id must be a string (it is %s)", type);
        s->error = scn_error_at(s->path, line ? line : ret_line, msg);
    } else if (status == SCN_BAD_TITLE) {
        int line = scn_find_line(code, len, "title", 0);
        s->error = scn_error_at(s->path, line ? line : ret_line,
                                "title must be a string or a table of languages");
    } else {
        s->id = strdup(lua_tostring(L, -3));
        s->title = strdup(lua_tostring(L, -2));
        if (!s->id || !s->title) {
            free(s->id);
            free(s->title);
            s->id = s->title = NULL;
            s->error = scn_error_at(s->path, 0, "out of memory");
        }
    }
    lua_pop(L, 4);
}

scn_summary scn_summary_read(const char *path, const char *lang)
{
    scn_summary s = {0};
    char err[SB_MSG_LEN];
    s.path = strdup(path);
    size_t len = 0;
    char *code = file_read_all(path, &len, err, sizeof err);
    if (!code) {
        s.error = strdup(err);
        return s;
    }
    sandbox *sb = sandbox_new(NULL);
    char *chunkname = malloc(strlen(path) + 2);
    if (!sb || !chunkname || !s.path) {
        s.error = scn_error_at(path, 0, "out of memory");
    } else {
        chunkname[0] = '@'; /* so Lua's messages read "path:line:" */
        strcpy(chunkname + 1, path);
        if (sandbox_run_chunk(sb, code, len, chunkname, 1, err, sizeof err) != 0)
            s.error = strdup(err);
        else
            scn_take_fields(&s, sb, code, len, lang);
    }
    free(chunkname);
    sandbox_free(sb);
    free(code);
    return s;
}

void scn_summary_free(scn_summary *s)
{
    if (!s)
        return;
    free(s->path);
    free(s->id);
    free(s->title);
    free(s->org);
    free(s->when);
    free(s->error);
    s->path = s->id = s->title = s->error = s->org = s->when = NULL;
}

void scn_summary_free_all(scn_summary *list, size_t count)
{
    if (!list)
        return;
    for (size_t i = 0; i < count; i++)
        scn_summary_free(&list[i]);
    free(list);
}

static int scn_name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* name ends in ".lua" and is not a dot file (editor leftovers). */
static int scn_is_candidate(const char *name)
{
    size_t n = strlen(name);
    return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".lua") == 0;
}

size_t scn_list_files(const char *dir, char ***out)
{
    *out = NULL;
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char **paths = NULL;
    size_t count = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!scn_is_candidate(e->d_name))
            continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(n);
        if (!p)
            break;
        snprintf(p, n, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(p, &st) != 0 || !S_ISREG(st.st_mode)) {
            free(p);
            continue;
        }
        if (count == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            char **np = realloc(paths, ncap * sizeof *np);
            if (!np) {
                free(p);
                break;
            }
            paths = np;
            cap = ncap;
        }
        paths[count++] = p;
    }
    closedir(d);
    if (count > 1)
        qsort(paths, count, sizeof *paths, scn_name_cmp); /* same folder: path order is name order */
    *out = paths;
    return count;
}

size_t scn_summary_scan(const char *dir, const char *lang, scn_summary **out)
{
    *out = NULL;
    char **paths;
    size_t count = scn_list_files(dir, &paths);
    scn_summary *list = count ? calloc(count, sizeof *list) : NULL;
    if (list) {
        for (size_t i = 0; i < count; i++)
            list[i] = scn_summary_read(paths[i], lang);
    }
    for (size_t i = 0; i < count; i++)
        free(paths[i]);
    free(paths);
    if (!list)
        return 0;
    *out = list;
    return count;
}
