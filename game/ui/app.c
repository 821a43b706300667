/* app — the screens a player moves through (title, scenario list, play),
 * their focus, pointer and scroll state, and how actions change them. The
 * title and list layouts are in menu.c; the play screen's rules are in
 * play.c, its layout in play_layout.c and its drawing in play_draw.c; this
 * file routes actions to them.
 *
 * Every screen is laid out afresh from the window size on each frame into a
 * table of focusable elements; that table is what keyboard/gamepad focus
 * moves through and what pointer events are hit-tested against, so every
 * device reaches exactly what is drawn. */
#include "ui/ui.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The layout is designed on a 1100x680 logical canvas: the scale is the
 * largest that fits it, so 800x600 gets 0.73 (still legible) and 3840x2160
 * gets 3.2. Text size steps multiply font sizes only. */
#define DESIGN_W 1100.0f
#define DESIGN_H 680.0f
static const float TEXT_SCALES[3] = { 0.85f, 1.0f, 1.2f };

/* How many of a broken scenario's errors the list shows: enough to see
 * what is wrong, few enough to leave the list usable. */
#define LIST_ERROR_LINES 3

static const char *tr(const ui_app *app, const char *key) { return locale_get(app->loc, key); }

/* ---- Lifetime ------------------------------------------------------------ */

static void scenarios_free(ui_app *app)
{
    for (size_t i = 0; i < app->nscn; i++) {
        free(app->scn[i].path);
        free(app->scn[i].title);
        free(app->scn[i].error);
        free(app->scn[i].details);
        free(app->scn[i].id);
    }
    free(app->scn);
    app->scn = NULL;
    app->nscn = 0;
}

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

ui_app *ui_app_new(const locale *loc, const ui_measure *measure, const config *cfg,
                   const ui_host *host)
{
    ui_app *app = calloc(1, sizeof *app);
    if (!app) return NULL;
    app->loc = loc;
    app->measure = measure;
    app->cfg = cfg;
    app->host = host;
    app->hover = app->pressed = app->drag_row = -1;
    app->dpi = 1.0f;
    strcpy(app->focus_id, "title.play");
    ui_app_resize(app, 1280, 720, 1.0f);
    /* Without it (no memory) every layout wraps afresh: slower, not wrong. */
    app->ctx.wraps = ui_wrap_cache_new();
    return app;
}

void ui_app_free(ui_app *app)
{
    if (!app) return;
    play_suspend(app->play);
    play_free(app->play);
    kiosk_free(app);
    scenarios_free(app);
    free(app->list_error);
    resume_state_free(&app->resume);
    ui_wrap_cache_free(app->ctx.wraps);
    free(app);
}

void ui_app_offer_resume(ui_app *app) { resume_offer_check(app); }

void ui_app_set_scenarios(ui_app *app, const ui_scenario_entry *entries, size_t count)
{
    scenarios_free(app);
    if (count == 0) return;
    app->scn = calloc(count, sizeof *app->scn);
    if (!app->scn) return;
    for (size_t i = 0; i < count; i++) {
        app->scn[i].path = dup_or_null(entries[i].path);
        app->scn[i].title = dup_or_null(entries[i].title);
        app->scn[i].error = dup_or_null(entries[i].error);
        app->scn[i].id = dup_or_null(entries[i].id);
        app->scn[i].details = menu_row_details(app, &entries[i]);
        app->scn[i].scored = entries[i].scored;
        app->scn[i].best = entries[i].best;
    }
    app->nscn = count;
}

void ui_app_set_scores(ui_app *app, const results_history *h)
{
    for (size_t i = 0; i < app->nscn; i++) {
        int best = app->scn[i].id ? results_best_score(h, app->scn[i].id) : -1;
        app->scn[i].scored = best >= 0;
        app->scn[i].best = best;
    }
}

void ui_app_set_locale(ui_app *app, const locale *loc) { app->loc = loc; }

