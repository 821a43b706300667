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
#include <time.h>
#include <dirent.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

/* Writes all of data, retrying short writes and EINTR. */
static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = FAULT_HIT(FAULT_WRITE) ? fault_tear(fd, data, len) : write(fd, data, len);
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
    return file_write_atomic_mode(path, data, len, file_mode_of(path, 0644), err, errlen);
}

unsigned file_mode_of(const char *path, unsigned fallback)
{
    struct stat st;
    if (path && stat(path, &st) == 0 && !S_ISDIR(st.st_mode))
        return st.st_mode & 07777;
    return fallback;
}

/* The temp file beside a target: "<path>.tmp-" and mkstemp's six
 * characters; distinct enough that a sweep never takes a user's file. */
#define TEMP_SUFFIX ".tmp-XXXXXX"

/* 1 when fd's file has no name left (a sweep removed it). */
static int unlinked(int fd)
{
    struct stat st;
    return fstat(fd, &st) == 0 && st.st_nlink == 0;
}

/* Removes the temp files of path that writers killed before their rename
 * left behind (kill -9, a power cut): without this each crash during a
 * save leaves one, up to a full board's megabytes, and a kiosk restarted
 * by its watchdog collects them. A live writer holds a lock on its own,
 * so only files whose lock is free are taken. Best effort: a failure here
 * only leaves the litter. */
static void sweep_stale_temps(const char *path)
{
    char dir[4096];
    dir_of(path, dir, sizeof dir);
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t blen = strlen(base), slen = sizeof TEMP_SUFFIX - 1;
    DIR *d = opendir(dir);
    for (struct dirent *e; d && (e = readdir(d)) != NULL;) {
        const char *n = e->d_name;
        if (strlen(n) != blen + slen || strncmp(n, base, blen) != 0 ||
            strncmp(n + blen, TEMP_SUFFIX, slen - 6) != 0)
            continue;
        int fd = openat(dirfd(d), n, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        struct stat st;
        if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
            flock(fd, LOCK_EX | LOCK_NB) == 0)
            unlinkat(dirfd(d), n, 0);
        if (fd >= 0)
            close(fd);
    }
    if (d)
        closedir(d);
}

int file_atomic_begin(file_atomic *f, const char *path, unsigned mode, char *err, size_t errlen)
{
    memset(f, 0, sizeof *f);
    f->fd = -1;
    if (!path || !*path) {
        bd_set_err(err, errlen, "%s: invalid arguments", path ? path : "(null)");
        return -1;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        bd_set_err(err, errlen, "%s: %s", path, strerror(EISDIR));
        return -1;
    }
    size_t plen = strlen(path);
    f->path = strdup(path);
    f->tmp = malloc(plen + sizeof TEMP_SUFFIX);
    if (!f->path || !f->tmp) {
        bd_set_err(err, errlen, "%s: out of memory", path);
        file_atomic_abort(f);
        return -1;
    }
    sweep_stale_temps(path);
    for (int tries = 0;; tries++) {
        memcpy(f->tmp, path, plen);
        memcpy(f->tmp + plen, TEMP_SUFFIX, sizeof TEMP_SUFFIX);
        f->fd = mkstemp(f->tmp);
        /* Held until the temp file is renamed or removed: the mark of a
         * live writer. Got after a sweep of another process had it, the
         * file may be gone (no links): then take a new one. */
        if (f->fd < 0 || flock(f->fd, LOCK_EX) != 0 || !unlinked(f->fd) || tries == 3)
            break;
        close(f->fd);
    }
    if (f->fd < 0) {
        bd_set_err(err, errlen, "%s: cannot create temporary file: %s", path, strerror(errno));
        free(f->tmp);
        f->tmp = NULL;  /* nothing to unlink */
        file_atomic_abort(f);
        return -1;
    }
    /* mkstemp creates 0600; fchmod (not umask-affected) sets the final mode
     * before any byte is written, so a 0600 file's data is never readable
     * by others, not even in a temp file a crash leaves behind. */
    if (fchmod(f->fd, (mode_t)(mode & 07777)) != 0) {
        bd_set_err(err, errlen, "%s: chmod failed: %s", path, strerror(errno));
        file_atomic_abort(f);
        return -1;
    }
    return 0;
}

int file_atomic_write(file_atomic *f, const void *data, size_t len, char *err, size_t errlen)
{
    if (write_all(f->fd, data, len) == 0)
        return 0;
    bd_set_err(err, errlen, "%s: write failed: %s", f->path, strerror(errno));
    file_atomic_abort(f);
    return -1;
}

