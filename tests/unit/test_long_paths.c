/*
 * test_long_paths — messages name a scenario or plugin in a deep folder by
 * its whole path.
 *
 * Lua writes a chunk name longer than 60 bytes as "..." and its tail; the
 * sandbox runs files under short aliases and puts the path back where a
 * message leaves it. Every kind of message is tried from a folder whose
 * path is over 200 bytes and from one near the 4096 the loaders take: a
 * syntax error, a runtime error in a step's function, a spent instruction
 * budget, a validation problem, a plugin's errors (syntax, runtime, a bad
 * value from its view) and a memory error. Each must begin with the whole
 * path and its line.
 */
#include "check.h"
#include "script/script.h"

#include <lua.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The folder made, at least min bytes long, in dir (4200 bytes). */
static void make_deep(char *dir, size_t min)
{
    char seg[101];
    memset(seg, 'd', 100);
    seg[100] = '\0';
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, 4200, "%s/bd-long-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
    CHECK(mkdtemp(dir) != NULL);
    while (strlen(dir) < min) {
        size_t n = strlen(dir);
        snprintf(dir + n, 4200 - n, "/%s", seg);
        CHECK(mkdir(dir, 0700) == 0);
    }
}

/* Removes the files written and the folders up to the temporary one. */
static void remove_deep(char *dir, const char *const *files, size_t n)
{
    char path[4300];
    for (size_t i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    snprintf(path, sizeof path, "%s/plugins", dir);
    rmdir(path);
    for (char *slash; strstr(dir, "/bd-long-"); *slash = '\0') {
        CHECK(rmdir(dir) == 0);
        slash = strrchr(dir, '/');
    }
}

/* 1 if text begins with path, ':', line and ':'. */
static int at(const char *text, const char *path, int line)
{
    char want[32];
    size_t n = strlen(path);
    snprintf(want, sizeof want, ":%d:", line);
    return text && strncmp(text, path, n) == 0 && strncmp(text + n, want, strlen(want)) == 0;
}

static const char *first_error(const scenario *s)
{
    for (size_t i = 0; i < scenario_problem_count(s); i++)
        if (!scenario_problem(s, i)->warn)
            return scenario_problem(s, i)->text;
    return NULL;
}

#define CHECK_AT(text, path, line, needle) do { \
    const char *t_ = (text); \
    if (!at(t_, path, line)) \
        fprintf(stderr, "  (%zu-byte path, line %d) got: %.300s\n", strlen(path), line, t_ ? t_ : "(null)"); \
    CHECK(at(t_, path, line)); \
    CHECK_HAS(t_, needle); \
} while (0)

static const sandbox_limits LIMITS = { .insn_budget = 200000, .wall_ms = 600000 };

static scenario *load(const char *dir, const char *name)
{
    char path[4300];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    static const char *const dirs[] = { BD_SOURCE_DIR "/plugins" };
    scenario_opts o = { .plugin_dirs = dirs, .n_plugin_dirs = 1, .seed = 1, .limits = &LIMITS };
    scenario *s = scenario_load(path, &o);
    CHECK(s != NULL);
    return s;
}

