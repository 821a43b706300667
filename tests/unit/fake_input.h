/* fake_input — the actions ui tests hand to a ui_app: one action of a
 * device, and a touch tapped on a point or on an element's centre, as the
 * platform's input would make them. */
#ifndef BD_TEST_FAKE_INPUT_H
#define BD_TEST_FAKE_INPUT_H

#include "ui/ui.h"

#include <string.h>

static inline action input_act(action_type t, input_device d)
{
    action a;
    memset(&a, 0, sizeof a);
    a.type = t;
    a.device = d;
    return a;
}

/* A finger down and up at (x, y). */
static inline void input_tap_at(ui_app *app, float x, float y)
{
    action a = input_act(ACT_POINTER_DOWN, DEV_TOUCH);
    a.x = x;
    a.y = y;
    ui_app_handle(app, &a);
    a.type = ACT_POINTER_UP;
    ui_app_handle(app, &a);
}

/* A tap on the centre of element id; -1 (nothing tapped) when the screen
 * has no such element. */
static inline int input_tap(ui_app *app, const char *id)
{
    ui_rect r;
    if (ui_app_element_rect(app, id, &r) != 0)
        return -1;
    input_tap_at(app, (float)(r.x + r.w / 2), (float)(r.y + r.h / 2));
    return 0;
}

#endif
