/*
 * name_filter — is a nickname fit for a public leaderboard?
 *
 * A kiosk shows visitors' nicknames to everyone passing the booth, so a
 * nickname is refused when it is malformed (invalid UTF-8, control or
 * invisible characters, too long, nothing but punctuation) or when it
 * matches the blocklist, a plain text file (assets/blocklist.txt) that
 * trainers and event staff extend without a rebuild. The reason given is for
 * the log only; the screen just asks for another name.
 *
 * Names and blocked terms are compared after the same normalisation
 * (name_normalise), so a list entry written once catches its disguises:
 * "F.U.C.K", "ｆｕｃｋ", "Fu_ck", "fuuuck", "f0ck"-style digits, "チンコ",
 * "ﾁﾝｺ" and "ちんこ" are one word. A '1' stands for 'i' or 'l', so a name
 * is normalised twice (1 as i, then 1 as l) and refused if either matches.
 *
 * Matching, and the Scunthorpe problem. Searching for blocked terms
 * anywhere inside a name refuses innocent names that happen to contain one
 * ("Cassandra" holds "ass", "Titus" "tit", the town of Scunthorpe a worse
 * one). Matching whole names only lets "xxfuckxx" through. So:
 *   - a term of 4 or more normalised characters is searched for anywhere
 *     ("fuck" catches "fuckyou", "ﾌｧｯｸ" catches "ファックユー");
 *   - a shorter term must be the whole name ("ass" refuses "Ass" and
 *     "A$$", not "Cassandra"), since 2 or 3 letters turn up inside ordinary
 *     names all the time;
 *   - the list may override either way: "*term" is searched for anywhere
 *     whatever its length (for short terms that no innocent name contains,
 *     such as 死ね), "=term" must be the whole name whatever its length (for
 *     longer ones that innocent words contain, such as "rape" in "grapes"),
 *     and "+word" is an allowed word: a blocked term lying inside an
 *     occurrence of it does not count ("+scunthorpe", "+hancock").
 * Collapsing repeated letters shortens terms too ("ass" is compared as
 * "as"); the length rule applies to the normalised form.
 * The filter deliberately errs on the side of blocking: a visitor whose
 * innocent name is refused just picks another, while an offensive name
 * stays on a public screen for a whole event.
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

/* ---- Normalising ------------------------------------------------------------ */

/* fold() results that are not characters. */
#define DROP 0u
#define DAKUTEN 1u      /* voiced sound mark: か+゛ is が */
#define HANDAKUTEN 2u   /* semi-voiced sound mark: は+゜ is ぱ */

/* Latin-1 letters U+00C0..U+00FF without their accents; '_' drops (× ÷). */
static const char latin1[] =
    "aaaaaaaceeeeiiii" "dnooooo_ouuuuyps"
    "aaaaaaaceeeeiiii" "dnooooo_ouuuuypy";

/* Half-width katakana U+FF66..U+FF9D as hiragana (U+FF70, the half-width
 * long vowel mark, is 0: dropped like its full-width form). */
static const uint16_t halfwidth[] = {
    0x3092, 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3083, 0x3085, 0x3087, 0x3063, /* ｦｧｨｩｪｫｬｭｮｯ */
    0,                                                                              /* ｰ */
    0x3042, 0x3044, 0x3046, 0x3048, 0x304A,                                          /* ｱｲｳｴｵ */
    0x304B, 0x304D, 0x304F, 0x3051, 0x3053,                                          /* ｶｷｸｹｺ */
    0x3055, 0x3057, 0x3059, 0x305B, 0x305D,                                          /* ｻｼｽｾｿ */
    0x305F, 0x3061, 0x3064, 0x3066, 0x3068,                                          /* ﾀﾁﾂﾃﾄ */
    0x306A, 0x306B, 0x306C, 0x306D, 0x306E,                                          /* ﾅﾆﾇﾈﾉ */
    0x306F, 0x3072, 0x3075, 0x3078, 0x307B,                                          /* ﾊﾋﾌﾍﾎ */
    0x307E, 0x307F, 0x3080, 0x3081, 0x3082,                                          /* ﾏﾐﾑﾒﾓ */
    0x3084, 0x3086, 0x3088,                                                          /* ﾔﾕﾖ */
    0x3089, 0x308A, 0x308B, 0x308C, 0x308D,                                          /* ﾗﾘﾙﾚﾛ */
    0x308F, 0x3093,                                                                  /* ﾜﾝ */
};
_Static_assert(sizeof halfwidth / sizeof halfwidth[0] == 0xFF9D - 0xFF66 + 1,
               "one entry per half-width katakana");

