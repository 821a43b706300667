/*
 * sandbox — one scenario's Lua state, built from an allow list.
 *
 * Scenario files come from trainers' folders and the kiosk must survive any
 * of them, so each scenario gets its own lua_State with: an allocator that
 * enforces a memory cap; a count hook that spends an instruction budget per
 * call and, once it is spent, errors at every instruction so that no pcall
 * in the script can swallow it (plus a wall-time backstop, see script.h);
 * globals copied from one allow-list table, so nothing else of the standard
 * libraries is reachable; C work charged to the same budget; and protected
 * entry points that report every error as one line "file:line: message",
 * with the file's whole path however long (sandbox_names.c).
 * The allow list and the restricted functions are in sandbox_lib.c.
 */
#include "script/script.h"

#include <lauxlib.h>
#include <lua.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Why 1000: the hook costs a C call per tick, so ticking every instruction
 * would slow scenarios several times over; 1000 keeps that cost negligible
 * while overshooting the budget by at most 1000 instructions. */
#define SB_HOOK_INTERVAL 1000

/* Why charge allocations: a single VM instruction ("..", string.upper) can
 * allocate and fill a mebibyte, which the count hook never sees. Fresh
 * memory costs about 0.2 ns a byte (page faults, then filling it) and a VM
 * instruction a few ns, so one instruction per 16 bytes makes a loop of big
 * copies run out of budget about as fast as a loop of plain instructions.
 * Loading a scenario allocates well under a MiB: a few 10K of the budget. */
#define SB_ALLOC_BYTES_PER_INSN 16

struct sandbox {
    lua_State *L;
    size_t mem_used;     /* bytes Lua holds now, as the allocator counts them */
    size_t mem_cap;      /* growth past this is refused */
    long insn_budget;    /* instructions per call */
    long insn_left;      /* what the running call may still spend */
    long wall_ms;        /* wall-time backstop per call (see script.h) */
    long long deadline_ns; /* CLOCK_MONOTONIC, for the running call */
    int tripped;         /* 1 budget spent, 2 time up: the hook errors at every instruction */
    int depth;           /* nesting of sandbox calls; the budget is armed at 0 */
    int mem_refused;     /* the allocator said no during this call */
    char mem_where[LUA_IDSIZE + 24]; /* "src:line" of the Lua code that asked */
    char label[256];     /* last chunk run, for errors without a Lua position (a file's alias) */
    int label_is_file;   /* the chunk was named "@file" */
    sb_names names;      /* the files run, by alias (sandbox_names.c) */
    uint64_t rnd_seed;   /* math.random's stream: output n is mix(seed + n) */
    uint64_t rnd_draws;
    int rnd_used;        /* math.random was called at least once */
};

static sandbox *sb_of(lua_State *L)
{
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return ud;
}

/* "src:line" of the innermost Lua function at or above level, or "". Reads
 * the call chain only (no allocation), so the allocator may use it too. */
static void sb_lua_position(lua_State *L, int level, char *buf, size_t len)
{
    lua_Debug ar;
    buf[0] = '\0';
    for (; lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
            snprintf(buf, len, "%s:%d", ar.short_src, ar.currentline);
            return;
        }
    }
}

/* ---- Memory: the allocator enforces the cap ----------------------------- */

/* Charges without raising (the allocator cannot raise); the hook raises at
 * its next tick. Clamped so the counter cannot overflow between calls. */
static void sb_charge_quiet(sandbox *sb, size_t units)
{
    long u = units > (size_t)(LONG_MAX / 2) ? LONG_MAX / 2 : (long)units;
    if (sb->insn_left > LONG_MIN / 2)
        sb->insn_left -= u;
}

static void *sb_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    sandbox *sb = ud;
    if (ptr == NULL)
        osize = 0; /* osize then tells the kind of object, not a size */
    if (nsize == 0) {
        free(ptr);
        sb->mem_used -= osize;
        return NULL;
    }
    if (nsize > osize) {
        size_t grow = nsize - osize;
        if (grow > sb->mem_cap - sb->mem_used) {
            /* Refused: Lua collects garbage, retries, then raises a memory
             * error, which runs no message handler; remember where. */
            if (sb->L && !sb->mem_refused)
                sb_lua_position(sb->L, 0, sb->mem_where, sizeof sb->mem_where);
            sb->mem_refused = 1;
            return NULL;
        }
        void *p = FAULT_HIT(FAULT_ALLOC) ? NULL : realloc(ptr, nsize);
        if (!p)
            return NULL;
        sb->mem_used += grow;
        sb_charge_quiet(sb, grow / SB_ALLOC_BYTES_PER_INSN);
        return p;
    }
    /* Shrinking always succeeds: keep the bigger block if realloc says no. */
    void *p = realloc(ptr, nsize);
    sb->mem_used -= osize - nsize;
    return p ? p : ptr;
}

