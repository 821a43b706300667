/*
 * score — the contract's percentages: integer arithmetic only, so that a
 * score never depends on how a float rounds on some machine.
 */
#include "core/core.h"

/* floor(a / b) for b > 0, also for negative a (C division truncates). */
static long long floor_div(long long a, long long b)
{
    long long q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

int score_pct(int points, int max)
{
    if (max <= 0)
        return 100;
    /* round(100 p / m) with halves up = floor((200 p + m) / 2m) */
    long long pct = floor_div(200LL * points + max, 2LL * max);
    if (pct < 0)
        return 0;
    if (pct > 100)
        return 100;
    return (int)pct;
}

int score_total(int detect_pct, int respond_pct)
{
    /* round((d + r) / 2), halves up; both are 0..100 */
    return (int)floor_div((long long)detect_pct + respond_pct + 1, 2);
}
