/* render — draw lists into pixels, and screenshots of what was drawn.
 * Text comes from the text cache as white textures tinted with a colour
 * mod, so hover and focus colour changes never re-rasterise a run. */
#include "platform/platform.h"

#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>
#include <string.h>

static SDL_Rect to_sdl(ui_rect r) { return (SDL_Rect){ r.x, r.y, r.w, r.h }; }

/* Fills with alpha below 255 (a veil over a screen behind a menu) blend;
 * opaque ones copy, the cheaper path on the software renderer. */
static void set_color(SDL_Renderer *r, ui_color c)
{
    SDL_SetRenderDrawBlendMode(r, c.a < 255 ? SDL_BLENDMODE_BLEND : SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
}

static void draw_outline_cmd(SDL_Renderer *ren, const draw_cmd *c)
{
    int t = c->thickness;
    ui_rect r = c->rect;
    SDL_Rect sides[4] = {
        { r.x, r.y, r.w, t }, { r.x, r.y + r.h - t, r.w, t },
        { r.x, r.y + t, t, r.h - 2 * t }, { r.x + r.w - t, r.y + t, t, r.h - 2 * t },
    };
    set_color(ren, c->color);
    SDL_RenderFillRects(ren, sides, 4);
}

static void draw_text_cmd(SDL_Renderer *ren, int software, text_system *ts, const draw_list *dl,
                          const draw_cmd *c)
{
    int w = 0, h = 0;
    const char *s = draw_cmd_text(dl, c);
    /* Software: a texture per colour, blitted without a colour mod (SDL's
     * fast blending path); elsewhere one white texture, tinted for free. */
    SDL_Texture *tex = software ? text_cache_get_tinted(ts, ren, c->font, c->color, s, c->text_len, &w, &h)
                                : text_cache_get(ts, ren, c->font, s, c->text_len, &w, &h);
    if (!tex) return;
    if (!software) SDL_SetTextureColorMod(tex, c->color.r, c->color.g, c->color.b);
    SDL_SetTextureAlphaMod(tex, c->color.a);
    SDL_Rect dst = { c->rect.x, c->rect.y, w, h };
    if (c->clip.w > 0) {
        SDL_Rect clip = to_sdl(c->clip);
        SDL_RenderSetClipRect(ren, &clip);
    }
    SDL_RenderCopy(ren, tex, NULL, &dst);
    if (c->clip.w > 0) SDL_RenderSetClipRect(ren, NULL);
}

void platform_render(platform *p, text_system *ts, const draw_list *dl, ui_color clear)
{
    SDL_Renderer *ren = p->renderer;
    int software = strcmp(p->renderer_name, "software") == 0;
    set_color(ren, clear);
    SDL_RenderClear(ren);
    for (size_t i = 0; i < dl->count; i++) {
        const draw_cmd *c = &dl->cmds[i];
        switch (c->kind) {
        case DRAW_FILL: {
            SDL_Rect r = to_sdl(c->rect);
            set_color(ren, c->color);
            SDL_RenderFillRect(ren, &r);
            break;
        }
        case DRAW_OUTLINE: draw_outline_cmd(ren, c); break;
        case DRAW_TEXT: draw_text_cmd(ren, software, ts, dl, c); break;
        }
    }
    p->last_list = dl;
    p->last_text = ts;
    p->last_clear = clear;
}

void platform_draw(platform *p, text_system *ts, const draw_list *dl, ui_color clear)
{
    platform_render(p, ts, dl, clear);
    SDL_RenderPresent(p->renderer);
    text_cache_end_frame(ts);
}

int platform_screenshot(platform *p, const char *path, char *err, size_t errlen)
{
    if (!p->last_list) {
        snprintf(err, errlen, "%s: nothing has been drawn yet", path);
        return -1;
    }
    /* What was presented may be gone from the back buffer (GPU renderers
     * swap it), so draw the same list again and read it before presenting. */
    platform_render(p, p->last_text, p->last_list, p->last_clear);
    int w = 0, h = 0;
    SDL_GetRendererOutputSize(p->renderer, &w, &h);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) {
        snprintf(err, errlen, "%s: %s", path, SDL_GetError());
        return -1;
    }
    int rc = SDL_RenderReadPixels(p->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch);
    SDL_RenderPresent(p->renderer);
    if (rc != 0) {
        snprintf(err, errlen, "%s: cannot read pixels: %s", path, SDL_GetError());
        SDL_FreeSurface(s);
        return -1;
    }
    /* Written beside the target and renamed, so a reader never sees half a PNG. */
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    rc = IMG_SavePNG(s, tmp);
    SDL_FreeSurface(s);
    if (rc != 0 || rename(tmp, path) != 0) {
        snprintf(err, errlen, "%s: cannot save: %s", path, rc ? IMG_GetError() : "rename failed");
        remove(tmp);
        return -1;
    }
    return 0;
}
