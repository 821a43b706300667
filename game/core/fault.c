/*
 * fault — the failure-injection switch of test builds (BD_FAULTS).
 *
 * Why a counter per kind rather than a random failure: a test can then
 * walk N = 1, 2, ... through every write, fsync, rename and allocation an
 * operation makes, and so prove that each of them, failing, leaves the
 * earlier file whole; a random fault would prove it only for the calls it
 * happened to hit. One process, one thread: the tests that arm it are
 * single-threaded, so the counts are plain variables.
 */
#include "core/core.h"

#ifdef BD_FAULTS

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

static unsigned long calls[FAULT_KINDS];
static unsigned long failures;
static fault_kind armed_kind;
static unsigned long armed_nth;   /* 0: nothing armed */
static int armed_sticky;

void fault_arm(fault_kind kind, unsigned long nth, int sticky)
{
    for (int k = 0; k < FAULT_KINDS; k++)
        calls[k] = 0;
    failures = 0;
    armed_kind = kind;
    armed_nth = nth;
    armed_sticky = sticky;
}

void fault_disarm(void)
{
    armed_nth = 0;
}

unsigned long fault_calls(fault_kind kind)
{
    return kind < FAULT_KINDS ? calls[kind] : 0;
}

unsigned long fault_failures(void)
{
    return failures;
}

int fault_hit(fault_kind kind)
{
    if (kind >= FAULT_KINDS)
        return 0;
    unsigned long n = ++calls[kind];
    if (!armed_nth || kind != armed_kind || n < armed_nth || (n > armed_nth && !armed_sticky))
        return 0;
    failures++;
    return 1;
}

long fault_tear(int fd, const void *data, size_t len)
{
    /* The first half reaches the file for real, so the torn temp file or
     * log line the caller must cope with is really there. */
    size_t half = len / 2;
    while (half > 0) {
        ssize_t n = write(fd, data, half);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        data = (const char *)data + n;
        half -= (size_t)n;
    }
    errno = ENOSPC;
    return -1;
}

void *fault_json_malloc(size_t size)
{
    if (fault_hit(FAULT_ALLOC)) {
        errno = ENOMEM;
        return NULL;
    }
    return malloc(size);
}

#else
/* ISO C wants something in a translation unit. */
typedef int fault_switch_is_off;
#endif
