/* fake_measure — text measurement for ui tests without fonts: every code
 * point half the font's size wide, lines 1.25 times it high, so layouts
 * are exact and predictable. */
#ifndef BD_TEST_FAKE_MEASURE_H
#define BD_TEST_FAKE_MEASURE_H

#include "ui/ui.h"

static inline int fake_width(void *ctx, ui_font f, const char *s, size_t len)
{
    (void)ctx;
    int n = 0;
    for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n * f.px / 2;
}

static inline int fake_height(void *ctx, ui_font f)
{
    (void)ctx;
    return f.px + f.px / 4;
}

#endif
