/* app_focus — how focus and the pointer move over a screen's element
 * table: keyboard and gamepad steps (the list scrolling the focused row
 * into view, the play screen reading on past its first and last element),
 * pointer hover, press and release. app.c routes actions here. */
#include "ui/ui.h"

#include <stdio.h>
#include <string.h>

/* Scrolls the list so the focused row is inside the list area. */
static void app_scroll_into_view(ui_app *app)
{
    if (app->screen != SCREEN_LIST || app->focus < 0) return;
    const ui_element *e = &app->els.el[app->focus];
    if (e->index < 0) return;
    int ring = ui_px(&app->ctx, 8);
    int top = app->list_area.y + ring, bottom = app->list_area.y + app->list_area.h - ring;
    if (e->rect.y < top) app->list_scroll -= top - e->rect.y;
    else if (e->rect.y + e->rect.h > bottom) app->list_scroll += e->rect.y + e->rect.h - bottom;
    if (app->list_scroll < 0) app->list_scroll = 0;
    app_layout(app, NULL);
}

/* Focuses list row `row` (from 0), scrolling it in: rows off screen are not
 * in the element table, so bring the row near the visible area first, then
 * exactly in. delta says which way to look. */
void app_focus_list_row(ui_app *app, long row, int delta)
{
    snprintf(app->focus_id, sizeof app->focus_id, "list.item.%ld", row + 1);
    for (int guard = 0; guard < 64 && app_find_element(app, app->focus_id) < 0; guard++) {
        app->list_scroll += delta > 0 ? app->list_area.h / 2 + 1 : -(app->list_area.h / 2 + 1);
        if (app->list_scroll < 0) app->list_scroll = 0;
        app_layout(app, NULL);
    }
    app->focus = app_find_element(app, app->focus_id);
    app_scroll_into_view(app);
}

/* Play: keeps the focused element in view after focus moved to it. */
void app_show_focus(ui_app *app)
{
    if (app->screen != SCREEN_PLAY || app->focus < 0) return;
    const ui_element *e = &app->els.el[app->focus];
    if (e->clip.w <= 0) return;
    play_show(app->play, e->rect, ui_px(&app->ctx, 8));
    app_layout(app, NULL);
}

/* Play: whether the focused element can be seen whole. */
static int app_focus_seen_whole(const ui_app *app)
{
    if (app->focus < 0) return 0;
    ui_rect v = app_visible_rect(app, app->focus), r = app->els.el[app->focus].rect;
    return v.w == r.w && v.h == r.h;
}

void app_move_focus(ui_app *app, int delta)
{
    if (app->els.n == 0) return;
    if (app->focus < 0) { app_set_focus(app, 0); app_show_focus(app); return; }
    const ui_element *e = &app->els.el[app->focus];
    if (app->screen == SCREEN_LIST && strcmp(e->id, "list.export") == 0) {
        /* Export sits right of Back: back to it, or stay. */
        if (delta < 0) app_set_focus(app, app_find_element(app, "list.back"));
        return;
    }
    if (app->screen == SCREEN_LIST && app->nscn > 0) {
        long next;
        if (e->index >= 0) next = e->index + delta;
        else next = delta < 0 ? (long)app->nscn - 1 : (long)app->nscn;  /* from Back */
        if (next < 0) next = 0;
        if (next >= (long)app->nscn) {
            app_set_focus(app, app_find_element(app, "list.back"));
            return;
        }
        app_focus_list_row(app, next, delta);
        return;
    }
    if (app->screen == SCREEN_PLAY && !app->play->paused) {
        /* Past the first or last element the arrows read on: above the
         * rows is the prompt, on feedback and the ending the only element
         * is the footer's button. A focused row not fully in view is first
         * scrolled in, not left. */
        int n = app->focus + delta;
        if (n < 0 || n >= app->els.n) {
            play_scroll_by(app->play, delta * 3 * ui_px(&app->ctx, 48));
            app_layout(app, NULL);
            return;
        }
        if (e->clip.w > 0 && !app_focus_seen_whole(app)) { app_show_focus(app); return; }
        app_set_focus(app, n);
        app_show_focus(app);
        return;
    }
    int n = app->focus + delta;
    if (n < 0) n = 0;
    if (n >= app->els.n) n = app->els.n - 1;
    app_set_focus(app, n);
    app_show_focus(app);
}

static int app_hit(const ui_app *app, float x, float y)
{
    for (int i = 0; i < app->els.n; i++) {
        const ui_element *e = &app->els.el[i];
        if (e->clip.w > 0 && !ui_rect_contains(e->clip, (int)x, (int)y)) continue;
        if (ui_rect_contains(e->rect, (int)x, (int)y)) return i;
    }
    return -1;
}

/* The play screen's row under the pointer, -1 if none. */
static int row_at(const ui_app *app, int h)
{
    return app->screen == SCREEN_PLAY && h >= 0 ? app->els.el[h].index : -1;
}

/* An order step's row follows the pointer once it has moved a little: the
 * rows reorder live under it, and letting go puts it down. */
static int drag_move(ui_app *app, const action *a, int h)
{
    if (app->drag_row < 0 || app->pressed < 0) return 0;
    if (!app->dragging) {
        float dy = a->y - app->drag_y0;
        if (dy * dy < (float)(ui_px(&app->ctx, 12) * ui_px(&app->ctx, 12))) return 0;
        app->dragging = 1;
    }
    int to = row_at(app, h);
    if (to >= 0 && to != app->drag_row &&
        play_drag(app->play, (size_t)app->drag_row, (size_t)to)) {
        app->drag_row = to;
        /* Focus goes with the row (play asked for it). */
        play_take_focus(app->play, app->focus_id, sizeof app->focus_id);
        app_layout(app, NULL);
    }
    return 1;
}

int app_handle_pointer(ui_app *app, const action *a)
{
    int h = app_hit(app, a->x, a->y);
    switch (a->type) {
    case ACT_POINTER_MOVE: {
        if (drag_move(app, a, h)) return 1;
        /* Only a mouse hovers; a finger is either down or not there. */
        int nh = a->device == DEV_MOUSE ? h : -1;
        if (nh == app->hover) return 0;
        app->hover = nh;
        return 1;
    }
    case ACT_POINTER_DOWN:
        app->pressed = h;
        app->drag_row = row_at(app, h);
        app->dragging = 0;
        app->drag_y0 = a->y;
        if (h >= 0) app_set_focus(app, h);
        return 1;
    case ACT_POINTER_UP: {
        int was = app->pressed, dragged = app->dragging;
        app->pressed = -1;
        app->drag_row = -1;
        app->dragging = 0;
        if (a->device != DEV_MOUSE) app->hover = -1;
        if (dragged) {
            play_drop(app->play);   /* a drag ends where it is let go */
            return 1;
        }
        if (h >= 0 && h == was) app_activate(app, h);
        return 1;
    }
    default:
        return 0;
    }
}
