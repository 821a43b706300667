/* test_paths — data folder search (override, installed layout, source tree)
 * and XDG user folders with the variables set, relative, and unset.
 * The installed layout assumes the default GNUInstallDirs (bin, share). */
#include "core/core.h"
#include "check.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DIR_P BD_TEST_TMP "/paths"

static void touch(const char *path)
{
    char err[BD_ERR_LEN];
    CHECK_INT(file_write_atomic(path, "{}", 2, err, sizeof err), 0);
}

static void test_override(void)
{
    char err[BD_ERR_LEN] = "", out[4096], real[PATH_MAX];
    CHECK_INT(dir_make_all(DIR_P "/data/assets", err, sizeof err), 0);
    CHECK_INT(paths_find_data(DIR_P "/data/", "/nowhere/bin/breachdrill", out, sizeof out,
                              err, sizeof err), 0);
    CHECK(realpath(DIR_P "/data", real) != NULL);
    CHECK_STR(out, real);   /* canonical: no trailing slash, no .. */

    err[0] = '\0';
    CHECK(paths_find_data(DIR_P "/missing", NULL, out, sizeof out, err, sizeof err) < 0);
    CHECK_STR(err, "data folder " DIR_P "/missing not found");

    CHECK_INT(dir_make_all(DIR_P "/notdata", err, sizeof err), 0);
    CHECK(paths_find_data(DIR_P "/notdata", NULL, out, sizeof out, err, sizeof err) < 0);
    CHECK_STR(err, DIR_P "/notdata is not a BreachDrill data folder (no assets/)");

    /* The override is final: a bad one does not fall back to other places. */
    touch(DIR_P "/afile");
    CHECK(paths_find_data(DIR_P "/afile", NULL, out, sizeof out, err, sizeof err) < 0);
}

static void test_installed_and_source(void)
{
    char err[BD_ERR_LEN] = "", out[4096], real[PATH_MAX], src[PATH_MAX];
    CHECK(realpath(BD_SOURCE_DIR, src) != NULL);

    /* <prefix>/bin/breachdrill with <prefix>/share/breachdrill/assets/locale/en.json */
    CHECK_INT(dir_make_all(DIR_P "/prefix/bin", err, sizeof err), 0);
    CHECK_INT(dir_make_all(DIR_P "/prefix/share/breachdrill/assets/locale", err, sizeof err), 0);
    touch(DIR_P "/prefix/bin/breachdrill");
    touch(DIR_P "/prefix/share/breachdrill/assets/locale/en.json");
    CHECK_INT(paths_find_data(NULL, DIR_P "/prefix/bin/breachdrill", out, sizeof out,
                              err, sizeof err), 0);
    CHECK(realpath(DIR_P "/prefix/share/breachdrill", real) != NULL);
    CHECK_STR(out, real);

    /* A symlink to the executable resolves to its real prefix. */
    unlink(DIR_P "/link-to-exe");
    CHECK_INT(symlink(DIR_P "/prefix/bin/breachdrill", DIR_P "/link-to-exe"), 0);
    CHECK_INT(paths_find_data("", DIR_P "/link-to-exe", out, sizeof out, err, sizeof err), 0);
    CHECK_STR(out, real);

    /* An installed folder without en.json does not count: source tree. */
    unlink(DIR_P "/prefix/share/breachdrill/assets/locale/en.json");
    CHECK_INT(paths_find_data(NULL, DIR_P "/prefix/bin/breachdrill", out, sizeof out,
                              err, sizeof err), 0);
    CHECK_STR(out, src);

    /* No executable path, or a bare name from PATH: source tree. */
    CHECK_INT(paths_find_data(NULL, NULL, out, sizeof out, err, sizeof err), 0);
    CHECK_STR(out, src);
    CHECK_INT(paths_find_data(NULL, "breachdrill", out, sizeof out, err, sizeof err), 0);
    CHECK_STR(out, src);

    /* Output too small is an error, not a truncated path. */
    char tiny[4];
    CHECK(paths_find_data(NULL, NULL, tiny, sizeof tiny, err, sizeof err) < 0);
    CHECK_STR(err, "cannot find the game's data folder; pass --data DIR");
}

static void test_user(void)
{
    char err[BD_ERR_LEN] = "";
    bd_paths p;
    memset(&p, 0, sizeof p);
    setenv("HOME", "/home/player", 1);

    setenv("XDG_DATA_HOME", "/xdg/data", 1);
    setenv("XDG_CONFIG_HOME", "/xdg/config", 1);
    CHECK_INT(paths_user(&p, err, sizeof err), 0);
    CHECK_STR(p.user, "/xdg/data/breachdrill");
    CHECK_STR(p.config, "/xdg/config/breachdrill/config.json");

    unsetenv("XDG_DATA_HOME");
    unsetenv("XDG_CONFIG_HOME");
    CHECK_INT(paths_user(&p, err, sizeof err), 0);
    CHECK_STR(p.user, "/home/player/.local/share/breachdrill");
    CHECK_STR(p.config, "/home/player/.config/breachdrill/config.json");

    /* Relative or empty XDG values are invalid per the spec: ignored. */
    setenv("XDG_DATA_HOME", "relative/data", 1);
    setenv("XDG_CONFIG_HOME", "", 1);
    CHECK_INT(paths_user(&p, err, sizeof err), 0);
    CHECK_STR(p.user, "/home/player/.local/share/breachdrill");
    CHECK_STR(p.config, "/home/player/.config/breachdrill/config.json");

    /* One set, one not. */
    setenv("XDG_CONFIG_HOME", "/etc/kiosk", 1);
    CHECK_INT(paths_user(&p, err, sizeof err), 0);
    CHECK_STR(p.user, "/home/player/.local/share/breachdrill");
    CHECK_STR(p.config, "/etc/kiosk/breachdrill/config.json");

    /* Nothing is created. */
    CHECK(!dir_exists("/home/player/.local/share/breachdrill"));
    CHECK(!dir_exists("/etc/kiosk/breachdrill"));
}

int main(void)
{
    char err[BD_ERR_LEN] = "";
    CHECK_INT(dir_make_all(DIR_P, err, sizeof err), 0);
    test_override();
    test_installed_and_source();
    test_user();
    return check_done();
}
