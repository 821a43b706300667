/* test_wrap — word wrap on measured widths: Latin at spaces, Japanese
 * between characters, kinsoku, newlines, UTF-8 boundaries, max_lines,
 * max_width <= 0, kerning, call counts, and invariants over random text.
 * A fake font gives every code point below U+1100 10 px and every other
 * 20 px, so expected breaks are exact. */
#include "core/core.h"
#include "ui/ui.h"
#include "check.h"

#include <stdlib.h>

typedef struct {
    long calls;
    long long bytes;
    int tracking;  /* extra px between code points, to act like a kerned font */
} fake_font;

static fake_font fake;
static const ui_font font = { FONT_SANS, 16, 0 };

static int cp_width(uint32_t cp)
{
    return cp < 0x1100 ? 10 : 20;
}

static int text_width(const char *s, size_t len, int tracking)
{
    int w = 0, n = 0;
    for (size_t p = 0; p < len; n++) {
        uint32_t cp;
        p += utf8_decode(s + p, len - p, &cp);
        w += cp_width(cp);
    }
    return n > 1 ? w + tracking * (n - 1) : w;
}

static int fake_width(void *ctx, ui_font f, const char *s, size_t len)
{
    fake_font *ff = ctx;
    (void)f;
    ff->calls++;
    ff->bytes += (long long)len;
    return text_width(s, len, ff->tracking);
}

static int fake_line_height(void *ctx, ui_font f)
{
    (void)ctx;
    return f.px;
}

static const ui_measure measure = { fake_width, fake_line_height, &fake };

#define MAXL 4096
static ui_line lines[MAXL];

static size_t wrap(const char *text, int max)
{
    return ui_wrap(&measure, font, text, strlen(text), max, lines, MAXL);
}

/* The lines joined with '|', for readable expectations. */
static const char *wrap_str(const char *text, int max)
{
    static char buf[8192];
    size_t n = wrap(text, max), o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && i < MAXL; i++) {
        if (i)
            buf[o++] = '|';
        memcpy(buf + o, text + lines[i].start, lines[i].len);
        o += lines[i].len;
        buf[o] = '\0';
    }
    return buf;
}

/* ---- Invariants ----------------------------------------------------------- */

