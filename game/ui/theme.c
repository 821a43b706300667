/* theme — the two colour palettes (standard and high contrast).
 * Text colours are chosen for WCAG AA contrast against bg and panel
 * (>= 4.5:1 for body text); tests/unit/test_theme.c checks the ratios. */
#include "ui/ui.h"

static const ui_theme STANDARD = {
    .bg            = { 18, 23, 36, 255 },
    .panel         = { 33, 43, 66, 255 },
    .panel_hover   = { 44, 58, 90, 255 },
    .panel_pressed = { 52, 68, 106, 255 },
    .text          = { 236, 240, 247, 255 },
    .text_dim      = { 168, 180, 204, 255 },
    .accent        = { 255, 196, 84, 255 },
    .focus         = { 255, 196, 84, 255 },
    .border        = { 77, 92, 128, 255 },
};

static const ui_theme HIGH_CONTRAST = {
    .bg            = { 0, 0, 0, 255 },
    .panel         = { 20, 20, 20, 255 },
    .panel_hover   = { 45, 45, 45, 255 },
    .panel_pressed = { 70, 70, 70, 255 },
    .text          = { 255, 255, 255, 255 },
    .text_dim      = { 220, 220, 220, 255 },
    .accent        = { 255, 230, 0, 255 },
    .focus         = { 0, 230, 255, 255 },
    .border        = { 255, 255, 255, 255 },
};

const ui_theme *ui_theme_get(int high_contrast)
{
    return high_contrast ? &HIGH_CONTRAST : &STANDARD;
}
