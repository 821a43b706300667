/*
 * uuid_set — the sessions already read, so that a record repeated by a
 * merge (the same log collected twice, a log copied between machines) is
 * kept once. A merged log can hold a hundred thousand records, too many to
 * compare each new one with all before it, so this is an open-addressing
 * hash table; the keys are copied in, as the records that hold them move
 * when their array grows.
 */
#include "core/core.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603u;  /* FNV-1a: short keys, no need for more */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* The slot holding key, or the empty slot where it would go. cap is a
 * power of two and the table at most half full, so the probe ends; an
 * empty key never goes in, so "" marks a free slot. */
static char *slot_of(const uuid_set *s, const char *key)
{
    size_t mask = s->cap - 1, i = (size_t)hash_str(key) & mask;
    while (s->slot[i][0] && strcmp(s->slot[i], key) != 0)
        i = (i + 1) & mask;
    return s->slot[i];
}

/* Makes room for one more key; -1 when out of memory. */
static int reserve(uuid_set *s)
{
    if ((s->used + 1) * 2 <= s->cap)
        return 0;
    size_t cap = s->cap ? s->cap * 2 : 64;
    if (cap > SIZE_MAX / sizeof *s->slot)
        return -1;
    uuid_set bigger = { calloc(cap, sizeof *s->slot), cap, s->used };
    if (!bigger.slot)
        return -1;
    for (size_t i = 0; i < s->cap; i++)
        if (s->slot[i][0])
            memcpy(slot_of(&bigger, s->slot[i]), s->slot[i], sizeof *s->slot);
    free(s->slot);
    *s = bigger;
    return 0;
}

int uuid_set_add(uuid_set *s, const char *key)
{
    if (!key || !key[0] || strlen(key) >= sizeof *s->slot)
        return -1;
    if (reserve(s) < 0)
        return -1;
    char *slot = slot_of(s, key);
    if (slot[0])
        return 0;
    strcpy(slot, key);
    s->used++;
    return 1;
}

void uuid_set_free(uuid_set *s)
{
    if (!s)
        return;
    free(s->slot);
    memset(s, 0, sizeof *s);
}
