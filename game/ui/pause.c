/*
 * pause — the menu Esc opens over a scenario: resume, restart, settings,
 * quit to the list. The step stays drawn behind a veil, so the player sees
 * where they are; only the menu's buttons take focus and pointer hits.
 */
#include "ui/ui.h"

#include <stdlib.h>
#include <string.h>

static const char *const BUTTONS[] = { "pause.resume", "pause.restart", "pause.settings",
                                       "pause.quit" };
#define N_BUTTONS (sizeof BUTTONS / sizeof BUTTONS[0])

void pause_layout(ui_play *p, const play_frame *f, ui_elements *els, draw_list *dl)
{
    const ui_ctx *c = f->c;
    const ui_theme *th = c->theme;
    /* The step behind: laid out into a table of its own, drawn, not live. */
    if (!p->under) p->under = calloc(1, sizeof *p->under);
    if (p->under) {
        p->under->n = 0;
        play_layout(p, f, p->under, dl);
        if (dl) play_draw_elements(p, f, p->under, dl, -1, -1, -1);
    }
    if (dl) {
        ui_color veil = th->bg;
        veil.a = 220;
        draw_fill(dl, (ui_rect){ 0, 0, f->w, f->h }, veil);
    }
    int w = f->w - 2 * ui_px(c, 40);
    if (w > ui_px(c, 480)) w = ui_px(c, 480);
    int pad = ui_px(c, 28), btn_h = ui_px(c, 60), gap = ui_px(c, 14);
    ui_font head = ui_font_make(c, FONT_SANS, 36, 1);
    const char *title = locale_get(f->loc, "pause.heading");
    int head_h = ui_text_height(c, title, head, w - 2 * pad);
    int h = pad + head_h + ui_px(c, 20) + (int)N_BUTTONS * btn_h + ((int)N_BUTTONS - 1) * gap + pad;
    int x = (f->w - w) / 2, y = (f->h - h) / 2;
    if (y < ui_px(c, 8)) y = ui_px(c, 8);
    if (dl) {
        draw_fill(dl, (ui_rect){ x, y, w, h }, th->panel);
        draw_outline(dl, (ui_rect){ x, y, w, h }, th->border, ui_px(c, 1));
        ui_text_block(c, dl, title, head, th->text, (ui_rect){ x + pad, y + pad, w - 2 * pad, head_h },
                      ALIGN_LEFT);
    }
    int by = y + pad + head_h + ui_px(c, 20);
    for (size_t i = 0; i < N_BUTTONS; i++) {
        if (els) ui_elements_add(els, BUTTONS[i], (ui_rect){ x + pad, by, w - 2 * pad, btn_h }, -1,
                                 (ui_rect){ 0, 0, 0, 0 });
        by += btn_h + gap;
    }
}

int pause_is_button(const char *id) { return strncmp(id, "pause.", 6) == 0; }