void file_atomic_abort(file_atomic *f)
{
    int e = errno;  /* the caller's message may still want it */
    if (f->fd >= 0)
        close(f->fd);
    if (f->tmp)
        unlink(f->tmp);
    free(f->tmp);
    free(f->path);
    memset(f, 0, sizeof *f);
    f->fd = -1;
    errno = e;
}

int file_atomic_commit(file_atomic *f, char *err, size_t errlen)
{
    /* The data must be on disk before the rename. */
    const char *what = FAULT_OR(FAULT_FSYNC, EIO, fsync(f->fd)) != 0 ? "fsync" : NULL;
    int e = errno;
    /* Renamed while still open, so its lock marks a live writer until the
     * file has its name: closed first, another process saving the same
     * path could sweep it away as a dead writer's between close and rename. */
    if (!what && FAULT_OR(FAULT_RENAME, EIO, rename(f->tmp, f->path)) != 0)
        what = "rename", e = errno;
    if (what) {
        bd_set_err(err, errlen, "%s: %s failed: %s", f->path, what, strerror(e));
        file_atomic_abort(f);
        return -1;
    }
    /* The data is on disk (fsync said so): close can lose nothing now. */
    close(f->fd);
    f->fd = -1;
    free(f->tmp);
    f->tmp = NULL;  /* renamed: nothing left to unlink */
    /* The rename is a change to the folder; until the folder itself is
     * synced a crash can bring back the old directory entry (or neither). */
    char dir[4096];
    dir_of(f->path, dir, sizeof dir);
    /* A failure from here on comes after the rename: the new file is in
     * place, whole, but may not survive a power cut, so the caller hears
     * of it. EINVAL: a file system without folder sync. */
    int rc = 0;
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0) {
        bd_set_err(err, errlen, "%s: cannot open its folder %s to sync: %s", f->path, dir,
                   strerror(errno));
        rc = -1;
    } else if (FAULT_OR(FAULT_FSYNC, EIO, fsync(dfd)) != 0 && errno != EINVAL) {
        bd_set_err(err, errlen, "%s: fsync of its folder %s failed: %s", f->path, dir,
                   strerror(errno));
        rc = -1;
    }
    if (dfd >= 0)
        close(dfd);
    file_atomic_abort(f);
    return rc;
}

int file_write_atomic_mode(const char *path, const void *data, size_t len, unsigned mode,
                           char *err, size_t errlen)
{
    file_atomic f;
    if (!data && len > 0) {
        bd_set_err(err, errlen, "%s: invalid arguments", path ? path : "(null)");
        return -1;
    }
    if (file_atomic_begin(&f, path, mode, err, errlen) < 0 ||
        file_atomic_write(&f, data, len, err, errlen) < 0)
        return -1;
    return file_atomic_commit(&f, err, errlen);
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

int file_make_parent(const char *path, char *err, size_t errlen)
{
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path)
        return 0;
    char dir[4096];
    if ((size_t)(slash - path) >= sizeof dir) {
        bd_set_err(err, errlen, "%s: path too long", path);
        return -1;
    }
    memcpy(dir, path, (size_t)(slash - path));
    dir[slash - path] = '\0';
    return dir_make_all(dir, err, errlen);
}

int file_set_aside(const char *path, char *kept, size_t keptlen, char *err, size_t errlen)
{
    /* A name not yet taken: rename would replace an older kept file. The
     * time is only part of a name here, so reading the clock is fine. */
    long long now = (long long)time(NULL);
    for (int i = 1; i < 100; i++) {
        int n = i == 1 ? snprintf(kept, keptlen, "%s.bad-%lld", path, now)
                       : snprintf(kept, keptlen, "%s.bad-%lld-%d", path, now, i);
        struct stat st;
        if (n < 0 || (size_t)n >= keptlen)
            break;
        if (lstat(kept, &st) != 0 && errno == ENOENT) {
            if (rename(path, kept) == 0)
                return 0;
            bd_set_err(err, errlen, "could not keep it aside as %s (%s)", kept, strerror(errno));
            return -1;
        }
    }
    bd_set_err(err, errlen, "could not keep it aside (no free name)");
    return -1;
}

int file_write_text(const char *path, const char *text, unsigned mode, char *err, size_t errlen)
{
    if (file_make_parent(path, err, errlen) < 0)
        return -1;
    /* A trailing newline keeps the file friendly to editors and cat. */
    size_t n = strlen(text);
    char *buf = malloc(n + 1);
    if (!buf) {
        bd_set_err(err, errlen, "%s: out of memory", path);
        return -1;
    }
    memcpy(buf, text, n);
    buf[n] = '\n';
    int rc = mode ? file_write_atomic_mode(path, buf, n + 1, mode, err, errlen)
                  : file_write_atomic(path, buf, n + 1, err, errlen);
    free(buf);
    return rc < 0 ? -1 : 0;
}