static int sb_panic(lua_State *L)
{
    const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
    fprintf(stderr, "breachdrill: unprotected Lua error in a sandbox: %s\n", msg);
    return 0; /* Lua aborts */
}

/* ---- Instruction budget --------------------------------------------------- */

static void sb_hook(lua_State *L, lua_Debug *ar);

/* Once spent, the budget stays spent until the next call from C: ticking at
 * every instruction, so a pcall in the script gets the error back at once
 * and cannot keep looping. */
static void sb_trip(sandbox *sb, int why)
{
    sb->tripped = why;
    sb->insn_left = 0;
    lua_sethook(sb->L, sb_hook, LUA_MASKCOUNT, 1);
}

static void sb_push_budget_error(lua_State *L, const sandbox *sb, const char *where)
{
    if (sb->tripped == 2)
        lua_pushfstring(L, "%stime limit exceeded (%I ms per call)", where, (lua_Integer)sb->wall_ms);
    else
        lua_pushfstring(L, "%sinstruction budget exceeded (%I instructions per call)", where,
                        (lua_Integer)sb->insn_budget);
}

static long long sb_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void sb_hook(lua_State *L, lua_Debug *ar)
{
    sandbox *sb = sb_of(L);
    if (ar->event != LUA_HOOKCOUNT)
        return;
    if (!sb->tripped) {
        sb->insn_left -= SB_HOOK_INTERVAL;
        if (sb->insn_left <= 0)
            sb_trip(sb, 1);
        else if (sb_now_ns() > sb->deadline_ns) /* ~25 ns per tick: under 1% */
            sb_trip(sb, 2);
        else
            return;
    }
    char where[LUA_IDSIZE + 32] = "";
    if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0)
        snprintf(where, sizeof where, "%s:%d: ", ar->short_src, ar->currentline);
    sb_push_budget_error(L, sb, where);
    lua_error(L);
}

void sandbox_charge(lua_State *L, long n)
{
    void *ud = NULL;
    if (n <= 0 || lua_getallocf(L, &ud) != sb_alloc)
        return;
    sandbox *sb = ud;
    if (!sb->tripped && n < sb->insn_left) {
        sb->insn_left -= n;
        return;
    }
    sb_trip(sb, 1);
    luaL_where(L, 1);
    sb_push_budget_error(L, sb, lua_tostring(L, -1));
    lua_error(L);
}

int sandbox_budget_spent(lua_State *L)
{
    void *ud = NULL;
    return lua_getallocf(L, &ud) == sb_alloc && ((sandbox *)ud)->tripped;
}

/* Re-arms the budget for a call from C (not for one nested in another). */
static void sb_enter(sandbox *sb)
{
    if (sb->depth++ > 0)
        return;
    sb->insn_left = sb->insn_budget;
    sb->deadline_ns = sb_now_ns() + (long long)sb->wall_ms * 1000000LL;
    sb->tripped = 0;
    sb->mem_refused = 0;
    sb->mem_where[0] = '\0';
    lua_sethook(sb->L, sb_hook, LUA_MASKCOUNT, SB_HOOK_INTERVAL);
}

/* ---- Errors: one line, "file:line: message" ------------------------------ */

/* Whether msg starts with a Lua position "src:123:". */
static int sb_has_position(const char *msg)
{
    for (const char *p = strchr(msg, ':'); p && p - msg < LUA_IDSIZE + 8; p = strchr(p + 1, ':')) {
        const char *q = p + 1;
        while (*q >= '0' && *q <= '9')
            q++;
        if (q > p + 1 && *q == ':')
            return p > msg;
    }
    return 0;
}

/* The message handler: adds the position of the innermost Lua code to a
 * message without one, and describes a non-string error object without
 * calling its metamethods (that would run scenario code here). */
static int sb_msgh(lua_State *L)
{
    int t = lua_type(L, 1);
    const char *msg = (t == LUA_TSTRING || t == LUA_TNUMBER) ? lua_tostring(L, 1) : NULL;
    if (msg && sb_has_position(msg))
        return 1;
    char where[LUA_IDSIZE + 24];
    sb_lua_position(L, 1, where, sizeof where);
    const char *at = where[0] ? where : sb_of(L)->label;
    if (msg)
        lua_pushfstring(L, "%s: %s", at, msg);
    else
        lua_pushfstring(L, "%s: (error object is a %s value)", at, luaL_typename(L, 1));
    return 1;
}

