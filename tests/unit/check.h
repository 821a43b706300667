/*
 * check — the few assertions BreachDrill's unit tests need.
 * Each failed check prints file:line and the values; check_done() prints the
 * closing "N passed, N failed" line and gives main's exit status.
 */
#ifndef BD_CHECK_H
#define BD_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed_, check_failed_;

#define CHECK(cond) do { \
    if (cond) check_passed_++; \
    else { check_failed_++; fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_INT(a, b) do { \
    long long va_ = (long long)(a), vb_ = (long long)(b); \
    if (va_ == vb_) check_passed_++; \
    else { check_failed_++; fprintf(stderr, "%s:%d: %s == %lld, expected %s == %lld\n", \
                                     __FILE__, __LINE__, #a, va_, #b, vb_); } \
} while (0)

#define CHECK_STR(a, b) do { \
    const char *sa_ = (a), *sb_ = (b); \
    if (sa_ && sb_ && strcmp(sa_, sb_) == 0) check_passed_++; \
    else { check_failed_++; fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", \
                                     __FILE__, __LINE__, #a, sa_ ? sa_ : "(null)", sb_ ? sb_ : "(null)"); } \
} while (0)

#define CHECK_HAS(hay, needle) do { \
    const char *h_ = (hay); \
    if (h_ && strstr(h_, needle)) check_passed_++; \
    else { check_failed_++; fprintf(stderr, "%s:%d: \"%s\" does not contain \"%s\"\n", \
                                     __FILE__, __LINE__, h_ ? h_ : "(null)", needle); } \
} while (0)

/* Writes text to path for a test to read; a failure to write is a failed
 * check. */
static inline void check_write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static inline int check_done(void)
{
    printf("%d passed, %d failed\n", check_passed_, check_failed_);
    return check_failed_ ? 1 : 0;
}

#endif
