/*
 * sandbox_lib — the restricted libraries of the sandbox: the allow list
 * (every global a scenario gets, as data in one table) and the wrappers it
 * installs, of which the restricted string library is the largest part.
 *
 * Lua's pattern matcher can backtrack for exponential time inside one C call
 * the instruction budget never sees, so scenarios get no patterns at all:
 * find is plain text only (a linear memmem), and match/gmatch/gsub are simply
 * not in the allow list. rep is capped so one call cannot ask for a
 * gigabyte. Library functions that loop over their input in C charge that
 * work to the call's instruction budget (sandbox_charge), since the count
 * hook only sees VM instructions.
 */
#define _GNU_SOURCE /* memmem */
#include "script/script.h"

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* What C work costs in VM instructions (a few ns each), so that a loop of
 * such calls runs out of budget about as fast as a plain loop: memmem scans
 * several bytes a ns (8 bytes per instruction); decoding byte by byte
 * (UTF-8, pack formats, numbers, Lua source) about one byte a ns (2). */
#define SB_SCAN_BYTES_PER_INSN 8
#define SB_DECODE_BYTES_PER_INSN 2

/* ---- string and utf8 ------------------------------------------------------ */

/* Calls upvalue 1 (the library's own function) with this call's arguments. */
static int sb_delegate(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* Whether a find argument has pattern characters (as lstrlib.c). */
static int sb_is_pattern(const char *p, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (p[i] != '\0' && strchr("^$*+?.([%-", p[i]))
            return 1;
    return 0;
}

/* Start position as string.find reads it (1-based, negative from the end). */
static size_t sb_start(lua_Integer pos, size_t len)
{
    if (pos > 0)
        return (size_t)pos;
    lua_Unsigned back = (lua_Unsigned)0 - (lua_Unsigned)pos; /* -pos, without overflow */
    if (pos == 0 || back > len)
        return 1;
    return len - (size_t)back + 1;
}

/* End position as string.byte reads it. */
static size_t sb_end(lua_Integer pos, size_t len)
{
    if (pos > (lua_Integer)len)
        return len;
    if (pos >= 0)
        return (size_t)pos;
    lua_Unsigned back = (lua_Unsigned)0 - (lua_Unsigned)pos;
    if (back > len)
        return 0;
    return len - (size_t)back + 1;
}

/* string.find(s, text [, init [, plain]]): plain search only. A text with
 * pattern characters needs plain = true, so that a script written for full
 * Lua fails loudly here instead of silently matching something else. */
static int sb_str_find(lua_State *L)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t init = sb_start(luaL_optinteger(L, 3, 1), ls) - 1;
    if (!lua_toboolean(L, 4) && sb_is_pattern(p, lp))
        return luaL_error(L, "string.find: patterns are not available to scenarios; "
                             "search plain text with string.find(s, text, 1, true)");
    if (init > ls) {
        lua_pushnil(L);
        return 1;
    }
    sandbox_charge(L, (long)((ls - init) / SB_SCAN_BYTES_PER_INSN));
    const char *hit = lp == 0 ? s + init : memmem(s + init, ls - init, p, lp);
    if (!hit) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushinteger(L, (lua_Integer)(hit - s) + 1);
    lua_pushinteger(L, (lua_Integer)(hit - s + lp));
    return 2;
}

/* string.rep(s, n [, sep]), refused when the result would pass
 * SANDBOX_REP_CAP: a repeat is the one-liner way to a huge string, and
 * refusing it up front gives a clearer message than the memory cap would. */