/* Small kana to full size: ぁ and あ, っ and つ, ゃ and や are one letter, so
 * "ファック" and "ふあつく" compare equal and a small kana cannot split a word. */
static uint32_t kana_full_size(uint32_t c)
{
    switch (c) {
    case 0x3041: case 0x3043: case 0x3045: case 0x3047: case 0x3049: /* ぁぃぅぇぉ */
    case 0x3063:                                                     /* っ */
    case 0x3083: case 0x3085: case 0x3087:                           /* ゃゅょ */
    case 0x308E:                                                     /* ゎ */
        return c + 1;
    case 0x3095: return 0x304B;  /* ゕ */
    case 0x3096: return 0x3051;  /* ゖ */
    default: return c;
    }
}

/* The hiragana c with a (semi-)voiced mark, or 0 when it takes none. */
static uint32_t kana_voiced(uint32_t c, uint32_t mark)
{
    if (c == 0x306F || c == 0x3072 || c == 0x3075 || c == 0x3078 || c == 0x307B) /* はひふへほ */
        return mark == DAKUTEN ? c + 1 : c + 2;
    if (mark != DAKUTEN)
        return 0;
    if (c == 0x3046)                                   /* う: ゔ */
        return 0x3094;
    if ((c >= 0x304B && c <= 0x3061 && (c & 1u)) ||    /* かきくけこ さしすせそ たち */
        c == 0x3064 || c == 0x3066 || c == 0x3068)     /* つてと */
        return c + 1;
    return 0;
}

/* One code point in its compared form: a character, DROP, or a sound mark.
 * one_as_l: read the digit 1 as l rather than i. */
static uint32_t fold(uint32_t c, int one_as_l)
{
    /* Width and style variants of ASCII letters and digits. */
    if (c >= 0xFF01 && c <= 0xFF5E)                    /* full-width ASCII */
        c -= 0xFEE0;
    else if (c >= 0x24B6 && c <= 0x24CF)               /* Ⓐ..Ⓩ */
        c = 'a' + (c - 0x24B6);
    else if (c >= 0x24D0 && c <= 0x24E9)               /* ⓐ..ⓩ */
        c = 'a' + (c - 0x24D0);
    else if (c >= 0x1D400 && c <= 0x1D6A3)             /* mathematical bold, italic... A-Z a-z */
        c = 'a' + (c - 0x1D400) % 52 % 26;
    else if (c >= 0x1D7CE && c <= 0x1D7FF)             /* mathematical digits */
        c = '0' + (c - 0x1D7CE) % 10;

    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            return c - 'A' + 'a';
        if (c >= 'a' && c <= 'z')
            return c;
        switch (c) {  /* digits and symbols standing for letters */
        case '0': return 'o';
        case '1': return one_as_l ? 'l' : 'i';
        case '3': return 'e';
        case '4': case '@': return 'a';
        case '5': case '$': return 's';
        case '7': return 't';
        case '8': return 'b';
        case '!': return 'i';
        case '|': return 'l';
        default: break;
        }
        if (c >= '0' && c <= '9')
            return c;
        return DROP;  /* space, punctuation, separators */
    }
    if (c >= 0xC0 && c <= 0xFF)
        return latin1[c - 0xC0] == '_' ? DROP : (uint32_t)(unsigned char)latin1[c - 0xC0];

    /* Cyrillic and Greek letters drawn like Latin ones ("fuсk" with a
     * Cyrillic с), then the rest of those alphabets in lower case. */
    switch (c) {
    case 0x0430: case 0x0410: case 0x03B1: case 0x0391: return 'a';
    case 0x0412: case 0x0432: case 0x0392: case 0x03B2: return 'b';
    case 0x0441: case 0x0421: return 'c';
    case 0x0435: case 0x0415: case 0x0395: return 'e';
    case 0x041D: case 0x043D: case 0x0397: return 'h';
    case 0x0456: case 0x0406: case 0x03B9: case 0x0399: return 'i';
    case 0x0458: case 0x0408: return 'j';
    case 0x043A: case 0x041A: case 0x039A: case 0x03BA: return 'k';
    case 0x041C: case 0x043C: case 0x039C: return 'm';
    case 0x039D: return 'n';
    case 0x043E: case 0x041E: case 0x03BF: case 0x039F: return 'o';
    case 0x0440: case 0x0420: case 0x03C1: case 0x03A1: return 'p';
    case 0x0455: case 0x0405: return 's';
    case 0x0422: case 0x0442: case 0x03A4: case 0x03C4: return 't';
    case 0x0443: case 0x0423: case 0x03A5: case 0x03C5: return 'y';
    case 0x0445: case 0x0425: case 0x03A7: case 0x03C7: return 'x';
    default: break;
    }
    if (c >= 0x0410 && c <= 0x042F)
        return c + 0x20;
    if (c >= 0x0400 && c <= 0x040F)
        return c + 0x50;
    if (c >= 0x0391 && c <= 0x03A9)
        return c + 0x20;

    /* Kana: katakana (full and half width) is compared as hiragana. The
     * long vowel mark (ー U+30FC, ｰ U+FF70) only lengthens a sound, like a
     * repeated letter, and is dropped with the symbols below: "しーね" is
     * "しね". */
    if (c >= 0x30A1 && c <= 0x30F6)
        return kana_full_size(c - 0x60);
    if (c == 0x30FD || c == 0x30FE)                    /* ヽヾ: ゝゞ */
        return c - 0x60;
    if (c >= 0xFF66 && c <= 0xFF9D)
        return halfwidth[c - 0xFF66] ? kana_full_size(halfwidth[c - 0xFF66]) : DROP;
    if (c == 0x3099 || c == 0x309B || c == 0xFF9E)
        return DAKUTEN;
    if (c == 0x309A || c == 0x309C || c == 0xFF9F)
        return HANDAKUTEN;
    if (c >= 0x3041 && c <= 0x3096)
        return kana_full_size(c);
    if (c >= 0x309D && c <= 0x309F)
        return c;

    /* Other letters are kept as they are; everything else (symbols, emoji,
     * punctuation, marks, the long vowel mark, the middle dot) is dropped. */
    if ((c >= 0x0100 && c <= 0x024F) ||                /* Latin extended */
        (c >= 0x0370 && c <= 0x03FF) ||                /* Greek */
        (c >= 0x0400 && c <= 0x052F) ||                /* Cyrillic */
        c == 0x3005 || c == 0x3007 ||                  /* 々 〇 */
        (c >= 0x3400 && c <= 0x4DBF) ||                /* CJK ideographs */
        (c >= 0x4E00 && c <= 0x9FFF) ||
        (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0x20000 && c <= 0x3FFFF) ||
        (c >= 0xAC00 && c <= 0xD7A3))                  /* Hangul syllables */
        return c;
    return DROP;
}

