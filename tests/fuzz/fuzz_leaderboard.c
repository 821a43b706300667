/* Fuzz target: the kiosk's leaderboard file (leaderboard_load). The kiosk
 * runs unattended, so a damaged board must be set aside, never crash it.
 *
 * Properties checked besides memory safety:
 * - the load returns 0 (read) or 2 (set aside, an empty board); never -1
 *   here, where memory and descriptors are plenty and renaming works;
 * - a board that loads holds only entries within leaderboard_entry's
 *   bounds, ids ascending and below next_id;
 * - it saves, and loads back with the same entries and next_id, and no
 *   warning.
 * A board set aside is renamed to "<path>.bad-<time>": the scratch folder
 * is emptied after every input. */
#include "core/core.h"

#include "fuzz_file.h"

#include <stdint.h>
#include <string.h>

static void entry_ok(const leaderboard_entry *e)
{
    FUZZ_CHECK(e->id >= 1);
    FUZZ_CHECK(memchr(e->nickname, '\0', sizeof e->nickname) != NULL && e->nickname[0]);
    FUZZ_CHECK(memchr(e->scenario, '\0', sizeof e->scenario) != NULL);
    FUZZ_CHECK(e->score >= 0 && e->score <= 100);
    FUZZ_CHECK(e->speed_bonus >= 0);
    FUZZ_CHECK(memchr(e->day, '\0', sizeof e->day) != NULL);
    FUZZ_CHECK(memchr(e->event, '\0', sizeof e->event) != NULL);
}

static void entry_equal(const leaderboard_entry *a, const leaderboard_entry *b)
{
    FUZZ_CHECK(a->id == b->id);
    FUZZ_CHECK(strcmp(a->nickname, b->nickname) == 0);
    FUZZ_CHECK(strcmp(a->scenario, b->scenario) == 0);
    FUZZ_CHECK(a->score == b->score && a->speed_bonus == b->speed_bonus);
    FUZZ_CHECK(a->when == b->when);
    FUZZ_CHECK(strcmp(a->day, b->day) == 0);
    FUZZ_CHECK(strcmp(a->event, b->event) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[4200], copy[4200], warn[1024], err[1024];
    fuzz_file_write("board.json", data, size, path, sizeof path);
    leaderboard a = { 0 }, b = { 0 };
    int rc = leaderboard_load(path, &a, warn, sizeof warn);
    FUZZ_CHECK(rc == 0 || rc == 2);
    if (rc == 2)
        FUZZ_CHECK(a.n == 0 && warn[0] != '\0');
    for (size_t i = 0; i < a.n; i++) {
        entry_ok(&a.v[i]);
        FUZZ_CHECK(a.v[i].id < a.next_id);
        if (i > 0)
            FUZZ_CHECK(a.v[i - 1].id < a.v[i].id);
    }
    if (rc == 0) {
        snprintf(copy, sizeof copy, "%s/saved.json", fuzz_file_dir());
        if (leaderboard_save(copy, &a, err, sizeof err) != 0) {
            fprintf(stderr, "leaderboard_save refused a board that loaded: %s\n", err);
            abort();
        }
        rc = leaderboard_load(copy, &b, warn, sizeof warn);
        if (rc != 0 || warn[0]) {
            fprintf(stderr, "a saved board does not load back clean (%d): %s\n", rc, warn);
            abort();
        }
        FUZZ_CHECK(a.n == b.n && a.next_id == b.next_id);
        for (size_t i = 0; i < a.n; i++)
            entry_equal(&a.v[i], &b.v[i]);
        /* The board as the kiosk shows it, in every scope. */
        const leaderboard_entry *top[50];
        for (int scope = LEADERBOARD_DAY; scope <= LEADERBOARD_ALL; scope++) {
            const char *day = a.n ? a.v[0].day : "2026-01-01";
            const char *event = a.n ? a.v[0].event : "";
            size_t n = leaderboard_top(&a, (leaderboard_scope)scope, day, event, top, 50);
            FUZZ_CHECK(n <= a.n && n <= 50);
            for (size_t i = 1; i < n; i++)
                FUZZ_CHECK(top[i - 1]->score >= top[i]->score);
            if (a.n) {
                size_t total = 0, rank = leaderboard_rank(&a, (leaderboard_scope)scope, day,
                                                          event, a.v[0].id, &total);
                FUZZ_CHECK(rank >= 1 && rank <= total && total <= a.n);
            }
        }
    }
    leaderboard_free(&a);
    leaderboard_free(&b);
    fuzz_file_clean();
    return 0;
}
