/*
 * text_cache — opens fonts, measures text and keeps rendered text textures.
 *
 * Three caches, each bounded, each owned by the text_system:
 *  - fonts: TTF_Font objects opened lazily per (face, pixel size, bold),
 *    at most FONT_SLOTS, least recently used closed first;
 *  - measurements: (font, bytes) -> width, 4-way set-associative, because
 *    word wrap measures every word (and every CJK character) of every line
 *    it lays out, every time it lays out;
 *  - textures: (renderer, font, bytes) -> SDL_Texture in white, coloured by
 *    the caller with a colour/alpha mod, so colour changes (hover, focus)
 *    never rasterise again. Bounded by a byte budget with LRU eviction.
 *
 * Text mixing Latin and Japanese is cut into runs by face; text_runs.c
 * splits, measures (sum over runs) and composes them (side by side on a
 * shared baseline). This file owns the fonts and the caches around that.
 *
 * Rendering choices:
 *  - Hinting LIGHT: vertical-only snapping gives crisp baselines and
 *    x-heights at small UI sizes, while leaving horizontal shapes alone;
 *    full hinting distorts dense kanji (strokes merge) at 12-16 px.
 *  - Kerning OFF: word wrap adds up widths of words and characters, and the
 *    drawn line must be exactly as wide as wrap thought; without kerning,
 *    width("ab") == width("a") + width("b") (within a pixel of glyph
 *    overhang). Runs split across faces could not kern anyway.
 */

#include "platform/platform.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PX_MIN 1
#define PX_MAX 512           /* a bigger size is a bug upstream, not a request */
#define FONT_SLOTS 64        /* ~6 sizes x 2 roles x bold x 2 faces, with room for resizes */
/* 4096 entries: a few screens' worth of words. 4 ways per set because a
 * direct-mapped table let two words of one paragraph evict each other on
 * every layout (birthday collisions: ~70 strings in 4096 slots already
 * collide more often than not). */
#define MEASURE_SLOTS 4096   /* power of two */
#define MEASURE_WAYS 4
#define MEASURE_MAX_LEN 256  /* longer strings are measured, not cached */
/* 32 MiB of texture memory: a whole 3840x2160 screen in 32-bit pixels is
 * 31.6 MiB, and text covers well under all of a screen, so one frame's text
 * always fits (at 1080p about four times over) and a frame never evicts its
 * own textures, which would re-rasterise every frame. It is small next to
 * any GPU's memory and to RAM under the software renderer. */
#define TEXTURE_BUDGET ((size_t)32 << 20)
/* A text not drawn in this many frames is dropped even under the budget.
 * Frames are drawn only when something changes, so this is ten seconds of
 * a fade but many minutes of screens a visitor steps through: what is
 * shown again soon stays, and a kiosk's ever-new nicknames and ranks, day
 * after day, do not pile up to the budget. */
#define TEXTURE_IDLE_FRAMES 600ul
#define WHITE 0xFFFFFFu       /* rgb of an untinted texture */

typedef struct {
    TTF_Font *font;      /* NULL: free slot */
    int face, px, bold;
    unsigned long used;  /* clock of last use, for LRU */
} font_slot;

typedef struct {
    char *bytes;         /* NULL: empty slot */
    size_t len;
    uint64_t hash;
    int role, px, bold, width;
    unsigned long used;  /* clock of last use, LRU within the set */
} measure_slot;

typedef struct tex_entry {
    struct tex_entry *chain;          /* next in hash bucket */
    struct tex_entry *newer, *older;  /* LRU list */
    uint64_t hash;
    SDL_Renderer *renderer;
    int role, px, bold;
    uint32_t rgb;                     /* the colour it is drawn in; white: tinted by colour mod */
    SDL_Texture *tex;
    int w, h;
    size_t cost;
    size_t len;
    unsigned long used_frame;         /* the frame it was last drawn in */
    char bytes[];
} tex_entry;

