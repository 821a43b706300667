/* kiosk_keys — STUB, replaced by the nickname screen and its keyboard. */
#include "ui/ui.h"

#include <stdio.h>
#include <string.h>

void nickname_open(ui_app *app) { app->kiosk->nickname[0] = '\0'; }

void nickname_layout(ui_app *app, draw_list *dl)
{
    kiosk_button(app, dl, "nick.key.1", (ui_rect){ 100, 100, 60, 60 }, "A");
    kiosk_button(app, dl, "nick.ok", (ui_rect){ 100, 400, 300, 60 }, "OK");
    kiosk_button(app, dl, "nick.skip", (ui_rect){ 450, 400, 300, 60 }, "Skip");
}

int nickname_handle(ui_app *app, const action *a)
{
    if (a->type == ACT_TEXT) {
        size_t n = strlen(app->kiosk->nickname);
        snprintf(app->kiosk->nickname + n, sizeof app->kiosk->nickname - n, "%s", a->text);
        return 1;
    }
    return -1;
}

int nickname_activate(ui_app *app, const char *id)
{
    if (strcmp(id, "nick.key.1") == 0) return nickname_handle(app, &(action){ .type = ACT_TEXT, .text = "A" }) * 0;
    return strcmp(id, "nick.ok") == 0 && app->kiosk->nickname[0];
}