static int sb_str_rep(lua_State *L)
{
    size_t l, lsep;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    size_t unit = l + lsep;
    /* Lua 5.4's own rep loops n times even when s and sep are empty:
     * ("").rep(2^40) would spin in C for hours. */
    if (n <= 0 || unit == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    /* result = n * l + (n - 1) * lsep = n * unit - lsep */
    if ((lua_Unsigned)n > (SANDBOX_REP_CAP + lsep) / unit) {
        if ((lua_Unsigned)n <= (lua_Unsigned)LUA_MAXINTEGER / unit)
            return luaL_error(L, "string.rep: a result of %I bytes is over the scenario limit of %d bytes (1 MiB)",
                              (lua_Integer)((lua_Unsigned)n * unit - lsep), (int)SANDBOX_REP_CAP);
        return luaL_error(L, "string.rep: the result is over the scenario limit of %d bytes (1 MiB)",
                          (int)SANDBOX_REP_CAP);
    }
    /* Lua copies s once per repetition with memcpy: ~2 ns a call, about
     * half an instruction, so ("x"):rep(2^20) costs as much as 512K of them
     * (on top of the allocation the allocator charges). */
    sandbox_charge(L, (long)(n / 2));
    return sb_delegate(L);
}

/* string.byte(s, i, j): one value pushed per byte of the range. */
static int sb_str_byte(lua_State *L)
{
    size_t l;
    luaL_checklstring(L, 1, &l);
    lua_Integer pi = luaL_optinteger(L, 2, 1);
    size_t i = sb_start(pi, l);
    size_t j = sb_end(luaL_optinteger(L, 3, pi), l);
    if (j >= i)
        sandbox_charge(L, (long)(j - i + 1));
    return sb_delegate(L);
}

/* Functions that walk their string arguments byte by byte in C, some
 * without allocating: utf8.len/offset/codepoint, string.pack/packsize/
 * unpack (the format; "z" scans the data), string.format ("%.1s" measures
 * its argument), lower/upper/reverse, tonumber, and the string metatable's
 * arithmetic ("1" + 1 converts in C). Charged for every string argument. */
static int sb_decode(lua_State *L)
{
    size_t total = 0;
    for (int i = 1; i <= lua_gettop(L); i++)
        if (lua_type(L, i) == LUA_TSTRING)
            total += lua_rawlen(L, i);
    sandbox_charge(L, (long)(total / SB_DECODE_BYTES_PER_INSN));
    return sb_delegate(L);
}

/* The iterator of utf8.codes, charged for the bytes it moves over: called
 * by hand on a run of continuation bytes it skips the whole run per call. */
static int sb_codes_step(lua_State *L)
{
    size_t len;
    luaL_checklstring(L, 1, &len);
    lua_Integer from = lua_tointeger(L, 2);
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, LUA_MULTRET);
    int n = lua_gettop(L);
    lua_Integer to = n > 0 ? lua_tointeger(L, 1) : (lua_Integer)len;
    if (from >= 0 && to > from)
        sandbox_charge(L, (long)((to - from) / SB_DECODE_BYTES_PER_INSN));
    return n;
}

/* utf8.codes: the library's, with its iterator wrapped. */
static int sb_utf8_codes(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 3);
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, sb_codes_step, 1);
    lua_replace(L, 1);
    return 3;
}

/* ---- Base, math and table ----------------------------------------------- */

/* A load reader, charged for the source it hands the parser: a reader can
 * return a mebibyte of comment per call for ever, which the parser skips
 * without allocating and the count hook never sees. */
static int sb_load_reader(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_call(L, 0, 1);
    if (lua_type(L, -1) == LUA_TSTRING)
        sandbox_charge(L, (long)(lua_rawlen(L, -1) / SB_DECODE_BYTES_PER_INSN));
    return 1;
}

/* load: text only, whatever mode the script asks for. An env argument is
 * kept: it can only hold what the script can already reach. A chunk name
 * that Lua would write as a file's alias ("=" or "@", then the mark) gets
 * '?' for the mark, so a loaded chunk's positions are never taken for the
 * file's (sandbox_names.c). */
static int sb_load(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TSTRING) {
        sandbox_charge(L, (long)(lua_rawlen(L, 2) / SB_DECODE_BYTES_PER_INSN));
        sb_names_guard(L, 2);
    }
    if (lua_type(L, 1) == LUA_TSTRING) {
        sandbox_charge(L, (long)(lua_rawlen(L, 1) / SB_DECODE_BYTES_PER_INSN));
    } else if (lua_type(L, 1) == LUA_TFUNCTION) {
        lua_pushvalue(L, 1);
        lua_pushcclosure(L, sb_load_reader, 1);
        lua_replace(L, 1);
    }
    if (lua_gettop(L) < 3)
        lua_settop(L, 3); /* env stays "none", so the chunk gets the globals */
    lua_pushliteral(L, "t");
    lua_replace(L, 3);
    return sb_delegate(L);
}

/* collectgarbage: only "count"; the others would let a script stop the
 * collector (growing up to the cap) or spend time outside the budget. */
static int sb_collectgarbage(lua_State *L)
{
    const char *opt = luaL_optstring(L, 1, "collect");
    if (strcmp(opt, "count") != 0)
        return luaL_error(L, "collectgarbage(\"%s\") is not available to scenarios (only \"count\")", opt);
    lua_settop(L, 1);
    return sb_delegate(L);
}

