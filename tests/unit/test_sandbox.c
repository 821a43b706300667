/*
 * test_sandbox — the scenario sandbox contains hostile chunks.
 *
 * Each hostile case (syntax and runtime errors, endless loops, pcall tricks,
 * memory bombs, huge string.rep, reaching for files or bytecode, patterns)
 * must come back as a one-line "file:line: message" error, leave the
 * process and every other sandbox working, and leak nothing.
 */
#include "check.h"
#include "script/script.h"

#include <lauxlib.h>
#include <lua.h>

#include <stdlib.h>
#include <string.h>

#define MiB (1024u * 1024u)

static char err[BD_ERR_LEN];

/* A sandbox whose wall-time backstop is far away, so that only the
 * instruction budget decides, however slow the sanitizers make this. */
static sandbox *new_sb(size_t cap, long budget)
{
    sandbox_limits lim = {.mem_cap = cap, .insn_budget = budget, .wall_ms = 600000};
    return sandbox_new(&lim);
}

/* Runs code as "@test.lua" with one result; returns that result as a string
 * (tostring of it, in buf) or NULL with err set. */
static const char *run(sandbox *sb, const char *code)
{
    static char buf[1024];
    lua_State *L = sandbox_lua(sb);
    int top = lua_gettop(L);
    err[0] = '\0';
    if (sandbox_run_chunk(sb, code, strlen(code), "@test.lua", 1, err, sizeof err) != 0) {
        if (lua_gettop(L) != top)
            fprintf(stderr, "stack not restored after an error\n");
        return NULL;
    }
    size_t n = 0;
    const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &n)
                  : lua_type(L, -1) == LUA_TBOOLEAN ? (lua_toboolean(L, -1) ? "true" : "false")
                  : lua_type(L, -1) == LUA_TNUMBER ? lua_tolstring(L, -1, &n) : "(other)";
    if (!n)
        n = strlen(s);
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    lua_pop(L, 1);
    return buf;
}

/* Runs code expecting an error; returns err. */
static const char *run_err(sandbox *sb, const char *code)
{
    const char *r = run(sb, code);
    if (r) {
        fprintf(stderr, "expected an error from: %s (got %s)\n", code, r);
        return "";
    }
    if (strchr(err, '\n'))
        fprintf(stderr, "error has a newline: %s\n", err);
    return err;
}


static void test_globals_are_the_allow_list(void)
{
    sandbox *sb = sandbox_new(NULL);
    CHECK(sb != NULL);
    CHECK_STR(run(sb, "local t = {} for k in pairs(_G) do t[#t + 1] = k end "
                      "table.sort(t) return table.concat(t, ' ')"),
              "_G _VERSION assert collectgarbage error getmetatable ipairs load math next pairs "
              "pcall print rawequal rawget rawlen rawset select setmetatable string table "
              "tonumber tostring type utf8 warn xpcall");
    CHECK_STR(run(sb, "local t = {} for k in pairs(string) do t[#t + 1] = k end "
                      "table.sort(t) return table.concat(t, ' ')"),
              "byte char find format len lower pack packsize rep reverse sub unpack upper");
    CHECK_STR(run(sb, "local t = {} for k in pairs(table) do t[#t + 1] = k end "
                      "table.sort(t) return table.concat(t, ' ')"),
              "concat insert move pack remove sort unpack");
    CHECK_STR(run(sb, "local t = {} for k in pairs(utf8) do t[#t + 1] = k end "
                      "table.sort(t) return table.concat(t, ' ')"),
              "char charpattern codepoint codes len offset");
    CHECK_STR(run(sb, "return tostring(math.pow) .. tostring(math.cosh) .. tostring(math.sqrt ~= nil)"),
              "nilniltrue");
    const char *gone[] = {"io", "os", "require", "package", "debug", "dofile", "loadfile",
                          "coroutine", "string.dump", "string.match", "string.gmatch",
                          "string.gsub", "('x').gsub", "('x').match", "('x').dump",
                          "getmetatable('').__index.gsub"};
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++) {
        char code[128];
        snprintf(code, sizeof code, "return %s == nil", gone[i]);
        CHECK_STR(run(sb, code), "true");
    }
    CHECK_STR(run(sb, "return getmetatable('').__index == string"), "true");
    CHECK_HAS(run_err(sb, "dofile('/etc/passwd')"), "test.lua:1: attempt to call a nil value (global 'dofile')");
    CHECK_HAS(run_err(sb, "return io.open('/etc/passwd')"), "test.lua:1: attempt to index a nil value (global 'io')");
    CHECK_HAS(run_err(sb, "return require('os')"), "test.lua:1:");
    CHECK_HAS(run_err(sb, "return ('x'):gsub('x', 'y')"), "test.lua:1: attempt to call a nil value (method 'gsub')");
    CHECK_HAS(run_err(sb, "return string.match('x', '.')"), "test.lua:1: attempt to call a nil value (field 'match')");
    /* print exists and writes nowhere; warn likewise. */
    CHECK_STR(run(sb, "print('should not appear') warn('nor this') return type(print)"), "function");
    sandbox_free(sb);
}

