/*
 * play_lay — private to game/ui/play_layout.c and play_debrief.c: the
 * column layout of the play screen's scrolling content and the helpers
 * that place wrapped text and panels in it. Not a module header: ui.h is
 * the module's interface.
 */
#ifndef BD_PLAY_LAY_H
#define BD_PLAY_LAY_H

#include "ui/ui.h"
#include "script/script.h"

/* Logical sizes on the 1100x680 design canvas. */
#define SIDE 48.0f
#define COLUMN_MAX 1000.0f
#define SIZE_HEAD 20.0f
#define SIZE_PROMPT 30.0f
#define SIZE_BODY 22.0f
#define SIZE_MONO 19.0f
#define SIZE_SMALL 18.0f
#define RING 8.0f          /* room for the focus ring around rows */

typedef struct {
    ui_play *p;
    const play_frame *f;
    const ui_ctx *c;
    draw_list *dl;      /* NULL: measuring only */
    ui_elements *els;   /* NULL: measuring only */
    int x, w;           /* the column */
    int y;              /* where the next thing goes */
    ui_rect view;       /* the scrolling part of the screen */
} lay;

/* One line of a panel: text, font, colour (NULL text: skipped). */
typedef struct {
    const char *s;
    ui_font f;
    ui_color col;
} panel_line;

static inline const char *lay_tr(const lay *L, const char *key) { return locale_get(L->f->loc, key); }
static inline const char *lay_txt(const lay *L, const bd_text *t) { return bd_text_get(t, L->p->lang); }
static inline ui_font lay_sans(const lay *L, float size, int bold)
{
    return ui_font_make(L->c, FONT_SANS, size, bold);
}
/* Whether a box at y of height h is in the view (and being drawn). */
int lay_shown(const lay *L, int y, int h);
/* A wrapped paragraph in the scrolling part; empty text takes no room. */
void lay_para(lay *L, const char *s, ui_font f, ui_color col, int indent, float gap);
/* A panel holding lines of text, one under the other. */
void lay_panel(lay *L, const panel_line *lines, size_t n, float gap);
/* "Detection: +2" from a format with one %s. */
void lay_signed_points(char *out, size_t n, const char *fmt, int v);
/* The ending: outcome, scores, decisions, debrief, sources (play_debrief.c). */
void play_debrief(lay *L);

#endif
