/*
 * config — the player's settings as a small JSON file.
 *
 * Loading is forgiving: a missing file means first run, a bad key costs only
 * that key (the rest still load), and unknown keys are ignored so a config
 * written by a newer version still works. Every problem is reported once, in
 * the "file: message" / "file:line: message" form, so the game can log it and
 * carry on with defaults.
 */
#include "core/core.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define WIN_MIN 320
#define WIN_MAX 16384

static const char *const RENDERER_NAMES[] = {
    [RENDERER_AUTO] = "auto", [RENDERER_SOFTWARE] = "software", [RENDERER_GPU] = "gpu",
};

int renderer_choice_parse(const char *s, renderer_choice *out)
{
    if (!s)
        return -1;
    for (int i = 0; i < (int)(sizeof RENDERER_NAMES / sizeof *RENDERER_NAMES); i++) {
        if (strcmp(s, RENDERER_NAMES[i]) == 0) {
            if (out)
                *out = (renderer_choice)i;
            return 0;
        }
    }
    return -1;
}

const char *renderer_choice_name(renderer_choice r)
{
    if ((int)r >= 0 && (int)r < (int)(sizeof RENDERER_NAMES / sizeof *RENDERER_NAMES))
        return RENDERER_NAMES[r];
    return "auto";
}

void config_defaults(config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->renderer = RENDERER_AUTO;
    cfg->fullscreen = 0;
    cfg->language[0] = '\0';   /* follow the system locale */
    cfg->text_size = 1;
    cfg->high_contrast = 0;
    cfg->reduce_motion = 0;
    cfg->window_w = 1280;
    cfg->window_h = 720;
    cfg->pass_mark = CONFIG_PASS_MARK;
}

int config_iri_ok(const char *s, int need_web)
{
    if (!s || !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
        return 0;
    const char *p = s;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
           *p == '+' || *p == '-' || *p == '.')
        p++;
    if (*p != ':' || !p[1])
        return 0;
    for (const unsigned char *c = (const unsigned char *)p; *c; c++)
        if (*c <= ' ' || *c == 0x7f || strchr("<>\"{}|\\^`", *c))
            return 0;
    if (!need_web)
        return 1;
    size_t scheme = (size_t)(p - s);
    int web = (scheme == 4 && strncasecmp(s, "http", 4) == 0) ||
              (scheme == 5 && strncasecmp(s, "https", 5) == 0);
    return web && strncmp(p, "://", 3) == 0 && p[3] && p[3] != '/';
}

static int clamp_win(double v)
{
    if (v < WIN_MIN)
        return WIN_MIN;
    if (v > WIN_MAX)
        return WIN_MAX;
    return (int)v;
}

/* Names every bad key on the one line the caller shows:
 * "path: "a" must be ... (using the default); "b" must be ...". */
static void bad_key(int *rc, char *err, size_t errlen, const char *path, const char *key,
                    const char *why)
{
    if (err && errlen) {
        size_t used = *rc == 0 ? 0 : strlen(err);
        if (used + 1 < errlen) {
            if (*rc == 0)
                snprintf(err, errlen, "%s: \"%s\" %s (using the default)", path, key, why);
            else
                snprintf(err + used, errlen - used, "; \"%s\" %s", key, why);
        }
    }
    *rc = -1;
}

static void read_bool(const cJSON *root, const char *key, int *out, int *rc,
                      char *err, size_t errlen, const char *path)
{
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!it)
        return;
    if (!cJSON_IsBool(it)) {
        bad_key(rc, err, errlen, path, key, "must be true or false");
        return;
    }
    *out = cJSON_IsTrue(it) ? 1 : 0;
}

/* A short text (a name, an ID): a string, cut at a character boundary to
 * fit. */
static void read_name(const cJSON *root, const char *key, char *out, size_t outlen, int *rc,
                      char *err, size_t errlen, const char *path)
{
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!it)
        return;
    if (!cJSON_IsString(it)) {
        bad_key(rc, err, errlen, path, key, "must be a string");
        return;
    }
    size_t n = utf8_clip(it->valuestring, strlen(it->valuestring), outlen - 1);
    memcpy(out, it->valuestring, n);
    out[n] = '\0';
}

/* An IRI for the xAPI export; "" leaves the default. */
static void read_iri(const cJSON *root, const char *key, int need_web, char *out, size_t outlen,
                     int *rc, char *err, size_t errlen, const char *path)
{
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!it)
        return;
    const char *s = cJSON_IsString(it) ? it->valuestring : NULL;
    if (s && !s[0]) {
        out[0] = '\0';
    } else if (s && strlen(s) < outlen && config_iri_ok(s, need_web)) {
        memcpy(out, s, strlen(s) + 1);
    } else {
        bad_key(rc, err, errlen, path, key,
                need_web ? "must be a web address such as \"https://lms.example.com\""
                         : "must be an IRI such as \"https://training.example.com/xapi/\"");
    }
}

