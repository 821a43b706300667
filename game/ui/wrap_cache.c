/*
 * wrap_cache — how many lines a text takes when wrapped, remembered.
 *
 * A screen is laid out on every frame, and a long one (a spot step with a
 * log of hundreds of lines, each a row the player can mark) measures the
 * height of every row twice per layout, in view or not: once to know the
 * content's height and clamp the scroll, once to place it. Wrapping walks
 * every code point and measures every segment, so without this a 400-line
 * Japanese log spent most of each frame re-wrapping rows that had not
 * changed. The answer depends only on the measurer, the bytes, the font
 * and the width (a measurer's widths never change for a given font and
 * text), so it is kept under exactly that key.
 *
 * Bounded: SETS x WAYS entries, each holding a copy of its text (texts
 * longer than MAX_LEN are wrapped every time: they are paragraphs, few per
 * screen). Least recently used within a set is replaced, as in the
 * platform's measurement cache.
 */
#include "ui/ui.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* 4096 entries: ten screens of 400 rows, so scrolling back and forth or
 * resizing once does not throw a long log's rows out. */
#define SETS 1024          /* power of two */
#define WAYS 4
#define MAX_LEN 1024       /* bytes; a log line or an option is far shorter */

typedef struct {
    char *bytes;           /* NULL: empty */
    size_t len;
    uint64_t hash;
    ui_font font;
    int width;
    ui_measure measurer;   /* whose widths: a host may measure with another */
    size_t lines;
    unsigned long used;    /* clock of last use, LRU within the set */
} wrap_entry;

struct ui_wrap_cache {
    wrap_entry *slots;     /* SETS * WAYS */
    unsigned long clock;
    ui_wrap_cache_stats stats;
};

ui_wrap_cache *ui_wrap_cache_new(void)
{
    ui_wrap_cache *wc = calloc(1, sizeof *wc);
    if (!wc) return NULL;
    wc->slots = calloc((size_t)SETS * WAYS, sizeof *wc->slots);
    if (!wc->slots) {
        free(wc);
        return NULL;
    }
    return wc;
}

void ui_wrap_cache_free(ui_wrap_cache *wc)
{
    if (!wc) return;
    for (size_t i = 0; i < (size_t)SETS * WAYS; i++) free(wc->slots[i].bytes);
    free(wc->slots);
    free(wc);
}

ui_wrap_cache_stats ui_wrap_cache_get_stats(const ui_wrap_cache *wc)
{
    ui_wrap_cache_stats none = { 0, 0, 0 };
    return wc ? wc->stats : none;
}

/* Eight bytes a step: every row of a long screen is hashed twice a frame,
 * and byte by byte that was a tenth of the frame. */
static uint64_t hash_of(ui_font f, int width, const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ull ^ len;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 32;
    }
    for (; i < len; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    uint64_t k = ((uint64_t)(unsigned)width << 32) ^ ((uint64_t)f.role << 24) ^
                 ((uint64_t)(f.bold != 0) << 20) ^ (uint32_t)f.px;
    h ^= k + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 29);
}

size_t ui_wrap_count(ui_wrap_cache *wc, const ui_measure *m, ui_font font, const char *text,
                     size_t len, int width)
{
    ui_line first[1];
    if (!wc || len > MAX_LEN) return ui_wrap(m, font, text, len, width, first, 1);
    uint64_t h = hash_of(font, width, text, len);
    wrap_entry *set = &wc->slots[(h & (SETS - 1)) * WAYS], *victim = &set[0];
    for (int i = 0; i < WAYS; i++) {
        wrap_entry *e = &set[i];
        if (e->bytes && e->hash == h && e->len == len && e->width == width &&
            e->measurer.width == m->width && e->measurer.line_height == m->line_height &&
            e->measurer.ctx == m->ctx && e->font.role == font.role && e->font.px == font.px && e->font.bold == font.bold &&
            memcmp(e->bytes, text, len) == 0) {
            wc->stats.hits++;
            e->used = ++wc->clock;
            return e->lines;
        }
        if (victim->bytes && (!e->bytes || e->used < victim->used)) victim = e;
    }
    wc->stats.misses++;
    size_t lines = ui_wrap(m, font, text, len, width, first, 1);
    /* len + 1: an empty text still owns a non-NULL copy. */
    char *copy = malloc(len + 1);
    if (!copy) return lines;   /* no memory: answer without remembering */
    memcpy(copy, text, len);
    if (victim->bytes) wc->stats.evictions++;
    free(victim->bytes);
    *victim = (wrap_entry){ copy, len, h, font, width, *m, lines, ++wc->clock };
    return lines;
}
