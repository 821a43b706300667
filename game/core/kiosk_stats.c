/* kiosk_stats — STUB, replaced by the day's figures. */
#include "core/core.h"

#include <string.h>

void kiosk_stats_of(const results_history *h, const char *day, long utc_offset_s, kiosk_stats *out)
{
    (void)h; (void)day; (void)utc_offset_s;
    memset(out, 0, sizeof *out);
}