int config_load(config *cfg, const char *path, char *err, size_t errlen)
{
    config_defaults(cfg);
    if (err && errlen)
        err[0] = '\0';
    struct stat st;
    if (!path || (stat(path, &st) != 0 && errno == ENOENT))
        return 1;   /* first run: defaults, not an error */

    cJSON *root = json_read_object(path, err, errlen);
    if (!root)
        return -1;

    int rc = 0;
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(root, "renderer");
    if (it && (!cJSON_IsString(it) || renderer_choice_parse(it->valuestring, &cfg->renderer) != 0))
        bad_key(&rc, err, errlen, path, "renderer", "must be \"auto\", \"software\" or \"gpu\"");

    read_bool(root, "fullscreen", &cfg->fullscreen, &rc, err, errlen, path);

    it = cJSON_GetObjectItemCaseSensitive(root, "language");
    if (it) {
        const char *s = cJSON_IsString(it) ? it->valuestring : NULL;
        if (s && (strcmp(s, "en") == 0 || strcmp(s, "ja") == 0 || s[0] == '\0'))
            snprintf(cfg->language, sizeof cfg->language, "%s", s);
        else
            bad_key(&rc, err, errlen, path, "language", "must be \"en\", \"ja\" or \"\"");
    }

    it = cJSON_GetObjectItemCaseSensitive(root, "text_size");
    if (it) {
        double v = cJSON_IsNumber(it) ? it->valuedouble : -1;
        if (v == 0 || v == 1 || v == 2)
            cfg->text_size = (int)v;
        else
            bad_key(&rc, err, errlen, path, "text_size", "must be 0, 1 or 2");
    }

    read_bool(root, "high_contrast", &cfg->high_contrast, &rc, err, errlen, path);
    read_bool(root, "reduce_motion", &cfg->reduce_motion, &rc, err, errlen, path);
    read_bool(root, "ask_employee_id", &cfg->ask_employee_id, &rc, err, errlen, path);
    read_name(root, "player", cfg->player, sizeof cfg->player, &rc, err, errlen, path);
    read_name(root, "employee_id", cfg->employee_id, sizeof cfg->employee_id, &rc, err, errlen, path);

    it = cJSON_GetObjectItemCaseSensitive(root, "pass_mark");
    if (it) {
        double v = cJSON_IsNumber(it) ? it->valuedouble : -1;
        if (v >= 0 && v <= 100 && v == (int)v)
            cfg->pass_mark = (int)v;
        else
            bad_key(&rc, err, errlen, path, "pass_mark", "must be a whole number from 0 to 100");
    }
    read_iri(root, "xapi_home_page", 1, cfg->xapi_home_page, sizeof cfg->xapi_home_page, &rc, err,
             errlen, path);
    read_iri(root, "xapi_activity_base", 0, cfg->xapi_activity_base,
             sizeof cfg->xapi_activity_base, &rc, err, errlen, path);

    it = cJSON_GetObjectItemCaseSensitive(root, "window");
    if (it) {
        if (!cJSON_IsObject(it)) {
            bad_key(&rc, err, errlen, path, "window", "must be an object with width and height");
        } else {
            const cJSON *w = cJSON_GetObjectItemCaseSensitive(it, "width");
            const cJSON *h = cJSON_GetObjectItemCaseSensitive(it, "height");
            /* Sizes out of range are clamped, not rejected: a window that was
             * too big on another monitor is still a sensible request. */
            if (w && cJSON_IsNumber(w))
                cfg->window_w = clamp_win(w->valuedouble);
            else if (w)
                bad_key(&rc, err, errlen, path, "window.width", "must be a number");
            if (h && cJSON_IsNumber(h))
                cfg->window_h = clamp_win(h->valuedouble);
            else if (h)
                bad_key(&rc, err, errlen, path, "window.height", "must be a number");
        }
    }
    cJSON_Delete(root);
    return rc;
}


int config_save(const config *cfg, const char *path, char *err, size_t errlen)
{
    if (!cfg || !path) {
        bd_set_err(err, errlen, "%s: invalid arguments", path ? path : "(null)");
        return -1;
    }
    /* Every member checked: cJSON_AddItemToObject drops (and leaks) an item
     * it cannot add for want of memory, and a config saved without a key
     * would silently lose the player's setting. */
    cJSON *root = cJSON_CreateObject();
    int ok = root &&
             cJSON_AddStringToObject(root, "renderer", renderer_choice_name(cfg->renderer)) &&
             cJSON_AddBoolToObject(root, "fullscreen", cfg->fullscreen) &&
             cJSON_AddStringToObject(root, "language", cfg->language) &&
             cJSON_AddNumberToObject(root, "text_size", cfg->text_size) &&
             cJSON_AddBoolToObject(root, "high_contrast", cfg->high_contrast) &&
             cJSON_AddBoolToObject(root, "reduce_motion", cfg->reduce_motion) &&
             cJSON_AddStringToObject(root, "player", cfg->player) &&
             cJSON_AddStringToObject(root, "employee_id", cfg->employee_id) &&
             cJSON_AddBoolToObject(root, "ask_employee_id", cfg->ask_employee_id);
    /* The report's settings only when a trainer set them: a player's file
     * stays as short as it was. */
    if (ok && cfg->pass_mark != CONFIG_PASS_MARK)
        ok = cJSON_AddNumberToObject(root, "pass_mark", cfg->pass_mark) != NULL;
    if (ok && cfg->xapi_home_page[0])
        ok = cJSON_AddStringToObject(root, "xapi_home_page", cfg->xapi_home_page) != NULL;
    if (ok && cfg->xapi_activity_base[0])
        ok = cJSON_AddStringToObject(root, "xapi_activity_base", cfg->xapi_activity_base) != NULL;
    cJSON *win = ok ? cJSON_AddObjectToObject(root, "window") : NULL;
    ok = win && cJSON_AddNumberToObject(win, "width", clamp_win(cfg->window_w)) &&
         cJSON_AddNumberToObject(win, "height", clamp_win(cfg->window_h));
    if (!ok) {
        cJSON_Delete(root);
        bd_set_err(err, errlen, "%s: out of memory", path);
        return -1;
    }

    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    if (!text) {
        bd_set_err(err, errlen, "%s: out of memory", path);
        return -1;
    }
    int rc = file_write_text(path, text, 0, err, errlen);
    cJSON_free(text);
    return rc < 0 ? -1 : 0;
}
