/* test_wrap_cache — the remembered line counts of wrapped text: the same
 * answer as ui_wrap for every key, the measurer not called again for a
 * text already wrapped, font and width part of the key, a bounded cache
 * that still answers right after evicting, and ui_text_height through an
 * app's cache. A counting fake font gives every code point below U+1100
 * 10 px and every other 20 px. */
#include "core/core.h"
#include "ui/ui.h"
#include "check.h"

#include <stdio.h>
#include <string.h>

static long calls;

static int count_width(void *ctx, ui_font f, const char *s, size_t len)
{
    (void)ctx;
    (void)f;
    calls++;
    int w = 0;
    for (size_t p = 0; p < len;) {
        uint32_t cp;
        p += utf8_decode(s + p, len - p, &cp);
        w += cp < 0x1100 ? 10 : 20;
    }
    return w;
}

static int count_height(void *ctx, ui_font f)
{
    (void)ctx;
    return f.px + 4;
}

static const ui_measure m = { count_width, count_height, NULL };

static size_t plain(ui_font f, const char *s, int width)
{
    ui_line first[1];
    return ui_wrap(&m, f, s, strlen(s), width, first, 1);
}

int main(void)
{
    const ui_font sans = { FONT_SANS, 16, 0 }, mono = { FONT_MONO, 16, 0 };
    const char *texts[] = {
        "2026-11-23 01:07:13  suzuki  認証サーバー: ログインに成功しました（VPN 経由）",
        "Plug it into your laptop to find out whose it is.",
        "「あ」。", "", "a\nb\n", "word", "漢字かな交じり文の折り返し",
    };
    const int widths[] = { 0, 40, 95, 200, 1000 };
    ui_wrap_cache *wc = ui_wrap_cache_new();
    CHECK(wc != NULL);

    /* The same count as wrapping afresh, for every text, width and font;
     * asked again, the measurer is not called at all. */
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
        for (size_t k = 0; k < sizeof widths / sizeof *widths; k++)
            for (int f = 0; f < 2; f++) {
                ui_font font = f ? mono : sans;
                size_t want = plain(font, texts[t], widths[k]);
                CHECK_INT(ui_wrap_count(wc, &m, font, texts[t], strlen(texts[t]), widths[k]), want);
                long before = calls;
                CHECK_INT(ui_wrap_count(wc, &m, font, texts[t], strlen(texts[t]), widths[k]), want);
                CHECK_INT(calls, before);
            }
    ui_wrap_cache_stats st = ui_wrap_cache_get_stats(wc);
    CHECK_INT(st.misses, 7 * 5 * 2);
    CHECK_INT(st.hits, 7 * 5 * 2);

    /* Width is in the key: a narrower column wraps into more lines. */
    const char *para = texts[1];
    CHECK_INT(ui_wrap_count(wc, &m, sans, para, strlen(para), 1000), 1);
    CHECK(ui_wrap_count(wc, &m, sans, para, strlen(para), 95) > 1);
    /* The bytes are the key, not the pointer: a copy hits, a changed byte misses. */
    char copy[128];
    snprintf(copy, sizeof copy, "%s", para);
    unsigned long misses = ui_wrap_cache_get_stats(wc).misses;
    CHECK_INT(ui_wrap_count(wc, &m, sans, copy, strlen(copy), 95), plain(sans, para, 95));
    CHECK_INT(ui_wrap_cache_get_stats(wc).misses, misses);
    copy[0] = 'X';
    ui_wrap_count(wc, &m, sans, copy, strlen(copy), 95);
    CHECK_INT(ui_wrap_cache_get_stats(wc).misses, misses + 1);

    /* The measurer is in the key: a host may lay out with another (a test
     * measures one app with fake and with real fonts). */
    static const ui_measure wide = { count_width, count_height, &calls };
    CHECK_INT(ui_wrap_count(wc, &m, sans, para, strlen(para), 95), plain(sans, para, 95));
    misses = ui_wrap_cache_get_stats(wc).misses;
    ui_wrap_count(wc, &wide, sans, para, strlen(para), 95);
    CHECK_INT(ui_wrap_cache_get_stats(wc).misses, misses + 1);

    /* Far more texts than it holds: it evicts, and every answer stays right. */
    int wrong = 0;
    for (int i = 0; i < 20000; i++) {
        char line[96];
        snprintf(line, sizeof line, "%d  ログ行 %d: user%d signed in from 192.0.2.%d", i, i * 7, i % 13, i % 250);
        size_t got = ui_wrap_count(wc, &m, sans, line, strlen(line), 150 + i % 3 * 60);
        if (got != plain(sans, line, 150 + i % 3 * 60)) wrong++;
    }
    CHECK_INT(wrong, 0);
    CHECK(ui_wrap_cache_get_stats(wc).evictions > 10000);

    /* Longer than it keeps: answered right every time, never remembered. */
    char longs[3000] = "";
    while (strlen(longs) + 12 < sizeof longs) strcat(longs, "abc 漢字 ");
    misses = ui_wrap_cache_get_stats(wc).misses;
    CHECK_INT(ui_wrap_count(wc, &m, sans, longs, strlen(longs), 300), plain(sans, longs, 300));
    CHECK_INT(ui_wrap_cache_get_stats(wc).misses, misses);

    /* ui_text_height uses the context's cache, and works without one. */
    ui_ctx c = { .measure = &m, .scale = 1, .text_scale = 1, .wraps = wc };
    ui_ctx bare = c;
    bare.wraps = NULL;
    CHECK_INT(ui_text_height(&c, para, sans, 95), ui_text_height(&bare, para, sans, 95));
    CHECK_INT(ui_text_height(&c, para, sans, 95), (int)plain(sans, para, 95) * 20);
    long before = calls;
    ui_text_height(&c, para, sans, 95);
    CHECK_INT(calls, before);
    ui_text_height(&bare, para, sans, 95);
    CHECK(calls > before);

    ui_wrap_cache_free(wc);
    ui_wrap_cache_free(NULL);
    CHECK_INT(ui_wrap_count(NULL, &m, sans, para, strlen(para), 95), plain(sans, para, 95));
    return check_done();
}
