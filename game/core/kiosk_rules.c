/* kiosk_rules — the kiosk's rules in time: when a round left alone is
 * asked about and given up, when a held exit gesture completes, what a
 * quick answer earns. Pure functions of a clock the caller passes in, so
 * tests run them on a virtual one. */
#include "core/core.h"

#include <math.h>

void kiosk_idle_touch(kiosk_idle *k, double now) { k->last_input = now; }

kiosk_idle_state kiosk_idle_at(const kiosk_idle *k, const kiosk_config *c, double now,
                               double *left)
{
    double ask = k->last_input + c->idle_seconds;
    double give_up = ask + c->still_there_seconds;
    kiosk_idle_state st = now < ask ? KIOSK_IDLE_ACTIVE
                        : now < give_up ? KIOSK_IDLE_ASKING : KIOSK_IDLE_EXPIRED;
    if (left) *left = st == KIOSK_IDLE_ACTIVE ? ask - now : st == KIOSK_IDLE_ASKING ? give_up - now : 0;
    return st;
}

void kiosk_hold_start(kiosk_hold *h, double now)
{
    h->holding = 1;
    h->since = now;
}

void kiosk_hold_stop(kiosk_hold *h) { h->holding = 0; }

int kiosk_hold_done(kiosk_hold *h, double now)
{
    if (!h->holding || now < h->since + KIOSK_HOLD_S) return 0;
    h->holding = 0;
    return 1;
}

double kiosk_hold_deadline(const kiosk_hold *h) { return h->holding ? h->since + KIOSK_HOLD_S : -1; }

int kiosk_speed_points(double seconds, int decision_seconds)
{
    int budget = decision_seconds > 0 ? decision_seconds : KIOSK_SPEED_BUDGET_S;
    if (!(seconds >= 0)) seconds = 0;   /* NaN or a clock that went back */
    double left = floor((double)budget - seconds);
    return left > 0 ? (int)left : 0;
}
