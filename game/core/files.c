/*
 * files — crash-safe file replacement, whole-file reads, mkdir -p.
 *
 * file_write_atomic is what stands between a power cut and a corrupted config
 * or results file: the new bytes go to a temp file beside the target, are
 * flushed to disk, and only then renamed over the target. rename() within one
 * folder is atomic, so a reader (or the next boot) sees either the old file or
 * the new one, never a half-written mix.
 */
#include "core/core.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Writes all of data, retrying short writes and EINTR. */
static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

/* The folder part of path ("." when there is none), into out. */
static void dir_of(const char *path, char *out, size_t outlen)
{
    const char *slash = strrchr(path, '/');
    if (!slash) {
        snprintf(out, outlen, ".");
    } else if (slash == path) {
        snprintf(out, outlen, "/");
    } else {
        snprintf(out, outlen, "%.*s", (int)(slash - path), path);
    }
}

int file_write_atomic(const char *path, const void *data, size_t len, char *err, size_t errlen)
{
    if (!path || !*path || (!data && len > 0)) {
        bd_set_err(err, errlen, "%s: invalid arguments", path ? path : "(null)");
        return -1;
    }
    struct stat st;
    /* Keep an existing file's mode: the kiosk config holding the PIN hash is
     * 0600 and must not become world-readable by being saved. */
    mode_t mode = 0644;
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            bd_set_err(err, errlen, "%s: %s", path, strerror(EISDIR));
            return -1;
        }
        mode = st.st_mode & 07777;
    }

    size_t plen = strlen(path);
    char *tmp = malloc(plen + 8);
    if (!tmp) {
        bd_set_err(err, errlen, "%s: out of memory", path);
        return -1;
    }
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".XXXXXX", 8);

    int fd = mkstemp(tmp);
    if (fd < 0) {
        bd_set_err(err, errlen, "%s: cannot create temporary file: %s", path, strerror(errno));
        free(tmp);
        return -1;
    }
    const char *what = "write";
    /* mkstemp creates 0600; fchmod (not umask-affected) sets the final mode. */
    if (fchmod(fd, mode) != 0)
        what = "chmod";
    else if (write_all(fd, data, len) != 0)
        what = "write";
    else if (fsync(fd) != 0)  /* the data must be on disk before the rename */
        what = "fsync";
    else
        what = NULL;
    if (what) {
        int e = errno;
        close(fd);
        unlink(tmp);
        bd_set_err(err, errlen, "%s: %s failed: %s", path, what, strerror(e));
        free(tmp);
        return -1;
    }
    if (close(fd) != 0) {
        int e = errno;
        unlink(tmp);
        bd_set_err(err, errlen, "%s: close failed: %s", path, strerror(e));
        free(tmp);
        return -1;
    }
    if (rename(tmp, path) != 0) {
        int e = errno;
        unlink(tmp);
        bd_set_err(err, errlen, "%s: rename failed: %s", path, strerror(e));
        free(tmp);
        return -1;
    }
    free(tmp);

    /* The rename is a change to the folder; until the folder itself is
     * synced a crash can bring back the old directory entry (or neither). */
    char dir[4096];
    dir_of(path, dir, sizeof dir);
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0) {
        bd_set_err(err, errlen, "%s: cannot open folder to sync: %s", dir, strerror(errno));
        return -1;
    }
    int rc = 0;
    if (fsync(dfd) != 0 && errno != EINVAL) {  /* EINVAL: fs without dir sync */
        bd_set_err(err, errlen, "%s: fsync of folder failed: %s", dir, strerror(errno));
        rc = -1;
    }
    close(dfd);
    return rc;
}

char *file_read_all(const char *path, size_t *len, char *err, size_t errlen)
{
    if (len)
        *len = 0;
    if (!path) {
        bd_set_err(err, errlen, "(null): invalid path");
        return NULL;
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        bd_set_err(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        bd_set_err(err, errlen, "%s: %s", path, strerror(EISDIR));
        close(fd);
        return NULL;
    }
    /* Read until EOF rather than trusting st_size: /proc files and files
     * growing under us report sizes that are wrong. */
    size_t cap = (st.st_size > 0 ? (size_t)st.st_size : 4096) + 1, used = 0;
    char *buf = malloc(cap);
    if (!buf) {
        bd_set_err(err, errlen, "%s: out of memory", path);
        close(fd);
        return NULL;
    }
    for (;;) {
        if (used + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                bd_set_err(err, errlen, "%s: out of memory", path);
                free(buf);
                close(fd);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        ssize_t n = read(fd, buf + used, cap - 1 - used);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            bd_set_err(err, errlen, "%s: read failed: %s", path, strerror(errno));
            free(buf);
            close(fd);
            return NULL;
        }
        if (n == 0)
            break;
        used += (size_t)n;
    }
    close(fd);
    buf[used] = '\0';
    if (len)
        *len = used;
    return buf;
}

int dir_make_all(const char *path, char *err, size_t errlen)
{
    if (!path || !*path) {
        bd_set_err(err, errlen, "(empty): invalid folder path");
        return -1;
    }
    char buf[4096];
    size_t n = strlen(path);
    if (n >= sizeof buf) {
        bd_set_err(err, errlen, "%s: path too long", path);
        return -1;
    }
    memcpy(buf, path, n + 1);
    /* Create each prefix in turn; EEXIST is fine as long as it is a folder,
     * which the final dir_exists check confirms. */
    for (char *p = buf + 1; ; p++) {
        if (*p == '/' || *p == '\0') {
            char saved = *p;
            *p = '\0';
            if (mkdir(buf, 0755) != 0 && errno != EEXIST) {
                bd_set_err(err, errlen, "%s: cannot create folder: %s", buf, strerror(errno));
                return -1;
            }
            *p = saved;
            if (saved == '\0')
                break;
        }
    }
    if (!dir_exists(path)) {
        bd_set_err(err, errlen, "%s: exists and is not a folder", path);
        return -1;
    }
    return 0;
}

int dir_exists(const char *path)
{
    struct stat st;
    return path && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int file_exists(const char *path)
{
    struct stat st;
    return path && stat(path, &st) == 0 && S_ISREG(st.st_mode);
}