/* A scenario of two steps whose first choice has `extra` on line 3. */
static void write_scenario(const char *dir, const char *name, const char *kind, const char *extra)
{
    char path[4300], text[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    snprintf(text, sizeof text,
             "return { id = \"long\", title = \"t\", start = \"a\", steps = {\n"
             "  a = { kind = \"%s\", text = \"?\", choices = {\n"
             "    { text = \"x\", next = \"b\", feedback = \"f\", %s } } },\n"
             "  b = { kind = \"ending\", outcome = \"good\", text = \".\" } } }\n",
             kind, extra);
    check_write_file(path, text);
}

static void check_folder(size_t min)
{
    char dir[4200], p[4300], pl[4300];
    make_deep(dir, min);
    CHECK(strlen(dir) >= min);
    snprintf(pl, sizeof pl, "%s/plugins", dir);
    CHECK(mkdir(pl, 0700) == 0);

    /* A syntax error. */
    snprintf(p, sizeof p, "%s/syntax.lua", dir);
    check_write_file(p, "return { id = \"x\"\n  foo = }\n");
    scenario *s = load(dir, "syntax.lua");
    CHECK_AT(first_error(s), p, 2, "expected");
    scenario_free(s);

    /* A runtime error in a step's function, met while exploring. */
    snprintf(p, sizeof p, "%s/runtime.lua", dir);
    write_scenario(dir, "runtime.lua", "choice", "when = function() local t = nil return t.x end");
    s = load(dir, "runtime.lua");
    CHECK_AT(first_error(s), p, 3, "attempt to index a nil value");
    scenario_free(s);

    /* The instruction budget, spent in a step's function. */
    snprintf(p, sizeof p, "%s/budget.lua", dir);
    write_scenario(dir, "budget.lua", "choice", "when = function() while true do end end");
    s = load(dir, "budget.lua");
    CHECK_AT(first_error(s), p, 3, "instruction budget exceeded");
    scenario_free(s);

    /* A validation problem. */
    snprintf(p, sizeof p, "%s/invalid.lua", dir);
    check_write_file(p, "return { id = \"bad\", title = \"t\", start = \"a\", steps = {\n"
                        "  a = { kind = \"ending\", outcome = \"sideways\", text = \".\" } } }\n");
    s = load(dir, "invalid.lua");
    CHECK_AT(first_error(s), p, 2, "outcome");
    scenario_free(s);

    /* A plugin beside the scenario whose view fails at run time (line 2),
     * and one whose view returns a bad value (its view is on line 2). */
    snprintf(p, sizeof p, "%s/plugins/zzrt.lua", dir);
    check_write_file(p, "return { view = function(step, state)\n  local t = nil return t.x end,\n"
                        "  answer = function() return {} end }\n");
    write_scenario(dir, "plugin_rt.lua", "zzrt", "");
    s = load(dir, "plugin_rt.lua");
    CHECK_AT(first_error(s), p, 2, "attempt to index a nil value");
    scenario_free(s);
    snprintf(p, sizeof p, "%s/plugins/zzbad.lua", dir);
    check_write_file(p, "return {\n  view = function() return 5 end,\n  answer = function() return {} end }\n");
    write_scenario(dir, "plugin_bad.lua", "zzbad", "");
    s = load(dir, "plugin_bad.lua");
    CHECK_AT(first_error(s), p, 2, "kind 'zzbad': view should return a table");
    scenario_free(s);

    /* A plugin with a syntax error, checked alone as validate does. */
    char err[SB_MSG_LEN];
    snprintf(p, sizeof p, "%s/plugins/zzsyn.lua", dir);
    check_write_file(p, "return {\n\n  view = function( end }\n");
    CHECK(scenario_check_plugin(p, err, sizeof err) < 0);
    CHECK_AT(err, p, 3, "near");

    /* The sandbox alone: the scenario's own error, raised again through
     * pcall (two positions, both the file's), and a memory error. */
    snprintf(p, sizeof p, "@%s/direct.lua", dir);
    sandbox_limits lim = { .mem_cap = 4u * 1024u * 1024u, .wall_ms = 600000 };
    sandbox *sb = sandbox_new(&lim);
    CHECK(sb != NULL);
    const char *again = "local ok, e = pcall(error, 'deep')\nlocal function f() error('x') end\n"
                        "local ok2, e2 = pcall(f)\nerror(e2)\n";
    static char twice[2 * 4300 + 64], want[2 * 4300 + 64];
    CHECK(sandbox_run_chunk(sb, again, strlen(again), p, 0, twice, sizeof twice) < 0);
    snprintf(want, sizeof want, "%s:4: %s:2: x", p + 1, p + 1);
    CHECK_STR(twice, want);
    const char *bomb = "local t = {}\nfor i = 1, 1e9 do t[i] = ('x'):rep(1000) .. i end\n";
    CHECK(sandbox_run_chunk(sb, bomb, strlen(bomb), p, 0, err, sizeof err) < 0);
    CHECK_AT(err, p + 1, 2, "out of memory");
    sandbox_free(sb);

    static const char *const files[] = {
        "syntax.lua", "runtime.lua", "budget.lua", "invalid.lua", "plugin_rt.lua",
        "plugin_bad.lua", "plugins/zzrt.lua", "plugins/zzbad.lua", "plugins/zzsyn.lua",
    };
    remove_deep(dir, files, sizeof files / sizeof files[0]);
}

/* The expansion reads only the positions at a message's start: an alias in
 * the message's own text stays as written, and a chunk the script loads
 * under an alias-like name is never taken for the file. */
static void test_text_untouched(void)
{
    sandbox *sb = sandbox_new(NULL);
    CHECK(sb != NULL);
    char err[SB_MSG_LEN];
    const char *code = "error('see \\1' .. '0:7: here')\n";
    CHECK(sandbox_run_chunk(sb, code, strlen(code), "@scn.lua", 0, err, sizeof err) < 0);
    CHECK_STR(err, "scn.lua:1: see \x01" "0:7: here");
    code = "local f = load('error(\"y\")', '=\\1' .. '0')\nf()\n";
    CHECK(sandbox_run_chunk(sb, code, strlen(code), "@scn.lua", 0, err, sizeof err) < 0);
    CHECK_STR(err, "?0:1: y");
    /* A file run twice keeps one alias; another file gets its own. */
    CHECK(sandbox_run_chunk(sb, "error('a')", 10, "@other.lua", 0, err, sizeof err) < 0);
    CHECK_STR(err, "other.lua:1: a");
    CHECK(sandbox_run_chunk(sb, "error('b')", 10, "@scn.lua", 0, err, sizeof err) < 0);
    CHECK_STR(err, "scn.lua:1: b");
    sandbox_free(sb);
}

int main(void)
{
    check_folder(220);
    check_folder(3900);
    test_text_untouched();
    return check_done();
}
