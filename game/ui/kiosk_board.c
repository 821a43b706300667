/* kiosk_board — STUB, replaced by the result and board screens. */
#include "ui/ui.h"

void result_layout(ui_app *app, draw_list *dl)
{
    kiosk_button(app, dl, "result.continue", (ui_rect){ 100, 400, 300, 60 }, "Continue");
}

void board_layout(ui_app *app, draw_list *dl)
{
    kiosk_button(app, dl, "board.done", (ui_rect){ 100, 400, 300, 60 }, "Done");
}