static void test_errors_name_file_and_line(void)
{
    sandbox *sb = sandbox_new(NULL);
    lua_State *L = sandbox_lua(sb);
    const char *bad = "local x = = 1";
    CHECK_INT(sandbox_run_chunk(sb, bad, strlen(bad), "@t/syntax.lua", 0, err, sizeof err), -1);
    CHECK(strncmp(err, "t/syntax.lua:1:", 15) == 0);
    CHECK_INT(lua_gettop(L), 0);
    const char *three = "return 1, 'two', 3";
    CHECK_INT(sandbox_run_chunk(sb, three, strlen(three), "@three.lua", LUA_MULTRET, err, sizeof err), 0);
    CHECK_INT(lua_gettop(L), 3);
    CHECK_STR(lua_tostring(L, 2), "two");
    lua_settop(L, 0);
    CHECK_HAS(run_err(sb, "local a = nil\nreturn a.b"), "test.lua:2: attempt to index a nil value (local 'a')");
    CHECK_HAS(run_err(sb, "\n\nerror('boom')"), "test.lua:3: boom");
    CHECK_STR(run_err(sb, "error('no position', 0)"), "test.lua:1: no position");
    CHECK_STR(run_err(sb, "\nerror({})"), "test.lua:2: (error object is a table value)");
    CHECK_STR(run_err(sb, "error(setmetatable({}, {__tostring = function() while true do end end}))"),
              "test.lua:1: (error object is a table value)");
    CHECK_STR(run_err(sb, "error('two\\nlines')"), "test.lua:1: two lines");
    CHECK_HAS(run_err(sb, "return string.rep()"), "test.lua:1: bad argument #1 to 'rep'");
    CHECK_HAS(run_err(sb, "return table.insert(1, 2)"), "test.lua:1: bad argument #1 to 'insert'");
    /* A message cut to the buffer stays valid UTF-8 and NUL-terminated. */
    char small[10];
    const char *jp = "error('\xe3\x81\x82\xe3\x81\x82', 0)";
    CHECK_INT(sandbox_run_chunk(sb, jp, strlen(jp), "=ab", 0, small, sizeof small), -1);
    CHECK_STR(small, "ab:1: \xe3\x81\x82");
    CHECK_INT(sandbox_run_chunk(sb, jp, strlen(jp), "=ab", 0, small, sizeof small - 1), -1);
    CHECK_STR(small, "ab:1: ");
    CHECK_INT(lua_gettop(L), 0);
    sandbox_free(sb);
}