void ui_app_resize(ui_app *app, int w, int h, float dpi_scale)
{
    app->w = w;
    app->h = h;
    app->dpi = dpi_scale > 0 ? dpi_scale : 1.0f;
    float s = fminf((float)w / DESIGN_W, (float)h / DESIGN_H);
    if (s < 0.5f) s = 0.5f;
    int ts = app->cfg ? app->cfg->text_size : 1;
    if (ts < 0 || ts > 2) ts = 1;
    app->ctx.measure = app->measure;
    app->ctx.theme = ui_theme_get(app->cfg ? app->cfg->high_contrast : 0);
    app->ctx.scale = s;
    app->ctx.text_scale = TEXT_SCALES[ts];
}

float ui_app_scale(const ui_app *app) { return app->ctx.scale; }
int ui_app_wants_quit(const ui_app *app) { return app->quit; }
ui_screen_id ui_app_screen(const ui_app *app) { return app->screen; }
ui_color ui_app_background(const ui_app *app) { return app->ctx.theme->bg; }

const char *ui_screen_name(ui_screen_id id)
{
    static const char *const names[SCREEN_COUNT] = {
        "title", "list", "play", "settings", "name", "resume",
        "attract", "pick", "result", "nickname", "board", "pin", "staff", "still",
    };
    return (id >= 0 && id < SCREEN_COUNT) ? names[id] : "?";
}

const char *ui_app_focus_id(const ui_app *app) { return app->focus_id; }

/* ---- Layout --------------------------------------------------------------- */

static const ui_rect NO_CLIP = { 0, 0, 0, 0 };

void ui_app_add_element(ui_app *app, const char *id, ui_rect r, int index)
{
    ui_elements_add(&app->els, id, r, index, index >= 0 ? app->list_area : NO_CLIP);
}

int app_find_element(const ui_app *app, const char *id)
{
    for (int i = 0; i < app->els.n; i++)
        if (strcmp(app->els.el[i].id, id) == 0) return i;
    return -1;
}

static play_frame frame_of(const ui_app *app)
{
    return (play_frame){ &app->ctx, app->loc, app->w, app->h };
}

void app_layout(ui_app *app, draw_list *dl)
{
    app->els.n = 0;
    if (app->kiosk && app->screen >= SCREEN_ATTRACT) kiosk_layout(app, dl);
    else if (app->screen == SCREEN_TITLE) menu_layout_title(app, dl);
    else if (app->screen == SCREEN_SETTINGS) settings_layout(app, dl);
    else if (app->screen == SCREEN_NAME) name_layout(app, dl);
    else if (app->screen == SCREEN_RESUME) resume_offer_layout(app, dl);
    else if (app->screen == SCREEN_PLAY && app->play) {
        play_frame f = frame_of(app);
        if (app->play->paused) pause_layout(app->play, &f, &app->els, dl);
        else play_layout(app->play, &f, &app->els, dl);
    } else menu_layout_list(app, dl);
    app->focus = app_find_element(app, app->focus_id);
}

/* The part of element i that can be seen (empty when scrolled away). */
ui_rect app_visible_rect(const ui_app *app, int i)
{
    const ui_element *e = &app->els.el[i];
    return e->clip.w > 0 ? ui_rect_intersect(e->rect, e->clip) : e->rect;
}

int ui_app_element_rect(ui_app *app, const char *id, ui_rect *out)
{
    app_layout(app, NULL);
    int i = app_find_element(app, id);
    if (i < 0) return -1;
    ui_rect r = app_visible_rect(app, i);
    if (r.w <= 0 || r.h <= 0) return -1;
    *out = r;
    return 0;
}

/* ---- Drawing ---------------------------------------------------------------- */

static widget_state state_of(const ui_app *app, int i)
{
    if (app->pressed == i) return WIDGET_PRESSED;
    if (app->hover == i) return WIDGET_HOVER;
    return WIDGET_NORMAL;
}