/* Normalises the len bytes at s into out (at most cap code points; the
 * caller gives at least one per code point of s, since nothing grows).
 * Returns the count. */
static size_t normalise(const char *s, size_t len, int one_as_l, uint32_t *out, size_t cap)
{
    size_t n = 0;
    for (size_t pos = 0; pos < len && n < cap;) {
        uint32_t c;
        pos += utf8_decode(s + pos, len - pos, &c);
        c = fold(c, one_as_l);
        if (c == DROP)
            continue;
        if (c == DAKUTEN || c == HANDAKUTEN) {  /* joins the kana before it, else dropped */
            uint32_t v = n ? kana_voiced(out[n - 1], c) : 0;
            if (v)
                out[n - 1] = v;
            continue;
        }
        out[n++] = c;
    }
    /* Runs of one letter are one letter: "fuuuck", "しねねね". */
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (k == 0 || out[k - 1] != out[i])
            out[k++] = out[i];
    return k;
}

/* Appends c as UTF-8 if it fits with a NUL after it; 0 when it does not. */
static int put_utf8(char *out, size_t outlen, size_t *pos, uint32_t c)
{
    char b[4];
    size_t n;
    if (c < 0x80) {
        b[0] = (char)c; n = 1;
    } else if (c < 0x800) {
        b[0] = (char)(0xC0 | (c >> 6)); b[1] = (char)(0x80 | (c & 0x3F)); n = 2;
    } else if (c < 0x10000) {
        b[0] = (char)(0xE0 | (c >> 12)); b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[2] = (char)(0x80 | (c & 0x3F)); n = 3;
    } else {
        b[0] = (char)(0xF0 | (c >> 18)); b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((c >> 6) & 0x3F)); b[3] = (char)(0x80 | (c & 0x3F)); n = 4;
    }
    if (*pos + n >= outlen)
        return 0;
    memcpy(out + *pos, b, n);
    *pos += n;
    out[*pos] = '\0';
    return 1;
}

