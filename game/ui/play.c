/* play — playing one scenario on screen: loading it, the session, what the
 * player has marked or moved on the current step, feedback after each
 * answer, the record at the end (or when the player leaves), and F5.
 *
 * Depends on game/script for loading and on game/core for the session and
 * the record; the layout is in play_layout.c, the drawing in play_draw.c. Times, seeds and where the
 * record goes come from the ui_host, so tests control them.
 *
 * Reloading (F5): the file is loaded again with the session's seed. A file
 * with errors changes nothing but the banner. A good one gets a new
 * session that replays the answers given so far; if that lands on the step
 * the player is on, play carries on there (the core has no "jump to step":
 * replaying is what keeps flags, points and the random stream right).
 * Otherwise the scenario starts again from the beginning and says so. A
 * reload never writes a record. */
#include "ui/ui.h"
#include "script/script.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Clocks and seeds from the host ---------------------------------------- */

static double host_now(const ui_play *p)
{
    return p->host && p->host->now ? p->host->now(p->host->ctx) : 0.0;
}

static void mark_start(ui_play *p)
{
    int64_t unix_s = p->host && p->host->unix_time ? p->host->unix_time(p->host->ctx) : 0;
    record_uuid(p->uuid);
    record_time(unix_s, p->started);
    p->t0 = host_now(p);
    p->recorded = 0;
    free(p->record_error);
    p->record_error = NULL;
}

static scenario *load(const ui_play *p)
{
    scenario_opts o = { 0 };
    if (p->host) {
        o.plugin_dirs = p->host->plugin_dirs;
        o.n_plugin_dirs = p->host->n_plugin_dirs;
    }
    o.seed = p->seed;
    return scenario_load(p->path, &o);
}

/* The first error of a scenario that cannot be played. */
static const char *first_error(const scenario *s)
{
    for (size_t i = 0; i < scenario_problem_count(s); i++)
        if (!scenario_problem(s, i)->warn) return scenario_problem(s, i)->text;
    return NULL;
}

static void set_banner(ui_play *p, play_banner kind, const char *text)
{
    free(p->banner_text);
    p->banner_text = text ? strdup(text) : NULL;
    p->banner = kind;
}

static void want_focus(ui_play *p, const char *id)
{
    snprintf(p->focus_want, sizeof p->focus_want, "%s", id);
}

int play_take_focus(ui_play *p, char *out, size_t n)
{
    if (!p->focus_want[0]) return 0;
    snprintf(out, n, "%s", p->focus_want);
    p->focus_want[0] = '\0';
    return 1;
}

/* ---- The rows of the step on screen ------------------------------------------ */

/* splitmix64: a tiny generator for the order kind's shuffle. Not the
 * scenario's math.random stream, which only the scenario may draw from
 * (drawing here would change what the scenario sees). */
static uint64_t mix(uint64_t *x)
{
    return bd_splitmix64(x);
}

/* Shown order of an order step: from the session's seed and the step, so
 * the same play (and a reload of it) shows the same order. Never the
 * answer itself: a shuffle that comes out sorted is turned by one. */
static void shuffle_rows(size_t *rows, size_t n, uint32_t seed, int step)
{
    uint64_t x = ((uint64_t)seed << 32) ^ (uint64_t)(uint32_t)step;
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(mix(&x) % i);
        size_t t = rows[i - 1];
        rows[i - 1] = rows[j];
        rows[j] = t;
    }
    int sorted = 1;
    for (size_t i = 0; i < n; i++) sorted &= rows[i] == i;
    if (sorted && n > 1) {
        for (size_t i = 0; i < n; i++) rows[i] = (i + 1) % n;
    }
}

