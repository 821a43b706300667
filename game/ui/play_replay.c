/*
 * play_replay — playing a session's answers again into a fresh one: after
 * F5 (the scenario and its plugins read again; the same step if the
 * answers still lead there, else a restart that says so) and when a saved
 * session is resumed.
 */
#include "ui/play_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Plays answers into the fresh session: the steps of old's log when old is
 * given, else tokens with their times. What the feedback and the debrief
 * keep of each step goes into kept and notes. -1 if an answer is refused
 * or the session ends before the last one. */
static int replay_steps(const scn_model *m, session *fresh, const session *old, char *const *tokens,
                        const double *times, size_t n, play_answered *kept, play_decisions *notes)
{
    char err[BD_ERR_LEN];
    for (size_t i = 0; i < n; i++) {
        pick parsed = { 0 };
        const int *ids;
        size_t count;
        if (fresh->ended) return -1;
        if (old) {
            ids = old->log[i].picked.ids;
            count = old->log[i].picked.n;
        } else {
            if (answer_parse(&fresh->view, tokens[i], &parsed, err, sizeof err) < 0) return -1;
            ids = parsed.ids;
            count = parsed.n;
        }
        play_answered_keep(kept, &fresh->view);
        decisions_note(notes, m, fresh, ids, count);
        int rc = session_answer(fresh, ids, count, old ? old->log[i].answer : tokens[i],
                                old ? old->log[i].t : times[i], err, sizeof err);
        free(parsed.ids);
        if (rc < 0) return -1;
    }
    return 0;
}

int play_replay(ui_play *p, uint32_t seed, char *const *tokens, const double *times, size_t n)
{
    char err[BD_MSG_LEN];
    session fresh;
    play_answered kept = { 0 };
    play_decisions notes = { 0 };
    const scn_model *m = scenario_model(p->scn);
    if (session_start(&fresh, m, seed, err, sizeof err) < 0 ||
        replay_steps(m, &fresh, NULL, tokens, times, n, &kept, &notes) < 0) {
        session_free(&fresh);
        play_answered_free(&kept);
        decisions_free(&notes);
        return -1;
    }
    session_free(&p->ses);
    p->ses = fresh;
    p->seed = seed;
    play_answered_free(&p->answered);
    p->answered = kept;
    decisions_free(&p->decisions);
    p->decisions = notes;
    p->progress = 0;
    play_show_step(p);
    return 0;
}

/* The id of the step a session is at ("" past its end). */
static const char *step_id_of(const session *s)
{
    return s->m && s->step >= 0 && (size_t)s->step < s->m->n_steps ? s->m->step_ids[s->step] : "";
}

void play_reload(ui_play *p)
{
    char err[BD_MSG_LEN];
    scenario *ns = play_load_scenario(p);
    if (!ns) {
        play_set_banner(p, BANNER_RELOAD_FAILED, "out of memory");
        return;
    }
    if (!scenario_ok(ns)) {
        const char *e = play_first_error(ns);
        snprintf(err, sizeof err, "%s", e ? e : p->path);
        scenario_free(ns);
        play_set_banner(p, BANNER_RELOAD_FAILED, err);
        return;
    }
    session fresh;
    if (session_start(&fresh, scenario_model(ns), p->seed, err, sizeof err) < 0) {
        session_free(&fresh);
        scenario_free(ns);
        play_set_banner(p, BANNER_RELOAD_FAILED, err);
        return;
    }
    play_answered kept = { 0 };
    play_decisions notes = { 0 };
    int same = replay_steps(scenario_model(ns), &fresh, &p->ses, NULL, NULL, p->ses.n_log, &kept,
                            &notes) == 0 &&
               fresh.ended == p->ses.ended && strcmp(step_id_of(&fresh), step_id_of(&p->ses)) == 0;
    if (!same) {
        session_free(&fresh);
        play_answered_free(&kept);
        decisions_free(&notes);
        if (session_start(&fresh, scenario_model(ns), p->seed, err, sizeof err) < 0) {
            session_free(&fresh);
            scenario_free(ns);
            play_set_banner(p, BANNER_RELOAD_FAILED, err);
            return;
        }
    }
    session_free(&p->ses);
    scenario_free(p->scn);
    p->scn = ns;
    p->ses = fresh;
    play_answered_free(&p->answered);
    p->answered = kept;
    decisions_free(&p->decisions);
    p->decisions = notes;
    play_set_banner(p, same ? BANNER_NONE : BANNER_RESTARTED, NULL);
    if (same) {
        /* The same step: its marks and order start afresh, the screen stays. */
        if (p->phase == PLAY_QUESTION) play_rows_reset(p);
        return;
    }
    play_mark_start(p);
    play_show_step(p);
    if (p->ses.ended) play_write_record(p);
}
