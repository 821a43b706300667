/* test_files — atomic replace (content, no temp left, old kept on failure,
 * mode kept, a killed writer's temp file swept), whole-file reads, mkdir -p. */
#include "core/core.h"
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#define DIR_T BD_TEST_TMP "/files"

/* Number of entries in dir other than . and .. */
static int count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            n++;
    closedir(d);
    return n;
}

static void rm_rf_flat(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    char p[4096];
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        if (unlink(p) != 0)
            rmdir(p);
    }
    closedir(d);
}

static void test_write_and_read(void)
{
    char err[BD_ERR_LEN] = "";
    const char *path = DIR_T "/w/a.txt";
    CHECK_INT(dir_make_all(DIR_T "/w", err, sizeof err), 0);
    rm_rf_flat(DIR_T "/w");

    CHECK_INT(file_write_atomic(path, "first", 5, err, sizeof err), 0);
    size_t len = 99;
    char *s = file_read_all(path, &len, err, sizeof err);
    CHECK_STR(s, "first");
    CHECK_INT(len, 5);
    free(s);

    /* Replace with shorter content: no leftover bytes from the old file. */
    CHECK_INT(file_write_atomic(path, "2nd", 3, err, sizeof err), 0);
    s = file_read_all(path, &len, err, sizeof err);
    CHECK_STR(s, "2nd");
    CHECK_INT(len, 3);
    free(s);
    CHECK_INT(count_entries(DIR_T "/w"), 1);   /* no path.XXXXXX left behind */

    /* New files are 0644 regardless of mkstemp's 0600. */
    struct stat st;
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0644);

    /* Empty content is a valid file. */
    CHECK_INT(file_write_atomic(path, "", 0, err, sizeof err), 0);
    s = file_read_all(path, &len, err, sizeof err);
    CHECK(s && len == 0 && s[0] == '\0');
    free(s);

    /* Large content (forces several read chunks, binary with NULs). */
    size_t big = 300000;
    char *buf = malloc(big);
    for (size_t i = 0; i < big; i++)
        buf[i] = (char)(i * 7);
    CHECK_INT(file_write_atomic(path, buf, big, err, sizeof err), 0);
    s = file_read_all(path, &len, err, sizeof err);
    CHECK_INT(len, big);
    CHECK(s && memcmp(s, buf, big) == 0 && s[big] == '\0');
    free(s);
    free(buf);
    CHECK_INT(count_entries(DIR_T "/w"), 1);
}

static void test_keeps_mode(void)
{
    char err[BD_ERR_LEN] = "";
    const char *path = DIR_T "/w/pin.json";
    CHECK_INT(file_write_atomic(path, "{}", 2, err, sizeof err), 0);
    CHECK_INT(chmod(path, 0600), 0);
    CHECK_INT(file_write_atomic(path, "{\"pin\":1}", 9, err, sizeof err), 0);
    struct stat st;
    CHECK(stat(path, &st) == 0);
    CHECK_INT(st.st_mode & 0777, 0600);
    unlink(path);
}

static void test_failures(void)
{
    char err[BD_ERR_LEN] = "";
    const char *path = DIR_T "/w/keep.txt";
    CHECK_INT(file_write_atomic(path, "old", 3, err, sizeof err), 0);
    int before = count_entries(DIR_T "/w");

    /* The parent "folder" is a regular file: fails even for root. */
    err[0] = '\0';
    CHECK(file_write_atomic(DIR_T "/w/keep.txt/child", "x", 1, err, sizeof err) < 0);
    CHECK(strstr(err, "keep.txt/child") != NULL);
    CHECK(strstr(err, "Not a directory") != NULL);

    /* The target is an existing folder: refused, folder untouched. */
    CHECK_INT(dir_make_all(DIR_T "/w/adir", err, sizeof err), 0);
    err[0] = '\0';
    CHECK(file_write_atomic(DIR_T "/w/adir", "x", 1, err, sizeof err) < 0);
    CHECK(strstr(err, "adir") != NULL);
    CHECK(dir_exists(DIR_T "/w/adir"));
    CHECK_INT(count_entries(DIR_T "/w/adir"), 0);
    rmdir(DIR_T "/w/adir");

    /* The old content survives and no temp files were left. */
    size_t len;
    char *s = file_read_all(path, &len, err, sizeof err);
    CHECK_STR(s, "old");
    free(s);
    CHECK_INT(count_entries(DIR_T "/w"), before);

    /* Failure after the temp file exists: a file size limit makes write()
     * fail with EFBIG (even for root); the temp file must be removed. */
    struct rlimit old_lim, lim;
    CHECK_INT(getrlimit(RLIMIT_FSIZE, &old_lim), 0);
    lim = old_lim;
    lim.rlim_cur = 2;
    signal(SIGXFSZ, SIG_IGN);
    CHECK_INT(setrlimit(RLIMIT_FSIZE, &lim), 0);
    err[0] = '\0';
    int rc = file_write_atomic(path, "too long", 8, err, sizeof err);
    setrlimit(RLIMIT_FSIZE, &old_lim);
    signal(SIGXFSZ, SIG_DFL);
    CHECK(rc < 0);
    CHECK(strstr(err, "keep.txt: write failed") != NULL);
    s = file_read_all(path, &len, err, sizeof err);
    CHECK_STR(s, "old");
    free(s);
    CHECK_INT(count_entries(DIR_T "/w"), before);

    /* Missing folder. */
    err[0] = '\0';
    CHECK(file_write_atomic(DIR_T "/nope/x.txt", "x", 1, err, sizeof err) < 0);
    CHECK(strstr(err, "nope/x.txt") != NULL);

    /* Reads name the file. */
    err[0] = '\0';
    len = 5;
    CHECK(file_read_all(DIR_T "/w/missing.txt", &len, err, sizeof err) == NULL);
    CHECK(strstr(err, "missing.txt: No such file or directory") != NULL);
    CHECK_INT(len, 0);
    err[0] = '\0';
    CHECK(file_read_all(DIR_T "/w", &len, err, sizeof err) == NULL);
    CHECK(strstr(err, DIR_T "/w") != NULL);
    unlink(path);
}

