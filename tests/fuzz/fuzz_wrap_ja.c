/* Fuzz target: the word wrap (ui_wrap), Japanese line breaking and kinsoku
 * included, on any bytes and any width, with the tests' fake measure (every
 * code point half the font's size wide). With an odd size the halves are
 * rounded down per measurement, so a piece measured whole is wider than
 * its parts summed, as with a font that kerns: the breaker's re-measuring
 * path is reached too.
 *
 * Input: 2 bytes of width (signed, little-endian: 0 and negative widths
 * included), 1 byte of font size (2 to 64 px), then the text.
 *
 * The contract checked (wrap.c's header and ui.h), abort() on violation:
 * - the number of lines does not depend on the room given for them, and
 *   text of 0 bytes gives 0 lines;
 * - no line starts or ends inside a code point. Bytes that are not valid
 *   UTF-8 are each one character of their own (utf8_decode's U+FFFD), so
 *   this holds for any input;
 * - the lines, in order and with what lies between them, give back the
 *   input: the first starts at 0, and between two lines, and after the
 *   last, there are only spaces (' ', '\t', '\r') and, between two lines,
 *   at most one '\n', which ends that run. So the breaker drops exactly the
 *   spaces where a line wraps or ends and the '\n' that ends a paragraph;
 * - no line holds a '\n' or ends with a space; a line starts with a space
 *   only at the start of a paragraph (indentation);
 * - a line's width is its measured width, and at most the width asked for
 *   unless the line holds one character (its indentation aside);
 * - kinsoku: a line that wraps (not after a '\n') does not start with a
 *   character ui_wrap_no_line_start forbids, nor does the line before end
 *   with one ui_wrap_no_line_end forbids, unless that line has a single
 *   character or the line before offered no break that kinsoku allows (the
 *   one case where wrap.c says a rule is broken: 「あ」。 on a line two
 *   characters wide). */
#include "ui/ui.h"
#include "core/core.h"

#include "fake_measure.h"
#include "fuzz_file.h"   /* FUZZ_CHECK; this target needs no files */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* The code point at pos and its length in bytes, as the breaker decodes. */
static size_t decode_at(const char *t, size_t len, size_t pos, uint32_t *cp)
{
    size_t n = utf8_decode(t + pos, len - pos, cp);
    if (n == 0 || n > len - pos) {
        *cp = 0xFFFD;
        n = 1;
    }
    return n;
}

/* wrap.c's rule for what a character is (a code point and the marks that
 * stay with it), restated here as the oracle of the single-character
 * exceptions: combining marks, variation selectors, skin tones and tags
 * join the code point before; ZWJ joins the next; two regional indicators
 * make one flag. */
static int in(uint32_t cp, uint32_t lo, uint32_t hi)
{
    return cp >= lo && cp <= hi;
}

static int is_extend(uint32_t cp)
{
    return in(cp, 0x0300, 0x036F) || in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x1DC0, 0x1DFF) ||
           cp == 0x200D || in(cp, 0x20D0, 0x20FF) || in(cp, 0x3099, 0x309A) ||
           in(cp, 0xFE00, 0xFE0F) || in(cp, 0xFE20, 0xFE2F) || in(cp, 0x1F3FB, 0x1F3FF) ||
           in(cp, 0xE0020, 0xE007F) || in(cp, 0xE0100, 0xE01EF);
}

static int is_regional(uint32_t cp)
{
    return in(cp, 0x1F1E6, 0x1F1FF);
}

/* The characters (not spaces) of text[a, b): up to max base code points
 * into out, the last one in *last (0 when none), and how many there are. */
static size_t characters(const char *t, size_t len, size_t a, size_t b, uint32_t *out, size_t max,
                         uint32_t *last)
{
    *last = 0;
    size_t n = 0, p = a;
    int joiner = 0, regional = 0, in_char = 0;
    while (p < b) {
        uint32_t cp;
        size_t k = decode_at(t, len, p, &cp);
        if (is_space((int)cp) || cp == '\n') {
            in_char = 0;
        } else if (in_char && (is_extend(cp) || joiner || (regional && is_regional(cp)))) {
            regional = 0;
            joiner = cp == 0x200D;
        } else {
            if (n < max)
                out[n] = cp;
            *last = cp;
            n++;
            in_char = 1;
            joiner = 0;
            regional = is_regional(cp);
        }
        p += k;
    }
    return n;
}