static const char *element_label(const ui_app *app, const ui_element *e, char *buf, size_t n)
{
    if (settings_is_row(e->id)) return settings_label(app, e->id, buf, n);
    return tr(app, e->id);
}

static void draw_elements(ui_app *app, draw_list *dl);

void ui_app_draw(ui_app *app, draw_list *dl)
{
    draw_list_clear(dl);
    app_layout(app, dl);
    if (app->screen == SCREEN_PLAY && app->play) {
        play_frame f = frame_of(app);
        play_draw_elements(app->play, &f, &app->els, dl, app->focus, app->hover, app->pressed);
        if (app->kiosk) kiosk_draw_over_play(app, dl);
        transition_draw(app, dl);
        return;
    }
    /* Kiosk screens drew their buttons as they laid them out. */
    if (!app->kiosk || app->screen < SCREEN_ATTRACT) draw_elements(app, dl);
    transition_draw(app, dl);
}

/* The buttons and rows of the title, list, name, settings and resume
 * screens. */
static void draw_elements(ui_app *app, draw_list *dl)
{
    for (int i = 0; i < app->els.n; i++) {
        const ui_element *e = &app->els.el[i];
        if (e->index >= 0) {
            /* Rows scroll under the list area's edges: clip them there. */
            size_t first = dl->count;
            menu_draw_row(app, dl, i, state_of(app, i));
            for (size_t k = first; k < dl->count; k++)
                if (dl->cmds[k].kind == DRAW_TEXT) dl->cmds[k].clip = app->list_area;
            if (i == app->focus) ui_focus_ring(&app->ctx, dl, e->rect);
        } else if (!name_is_field(e->id)) {   /* fields draw themselves */
            char label[256];
            ui_button(&app->ctx, dl, e->rect, element_label(app, e, label, sizeof label),
                      i == app->focus, state_of(app, i));
        }
    }
}

/* ---- Actions ------------------------------------------------------------------ */

void app_set_focus(ui_app *app, int i)
{
    if (i < 0 || i >= app->els.n) return;
    app->focus = i;
    snprintf(app->focus_id, sizeof app->focus_id, "%s", app->els.el[i].id);
}

void app_go(ui_app *app, ui_screen_id screen, const char *focus)
{
    app->screen = screen;
    app->list_scroll = 0;
    app->hover = app->pressed = -1;
    snprintf(app->focus_id, sizeof app->focus_id, "%s", focus);
    app_layout(app, NULL);
}

/* Focus where play asked for it (a new step, a moved row). */
void app_follow_play(ui_app *app)
{
    if (!play_take_focus(app->play, app->focus_id, sizeof app->focus_id)) return;
    app->hover = app->pressed = -1;
    app_layout(app, NULL);
    app_show_focus(app);
}

static void leave_play(ui_app *app)
{
    play_abandon(app->play);
    play_free(app->play);
    app->play = NULL;
    /* The list shows best scores: read them again with this session in. */
    if (app->host && app->host->refresh_scores) app->host->refresh_scores(app->host->ctx);
    app_go(app, SCREEN_LIST, "list.back");
    if (app->play_row >= 0 && (size_t)app->play_row < app->nscn)
        app_focus_list_row(app, app->play_row, 1);
}

