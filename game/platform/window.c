/* window — SDL start-up, the window, and how the renderer is chosen.
 *
 * Why `auto` looks for a GPU before asking SDL: on a machine without one,
 * SDL's default OpenGL renderer loads Mesa's llvmpipe, which costs about
 * 170 ms and 90 MiB before the first frame, while SDL's own software
 * renderer costs neither. Looking for a DRM render node (/dev/dri/renderD*)
 * is a stat or two and tells us whether a GPU driver is present at all;
 * virtual devices that only emulate one (vgem, vkms) do not count. */
#include "platform/platform.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int render_node_is_gpu(const char *node)
{
    char link[256], target[PATH_MAX];
    snprintf(link, sizeof link, "/sys/class/drm/%s/device/driver", node);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0) return 1;   /* no sysfs: trust the node */
    target[n] = '\0';
    const char *drv = strrchr(target, '/');
    drv = drv ? drv + 1 : target;
    return strcmp(drv, "vgem") != 0 && strcmp(drv, "vkms") != 0;
}

static int machine_has_gpu(void)
{
    DIR *d = opendir("/dev/dri");
    if (!d) return 0;
    int found = 0;
    struct dirent *e;
    while (!found && (e = readdir(d)) != NULL)
        if (strncmp(e->d_name, "renderD", 7) == 0 && render_node_is_gpu(e->d_name)) found = 1;
    closedir(d);
    return found;
}

renderer_choice platform_resolve_renderer(renderer_choice want, const char **why)
{
    const char *reason = "asked for";
    renderer_choice got = want;
    if (want == RENDERER_AUTO) {
        const char *vd = getenv("SDL_VIDEODRIVER");
        const char *sw = getenv("LIBGL_ALWAYS_SOFTWARE");
        if (vd && (strcmp(vd, "dummy") == 0 || strcmp(vd, "offscreen") == 0)) {
            got = RENDERER_SOFTWARE;
            reason = "headless video driver";
        } else if (sw && *sw && strcmp(sw, "0") != 0) {
            got = RENDERER_SOFTWARE;
            reason = "LIBGL_ALWAYS_SOFTWARE is set";
        } else if (machine_has_gpu()) {
            got = RENDERER_GPU;
            reason = "GPU render node found in /dev/dri";
        } else {
            got = RENDERER_SOFTWARE;
            reason = "no GPU render node in /dev/dri";
        }
    }
    if (why) *why = reason;
    return got;
}

static SDL_Renderer *make_renderer(SDL_Window *win, renderer_choice r)
{
    if (r == RENDERER_GPU) {
        SDL_Renderer *ren = SDL_CreateRenderer(win, -1, SDL_RENDERER_ACCELERATED);
        if (ren) return ren;
        SDL_Log("platform: no accelerated renderer (%s); using software", SDL_GetError());
    }
    return SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
}

platform *platform_open(const window_options *opt, char *err, size_t errlen)
{
    const char *why = NULL;
    renderer_choice r = platform_resolve_renderer(opt->renderer, &why);
    /* Touch must not also arrive as mouse clicks (and the reverse), or one
     * tap would count twice. */
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
    SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
    if (r == RENDERER_SOFTWARE) {
        /* Otherwise X11 would still put the window framebuffer behind
         * OpenGL, loading llvmpipe after all. */
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    }
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        snprintf(err, errlen, "cannot start SDL video: %s", SDL_GetError());
        return NULL;
    }
    /* Gamepads are optional: a machine without joystick support still plays. */
    if (SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) != 0)
        SDL_Log("platform: gamepads unavailable: %s", SDL_GetError());
    if (!TTF_WasInit() && TTF_Init() != 0) {
        snprintf(err, errlen, "cannot start SDL_ttf: %s", TTF_GetError());
        SDL_Quit();
        return NULL;
    }
    platform *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err, errlen, "out of memory");
        TTF_Quit();
        SDL_Quit();
        return NULL;
    }
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (opt->fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    int w = opt->width > 0 ? opt->width : 1280, h = opt->height > 0 ? opt->height : 720;
    p->window = SDL_CreateWindow(opt->title ? opt->title : "BreachDrill", SDL_WINDOWPOS_CENTERED,
                                 SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (!p->window) {
        snprintf(err, errlen, "cannot open a window: %s", SDL_GetError());
        platform_close(p);
        return NULL;
    }
    SDL_SetWindowMinimumSize(p->window, 640, 480);
    p->renderer = make_renderer(p->window, r);
    if (!p->renderer) {
        snprintf(err, errlen, "cannot create a renderer: %s", SDL_GetError());
        platform_close(p);
        return NULL;
    }
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(p->renderer, &info) == 0)
        snprintf(p->renderer_name, sizeof p->renderer_name, "%s", info.name);
    snprintf(p->renderer_why, sizeof p->renderer_why, "%s", why);
    SDL_SetRenderDrawBlendMode(p->renderer, SDL_BLENDMODE_BLEND);
    return p;
}

void platform_close(platform *p)
{
    if (!p) return;
    input_close_gamepads(p);
    if (p->renderer) SDL_DestroyRenderer(p->renderer);
    if (p->window) SDL_DestroyWindow(p->window);
    free(p);
    if (TTF_WasInit()) TTF_Quit();
    SDL_Quit();
}

SDL_Renderer *platform_renderer(platform *p) { return p->renderer; }
const char *platform_renderer_name(platform *p) { return p->renderer_name; }

void platform_output_size(platform *p, int *w, int *h, float *dpi_scale)
{
    int ww = 0, wh = 0, ow = 0, oh = 0;
    SDL_GetWindowSize(p->window, &ww, &wh);
    if (SDL_GetRendererOutputSize(p->renderer, &ow, &oh) != 0 || ow <= 0) { ow = ww; oh = wh; }
    *w = ow;
    *h = oh;
    *dpi_scale = ww > 0 ? (float)ow / (float)ww : 1.0f;
}

void platform_set_fullscreen(platform *p, int on)
{
    /* The desktop's mode, not a mode change: no flicker, and the same size
     * the window would be given by a window manager's fullscreen. */
    if (SDL_SetWindowFullscreen(p->window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) != 0)
        SDL_Log("fullscreen: %s", SDL_GetError());
}
