/* fuzz_file — the loaders under fuzzing take a path, so each input is
 * written to a file in a folder of this process's own (made once, removed
 * at exit): on /dev/shm when there is one, so the loaders' fsyncs cost
 * nothing, else under $TMPDIR or /tmp. Loaders that rename a bad file aside
 * (".bad-<time>") leave files behind; fuzz_file_clean removes them after
 * every input so a long run does not fill the disk. */
#ifndef BD_FUZZ_FILE_H
#define BD_FUZZ_FILE_H

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The scratch folder's path, "" until made. */
static inline char *fuzz_dir_buf(void)
{
    static char path[4096];
    return path;
}

/* Removes every entry of dir, folders included (one level of nesting is
 * all the loaders make). */
static inline void fuzz_file_empty(const char *dir, int remove_dir)
{
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        char p[4400];
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            /* A name that does not fit is not one the loaders made. */
            if (snprintf(p, sizeof p, "%s/%s", dir, e->d_name) >= (int)sizeof p)
                continue;
            struct stat st;
            if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
                fuzz_file_empty(p, 1);
            else
                unlink(p);
        }
        closedir(d);
    }
    if (remove_dir)
        rmdir(dir);
}

static inline void fuzz_file_atexit(void)
{
    if (fuzz_dir_buf()[0])
        fuzz_file_empty(fuzz_dir_buf(), 1);
}

/* The process's scratch folder; aborts when none can be made, since no
 * input could be tested. */
static inline const char *fuzz_file_dir(void)
{
    char *dir = fuzz_dir_buf();
    if (dir[0])
        return dir;
    const char *base = getenv("TMPDIR");
    if (!base || !base[0])
        base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(dir, 4096, "%s/bd-fuzz-XXXXXX", base);
    if (!mkdtemp(dir)) {
        dir[0] = '\0';
        perror("fuzz: mkdtemp");
        abort();
    }
    atexit(fuzz_file_atexit);
    return dir;
}

/* Writes data to NAME in the scratch folder (mode 0600, replacing what was
 * there) and puts its path in out. */
static inline void fuzz_file_write(const char *name, const void *data, size_t size, char *out,
                            size_t outlen)
{
    snprintf(out, outlen, "%s/%s", fuzz_file_dir(), name);
    int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        perror(out);
        abort();
    }
    const char *p = data;
    while (size > 0) {
        ssize_t n = write(fd, p, size);
        if (n <= 0) {
            perror(out);
            abort();
        }
        p += n;
        size -= (size_t)n;
    }
    close(fd);
}

/* Empties the scratch folder (inputs, copies saved, files renamed aside). */
static inline void fuzz_file_clean(void)
{
    fuzz_file_empty(fuzz_file_dir(), 0);
}

/* A NUL-terminated copy of the input, for parsers that take a string. */
static inline char *fuzz_strdup(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        abort();
    memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

#define FUZZ_CHECK(cond)                                                             \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: property violated: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                 \
        }                                                                            \
    } while (0)

#endif
