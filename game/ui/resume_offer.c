/*
 * resume_offer — the screen shown at start when a session was left
 * unfinished (the window closed, the machine stopped): resume it where the
 * player was, or give it up (recorded as not completed). When the scenario
 * changed since, it says so and offers to start it fresh instead: a saved
 * session is never replayed into a scenario it no longer fits.
 */
#include "ui/ui.h"

#include <stdio.h>
#include <string.h>

static const char *tr(const ui_app *app, const char *key) { return locale_get(app->loc, key); }

void resume_offer_check(ui_app *app)
{
    if (!app->host || !app->host->resume_path) return;
    char err[BD_ERR_LEN];
    resume_state_free(&app->resume);
    int rc = resume_load(app->host->resume_path, &app->resume, err, sizeof err);
    if (rc == 1) return;
    if (rc < 0) {
        /* Unreadable: said, and cleared so that it is not offered forever. */
        fprintf(stderr, "breachdrill: %s; it is discarded\n", err);
        resume_clear(app->host->resume_path, err, sizeof err);
        return;
    }
    app->resume_changed = 0;
    app->screen = SCREEN_RESUME;
    snprintf(app->focus_id, sizeof app->focus_id, "resume.yes");
}

/* The scenario's title as the list shows it, or its id. */
static const char *saved_title(const ui_app *app)
{
    for (size_t i = 0; i < app->nscn; i++)
        if (app->scn[i].title && strcmp(app->scn[i].path, app->resume.scenario_path) == 0)
            return app->scn[i].title;
    return app->resume.scenario_id ? app->resume.scenario_id : app->resume.scenario_path;
}

void resume_offer_layout(ui_app *app, draw_list *dl)
{
    const ui_ctx *c = &app->ctx;
    const ui_theme *th = c->theme;
    int col_x, col_w = menu_column(app, 40, 720, &col_x);
    ui_font head = ui_font_make(c, FONT_SANS, 36, 1), body = ui_font_make(c, FONT_SANS, 24, 0);
    const char *heading = tr(app, app->resume_changed ? "resume.changed.heading" : "resume.heading");
    char text[1024], quoted[512];
    snprintf(quoted, sizeof quoted, "%s", saved_title(app));
    ui_fill_in(text, sizeof text, tr(app, app->resume_changed ? "resume.changed.text" : "resume.text"),
               quoted);
    int head_h = ui_text_height(c, heading, head, col_w), text_h = ui_text_height(c, text, body, col_w);
    int btn_h = ui_px(c, 60), gap = ui_px(c, 16);
    int total = head_h + ui_px(c, 16) + text_h + ui_px(c, 32) + btn_h;
    int y = (app->h - total) / 2;
    if (y < ui_px(c, 16)) y = ui_px(c, 16);
    if (dl) {
        ui_text_block(c, dl, heading, head, th->text, (ui_rect){ col_x, y, col_w, head_h }, ALIGN_LEFT);
        ui_text_block(c, dl, text, body, th->text, (ui_rect){ col_x, y + head_h + ui_px(c, 16), col_w, text_h },
                      ALIGN_LEFT);
    }
    y += head_h + ui_px(c, 16) + text_h + ui_px(c, 32);
    int btn_w = (col_w - gap) / 2;
    ui_app_add_element(app, app->resume_changed ? "resume.fresh" : "resume.yes",
                       (ui_rect){ col_x, y, btn_w, btn_h }, -1);
    ui_app_add_element(app, app->resume_changed ? "resume.back" : "resume.no",
                       (ui_rect){ col_x + btn_w + gap, y, btn_w, btn_h }, -1);
}
