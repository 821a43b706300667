/*
 * sandbox_order — next and pairs in a fixed order, for the sandbox's allow
 * list (sandbox_lib.c).
 *
 * Lua seeds its string hash at random for every state (the clock and
 * addresses), so the raw order of next changes from one load to the next,
 * and a scenario that builds its choices with pairs would show them in a
 * different order in each session, breaking replay by seed and the
 * explorer. This next walks a table in an order that depends only on its
 * keys: numbers ascending, then strings bytewise, then false and true;
 * keys of other types (tables, functions: ordered by address at best)
 * come last in raw order. A traversal sorts the keys once, at next(t, nil),
 * and keeps them in a weak table until it ends: O(n log n) per traversal,
 * charged to the budget, where raw next is O(n).
 */
#include "script/script.h"

#include <lauxlib.h>
#include <lua.h>

#include <stdlib.h>
#include <string.h>


#define SB_ORDER_KEY "breachdrill.order"

typedef struct {
    int rank;            /* 0 number, 1 string, 2 boolean, 3 anything else */
    lua_Number num;
    const char *str;
    size_t len;
    lua_Integer idx;     /* place in the raw traversal */
} sb_key;

static int sb_key_cmp(const void *pa, const void *pb)
{
    const sb_key *a = pa, *b = pb;
    if (a->rank != b->rank)
        return a->rank < b->rank ? -1 : 1;
    if (a->rank == 0 || a->rank == 2) {
        if (a->num != b->num)
            return a->num < b->num ? -1 : 1;
    } else if (a->rank == 1) {
        size_t n = a->len < b->len ? a->len : b->len;
        int c = memcmp(a->str, b->str, n);
        if (c || a->len != b->len)
            return c ? c : (a->len < b->len ? -1 : 1);
    }
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* Pushes the order entry { keys, places } for the table at index 1 and
 * stores it in the cache at index cache. */
static void sb_order_build(lua_State *L, int cache)
{
    lua_newtable(L); /* raw keys */
    int raw = lua_gettop(L);
    lua_Integer n = 0;
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_rawseti(L, raw, ++n);
    }
    sandbox_charge(L, (long)n * 8 + 1);
    sb_key *keys = lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof *keys, 0);
    for (lua_Integer i = 1; i <= n; i++) {
        sb_key *k = &keys[i - 1];
        memset(k, 0, sizeof *k);
        k->idx = i;
        int t = lua_rawgeti(L, raw, i);
        if (t == LUA_TNUMBER) {
            k->num = lua_tonumber(L, -1);
        } else if (t == LUA_TSTRING) {
            k->rank = 1;
            k->str = lua_tolstring(L, -1, &k->len); /* kept alive by raw */
        } else if (t == LUA_TBOOLEAN) {
            k->rank = 2;
            k->num = lua_toboolean(L, -1);
        } else {
            k->rank = 3;
        }
        lua_pop(L, 1);
    }
    qsort(keys, (size_t)n, sizeof *keys, sb_key_cmp);
    lua_createtable(L, 2, 0);          /* the entry */
    lua_createtable(L, (int)n, 0);     /* keys in order */
    lua_createtable(L, 0, (int)n);     /* key -> place */
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, raw, keys[i - 1].idx);
        lua_pushvalue(L, -1);
        lua_rawseti(L, -4, i);
        lua_pushinteger(L, i);
        lua_rawset(L, -3);
    }
    lua_rawseti(L, -3, 2);
    lua_rawseti(L, -2, 1);
    lua_pushvalue(L, 1);
    lua_pushvalue(L, -2);
    lua_rawset(L, cache);
    lua_replace(L, raw);
    lua_settop(L, raw);
}

int sandbox_next(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    if (lua_getfield(L, LUA_REGISTRYINDEX, SB_ORDER_KEY) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
        lua_createtable(L, 0, 1);
        lua_pushliteral(L, "k");
        lua_setfield(L, -2, "__mode");
        lua_setmetatable(L, -2);
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, SB_ORDER_KEY);
    }
    int cache = lua_gettop(L);
    lua_Integer from = 0;
    lua_pushvalue(L, 1);
    if (lua_isnil(L, 2) || lua_rawget(L, cache) != LUA_TTABLE) {
        if (!lua_isnil(L, 2))
            lua_pop(L, 1);
        sb_order_build(L, cache);
    }
    int entry = lua_gettop(L);
    lua_rawgeti(L, entry, 1);
    int order = lua_gettop(L);
    if (!lua_isnil(L, 2)) {
        lua_rawgeti(L, entry, 2);
        lua_pushvalue(L, 2);
        if (lua_rawget(L, -2) != LUA_TNUMBER)
            return luaL_error(L, "invalid key to 'next' (a key added while the table was walked?)");
        from = lua_tointeger(L, -1);
        lua_pop(L, 2);
    }
    lua_Integer n = (lua_Integer)lua_rawlen(L, order);
    for (lua_Integer i = from + 1; i <= n; i++) {
        lua_rawgeti(L, order, i);
        lua_pushvalue(L, -1);
        if (lua_rawget(L, 1) != LUA_TNIL)
            return 2;
        lua_pop(L, 2);
    }
    /* The walk is over: forget its order. */
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    lua_rawset(L, cache);
    lua_pushnil(L);
    return 1;
}

int sandbox_pairs(lua_State *L)
{
    luaL_checkany(L, 1);
    if (luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {
        lua_pushvalue(L, 1);
        lua_call(L, 1, 3);
        return 3;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_pushcfunction(L, sandbox_next);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}
