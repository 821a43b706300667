/* draw_list — the frame's rectangles and text runs, built by screens and
 * drawn by the platform. Text is copied into one arena per frame so screens
 * can build strings on the stack; the arena and the command array keep
 * their capacity between frames, so a steady screen allocates nothing. */
#include "ui/ui.h"

#include <stdlib.h>
#include <string.h>

static int grow(void **buf, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return 0;
    size_t ncap = *cap ? *cap : 64;
    while (ncap < need) ncap *= 2;
    void *nb = realloc(*buf, ncap * elem);
    if (!nb) return -1;
    *buf = nb;
    *cap = ncap;
    return 0;
}

void draw_list_clear(draw_list *dl)
{
    dl->count = 0;
    dl->text_len = 0;
}

void draw_list_free(draw_list *dl)
{
    free(dl->cmds);
    free(dl->text);
    memset(dl, 0, sizeof *dl);
}

static draw_cmd *push(draw_list *dl)
{
    if (grow((void **)&dl->cmds, &dl->cap, dl->count + 1, sizeof *dl->cmds) != 0) return NULL;
    draw_cmd *c = &dl->cmds[dl->count++];
    memset(c, 0, sizeof *c);
    return c;
}

void draw_fill(draw_list *dl, ui_rect r, ui_color c)
{
    draw_cmd *cmd = push(dl);
    if (!cmd) return;
    cmd->kind = DRAW_FILL;
    cmd->rect = r;
    cmd->color = c;
}

void draw_outline(draw_list *dl, ui_rect r, ui_color c, int thickness)
{
    draw_cmd *cmd = push(dl);
    if (!cmd) return;
    cmd->kind = DRAW_OUTLINE;
    cmd->rect = r;
    cmd->color = c;
    cmd->thickness = thickness > 0 ? thickness : 1;
}

void draw_text(draw_list *dl, int x, int y, ui_font font, ui_color c,
               const char *s, size_t len, int w, int h, ui_rect clip)
{
    if (len == 0) return;
    if (grow((void **)&dl->text, &dl->text_cap, dl->text_len + len + 1, 1) != 0) return;
    draw_cmd *cmd = push(dl);
    if (!cmd) return;
    memcpy(dl->text + dl->text_len, s, len);
    dl->text[dl->text_len + len] = '\0';
    cmd->kind = DRAW_TEXT;
    cmd->rect = (ui_rect){ x, y, w, h };
    cmd->color = c;
    cmd->font = font;
    cmd->text_off = dl->text_len;
    cmd->text_len = len;
    cmd->clip = clip;
    cmd->box = clip;
    dl->text_len += len + 1;
}

const char *draw_cmd_text(const draw_list *dl, const draw_cmd *cmd)
{
    return dl->text + cmd->text_off;
}

int ui_rect_contains(ui_rect r, int x, int y)
{
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}
