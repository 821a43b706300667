/*
 * settings — the settings screen: language, text size, high contrast,
 * reduce motion, fullscreen. Each row shows its value and changes it when
 * activated (forward) or with Left/Right; the change is handed to the host
 * at once, which saves the config and applies what only it can (the locale,
 * the window), so what the player sees is always what is saved.
 */
#include "ui/ui.h"

#include <stdio.h>
#include <string.h>

static const char *tr(const ui_app *app, const char *key) { return locale_get(app->loc, key); }

/* The rows, top to bottom; "settings.back" follows them. */
static const char *const ROWS[] = {
    "settings.language", "settings.text_size", "settings.contrast", "settings.motion",
    "settings.fullscreen",
};
#define N_ROWS (sizeof ROWS / sizeof ROWS[0])

static int row_of(const char *id)
{
    for (size_t i = 0; i < N_ROWS; i++)
        if (strcmp(ROWS[i], id) == 0) return (int)i;
    return -1;
}

int settings_is_row(const char *id) { return row_of(id) >= 0; }

/* "Text size: Large": the row's name and its value, both translated. */
const char *settings_label(const ui_app *app, const char *id, char *buf, size_t n)
{
    const config *cfg = app->cfg;
    const char *value = NULL;
    static const char *const sizes[3] = { "settings.size.small", "settings.size.medium",
                                          "settings.size.large" };
    switch (row_of(id)) {
    case 0: value = tr(app, "settings.language.name"); break;
    case 1: value = tr(app, sizes[cfg && cfg->text_size >= 0 && cfg->text_size <= 2 ? cfg->text_size : 1]); break;
    case 2: value = tr(app, cfg && cfg->high_contrast ? "settings.on" : "settings.off"); break;
    case 3: value = tr(app, cfg && cfg->reduce_motion ? "settings.on" : "settings.off"); break;
    case 4: value = tr(app, cfg && cfg->fullscreen ? "settings.on" : "settings.off"); break;
    default: return tr(app, id);
    }
    snprintf(buf, n, "%s%s%s", tr(app, id), tr(app, "settings.separator"), value);
    return buf;
}

void settings_layout(ui_app *app, draw_list *dl)
{
    const ui_ctx *c = &app->ctx;
    int col_x, col_w = menu_column(app, 40, 640, &col_x);
    ui_font head = ui_font_make(c, FONT_SANS, 40, 1);
    int head_h = ui_text_height(c, tr(app, "settings.heading"), head, col_w);
    int btn_h = ui_px(c, 60), gap = ui_px(c, 14);
    int nb = (int)N_ROWS + 1;
    int total = head_h + ui_px(c, 28) + nb * btn_h + (nb - 1) * gap + ui_px(c, 12);
    int hint_h = menu_draw_hint(app, dl, "settings.hint", col_x, col_w, ALIGN_CENTER);
    int y = (app->h - hint_h - ui_px(c, 16) - total) / 2;
    if (y < ui_px(c, 16)) y = ui_px(c, 16);
    if (dl) ui_text_block(c, dl, tr(app, "settings.heading"), head, c->theme->text,
                          (ui_rect){ col_x, y, col_w, head_h }, ALIGN_LEFT);
    y += head_h + ui_px(c, 28);
    for (size_t i = 0; i < N_ROWS; i++) {
        ui_app_add_element(app, ROWS[i], (ui_rect){ col_x, y, col_w, btn_h }, -1);
        y += btn_h + gap;
    }
    ui_app_add_element(app, "settings.back", (ui_rect){ col_x, y + ui_px(c, 12), ui_px(c, 220), btn_h }, -1);
}

/* Steps the row's value by delta (+1 forward, -1 back), wrapping around. */
int settings_change(ui_app *app, const char *id, int delta)
{
    int row = row_of(id);
    if (row < 0 || !app->cfg) return 0;
    config next = *app->cfg;
    switch (row) {
    case 0: {
        const char *now = locale_lang(app->loc);
        snprintf(next.language, sizeof next.language, "%s", strcmp(now, "ja") == 0 ? "en" : "ja");
        break;
    }
    case 1: next.text_size = ((next.text_size + delta) % 3 + 3) % 3; break;
    case 2: next.high_contrast = !next.high_contrast; break;
    case 3: next.reduce_motion = !next.reduce_motion; break;
    case 4: next.fullscreen = !next.fullscreen; break;
    }
    if (app->host && app->host->apply_settings) app->host->apply_settings(app->host->ctx, &next);
    /* The theme and text scale follow the (now changed) config. */
    ui_app_resize(app, app->w, app->h, app->dpi);
    return 1;
}
