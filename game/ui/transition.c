/*
 * transition — a short fade when the view changes (another screen, a new
 * step, its feedback, the pause menu): the new view comes up out of the
 * background in a fifth of a second, so a change is seen as one. None with
 * reduce motion, and none until the host gives the app a clock (scripted
 * and unit-test runs stay still, so their screenshots are exact).
 */
#include "ui/ui.h"

#define FADE_S 0.18   /* long enough to see, short enough never to wait for */
#define FADE_ALPHA 200.0

void ui_app_set_time(ui_app *app, double now)
{
    app->now = now;
    app->clock_set = 1;
}

/* What, if it changes, is a new view. */
static unsigned long view_key(const ui_app *app)
{
    unsigned long key = (unsigned long)app->screen << 28;
    const ui_play *p = app->play;
    if (app->screen == SCREEN_PLAY && p)
        key ^= ((unsigned long)p->phase << 24) ^ ((unsigned long)(p->ses.step + 1) << 12) ^
               ((unsigned long)p->ses.n_log << 4) ^ (unsigned long)p->paused;
    return key;
}

static int moving(const ui_app *app)
{
    return app->clock_set && !(app->cfg && app->cfg->reduce_motion);
}

double transition_veil(ui_app *app)
{
    unsigned long key = view_key(app);
    if (key != app->view_key) {
        app->view_key = key;
        app->fade_start = app->now;
    }
    if (!moving(app)) return 0;
    double t = (app->now - app->fade_start) / FADE_S;
    if (t >= 1 || t < 0) return 0;
    double left = 1 - t;
    return FADE_ALPHA * left * left;   /* eases out: quick at first, gentle at the end */
}

int ui_app_animating(const ui_app *app)
{
    return moving(app) && app->now - app->fade_start < FADE_S;
}

void transition_draw(ui_app *app, draw_list *dl)
{
    double a = transition_veil(app);
    if (a < 1) return;
    ui_color veil = app->ctx.theme->bg;
    veil.a = (unsigned char)a;
    draw_fill(dl, (ui_rect){ 0, 0, app->w, app->h }, veil);
}