static void rows_reset(ui_play *p)
{
    free(p->rows);
    free(p->marked);
    p->n_rows = 0;
    p->held = -1;
    size_t n = p->ses.view.n_items;
    p->rows = malloc((n ? n : 1) * sizeof *p->rows);
    p->marked = calloc(n ? n : 1, 1);
    if (!p->rows || !p->marked) return;
    for (size_t i = 0; i < n; i++) p->rows[i] = i;
    if (p->ses.view.pick == PICK_ORDER && p->ses.view.shuffle)
        shuffle_rows(p->rows, n, p->seed, p->ses.step);
    p->n_rows = n;
}

static void answered_free(play_answered *a)
{
    for (size_t i = 0; i < a->n_items; i++) bd_text_free(&a->items[i].text);
    free(a->items);
    memset(a, 0, sizeof *a);
}

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

/* Copies what feedback needs of the view about to be answered. */
static void answered_keep(play_answered *a, const step_view *v)
{
    answered_free(a);
    a->items = calloc(v->n_items ? v->n_items : 1, sizeof *a->items);
    if (!a->items) return;
    for (size_t i = 0; i < v->n_items; i++) {
        a->items[i].id = v->items[i].id;
        a->items[i].text.en = dup_or_null(v->items[i].text.en);
        a->items[i].text.ja = dup_or_null(v->items[i].text.ja);
    }
    a->n_items = v->n_items;
    a->pick = v->pick;
    a->items_are_lines = v->items_are_lines;
}

/* Answers given over those given plus the fewest still needed from this
 * step (the explorer's to_end); a detour that makes the way longer holds
 * the bar still rather than moving it back. */
static void update_progress(ui_play *p)
{
    const explore_result *ex = scenario_explored(p->scn);
    double done = (double)p->ses.n_log, now = 1.0;
    if (!p->ses.ended) {
        uint32_t left = ex && ex->to_end && p->ses.step >= 0 ? ex->to_end[p->ses.step] : UINT32_MAX;
        now = left == UINT32_MAX ? 0.0 : done / (done + left);
    }
    if (now > p->progress) p->progress = now;
}

/* Where the screen goes once the session shows a new step. */
static void show_step(ui_play *p)
{
    p->scroll = 0;
    update_progress(p);
    if (p->ses.ended) {
        p->phase = PLAY_ENDING;
        want_focus(p, "play.back");
        return;
    }
    p->phase = PLAY_QUESTION;
    rows_reset(p);
    want_focus(p, p->n_rows ? "play.item.1" : "play.confirm");
}

/* ---- The record ------------------------------------------------------------------ */

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

