/*
 * text_runs — cuts a UTF-8 string into runs by which face has the glyphs.
 *
 * SDL2_ttf has no font fallback: a code point the font lacks is drawn as the
 * .notdef box. So each code point goes to the Latin face if it has the
 * glyph, else to the Japanese face if that one has it, else back to the
 * Latin face (whose box then honestly shows "no font has this"). Whitespace
 * and common punctuation stay in the current run when its face has them,
 * so that spaces and commas do not cut a Japanese sentence into pieces.
 *
 * It also measures a string (sum of the runs) and composes the rendered runs
 * into one surface; text_cache.c owns the fonts and caches around this.
 */

#include "platform/platform.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdlib.h>
#include <string.h>

void text_run_iter_init(text_run_iter *it, TTF_Font *latin, TTF_Font *japanese,
                        const char *s, size_t len)
{
    it->fonts[0] = latin;
    it->fonts[1] = japanese;
    it->s = s;
    it->len = s ? len : 0;
    it->pos = 0;
}

int text_run_is_neutral(uint32_t cp)
{
    if (cp == ' ' || cp == 0xA0 || cp == 0x3000)
        return 1;
    /* ASCII punctuation, not letters or digits: digits are better drawn in
     * one face with the words around them. */
    if ((cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) ||
        (cp >= 0x5B && cp <= 0x60) || (cp >= 0x7B && cp <= 0x7E))
        return 1;
    /* General Punctuation: dashes, quotes, ellipsis, spaces of all widths. */
    if (cp >= 0x2000 && cp <= 0x206F)
        return 1;
    /* Ideographic comma and full stop. */
    if (cp == 0x3001 || cp == 0x3002)
        return 1;
    return 0;
}

static int has_glyph(TTF_Font *font, uint32_t cp)
{
    return font && TTF_GlyphIsProvided32(font, cp) != 0;
}

/* The face a code point goes to when it starts a run or is not neutral. */
static int pick_face(const text_run_iter *it, uint32_t cp)
{
    if (has_glyph(it->fonts[0], cp))
        return 0;
    if (has_glyph(it->fonts[1], cp))
        return 1;
    return 0;
}

int text_run_next(text_run_iter *it, text_run *run)
{
    while (it->pos < it->len && it->s[it->pos] == '\0')
        it->pos++;
    if (it->pos >= it->len)
        return 0;

    size_t start = it->pos;
    int face = -1;
    while (it->pos < it->len) {
        uint32_t cp;
        size_t n = utf8_decode(it->s + it->pos, it->len - it->pos, &cp);
        if (cp == 0)
            break;
        int f;
        if (cp < 0x20 || cp == 0x7F)  /* control ('\n', '\t'): no face has it, don't split */
            f = face >= 0 ? face : 0;
        else if (face >= 0 && text_run_is_neutral(cp) && has_glyph(it->fonts[face], cp))
            f = face;
        else
            f = pick_face(it, cp);
        if (face < 0)
            face = f;
        else if (f != face)
            break;
        it->pos += n;
    }
    run->start = start;
    run->len = it->pos - start;
    run->face = face;
    return 1;
}

/* ---- Measuring and composing runs ----------------------------------------- */

/* SDL_ttf takes C strings: a NUL-terminated copy of one run, on the stack
 * for the usual short run and on the heap for a long one. */
typedef struct {
    char small[256];
    char *heap;
    size_t cap;
} run_buf;

static const char *run_cstr(run_buf *b, const char *s, const text_run *run)
{
    char *dst = b->small;
    if (run->len + 1 > sizeof b->small) {
        if (run->len + 1 > b->cap) {
            char *p = realloc(b->heap, run->len + 1);
            if (!p)
                return NULL;
            b->heap = p;
            b->cap = run->len + 1;
        }
        dst = b->heap;
    }
    memcpy(dst, s + run->start, run->len);
    dst[run->len] = '\0';
    return dst;
}

int text_runs_width(TTF_Font *const fonts[2], const char *s, size_t len)
{
    run_buf buf = { .heap = NULL, .cap = 0 };
    text_run_iter it;
    text_run run;
    int total = 0;
    text_run_iter_init(&it, fonts[0], fonts[1], s, len);
    while (text_run_next(&it, &run)) {
        const char *t = run_cstr(&buf, s, &run);
        int w = 0;
        if (t && TTF_SizeUTF8(fonts[run.face], t, &w, NULL) == 0)
            total += w;
    }
    free(buf.heap);
    return total;
}

/* One rendered run waiting to be composed. */
typedef struct {
    SDL_Surface *surf;
    int face;
} part;

SDL_Surface *text_runs_compose(TTF_Font *const fonts[2], int line_h, const char *s, size_t len)
{
    int max_ascent = TTF_FontAscent(fonts[0]);
    if (fonts[1] && TTF_FontAscent(fonts[1]) > max_ascent)
        max_ascent = TTF_FontAscent(fonts[1]);

    /* Render the runs first: the composed width is the sum of what SDL_ttf
     * actually produced, not of a separate measurement. */
    part stack[16], *parts = stack;
    size_t n = 0, cap = sizeof stack / sizeof stack[0];
    int total_w = 0, ok = 1;
    SDL_Color white = { 255, 255, 255, 255 };
    run_buf buf = { .heap = NULL, .cap = 0 };
    text_run_iter it;
    text_run run;
    text_run_iter_init(&it, fonts[0], fonts[1], s, len);
    while (ok && text_run_next(&it, &run)) {
        const char *t = run_cstr(&buf, s, &run);
        SDL_Surface *surf = t ? TTF_RenderUTF8_Blended(fonts[run.face], t, white) : NULL;
        if (!surf) {
            int w = -1;
            /* SDL_ttf refuses zero-width text; such a run draws nothing. */
            if (t && TTF_SizeUTF8(fonts[run.face], t, &w, NULL) == 0 && w == 0)
                continue;
            ok = 0;
            break;
        }
        if (n == cap) {
            part *np = malloc(cap * 2 * sizeof *np);
            if (!np) {
                SDL_FreeSurface(surf);
                ok = 0;
                break;
            }
            memcpy(np, parts, n * sizeof *np);
            if (parts != stack)
                free(parts);
            parts = np;
            cap *= 2;
        }
        parts[n++] = (part){ surf, run.face };
        total_w += surf->w;
    }
    free(buf.heap);

    SDL_Surface *dst = NULL;
    if (ok && total_w > 0)
        dst = SDL_CreateRGBSurfaceWithFormat(0, total_w, line_h > 0 ? line_h : 1, 32,
                                             SDL_PIXELFORMAT_ARGB8888);
    if (dst) {
        SDL_FillRect(dst, NULL, 0);   /* fully transparent */
        int x = 0;
        for (size_t i = 0; i < n; i++) {
            /* Copy, not blend: blending white onto transparent black would
             * darken the anti-aliased edges (alpha applied twice). Runs sit
             * side by side and never overlap. */
            SDL_SetSurfaceBlendMode(parts[i].surf, SDL_BLENDMODE_NONE);
            SDL_Rect at = { x, max_ascent - TTF_FontAscent(fonts[parts[i].face]), 0, 0 };
            SDL_BlitSurface(parts[i].surf, NULL, dst, &at);
            x += parts[i].surf->w;
        }
    }
    for (size_t i = 0; i < n; i++)
        SDL_FreeSurface(parts[i].surf);
    if (parts != stack)
        free(parts);
    return dst;
}