struct text_system {
    font_files files;
    int ttf_inited;                   /* we called TTF_Init, so we TTF_Quit */
    font_slot fonts[FONT_SLOTS];
    unsigned long font_clock;
    measure_slot *measure;
    unsigned long measure_hits, measure_misses, measure_clock;
    tex_entry **buckets;
    size_t nbuckets;
    tex_entry *newest, *oldest;
    unsigned long frame;              /* frames ended (text_cache_end_frame) */
    size_t budget;
    text_cache_stats stats;
};

static const font_face role_faces[FONT_ROLE_COUNT][2] = {
    [FONT_SANS] = { FACE_SANS, FACE_SANS_JA },
    [FONT_MONO] = { FACE_MONO, FACE_MONO_JA },
};

/* ---- Keys ----------------------------------------------------------------- */

static ui_font norm_font(ui_font f)
{
    if ((int)f.role < 0 || f.role >= FONT_ROLE_COUNT)
        f.role = FONT_SANS;
    f.px = f.px < PX_MIN ? PX_MIN : f.px > PX_MAX ? PX_MAX : f.px;
    f.bold = f.bold ? 1 : 0;
    return f;
}

static uint64_t hash_key(uintptr_t renderer, ui_font f, uint32_t rgb, const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ull;   /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    uint64_t extra[3] = { (uint64_t)renderer,
                          ((uint64_t)f.role << 40) | ((uint64_t)f.bold << 32) | (uint32_t)f.px, rgb };
    for (int k = 0; k < 3; k++) {           /* splitmix-style mixing */
        h ^= extra[k] + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9ull;
    }
    return h ^ (h >> 29);
}

/* ---- Fonts ---------------------------------------------------------------- */

static TTF_Font *get_font(text_system *ts, int face, int px, int bold)
{
    font_slot *victim = NULL;
    for (int i = 0; i < FONT_SLOTS; i++) {
        font_slot *fs = &ts->fonts[i];
        if (fs->font && fs->face == face && fs->px == px && fs->bold == bold) {
            fs->used = ++ts->font_clock;
            return fs->font;
        }
        if (!victim || (victim->font && (!fs->font || fs->used < victim->used)))
            victim = fs;
    }
    TTF_Font *font = TTF_OpenFontIndex(ts->files.path[face], px, ts->files.index[face]);
    if (!font)
        return NULL;
    TTF_SetFontHinting(font, TTF_HINTING_LIGHT);
    TTF_SetFontKerning(font, 0);
    if (bold)
        TTF_SetFontStyle(font, TTF_STYLE_BOLD);
    if (victim->font)
        TTF_CloseFont(victim->font);
    *victim = (font_slot){ font, face, px, bold, ++ts->font_clock };
    return font;
}

/* The Latin and Japanese fonts of a (normalised) ui_font. The Japanese one
 * may be NULL if it cannot be opened: Latin text still works. */
static int role_fonts(text_system *ts, ui_font f, TTF_Font *out[2])
{
    out[0] = get_font(ts, role_faces[f.role][0], f.px, f.bold);
    out[1] = get_font(ts, role_faces[f.role][1], f.px, f.bold);
    return out[0] ? 0 : -1;
}

/* ---- Measuring ------------------------------------------------------------ */

static int measure_uncached(text_system *ts, ui_font f, const char *s, size_t len)
{
    TTF_Font *fonts[2];
    if (role_fonts(ts, f, fonts) != 0)
        return 0;
    return text_runs_width(fonts, s, len);
}

