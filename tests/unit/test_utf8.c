/* test_utf8 — strict decoding (1-4 bytes, invalid, overlong, surrogate,
 * truncated, out of range) and clipping that never splits a code point. */
#include "core/core.h"
#include "check.h"

static void check_decode(const char *s, size_t len, size_t want_n, uint32_t want_cp)
{
    uint32_t cp = 0;
    size_t n = utf8_decode(s, len, &cp);
    CHECK_INT(n, want_n);
    CHECK_INT(cp, want_cp);
}

#define FFFD 0xFFFDu

static void test_valid(void)
{
    check_decode("A", 1, 1, 'A');
    check_decode("\x7f", 1, 1, 0x7F);
    check_decode("", 1, 1, 0);                       /* NUL is a code point */
    check_decode("\xc2\x80", 2, 2, 0x80);            /* smallest 2-byte */
    check_decode("\xc3\xa9", 2, 2, 0xE9);            /* é */
    check_decode("\xdf\xbf", 2, 2, 0x7FF);
    check_decode("\xe0\xa0\x80", 3, 3, 0x800);       /* smallest 3-byte */
    check_decode("\xe6\x97\xa5", 3, 3, 0x65E5);      /* 日 */
    check_decode("\xed\x9f\xbf", 3, 3, 0xD7FF);      /* just below surrogates */
    check_decode("\xee\x80\x80", 3, 3, 0xE000);      /* just above surrogates */
    check_decode("\xef\xbf\xbd", 3, 3, 0xFFFD);      /* a real U+FFFD is 3 bytes */
    check_decode("\xf0\x90\x80\x80", 4, 4, 0x10000); /* smallest 4-byte */
    check_decode("\xf0\x9f\x94\x92", 4, 4, 0x1F512); /* lock emoji */
    check_decode("\xf4\x8f\xbf\xbf", 4, 4, 0x10FFFF);
    /* Only the first code point is decoded, whatever follows. */
    check_decode("\xc3\xa9xyz", 5, 2, 0xE9);
}

static void test_invalid(void)
{
    check_decode("\x80", 1, 1, FFFD);                /* stray continuation */
    check_decode("\xbf", 1, 1, FFFD);
    check_decode("\xfe", 1, 1, FFFD);
    check_decode("\xff", 1, 1, FFFD);
    check_decode("\xc3\x41", 2, 1, FFFD);            /* lead without continuation */
    check_decode("\xe6\x97\x41", 3, 1, FFFD);
    /* Overlong forms: the same code point in more bytes than needed. */
    check_decode("\xc0\x80", 2, 1, FFFD);            /* overlong NUL */
    check_decode("\xc1\xbf", 2, 1, FFFD);
    check_decode("\xe0\x80\xaf", 3, 1, FFFD);        /* overlong '/' */
    check_decode("\xe0\x9f\xbf", 3, 1, FFFD);        /* overlong U+07FF */
    check_decode("\xf0\x8f\xbf\xbf", 4, 1, FFFD);    /* overlong U+FFFF */
    /* UTF-16 surrogates are not code points in UTF-8. */
    check_decode("\xed\xa0\x80", 3, 1, FFFD);        /* U+D800 */
    check_decode("\xed\xbf\xbf", 3, 1, FFFD);        /* U+DFFF */
    /* Above U+10FFFF. */
    check_decode("\xf4\x90\x80\x80", 4, 1, FFFD);    /* U+110000 */
    check_decode("\xf5\x80\x80\x80", 4, 1, FFFD);
    check_decode("\xf8\x88\x80\x80\x80", 5, 1, FFFD);
    /* Truncated: len cuts the sequence short even though bytes follow. */
    check_decode("\xe6\x97\xa5", 2, 1, FFFD);
    check_decode("\xf0\x9f\x94\x92", 3, 1, FFFD);
    check_decode("\xc3\xa9", 1, 1, FFFD);
    check_decode("\xe6\x97", 2, 1, FFFD);
    /* No input at all still returns >= 1 so loops make progress. */
    check_decode("", 0, 1, FFFD);
    /* A NULL cp is allowed. */
    CHECK_INT(utf8_decode("\xe6\x97\xa5", 3, NULL), 3);
}

/* Walking a string with utf8_decode always terminates and covers it. */
static void test_walk(void)
{
    const char s[] = "a\xc3\xa9\xff\xe6\x97\xa5\xed\xa0\x80z";
    size_t len = sizeof s - 1, pos = 0;
    uint32_t cps[16];
    int n = 0;
    while (pos < len && n < 16) {
        pos += utf8_decode(s + pos, len - pos, &cps[n++]);
    }
    CHECK_INT(pos, len);
    CHECK_INT(n, 8);    /* a, é, FFFD, 日, FFFD x3 (surrogate bytes), z */
    CHECK_INT(cps[0], 'a');
    CHECK_INT(cps[1], 0xE9);
    CHECK_INT(cps[2], FFFD);
    CHECK_INT(cps[3], 0x65E5);
    CHECK_INT(cps[4], FFFD);
    CHECK_INT(cps[7], 'z');
}

static void test_clip(void)
{
    const char *jp = "\xe6\x97\xa5\xe6\x9c\xac";  /* 日本: 3 + 3 bytes */
    CHECK_INT(utf8_clip(jp, 6, 0), 0);
    CHECK_INT(utf8_clip(jp, 6, 1), 0);
    CHECK_INT(utf8_clip(jp, 6, 2), 0);
    CHECK_INT(utf8_clip(jp, 6, 3), 3);
    CHECK_INT(utf8_clip(jp, 6, 4), 3);
    CHECK_INT(utf8_clip(jp, 6, 5), 3);
    CHECK_INT(utf8_clip(jp, 6, 6), 6);
    CHECK_INT(utf8_clip(jp, 6, 100), 6);
    CHECK_INT(utf8_clip(jp, 4, 100), 4);  /* len wins; trailing byte is invalid, 1 unit */

    CHECK_INT(utf8_clip("hello", 5, 3), 3);
    CHECK_INT(utf8_clip("a\xf0\x9f\x94\x92", 5, 4), 1);
    CHECK_INT(utf8_clip("a\xf0\x9f\x94\x92", 5, 5), 5);
    CHECK_INT(utf8_clip("\xc3\xa9\xc3\xa9", 4, 3), 2);
    /* Invalid bytes are single units, so clipping may end right after one. */
    CHECK_INT(utf8_clip("\xff\xff\xc3\xa9", 4, 3), 2);

    /* Exhaustive: for every max, the clip ends on a code point boundary. */
    const char mix[] = "A\xc3\xa9\xe6\x97\xa5\xf0\x9f\x94\x92\x80Z";
    size_t mlen = sizeof mix - 1;
    int boundary[sizeof mix] = {0};
    for (size_t pos = 0; pos < mlen;) {
        boundary[pos] = 1;
        pos += utf8_decode(mix + pos, mlen - pos, NULL);
    }
    boundary[mlen] = 1;
    int all_ok = 1;
    for (size_t max = 0; max <= mlen + 2; max++) {
        size_t c = utf8_clip(mix, mlen, max);
        if (c > max || !boundary[c])
            all_ok = 0;
        /* Longest: the next boundary after c must be beyond max. */
        size_t next = c + 1;
        while (next <= mlen && !boundary[next])
            next++;
        if (c < mlen && next <= max)
            all_ok = 0;
    }
    CHECK(all_ok);
}

int main(void)
{
    test_valid();
    test_invalid();
    test_walk();
    test_clip();
    return check_done();
}