static void start_play(ui_app *app, int row)
{
    if (row < 0 || (size_t)row >= app->nscn || !app->scn[row].title) return;
    char err[BD_MSG_LEN];
    size_t n_errors = 0;
    ui_play *p = play_open(app->scn[row].path, app->host, locale_lang(app->loc), LIST_ERROR_LINES,
                           err, sizeof err, &n_errors);
    free(app->list_error);
    app->list_error = NULL;
    if (!p) {
        if (n_errors > LIST_ERROR_LINES) {
            char num[24], more[256];
            snprintf(num, sizeof num, "%zu", n_errors - LIST_ERROR_LINES);
            ui_fill_in(more, sizeof more, tr(app, "list.more_errors"), num);
            size_t L = strlen(err);
            snprintf(err + L, sizeof err - L, "\n%s", more);
        }
        app->list_error = strdup(err);
        app->list_panel_head = "list.load_failed";
        app_layout(app, NULL);
        app_focus_list_row(app, row, 1);   /* the panel took room: keep the row in view */
        return;
    }
    app->play = p;
    app->play_row = row;
    if (app->cfg) {
        snprintf(p->player, sizeof p->player, "%s", app->cfg->player);
        snprintf(p->employee_id, sizeof p->employee_id, "%s", app->cfg->employee_id);
    }
    app_go(app, SCREEN_PLAY, "play.item.1");
    app_follow_play(app);
}

/* Back to where the settings were opened from, its button focused. */
static void leave_settings(ui_app *app)
{
    if (app->settings_from == SCREEN_PLAY && app->play) {
        /* The scenario's texts follow a language chosen meanwhile. */
        snprintf(app->play->lang, sizeof app->play->lang, "%s", locale_lang(app->loc));
        app_go(app, SCREEN_PLAY, "pause.settings");
    } else {
        app_go(app, SCREEN_TITLE, "title.settings");
    }
}

/* The list row of a scenario file, -1 if it is not listed. */
static int row_of_path(const ui_app *app, const char *path)
{
    for (size_t i = 0; i < app->nscn; i++)
        if (path && strcmp(app->scn[i].path, path) == 0) return (int)i;
    return -1;
}

/* The resume offer's buttons. */
static void resume_choice(ui_app *app, const char *id)
{
    char err[BD_ERR_LEN];
    int changed = 0;
    if (strcmp(id, "resume.yes") == 0 || strcmp(id, "resume.no") == 0) {
        ui_play *p = play_resume(&app->resume, app->host, locale_lang(app->loc), &changed, err,
                                 sizeof err);
        if (!p && changed) {
            app->resume_changed = 1;
            snprintf(app->focus_id, sizeof app->focus_id, "resume.fresh");
            app_layout(app, NULL);
            return;
        }
        if (p && strcmp(id, "resume.yes") == 0) {
            app->play = p;
            app->play_row = row_of_path(app, app->resume.scenario_path);
            resume_state_free(&app->resume);
            app_go(app, SCREEN_PLAY, "play.item.1");
            app_follow_play(app);
            return;
        }
        if (p) {   /* given up: recorded as left, now */
            play_abandon(p);
            play_free(p);
        }
    } else if (strcmp(id, "resume.fresh") == 0) {
        int row = row_of_path(app, app->resume.scenario_path);
        resume_state_free(&app->resume);
        app_go(app, SCREEN_LIST, "list.back");
        if (row >= 0) start_play(app, row);
        return;
    }
    resume_state_free(&app->resume);
    app_go(app, SCREEN_TITLE, "title.play");
}

