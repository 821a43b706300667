/* Fuzz target: a scenario's Lua source through everything `breachdrill
 * validate` does with a file — scenario_load (sandbox, loader, checks,
 * plugins, exploration over extra seeds) and, for a file under plugins/,
 * scenario_check_plugin. A trainer's file may be hostile; the host must survive anything and report
 * a problem with its file and line.
 *
 * Limits are small so that each input is fast: an instruction budget of
 * 200,000 per call (the budget, counted in VM instructions, decides the
 * fate of a loop; it is the same on any machine, so runs are repeatable),
 * an 8 MiB memory cap, and a small exploration. The wall-clock limit stays
 * a backstop well above what the budget allows, so it never decides.
 *
 * Properties checked besides memory safety and the sandbox's promise of
 * no crash: every problem reads "file:line: message" naming the file given
 * (or "breachdrill prelude" never: that would be a host fault); a scenario
 * that loads without errors has a model and steps; loading the same file
 * twice gives the same problems (the sandbox is deterministic). */
#include "core/core.h"
#include "script/script.h"

#include "fuzz_file.h"

#include <stdint.h>
#include <string.h>

#ifndef BD_SOURCE_DIR
#error "BD_SOURCE_DIR must name the source tree (for the bundled plugins)"
#endif

static const sandbox_limits LIMITS = {
    .mem_cap = 8u * 1024u * 1024u, .insn_budget = 200000L, .wall_ms = 5000L,
};

static scenario *load(const char *path)
{
    static const char *const dirs[] = { BD_SOURCE_DIR "/plugins" };
    scenario_opts o = {
        .plugin_dirs = dirs, .n_plugin_dirs = 1, .seed = 1, .max_states = 2000,
        .extra_seeds = 2, .limits = &LIMITS,
    };
    scenario *s = scenario_load(path, &o);
    FUZZ_CHECK(s != NULL);
    return s;
}

/* 1 if t starts with the whole path and ':': a message names its file in
 * full, however long the path (the sandbox runs files under short aliases
 * so that Lua never shortens them to "..." and a tail). */
static int names_file(const char *t, const char *path)
{
    size_t plen = strlen(path);
    return strncmp(t, path, plen) == 0 && t[plen] == ':';
}

static void check_problems(const scenario *s, const char *path)
{
    for (size_t i = 0; i < scenario_problem_count(s); i++) {
        const char *t = scenario_problem(s, i)->text;
        FUZZ_CHECK(t != NULL && strchr(t, '\n') == NULL);
        if (strncmp(t, "warning: ", 9) == 0)  /* a warning whose message came with its place */
            t += 9;
        if (!names_file(t, path)) {
            fprintf(stderr, "a problem that does not name the file: %s\n", t);
            abort();
        }
    }
    if (scenario_ok(s)) {
        FUZZ_CHECK(scenario_model((scenario *)s) != NULL);
        FUZZ_CHECK(scenario_step_count(s) > 0);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[4200], plugin[4200], err[SB_MSG_LEN];
    fuzz_file_write("fz.lua", data, size, path, sizeof path);

    scenario *a = load(path);
    check_problems(a, path);
    scenario *b = load(path);
    FUZZ_CHECK(scenario_problem_count(a) == scenario_problem_count(b));
    for (size_t i = 0; i < scenario_problem_count(a); i++)
        FUZZ_CHECK(strcmp(scenario_problem(a, i)->text, scenario_problem(b, i)->text) == 0);
    scenario_free(a);
    scenario_free(b);

    /* The same text as a plugin, as validate checks a file under plugins/. */
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/plugins", fuzz_file_dir());
    mkdir(dir, 0700);
    fuzz_file_write("plugins/fz.lua", data, size, plugin, sizeof plugin);
    if (scenario_check_plugin(plugin, err, sizeof err) != 0)
        FUZZ_CHECK(names_file(err, plugin));
    fuzz_file_clean();
    return 0;
}
