/*
 * kiosk_host — the kiosk command (`breachdrill kiosk`) and what main.c
 * shares with it.
 *
 * What it is for: running the game unattended at an event booth: the
 * kiosk's config and staff PIN (kiosk_pin_cli.c), the scenarios marked for
 * the kiosk and their facts cards (kiosk_scenarios.c), the board, the
 * nickname filter, the day's figures and the export behind the staff
 * screen (kiosk_host.c), and living under systemd: signals, readiness and
 * the watchdog (kiosk_service.c).
 * What it must not do: call SDL (game/platform does, and main must not
 * even initialise it); write the player's training files (config.json,
 * results.jsonl, session.json); print or log the PIN.
 */
#ifndef BD_KIOSK_HOST_H
#define BD_KIOSK_HOST_H

#include "core/core.h"
#include "platform/platform.h"
#include "script/script.h"
#include "ui/ui.h"

#include <signal.h>

#define MAX_SCENARIO_DIRS 16

/* ---- What main.c shares with the kiosk ------------------------------------ */

/* The command line, as main.c parsed it. */
typedef struct {
    int kiosk;                /* `breachdrill kiosk` */
    int set_pin;              /* `breachdrill kiosk --set-pin` */
    const char *data_override, *config_path, *script_path, *lang;
    const char *scenario_dirs[MAX_SCENARIO_DIRS];
    int nscenario_dirs;
    int fullscreen;           /* -1: as the config says */
    int window_w, window_h;   /* 0: as the config says */
    int has_renderer;
    renderer_choice renderer;
} options;

typedef struct game game;

/* The running game, training or kiosk. */
struct game {
    options opt;
    bd_paths paths;
    config cfg;                  /* what the ui reads (text size, theme, language) */
    const char *config_path;
    char user_scenarios[4200];   /* the player's own scenario folder */
    char user_plugins[4200];     /* kinds a trainer wrote, for any scenario */
    char data_plugins[4200];     /* the bundled kinds */
    const char *plugin_dirs[2];
    char results[4200];          /* the results log */
    char resume[4200];           /* the session in progress, for resuming */
    locale *loc;
    ui_app *app;
    platform *platform;          /* its clock times the sessions */
    ui_host host;                /* filled by the mode before game_run */
    /* The mode's part of game_run: begin runs once the app is made, before
     * the loop (it may fill more of lo), end once the loop has stopped and
     * before the app is freed. Either may be NULL. */
    void (*begin)(game *g, loop_options *lo);
    void (*end)(game *g);
    void *mode;                  /* the mode's own state */
};

/* ui_host callbacks every mode uses (ctx is the game). */
uint32_t host_new_seed(void *ctx);
double host_now(void *ctx);
int64_t host_unix_time(void *ctx);
/* Copies the records of player (NULL: everyone) in the game's results log
 * to a new file dir/PREFIX-YYYYMMDD-HHMMSS.jsonl (local time, or UTC when
 * utc is set): 0 with the
 * file in path and "N records" (the locale's count_key) in count, err
 * naming a line skipped as unreadable or ""; -1 with err. */
int game_export(const game *g, const char *player, const char *dir, const char *prefix, int utc,
                const char *count_key, char *path, size_t pathlen, char *count, size_t countlen,
                char *err, size_t errlen);
/* Loads lang's strings and hands them to the app (if made); -1 (said on
 * stderr) when they cannot be loaded. */
int game_set_locale(game *g, const char *lang);
/* Calls fn on each scenario folder in the order they are listed: the
 * bundled one, the user's, then each --scenarios folder. */
void game_each_scenario_dir(const game *g, void (*fn)(const char *dir, void *arg), void *arg);
/* Opens the window, runs the app with g->host until it quits, closes it:
 * the exit status. */
int game_run(game *g);

/* ---- The kiosk command (kiosk_host.c, kiosk_pin_cli.c) -------------------- */

/* Runs the kiosk; main.c has found the data and the user's folders and
 * filled g's paths. The exit status: 0 after a staff exit or SIGTERM. */
int kiosk_main(game *g);
/* `kiosk --set-pin`: asks for the PIN (twice, not echoed, on a terminal;
 * one line otherwise) and saves its hash in the kiosk's config. 0, or 1. */
int kiosk_set_pin_main(const game *g);
/* The kiosk's config file: --config, else kiosk.json beside config.json. */
void kiosk_config_path(const game *g, char *out, size_t outlen);

/* ---- The booth's scenarios (kiosk_scenarios.c) ----------------------------- */

/* The kiosk scenarios found, kept loaded for the whole run: the texts the
 * kiosk shows point into their scn_info. */
typedef struct {
    scenario **kept;
    size_t n_kept;
    ui_kiosk_scenario *list;     /* in the config's order, else as found */
    size_t n;
    ui_kiosk_fact *facts;        /* every kept scenario's cards, in the list's order */
    size_t n_facts;
} kiosk_scenarios;

/* Loads every scenario of g's folders, keeps those marked for the kiosk
 * (and listed in cfg->scenarios, when it lists any); broken files and ids
 * listed but not found are said on stderr. Returns how many were kept. */
size_t kiosk_scenarios_load(const game *g, const kiosk_config *cfg, kiosk_scenarios *out);
void kiosk_scenarios_free(kiosk_scenarios *ks);

/* ---- Living under systemd (kiosk_service.c) -------------------------------- */

typedef struct {
    int ready_sent;
    uint64_t watchdog_usec;      /* 0: no watchdog */
    double last_ping;            /* seconds, CLOCK_MONOTONIC */
} kiosk_service;

/* Before the window opens: SDL is told to leave signals alone, SIGTERM,
 * SIGINT and SIGHUP set the flag returned (the loop's stop), and the
 * watchdog's period is read. */
volatile sig_atomic_t *kiosk_service_start(kiosk_service *s);
/* loop_options.on_wake: READY=1 the first time (the first frame is up),
 * then WATCHDOG=1 every half period. ctx is the kiosk_service. */
void kiosk_service_wake(void *ctx);
/* STOPPING=1. */
void kiosk_service_stopping(kiosk_service *s);

#endif