static void test_instruction_budget(void)
{
    sandbox *sb = new_sb(0, 0);
    lua_State *L = sandbox_lua(sb);
    CHECK_HAS(run_err(sb, "while true do end"), "test.lua:1: instruction budget exceeded");
    /* pcall cannot swallow it: the budget stays spent until the call ends. */
    CHECK_HAS(run_err(sb, "while true do pcall(function() while true do end end) end"),
              "instruction budget exceeded");
    CHECK_HAS(run_err(sb, "while true do\n xpcall(function() while true do end end,\n"
                          " function() while true do end end)\nend"), "test.lua:");
    CHECK_HAS(run_err(sb, "local function f() return f() end f()"), "instruction budget exceeded");
    CHECK_HAS(run_err(sb, "local n = 0 repeat n = n + (pcall(error) and 0 or 1) until false"),
              "instruction budget exceeded");
    /* Re-armed at the next call: the same state works again. */
    CHECK_STR(run(sb, "return 1 + 1"), "2");
    /* Per call: two calls of 6M instructions each fit a 10M budget. */
    CHECK_STR(run(sb, "function six() for i = 1, 6e6 do end return 'ok' end return 'defined'"), "defined");
    for (int i = 0; i < 2; i++) {
        lua_getglobal(L, "six");
        CHECK_INT(sandbox_call(sb, 0, 1, err, sizeof err), 0);
        CHECK_STR(lua_tostring(L, -1), "ok");
        lua_pop(L, 1);
    }
    /* sandbox_call: arguments, results, and a loop stopped. */
    CHECK_STR(run(sb, "function add(a, b) return a + b end\nfunction spin()\n while true do end\nend return 0"), "0");
    lua_getglobal(L, "add");
    lua_pushinteger(L, 2);
    lua_pushinteger(L, 3);
    CHECK_INT(sandbox_call(sb, 2, 1, err, sizeof err), 0);
    CHECK_INT(lua_tointeger(L, -1), 5);
    lua_pop(L, 1);
    lua_getglobal(L, "spin");
    CHECK_INT(sandbox_call(sb, 0, 0, err, sizeof err), -1);
    CHECK_HAS(err, "test.lua:3: instruction budget exceeded");
    CHECK_INT(lua_gettop(L), 0);
    sandbox_free(sb);

    /* The wall-time backstop: "<" on two long strings is one instruction
     * but a full strcoll; only the clock stops a loop of those. */
    sandbox_limits quick = {.wall_ms = 200};
    sb = sandbox_new(&quick);
    CHECK_HAS(run_err(sb, "local s, u = ('x'):rep(2^20), ('x'):rep(2^20)\n"
                          "for i = 1, 1e8 do local _ = s < u end"), "test.lua:2: time limit exceeded (200 ms per call)");
    CHECK_STR(run(sb, "return 'again'"), "again");
    sandbox_free(sb);

    /* A smaller budget from the limits. */
    sb = new_sb(0, 100000);
    CHECK_STR(run(sb, "for i = 1, 50000 do end return 'fits'"), "fits");
    CHECK_HAS(run_err(sb, "for i = 1, 200000 do end"), "instruction budget exceeded (100000 instructions per call)");
    sandbox_free(sb);
}

