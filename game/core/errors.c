/* errors — the error buffer every core function fills, and reading a JSON
 * file with a "file:line: message" when it is broken. Config, locale and
 * (later) the leaderboard and kiosk settings all read JSON the same way. */
#include "core/core.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void bd_set_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || errlen == 0) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

void bd_add_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || errlen == 0) return;
    size_t used = strlen(err);
    if (used && used + 2 < errlen) {
        memcpy(err + used, "; ", 3);
        used += 2;
    }
    if (used + 1 >= errlen) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err + used, errlen - used, fmt, ap);
    va_end(ap);
}

/* 1-based line of offset in text, for "file:line:" messages. */
static int line_of(const char *text, size_t offset)
{
    int line = 1;
    for (size_t i = 0; i < offset && text[i]; i++)
        if (text[i] == '\n') line++;
    return line;
}

/* Up to 16 bytes of the text at the error, stopping at the line's end. */
static size_t snippet_len(const char *at)
{
    size_t n = 0;
    while (n < 16 && at[n] && at[n] != '\n' && at[n] != '\r') n++;
    return utf8_clip(at, n, n);
}

cJSON *json_read_object(const char *path, char *err, size_t errlen)
{
    size_t len = 0;
    errno = 0;
    char *text = file_read_all(path, &len, err, errlen);
    if (!text) {
        errno = errno == ENOMEM ? ENOMEM : EIO;
        return NULL;
    }
    /* cJSON answers NULL both for bad JSON and for a failed allocation;
     * malloc's ENOMEM tells them apart, so that a file is never called
     * broken (and set aside) because memory ran out while reading it. */
    errno = 0;
    cJSON *root = cJSON_ParseWithLength(text, len);
    if (!root && errno == ENOMEM) {
        bd_set_err(err, errlen, "%s: out of memory", path);
        free(text);
        errno = ENOMEM;
        return NULL;
    }
    if (!root) {
        const char *ep = cJSON_GetErrorPtr();
        size_t off = (ep && ep >= text && ep <= text + len) ? (size_t)(ep - text) : len;
        size_t sn = snippet_len(text + off);
        if (sn)
            bd_set_err(err, errlen, "%s:%d: invalid JSON near \"%.*s\"", path, line_of(text, off),
                       (int)sn, text + off);
        else
            bd_set_err(err, errlen, "%s:%d: invalid JSON (unexpected end)", path, line_of(text, off));
    } else if (!cJSON_IsObject(root)) {
        bd_set_err(err, errlen, "%s: expected a JSON object at the top level", path);
        cJSON_Delete(root);
        root = NULL;
    }
    free(text);
    errno = root ? 0 : EINVAL;
    return root;
}
