/* png_probe — reads a screenshot back with SDL_image and checks it is a
 * real picture: the expected size (when given) and at least N distinct
 * colours (a blank or single-colour frame fails). Exit 0 when it passes. */
#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Distinct colours are counted in a hash set of packed RGB values; a
 * screenshot has millions of pixels but a UI only thousands of colours. */
#define SET_SIZE (1u << 20)

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: png_probe FILE.png [--min-colors N] [--size WxH]\n");
        return 2;
    }
    int min_colors = 8, want_w = 0, want_h = 0;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--min-colors") == 0) min_colors = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--size") == 0) sscanf(argv[i + 1], "%dx%d", &want_w, &want_h);
    }
    SDL_Surface *raw = IMG_Load(argv[1]);
    if (!raw) { fprintf(stderr, "%s: %s\n", argv[1], IMG_GetError()); return 1; }
    SDL_Surface *s = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0);
    SDL_FreeSurface(raw);
    if (!s) { fprintf(stderr, "%s: %s\n", argv[1], SDL_GetError()); return 1; }
    unsigned *set = calloc(SET_SIZE, sizeof *set);
    if (!set) { SDL_FreeSurface(s); return 1; }
    int colors = 0;
    for (int y = 0; y < s->h; y++) {
        const Uint32 *row = (const Uint32 *)((const Uint8 *)s->pixels + y * s->pitch);
        for (int x = 0; x < s->w; x++) {
            unsigned v = (row[x] & 0xFFFFFFu) | 0x1000000u;   /* never 0: 0 marks empty */
            unsigned h = (v * 2654435761u) & (SET_SIZE - 1);
            while (set[h] && set[h] != v) h = (h + 1) & (SET_SIZE - 1);
            if (!set[h]) { set[h] = v; colors++; }
        }
    }
    int ok = colors >= min_colors && (!want_w || (s->w == want_w && s->h == want_h));
    printf("%s: %dx%d, %d colours%s\n", argv[1], s->w, s->h, colors, ok ? "" : " — FAIL");
    free(set);
    SDL_FreeSurface(s);
    return ok ? 0 : 1;
}