size_t name_normalise(const char *s, char *out, size_t outlen)
{
    if (out && outlen)
        out[0] = '\0';
    if (!s)
        return 0;
    size_t len = strlen(s);
    uint32_t *cps = malloc((len ? len : 1) * sizeof *cps);
    if (!cps)
        return 0;
    size_t n = normalise(s, len, 0, cps, len);
    if (out && outlen) {
        size_t pos = 0;
        for (size_t i = 0; i < n; i++)
            if (!put_utf8(out, outlen, &pos, cps[i]))
                break;
    }
    free(cps);
    return n;
}

/* ---- Checks that need no list ------------------------------------------- */

/* Characters that control the terminal or the layout, or draw nothing:
 * refused rather than dropped, since they let two names look alike or
 * change how the leaderboard around them is drawn. */
static int is_control(uint32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) ||
           c == 0x00AD || c == 0x034F || c == 0x061C ||           /* soft hyphen, CGJ, ALM */
           c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || /* Hangul fillers */
           (c >= 0x180B && c <= 0x180E) ||
           (c >= 0x200B && c <= 0x200F) ||                        /* zero width, LRM, RLM */
           (c >= 0x2028 && c <= 0x202E) ||                        /* separators, bidi embedding */
           (c >= 0x2060 && c <= 0x206F) ||                        /* word joiner, bidi isolates */
           c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) ||
           (c >= 0xE0000 && c <= 0xE007F);                        /* tags */
}

int name_filter_ok(const char *nickname, char *why, size_t whylen)
{
    if (why && whylen)
        why[0] = '\0';
    if (!nickname || !nickname[0]) {
        bd_set_err(why, whylen, "empty");
        return 0;
    }
    size_t len = strlen(nickname), count = 0;
    for (size_t pos = 0; pos < len; count++) {
        uint32_t c;
        size_t n = utf8_decode(nickname + pos, len - pos, &c);
        if (c == 0xFFFDu && n == 1) {
            bd_set_err(why, whylen, "invalid UTF-8 at byte %zu", pos);
            return 0;
        }
        if (is_control(c)) {
            bd_set_err(why, whylen, "control or invisible character U+%04X", (unsigned)c);
            return 0;
        }
        pos += n;
    }
    if (count > NAME_MAX_CHARS) {
        bd_set_err(why, whylen, "too long: %zu characters (at most %d)", count, NAME_MAX_CHARS);
        return 0;
    }
    uint32_t cps[NAME_MAX_CHARS];
    if (normalise(nickname, len, 0, cps, NAME_MAX_CHARS) == 0) {
        bd_set_err(why, whylen, "no letters or digits (only spaces, punctuation or symbols)");
        return 0;
    }
    return 1;
}

/* ---- The blocklist ------------------------------------------------------------ */

typedef struct {
    uint32_t *cp;   /* normalised (1 as i) */
    size_t n;
    int anywhere;   /* searched for inside names; else must be the whole name */
    int line;
    char *text;     /* as written, for the log */
} nf_term;

struct name_filter {
    nf_term *block, *allow;
    size_t n_block, cap_block, n_allow, cap_allow;
};

static void terms_free(nf_term *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(t[i].cp);
        free(t[i].text);
    }
    free(t);
}

void name_filter_free(name_filter *f)
{
    if (!f)
        return;
    terms_free(f->block, f->n_block);
    terms_free(f->allow, f->n_allow);
    free(f);
}

