/* kiosk_service — the kiosk as a systemd service: stopping on a signal,
 * telling systemd it is up, and pinging its watchdog.
 *
 * Under the shipped unit (deploy/breachdrill-kiosk.service) cage is the
 * service's main process and the kiosk its grandchild, so the kiosk speaks
 * to systemd on the unit's behalf (NotifyAccess=all lets it). */
#include "kiosk_host.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <systemd/sd-daemon.h>
#include <time.h>

static volatile sig_atomic_t stop_requested;

static void on_stop_signal(int sig)
{
    (void)sig;
    stop_requested = 1;
}

static double mono_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The watchdog's period. sd_watchdog_enabled answers 0 in a process other
 * than WATCHDOG_PID, which systemd sets to the main process: cage here.
 * The kiosk is what can hang, and its pings are the ones that mean
 * something, so it reads WATCHDOG_USEC itself then. */
static uint64_t watchdog_period(void)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0) return usec;
    const char *v = getenv("WATCHDOG_USEC");
    if (!v || !*v || !getenv("NOTIFY_SOCKET")) return 0;
    char *end;
    unsigned long long n = strtoull(v, &end, 10);
    return *end == '\0' ? (uint64_t)n : 0;
}

volatile sig_atomic_t *kiosk_service_start(kiosk_service *s)
{
    memset(s, 0, sizeof *s);
    /* SDL would turn SIGTERM into a quit event, which the kiosk ignores
     * (visitors must not close it); the loop's stop flag ends it instead.
     * SDL reads this hint from the environment when video starts. */
    setenv("SDL_NO_SIGNAL_HANDLERS", "1", 1);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);   /* the terminal it was started from closed */
    s->watchdog_usec = watchdog_period();
    s->last_ping = mono_now();
    return &stop_requested;
}

void kiosk_service_wake(void *ctx)
{
    kiosk_service *s = ctx;
    double now = mono_now();
    if (!s->ready_sent) {
        /* The loop calls this once the first frame is drawn. */
        sd_notify(0, "READY=1");
        s->ready_sent = 1;
    }
    if (s->watchdog_usec && now - s->last_ping >= (double)s->watchdog_usec / 2e6) {
        sd_notify(0, "WATCHDOG=1");
        s->last_ping = now;
    }
}

void kiosk_service_stopping(kiosk_service *s)
{
    (void)s;
    /* Said in the journal, so a stop is told apart from a staff exit. */
    if (stop_requested)
        fprintf(stderr, "breachdrill: stopping on a signal; a round in progress is recorded as left\n");
    sd_notify(0, "STOPPING=1");
}