static void write_record(ui_play *p)
{
    if (p->recorded) return;
    p->recorded = 1;
    if (!p->host || !p->host->results_path) return;
    if (p->ses.ended) load_earlier(p);
    const scn_info *info = scenario_info(p->scn);
    const explore_result *ex = scenario_explored(p->scn);
    record_meta meta = {
        .scenario = info && info->id ? info->id : "", .player = p->player, .mode = "training",
        .lang = p->lang, .employee_id = p->employee_id, .duration_s = host_now(p) - p->t0,
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
    if (p && !p->ses.ended) write_record(p);
}

void play_suspend(ui_play *p)
{
    /* Kept for resuming (saved after every answer), recorded when it ends
     * or is given up; without a place to keep it, recorded as left now. */
    if (p && !(p->host && p->host->resume_path)) play_abandon(p);
}

/* ---- Opening and closing ----------------------------------------------------------- */

/* A session just started: a new record, then the intro, which sets the
 * scene and the player's role, or the first step. */
static void begin(ui_play *p)
{
    mark_start(p);
    p->progress = 0;
    decisions_free(&p->decisions);
    if (!p->ses.ended) play_keep(p);
    const scn_info *info = scenario_info(p->scn);
    if (!p->ses.ended && info && info->intro.en && *info->intro.en) {
        p->phase = PLAY_INTRO;
        p->scroll = 0;
        want_focus(p, "play.begin");
    } else {
        show_step(p);
    }
    if (p->ses.ended) write_record(p);
}

/* The pause menu's Restart: this session is recorded as left, a new one
 * starts from the beginning with a new seed. */
static void restart(ui_play *p)
{
    char err[BD_ERR_LEN];
    play_abandon(p);
    session fresh;
    uint32_t seed = p->host && p->host->new_seed ? p->host->new_seed(p->host->ctx) & 0x7FFFFFFFu : 0;
    if (session_start(&fresh, scenario_model(p->scn), seed, err, sizeof err) < 0) {
        session_free(&fresh);
        set_banner(p, BANNER_SCRIPT_ERROR, err);
        return;
    }
    session_free(&p->ses);
    p->ses = fresh;
    p->seed = seed;
    answered_free(&p->answered);
    set_banner(p, BANNER_NONE, NULL);
    begin(p);
}

int play_pause_toggle(ui_play *p)
{
    if (p->paused) {
        p->paused = 0;
        want_focus(p, p->focus_before);
        return 1;
    }
    if (p->phase == PLAY_ENDING) return 0;
    p->paused = 1;
    want_focus(p, "pause.resume");
    return 1;
}

ui_play *play_open(const char *path, const ui_host *host, const char *lang, size_t max_lines,
                   char *err, size_t errlen, size_t *n_errors)
{
    *n_errors = 0;
    if (errlen) err[0] = '\0';
    ui_play *p = calloc(1, sizeof *p);
    if (!p || !(p->path = strdup(path))) {
        free(p);
        *n_errors = 1;
        bd_set_err(err, errlen, "%s: out of memory", path);
        return NULL;
    }
    p->host = host;
    p->held = -1;
    snprintf(p->lang, sizeof p->lang, "%s", lang ? lang : "en");
    p->seed = host && host->new_seed ? host->new_seed(host->ctx) & 0x7FFFFFFFu : 0;
    p->scn = load(p);
    if (!p->scn) {
        *n_errors = 1;
        bd_set_err(err, errlen, "%s: out of memory", path);
        play_free(p);
        return NULL;
    }
    if (!scenario_ok(p->scn)) {
        for (size_t i = 0; i < scenario_problem_count(p->scn); i++) {
            const scn_problem *pr = scenario_problem(p->scn, i);
            if (pr->warn) continue;
            if (++*n_errors <= max_lines)
                bd_set_err(err + strlen(err), errlen - strlen(err), "%s%s",
                           *n_errors > 1 ? "\n" : "", pr->text);
        }
        if (*n_errors == 0) {
            *n_errors = 1;
            bd_set_err(err, errlen, "%s: cannot be played", path);
        }
        play_free(p);
        return NULL;
    }
    char why[BD_ERR_LEN];
    if (session_start(&p->ses, scenario_model(p->scn), p->seed, why, sizeof why) < 0) {
        *n_errors = 1;
        bd_set_err(err, errlen, "%s", why);
        play_free(p);
        return NULL;
    }
    begin(p);
    return p;
}

void play_free(ui_play *p)
{
    if (!p) return;
    free(p->under);
    decisions_free(&p->decisions);
    free(p->earlier);
    session_free(&p->ses);
    scenario_free(p->scn);
    answered_free(&p->answered);
    free(p->rows);
    free(p->marked);
    free(p->record_error);
    free(p->banner_text);
    free(p->path);
    free(p);
}

/* ---- Answering ------------------------------------------------------------------------ */

static void answer(ui_play *p, const int *ids, size_t n)
{
    char err[BD_ERR_LEN];
    answered_keep(&p->answered, &p->ses.view);
    decisions_note(&p->decisions, scenario_model(p->scn), &p->ses, ids, n);
    if (session_answer(&p->ses, ids, n, NULL, host_now(p) - p->t0, err, sizeof err) < 0) {
        /* A script error (the answer itself comes from the view, so it is
         * never refused): say so; Esc still leaves and F5 may fix it. */
        set_banner(p, BANNER_SCRIPT_ERROR, err);
        rows_reset(p);   /* the view may be gone with the step that failed */
        return;
    }
    p->phase = PLAY_FEEDBACK;
    p->scroll = 0;
    free(p->rows);
    free(p->marked);
    p->rows = NULL;
    p->marked = NULL;
    p->n_rows = 0;
    p->held = -1;
    want_focus(p, "play.continue");
    update_progress(p);
    if (p->ses.ended) write_record(p);
    else play_keep(p);
}

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
        answered_keep(kept, &fresh->view);
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
    char err[BD_ERR_LEN];
    session fresh;
    play_answered kept = { 0 };
    play_decisions notes = { 0 };
    const scn_model *m = scenario_model(p->scn);
    if (session_start(&fresh, m, seed, err, sizeof err) < 0 ||
        replay_steps(m, &fresh, NULL, tokens, times, n, &kept, &notes) < 0) {
        session_free(&fresh);
        answered_free(&kept);
        decisions_free(&notes);
        return -1;
    }
    session_free(&p->ses);
    p->ses = fresh;
    p->seed = seed;
    answered_free(&p->answered);
    p->answered = kept;
    decisions_free(&p->decisions);
    p->decisions = notes;
    p->progress = 0;
    show_step(p);
    return 0;
}

