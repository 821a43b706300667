/*
 * wrap — BreachDrill's own word wrap on measured widths.
 *
 * Breaks UTF-8 text into lines no wider than max_width as measured by the
 * platform's ui_measure: at spaces for Latin text, between any two CJK
 * characters, and at '\n'. Kinsoku is kept by oidashi (pushing down): a
 * break that would start a line with 。」ー or small kana, or end one with
 * 「（, is no break opportunity, so the character before it moves down with
 * it. Only when no allowed break fits (「あ」。 on a two-character line) is a
 * rule broken; a line always holds at least one character.
 *
 * Decisions:
 * - len == 0 gives 0 lines. Otherwise every '\n' ends a line and the text
 *   after the last one is a line even when empty: "\n" gives two empty
 *   lines (width 0), "a\n" gives "a" and "".
 * - Spaces (' ', '\t', '\r') where a line wraps or ends belong to no line.
 *   A paragraph's leading spaces (indentation) stay with its first character.
 * - max_width <= 0 fits nothing, so as with any too-narrow width every
 *   character gets its own line; every line takes at least one character or
 *   '\n', so the loop always ends.
 *
 * Measuring: each segment (text between break opportunities) is measured
 * once and widths are summed; the segment that overflows carries its width
 * to the next line. Fonts kern, so a line made of several pieces is then
 * measured whole and gives back a piece while it is too wide.
 */
#include "ui/ui.h"

#include <limits.h>
#include <stdint.h>

enum { CL_OTHER, CL_CJK, CL_SPACE, CL_NEWLINE };

/* A code point plus the marks that must stay with it (combining marks,
 * variation selectors, ZWJ emoji sequences), or a whole run of spaces. */
typedef struct {
    size_t start, end;
    uint32_t cp;  /* base code point */
    int cls;
} cluster;

typedef enum { B_END, B_NEWLINE, B_SPACE, B_DIRECT } bound_kind;

/* Text between two break opportunities; end excludes trailing spaces. */
typedef struct {
    size_t start, end;
    bound_kind after;  /* what ends it */
    size_t next;       /* start of the next segment, or the '\n' */
} segment;

typedef struct {
    const ui_measure *m;
    ui_font font;
    const char *text;
    size_t len;
    long long max;
    int space_w;  /* width of one ' ', -1 until needed */
} wrap_ctx;

static int in(uint32_t cp, uint32_t lo, uint32_t hi)
{
    return cp >= lo && cp <= hi;
}

static int is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\r';
}

/* Characters with a break opportunity on both sides (UAX #14 class ID and
 * friends): Hangul, CJK radicals to compatibility block (kana, CJK
 * punctuation, ideographic space), ideographs, full/half-width forms, emoji. */
static int is_cjk(uint32_t cp)
{
    return in(cp, 0x1100, 0x115F) || in(cp, 0x2E80, 0x303F) || in(cp, 0x3040, 0x33FF) ||
           in(cp, 0x3400, 0x4DBF) || in(cp, 0x4E00, 0x9FFF) || in(cp, 0xA960, 0xA97F) ||
           in(cp, 0xAC00, 0xD7AF) || in(cp, 0xF900, 0xFAFF) || in(cp, 0xFE30, 0xFE4F) ||
           in(cp, 0xFF00, 0xFFEF) || in(cp, 0x1F000, 0x1FAFF) || in(cp, 0x20000, 0x3FFFD);
}

/* Code points that never start a cluster of their own. */
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

static int in_list(uint32_t cp, const uint32_t *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (list[i] == cp)
            return 1;
    return 0;
}

/* ASCII , . : ; ? ! only matter after CJK or spaces (between Latin letters
 * there is no break anyway), so they are listed without context. */
