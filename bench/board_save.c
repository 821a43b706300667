/* board_save — times leaderboard_save on a full board (LEADERBOARD_MAX
 * entries like a booth's: Latin and Japanese nicknames, an event) and
 * reports how much the process's peak resident memory rose while saving,
 * over the board already in memory. Built and run by bench/board_save.sh.
 * Usage: board_save FILE [RUNS] */
#include "core/core.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
static long maxrss(void) { struct rusage u; getrusage(RUSAGE_SELF, &u); return u.ru_maxrss; }
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }
int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: board_save FILE [RUNS]\n"); return 2; }
    const char *path = argv[1];
    int runs = argc > 2 ? atoi(argv[2]) : 20;
    leaderboard lb = { 0 };
    char err[256];
    for (unsigned i = 0; i < LEADERBOARD_MAX; i++) {
        leaderboard_entry e;
        memset(&e, 0, sizeof e);
        snprintf(e.nickname, sizeof e.nickname, i % 3 ? "Visitor%u" : "来場者%u", i);
        snprintf(e.scenario, sizeof e.scenario, "jaxa-2023-quick");
        e.score = (int)(i * 37 % 101);
        e.speed_bonus = (int)(i % 21);
        e.when = 1795000000 + i * 10;
        snprintf(e.day, sizeof e.day, "2026-11-%02u", 18 + i / 2500);
        snprintf(e.event, sizeof e.event, "Security Days 2026");
        if (leaderboard_add(&lb, &e, NULL, err, sizeof err) != 0) { fprintf(stderr, "%s\n", err); return 1; }
    }
    long before = maxrss();   /* the board built: what the saves add is theirs */
    double best = 1e9, total = 0;
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        if (leaderboard_save(path, &lb, err, sizeof err) != 0) { fprintf(stderr, "%s\n", err); return 1; }
        double dt = now() - t0;
        total += dt;
        if (dt < best) best = dt;
    }
    printf("entries=%zu saves=%d mean_ms=%.2f best_ms=%.2f peak_rss_growth_kib=%ld rss_before_kib=%ld\n",
           lb.n, runs, total / runs * 1000, best * 1000, maxrss() - before, before);
    leaderboard_free(&lb);
    return 0;
}
