/* test_theme — both palettes meet WCAG 2.1 AA: every text colour against
 * every surface text is drawn on at least 4.5:1 (1.4.3), and the focus ring
 * and borders against the background at least 3:1 (1.4.11, non-text). The
 * ratio is WCAG's: (L1 + 0.05) / (L2 + 0.05) of relative luminances. */
#include "ui/ui.h"
#include "check.h"

#include <math.h>
#include <stdio.h>

static double channel(unsigned char v)
{
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(ui_color c)
{
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

static double contrast(ui_color a, ui_color b)
{
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

static void expect_ratio(const char *theme, const char *what, ui_color fg, const char *on, ui_color bg,
                         double min)
{
    double r = contrast(fg, bg);
    CHECK(r >= min);
    if (r < min)
        fprintf(stderr, "  %s: %s on %s is %.2f:1, below %.1f:1\n", theme, what, on, r, min);
}

static void check_theme(const char *name, const ui_theme *t)
{
    const struct { const char *name; ui_color c; } texts[] = {
        { "text", t->text }, { "text_dim", t->text_dim }, { "accent", t->accent },
    };
    const struct { const char *name; ui_color c; } surfaces[] = {
        { "bg", t->bg }, { "panel", t->panel }, { "panel_hover", t->panel_hover },
        { "panel_pressed", t->panel_pressed },
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        for (size_t j = 0; j < sizeof surfaces / sizeof surfaces[0]; j++)
            expect_ratio(name, texts[i].name, texts[i].c, surfaces[j].name, surfaces[j].c, 4.5);
    expect_ratio(name, "focus", t->focus, "bg", t->bg, 3.0);
    expect_ratio(name, "focus", t->focus, "panel", t->panel, 3.0);
}

/* The formula itself, on values WCAG's own examples give. */
static void test_formula(void)
{
    ui_color black = { 0, 0, 0, 255 }, white = { 255, 255, 255, 255 }, grey = { 118, 118, 118, 255 };
    CHECK(fabs(contrast(black, white) - 21.0) < 0.01);
    CHECK(fabs(contrast(white, white) - 1.0) < 0.001);
    CHECK(fabs(contrast(grey, white) - 4.54) < 0.01);   /* #767676, the lightest AA grey on white */
}

int main(void)
{
    test_formula();
    check_theme("standard", ui_theme_get(0));
    check_theme("high contrast", ui_theme_get(1));
    /* High contrast means more contrast: its body text beats the standard's. */
    CHECK(contrast(ui_theme_get(1)->text, ui_theme_get(1)->bg) >
          contrast(ui_theme_get(0)->text, ui_theme_get(0)->bg));
    return check_done();
}
