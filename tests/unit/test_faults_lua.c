/* test_faults_lua — every Lua allocation of loading a bundled scenario
 * failed in turn (N = 1, 2, ... until the load no longer reaches the Nth):
 * first with every later allocation failing too, then with the Nth alone.
 * Each gives a clean error naming the file (or a normal load, when Lua's
 * emergency collection got past a single failure), never a crash (Lua's
 * panic aborts) or a leak (LeakSanitizer). Needs -DBD_FAULTS=ON. */
#include "core/core.h"
#include "script/script.h"
#include "check.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#define N_MAX 100000ul   /* far more than a load makes */

/* ---- Lua allocations in loading a scenario ------------------------------------- */

#define SCENARIO_F BD_SOURCE_DIR "/scenarios/examples/01-first-choice.lua"

/* Fails the Nth Lua allocation (and, sticky, every later one) of loading
 * the scenario, for N = 1, 2, ...: a scenario with errors naming the file,
 * never a crash or leak. Returns the allocations of a complete load. Why
 * the first example: it loads the prelude and two plugins in some 2,600
 * allocations, so the two walks stay within a unit test's time; an
 * incident's kiosk variant (four plugins) takes some 4,300. */
static unsigned long lua_recovered;   /* single failures Lua got past */

static unsigned long walk_lua(int sticky)
{
    static const char *const dirs[] = { BD_SOURCE_DIR "/plugins" };
    scenario_opts opts = { .plugin_dirs = dirs, .n_plugin_dirs = 1, .no_explore = 1 };
    for (unsigned long n = 1; n < N_MAX; n++) {
        fault_arm(FAULT_ALLOC, n, sticky);
        scenario *s = scenario_load(SCENARIO_F, &opts);
        unsigned long reached = fault_calls(FAULT_ALLOC);
        fault_disarm();
        CHECK(s != NULL);
        if (!s)
            return 0;
        if (reached < n || (!sticky && scenario_ok(s))) {
            /* Not failed at all, or a single failure Lua got past by
             * collecting garbage and retrying: loaded as usual. */
            CHECK(scenario_ok(s));
            CHECK(scenario_step_count(s) > 0);
            scenario_free(s);
            if (reached < n)
                return n - 1;
            lua_recovered++;
            continue;
        }
        CHECK(!scenario_ok(s));
        CHECK(scenario_problem_count(s) > 0);
        const scn_problem *p = scenario_problem_count(s) ? scenario_problem(s, 0) : NULL;
        CHECK(p != NULL);
        /* The scenario's file, or the plugin file being loaded for it. */
        int named = p && (strstr(p->text, SCENARIO_F ":") || strstr(p->text, "/plugins/"));
        CHECK(named);
        if (p && !named)
            fprintf(stderr, "  Lua allocation %lu failing: %s\n", n, p->text);
        scenario_free(s);
    }
    return 0;
}

int main(void)
{
    clock_t t0 = clock();
    unsigned long lua = walk_lua(1);
    CHECK(lua > 0);
    printf("scenario_load (Lua, every later allocation failing too): allocation %lu\n", lua);
    CHECK_INT(walk_lua(0), lua);
    printf("scenario_load (Lua, one allocation failing): allocation %lu, %lu of them got past "
           "by Lua's emergency collection\n", lua, lua_recovered);
    printf("time: %.1f s CPU\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
    return check_done();
}