int ui_wrap_no_line_start(uint32_t cp)
{
    static const uint32_t list[] = {
        ')', ']', '}', ',', '.', ':', ';', '?', '!',
        0x2019, 0x201D, 0x203C, 0x2047, 0x2048, 0x2049,         /* ’ ” ‼ ⁇ ⁈ ⁉ */
        0x3001, 0x3002, 0x3005, 0x303B, 0x3009, 0x300B,         /* 、。々〻〉》 */
        0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019,         /* 」』】〕〗〙 */
        0x301B, 0x301E, 0x301F, 0x309B, 0x309C, 0x309D, 0x309E, /* 〛〞〟゛゜ゝゞ */
        0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063,         /* ぁぃぅぇぉっ */
        0x3083, 0x3085, 0x3087, 0x308E, 0x3095, 0x3096,         /* ゃゅょゎゕゖ */
        0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3,         /* ァィゥェォッ */
        0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6,         /* ャュョヮヵヶ */
        0x30FB, 0x30FC, 0x30FD, 0x30FE,                         /* ・ーヽヾ */
        0xFF01, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, /* ！），．：；？ */
        0xFF3D, 0xFF5D, 0xFF60, 0xFF61, 0xFF63, 0xFF64, 0xFF65, /* ］｝｠｡｣､･ */
    };
    return in(cp, 0x31F0, 0x31FF) ||  /* small katakana for Ainu */
           in(cp, 0xFF67, 0xFF70) ||  /* half-width small kana ｧ..ｯ and ｰ */
           in_list(cp, list, sizeof list / sizeof list[0]);
}

int ui_wrap_no_line_end(uint32_t cp)
{
    static const uint32_t list[] = {
        '(', '[', '{', 0x2018, 0x201C,                          /* ‘ “ */
        0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, /* 〈《「『【〔〖 */
        0x3018, 0x301A, 0x301D, 0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, /* 〘〚〝（［｛｟ */
        0xFF62,                                                 /* ｢ */
    };
    return in_list(cp, list, sizeof list / sizeof list[0]);
}

static int break_ok(uint32_t before, uint32_t after)
{
    return !ui_wrap_no_line_end(before) && !ui_wrap_no_line_start(after);
}

static size_t decode(const wrap_ctx *w, size_t pos, uint32_t *cp)
{
    size_t n = utf8_decode(w->text + pos, w->len - pos, cp);
    if (n == 0 || n > w->len - pos) {  /* never trust a length that stalls or overruns */
        *cp = 0xFFFD;
        n = 1;
    }
    return n;
}

static cluster next_cluster(const wrap_ctx *w, size_t pos)
{
    cluster c = { pos, pos, 0, CL_OTHER };
    size_t p = pos + decode(w, pos, &c.cp);
    if (c.cp == '\n') {
        c.cls = CL_NEWLINE;
    } else if (is_space(c.cp)) {
        while (p < w->len && is_space((unsigned char)w->text[p]))
            p++;
        c.cls = CL_SPACE;
    } else {
        c.cls = is_cjk(c.cp) ? CL_CJK : CL_OTHER;
        int joiner = 0, regional = is_regional(c.cp);
        while (p < w->len) {
            uint32_t cp;
            size_t n = decode(w, p, &cp);
            if (cp == '\n' || is_space(cp))
                break;
            /* a ZWJ glues the next code point; two regional indicators make a flag */
            if (!is_extend(cp) && !joiner && !(regional && is_regional(cp)))
                break;
            joiner = cp == 0x200D;
            regional = 0;
            p += n;
        }
    }
    c.end = p;
    return c;
}

/* Scans from pos to the next break opportunity. Spaces break unless kinsoku
 * forbids it (then they stay inside, like UAX #14's "OP SP* ×"); two
 * adjacent characters break when either is CJK and kinsoku allows. */
