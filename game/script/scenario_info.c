/*
 * scenario_info — a loaded scenario's life and what callers read of it:
 * freeing it, its problems, its info, its steps. Loading and checking are
 * in scenario_load.c; playing it in scenario_ops.c.
 */
#include "script/scenario_host.h"

#include <stdlib.h>
#include <string.h>

static void info_free(scn_info *in)
{
    free(in->id);
    bd_text_free(&in->title);
    bd_text_free(&in->summary);
    bd_text_free(&in->intro);
    bd_text_free(&in->debrief);
    bd_text_free(&in->org);
    bd_text_free(&in->when);
    for (size_t i = 0; i < in->n_sources; i++)
        free(in->sources[i]);
    free(in->sources);
    for (size_t i = 0; i < in->n_languages; i++)
        free(in->languages[i]);
    free(in->languages);
    for (size_t i = 0; i < in->n_facts; i++)
        bd_text_free(&in->facts[i].text);
    free(in->facts);
}

void scenario_free(scenario *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n_probs; i++)
        free(s->probs[i].text);
    free(s->probs);
    for (size_t i = 0; i < s->n_steps; i++) {
        free(s->step_ids[i]);
        if (s->tags)
            free(s->tags[i]);
        if (s->outcomes)
            free(s->outcomes[i]);
        if (s->step_kinds)
            free(s->step_kinds[i]);
    }
    free(s->step_kinds);
    free(s->step_ids);
    free(s->tags);
    free(s->outcomes);
    for (size_t i = 0; i < s->n_kinds; i++)
        free(s->kinds[i]);
    free(s->kinds);
    info_free(&s->info);
    explore_result_free(&s->ex);
    sandbox_free(s->sb);
    source_map_free(s->map);
    free(s->code);
    free(s->dir);
    free(s->path);
    free(s);
}

int scenario_ok(const scenario *s)
{
    return s->n_errors == 0 && s->model.ops != NULL;
}

size_t scenario_problem_count(const scenario *s)
{
    return s->n_probs;
}

const scn_problem *scenario_problem(const scenario *s, size_t i)
{
    return i < s->n_probs ? &s->probs[i] : NULL;
}

const scn_info *scenario_info(const scenario *s)
{
    return &s->info;
}

const char *scenario_path(const scenario *s)
{
    return s->path;
}

const char *scenario_hash(const scenario *s)
{
    return s->hash;
}

const scn_model *scenario_model(scenario *s)
{
    return scenario_ok(s) ? &s->model : NULL;
}

const explore_result *scenario_explored(const scenario *s)
{
    return s->explored ? &s->ex : NULL;
}

size_t scenario_step_count(const scenario *s)
{
    return s->n_steps;
}

const char *scenario_step_id(const scenario *s, int step)
{
    return (step >= 0 && (size_t)step < s->n_steps) ? s->step_ids[step] : "";
}

int scenario_step_index(const scenario *s, const char *id)
{
    for (size_t i = 0; i < s->n_steps; i++)
        if (strcmp(s->step_ids[i], id) == 0)
            return (int)i;
    return -1;
}

const char *scenario_step_outcome(const scenario *s, int step)
{
    if (step < 0 || (size_t)step >= s->n_steps || !s->outcomes || !s->outcomes[step])
        return "";
    return s->outcomes[step];
}

const char *scenario_step_tags(const scenario *s, int step)
{
    if (step < 0 || (size_t)step >= s->n_steps || !s->tags || !s->tags[step])
        return "";
    return s->tags[step];
}

const char *scenario_step_kind(const scenario *s, int step)
{
    if (step < 0 || (size_t)step >= s->n_steps || !s->step_kinds || !s->step_kinds[step])
        return "";
    return s->step_kinds[step];
}
