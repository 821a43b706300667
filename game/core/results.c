/*
 * results — appending session records to the results log (JSON Lines).
 *
 * The log is never rewritten, only appended to, so a crash can damage at
 * most the line being written. Each record is one write() with O_APPEND
 * (whole, after whatever is there), under flock so that a second process
 * (a kiosk and a trainer's export, two game windows) never interleaves;
 * fsync before returning, so a record the game reported as saved is on
 * disk. A torn last line from an earlier crash is cut off first, so the
 * new record starts on a line of its own.
 */
#include "core/core.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

/* Cuts the file back to just after its last newline (or to empty). Reads
 * backwards in blocks: a torn tail is at most one record, a few KiB. */
static int trim_torn_tail(int fd, off_t size)
{
    char buf[4096];
    off_t end = size;
    while (end > 0) {
        off_t start = end > (off_t)sizeof buf ? end - (off_t)sizeof buf : 0;
        ssize_t n = pread(fd, buf, (size_t)(end - start), start);
        if (n != end - start)
            return -1;
        for (ssize_t i = n - 1; i >= 0; i--)
            if (buf[i] == '\n')
                return ftruncate(fd, start + i + 1);
        end = start;
    }
    return ftruncate(fd, 0);
}

int results_append(const char *path, const char *line, char *err, size_t errlen)
{
    size_t len = strlen(line);
    if (memchr(line, '\n', len)) {
        bd_set_err(err, errlen, "%s: a record must be one line", path);
        return -1;
    }
    char *dir_copy = strdup(path);
    if (!dir_copy) {
        bd_set_err(err, errlen, "out of memory");
        return -1;
    }
    int rc = dir_make_all(dirname(dir_copy), err, errlen);
    free(dir_copy);
    if (rc < 0)
        return -1;
    /* Read access too: the tail check reads the last bytes. */
    int fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        bd_set_err(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    char *rec = malloc(len + 1);
    rc = -1;
    if (!rec) {
        bd_set_err(err, errlen, "out of memory");
        goto done;
    }
    if (flock(fd, LOCK_EX) < 0) {
        bd_set_err(err, errlen, "%s: cannot lock: %s", path, strerror(errno));
        goto done;
    }
    struct stat st;
    char last = '\n';
    if (fstat(fd, &st) == 0 && st.st_size > 0 && pread(fd, &last, 1, st.st_size - 1) == 1 &&
        last != '\n' && trim_torn_tail(fd, st.st_size) < 0) {
        bd_set_err(err, errlen, "%s: cannot trim a torn last line: %s", path, strerror(errno));
        goto unlock;
    }
    memcpy(rec, line, len);
    rec[len] = '\n';
    ssize_t w = FAULT_HIT(FAULT_WRITE) ? fault_tear(fd, rec, len + 1) : write(fd, rec, len + 1);
    if (w != (ssize_t)(len + 1)) {
        /* A short write leaves a torn line; the next append trims it. */
        bd_set_err(err, errlen, "%s: cannot write: %s", path, w < 0 ? strerror(errno) : "disk full?");
        goto unlock;
    }
    if (FAULT_OR(FAULT_FSYNC, EIO, fsync(fd)) < 0) {
        bd_set_err(err, errlen, "%s: cannot sync: %s", path, strerror(errno));
        goto unlock;
    }
    rc = 0;
unlock:
    flock(fd, LOCK_UN);
done:
    free(rec);
    close(fd);
    return rc;
}