/* Why charge protected calls: an error caught by pcall (setjmp, the message,
 * longjmp) costs 100-300 ns but only a few instructions, so a loop of
 * caught errors would run 20-50 times longer than a plain loop on the same
 * budget. A catch happens only in pcall or xpcall, so they pay for it. */
#define SB_PCALL_COST 100

static int sb_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    sandbox_charge(L, SB_PCALL_COST);
    return sb_delegate(L);
}

/* The message handler of an xpcall whose function hit the budget: the
 * error comes from inside the count hook, where Lua runs the handler with
 * hooks off, so a looping handler would never be stopped. Once the budget
 * is spent the script's handler is skipped and the error passes as is. */
static int sb_xpcall_guard(lua_State *L)
{
    if (sandbox_budget_spent(L))
        return 1;
    sandbox_charge(L, SB_PCALL_COST); /* a handler that errors is called again, ~200 deep */
    return sb_delegate(L);
}

static int sb_xpcall(lua_State *L)
{
    luaL_checktype(L, 2, LUA_TFUNCTION);
    sandbox_charge(L, SB_PCALL_COST);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, sb_xpcall_guard, 1);
    lua_replace(L, 2);
    return sb_delegate(L);
}

/* setmetatable without __gc: Lua runs finalizers with hooks off, so a
 * looping __gc would escape the budget (and would run inside some later,
 * unrelated call, or in lua_close). Lua only marks an object for
 * finalization if __gc is present when setmetatable is called, so refusing
 * it here is enough. */
static int sb_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "__gc metamethods are not available to scenarios");
        lua_pop(L, 1);
    }
    return sb_delegate(L);
}

/* print: kept (the contract lists the base functions) but writes nowhere;
 * a scenario has no business writing to the game's stdout. */
static int sb_print(lua_State *L)
{
    (void)L;
    return 0;
}

/* ---- math.random ----------------------------------------------------------
 * The engine's own generator replaces Lua's: a scenario's random stream is
 * part of its state (the explorer saves and restores it, a session replays
 * it from its seed), so it must be two integers the host can read and set.
 * Output n of a stream is SplitMix64 of seed + n: counter-based, so the
 * state is just (seed, draws). The calling conventions are Lua 5.4's. */

/* An integer in [lo, hi], drawing until a masked draw falls in range (as
 * Lua's "project" does), so every value is equally likely. */
static lua_Integer sb_random_range(lua_State *L, lua_Integer lo, lua_Integer hi)
{
    lua_Unsigned lim = (lua_Unsigned)hi - (lua_Unsigned)lo;
    lua_Unsigned mask = lim;
    for (int s = 1; s < 64; s *= 2)
        mask |= mask >> s;
    lua_Unsigned r;
    do
        r = (lua_Unsigned)sandbox_random_next(L) & mask;
    while (r > lim);
    return (lua_Integer)((lua_Unsigned)lo + r);
}

static int sb_random(lua_State *L)
{
    lua_Integer lo, hi;
    switch (lua_gettop(L)) {
    case 0:
        /* 53 random bits: a float in [0, 1) */
        lua_pushnumber(L, (lua_Number)(sandbox_random_next(L) >> 11) * 0x1.0p-53);
        return 1;
    case 1:
        lo = 1;
        hi = luaL_checkinteger(L, 1);
        if (hi == 0) {
            lua_pushinteger(L, (lua_Integer)sandbox_random_next(L));
            return 1;
        }
        break;
    case 2:
        lo = luaL_checkinteger(L, 1);
        hi = luaL_checkinteger(L, 2);
        break;
    default:
        return luaL_error(L, "wrong number of arguments");
    }
    luaL_argcheck(L, lo <= hi, lua_gettop(L), "interval is empty");
    lua_pushinteger(L, sb_random_range(L, lo, hi));
    return 1;
}

/* math.randomseed() with no seed reads the clock; scenarios have none. */
static int sb_randomseed(lua_State *L)
{
    if (lua_isnone(L, 1))
        return luaL_error(L, "math.randomseed needs a seed in a scenario (there is no clock)");
    lua_Integer a = luaL_checkinteger(L, 1);
    lua_Integer b = luaL_optinteger(L, 2, 0);
    sandbox_random_set(sandbox_of_lua(L), (uint64_t)a ^ ((uint64_t)b * 0x9E3779B97F4A7C15u), 0);
    return 0;
}