static void submit(ui_play *p)
{
    const step_view *v = &p->ses.view;
    int *ids = malloc((p->n_rows ? p->n_rows : 1) * sizeof *ids);
    if (!ids) return;
    size_t n = 0;
    for (size_t r = 0; r < p->n_rows; r++) {
        size_t i = p->rows[r];
        if (v->pick == PICK_ORDER || (v->pick == PICK_MANY && p->marked[i]))
            ids[n++] = v->items[i].id;
    }
    answer(p, ids, n);
    free(ids);
}

static void swap_rows(ui_play *p, size_t a, size_t b)
{
    size_t t = p->rows[a];
    p->rows[a] = p->rows[b];
    p->rows[b] = t;
}

static void focus_row(ui_play *p, size_t r)
{
    char id[32];
    snprintf(id, sizeof id, "play.item.%zu", r + 1);
    want_focus(p, id);
}

int play_activate(ui_play *p, const ui_element *e)
{
    if (p->paused) {
        if (strcmp(e->id, "pause.quit") == 0) return PLAY_LEAVE;
        if (strcmp(e->id, "pause.settings") == 0) return PLAY_OPEN_SETTINGS;
        if (strcmp(e->id, "pause.restart") == 0) {
            p->paused = 0;
            restart(p);
        } else if (strcmp(e->id, "pause.resume") == 0) {
            play_pause_toggle(p);
        }
        return PLAY_STAY;
    }
    if (strcmp(e->id, "play.back") == 0) return PLAY_LEAVE;
    if (strcmp(e->id, "play.continue") == 0 || strcmp(e->id, "play.begin") == 0) {
        if (p->phase == PLAY_FEEDBACK || p->phase == PLAY_INTRO) show_step(p);
        return 0;
    }
    if (strcmp(e->id, "play.confirm") == 0) return play_confirm(p);
    if (p->phase != PLAY_QUESTION || e->index < 0 || (size_t)e->index >= p->n_rows) return 0;
    size_t r = (size_t)e->index;
    const step_view *v = &p->ses.view;
    switch (v->pick) {
    case PICK_ONE:
        answer(p, &v->items[p->rows[r]].id, 1);
        break;
    case PICK_MANY:
        p->marked[p->rows[r]] ^= 1;
        break;
    case PICK_ORDER:
        /* Picked up, put down; a pointer picking a second row swaps the two. */
        if (p->held < 0) p->held = (int)r;
        else if ((size_t)p->held == r) p->held = -1;
        else {
            swap_rows(p, (size_t)p->held, r);
            p->held = -1;
        }
        break;
    case PICK_NONE:
        break;
    }
    return 0;
}

