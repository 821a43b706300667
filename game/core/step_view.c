/*
 * step_view — owning and freeing the view models and answer results that a
 * step kind hands to the core, and picking a text's language.
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

const char *bd_text_get(const bd_text *t, const char *lang)
{
    if (lang && strcmp(lang, "ja") == 0 && t->ja && t->ja[0])
        return t->ja;
    return t->en ? t->en : "";
}

void bd_text_free(bd_text *t)
{
    free(t->en);
    free(t->ja);
    t->en = t->ja = NULL;
}

void step_view_free(step_view *v)
{
    bd_text_free(&v->prompt);
    bd_text_free(&v->body);
    bd_text_free(&v->mono);
    for (size_t i = 0; i < v->n_items; i++)
        bd_text_free(&v->items[i].text);
    free(v->items);
    memset(v, 0, sizeof *v);
}

void step_result_free(step_result *r)
{
    bd_text_free(&r->feedback);
    for (size_t i = 0; i < r->n_notes; i++)
        bd_text_free(&r->notes[i].text);
    free(r->notes);
    memset(r, 0, sizeof *r);
}