/* Elements from i to j, saturating (the charge only needs to be big). */
static long sb_span(lua_Integer i, lua_Integer j)
{
    if (j < i)
        return 0;
    lua_Unsigned n = (lua_Unsigned)j - (lua_Unsigned)i + 1u;
    return (n == 0 || n > (lua_Unsigned)LONG_MAX) ? LONG_MAX : (long)n;
}

/* The table library loops in C over #t, asking __len itself; a __len that
 * answered small to us and huge to it would dodge the charge, so tables
 * with __len are refused and the raw length is what both see. */
static lua_Integer sb_table_len(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (luaL_getmetafield(L, 1, "__len") != LUA_TNIL)
        luaL_error(L, "the table library does not take tables with __len in a scenario");
    return (lua_Integer)lua_rawlen(L, 1);
}

/* table.insert / table.remove shift up to #t elements. */
static int sb_table_shift(lua_State *L)
{
    sandbox_charge(L, sb_span(0, sb_table_len(L)));
    return sb_delegate(L);
}

/* table.sort: about n log2 n comparisons. */
static int sb_table_sort(lua_State *L)
{
    long n = sb_span(1, sb_table_len(L)), bits = 1;
    for (long m = n; m > 1; m >>= 1)
        bits++;
    sandbox_charge(L, n > LONG_MAX / bits ? LONG_MAX : n * bits);
    return sb_delegate(L);
}

/* table.concat(t, sep, i, j): one element per step. */
static int sb_table_concat(lua_State *L)
{
    lua_Integer n = sb_table_len(L);
    lua_Integer i = luaL_optinteger(L, 3, 1);
    sandbox_charge(L, sb_span(i, luaL_optinteger(L, 4, n)));
    return sb_delegate(L);
}

/* table.unpack(t, i, j): one value pushed per element. */
static int sb_table_unpack(lua_State *L)
{
    lua_Integer i = luaL_optinteger(L, 2, 1);
    lua_Integer j = lua_isnoneornil(L, 3) ? sb_table_len(L) : luaL_checkinteger(L, 3);
    sandbox_charge(L, sb_span(i, j));
    return sb_delegate(L);
}

/* table.move(a1, f, e, t): e - f + 1 elements, even when all are nil
 * (table.move({}, 1, 1 << 62, 1) would otherwise spin in C for ever). */
static int sb_table_move(lua_State *L)
{
    lua_Integer f = luaL_checkinteger(L, 2);
    lua_Integer e = luaL_checkinteger(L, 3);
    sandbox_charge(L, sb_span(f, e));
    return sb_delegate(L);
}

/* ---- The allow list: every global a scenario gets ---------------------- */

typedef struct {
    const char *lib;     /* NULL: a base global */
    const char *name;
    lua_CFunction wrap;  /* NULL: the library's own value as is */
} sb_allowed;

/* The contract's "Lua available to scenarios and plugins", and nothing
 * else: absent are dofile, loadfile, require, package, io, os, debug,
 * coroutine, string.dump/match/gmatch/gsub and the 5.3 math compat names.
 * Narrower than stock Lua, each for a reason given at its wrapper: load
 * takes text only; collectgarbage only "count"; find is plain; rep is
 * capped; print and warn write nowhere; setmetatable refuses __gc; the table
 * library refuses tables with __len; math.randomseed needs a seed; next and
 * pairs walk a table in a fixed order. */
