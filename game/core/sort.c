/*
 * sort — a stable sort, which qsort is not: records ordered by start time
 * must keep the order they were read in when two started in the same
 * second. A bottom-up merge sort: logs merged from many machines can be
 * large and far from ordered, so insertion would be quadratic.
 */
#include "core/core.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int bd_sort_stable(void *base, size_t n, size_t size, int (*before)(const void *a, const void *b))
{
    unsigned char *v = base;
    size_t i;
    for (i = 1; i < n && !before(v + i * size, v + (i - 1) * size); i++)
        ;
    if (i >= n)
        return 0;  /* one machine's log is in order already: the common case */
    if (n > SIZE_MAX / size)
        return -1;
    unsigned char *tmp = malloc(n * size);
    if (!tmp)
        return -1;
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = mid + width < n ? mid + width : n;
            size_t a = lo, b = mid, k = lo;
            while (a < mid || b < hi) {
                /* Take from the right run only when it is strictly first. */
                int right = a >= mid || (b < hi && before(v + b * size, v + a * size));
                memcpy(tmp + k++ * size, v + (right ? b++ : a++) * size, size);
            }
        }
        memcpy(v, tmp, n * size);
    }
    free(tmp);
    return 0;
}
