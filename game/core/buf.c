/*
 * buf — a growable byte buffer and lists of answers, the small containers
 * the explorer and the session build their keys and answers in.
 */
#include "core/core.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int bd_buf_add(bd_buf *b, const void *p, size_t n)
{
    if (n == 0)
        return 0;
    if (b->len + n > b->cap) {
        /* Doubling keeps appends amortised O(1); 64 bytes covers most
         * state keys without a second allocation. */
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n)
            cap *= 2;
        unsigned char *d = realloc(b->data, cap);
        if (!d)
            return -1;
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
    return 0;
}

int bd_buf_printf(bd_buf *b, const char *fmt, ...)
{
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    /* Room for the text and vsnprintf's NUL, which len then leaves out. */
    int rc = n < 0 ? -1 : bd_grow((void **)&b->data, &b->cap, b->len + (size_t)n + 1, 1);
    if (rc == 0) {
        vsnprintf((char *)b->data + b->len, (size_t)n + 1, fmt, again);
        b->len += (size_t)n;
    }
    va_end(again);
    return rc;
}

void bd_buf_free(bd_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

int bd_grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 16;
    while (c < need) {
        if (c > SIZE_MAX / 2 / size)
            return -1;
        c *= 2;
    }
    void *q = realloc(*p, c * size);
    if (!q)
        return -1;
    *p = q;
    *cap = c;
    return 0;
}

int pick_list_add(pick_list *l, const int *ids, size_t n)
{
    int *copy = malloc((n ? n : 1) * sizeof *copy);
    if (!copy)
        return -1;
    if (n)
        memcpy(copy, ids, n * sizeof *copy);
    pick *v = realloc(l->v, (l->n + 1) * sizeof *v);
    if (!v) {
        free(copy);
        return -1;
    }
    l->v = v;
    l->v[l->n].ids = copy;
    l->v[l->n].n = n;
    l->n++;
    return 0;
}

void pick_list_free(pick_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i].ids);
    free(l->v);
    l->v = NULL;
    l->n = 0;
}
