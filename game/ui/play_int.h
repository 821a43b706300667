/*
 * play_int — private to game/ui/play*.c: the play screen's own helpers that
 * its files share (play.c holds the rules, play_record.c the record,
 * play_replay.c replaying answers). Not a module header: ui.h is the
 * module's interface.
 */
#ifndef BD_PLAY_INT_H
#define BD_PLAY_INT_H

#include "ui/ui.h"
#include "script/script.h"

/* Loads the scenario file again, with the host's plugin folders and the
 * session's seed. */
scenario *play_load_scenario(const ui_play *p);
/* The first error of a scenario that cannot be played, or NULL. */
const char *play_first_error(const scenario *s);
void play_set_banner(ui_play *p, play_banner kind, const char *text);
/* The question's rows afresh: marks cleared, an order shuffled. */
void play_rows_reset(ui_play *p);
/* What the feedback needs of the view about to be answered. */
void play_answered_keep(play_answered *a, const step_view *v);
void play_answered_free(play_answered *a);
/* The screen once the session shows a new step (or its ending). */
void play_show_step(ui_play *p);

/* play_record.c */
double play_host_now(const ui_play *p);
/* A new record identity: UUID, start time, clock. */
void play_mark_start(ui_play *p);
/* Appends the session's record once, then forgets the saved session. */
void play_write_record(ui_play *p);

#endif