static const sb_allowed sb_allow[] = {
    {NULL, "assert", NULL}, {NULL, "collectgarbage", sb_collectgarbage},
    {NULL, "error", NULL}, {NULL, "getmetatable", NULL}, {NULL, "ipairs", NULL},
    {NULL, "load", sb_load}, {NULL, "next", sandbox_next}, {NULL, "pairs", sandbox_pairs},
    {NULL, "pcall", sb_pcall}, {NULL, "print", sb_print}, {NULL, "rawequal", NULL},
    {NULL, "rawget", NULL}, {NULL, "rawlen", NULL}, {NULL, "rawset", NULL},
    {NULL, "select", NULL}, {NULL, "setmetatable", sb_setmetatable}, {NULL, "tonumber", sb_decode},
    {NULL, "tostring", NULL}, {NULL, "type", NULL}, {NULL, "warn", NULL},
    {NULL, "xpcall", sb_xpcall}, {NULL, "_VERSION", NULL},

    {"table", "concat", sb_table_concat}, {"table", "insert", sb_table_shift},
    {"table", "move", sb_table_move}, {"table", "pack", NULL},
    {"table", "remove", sb_table_shift}, {"table", "sort", sb_table_sort},
    {"table", "unpack", sb_table_unpack},

    {"string", "byte", sb_str_byte}, {"string", "char", NULL},
    {"string", "find", sb_str_find}, {"string", "format", sb_decode},
    {"string", "len", NULL}, {"string", "lower", sb_decode}, {"string", "pack", sb_decode},
    {"string", "packsize", sb_decode}, {"string", "rep", sb_str_rep},
    {"string", "reverse", sb_decode}, {"string", "sub", NULL}, {"string", "unpack", sb_decode},
    {"string", "upper", sb_decode},

    {"math", "abs", NULL}, {"math", "acos", NULL}, {"math", "asin", NULL},
    {"math", "atan", NULL}, {"math", "ceil", NULL}, {"math", "cos", NULL},
    {"math", "deg", NULL}, {"math", "exp", NULL}, {"math", "floor", NULL},
    {"math", "fmod", NULL}, {"math", "huge", NULL}, {"math", "log", NULL},
    {"math", "max", NULL}, {"math", "maxinteger", NULL}, {"math", "min", NULL},
    {"math", "mininteger", NULL}, {"math", "modf", NULL}, {"math", "pi", NULL},
    {"math", "rad", NULL}, {"math", "random", sb_random},
    {"math", "randomseed", sb_randomseed}, {"math", "sin", NULL},
    {"math", "sqrt", NULL}, {"math", "tan", NULL}, {"math", "tointeger", NULL},
    {"math", "type", NULL}, {"math", "ult", NULL},

    {"utf8", "char", NULL}, {"utf8", "charpattern", NULL},
    {"utf8", "codepoint", sb_decode}, {"utf8", "codes", sb_utf8_codes},
    {"utf8", "len", sb_decode}, {"utf8", "offset", sb_decode},
};

static const struct {
    const char *name;
    lua_CFunction open;
} sb_libs[] = {
    {"_G", luaopen_base}, {"table", luaopen_table}, {"string", luaopen_string},
    {"math", luaopen_math}, {"utf8", luaopen_utf8},
};

#define SB_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Runs protected: opens the libraries into a scratch table (1), copies the
 * allowed values into a new globals table (2), and makes that the only
 * globals there are. */
int sandbox_open_libs(lua_State *L)
{
    lua_settop(L, 0);
    lua_newtable(L);
    for (size_t i = 0; i < SB_COUNT(sb_libs); i++) {
        luaL_requiref(L, sb_libs[i].name, sb_libs[i].open, 0);
        lua_setfield(L, 1, sb_libs[i].name);
    }
    lua_newtable(L);
    for (size_t i = 0; i < SB_COUNT(sb_allow); i++) {
        const sb_allowed *a = &sb_allow[i];
        int top = lua_gettop(L);
        if (!a->lib) {
            lua_pushvalue(L, 2);
        } else if (lua_getfield(L, 2, a->lib) != LUA_TTABLE) {
            lua_pop(L, 1);
            lua_newtable(L);
            lua_pushvalue(L, -1);
            lua_setfield(L, 2, a->lib);
        }
        lua_getfield(L, 1, a->lib ? a->lib : "_G");
        if (lua_getfield(L, -1, a->name) != LUA_TNIL) {
            if (a->wrap)
                lua_pushcclosure(L, a->wrap, 1);
            lua_setfield(L, top + 1, a->name);
        }
        lua_settop(L, top);
    }
    lua_pushvalue(L, 2);
    lua_setfield(L, 2, "_G");
    lua_pushvalue(L, 2);
    lua_rawseti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);

    /* Methods on strings ("x"):rep(n) go through the restricted table;
     * the arithmetic metamethods ("10" + 1) are charged like tonumber. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    int mt = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, mt)) {
        if (lua_type(L, -1) == LUA_TFUNCTION) {
            lua_pushcclosure(L, sb_decode, 1);
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, mt); /* changes the value of an existing key: allowed during lua_next */
        } else {
            lua_pop(L, 1);
        }
    }
    lua_getfield(L, 2, "string");
    lua_setfield(L, mt, "__index");
    lua_pop(L, 2);

    /* package.loaded's stand-in now lists only the sandbox's libraries (Lua
     * uses it to name functions in messages); the originals become garbage. */
    lua_newtable(L);
    for (size_t i = 0; i < SB_COUNT(sb_libs); i++) {
        lua_getfield(L, 2, sb_libs[i].name);
        lua_setfield(L, -2, sb_libs[i].name);
    }
    lua_setfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_settop(L, 0);
    return 0;
}
