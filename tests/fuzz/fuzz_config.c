/* Fuzz target: the player's config (config_load) and the kiosk's
 * (kiosk_config_load), both JSON files a person may have edited by hand.
 *
 * Properties checked besides memory safety:
 * - config_load returns 0 or -1 for a file that exists (1 is only for no
 *   file), and whatever it loaded — every key it accepted, defaults for the
 *   rest — saves and loads back equal, with no complaint;
 * - kiosk_config_load returns 0 or 2 (2: set aside, the defaults kept), and
 *   what it loaded saves (kiosk_config_save refuses only what the loader
 *   would not accept, so it must not refuse this) and loads back equal. */
#include "core/core.h"

#include "fuzz_file.h"

#include <stdint.h>
#include <string.h>

static void config_equal(const config *a, const config *b)
{
    FUZZ_CHECK(a->renderer == b->renderer);
    FUZZ_CHECK(a->fullscreen == b->fullscreen);
    FUZZ_CHECK(strcmp(a->language, b->language) == 0);
    FUZZ_CHECK(a->text_size == b->text_size);
    FUZZ_CHECK(a->high_contrast == b->high_contrast);
    FUZZ_CHECK(a->reduce_motion == b->reduce_motion);
    FUZZ_CHECK(a->window_w == b->window_w && a->window_h == b->window_h);
    FUZZ_CHECK(strcmp(a->player, b->player) == 0);
    FUZZ_CHECK(strcmp(a->employee_id, b->employee_id) == 0);
    FUZZ_CHECK(a->ask_employee_id == b->ask_employee_id);
    FUZZ_CHECK(a->pass_mark == b->pass_mark);
    FUZZ_CHECK(strcmp(a->xapi_home_page, b->xapi_home_page) == 0);
    FUZZ_CHECK(strcmp(a->xapi_activity_base, b->xapi_activity_base) == 0);
}

static void kiosk_equal(const kiosk_config *a, const kiosk_config *b)
{
    FUZZ_CHECK(strcmp(a->language, b->language) == 0);
    FUZZ_CHECK(a->fullscreen == b->fullscreen);
    FUZZ_CHECK(a->idle_seconds == b->idle_seconds);
    FUZZ_CHECK(a->still_there_seconds == b->still_there_seconds);
    FUZZ_CHECK(a->decision_seconds == b->decision_seconds);
    FUZZ_CHECK(a->attract_card_seconds == b->attract_card_seconds);
    FUZZ_CHECK(a->n_scenarios == b->n_scenarios);
    for (size_t i = 0; i < a->n_scenarios && i < KIOSK_MAX_SCENARIOS; i++)
        FUZZ_CHECK(strcmp(a->scenarios[i], b->scenarios[i]) == 0);
    FUZZ_CHECK(a->scenario_pick == b->scenario_pick);
    FUZZ_CHECK(a->leaderboard_scope == b->leaderboard_scope);
    FUZZ_CHECK(strcmp(a->event, b->event) == 0);
    FUZZ_CHECK(a->leaderboard_size == b->leaderboard_size);
    FUZZ_CHECK(strcmp(a->export_dir, b->export_dir) == 0);
    FUZZ_CHECK(strcmp(a->pin_hash, b->pin_hash) == 0);
}

static void fuzz_player_config(const char *path, const char *copy)
{
    char err[1024];
    config a, b;
    int rc = config_load(&a, path, err, sizeof err);
    FUZZ_CHECK(rc == 0 || rc == -1);
    FUZZ_CHECK(rc == 0 ? err[0] == '\0' : err[0] != '\0');
    if (config_save(&a, copy, err, sizeof err) != 0) {
        fprintf(stderr, "config_save refused what config_load gave: %s\n", err);
        abort();
    }
    rc = config_load(&b, copy, err, sizeof err);
    if (rc != 0) {
        fprintf(stderr, "a saved config does not load back: %s\n", err);
        abort();
    }
    config_equal(&a, &b);
}

static void fuzz_kiosk_config(const char *path, const char *copy)
{
    char warn[2048];
    kiosk_config a, b;
    int rc = kiosk_config_load(path, &a, warn, sizeof warn);
    FUZZ_CHECK(rc == 0 || rc == 2);
    if (kiosk_config_save(copy, &a, warn, sizeof warn) != 0) {
        fprintf(stderr, "kiosk_config_save refused what kiosk_config_load gave: %s\n", warn);
        abort();
    }
    rc = kiosk_config_load(copy, &b, warn, sizeof warn);
    if (rc != 0 || warn[0]) {
        fprintf(stderr, "a saved kiosk config does not load back clean (%d): %s\n", rc, warn);
        abort();
    }
    kiosk_equal(&a, &b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[4200], copy[4200];
    fuzz_file_write("config.json", data, size, path, sizeof path);
    snprintf(copy, sizeof copy, "%s/saved.json", fuzz_file_dir());
    fuzz_player_config(path, copy);
    /* The kiosk loader may rename a bad file aside: write the input again. */
    fuzz_file_write("kiosk.json", data, size, path, sizeof path);
    snprintf(copy, sizeof copy, "%s/kiosk-saved.json", fuzz_file_dir());
    fuzz_kiosk_config(path, copy);
    fuzz_file_clean();
    return 0;
}