static int is_gap_byte(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static uint32_t cp_at(const char *s, size_t len, size_t *pos)
{
    uint32_t cp;
    *pos += utf8_decode(s + *pos, len - *pos, &cp);
    return cp;
}

/* Combining marks belong to the letter before them. */
static int is_mark(uint32_t cp)
{
    return cp >= 0x300 && cp <= 0x36F;
}

/* 1 if some break between two characters of the line is allowed by kinsoku:
 * then the wrap had a better choice than breaking a rule. */
static int has_kinsoku_ok_break(const char *s, size_t len)
{
    int have = 0;
    uint32_t prev = 0;
    for (size_t p = 0; p < len;) {
        uint32_t cp = cp_at(s, len, &p);
        if (cp == ' ' || cp == '\t' || cp == '\r' || is_mark(cp))
            continue;
        if (have && !ui_wrap_no_line_end(prev) && !ui_wrap_no_line_start(cp))
            return 1;
        prev = cp;
        have = 1;
    }
    return 0;
}

static uint32_t last_cp(const char *s, size_t len)
{
    uint32_t cp = 0;
    for (size_t p = 0; p < len;)
        cp = cp_at(s, len, &p);
    return cp;
}

/* Characters other than spaces; with spaces == 1, all code points. */
static int count_chars(const char *s, size_t len, int spaces)
{
    int n = 0;
    for (size_t p = 0; p < len;) {
        uint32_t cp = cp_at(s, len, &p);
        n += spaces || !(cp == ' ' || cp == '\t' || cp == '\r' || is_mark(cp));
    }
    return n;
}

/* Returns NULL if the wrap of text is sound, else what is wrong. kinsoku == 0
 * skips the kinsoku property (a kerned font may back off past it). */
static const char *invariants(const char *text, size_t len, int max, int kinsoku)
{
    static char bound[40001];
    size_t n = ui_wrap(&measure, font, text, len, max, lines, MAXL);
    if (len == 0)
        return n == 0 ? NULL : "lines for empty text";
    if (n == 0 || n > MAXL)
        return "line count";
    if (len >= sizeof bound)
        return "test text too long";
    memset(bound, 0, len + 1);
    for (size_t p = 0; p < len;) {
        bound[p] = 1;
        cp_at(text, len, &p);
    }
    bound[len] = 1;
    if (lines[0].start != 0)
        return "first line does not start at 0";
    for (size_t i = 0; i < n; i++) {
        const ui_line *l = &lines[i];
        size_t end = l->start + l->len;
        if (l->start > len || end > len)
            return "line outside the text";
        if (!bound[l->start] || !bound[end])
            return "line splits a code point";
        if (memchr(text + l->start, '\n', l->len))
            return "newline inside a line";
        if (l->len && is_gap_byte(text[end - 1]))
            return "line ends with a space";
        if (l->width != text_width(text + l->start, l->len, fake.tracking))
            return "width is not the measured width";
        if (l->width > max && count_chars(text + l->start, l->len, 0) > 1)
            return "line too wide";
        size_t next = i + 1 < n ? lines[i + 1].start : len;
        if (next < end)
            return "lines out of order";
        int newlines = 0;
        for (size_t p = end; p < next; p++) {
            if (!is_gap_byte(text[p]))
                return "text lost between lines";
            newlines += text[p] == '\n';
        }
        if (newlines > 1 || (i + 1 == n && newlines))
            return "newlines lost";
        if (i + 1 < n && !newlines) {  /* a wrap, not a '\n' */
            if (l->len == 0 || lines[i + 1].len == 0)
                return "empty line at a wrap";
            if (is_gap_byte(text[lines[i + 1].start]))
                return "wrapped line starts with a space";
            size_t p = lines[i + 1].start;
            uint32_t first = cp_at(text, len, &p);
            uint32_t last = last_cp(text + l->start, l->len);
            if (kinsoku && (ui_wrap_no_line_start(first) || ui_wrap_no_line_end(last)) &&
                has_kinsoku_ok_break(text + l->start, l->len))
                return "kinsoku broken although an allowed break fit";
        }
    }
    return NULL;
}

static void check_invariants(const char *text, size_t len, int max)
{
    const char *why = invariants(text, len, max, 1);
    CHECK(why == NULL);
    if (why)
        fprintf(stderr, "  %s: max %d, text \"%.*s\"\n", why, max, (int)len, text);
}

/* ---- Cases ------------------------------------------------------------------ */

static void test_empty_and_newlines(void)
{
    CHECK_INT(ui_wrap(&measure, font, "", 0, 100, lines, MAXL), 0);
    CHECK_INT(ui_wrap(&measure, font, "abc", 0, 100, lines, MAXL), 0);
    CHECK_INT(wrap("\n", 100), 2);
    CHECK_INT(lines[0].start, 0);
    CHECK_INT(lines[0].len, 0);
    CHECK_INT(lines[0].width, 0);
    CHECK_INT(lines[1].start, 1);
    CHECK_INT(lines[1].len, 0);
    CHECK_INT(wrap("\n\n", 100), 3);
    CHECK_STR(wrap_str("a\n", 100), "a|");
    CHECK_STR(wrap_str("ab\ncd ef", 1000), "ab|cd ef");
    CHECK_STR(wrap_str("ab\n\ncd", 1000), "ab||cd");
    CHECK_STR(wrap_str("ab   \ncd", 1000), "ab|cd");
    CHECK_INT(lines[1].start, 6);
    CHECK_STR(wrap_str("ab\r\ncd", 1000), "ab|cd");
    CHECK_STR(wrap_str("  indented\n  two", 1000), "  indented|  two");
    CHECK_INT(wrap("   ", 100), 1);
    CHECK_INT(lines[0].len, 0);
    /* '\n' still breaks when the line would be long enough without it. */
    CHECK_STR(wrap_str("あい\nう", 1000), "あい|う");
}

static void test_latin(void)
{
    CHECK_STR(wrap_str("the quick brown fox", 100), "the quick|brown fox");
    CHECK_INT(lines[0].width, 90);
    CHECK_STR(wrap_str("hello world", 110), "hello world");  /* exact fit */
    CHECK_INT(lines[0].width, 110);
    CHECK_STR(wrap_str("hello world", 109), "hello|world");
    CHECK_INT(lines[1].start, 6);
    CHECK_STR(wrap_str("aa   bb", 30), "aa|bb");
    CHECK_INT(lines[1].start, 5);
    CHECK_STR(wrap_str("aa bb ", 1000), "aa bb");
    CHECK_STR(wrap_str("  ab cd", 40), "  ab|cd");
    CHECK_STR(wrap_str("Don't click, verify.", 110), "Don't|click,|verify.");
    CHECK_STR(wrap_str("Don't click, verify.", 120), "Don't click,|verify.");
    /* A word wider than the line is broken between characters. */
    CHECK_STR(wrap_str("abcdefghij", 30), "abc|def|ghi|j");
    CHECK_STR(wrap_str("hi abcdefghij ok", 30), "hi|abc|def|ghi|j|ok");
    CHECK_STR(wrap_str("ab abcdefgh", 50), "ab|abcde|fgh");
}

static void test_japanese(void)
{
    CHECK_STR(wrap_str("あいうえおかきくけこ", 60), "あいう|えおか|きくけ|こ");
    CHECK_STR(wrap_str("あいう", 60), "あいう");  /* exact fit */
    CHECK_STR(wrap_str("あいう", 59), "あい|う");
    CHECK_STR(wrap_str("不審なメールを開かない。", 100), "不審なメー|ルを開かな|い。");
    /* oidashi: 。 may not start a line, so う moves down with it */
    CHECK_STR(wrap_str("あいう。えお", 60), "あい|う。え|お");
    CHECK_STR(wrap_str("セキュリティーポリシー", 60), "セキュ|リ|ティー|ポリ|シー");
    /* Full-width forms and 4-byte ideographs break too. */
    CHECK_STR(wrap_str("ＡＢＣＤ", 40), "ＡＢ|ＣＤ");
    CHECK_STR(wrap_str("𠀋𠀋𠀋", 40), "𠀋𠀋|𠀋");
}

static void test_kinsoku(void)
{
    static const char *no_start[] = {
        "。", "、", "，", "．", "・", "：", "；", "？", "！", "）", "」", "』", "】", "〕",
        "〉", "》", "］", "｝", ")", "]", "}", ",", ".", ":", ";", "?", "!",
        "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ゎ", "ァ", "ィ", "ゥ",
        "ェ", "ォ", "ッ", "ャ", "ュ", "ョ", "ヮ", "ヵ", "ヶ", "ｧ", "ｨ", "ｩ", "ｪ",
        "ｫ", "ｬ", "ｭ", "ｮ", "ｯ", "ｰ", "｡", "､", "｣", "ー", "々", "ゝ", "ゞ", "ヽ", "ヾ",
    };
    static const char *no_end[] = {
        "（", "「", "『", "【", "〔", "〈", "《", "［", "｛", "(", "[", "{",
    };
    char text[64], want[64];
    for (size_t i = 0; i < sizeof no_start / sizeof no_start[0]; i++) {
        const char *f = no_start[i];
        uint32_t cp;
        utf8_decode(f, strlen(f), &cp);
        CHECK(ui_wrap_no_line_start(cp));
        CHECK(!ui_wrap_no_line_end(cp));
        snprintf(text, sizeof text, "あいう%sえお", f);
        snprintf(want, sizeof want, "あい|う%sえ|お", f);
        CHECK_STR(wrap_str(text, 60), want);
    }
    for (size_t i = 0; i < sizeof no_end / sizeof no_end[0]; i++) {
        const char *o = no_end[i];
        uint32_t cp;
        utf8_decode(o, strlen(o), &cp);
        CHECK(ui_wrap_no_line_end(cp));
        CHECK(!ui_wrap_no_line_start(cp));
        snprintf(text, sizeof text, "あい%sうえお", o);
        snprintf(want, sizeof want, "あい|%sうえ|お", o);
        CHECK_STR(wrap_str(text, 60), want);
    }
    static const uint32_t neither[] = { 'a', 'Z', '1', ' ', 0x3042, 0x6F22, 0x30AB, 0xFF21, 0x1F642 };
    for (size_t i = 0; i < sizeof neither / sizeof neither[0]; i++) {
        CHECK(!ui_wrap_no_line_start(neither[i]));
        CHECK(!ui_wrap_no_line_end(neither[i]));
    }
    /* Brackets hold across spaces too: "( " never ends a line. */
    CHECK_STR(wrap_str("ab ( cd", 60), "ab|( cd");
    /* A line of one character may stand when nothing else fits. */
    CHECK_STR(wrap_str("あ。", 20), "あ|。");
    CHECK_STR(wrap_str("「あ", 20), "「|あ");
    CHECK_STR(wrap_str("「あ」。", 40), "「あ|」。");
    /* ASCII punctuation after Latin is part of the word, no kinsoku needed. */
    CHECK_STR(wrap_str("ok. go", 30), "ok.|go");
}

static void test_mixed(void)
{
    const char *t = "JAXAのVPN装置が侵害された";
    CHECK_STR(wrap_str(t, 100), "JAXAのVPN|装置が侵害|された");
    CHECK_STR(wrap_str(t, 50), "JAXA|のVPN|装置|が侵|害さ|れた");
    CHECK_STR(wrap_str(t, 20), "JA|XA|の|VP|N|装|置|が|侵|害|さ|れ|た");
    CHECK_STR(wrap_str(t, 1000), t);
    /* A Latin word next to CJK moves down whole rather than being split. */
    CHECK_STR(wrap_str("あいうabcd", 80), "あいう|abcd");
    CHECK_STR(wrap_str("xyzあabcd", 60), "xyzあ|abcd");
    CHECK_STR(wrap_str("Enable MFA で不正ログインを防ぐ", 120),
              "Enable MFA|で不正ログイ|ンを防ぐ");
    CHECK_STR(wrap_str("「フィッシング」(phishing)に注意", 100),
              "「フィッシ|ング」|(phishing)|に注意");
    check_invariants(t, strlen(t), 70);
}

static void test_utf8(void)
{
    CHECK_STR(wrap_str("ééééé", 30), "ééé|éé");
    CHECK_STR(wrap_str("🙂🙂🙂", 40), "🙂🙂|🙂");
    CHECK_INT(lines[1].start, 8);
    CHECK_INT(lines[1].len, 4);
    /* A combining accent stays on its letter; so does an emoji ZWJ sequence. */
    CHECK_STR(wrap_str("e\xcc\x81" "e\xcc\x81" "e\xcc\x81", 20), "e\xcc\x81|e\xcc\x81|e\xcc\x81");
    CHECK_STR(wrap_str("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb!", 10),
              "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb|!");
    static const char *cases[] = {
        "\xff\xfe abc \xe3\x81 def\x80", "\xe3\x81", "\xf0\x9f", "\x80\x80\x80 \x80",
        "あ\xe3\x81\x81\xe3", "\xc0\xaf\xed\xa0\x80 \xf4\x90\x80\x80 x", "🔒 Ω ß 日本 𠀋 é",
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        for (int max = -1; max <= 100; max += 3)
            check_invariants(cases[i], strlen(cases[i]), max);
}

static void test_max_lines(void)
{
    ui_line few[4];
    for (int i = 0; i < 4; i++)
        few[i] = (ui_line){ 999, 999, 999 };
    CHECK_INT(ui_wrap(&measure, font, "a b c d e", 9, 10, few, 2), 5);
    CHECK_INT(few[0].start, 0);
    CHECK_INT(few[1].start, 2);
    CHECK_INT(few[2].start, 999);  /* nothing written past max_lines */
    CHECK_INT(few[3].width, 999);
    CHECK_INT(ui_wrap(&measure, font, "a b c d e", 9, 10, NULL, 0), 5);
    CHECK_INT(ui_wrap(&measure, font, "a b c d e", 9, 10, few, 0), 5);
}

static void test_no_width(void)
{
    CHECK_STR(wrap_str("ab cd", 0), "a|b|c|d");
    CHECK_STR(wrap_str("ab cd", -10), "a|b|c|d");
    CHECK_STR(wrap_str("あ。", 0), "あ|。");
    CHECK_STR(wrap_str("a\n\nb", 0), "a||b");
    CHECK_STR(wrap_str("abc", 5), "a|b|c");
}

static void test_kerning(void)
{
    /* 5 px between code points: the summed pieces underestimate the line. */
    fake.tracking = 5;
    CHECK_STR(wrap_str("ab cd", 65), "ab|cd");
    CHECK_INT(lines[0].width, 25);
    CHECK_STR(wrap_str("ab cd", 70), "ab cd");
    CHECK_INT(lines[0].width, 70);
    CHECK_STR(wrap_str("あいうえ", 75), "あいう|え");
    CHECK_INT(lines[0].width, 70);
    const char *t = "Enable MFA で不正ログインを防ぐ。 abcdefghijklmnop";
    for (int max = 0; max <= 200; max += 7) {
        const char *why = invariants(t, strlen(t), max, 0);
        CHECK(why == NULL);
        if (why)
            fprintf(stderr, "  %s: kerned, max %d\n", why, max);
    }
    fake.tracking = 0;
}

static void test_call_count(void)
{
    static char text[40000];
    static const char *runs[] = {
        "情報セキュリティ対策として、",
        "check the URL before you click. ",
        "「不審なリンク」は開かない。",
    };
    for (int kind = 0; kind < 3; kind++) {
        size_t o = 0;
        int chars = 0;
        for (int i = 0; chars < 5000; i++) {
            const char *r = kind == 0 ? runs[i % 3] : kind == 1 ? "a" : "あ";
            size_t n = strlen(r);
            memcpy(text + o, r, n);
            o += n;
            chars += count_chars(r, n, 1);
        }
        text[o] = '\0';
        for (int max = 150; max <= 600; max += 450) {
            fake.calls = 0;
            fake.bytes = 0;
            size_t n = ui_wrap(&measure, font, text, o, max, lines, MAXL);
            CHECK(n > 5);
            CHECK(fake.calls < 4L * chars);
            /* Linear in the text: re-measuring what is left of a 5000-char
             * word on every line would be about n * n / 2 bytes. */
            CHECK(fake.bytes < 8LL * (long long)o);
            if (fake.calls >= 4L * chars || fake.bytes >= 8LL * (long long)o)
                fprintf(stderr, "  kind %d max %d: %ld calls, %lld bytes for %d chars\n",
                        kind, max, fake.calls, fake.bytes, chars);
            if (kind == 0)
                check_invariants(text, o, max);
        }
    }
}

/* Random strings from a mixed alphabet at many widths must keep every
 * invariant: no split code point, the text covered in order, widths within
 * the limit unless one character, and kinsoku broken only when forced. */
static void test_random(void)
{
    static const char *alphabet[] = {
        "a", "b", "Z", "7", "word", "VPN", " ", " ", "  ", "\n", "\t", "あ", "カ", "漢",
        "字", "。", "、", "」", "「", "ー", "っ", "ャ", "(", ")", ",", ".", "!", "é",
        "🙂", "𠀋", "！", "（", "）", "ｯ", "　", "\xff", "e\xcc\x81", "『", "』",
    };
    const size_t na = sizeof alphabet / sizeof alphabet[0];
    static const int widths[] = { -1, 0, 5, 10, 15, 20, 25, 30, 35, 40, 50, 60, 75, 100, 150, 1000 };
    char text[512];
    unsigned long seed = 12345;
    int failures = 0;
    for (int round = 0; round < 1500 && failures < 5; round++) {
        seed = seed * 6364136223846793005UL + 1442695040888963407UL;
        int pieces = (int)((seed >> 33) % 40);
        size_t o = 0;
        for (int i = 0; i < pieces; i++) {
            seed = seed * 6364136223846793005UL + 1442695040888963407UL;
            const char *p = alphabet[(seed >> 33) % na];
            size_t n = strlen(p);
            memcpy(text + o, p, n);
            o += n;
        }
        text[o] = '\0';
        for (size_t k = 0; k < sizeof widths / sizeof widths[0]; k++) {
            const char *why = invariants(text, o, widths[k], 1);
            CHECK(why == NULL);
            if (why && failures++ < 5)
                fprintf(stderr, "  %s: max %d, text \"%s\"\n", why, widths[k], text);
        }
    }
}

int main(void)
{
    test_empty_and_newlines();
    test_latin();
    test_japanese();
    test_kinsoku();
    test_mixed();
    test_utf8();
    test_max_lines();
    test_no_width();
    test_kerning();
    test_call_count();
    test_random();
    return check_done();
}