/* A temp file left by a writer killed before its rename is removed by the
 * next save of the same file; a live writer's (locked) temp file and the
 * user's own files beside it are not. */
static void test_stale_temps(void)
{
    char err[BD_ERR_LEN];
    const char *dir = DIR_T "/t";
    CHECK_INT(dir_make_all(dir, err, sizeof err), 0);
    rm_rf_flat(dir);
    check_write_file(DIR_T "/t/board.json.tmp-Ab12Cd", "{\"entries\":[{\"id\"");  /* killed */
    check_write_file(DIR_T "/t/board.json.backup", "{}\n");     /* the user's */
    check_write_file(DIR_T "/t/other.json.tmp-Zz99Yy", "{");     /* another file's */
    check_write_file(DIR_T "/t/board.json.tmp-Live00", "{");     /* a live writer's */
    int live = open(DIR_T "/t/board.json.tmp-Live00", O_RDONLY);
    CHECK(live >= 0 && flock(live, LOCK_EX) == 0);
    CHECK_INT(file_write_atomic(DIR_T "/t/board.json", "{}\n", 3, err, sizeof err), 0);
    CHECK(!file_exists(DIR_T "/t/board.json.tmp-Ab12Cd"));
    CHECK(file_exists(DIR_T "/t/board.json.tmp-Live00"));
    CHECK(file_exists(DIR_T "/t/board.json.backup"));
    CHECK(file_exists(DIR_T "/t/other.json.tmp-Zz99Yy"));
    CHECK_INT(count_entries(dir), 4);
    if (live >= 0)
        close(live);
    rm_rf_flat(dir);
}

static void test_dirs(void)
{
    char err[BD_ERR_LEN] = "";
    const char *deep = DIR_T "/d/a/b/c";
    CHECK_INT(dir_make_all(deep, err, sizeof err), 0);
    CHECK(dir_exists(deep));
    CHECK(!file_exists(deep));
    CHECK_INT(dir_make_all(deep, err, sizeof err), 0);     /* already there: fine */
    CHECK_INT(dir_make_all(DIR_T "/d/a/b/c/", err, sizeof err), 0); /* trailing slash */
    struct stat st;
    mode_t mask = umask(0);
    umask(mask);
    CHECK(stat(DIR_T "/d/a", &st) == 0 && (st.st_mode & 0777) == (0755 & ~mask));

    CHECK_INT(file_write_atomic(DIR_T "/d/f", "x", 1, err, sizeof err), 0);
    CHECK(file_exists(DIR_T "/d/f"));
    CHECK(!dir_exists(DIR_T "/d/f"));
    CHECK(!file_exists(DIR_T "/d/none"));
    CHECK(!dir_exists(DIR_T "/d/none"));
    err[0] = '\0';
    CHECK(dir_make_all(DIR_T "/d/f", err, sizeof err) < 0);       /* a file, not a folder */
    CHECK(strstr(err, "/d/f") != NULL);
    err[0] = '\0';
    CHECK(dir_make_all(DIR_T "/d/f/sub", err, sizeof err) < 0);   /* under a file */
    CHECK(strstr(err, "/d/f") != NULL);
    unlink(DIR_T "/d/f");
    rmdir(DIR_T "/d/a/b/c");
    rmdir(DIR_T "/d/a/b");
    rmdir(DIR_T "/d/a");
    rmdir(DIR_T "/d");
}

int main(void)
{
    char err[BD_ERR_LEN] = "";
    CHECK_INT(dir_make_all(BD_TEST_TMP, err, sizeof err), 0);
    test_write_and_read();
    test_keeps_mode();
    test_failures();
    test_stale_temps();
    test_dirs();
    return check_done();
}