static void test_c_work_is_charged(void)
{
    sandbox *sb = new_sb(0, 0);
    /* Copies of 1 MiB each: cheap in instructions, not in time. */
    CHECK_HAS(run_err(sb, "local s for i = 1, 1e7 do s = ('x'):rep(2^20) end"), "instruction budget exceeded");
    CHECK_HAS(run_err(sb, "local s = ('x'):rep(2^20) for i = 1, 1e7 do local t = s .. i end"),
              "instruction budget exceeded");
    /* table.move over nils would spin in C for ever. */
    CHECK_HAS(run_err(sb, "table.move({}, 1, math.maxinteger - 1, 1)"), "test.lua:1: instruction budget exceeded");
    CHECK_HAS(run_err(sb, "local s = ('x'):rep(2^20) for i = 1, 1e7 do s:find('y', 1, true) end"),
              "instruction budget exceeded");
    CHECK_HAS(run_err(sb, "local s = ('x'):rep(2^20) for i = 1, 1e7 do utf8.len(s) end"),
              "instruction budget exceeded");
    CHECK_HAS(run_err(sb, "local f = ('i1'):rep(2^19) for i = 1, 1e7 do string.packsize(f) end"),
              "instruction budget exceeded");
    CHECK_HAS(run_err(sb, "local n = ('1'):rep(2^20) for i = 1, 1e7 do tonumber(n) end"),
              "instruction budget exceeded");
    CHECK_HAS(run_err(sb, "local n = ('1'):rep(2^20) for i = 1, 1e7 do local _ = n + 1 end"),
              "instruction budget exceeded");
    CHECK_HAS(run_err(sb, "local s = ('x'):rep(2^20) for i = 1, 1e7 do string.format('%.1s', s) end"),
              "instruction budget exceeded");
    CHECK_HAS(run_err(sb, "local s = ('\\x80'):rep(2^20) local step = utf8.codes('a') "
                          "for i = 1, 1e7 do step(s, 0) end"), "instruction budget exceeded");
    CHECK_STR(run(sb, "local t = {} for p, c in utf8.codes('a日b') do t[#t + 1] = p .. ':' .. c end "
                      "return table.concat(t, ' ') .. ' ' .. ('10' + 5) .. ' ' .. -'2' .. ' ' .. "
                      "('%s-%d'):format('x', 3):upper():reverse():lower()"),
              "1:97 2:26085 5:98 15 -2 3-x");
    /* A load reader handing out endless comment: no allocation, no VM
     * instruction in the parser, but the reader pays per byte. */
    CHECK_HAS(run_err(sb, "local piece = '--' .. ('x'):rep(2^20) load(function() return piece end)"),
              "instruction budget exceeded");
    CHECK_HAS(run_err(sb, "local src = '--' .. ('x'):rep(2^20) for i = 1, 1e7 do load(src) end"),
              "instruction budget exceeded");
    /* __len could answer differently to the library than to the charge. */
    CHECK_HAS(run_err(sb, "table.insert(setmetatable({}, {__len = function() return 2^40 end}), 1, 1)"),
              "test.lua:1: the table library does not take tables with __len");
    /* Ordinary use is unaffected. */
    CHECK_STR(run(sb, "local t = {3, 1, 2} table.sort(t) table.insert(t, 4) table.remove(t, 1) "
                      "return table.concat(t, ',') .. ';' .. select('#', table.unpack(t)) .. ';' .. "
                      "table.concat(table.move({1, 2}, 1, 2, 2, {}), ',', 2, 3)"), "2,3,4;3;1,2");
    CHECK_STR(run(sb, "return string.byte('abc', 1, -1) + utf8.len('日本') + utf8.codepoint('日本', 4) + utf8.offset('日本', 2)"),
              "26515");
    sandbox_free(sb);
}

static void test_memory_cap(void)
{
    sandbox *sb = new_sb(16 * MiB, 0);
    CHECK(sandbox_mem_used(sb) > 0);
    CHECK(sandbox_mem_used(sb) < MiB);
    CHECK_STR(run_err(sb, "local t = {}\nfor i = 1, 1e9 do t[i] = i end"),
              "test.lua:2: out of memory (scenario memory cap of 16 MiB exceeded)");
    CHECK(sandbox_mem_used(sb) <= 16 * MiB);
    CHECK_HAS(run_err(sb, "local s = 'x' for i = 1, 64 do s = s .. s end"),
              "test.lua:1: out of memory (scenario memory cap of 16 MiB exceeded)");
    /* A memory error caught by pcall frees its garbage; the state carries on. */
    CHECK_STR(run(sb, "local ok, e = pcall(function() local s = 'x' for i = 1, 64 do s = s .. s end end) "
                      "return tostring(ok) .. ' ' .. e"), "false not enough memory");
    CHECK_STR(run(sb, "return 1 + 1"), "2");
    CHECK_STR(run(sb, "keep = ('x'):rep(2^20) return #keep"), "1048576");
    CHECK(sandbox_mem_used(sb) > MiB);
    CHECK_STR(run(sb, "return collectgarbage('count') > 1024"), "true");
    sandbox_free(sb);

    /* The default cap, in MiB, and the message when it is not whole MiB. */
    sb = sandbox_new(NULL);
    CHECK_STR(run_err(sb, "local s = 'x'\nfor i = 1, 64 do s = s .. s end"),
              "test.lua:2: out of memory (scenario memory cap of 64 MiB exceeded)");
    sandbox_free(sb);
    sb = new_sb(1000000, 0);
    CHECK_HAS(run_err(sb, "local s = 'x' for i = 1, 64 do s = s .. s end"), "cap of 1000000 bytes exceeded");
    sandbox_free(sb);

    /* Too small to even open the libraries: NULL, nothing leaked. */
    CHECK(new_sb(1024, 0) == NULL);
}

