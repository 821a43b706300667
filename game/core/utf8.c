/*
 * utf8 — decode one code point and clip a string without splitting one.
 *
 * Strict decoding (RFC 3629): overlong forms, UTF-16 surrogates, values above
 * U+10FFFF, stray continuation bytes and truncated sequences are all invalid.
 * An invalid sequence yields U+FFFD and consumes exactly one byte, so a caller
 * walking a string always makes progress and resynchronises on the next byte.
 */
#include "core/core.h"

#define REPLACEMENT 0xFFFDu

static int is_cont(unsigned char c)
{
    return (c & 0xC0u) == 0x80u;
}

size_t utf8_decode(const char *s, size_t len, uint32_t *cp)
{
    uint32_t dummy;
    if (!cp)
        cp = &dummy;
    if (!s || len == 0) {
        *cp = REPLACEMENT;
        return 1;
    }
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[0];
    size_t need;
    uint32_t v, min;

    if (c < 0x80u) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2u && c <= 0xDFu) {  /* 0xC0, 0xC1 can only be overlong */
        need = 2; v = c & 0x1Fu; min = 0x80u;
    } else if (c >= 0xE0u && c <= 0xEFu) {
        need = 3; v = c & 0x0Fu; min = 0x800u;
    } else if (c >= 0xF0u && c <= 0xF4u) {  /* 0xF5.. would exceed U+10FFFF */
        need = 4; v = c & 0x07u; min = 0x10000u;
    } else {
        *cp = REPLACEMENT;
        return 1;
    }
    if (len < need) {
        *cp = REPLACEMENT;
        return 1;
    }
    for (size_t i = 1; i < need; i++) {
        if (!is_cont(u[i])) {
            *cp = REPLACEMENT;
            return 1;
        }
        v = (v << 6) | (u[i] & 0x3Fu);
    }
    if (v < min || v > 0x10FFFFu || (v >= 0xD800u && v <= 0xDFFFu)) {
        *cp = REPLACEMENT;
        return 1;
    }
    *cp = v;
    return need;
}

/* Walks whole code points; an invalid byte counts as one 1-byte unit, so the
 * result never ends in the middle of a well-formed multi-byte sequence. */
size_t utf8_clip(const char *s, size_t len, size_t max)
{
    if (!s)
        return 0;
    size_t limit = len < max ? len : max;
    size_t pos = 0;
    while (pos < limit) {
        uint32_t cp;
        size_t n = utf8_decode(s + pos, len - pos, &cp);
        if (pos + n > limit)
            break;
        pos += n;
    }
    return pos;
}
