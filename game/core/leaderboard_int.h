/*
 * leaderboard_int — private to game/core/leaderboard*.c: what the board's
 * rules (leaderboard.c) and its file (leaderboard_file.c) share. Not a
 * module header: core.h is the module's interface.
 */
#ifndef BD_LEADERBOARD_INT_H
#define BD_LEADERBOARD_INT_H

#include "core/core.h"

#define LB_VERSION 1
/* Numbers go through cJSON as doubles: ids and times above 2^53 would not
 * read back exactly. */
#define LB_MAX_EXACT 9007199254740992.0

/* 0 when e is a valid entry; -1 with why. */
int lb_check_entry(const leaderboard_entry *e, char *why, size_t whylen);

#endif