int text_measure(text_system *ts, ui_font font, const char *s, size_t len)
{
    if (!ts || !s || len == 0)
        return 0;
    ui_font f = norm_font(font);
    if (len > MEASURE_MAX_LEN)
        return measure_uncached(ts, f, s, len);

    uint64_t h = hash_key(0, f, WHITE, s, len);
    measure_slot *set = &ts->measure[(h & (MEASURE_SLOTS / MEASURE_WAYS - 1)) * MEASURE_WAYS];
    measure_slot *m = &set[0];
    for (int i = 0; i < MEASURE_WAYS; i++) {
        measure_slot *e = &set[i];
        if (e->bytes && e->hash == h && e->len == len && e->role == (int)f.role &&
            e->px == f.px && e->bold == f.bold && memcmp(e->bytes, s, len) == 0) {
            ts->measure_hits++;
            e->used = ++ts->measure_clock;
            return e->width;
        }
        if (m->bytes && (!e->bytes || e->used < m->used))
            m = e;                   /* the victim: empty, else least recent */
    }
    ts->measure_misses++;
    int w = measure_uncached(ts, f, s, len);
    char *copy = malloc(len);
    if (copy) {                      /* no memory: just don't cache */
        memcpy(copy, s, len);
        free(m->bytes);
        *m = (measure_slot){ copy, len, h, (int)f.role, f.px, f.bold, w, ++ts->measure_clock };
    }
    return w;
}

int text_line_height(text_system *ts, ui_font font)
{
    if (!ts)
        return 0;
    TTF_Font *fonts[2];
    if (role_fonts(ts, norm_font(font), fonts) != 0)
        return 0;
    int a = TTF_FontLineSkip(fonts[0]);
    int b = fonts[1] ? TTF_FontLineSkip(fonts[1]) : 0;
    return a > b ? a : b;
}

static int measure_cb(void *ctx, ui_font font, const char *s, size_t len)
{
    return text_measure(ctx, font, s, len);
}

static int line_height_cb(void *ctx, ui_font font)
{
    return text_line_height(ctx, font);
}

ui_measure text_measurer(text_system *ts)
{
    ui_measure m = { measure_cb, line_height_cb, ts };
    return m;
}

/* ---- The texture cache ---------------------------------------------------- */

static void lru_unlink(text_system *ts, tex_entry *e)
{
    if (e->newer) e->newer->older = e->older; else ts->newest = e->older;
    if (e->older) e->older->newer = e->newer; else ts->oldest = e->newer;
    e->newer = e->older = NULL;
}

static void lru_push_newest(text_system *ts, tex_entry *e)
{
    e->older = ts->newest;
    e->newer = NULL;
    if (ts->newest) ts->newest->newer = e; else ts->oldest = e;
    ts->newest = e;
}

static void entry_remove(text_system *ts, tex_entry *e)
{
    tex_entry **pp = &ts->buckets[e->hash & (ts->nbuckets - 1)];
    while (*pp && *pp != e)
        pp = &(*pp)->chain;
    if (*pp)
        *pp = e->chain;
    lru_unlink(ts, e);
    ts->stats.entries--;
    ts->stats.bytes -= e->cost;
    if (e->tex)
        SDL_DestroyTexture(e->tex);
    free(e);
}

/* Evicts the oldest entries until within budget, never `keep`. */
static void evict_to_budget(text_system *ts, const tex_entry *keep)
{
    while (ts->stats.bytes > ts->budget && ts->oldest && ts->oldest != keep) {
        entry_remove(ts, ts->oldest);
        ts->stats.evictions++;
    }
}

void text_cache_end_frame(text_system *ts)
{
    if (!ts) return;
    ts->frame++;
    /* The LRU list is in order of last use: the idle ones are its tail. */
    while (ts->oldest && ts->oldest->used_frame + TEXTURE_IDLE_FRAMES < ts->frame) {
        entry_remove(ts, ts->oldest);
        ts->stats.evictions++;
    }
}

/* Doubles the bucket array when entries outnumber buckets. */
static void maybe_grow(text_system *ts)
{
    if (ts->stats.entries < ts->nbuckets)
        return;
    size_t nb = ts->nbuckets * 2;
    tex_entry **b = calloc(nb, sizeof *b);
    if (!b)
        return;                       /* longer chains, still correct */
    for (size_t i = 0; i < ts->nbuckets; i++) {
        tex_entry *e = ts->buckets[i];
        while (e) {
            tex_entry *next = e->chain;
            e->chain = b[e->hash & (nb - 1)];
            b[e->hash & (nb - 1)] = e;
            e = next;
        }
    }
    free(ts->buckets);
    ts->buckets = b;
    ts->nbuckets = nb;
}

