/* kiosk_scenarios — which scenarios the booth plays, and their facts cards.
 *
 * Every scenario file of the game's folders is loaded (without exploring:
 * that waits until a round opens it) and those whose `modes` list "kiosk"
 * and that have no errors are kept, loaded, for the whole run: the titles
 * and cards the kiosk shows, in both languages, point into their info. A
 * few kiosk scenarios hold a few hundred KiB each; reading them once is
 * cheaper than re-reading files on every change of language. */
#include "kiosk_host.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const game *g;
    scenario **found;
    size_t n, cap;
} scan;

/* NULL for a text the scenario left empty, so the kiosk shows nothing. */
static const bd_text *text_or_null(const bd_text *t)
{
    return (t->en && t->en[0]) || (t->ja && t->ja[0]) ? t : NULL;
}

static const scenario *find_id(scenario *const *v, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(scenario_info(v[i])->id, id) == 0) return v[i];
    return NULL;
}

/* Why a file is not kept: its errors said, or nothing for a scenario that
 * is simply not for the kiosk. 1 to keep it. */
static int keep_it(scan *s, scenario *sc)
{
    if (!scenario_ok(sc)) {
        for (size_t i = 0; i < scenario_problem_count(sc); i++) {
            const scn_problem *p = scenario_problem(sc, i);
            if (!p->warn) fprintf(stderr, "%s\n", p->text);
        }
        return 0;
    }
    const scn_info *info = scenario_info(sc);
    if (!info->kiosk) return 0;
    const scenario *first = find_id(s->found, s->n, info->id);
    if (first) {
        /* The board keeps rounds by id: two files under one id would mix. */
        fprintf(stderr, "breachdrill: %s: kiosk scenario \"%s\" is already in %s; skipped\n",
                scenario_path(sc), info->id, scenario_path(first));
        return 0;
    }
    return 1;
}

static void load_dir(const char *dir, void *arg)
{
    scan *s = arg;
    char **paths = NULL;
    size_t n = scn_list_files(dir, &paths);
    scenario_opts opts = {
        .plugin_dirs = s->g->plugin_dirs, .n_plugin_dirs = 2, .no_explore = 1,
    };
    for (size_t i = 0; i < n; i++) {
        scenario *sc = scenario_load(paths[i], &opts);
        free(paths[i]);
        if (!sc) continue;
        if (!keep_it(s, sc) || bd_grow((void **)&s->found, &s->cap, s->n + 1, sizeof *s->found) != 0) {
            scenario_free(sc);
            continue;
        }
        s->found[s->n++] = sc;
    }
    free(paths);
}

/* The scenarios the config lists, in its order (every one found when it
 * lists none); the others are freed. */
static void choose(scan *s, const kiosk_config *cfg, kiosk_scenarios *out)
{
    if (cfg->n_scenarios == 0) {
        out->kept = s->found;
        out->n_kept = s->n;
        return;
    }
    out->kept = calloc(cfg->n_scenarios, sizeof *out->kept);
    for (size_t i = 0; out->kept && i < cfg->n_scenarios; i++) {
        size_t at = 0;
        while (at < s->n && (!s->found[at] || strcmp(scenario_info(s->found[at])->id, cfg->scenarios[i])))
            at++;
        if (at < s->n) {
            out->kept[out->n_kept++] = s->found[at];
            s->found[at] = NULL;
        } else {
            fprintf(stderr, "breachdrill: the kiosk's config lists scenario \"%s\", but no "
                            "playable kiosk scenario has that id\n", cfg->scenarios[i]);
        }
    }
    for (size_t i = 0; i < s->n; i++) scenario_free(s->found[i]);
    free(s->found);
}

size_t kiosk_scenarios_load(const game *g, const kiosk_config *cfg, kiosk_scenarios *out)
{
    memset(out, 0, sizeof *out);
    scan s = { .g = g };
    game_each_scenario_dir(g, load_dir, &s);
    choose(&s, cfg, out);
    size_t n = out->n_kept, n_facts = 0;
    for (size_t i = 0; i < n; i++) n_facts += scenario_info(out->kept[i])->n_facts;
    out->list = n ? calloc(n, sizeof *out->list) : NULL;
    out->facts = n_facts ? calloc(n_facts, sizeof *out->facts) : NULL;
    if ((n && !out->list) || (n_facts && !out->facts)) {
        fprintf(stderr, "breachdrill: out of memory loading the kiosk's scenarios\n");
        kiosk_scenarios_free(out);
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        const scn_info *info = scenario_info(out->kept[i]);
        const bd_text *org = text_or_null(&info->org), *when = text_or_null(&info->when);
        out->list[out->n++] = (ui_kiosk_scenario){
            .path = scenario_path(out->kept[i]), .id = info->id, .title = &info->title,
            .org = org, .when = when,
        };
        for (size_t f = 0; f < info->n_facts; f++) {
            const scn_fact *fact = &info->facts[f];
            int src = fact->source;
            out->facts[out->n_facts++] = (ui_kiosk_fact){
                .text = &fact->text,
                .source = src > 0 && (size_t)src <= info->n_sources ? info->sources[src - 1] : NULL,
                .org = org, .when = when,
            };
        }
    }
    return out->n;
}

void kiosk_scenarios_free(kiosk_scenarios *ks)
{
    for (size_t i = 0; i < ks->n_kept; i++) scenario_free(ks->kept[i]);
    free(ks->kept);
    free(ks->list);
    free(ks->facts);
    memset(ks, 0, sizeof *ks);
}
