/*
 * play_resume — the session being played, kept on disk (core's resume) so
 * that closing the window mid-scenario can be undone: saved at the start
 * and after every answer, forgotten once the session is recorded, and
 * replayed on the next start. A scenario that changed since is never
 * resumed into: its content hash must match and every answer must still be
 * taken.
 */
#include "ui/play_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void play_keep(ui_play *p)
{
    if (!p->host || !p->host->resume_path) return;
    const scn_info *info = scenario_info(p->scn);
    resume_state r = { 0 };
    r.scenario_path = p->path;
    r.scenario_id = info && info->id ? info->id : NULL;
    snprintf(r.scenario_hash, sizeof r.scenario_hash, "%s", scenario_hash(p->scn));
    r.seed = p->seed;
    memcpy(r.session, p->uuid, sizeof r.session);
    memcpy(r.started, p->started, sizeof r.started);
    snprintf(r.lang, sizeof r.lang, "%s", p->lang);
    snprintf(r.player, sizeof r.player, "%s", p->player);
    snprintf(r.employee_id, sizeof r.employee_id, "%s", p->employee_id);
    /* The answers are the session's own log: borrowed, not copied. */
    char **tokens = calloc(p->ses.n_log ? p->ses.n_log : 1, sizeof *tokens);
    double *times = calloc(p->ses.n_log ? p->ses.n_log : 1, sizeof *times);
    char err[BD_ERR_LEN] = "";
    if (!tokens || !times) {
        snprintf(err, sizeof err, "%s: out of memory", p->host->resume_path);
    } else {
        for (size_t i = 0; i < p->ses.n_log; i++) {
            tokens[i] = p->ses.log[i].answer;
            times[i] = p->ses.log[i].t;
        }
        r.answers = tokens;
        r.times = times;
        r.n_answers = p->ses.n_log;
        resume_save(p->host->resume_path, &r, err, sizeof err);
    }
    if (err[0]) fprintf(stderr, "play: %s (this session cannot be resumed)\n", err);
    free(tokens);
    free(times);
}

void play_forget(ui_play *p)
{
    if (!p->host || !p->host->resume_path) return;
    char err[BD_ERR_LEN];
    if (resume_clear(p->host->resume_path, err, sizeof err) < 0) fprintf(stderr, "play: %s\n", err);
}

ui_play *play_resume(const resume_state *rs, const ui_host *host, const char *lang, int *changed,
                     char *err, size_t errlen)
{
    *changed = 0;
    size_t n_errors = 0;
    ui_play *p = play_open(rs->scenario_path, host, lang, 1, err, errlen, &n_errors);
    if (!p) {
        *changed = 1;
        return NULL;
    }
    /* play_open began a new session (and kept it): give it the old one's
     * identity back before anything else is written. */
    memcpy(p->uuid, rs->session, sizeof p->uuid);
    memcpy(p->started, rs->started, sizeof p->started);
    snprintf(p->player, sizeof p->player, "%s", rs->player);
    snprintf(p->employee_id, sizeof p->employee_id, "%s", rs->employee_id);
    if (strcmp(scenario_hash(p->scn), rs->scenario_hash) != 0 ||
        play_replay(p, rs->seed, rs->answers, rs->times, rs->n_answers) < 0) {
        *changed = 1;
        bd_set_err(err, errlen, "%s: changed since the session began", rs->scenario_path);
        play_forget(p);      /* what play_open kept is a fresh session, not the one left */
        play_free(p);
        return NULL;
    }
    /* The clock goes on from the last answer: the time away does not count. */
    p->t0 = play_host_now(p) - (rs->n_answers ? rs->times[rs->n_answers - 1] : 0.0);
    play_keep(p);
    return p;
}
