/*
 * kiosk_keys_int — private to kiosk_keys.c (the nickname screen's rules)
 * and kiosk_keys_pages.c (its key pages and layout). Not a module header:
 * ui.h is the module's interface.
 */
#ifndef BD_KIOSK_KEYS_INT_H
#define BD_KIOSK_KEYS_INT_H

#include "ui/ui.h"

/* The longest name the board takes and the filter allows, in code points. */
#define NICK_MAX (LEADERBOARD_NICK_MAX < NAME_MAX_CHARS ? (size_t)LEADERBOARD_NICK_MAX \
                                                        : (size_t)NAME_MAX_CHARS)

/* kiosk_keys.c: a name's length in code points. */
size_t nick_length(const char *s);

/* kiosk_keys_pages.c: the app speaks Japanese (the kana page is offered);
 * the text of key n (from 1) of the page shown, or NULL. */
int nick_japanese(const ui_app *app);
const char *nick_key_text(const ui_app *app, long n);

#endif
