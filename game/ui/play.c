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
#include "ui/play_int.h"
#include "script/script.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Clocks and seeds from the host ---------------------------------------- */



scenario *play_load_scenario(const ui_play *p)
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
const char *play_first_error(const scenario *s)
{
    for (size_t i = 0; i < scenario_problem_count(s); i++)
        if (!scenario_problem(s, i)->warn) return scenario_problem(s, i)->text;
    return NULL;
}

void play_set_banner(ui_play *p, play_banner kind, const char *text)
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

void play_rows_reset(ui_play *p)
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

void play_answered_free(play_answered *a)
{
    for (size_t i = 0; i < a->n_items; i++) bd_text_free(&a->items[i].text);
    free(a->items);
    memset(a, 0, sizeof *a);
}

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

/* Copies what feedback needs of the view about to be answered. */
void play_answered_keep(play_answered *a, const step_view *v)
{
    play_answered_free(a);
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
void play_show_step(ui_play *p)
{
    p->scroll = 0;
    update_progress(p);
    if (p->ses.ended) {
        p->phase = PLAY_ENDING;
        want_focus(p, "play.back");
        return;
    }
    p->phase = PLAY_QUESTION;
    play_rows_reset(p);
    want_focus(p, p->n_rows ? "play.item.1" : "play.confirm");
}

/* ---- The record ------------------------------------------------------------------ */





/* ---- Opening and closing ----------------------------------------------------------- */

/* A session just started: a new record, then the intro, which sets the
 * scene and the player's role, or the first step. */
static void begin(ui_play *p)
{
    play_mark_start(p);
    p->progress = 0;
    decisions_free(&p->decisions);
    if (!p->ses.ended) play_keep(p);
    const scn_info *info = scenario_info(p->scn);
    if (!p->ses.ended && info && info->intro.en && *info->intro.en) {
        p->phase = PLAY_INTRO;
        p->scroll = 0;
        want_focus(p, "play.begin");
    } else {
        play_show_step(p);
    }
    if (p->ses.ended) play_write_record(p);
}

/* The pause menu's Restart: this session is recorded as left, a new one
 * starts from the beginning with a new seed. */
static void restart(ui_play *p)
{
    char err[BD_MSG_LEN];
    play_abandon(p);
    session fresh;
    uint32_t seed = p->host && p->host->new_seed ? p->host->new_seed(p->host->ctx) & 0x7FFFFFFFu : 0;
    if (session_start(&fresh, scenario_model(p->scn), seed, err, sizeof err) < 0) {
        session_free(&fresh);
        play_set_banner(p, BANNER_SCRIPT_ERROR, err);
        return;
    }
    session_free(&p->ses);
    p->ses = fresh;
    p->seed = seed;
    play_answered_free(&p->answered);
    play_set_banner(p, BANNER_NONE, NULL);
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
    p->scn = play_load_scenario(p);
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
    play_answered_free(&p->answered);
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
    char err[BD_MSG_LEN];
    play_answered_keep(&p->answered, &p->ses.view);
    decisions_note(&p->decisions, scenario_model(p->scn), &p->ses, ids, n);
    if (session_answer(&p->ses, ids, n, NULL, play_host_now(p) - p->t0, err, sizeof err) < 0) {
        /* A script error (the answer itself comes from the view, so it is
         * never refused): say so; Esc still leaves and F5 may fix it. */
        play_set_banner(p, BANNER_SCRIPT_ERROR, err);
        play_rows_reset(p);   /* the view may be gone with the step that failed */
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
    if (p->ses.ended) play_write_record(p);
    else play_keep(p);
}



void play_answer_weakest(ui_play *p)
{
    if (p->phase != PLAY_QUESTION || p->ses.ended) return;
    pick w = { 0 };
    if (decisions_find_answer(scenario_model(p->scn), &p->ses, 1, &w) == 0) answer(p, w.ids, w.n);
    free(w.ids);
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
        if (p->phase == PLAY_FEEDBACK || p->phase == PLAY_INTRO) play_show_step(p);
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
    if (p->phase == PLAY_FEEDBACK || p->phase == PLAY_INTRO) play_show_step(p);
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

int play_drag(ui_play *p, size_t from, size_t to)
{
    if (p->phase != PLAY_QUESTION || p->paused || p->ses.view.pick != PICK_ORDER ||
        from >= p->n_rows || to >= p->n_rows)
        return 0;
    /* The row dragged goes where the pointer is; those between close up. */
    size_t moved = p->rows[from];
    if (from < to) memmove(p->rows + from, p->rows + from + 1, (to - from) * sizeof *p->rows);
    else if (from > to) memmove(p->rows + to + 1, p->rows + to, (from - to) * sizeof *p->rows);
    p->rows[to] = moved;
    p->held = (int)to;
    focus_row(p, to);
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


