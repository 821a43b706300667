/* kiosk_staff — STUB, replaced by the staff screen. */
#include "ui/ui.h"

#include <string.h>

void staff_open(ui_app *app) { (void)app; }
void staff_layout(ui_app *app, draw_list *dl)
{
    kiosk_button(app, dl, "staff.resume", (ui_rect){ 100, 100, 300, 60 }, "Resume");
    kiosk_button(app, dl, "staff.leave", (ui_rect){ 100, 400, 300, 60 }, "Leave");
}
int staff_activate(ui_app *app, const char *id)
{
    (void)app;
    return strcmp(id, "staff.leave") == 0 ? STAFF_LEAVE : strcmp(id, "staff.resume") == 0 ? STAFF_RESUME : STAFF_STAY;
}
