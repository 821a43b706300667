/*
 * paths — where the game's data and the player's files live.
 *
 * Data (read-only): --data DIR if given, else the installed layout next to
 * the executable (<prefix>/bin/breachdrill -> <prefix>/share/breachdrill),
 * else the source tree the binary was built from, so a fresh build runs
 * without installing. User files follow the XDG base directory spec.
 * Nothing here creates folders: callers do that when they first write.
 */
#include "core/core.h"

#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef BD_SOURCE_DATA_DIR
#define BD_SOURCE_DATA_DIR ""
#endif
#ifndef BD_INSTALL_DATA_REL
#define BD_INSTALL_DATA_REL "share/breachdrill"
#endif
#ifndef BD_INSTALL_BIN_REL
#define BD_INSTALL_BIN_REL "bin"
#endif


/* realpath(dir) into out; -1 if it fails or does not fit. */
static int canonical(const char *dir, char *out, size_t outlen)
{
    char *real = realpath(dir, NULL);
    if (!real)
        return -1;
    int n = snprintf(out, outlen, "%s", real);
    free(real);
    return (n < 0 || (size_t)n >= outlen) ? -1 : 0;
}

/* A candidate counts only if it holds the English strings: every screen
 * needs them, and an empty share/breachdrill left by an old uninstall must
 * not shadow the source tree. */
static int try_candidate(const char *dir, char *out, size_t outlen)
{
    char probe[PATH_MAX + 64];
    int n = snprintf(probe, sizeof probe, "%s/assets/locale/en.json", dir);
    if (n < 0 || (size_t)n >= sizeof probe || !file_exists(probe))
        return -1;
    return canonical(dir, out, outlen);
}

/* How many folders up from the executable's folder the prefix is: one per
 * component of BD_INSTALL_BIN_REL ("bin" -> 1). */
static int bin_depth(void)
{
    const char *s = BD_INSTALL_BIN_REL;
    int depth = 0, in_part = 0;
    if (s[0] == '/')
        return 1;  /* absolute bindir: best guess is the usual layout */
    for (; *s; s++) {
        if (*s == '/') {
            in_part = 0;
        } else if (!in_part) {
            in_part = 1;
            depth++;
        }
    }
    return depth > 0 ? depth : 1;
}

static int try_installed(const char *exe_path, char *out, size_t outlen)
{
    /* No slash means argv[0] was found on PATH; we cannot tell where from. */
    if (!exe_path || !strchr(exe_path, '/'))
        return -1;
    /* Resolve symlinks so /usr/local/bin/breachdrill -> /opt/bd/bin/... finds
     * /opt/bd/share/breachdrill. */
    char *exe = realpath(exe_path, NULL);
    if (!exe)
        return -1;
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = '\0';
    char cand[PATH_MAX + 128];
    size_t used = (size_t)snprintf(cand, sizeof cand, "%s", exe);
    free(exe);
    for (int i = 0; i < bin_depth() && used < sizeof cand; i++)
        used += (size_t)snprintf(cand + used, sizeof cand - used, "/..");
    if (used < sizeof cand)
        used += (size_t)snprintf(cand + used, sizeof cand - used, "/%s", BD_INSTALL_DATA_REL);
    if (used >= sizeof cand)
        return -1;
    return try_candidate(cand, out, outlen);
}

int paths_find_data(const char *override, const char *exe_path, char *out, size_t outlen,
                    char *err, size_t errlen)
{
    if (!out || outlen == 0) {
        bd_set_err(err, errlen, "paths_find_data: no output buffer");
        return -1;
    }
    out[0] = '\0';
    if (override && *override) {
        if (!dir_exists(override)) {
            bd_set_err(err, errlen, "data folder %s not found", override);
            return -1;
        }
        char assets[PATH_MAX + 16];
        int n = snprintf(assets, sizeof assets, "%s/assets", override);
        if (n < 0 || (size_t)n >= sizeof assets || !dir_exists(assets)) {
            bd_set_err(err, errlen, "%s is not a BreachDrill data folder (no assets/)", override);
            return -1;
        }
        if (canonical(override, out, outlen) != 0) {
            bd_set_err(err, errlen, "%s: cannot resolve path: %s", override, strerror(errno));
            return -1;
        }
        return 0;
    }
    if (try_installed(exe_path, out, outlen) == 0)
        return 0;
    if (BD_SOURCE_DATA_DIR[0] && try_candidate(BD_SOURCE_DATA_DIR, out, outlen) == 0)
        return 0;
    out[0] = '\0';
    bd_set_err(err, errlen, "cannot find the game's data folder; pass --data DIR");
    return -1;
}

/* The XDG spec: a relative value is invalid and must be ignored. */
static const char *xdg_env(const char *name)
{
    const char *v = getenv(name);
    return (v && v[0] == '/') ? v : NULL;
}

/* $HOME, else the password database (services started without a login
 * environment may lack HOME). */
static const char *home_dir(void)
{
    const char *h = getenv("HOME");
    if (h && h[0] == '/')
        return h;
    struct passwd *pw = getpwuid(getuid());
    return (pw && pw->pw_dir && pw->pw_dir[0] == '/') ? pw->pw_dir : NULL;
}

static int join(char *out, size_t outlen, const char *base, const char *rest)
{
    int n = snprintf(out, outlen, "%s%s", base, rest);
    return (n < 0 || (size_t)n >= outlen) ? -1 : 0;
}

int paths_user(bd_paths *p, char *err, size_t errlen)
{
    if (!p) {
        bd_set_err(err, errlen, "paths_user: no output");
        return -1;
    }
    const char *data = xdg_env("XDG_DATA_HOME");
    const char *conf = xdg_env("XDG_CONFIG_HOME");
    const char *home = (data && conf) ? NULL : home_dir();
    if ((!data || !conf) && !home) {
        bd_set_err(err, errlen, "cannot find the home folder: HOME is not set");
        return -1;
    }
    int rc = data ? join(p->user, sizeof p->user, data, "/breachdrill")
                  : join(p->user, sizeof p->user, home, "/.local/share/breachdrill");
    if (rc == 0)
        rc = conf ? join(p->config, sizeof p->config, conf, "/breachdrill/config.json")
                  : join(p->config, sizeof p->config, home, "/.config/breachdrill/config.json");
    if (rc != 0) {
        bd_set_err(err, errlen, "user folder path is too long");
        return -1;
    }
    return 0;
}