static void test_string_rep_cap(void)
{
    sandbox *sb = sandbox_new(NULL);
    CHECK_STR(run_err(sb, "return string.rep('x', 2^30)"),
              "test.lua:1: string.rep: a result of 1073741824 bytes is over the scenario limit of 1048576 bytes (1 MiB)");
    CHECK_HAS(run_err(sb, "\nreturn ('x'):rep(2^30)"), "test.lua:2: string.rep: a result of 1073741824 bytes");
    CHECK_HAS(run_err(sb, "return ('ab'):rep(2^19, ',')"), "over the scenario limit");
    CHECK_HAS(run_err(sb, "return ('x'):rep(math.maxinteger)"), "over the scenario limit");
    CHECK_STR(run(sb, "return #string.rep('x', 2^20)"), "1048576");
    CHECK_STR(run(sb, "return ('ab'):rep(3, '-') .. ('x'):rep(0) .. ('x'):rep(-5)"), "ab-ab-ab");
    CHECK_STR(run(sb, "return #(''):rep(2^40) .. #(''):rep(2^40, '')"), "00");
    sandbox_free(sb);
}

static void test_find_plain_only(void)
{
    sandbox *sb = sandbox_new(NULL);
    CHECK_STR(run(sb, "return table.concat({string.find('hello world', 'o w')}, ',')"), "5,7");
    CHECK_STR(run(sb, "return table.concat({('a.b'):find('.', 1, true)}, ',')"), "2,2");
    CHECK_STR(run(sb, "return table.concat({('abcabc'):find('bc', 3)}, ',')"), "5,6");
    CHECK_STR(run(sb, "return table.concat({('abcabc'):find('bc', -2)}, ',')"), "5,6");
    CHECK_STR(run(sb, "return table.concat({('abc'):find('')}, ',')"), "1,0");
    CHECK_STR(run(sb, "return tostring(('abc'):find('x')) .. tostring(('abc'):find('a', 10))"), "nilnil");
    CHECK_STR(run(sb, "return table.concat({('a%b'):find('%', 1, true)}, ',')"), "2,2");
    CHECK_HAS(run_err(sb, "return ('a.b'):find('.')"),
              "test.lua:1: string.find: patterns are not available to scenarios");
    CHECK_HAS(run_err(sb, "return string.find('abc', '%a+', 1, false)"), "plain");
    sandbox_free(sb);
}

static void test_collectgarbage_count_only(void)
{
    sandbox *sb = sandbox_new(NULL);
    CHECK_STR(run(sb, "return math.type(collectgarbage('count'))"), "float");
    CHECK_HAS(run_err(sb, "collectgarbage()"), "test.lua:1: collectgarbage(\"collect\") is not available");
    CHECK_HAS(run_err(sb, "collectgarbage('collect')"), "only \"count\"");
    CHECK_HAS(run_err(sb, "collectgarbage('stop')"), "not available");
    sandbox_free(sb);
}