int play_confirm(ui_play *p)
{
    if (p->phase == PLAY_FEEDBACK || p->phase == PLAY_INTRO) show_step(p);
    else if (p->phase == PLAY_QUESTION &&
             (p->ses.view.pick == PICK_MANY || p->ses.view.pick == PICK_ORDER))
        submit(p);
    return 0;
}

int play_move_held(ui_play *p, int delta)
{
    if (p->phase != PLAY_QUESTION || p->held < 0) return 0;
    long to = p->held + delta;
    if (to >= 0 && (size_t)to < p->n_rows) {
        swap_rows(p, (size_t)p->held, (size_t)to);
        p->held = (int)to;
    }
    focus_row(p, (size_t)p->held);
    return 1;
}

int play_drop(ui_play *p)
{
    if (p->held < 0) return 0;
    p->held = -1;
    return 1;
}

/* ---- Scrolling --------------------------------------------------------------------------- */

void play_scroll_by(ui_play *p, int px)
{
    p->scroll += px;
    if (p->scroll > p->max_scroll) p->scroll = p->max_scroll;
    if (p->scroll < 0) p->scroll = 0;
}

void play_show(ui_play *p, ui_rect r, int margin)
{
    int top = p->view.y + margin, bottom = p->view.y + p->view.h - margin;
    int d = 0;
    if (r.y + r.h > bottom) d = r.y + r.h - bottom;
    if (r.y - d < top) d = r.y - top;   /* taller than the view: its top wins */
    play_scroll_by(p, d);
}

/* ---- Reloading ------------------------------------------------------------------------------ */

/* Replays old's answers on fresh; 0 when every one was taken. *kept gets
 * the view of the last one, for its feedback. */
static const char *step_id_of(const session *s)
{
    return s->m && s->step >= 0 && (size_t)s->step < s->m->n_steps ? s->m->step_ids[s->step] : "";
}

void play_reload(ui_play *p)
{
    char err[BD_ERR_LEN];
    scenario *ns = load(p);
    if (!ns) {
        set_banner(p, BANNER_RELOAD_FAILED, "out of memory");
        return;
    }
    if (!scenario_ok(ns)) {
        const char *e = first_error(ns);
        snprintf(err, sizeof err, "%s", e ? e : p->path);
        scenario_free(ns);
        set_banner(p, BANNER_RELOAD_FAILED, err);
        return;
    }
    session fresh;
    if (session_start(&fresh, scenario_model(ns), p->seed, err, sizeof err) < 0) {
        session_free(&fresh);
        scenario_free(ns);
        set_banner(p, BANNER_RELOAD_FAILED, err);
        return;
    }
    play_answered kept = { 0 };
    play_decisions notes = { 0 };
    int same = replay_steps(scenario_model(ns), &fresh, &p->ses, NULL, NULL, p->ses.n_log, &kept,
                            &notes) == 0 &&
               fresh.ended == p->ses.ended && strcmp(step_id_of(&fresh), step_id_of(&p->ses)) == 0;
    if (!same) {
        session_free(&fresh);
        answered_free(&kept);
        decisions_free(&notes);
        if (session_start(&fresh, scenario_model(ns), p->seed, err, sizeof err) < 0) {
            session_free(&fresh);
            scenario_free(ns);
            set_banner(p, BANNER_RELOAD_FAILED, err);
            return;
        }
    }
    session_free(&p->ses);
    scenario_free(p->scn);
    p->scn = ns;
    p->ses = fresh;
    answered_free(&p->answered);
    p->answered = kept;
    decisions_free(&p->decisions);
    p->decisions = notes;
    set_banner(p, same ? BANNER_NONE : BANNER_RESTARTED, NULL);
    if (same) {
        /* The same step: its marks and order start afresh, the screen stays. */
        if (p->phase == PLAY_QUESTION) rows_reset(p);
        return;
    }
    mark_start(p);
    show_step(p);
    if (p->ses.ended) write_record(p);
}
