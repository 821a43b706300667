/* kiosk_pin — STUB, replaced by the staff PIN pad. */
#include "ui/ui.h"

#include <string.h>

void pin_open(ui_app *app) { app->kiosk->pin[0] = '\0'; }
void pin_layout(ui_app *app, draw_list *dl)
{
    kiosk_button(app, dl, "pin.digit.1", (ui_rect){ 100, 100, 60, 60 }, "1");
    kiosk_button(app, dl, "pin.cancel", (ui_rect){ 100, 400, 300, 60 }, "Cancel");
}
int pin_handle(ui_app *app, const action *a) { (void)app; (void)a; return -1; }
int pin_activate(ui_app *app, const char *id)
{
    (void)app;
    return strcmp(id, "pin.cancel") == 0 ? PIN_CANCEL : PIN_STAY;
}