struct dump_buf {
    char data[4096];
    size_t len;
};

static int dump_writer(lua_State *L, const void *p, size_t sz, void *ud)
{
    (void)L;
    struct dump_buf *b = ud;
    if (b->len + sz > sizeof b->data)
        return 1;
    memcpy(b->data + b->len, p, sz);
    b->len += sz;
    return 0;
}

static void test_binary_chunks_refused(void)
{
    /* Bytecode made outside the sandbox, where string.dump exists. */
    struct dump_buf bin = {{0}, 0};
    lua_State *plain = luaL_newstate();
    CHECK_INT(luaL_loadstring(plain, "return 42"), LUA_OK);
    CHECK_INT(lua_dump(plain, dump_writer, &bin, 0), 0);
    lua_close(plain);
    CHECK(bin.len > 4 && bin.data[0] == '\x1b');

    sandbox *sb = sandbox_new(NULL);
    lua_State *L = sandbox_lua(sb);
    lua_pushlstring(L, bin.data, bin.len);
    lua_setglobal(L, "BIN");
    CHECK_HAS(run(sb, "local f, msg = load(BIN) return tostring(f) .. ' ' .. msg"), "nil ");
    CHECK_HAS(run(sb, "local f, msg = load(BIN) return msg"), "binary chunk");
    CHECK_HAS(run(sb, "local f, msg = load(BIN, 'b', 'b') return tostring(f) .. ' ' .. msg"), "nil ");
    CHECK_HAS(run(sb, "local f, msg = load(BIN, 'b', 'bt', {}) return tostring(f) .. ' ' .. msg"), "binary chunk");
    CHECK_HAS(run(sb, "local once local f, msg = load(function() if once then return nil end once = true "
                      "return BIN end) return tostring(f) .. ' ' .. msg"), "binary chunk");
    CHECK_INT(sandbox_run_chunk(sb, bin.data, bin.len, "@bin.lua", 0, err, sizeof err), -1);
    CHECK_HAS(err, "binary chunk");
    /* Text chunks load, with the globals or with an env of the script's. */
    CHECK_STR(run(sb, "return load('return 1 + 1')()"), "2");
    CHECK_STR(run(sb, "return load('return x', 'c', 't', {x = 5})()"), "5");
    CHECK_STR(run(sb, "return load('return io', 'c', 'b')() == nil"), "true");
    CHECK_HAS(run_err(sb, "load('error(\"inner\")', '=inner.lua')()"), "inner.lua:1: inner");
    CHECK_INT(lua_gettop(L), 0);
    sandbox_free(sb);
}

static void test_random_is_seeded(void)
{
    const char *seq = "local t = {} for i = 1, 6 do t[i] = math.random(1000000) end return table.concat(t, ',')";
    sandbox *a = sandbox_new(NULL), *b = sandbox_new(NULL);
    char first[256];
    sandbox_seed(a, 12345);
    sandbox_seed(b, 12345);
    snprintf(first, sizeof first, "%s", run(a, seq));
    CHECK_STR(run(b, seq), first);
    sandbox_seed(a, 12345);
    CHECK_STR(run(a, seq), first);
    sandbox_seed(b, 12346);
    CHECK(strcmp(run(b, seq), first) != 0);
    /* Unseeded states start the same too (seed 0): no clock anywhere. */
    sandbox *c = sandbox_new(NULL), *d = sandbox_new(NULL);
    snprintf(first, sizeof first, "%s", run(c, seq));
    CHECK_STR(run(d, seq), first);
    CHECK_HAS(run_err(c, "math.randomseed()"), "test.lua:1: math.randomseed needs a seed");
    /* A script's own seeding is deterministic, and the host's still works
     * after the script replaced math.randomseed. */
    CHECK_STR(run(c, "math.randomseed(7) local x = math.random(1e6) math.randomseed(7) "
                     "return x == math.random(1e6)"), "true");
    CHECK_STR(run(c, "math.randomseed = nil return 0"), "0");
    sandbox_seed(c, 12345);
    sandbox_seed(a, 12345);
    snprintf(first, sizeof first, "%s", run(a, seq));
    CHECK_STR(run(c, seq), first);
    sandbox_free(a);
    sandbox_free(b);
    sandbox_free(c);
    sandbox_free(d);
}