/* Copies msg to err on one line, cut at a UTF-8 boundary if too long. */
static void sb_copy_error(char *err, size_t errlen, const char *msg)
{
    if (!err || errlen == 0)
        return;
    size_t n = strlen(msg);
    if (n >= errlen) {
        n = errlen - 1;
        while (n > 0 && ((unsigned char)msg[n] & 0xC0) == 0x80)
            n--;
    }
    for (size_t i = 0; i < n; i++)
        err[i] = (msg[i] == '\n' || msg[i] == '\r' || msg[i] == '\t') ? ' ' : msg[i];
    err[n] = '\0';
}

/* The one way a message leaves the sandbox: the aliases in its positions
 * become the whole paths, then it is copied as sb_copy_error does. Out of
 * memory, the alias stays (the message still says what went wrong). */
static void sb_set_error(const sandbox *sb, char *err, size_t errlen, const char *msg)
{
    char *full = sb_names_expand(&sb->names, msg);
    sb_copy_error(err, errlen, full ? full : msg);
    free(full);
}

/* Turns a failed pcall's status and error object into err. */
static void sb_report(sandbox *sb, int status, char *err, size_t errlen)
{
    lua_State *L = sb->L;
    char buf[BD_ERR_LEN + 64];
    if (status == LUA_ERRMEM || (status == LUA_ERRERR && sb->mem_refused)) {
        const char *at = sb->mem_where[0] ? sb->mem_where : sb->label;
        if (!sb->mem_refused)
            snprintf(buf, sizeof buf, "%s: out of memory", at);
        else if (sb->mem_cap % (1024u * 1024u) == 0)
            snprintf(buf, sizeof buf, "%s: out of memory (scenario memory cap of %zu MiB exceeded)",
                     at, sb->mem_cap / (1024u * 1024u));
        else
            snprintf(buf, sizeof buf, "%s: out of memory (scenario memory cap of %zu bytes exceeded)",
                     at, sb->mem_cap);
        sb_set_error(sb, err, errlen, buf);
        return;
    }
    const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "(error object is not a string)";
    if (sb_has_position(msg)) {
        sb_set_error(sb, err, errlen, msg);
        return;
    }
    /* No Lua position (a binary chunk refused, the parser's C stack
     * overflow): the file is still named, at line 1 when it is a file, so
     * every message reads "file:line: ...". */
    snprintf(buf, sizeof buf, sb->label_is_file ? "%s:1: %s" : "%s: %s", sb->label, msg);
    sb_set_error(sb, err, errlen, buf);
}

/* label is the chunk's name as Lua writes it: a file's alias, else the
 * name itself. */
static void sb_set_label(sandbox *sb, const char *chunkname, int is_file)
{
    const char *s = (chunkname[0] == '@' || chunkname[0] == '=') ? chunkname + 1 : chunkname;
    sb->label_is_file = is_file;
    size_t n = strlen(s);
    if (n >= sizeof sb->label) /* keep the end, where the file name is */
        snprintf(sb->label, sizeof sb->label, "...%s", s + n - (sizeof sb->label - 4));
    else
        memcpy(sb->label, s, n + 1);
}

/* ---- Calls from C ------------------------------------------------------- */

int sandbox_call(sandbox *sb, int nargs, int nresults, char *err, size_t errlen)
{
    lua_State *L = sb->L;
    int func = lua_gettop(L) - nargs;
    if (nargs < 0 || func < 1) {
        sb_copy_error(err, errlen, "sandbox_call: nothing to call");
        return -1;
    }
    if (!lua_checkstack(L, 1)) {
        lua_settop(L, func - 1);
        char buf[sizeof sb->label + 32];
        snprintf(buf, sizeof buf, "%s: out of memory (Lua stack)", sb->label);
        sb_set_error(sb, err, errlen, buf);
        return -1;
    }
    lua_pushcfunction(L, sb_msgh);
    lua_insert(L, func);
    sb_enter(sb);
    int status = lua_pcall(L, nargs, nresults, func);
    sb->depth--;
    if (status != LUA_OK) {
        sb_report(sb, status, err, errlen);
        lua_settop(L, func - 1);
        return -1;
    }
    lua_remove(L, func);
    return 0;
}