void app_activate(ui_app *app, int i)
{
    if (i < 0 || i >= app->els.n) return;
    const ui_element *e = &app->els.el[i];
    const char *id = e->id;
    if (app->kiosk && app->screen != SCREEN_PLAY) {
        kiosk_activate(app, id);
        return;
    }
    if (app->screen == SCREEN_PLAY) {
        int rc = play_activate(app->play, e);
        if (rc == PLAY_LEAVE) {
            leave_play(app);
        } else if (rc == PLAY_OPEN_SETTINGS) {
            app->settings_from = SCREEN_PLAY;
            app_go(app, SCREEN_SETTINGS, "settings.language");
        } else {
            app_follow_play(app);
        }
        return;
    }
    if (strncmp(id, "resume.", 7) == 0) {
        resume_choice(app, id);
    } else if (strcmp(id, "title.play") == 0) {
        name_open(app);
        app_go(app, SCREEN_NAME, "name.player");
    } else if (strcmp(id, "name.continue") == 0) {
        name_commit(app);
        app_go(app, SCREEN_LIST, app->nscn ? "list.item.1" : "list.back");
    } else if (strcmp(id, "name.back") == 0) {
        app_go(app, SCREEN_TITLE, "title.play");
    } else if (name_is_field(id)) {
        /* Enter in a field goes on to the next; in the last, it continues,
         * as a form does: type a name, press Enter. */
        if (i + 1 < app->els.n && name_is_field(app->els.el[i + 1].id)) app_move_focus(app, +1);
        else app_activate(app, app_find_element(app, "name.continue"));
    } else if (strcmp(id, "title.language") == 0) {
        const char *next = strcmp(locale_lang(app->loc), "ja") == 0 ? "en" : "ja";
        if (app->host && app->host->set_language) app->host->set_language(app->host->ctx, next);
    } else if (strcmp(id, "title.settings") == 0) {
        app->settings_from = SCREEN_TITLE;
        app_go(app, SCREEN_SETTINGS, "settings.language");
    } else if (strcmp(id, "settings.back") == 0) {
        leave_settings(app);
    } else if (settings_is_row(id)) {
        settings_change(app, id, +1);
    } else if (strcmp(id, "title.quit") == 0) {
        app->quit = 1;
    } else if (strcmp(id, "list.export") == 0) {
        char msg[4200];
        int rc = app->host->export_results(app->host->ctx, msg, sizeof msg);
        free(app->list_error);
        app->list_error = strdup(msg);
        app->list_panel_head = rc == 0 ? "list.exported" : "list.export_failed";
    } else if (strcmp(id, "list.back") == 0) {
        free(app->list_error);
        app->list_error = NULL;
        app_go(app, SCREEN_TITLE, "title.play");
    } else if (app->screen == SCREEN_LIST && e->index >= 0) {
        start_play(app, e->index);
    }
}

/* The play screen's own meaning of some actions; -1 for the common one. */
static int handle_play(ui_app *app, const action *a)
{
    ui_play *p = app->play;
    if (p->paused) {
        /* The menu is a plain column of buttons; Esc closes it. */
        if (a->type != ACT_BACK) return -1;
        play_pause_toggle(p);
        app_layout(app, NULL);
        app_follow_play(app);
        return 1;
    }
    switch (a->type) {
    case ACT_UP: case ACT_LEFT: case ACT_DOWN: case ACT_RIGHT: {
        int d = a->type == ACT_UP || a->type == ACT_LEFT ? -1 : 1;
        if (!play_move_held(p, d)) return -1;
        app_follow_play(app);
        return 1;
    }
    case ACT_CONFIRM:
        /* Confirms marks and orders, continues after feedback; elsewhere it
         * activates the focused element like Enter. */
        if (p->phase == PLAY_FEEDBACK ||
            (p->phase == PLAY_QUESTION &&
             (p->ses.view.pick == PICK_MANY || p->ses.view.pick == PICK_ORDER))) {
            play_confirm(p);
            app_follow_play(app);
            return 1;
        }
        return -1;
    case ACT_BACK:
        /* Esc first puts down a row that is held, then opens the pause
         * menu; at the ending there is nothing to pause: it leaves. */
        if (play_drop(p)) return 1;
        if (play_pause_toggle(p)) {
            /* Where focus was, to give it back on Resume. */
            snprintf(p->focus_before, sizeof p->focus_before, "%s", app->focus_id);
            app_layout(app, NULL);
            app_follow_play(app);
        } else {
            leave_play(app);
        }
        return 1;
    case ACT_SCROLL:
        play_scroll_by(p, (int)(a->amount * (float)ui_px(&app->ctx, 48)));
        app_layout(app, NULL);
        return 1;
    case ACT_RELOAD:
        play_reload(p);
        app_layout(app, NULL);
        app_follow_play(app);
        return 1;
    default:
        return -1;
    }
}

