/*
 * sandbox_names — the files a sandbox ran, under short aliases.
 *
 * Why aliases: Lua shortens a chunk name longer than LUA_IDSIZE (60 bytes)
 * to "..." and its tail wherever it writes a position (runtime and syntax
 * errors, luaL_where, the debug info's short_src), so a scenario in a deep
 * folder would be named by a fragment. Lua is not patched; instead a file
 * is loaded under the chunk name "=" SB_ALIAS_MARK "N" (N its place in the
 * list), which Lua never shortens, and the path is put back once, where a
 * message leaves the sandbox (sb_report in sandbox.c).
 *
 * Why this is robust where expanding "...tail" back would not be: a tail
 * can match several files loaded in one sandbox and can equally be the
 * message's own text, while an alias is exact and the expansion only reads
 * the positions at the very start of a message ("A:12: A:3: text" when an
 * error is raised again), never the text after them. A script that writes
 * an alias there itself gains nothing: it may already start a message with
 * any "path:line:", and it can only name a file the sandbox loaded. The
 * mark is a control byte that no path given to load() can start a
 * position with (sb_load replaces it through sb_names_guard).
 */
#include "script/script.h"

#include <lauxlib.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sb_names_find(const sb_names *nm, const char *path)
{
    for (size_t i = 0; i < nm->n; i++)
        if (strcmp(nm->paths[i], path) == 0)
            return (int)i;
    return -1;
}

int sb_names_add(sb_names *nm, const char *path)
{
    int found = sb_names_find(nm, path);
    if (found >= 0)
        return found;
    if (nm->n >= SB_NAMES_MAX)
        return -1;
    char **p = realloc(nm->paths, (nm->n + 1) * sizeof *p);
    if (!p)
        return -1;
    nm->paths = p;
    if (!(p[nm->n] = strdup(path)))
        return -1;
    return (int)nm->n++;
}

void sb_names_alias(int i, char out[SB_ALIAS_LEN])
{
    snprintf(out, SB_ALIAS_LEN, "%c%d", SB_ALIAS_MARK, i);
}

/* The file of the alias at p ("MARK N:"), its length in *alen; NULL if p
 * does not start with an alias of this list followed by ':'. */
static const char *alias_at(const sb_names *nm, const char *p, size_t *alen)
{
    if (p[0] != SB_ALIAS_MARK || p[1] < '0' || p[1] > '9')
        return NULL;
    size_t i = 0, k = 1;
    for (; p[k] >= '0' && p[k] <= '9' && k < 8; k++)
        i = i * 10 + (size_t)(p[k] - '0');
    if (p[k] != ':' || i >= nm->n)
        return NULL;
    *alen = k;
    return nm->paths[i];
}

/* Length of a position "A:" or "A:123:" (and one space after it) at p, the
 * path it names in *path; 0 if there is none. */
static size_t position_at(const sb_names *nm, const char *p, const char **path, size_t *alen)
{
    *path = alias_at(nm, p, alen);
    if (!*path)
        return 0;
    size_t k = *alen + 1; /* past ':' */
    size_t d = k;
    while (p[d] >= '0' && p[d] <= '9')
        d++;
    if (d > k && p[d] == ':')
        k = d + 1;
    if (p[k] == ' ')
        k++;
    return k;
}

char *sb_names_expand(const sb_names *nm, const char *msg)
{
    /* Two passes: measure, then write. */
    size_t need = 0;
    const char *p = msg;
    const char *path;
    size_t alen, n;
    while ((n = position_at(nm, p, &path, &alen)) > 0) {
        need += strlen(path) + n - alen;
        p += n;
    }
    need += strlen(p) + 1;
    char *out = malloc(need);
    if (!out)
        return NULL;
    char *o = out;
    p = msg;
    while ((n = position_at(nm, p, &path, &alen)) > 0) {
        size_t pl = strlen(path);
        memcpy(o, path, pl);
        memcpy(o + pl, p + alen, n - alen);
        o += pl + n - alen;
        p += n;
    }
    memcpy(o, p, strlen(p) + 1);
    return out;
}

void sb_names_guard(lua_State *L, int idx)
{
    size_t n;
    const char *name = lua_tolstring(L, idx, &n);
    if (!name || n < 2 || (name[0] != '=' && name[0] != '@') || name[1] != SB_ALIAS_MARK)
        return;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addchar(&b, name[0]);
    luaL_addchar(&b, '?');
    luaL_addlstring(&b, name + 2, n - 2);
    luaL_pushresult(&b);
    lua_replace(L, idx);
}

void sb_names_free(sb_names *nm)
{
    for (size_t i = 0; i < nm->n; i++)
        free(nm->paths[i]);
    free(nm->paths);
    nm->paths = NULL;
    nm->n = 0;
}