int sandbox_run_chunk(sandbox *sb, const char *code, size_t len, const char *chunkname,
                      int nresults, char *err, size_t errlen)
{
    lua_State *L = sb->L;
    if (!chunkname)
        chunkname = "=chunk";
    /* A file runs under its alias, so that Lua writes a position no longer
     * than LUA_IDSIZE and the path comes back whole in sb_set_error. Out of
     * memory for the list, the file keeps its name (Lua shortens it). */
    char alias[SB_ALIAS_LEN + 1];
    int place = chunkname[0] == '@' ? sb_names_add(&sb->names, chunkname + 1) : -1;
    if (place >= 0) {
        alias[0] = '=';
        sb_names_alias(place, alias + 1);
        chunkname = alias;
    }
    sb_set_label(sb, chunkname, place >= 0 || chunkname[0] == '@');
    if (!lua_checkstack(L, 2)) {
        char buf[sizeof sb->label + 32];
        snprintf(buf, sizeof buf, "%s: out of memory (Lua stack)", sb->label);
        sb_set_error(sb, err, errlen, buf);
        return -1;
    }
    int base = lua_gettop(L);
    sb_enter(sb); /* so a memory error while parsing is reported as one */
    /* Mode "t": a binary chunk is refused (crafted bytecode can break out). */
    int status = luaL_loadbufferx(L, code, len, chunkname, "t");
    sb->depth--;
    if (status != LUA_OK) {
        sb_report(sb, status, err, errlen);
        lua_settop(L, base);
        return -1;
    }
    return sandbox_call(sb, 0, nresults, err, errlen);
}

size_t sandbox_mem_used(const sandbox *sb)
{
    return sb->mem_used;
}

lua_State *sandbox_lua(sandbox *sb)
{
    return sb->L;
}

const char *sandbox_file_name(const sandbox *sb, const char *path, char buf[SB_ALIAS_LEN])
{
    int place = sb ? sb_names_find(&sb->names, path) : -1;
    if (place < 0)
        return path;
    sb_names_alias(place, buf);
    return buf;
}

/* ---- Life cycle ----------------------------------------------------------- */

sandbox *sandbox_new(const sandbox_limits *limits)
{
    sandbox *sb = calloc(1, sizeof *sb);
    if (!sb)
        return NULL;
    sb->mem_cap = (limits && limits->mem_cap) ? limits->mem_cap : SANDBOX_MEM_CAP_DEFAULT;
    sb->insn_budget = (limits && limits->insn_budget > 0) ? limits->insn_budget : SANDBOX_INSN_BUDGET_DEFAULT;
    sb->wall_ms = (limits && limits->wall_ms > 0) ? limits->wall_ms : SANDBOX_WALL_MS_DEFAULT;
    sb->insn_left = sb->insn_budget;
    memcpy(sb->label, "sandbox", sizeof "sandbox");
    sb->L = lua_newstate(sb_alloc, sb);
    if (!sb->L) {
        free(sb);
        return NULL;
    }
    lua_atpanic(sb->L, sb_panic);
    lua_pushcfunction(sb->L, sandbox_open_libs);
    if (lua_pcall(sb->L, 0, 0, 0) != LUA_OK) {
        lua_close(sb->L);
        free(sb);
        return NULL;
    }
    sandbox_seed(sb, 0); /* deterministic even before a session seeds it */
    return sb;
}

void sandbox_free(sandbox *sb)
{
    if (!sb)
        return;
    lua_close(sb->L); /* no finalizers to run: setmetatable refuses __gc */
    sb_names_free(&sb->names);
    free(sb);
}

/* ---- The random stream ---------------------------------------------------- */

sandbox *sandbox_of_lua(lua_State *L)
{
    return sb_of(L);
}

/* Output n of a stream is SplitMix64 started at seed + (n - 1) steps, so
 * (seed, draws) is the whole state. */
uint64_t sandbox_random_next(lua_State *L)
{
    sandbox *sb = sb_of(L);
    uint64_t x = sb->rnd_seed + sb->rnd_draws * 0x9E3779B97F4A7C15u;
    sb->rnd_used = 1;
    sb->rnd_draws++;
    return bd_splitmix64(&x);
}

void sandbox_random_set(sandbox *sb, uint64_t seed, uint64_t draws)
{
    sb->rnd_seed = seed;
    sb->rnd_draws = draws;
}

void sandbox_seed(sandbox *sb, uint32_t seed)
{
    sb->rnd_seed = seed;
    sb->rnd_draws = 0;
}

int sandbox_random_used(const sandbox *sb)
{
    return sb->rnd_used;
}

void sandbox_random_get(const sandbox *sb, uint64_t *seed, uint64_t *draws)
{
    *seed = sb->rnd_seed;
    *draws = sb->rnd_draws;
}
