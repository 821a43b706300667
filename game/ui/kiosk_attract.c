/* kiosk_attract — STUB, replaced by the attract screen's real layout. */
#include "ui/ui.h"

#include <stdio.h>

size_t attract_cards(const ui_app *app) { return 2 + app->kiosk->host->n_facts; }

void attract_layout(ui_app *app, draw_list *dl)
{
    kiosk_button(app, dl, "attract.start", (ui_rect){ 0, 0, app->w, app->h / 2 }, kiosk_tr(app, "attract.start"));
    kiosk_button(app, dl, "attract.en", (ui_rect){ 0, app->h / 2 + 10, 100, 50 }, "English");
    kiosk_button(app, dl, "attract.ja", (ui_rect){ 120, app->h / 2 + 10, 100, 50 }, "日本語");
}

void pick_layout(ui_app *app, draw_list *dl)
{
    for (size_t i = 0; i < app->kiosk->host->n_scenarios; i++) {
        char id[32];
        snprintf(id, sizeof id, "pick.item.%zu", i + 1);
        kiosk_button(app, dl, id, (ui_rect){ 100, 100 + (int)i * 60, 400, 50 },
                     kiosk_text(app, app->kiosk->host->scenarios[i].title));
    }
    kiosk_button(app, dl, "pick.back", (ui_rect){ 100, 500, 200, 50 }, "Back");
}