static segment next_segment(const wrap_ctx *w, size_t pos)
{
    segment s = { pos, pos, B_END, w->len };
    cluster prev = { 0, 0, 0, CL_OTHER };
    int have_prev = 0;
    size_t p = pos;
    while (p < w->len) {
        cluster c = next_cluster(w, p);
        if (c.cls == CL_SPACE) {
            if (c.end >= w->len)
                return s;  /* trailing spaces of the text */
            cluster d = next_cluster(w, c.end);
            if (d.cls == CL_NEWLINE)
                c = d;     /* spaces before '\n' are dropped */
            else if (have_prev && break_ok(prev.cp, d.cp)) {
                s.after = B_SPACE;
                s.next = c.end;
                return s;
            } else {
                p = c.end; /* indentation, or spaces glued by kinsoku */
                continue;
            }
        }
        if (c.cls == CL_NEWLINE) {
            s.after = B_NEWLINE;
            s.next = c.start;
            return s;
        }
        if (have_prev && prev.end == c.start && (prev.cls == CL_CJK || c.cls == CL_CJK) &&
            break_ok(prev.cp, c.cp)) {
            s.after = B_DIRECT;
            s.next = c.start;
            return s;
        }
        prev = c;
        have_prev = 1;
        p = s.end = c.end;
    }
    return s;
}

static long long measure(const wrap_ctx *w, size_t a, size_t b)
{
    if (b <= a || !w->m || !w->m->width)
        return 0;
    int v = w->m->width(w->m->ctx, w->font, w->text + a, b - a);
    return v > 0 ? v : 0;
}

/* Gaps are nearly always plain spaces: measure one space once and multiply. */
static long long gap_width(wrap_ctx *w, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (w->text[i] != ' ')
            return measure(w, a, b);
    if (b > a && w->space_w < 0)
        w->space_w = (int)measure(w, a, a + 1);
    return (long long)(b - a) * (w->space_w > 0 ? w->space_w : 0);
}

typedef struct {
    size_t end, next;  /* line end (spaces trimmed), next line's start */
    long long x;       /* summed width of [line start, end) */
    int exact;         /* x is one measurement of exactly those bytes */
} cut;

/* Emergency break inside one segment too wide for the line: measures it
 * cluster by cluster up to the overflow. Returns 0 and the width in *c if it
 * fits after all; else 1 and the last fitting boundary in *c, preferring one
 * kinsoku allows, never before the first character. */
static int walk(wrap_ctx *w, size_t start, size_t seg_end, cut *c)
{
    cut ok = { 0, 0, 0, 0 }, any = { 0, 0, 0, 0 };
    int have_ok = 0, have_prev = 0;
    uint32_t prev_cp = 0;
    size_t first_end = 0, sp = SIZE_MAX;  /* sp: start of spaces since prev */
    long long x = 0, x_sp = 0;
    for (size_t p = start; p < seg_end;) {
        cluster cl = next_cluster(w, p);
        p = cl.end;
        if (cl.cls == CL_SPACE) {
            if (sp == SIZE_MAX) {
                sp = cl.start;
                x_sp = x;
            }
            x += gap_width(w, cl.start, cl.end);
            continue;
        }
        long long cw = measure(w, cl.start, cl.end);
        if (have_prev) {
            cut b = { sp != SIZE_MAX ? sp : cl.start, cl.start, sp != SIZE_MAX ? x_sp : x, 0 };
            b.exact = b.end == first_end;
            any = b;  /* only the very first boundary can be over the width */
            if (b.x <= w->max && break_ok(prev_cp, cl.cp)) {
                ok = b;
                have_ok = 1;
            }
            if (x + cw > w->max) {
                *c = have_ok ? ok : any;
                return 1;
            }
        } else if (cl.start == start) {
            first_end = cl.end;
        }
        x += cw;
        prev_cp = cl.cp;
        have_prev = 1;
        sp = SIZE_MAX;
    }
    c->end = c->next = seg_end;
    c->x = x;
    c->exact = first_end == seg_end;
    return 0;
}

/* The last break before end that leaves [start, e) non-empty: a segment
 * boundary, or with by_segment == 0 a boundary between characters, the
 * last one kinsoku allows if there is one (as walk prefers), else the last
 * of any kind. Used only when kerning made a line too wide, so rescanning
 * is fine. */