static void test_side_by_side(void)
{
    sandbox *good = sandbox_new(NULL), *bad = new_sb(8 * MiB, 0);
    lua_State *G = sandbox_lua(good);
    CHECK_STR(run(good, "count = 0 function tick() count = count + 1 return count end return 'ready'"), "ready");
    CHECK_HAS(run_err(bad, "while true do pcall(function() while true do end end) end"), "budget");
    CHECK_HAS(run_err(bad, "local t = {} for i = 1, 1e9 do t[i] = {} end"), "out of memory");
    CHECK_HAS(run_err(bad, "string.rep('x', 2^30)"), "string.rep");
    CHECK_HAS(run_err(bad, "math.randomseed = nil string = nil getmetatable('').__index = {} error('bye')"), "bye");
    for (int i = 1; i <= 3; i++) {
        lua_getglobal(G, "tick");
        CHECK_INT(sandbox_call(good, 0, 1, err, sizeof err), 0);
        CHECK_INT(lua_tointeger(G, -1), i);
        lua_pop(G, 1);
    }
    CHECK_STR(run(good, "return ('x'):rep(3) .. type(string.find)"), "xxxfunction");
    sandbox_free(bad);
    CHECK_STR(run(good, "return tick()"), "4");
    sandbox_free(good);
}

/* Lua runs finalizers and the message handler of an error raised in a hook
 * with hooks off: neither may give a script a loop the budget cannot stop. */
static void test_no_unhooked_code(void)
{
    sandbox *sb = new_sb(0, 0);
    CHECK_HAS(run_err(sb, "setmetatable({}, {__gc = function() while true do end end})"),
              "test.lua:1: __gc metamethods are not available to scenarios");
    CHECK_HAS(run_err(sb, "setmetatable({}, {__gc = false})"), "__gc");
    /* Added after setmetatable, __gc is never called (Lua's rule). */
    CHECK_STR(run(sb, "local mt = {} keep = setmetatable({}, mt) mt.__gc = function() while true do end end "
                      "keep = nil return 'ok'"), "ok");
    CHECK_STR(run(sb, "local t = setmetatable({}, {__index = function(_, k) return k * 2 end}) return t[21]"), "42");
    CHECK_HAS(run_err(sb, "xpcall(function() while true do end end, function() while true do end end)"),
              "instruction budget exceeded");
    CHECK_STR(run(sb, "local ok, e = xpcall(function() error('x', 0) end, function(m) return 'handled ' .. m end) "
                      "return e"), "handled x");
    CHECK_STR(run_err(sb, "return select(2, xpcall(function() error('x', 0) end, function(m) "
                          "for i = 1, 1e9 do end end))"), "test.lua:1: instruction budget exceeded (10000000 instructions per call)");
    CHECK_HAS(run_err(sb, "do local x <close> = setmetatable({}, {__close = function() while true do end end}) end"),
              "instruction budget exceeded");
    CHECK_HAS(run_err(sb, "local x <close> = setmetatable({}, {__close = function() while true do end end}) "
                          "while true do end"), "instruction budget exceeded");
    CHECK_STR(run(sb, "return 'alive'"), "alive");
    sandbox_free(sb);
}

int main(void)
{
    test_globals_are_the_allow_list();
    test_errors_name_file_and_line();
    test_instruction_budget();
    test_c_work_is_charged();
    test_memory_cap();
    test_string_rep_cap();
    test_find_plain_only();
    test_collectgarbage_count_only();
    test_binary_chunks_refused();
    test_random_is_seeded();
    test_side_by_side();
    test_no_unhooked_code();
    return check_done();
}
