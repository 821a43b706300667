/*
 * play_record — a session's record: its identity (UUID, start time) and
 * clock, writing it to the results log once, when the session ends or is
 * left, and the player's earlier attempts the debrief compares with.
 */
#include "ui/play_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double play_host_now(const ui_play *p)
{
    return p->host && p->host->now ? p->host->now(p->host->ctx) : 0.0;
}

void play_mark_start(ui_play *p)
{
    int64_t unix_s = p->host && p->host->unix_time ? p->host->unix_time(p->host->ctx) : 0;
    record_uuid(p->uuid);
    record_time(unix_s, p->started);
    p->t0 = play_host_now(p);
    p->recorded = 0;
    free(p->record_error);
    p->record_error = NULL;
}

/* The player's completed attempts at this scenario before this session,
 * for the debrief (read before this one's record is appended). */
static void load_earlier(ui_play *p)
{
    const scn_info *info = scenario_info(p->scn);
    results_history h = { 0 };
    char warn[BD_ERR_LEN] = "";
    free(p->earlier);
    p->earlier = NULL;
    p->n_earlier = 0;
    if (!info || !info->id || results_read(p->host->results_path, p->player, &h, warn, sizeof warn) < 0) {
        results_history_free(&h);
        return;
    }
    size_t n = results_attempts(&h, info->id, NULL, 0);
    const results_attempt **all = calloc(n ? n : 1, sizeof *all);
    p->earlier = calloc(n ? n : 1, sizeof *p->earlier);
    if (all && p->earlier) {
        results_attempts(&h, info->id, all, n);
        for (size_t i = 0; i < n; i++) {
            if (!all[i]->completed || strcmp(all[i]->session, p->uuid) == 0) continue;
            play_attempt *a = &p->earlier[p->n_earlier++];
            snprintf(a->started, sizeof a->started, "%s", all[i]->started);
            a->score = all[i]->score;
        }
    }
    free(all);
    results_history_free(&h);
}

void play_scores(const ui_play *p, int *detect_pct, int *respond_pct, int *score)
{
    const explore_result *ex = scenario_explored(p->scn);
    *detect_pct = score_pct(p->ses.detect, ex ? ex->detect_max : 0);
    *respond_pct = score_pct(p->ses.respond, ex ? ex->respond_max : 0);
    *score = score_total(*detect_pct, *respond_pct);
}

void play_write_record(ui_play *p)
{
    if (p->recorded) return;
    p->recorded = 1;
    if (!p->host || !p->host->results_path) return;
    const char *mode = p->host->mode ? p->host->mode : "training";
    /* A kiosk round has no debrief to compare attempts in. */
    if (p->ses.ended && strcmp(mode, "training") == 0) load_earlier(p);
    const scn_info *info = scenario_info(p->scn);
    const explore_result *ex = scenario_explored(p->scn);
    record_meta meta = {
        .scenario = info && info->id ? info->id : "", .player = p->player, .mode = mode,
        .lang = p->lang, .employee_id = p->employee_id, .duration_s = play_host_now(p) - p->t0,
    };
    memcpy(meta.session, p->uuid, sizeof meta.session);
    snprintf(meta.hash, sizeof meta.hash, "%s", scenario_hash(p->scn));
    memcpy(meta.started, p->started, sizeof meta.started);
    char err[BD_ERR_LEN] = "";
    char *json = record_json(&p->ses, &meta, ex ? ex->detect_max : 0, ex ? ex->respond_max : 0);
    if (!json) snprintf(err, sizeof err, "out of memory");
    else if (results_append(p->host->results_path, json, err, sizeof err) == 0) err[0] = '\0';
    else if (!err[0]) snprintf(err, sizeof err, "%s: cannot write", p->host->results_path);
    free(json);
    if (err[0]) {
        fprintf(stderr, "play: %s\n", err);
        free(p->record_error);
        p->record_error = strdup(err);
    }
    play_forget(p);   /* recorded: nothing is left to resume */
}

void play_abandon(ui_play *p)
{
    if (p && !p->ses.ended) play_write_record(p);
}

void play_suspend(ui_play *p)
{
    /* Kept for resuming (saved after every answer), recorded when it ends
     * or is given up; without a place to keep it, recorded as left now. */
    if (p && !(p->host && p->host->resume_path)) play_abandon(p);
}