static int back_off(const wrap_ctx *w, size_t start, size_t end, int by_segment,
                    size_t *e, size_t *n)
{
    int found = 0;
    if (by_segment) {
        for (size_t p = start;;) {
            segment s = next_segment(w, p);
            if (s.end >= end || (s.after != B_SPACE && s.after != B_DIRECT))
                return found;
            *e = s.end;
            *n = p = s.next;
            found = 1;
        }
    }
    size_t last_end = start, ok_e = 0, ok_n = 0;
    uint32_t prev_cp = 0;
    int have_ok = 0;
    for (size_t p = start; p < end;) {
        cluster c = next_cluster(w, p);
        if (c.cls != CL_SPACE) {
            if (last_end > start) {
                *e = last_end;
                *n = c.start;
                found = 1;
                if (break_ok(prev_cp, c.cp)) {
                    ok_e = last_end;
                    ok_n = c.start;
                    have_ok = 1;
                }
            }
            last_end = c.end;
            prev_cp = c.cp;
        }
        p = c.end;
    }
    if (have_ok) {
        *e = ok_e;
        *n = ok_n;
    }
    return found;
}

size_t ui_wrap(const ui_measure *m, ui_font font, const char *text, size_t len,
               int max_width, ui_line *lines, size_t max_lines)
{
    if (!text || len == 0)
        return 0;
    if (!lines)
        max_lines = 0;
    wrap_ctx w = { m, font, text, len, max_width, -1 };
    size_t count = 0, pos = 0;
    segment carry = { 0, 0, B_END, 0 };
    int have_carry = 0, carry_exact = 0;
    long long carry_w = 0;

    for (;;) {
        size_t start = pos, end, next;
        segment seg = have_carry ? carry : next_segment(&w, pos);
        long long x = have_carry ? carry_w : 0;
        int exact = 1, nsegs = 1, done = 0;
        /* An estimate far over the width needs no exact measurement: the
         * remainder of a huge word is walked, not re-measured whole. */
        int known_long = have_carry && !carry_exact && x - w.max > w.max;
        if (!have_carry || (!carry_exact && !known_long))
            x = measure(&w, seg.start, seg.end);
        have_carry = 0;

        cut c = { 0, 0, 0, 0 };
        if ((known_long || x > w.max) && walk(&w, start, seg.end, &c)) {
            /* The segment alone is too wide: break it between characters and
             * carry an estimate of the rest. */
            end = c.end;
            next = c.next;
            carry = seg;
            carry.start = next;
            carry_w = x > c.x ? x - c.x : 0;
            carry_exact = 0;
            have_carry = 1;
            x = c.x;
            exact = c.exact;
        } else {
            if (known_long || x > w.max) {  /* kerning: fits when walked */
                x = c.x;
                exact = c.exact;
            }
            segment cur = seg;
            while (cur.after == B_SPACE || cur.after == B_DIRECT) {
                segment nx = next_segment(&w, cur.next);
                long long gap = cur.after == B_SPACE ? gap_width(&w, cur.end, cur.next) : 0;
                long long nw = measure(&w, nx.start, nx.end);
                if (x + gap + nw > w.max) {
                    carry = nx;
                    carry_w = nw;
                    carry_exact = have_carry = 1;
                    break;
                }
                x += gap + nw;
                cur = nx;
                nsegs++;
                exact = 0;
            }
            end = cur.end;
            if (have_carry)
                next = carry.start;
            else if (cur.after == B_NEWLINE)
                next = cur.next + 1;
            else
                next = len, done = 1;
        }

        if (!exact) {
            /* Summed widths ignore kerning across pieces: check the whole
             * line and give back a piece at a time while it is too wide. */
            x = measure(&w, start, end);
            size_t e, n;
            while (x > w.max && back_off(&w, start, end, nsegs > 1, &e, &n)) {
                end = e;
                next = n;
                have_carry = done = 0;
                if (nsegs > 1)
                    nsegs--;
                x = measure(&w, start, end);
            }
        }

        count++;
        if (count <= max_lines) {
            lines[count - 1].start = start;
            lines[count - 1].len = end - start;
            lines[count - 1].width = x > INT_MAX ? INT_MAX : (int)x;
        }
        if (done)
            return count;
        pos = next;
    }
}