/* The runs are rendered white with their coverage in alpha, so drawing
 * them in a colour is setting every pixel's rgb to it: what a colour mod
 * does at each blit, done once. */
static void tint(SDL_Surface *surf, uint32_t rgb)
{
    if (rgb == WHITE || SDL_LockSurface(surf) != 0)
        return;
    for (int y = 0; y < surf->h; y++) {
        uint32_t *row = (uint32_t *)((unsigned char *)surf->pixels + (size_t)y * (size_t)surf->pitch);
        for (int x = 0; x < surf->w; x++)
            row[x] = (row[x] & 0xFF000000u) | rgb;
    }
    SDL_UnlockSurface(surf);
}

static SDL_Texture *cache_get(text_system *ts, SDL_Renderer *r, ui_font font, uint32_t rgb,
                              const char *s, size_t len, int *w, int *h)
{
    if (w) *w = 0;
    if (h) *h = 0;
    if (!ts || !r || !s || len == 0)
        return NULL;
    ui_font f = norm_font(font);
    uint64_t hash = hash_key((uintptr_t)r, f, rgb, s, len);

    for (tex_entry *e = ts->buckets[hash & (ts->nbuckets - 1)]; e; e = e->chain) {
        if (e->hash == hash && e->renderer == r && e->len == len && e->role == (int)f.role &&
            e->px == f.px && e->bold == f.bold && e->rgb == rgb && memcmp(e->bytes, s, len) == 0) {
            ts->stats.hits++;
            e->used_frame = ts->frame;
            lru_unlink(ts, e);
            lru_push_newest(ts, e);
            if (w) *w = e->w;
            if (h) *h = e->h;
            return e->tex;
        }
    }

    ts->stats.misses++;
    TTF_Font *fonts[2];
    if (role_fonts(ts, f, fonts) != 0)
        return NULL;
    SDL_Surface *surf = text_runs_compose(fonts, text_line_height(ts, f), s, len);
    if (!surf)
        return NULL;                  /* empty text, or rendering failed */
    tint(surf, rgb);
    SDL_Texture *tex = SDL_CreateTextureFromSurface(r, surf);
    int tw = surf->w, th = surf->h;
    SDL_FreeSurface(surf);
    if (!tex)
        return NULL;
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);

    tex_entry *e = malloc(sizeof *e + len);
    if (!e) {
        SDL_DestroyTexture(tex);
        return NULL;
    }
    *e = (tex_entry){ .hash = hash, .renderer = r, .role = (int)f.role, .px = f.px,
                      .bold = f.bold, .rgb = rgb, .tex = tex, .w = tw, .h = th, .len = len,
                      .used_frame = ts->frame };
    memcpy(e->bytes, s, len);
    /* The budget counts the texture's pixels plus the entry itself, so it
     * also bounds host memory when there are many tiny strings. */
    e->cost = (size_t)tw * (size_t)th * 4 + sizeof *e + len;
    size_t bi = hash & (ts->nbuckets - 1);
    e->chain = ts->buckets[bi];
    ts->buckets[bi] = e;
    lru_push_newest(ts, e);
    ts->stats.entries++;
    ts->stats.bytes += e->cost;
    /* A single texture over the budget stays (the caller is about to draw
     * it); everything older goes. */
    evict_to_budget(ts, e);
    maybe_grow(ts);
    if (w) *w = tw;
    if (h) *h = th;
    return tex;
}

struct SDL_Texture *text_cache_get(text_system *ts, SDL_Renderer *r, ui_font font,
                                   const char *s, size_t len, int *w, int *h)
{
    return cache_get(ts, r, font, WHITE, s, len, w, h);
}