/* 1 if [a, b) holds two neighbouring characters between which kinsoku
 * allows a break. */
static int has_allowed_break(const char *t, size_t len, size_t a, size_t b)
{
    uint32_t cps[4096], last;
    size_t n = characters(t, len, a, b, cps, 4096, &last);
    if (n > 4096)
        return 1;  /* a line this long is not the case in question */
    for (size_t i = 1; i < n; i++)
        if (!ui_wrap_no_line_end(cps[i - 1]) && !ui_wrap_no_line_start(cps[i]))
            return 1;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    int max_width = (int16_t)(uint16_t)(data[0] | data[1] << 8);
    /* From 2 px: at 1 px a character alone measures 0 but two measure 1, a
     * measure no font has, on which the give-back of a line that measures
     * wider whole than in pieces (kerning) rescans the line once per
     * character given back: cubic in the line's length. */
    ui_font font = { .role = FONT_SANS, .px = 2 + data[2] % 63, .bold = 0 };
    const char *t = (const char *)data + 3;
    size_t len = size - 3;
    ui_measure m = { fake_width, fake_height, NULL };

    size_t count = ui_wrap(&m, font, t, len, max_width, NULL, 0);
    FUZZ_CHECK((count == 0) == (len == 0));
    if (count == 0)
        return 0;
    ui_line *lines = calloc(count, sizeof *lines);
    FUZZ_CHECK(lines != NULL);
    FUZZ_CHECK(ui_wrap(&m, font, t, len, max_width, lines, count) == count);
    if (count > 1) {  /* less room than lines: the same count, the first ones filled */
        ui_line first[1];
        FUZZ_CHECK(ui_wrap(&m, font, t, len, max_width, first, 1) == count);
        FUZZ_CHECK(first[0].start == lines[0].start && first[0].len == lines[0].len);
    }

    /* Where code points start, as the breaker decodes from the text's start. */
    unsigned char *boundary = calloc(len + 1, 1);
    FUZZ_CHECK(boundary != NULL);
    for (size_t p = 0; p < len;) {
        uint32_t cp;
        boundary[p] = 1;
        p += decode_at(t, len, p, &cp);
    }
    boundary[len] = 1;

    FUZZ_CHECK(lines[0].start == 0);
    for (size_t i = 0; i < count; i++) {
        const ui_line *l = &lines[i];
        size_t end = l->start + l->len;
        FUZZ_CHECK(l->start <= len && l->len <= len - l->start);
        FUZZ_CHECK(boundary[l->start] && boundary[end]);
        FUZZ_CHECK(memchr(t + l->start, '\n', l->len) == NULL);
        FUZZ_CHECK(l->len == 0 || !is_space(t[end - 1]));
        int para = l->start == 0 || t[l->start - 1] == '\n';
        FUZZ_CHECK(l->len == 0 || para || !is_space(t[l->start]));

        /* What lies between this line and the next (or the end). */
        size_t next = i + 1 < count ? lines[i + 1].start : len;
        FUZZ_CHECK(next >= end);
        size_t p = end;
        while (p < next && is_space(t[p]))
            p++;
        if (i + 1 < count && p < next && t[p] == '\n')
            p++;
        FUZZ_CHECK(p == next);

        uint32_t first[2], last_here;
        size_t chars = characters(t, len, l->start, end, first, 2, &last_here);
        long long w = fake_width(NULL, font, t + l->start, l->len);
        FUZZ_CHECK(l->width == w);
        FUZZ_CHECK(l->width <= max_width || chars <= 1);

        if (i > 0 && !para) {
            const ui_line *prev = &lines[i - 1];
            uint32_t last, none[1];
            size_t pe = prev->start + prev->len;
            characters(t, len, prev->start, pe, none, 0, &last);
            int bad_start = chars >= 1 && ui_wrap_no_line_start(first[0]);
            int bad_end = prev->len > 0 && ui_wrap_no_line_end(last);
            if ((bad_start && chars > 1) || bad_end) {
                if (has_allowed_break(t, len, prev->start, pe)) {
                    fprintf(stderr, "kinsoku broken at line %zu (bytes %zu..%zu) although the "
                                    "line before could break elsewhere\n",
                            i + 1, l->start, l->start + l->len);
                    abort();
                }
            }
        }
    }
    free(boundary);
    free(lines);
    return 0;
}
