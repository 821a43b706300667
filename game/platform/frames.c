/* frames — the frame-time benchmark behind a script's `frames N`: the
 * current screen drawn N times back to back, each frame doing all a real
 * one does (lay the screen out, look its text up in the caches, render,
 * present), and the spread of their times printed on one line.
 *
 * The live loop draws only when something changed, so this is the cost of
 * one such change (a hover, a scroll, a mark), not a frame rate. Nothing
 * waits for vsync: the renderers are created without it (window.c). */
#include "platform/platform.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Nearest rank: the smallest time that at least q of the frames took no
 * longer than. */
static double rank(const double *sorted, int n, double q)
{
    int k = (int)(q * n + 0.999999);
    if (k < 1) k = 1;
    if (k > n) k = n;
    return sorted[k - 1];
}

static double rate(unsigned long hits, unsigned long misses)
{
    return hits + misses ? (double)hits / (double)(hits + misses) : 1.0;
}

int platform_frames(platform *p, text_system *ts, ui_app *app, int n, frames_report *out,
                    char *err, size_t errlen)
{
    double *ms = n > 0 ? malloc((size_t)n * sizeof *ms) : NULL;
    if (!ms) {
        snprintf(err, errlen, "frames: %s", n > 0 ? "out of memory" : "needs at least one frame");
        return -1;
    }
    draw_list dl = { 0 };
    /* One untimed frame first: the screen as it stands may never have been
     * drawn at this size, and its first rasterising is not a redraw. */
    ui_app_draw(app, &dl);
    platform_draw(p, ts, &dl, ui_app_background(app));
    text_cache_stats t0 = text_cache_get_stats(ts);
    unsigned long mh0, mm0, mh1, mm1;
    text_measure_stats(ts, &mh0, &mm0);
    for (int i = 0; i < n; i++) {
        double start = platform_mono_seconds();
        ui_app_draw(app, &dl);
        platform_draw(p, ts, &dl, ui_app_background(app));
        ms[i] = (platform_mono_seconds() - start) * 1e3;
    }
    text_cache_stats t1 = text_cache_get_stats(ts);
    text_measure_stats(ts, &mh1, &mm1);
    /* The loop's next frame sets it again; a screenshot before then must
     * not read the list freed here. */
    p->last_list = NULL;
    draw_list_free(&dl);
    qsort(ms, (size_t)n, sizeof *ms, cmp_double);
    *out = (frames_report){
        .frames = n, .median_ms = rank(ms, n, 0.5), .p99_ms = rank(ms, n, 0.99), .max_ms = ms[n - 1],
        .cache_hit_rate = rate(t1.hits - t0.hits, t1.misses - t0.misses),
        .measure_hit_rate = rate(mh1 - mh0, mm1 - mm0),
    };
    platform_output_size(p, &out->width, &out->height, &(float){ 0 });
    free(ms);
    return 0;
}