struct SDL_Texture *text_cache_get_tinted(text_system *ts, SDL_Renderer *r, ui_font font,
                                          ui_color color, const char *s, size_t len, int *w, int *h)
{
    uint32_t rgb = ((uint32_t)color.r << 16) | ((uint32_t)color.g << 8) | color.b;
    return cache_get(ts, r, font, rgb, s, len, w, h);
}

text_cache_stats text_cache_get_stats(const text_system *ts)
{
    text_cache_stats none = { 0, 0, 0, 0, 0 };
    return ts ? ts->stats : none;
}

/* Call before the renderer is destroyed: SDL_DestroyRenderer frees its
 * textures, and destroying them again afterwards would be a use after free. */
void text_cache_flush(text_system *ts)
{
    if (!ts)
        return;
    while (ts->oldest)
        entry_remove(ts, ts->oldest);
}

/* ---- Open and close ------------------------------------------------------- */

text_system *text_system_open(const font_files *files, char *err, size_t errlen)
{
    if (err && errlen)
        err[0] = '\0';
    if (!files) {
        snprintf(err, errlen, "text_system_open: no font files");
        return NULL;
    }
    text_system *ts = calloc(1, sizeof *ts);
    if (!ts) {
        snprintf(err, errlen, "text_system_open: out of memory");
        return NULL;
    }
    ts->files = *files;
    ts->budget = TEXTURE_BUDGET;
    if (!TTF_WasInit()) {
        if (TTF_Init() != 0) {
            snprintf(err, errlen, "SDL_ttf failed to initialise: %s", TTF_GetError());
            free(ts);
            return NULL;
        }
        ts->ttf_inited = 1;
    }
    ts->nbuckets = 256;
    ts->measure = calloc(MEASURE_SLOTS, sizeof *ts->measure);
    ts->buckets = calloc(ts->nbuckets, sizeof *ts->buckets);
    if (!ts->measure || !ts->buckets) {
        snprintf(err, errlen, "text_system_open: out of memory");
        text_system_close(ts);
        return NULL;
    }
    /* Open every face once now, so a broken font file is reported at start
     * with its path rather than showing up as missing text later. */
    for (int face = 0; face < FACE_COUNT; face++) {
        if (!get_font(ts, face, 16, 0)) {
            snprintf(err, errlen, "cannot open font %s (index %d): %s",
                     files->path[face], files->index[face], TTF_GetError());
            text_system_close(ts);
            return NULL;
        }
    }
    return ts;
}

void text_system_close(text_system *ts)
{
    if (!ts)
        return;
    if (ts->buckets)
        text_cache_flush(ts);
    for (int i = 0; i < FONT_SLOTS; i++)
        if (ts->fonts[i].font)
            TTF_CloseFont(ts->fonts[i].font);
    if (ts->measure)
        for (size_t i = 0; i < MEASURE_SLOTS; i++)
            free(ts->measure[i].bytes);
    free(ts->measure);
    free(ts->buckets);
    if (ts->ttf_inited)
        TTF_Quit();
    free(ts);
}

/* ---- Test hooks (declared in text_runs.h) --------------------------------- */

size_t text_runs_for_test(text_system *ts, ui_font font, const char *s, size_t len,
                          text_run *runs, size_t max)
{
    ui_font f = norm_font(font);
    TTF_Font *fonts[2];
    if (!ts || role_fonts(ts, f, fonts) != 0)
        return 0;
    text_run_iter it;
    text_run run;
    size_t n = 0;
    text_run_iter_init(&it, fonts[0], fonts[1], s, len);
    while (text_run_next(&it, &run)) {
        if (n < max) {
            runs[n] = run;
            runs[n].face = role_faces[f.role][run.face];
        }
        n++;
    }
    return n;
}

void text_cache_set_budget(text_system *ts, size_t bytes)
{
    if (ts)
        ts->budget = bytes;
}

void text_measure_stats(const text_system *ts, unsigned long *hits, unsigned long *misses)
{
    if (hits) *hits = ts ? ts->measure_hits : 0;
    if (misses) *misses = ts ? ts->measure_misses : 0;
}
