/*
 * answer — the contract's answer tokens: "2" for a choice, "1+3" or "0" for
 * marks, "3>1>2" for an order. Parsing is strict (no spaces, no signs, no
 * repeats) so that a typo in a trainer's --answers is reported, never
 * guessed at; the same checks serve answers made by the game's widgets.
 */
#include "core/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Largest number a token may hold: far above any list a step shows, small
 * enough that the digits never overflow an int. */
#define ANSWER_NUM_MAX 1000000

static int view_pos_of(const step_view *v, int id)
{
    for (size_t i = 0; i < v->n_items; i++)
        if (v->items[i].id == id)
            return (int)i + 1;
    return 0;
}

static const char *ordinal_suffix(long n)
{
    if (n % 100 >= 11 && n % 100 <= 13)
        return "th";
    switch (n % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
    }
}

/* Splits token at sep into numbers; -1 with a message when malformed. */
static int parse_numbers(const char *token, char sep, long **out, size_t *n, char *err, size_t errlen)
{
    *out = NULL;
    *n = 0;
    size_t count = 1;
    for (const char *p = token; *p; p++)
        if (*p == sep)
            count++;
    long *v = malloc(count * sizeof *v);
    if (!v) {
        bd_set_err(err, errlen, "out of memory");
        return -1;
    }
    const char *p = token;
    for (size_t i = 0; i < count; i++) {
        long x = 0;
        const char *start = p;
        while (*p >= '0' && *p <= '9') {
            x = x * 10 + (*p - '0');
            if (x > ANSWER_NUM_MAX) {
                bd_set_err(err, errlen, "'%s': number too large", token);
                free(v);
                return -1;
            }
            p++;
        }
        if (p == start || (*p && *p != sep)) {
            if (sep == '>')
                bd_set_err(err, errlen, "'%s' is not an order such as 3>1>2", token);
            else if (sep == '+')
                bd_set_err(err, errlen, "'%s' is not a list of marks such as 1+3 (0 marks none)", token);
            else
                bd_set_err(err, errlen, "'%s' is not a number", token);
            free(v);
            return -1;
        }
        v[i] = x;
        if (*p)
            p++;
    }
    *out = v;
    *n = count;
    return 0;
}

static int has_repeat(const long *v, size_t n, long *which)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < i; j++)
            if (v[i] == v[j]) {
                *which = v[i];
                return 1;
            }
    return 0;
}

int answer_parse(const step_view *view, const char *token, pick *out, char *err, size_t errlen)
{
    out->ids = NULL;
    out->n = 0;
    if (!token || !token[0]) {
        bd_set_err(err, errlen, "empty answer");
        return -1;
    }
    if (view->pick == PICK_NONE) {
        bd_set_err(err, errlen, "this step takes no answer, got '%s'", token);
        return -1;
    }
    char sep = view->pick == PICK_MANY ? '+' : view->pick == PICK_ORDER ? '>' : 0;
    long *num;
    size_t n;
    if (parse_numbers(token, sep ? sep : ',', &num, &n, err, errlen) < 0)
        return -1;
    int rc = -1;
    long rep;
    if (view->pick == PICK_ONE && n != 1) {
        bd_set_err(err, errlen, "'%s' is not a number", token);
        goto done;
    }
    if (has_repeat(num, n, &rep)) {
        bd_set_err(err, errlen, "'%s' names %ld twice", token, rep);
        goto done;
    }
    out->ids = malloc((n ? n : 1) * sizeof *out->ids);
    if (!out->ids) {
        bd_set_err(err, errlen, "out of memory");
        goto done;
    }
    if (view->pick == PICK_MANY && n == 1 && num[0] == 0) {
        rc = 0; /* "0" marks none */
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        if (view->pick == PICK_ORDER) {
            if (!view_pos_of(view, (int)num[i])) {
                bd_set_err(err, errlen, "'%s': there is no item %ld (items are named by their place in the file, 1 to %zu)",
                           token, num[i], view->n_items);
                goto done;
            }
            out->ids[out->n++] = (int)num[i];
            continue;
        }
        if (num[i] < 1) {
            bd_set_err(err, errlen, "'%s': %s are numbered from 1", token,
                       view->pick == PICK_ONE ? "choices" : view->items_are_lines ? "lines" : "options");
            goto done;
        }
        if ((size_t)num[i] > view->n_items) {
            const char *what = view->pick == PICK_ONE ? "choice" : view->items_are_lines ? "line" : "option";
            bd_set_err(err, errlen, "there is no %ld%s %s: %zu %s shown", num[i],
                       ordinal_suffix(num[i]), what, view->n_items,
                       view->n_items == 1 ? "is" : "are");
            goto done;
        }
        out->ids[out->n++] = view->items[num[i] - 1].id;
    }
    if (view->pick == PICK_ORDER && n != view->n_items) {
        bd_set_err(err, errlen, "'%s' orders %zu items: all %zu must be given, each once", token, n,
                   view->n_items);
        goto done;
    }
    rc = 0;
done:
    free(num);
    if (rc < 0) {
        free(out->ids);
        out->ids = NULL;
        out->n = 0;
    }
    return rc;
}

int answer_check(const step_view *view, const int *ids, size_t n, char *err, size_t errlen)
{
    for (size_t i = 0; i < n; i++) {
        if (!view_pos_of(view, ids[i])) {
            bd_set_err(err, errlen, "item %d is not shown", ids[i]);
            return -1;
        }
        for (size_t j = 0; j < i; j++)
            if (ids[j] == ids[i]) {
                bd_set_err(err, errlen, "item %d is picked twice", ids[i]);
                return -1;
            }
    }
    switch (view->pick) {
    case PICK_NONE:
        if (n) {
            bd_set_err(err, errlen, "this step takes no answer");
            return -1;
        }
        return 0;
    case PICK_ONE:
        if (n != 1) {
            bd_set_err(err, errlen, "pick exactly one");
            return -1;
        }
        return 0;
    case PICK_MANY:
        return 0;
    case PICK_ORDER:
        if (n != view->n_items) {
            bd_set_err(err, errlen, "put all %zu items in order", view->n_items);
            return -1;
        }
        return 0;
    }
    return -1;
}

char *answer_format(const step_view *view, const int *ids, size_t n)
{
    if (answer_check(view, ids, n, NULL, 0) < 0)
        return NULL;
    /* Each number takes at most 11 characters (an int) plus a separator. */
    size_t cap = n * 12 + 2;
    char *s = malloc(cap);
    if (!s)
        return NULL;
    if (view->pick == PICK_MANY && n == 0) {
        strcpy(s, "0");
        return s;
    }
    size_t len = 0;
    s[0] = 0;
    if (view->pick == PICK_MANY) {
        /* Marks are a set: written in the order shown, so the same marks
         * always give the same token. */
        for (size_t pos = 0; pos < view->n_items; pos++)
            for (size_t i = 0; i < n; i++)
                if (ids[i] == view->items[pos].id)
                    len += (size_t)snprintf(s + len, cap - len, "%s%zu", len ? "+" : "", pos + 1);
        return s;
    }
    for (size_t i = 0; i < n; i++) {
        long num = view->pick == PICK_ORDER ? ids[i] : view_pos_of(view, ids[i]);
        len += (size_t)snprintf(s + len, cap - len, "%s%ld", i ? ">" : "", num);
    }
    return s;
}