static int handle_common(ui_app *app, const action *a);

int ui_app_handle(ui_app *app, const action *a)
{
    app_layout(app, NULL);
    if (!app->kiosk) return handle_common(app, a);
    int rc = kiosk_handle(app, a);
    if (rc < 0) rc = handle_common(app, a);
    kiosk_after(app);
    return rc;
}

/* What an action does on the training screens, and on a kiosk screen that
 * leaves it to the common rules. */
static int handle_common(ui_app *app, const action *a)
{
    if (app->screen == SCREEN_PLAY && app->play) {
        int rc = handle_play(app, a);
        if (rc >= 0) return rc;
    }
    switch (a->type) {
    case ACT_QUIT:
        app->quit = 1;
        return 1;
    case ACT_LEFT: case ACT_RIGHT:
        /* On a setting, Left and Right step its value. */
        if (app->screen == SCREEN_SETTINGS && app->focus >= 0 &&
            settings_is_row(app->els.el[app->focus].id)) {
            settings_change(app, app->els.el[app->focus].id, a->type == ACT_LEFT ? -1 : +1);
            return 1;
        }
        /* Below the list, Right goes from Back to Export beside it. */
        if (app->screen == SCREEN_LIST && a->type == ACT_RIGHT && app->focus >= 0 &&
            strcmp(app->els.el[app->focus].id, "list.back") == 0 &&
            app_find_element(app, "list.export") >= 0) {
            app_set_focus(app, app_find_element(app, "list.export"));
            return 1;
        }
        app_move_focus(app, a->type == ACT_LEFT ? -1 : +1);
        return 1;
    case ACT_UP:
        app_move_focus(app, -1);
        return 1;
    case ACT_DOWN:
        app_move_focus(app, +1);
        return 1;
    case ACT_SELECT: case ACT_CONFIRM: case ACT_TOGGLE:
        if (app->focus < 0) { app_move_focus(app, 1); return 1; }
        /* Space in a field is a character, which arrives as text. */
        if (a->type == ACT_TOGGLE && name_is_field(app->els.el[app->focus].id)) return 0;
        app_activate(app, app->focus);
        return 1;
    case ACT_TEXT:
        if (app->screen != SCREEN_NAME || app->focus < 0) return 0;
        return name_type(app, app->els.el[app->focus].id, a->text);
    case ACT_ERASE:
        if (app->screen != SCREEN_NAME || app->focus < 0) return 0;
        return name_erase(app, app->els.el[app->focus].id);
    case ACT_BACK:
        if (app->screen == SCREEN_RESUME) {
            /* Not now: kept on disk, offered again at the next start. */
            resume_state_free(&app->resume);
            app_go(app, SCREEN_TITLE, "title.play");
            return 1;
        }
        if (app->screen == SCREEN_NAME) {
            app_go(app, SCREEN_TITLE, "title.play");
            return 1;
        }
        if (app->screen == SCREEN_SETTINGS) {
            leave_settings(app);
            return 1;
        }
        if (app->screen == SCREEN_LIST) {
            free(app->list_error);
            app->list_error = NULL;
            app_go(app, SCREEN_TITLE, "title.play");
            return 1;
        }
        return 0;
    case ACT_SCROLL:
        if (app->screen != SCREEN_LIST) return 0;
        app->list_scroll += (int)(a->amount * (float)ui_px(&app->ctx, 48));
        if (app->list_scroll < 0) app->list_scroll = 0;
        app_layout(app, NULL);
        return 1;
    case ACT_POINTER_DOWN: case ACT_POINTER_UP: case ACT_POINTER_MOVE:
        return app_handle_pointer(app, a);
    case ACT_RELOAD:
        if (app->host && app->host->reload) app->host->reload(app->host->ctx);
        return 1;
    default:
        return 0;
    }
}