size_t name_filter_count(const name_filter *f)
{
    return f ? f->n_block : 0;
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Adds one line's entry (s, n bytes: trimmed, not a comment). -1 with a
 * message on a bad line or out of memory. */
static int add_entry(name_filter *f, const char *path, int line, const char *s, size_t n,
                     char *err, size_t errlen)
{
    char mark = 0;
    if (s[0] == '*' || s[0] == '=' || s[0] == '+') {
        mark = s[0];
        s++, n--;
        while (n && is_blank(*s))
            s++, n--;
    }
    for (size_t pos = 0; pos < n;) {
        uint32_t c;
        size_t k = utf8_decode(s + pos, n - pos, &c);
        if (c == 0xFFFDu && k == 1) {
            bd_set_err(err, errlen, "%s:%d: invalid UTF-8", path, line);
            return -1;
        }
        if (c == 0) {
            bd_set_err(err, errlen, "%s:%d: NUL byte", path, line);
            return -1;
        }
        pos += k;
    }
    nf_term t = {0};
    t.line = line;
    t.cp = malloc((n ? n : 1) * sizeof *t.cp);
    t.text = malloc(n + 1);
    if (!t.cp || !t.text) {
        free(t.cp);
        free(t.text);
        bd_set_err(err, errlen, "%s: out of memory", path);
        return -1;
    }
    memcpy(t.text, s, n);
    t.text[n] = '\0';
    t.n = normalise(s, n, 0, t.cp, n);
    if (t.n == 0) {
        bd_set_err(err, errlen, "%s:%d: '%s' has no letters left after normalising",
                   path, line, t.text);
        free(t.cp);
        free(t.text);
        return -1;
    }
    /* The Scunthorpe rule (see the top of this file). */
    t.anywhere = mark == '*' || (mark == 0 && t.n >= 4);

    nf_term **arr = mark == '+' ? &f->allow : &f->block;
    size_t *cnt = mark == '+' ? &f->n_allow : &f->n_block;
    size_t *cap = mark == '+' ? &f->cap_allow : &f->cap_block;
    if (bd_grow((void **)arr, cap, *cnt + 1, sizeof **arr) < 0) {
        free(t.cp);
        free(t.text);
        bd_set_err(err, errlen, "%s: out of memory", path);
        return -1;
    }
    (*arr)[(*cnt)++] = t;
    return 0;
}

name_filter *name_filter_load(const char *path, char *err, size_t errlen)
{
    size_t len;
    char *data = file_read_all(path, &len, err, errlen);
    if (!data)
        return NULL;
    name_filter *f = calloc(1, sizeof *f);
    if (!f) {
        free(data);
        bd_set_err(err, errlen, "%s: out of memory", path);
        return NULL;
    }
    size_t pos = 0;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)  /* a BOM some editors write */
        pos = 3;
    for (int line = 1; pos < len; line++) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - data) : len;
        const char *s = data + pos;
        size_t n = end - pos;
        pos = end + 1;
        /* '#' starts a comment anywhere: it is punctuation, never part of a term. */
        const char *hash = memchr(s, '#', n);
        if (hash)
            n = (size_t)(hash - s);
        while (n && is_blank(*s))
            s++, n--;
        while (n && is_blank(s[n - 1]))
            n--;
        if (n == 0)
            continue;
        if (add_entry(f, path, line, s, n, err, errlen) < 0) {
            name_filter_free(f);
            free(data);
            return NULL;
        }
    }
    free(data);
    if (f->n_block == 0) {
        bd_set_err(err, errlen, "%s: no blocked terms", path);
        name_filter_free(f);
        return NULL;
    }
    return f;
}

/* Does needle occur in hay at pos? */
static int match_at(const uint32_t *hay, size_t n, size_t pos, const uint32_t *needle, size_t m)
{
    return pos + m <= n && memcmp(hay + pos, needle, m * sizeof *needle) == 0;
}

/* Does an allowed word cover hay[pos, pos+m)? */
static int allowed_at(const name_filter *f, const uint32_t *hay, size_t n, size_t pos, size_t m)
{
    for (size_t i = 0; i < f->n_allow; i++) {
        const nf_term *a = &f->allow[i];
        if (a->n < m)
            continue;
        size_t first = pos + m > a->n ? pos + m - a->n : 0;
        for (size_t q = first; q <= pos; q++)
            if (match_at(hay, n, q, a->cp, a->n))
                return 1;
    }
    return 0;
}

/* The first blocked term name (n code points) matches, or NULL. */
static const nf_term *blocked(const name_filter *f, const uint32_t *name, size_t n)
{
    for (size_t i = 0; i < f->n_block; i++) {
        const nf_term *t = &f->block[i];
        if (!t->anywhere) {
            if (t->n == n && match_at(name, n, 0, t->cp, t->n))
                return t;
            continue;
        }
        for (size_t p = 0; p + t->n <= n; p++)
            if (match_at(name, n, p, t->cp, t->n) && !allowed_at(f, name, n, p, t->n))
                return t;
    }
    return NULL;
}

int name_filter_check(const name_filter *f, const char *nickname, char *why, size_t whylen)
{
    if (!f) {
        bd_set_err(why, whylen, "no blocklist loaded");
        return 0;
    }
    if (!name_filter_ok(nickname, why, whylen))
        return 0;
    size_t len = strlen(nickname);
    for (int one_as_l = 0; one_as_l <= 1; one_as_l++) {
        uint32_t name[NAME_MAX_CHARS];
        size_t n = normalise(nickname, len, one_as_l, name, NAME_MAX_CHARS);
        const nf_term *t = blocked(f, name, n);
        if (t) {
            bd_set_err(why, whylen, "%s blocked term '%s' (blocklist line %d)",
                       t->anywhere ? "contains" : "is", t->text, t->line);
            return 0;
        }
    }
    return 1;
}
