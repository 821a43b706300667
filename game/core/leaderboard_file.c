/*
 * leaderboard_file — the board's file: saved whole and crash-safely after
 * each round, read back all or nothing, and a file that cannot be used set
 * aside with its contents intact (see leaderboard.c for the format and why).
 */
#include "core/leaderboard_int.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- The file ---------------------------------------------------------------- */

/* The board is written as it is walked, a chunk at a time, never as a
 * cJSON tree of all of it: a full board is some 2 MB of JSON, and its tree
 * several times that, built and freed after every round of a kiosk. */
#define LB_CHUNK (64u * 1024u)

typedef struct {
    file_atomic f;
    bd_buf buf;
    size_t total;   /* bytes written to f so far */
    int failed;     /* 1: out of memory (f still open); -1: f already aborted */
} lb_writer;

static void put(lb_writer *w, const char *s, size_t n)
{
    if (!w->failed && bd_buf_add(&w->buf, s, n) != 0)
        w->failed = 1;
}

/* A JSON string as cJSON prints one: '"' and '\\' escaped, the C0 controls
 * as \b \f \n \r \t or \u00XX, every other byte (UTF-8 included) as is. */
static void put_string(lb_writer *w, const char *s)
{
    put(w, "\"", 1);
    for (const char *run = s;; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(w, run, (size_t)(s - run));
        if (!c)
            break;
        char esc[8];
        const char *short_form = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\b' ? "\\b"
                               : c == '\f' ? "\\f" : c == '\n' ? "\\n" : c == '\r' ? "\\r"
                               : c == '\t' ? "\\t" : NULL;
        if (!short_form)
            snprintf(esc, sizeof esc, "\\u%04x", c);
        put(w, short_form ? short_form : esc, strlen(short_form ? short_form : esc));
        run = s + 1;
    }
    put(w, "\"", 1);
}

/* printf into the chunk; the numbers and keys of an entry. */
#define put_fmt(w, ...)                                                    \
    do {                                                                   \
        if (!(w)->failed && bd_buf_printf(&(w)->buf, __VA_ARGS__) != 0)    \
            (w)->failed = 1;                                               \
    } while (0)

/* Hands the chunk to the temp file once it is big enough (or always, at
 * the end); 0, or -1 with err, the temp file then removed. The size limit
 * is checked as the bytes go out: never write what leaderboard_load would
 * refuse (only entries put in lb->v by hand, past leaderboard_add's
 * checks, can get there). */
static int flush(lb_writer *w, int last, char *err, size_t errlen)
{
    if (w->failed == 1) {
        bd_set_err(err, errlen, "%s: out of memory", w->f.path);
        return -1;
    }
    if (!last && w->buf.len < LB_CHUNK)
        return 0;
    w->total += w->buf.len;
    if (w->total > LEADERBOARD_MAX_FILE) {
        bd_set_err(err, errlen, "%s: the board is over %u bytes", w->f.path, LEADERBOARD_MAX_FILE);
        return -1;
    }
    if (file_atomic_write(&w->f, w->buf.data, w->buf.len, err, errlen) != 0) {
        w->failed = -1;
        return -1;
    }
    w->buf.len = 0;
    return 0;
}

int leaderboard_save(const char *path, const leaderboard *lb, char *err, size_t errlen)
{
    if (!path || !*path || !lb) {
        bd_set_err(err, errlen, "%s: invalid arguments", path ? path : "(null)");
        return -1;
    }
    /* The data folder may not exist yet: the kiosk's first round. */
    lb_writer w;
    memset(&w, 0, sizeof w);
    if (file_make_parent(path, err, errlen) < 0 ||
        file_atomic_begin(&w.f, path, file_mode_of(path, 0644), err, errlen) < 0)
        return -1;
    /* Keys in the order cJSON printed them when the file was a tree. */
    put_fmt(&w, "{\"entries\":[");
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < lb->n; i++) {
        const leaderboard_entry *e = &lb->v[i];
        put_fmt(&w, "%s{\"id\":%llu,\"nickname\":", i ? "," : "", (unsigned long long)e->id);
        put_string(&w, e->nickname);
        put_fmt(&w, ",\"scenario\":");
        put_string(&w, e->scenario);
        put_fmt(&w, ",\"score\":%d,\"speed_bonus\":%d,\"when\":%lld,\"day\":", e->score,
                e->speed_bonus, (long long)e->when);
        put_string(&w, e->day);
        put_fmt(&w, ",\"event\":");
        put_string(&w, e->event);
        put_fmt(&w, "}");
        rc = flush(&w, 0, err, errlen);
    }
    /* With its trailing newline, friendly to editors and cat. */
    put_fmt(&w, "],\"v\":%d,\"next_id\":%llu}\n", LB_VERSION,
            (unsigned long long)(lb->next_id ? lb->next_id : 1));
    if (rc == 0)
        rc = flush(&w, 1, err, errlen);
    bd_buf_free(&w.buf);
    if (rc != 0) {
        if (w.failed != -1)
            file_atomic_abort(&w.f);
        return -1;
    }
    return file_atomic_commit(&w.f, err, errlen) < 0 ? -1 : 0;
}

/* Keeps the unusable file at path aside and says so after why: 2,
 * leaderboard_load's answer; -1 when it could not be moved, so that the
 * caller does not save over it. The folder is not synced: should a crash
 * undo the rename, the file is simply found bad and set aside again. */
static int set_aside(const char *path, const char *why, char *warn, size_t warnlen)
{
    char kept[4200], err[BD_ERR_LEN];
    if (file_set_aside(path, kept, sizeof kept, err, sizeof err) < 0) {
        bd_set_err(warn, warnlen, "%s; %s: the leaderboard starts empty and must not be saved "
                   "over it", why, err);
        return -1;
    }
    bd_set_err(warn, warnlen, "%s; kept it as %s and started an empty leaderboard", why, kept);
    return 2;
}

/* An integer member in [min, max]; 0, or -1 when missing, not a number or
 * not a whole one in range. */
static int get_int(const cJSON *o, const char *key, double min, double max, double *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    /* The range first (NaN and infinities fail it), so the cast is defined. */
    if (!cJSON_IsNumber(v) || !(v->valuedouble >= min && v->valuedouble <= max) ||
        v->valuedouble != (double)(long long)v->valuedouble)
        return -1;
    *out = v->valuedouble;
    return 0;
}

/* A string member that fits out with its NUL; 0 or -1. */
static int get_str(const cJSON *o, const char *key, char *out, size_t outlen)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!cJSON_IsString(v) || strlen(v->valuestring) >= outlen)
        return -1;
    memcpy(out, v->valuestring, strlen(v->valuestring) + 1);
    return 0;
}

static int by_id(const void *a, const void *b)
{
    uint64_t x = ((const leaderboard_entry *)a)->id, y = ((const leaderboard_entry *)b)->id;
    return (x > y) - (x < y);
}

/* Fills lb from a parsed file. 0; -1 with why (the file is not a board we
 * can read); -2 when memory ran out. */
static int from_json(const cJSON *root, leaderboard *lb, char *why, size_t whylen)
{
    double v, next;
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, "entries");
    if (!cJSON_IsObject(root)) {
        bd_set_err(why, whylen, "expected a JSON object at the top level");
        return -1;
    }
    if (get_int(root, "v", 0, LB_MAX_EXACT, &v) != 0 || v != LB_VERSION) {
        bd_set_err(why, whylen, "not a leaderboard of version %d", LB_VERSION);
        return -1;
    }
    if (get_int(root, "next_id", 1, LB_MAX_EXACT, &next) != 0 || !cJSON_IsArray(list)) {
        bd_set_err(why, whylen, "\"next_id\" (a whole number >= 1) and \"entries\" (an array) "
                   "are required");
        return -1;
    }
    size_t i = 0;
    const cJSON *o;
    cJSON_ArrayForEach(o, list) {
        leaderboard_entry e;
        double id, score, speed, when;
        char what[BD_ERR_LEN];
        memset(&e, 0, sizeof e);
        i++;
        if (!cJSON_IsObject(o)) {
            bd_set_err(why, whylen, "entry %zu is not an object", i);
            return -1;
        }
        if (get_int(o, "id", 1, LB_MAX_EXACT, &id) != 0 ||
            get_int(o, "score", 0, 100, &score) != 0 ||
            get_int(o, "speed_bonus", 0, INT_MAX, &speed) != 0 ||
            get_int(o, "when", 0, LB_MAX_EXACT, &when) != 0 ||
            get_str(o, "nickname", e.nickname, sizeof e.nickname) != 0 ||
            get_str(o, "scenario", e.scenario, sizeof e.scenario) != 0 ||
            get_str(o, "day", e.day, sizeof e.day) != 0 ||
            get_str(o, "event", e.event, sizeof e.event) != 0) {
            bd_set_err(why, whylen, "entry %zu: a field is missing, of the wrong type or too "
                       "long", i);
            return -1;
        }
        e.id = (uint64_t)id;
        e.score = (int)score;
        e.speed_bonus = (int)speed;
        e.when = (int64_t)when;
        if (lb_check_entry(&e, what, sizeof what) != 0) {
            bd_set_err(why, whylen, "entry %zu: %s", i, what);
            return -1;
        }
        if (bd_grow((void **)&lb->v, &lb->cap, lb->n + 1, sizeof *lb->v) != 0)
            return -2;
        lb->v[lb->n++] = e;
    }
    /* Written oldest first; sorted anyway, so a hand-merged file reads the
     * same, and a repeated id shows up next to its twin. */
    if (lb->n > 1)
        qsort(lb->v, lb->n, sizeof *lb->v, by_id);
    for (size_t k = 1; k < lb->n; k++) {
        if (lb->v[k].id == lb->v[k - 1].id) {
            bd_set_err(why, whylen, "id %llu is used twice", (unsigned long long)lb->v[k].id);
            return -1;
        }
    }
    lb->next_id = (uint64_t)next;
    if (lb->n && lb->v[lb->n - 1].id >= lb->next_id)
        lb->next_id = lb->v[lb->n - 1].id + 1;
    return 0;
}

/* Reads fd to its end, keeping at most LEADERBOARD_MAX_FILE bytes: NULL
 * with *too_big set when there are more (st_size may have lied: the file
 * grew, or it is not what it says), else NULL with errno on a failure. */
static char *read_bounded(int fd, size_t hint, size_t *len, int *too_big)
{
    const size_t most = (size_t)LEADERBOARD_MAX_FILE + 2;  /* one byte over, and the NUL */
    size_t cap = (hint < LEADERBOARD_MAX_FILE ? hint : LEADERBOARD_MAX_FILE) + 2, used = 0;
    char *buf = malloc(cap);
    *too_big = 0;
    if (!buf) {
        errno = ENOMEM;
        return NULL;
    }
    for (;;) {
        if (used + 1 >= cap) {   /* only while cap < most: see the check below */
            size_t ncap = cap > most / 2 ? most : cap * 2;
            char *nb = realloc(buf, ncap);
            if (!nb) {
                free(buf);
                errno = ENOMEM;
                return NULL;
            }
            buf = nb;
            cap = ncap;
        }
        ssize_t n = read(fd, buf + used, cap - 1 - used);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int e = errno;
            free(buf);
            errno = e;
            return NULL;
        }
        if (n == 0)
            break;
        used += (size_t)n;
        if (used > LEADERBOARD_MAX_FILE) {
            free(buf);
            *too_big = 1;
            return NULL;
        }
    }
    buf[used] = '\0';
    *len = used;
    return buf;
}

/* 1-based line of the byte at off, for the warning. */
static int line_at(const char *text, size_t off)
{
    int line = 1;
    for (size_t i = 0; i < off; i++)
        line += text[i] == '\n';
    return line;
}

int leaderboard_load(const char *path, leaderboard *lb, char *warn, size_t warnlen)
{
    char why[BD_ERR_LEN + 64] = "";
    int res_errno = ENOMEM;
    memset(lb, 0, sizeof *lb);
    lb->next_id = 1;
    if (warn && warnlen)
        warn[0] = '\0';
    if (!path || !*path) {
        bd_set_err(warn, warnlen, "leaderboard: no file given: the board is kept in memory only");
        return 2;
    }
    /* O_NONBLOCK: a FIFO put at path must not hang the kiosk in open. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return 1;   /* the first round: an empty board, not an error */
        if (errno == EMFILE || errno == ENFILE || errno == ENOMEM) {
            res_errno = errno;
            goto no_resources;   /* the process's trouble, not the file's */
        }
        bd_set_err(why, sizeof why, "%s: cannot be read: %s", path, strerror(errno));
        return set_aside(path, why, warn, warnlen);
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        /* A folder here is a mistake in the kiosk's setup (the path of the
         * data folder given for the board's file, say): moving a folder that
         * may hold other files would be worse than the mistake, so it stays
         * and saving fails, naming it, until the staff fix the path. */
        close(fd);
        bd_set_err(warn, warnlen, "%s: is a folder or other non-file, left where it is: the "
                   "leaderboard starts empty and cannot be saved there", path);
        return 2;
    }
    if ((uint64_t)st.st_size > LEADERBOARD_MAX_FILE) {
        close(fd);
        bd_set_err(why, sizeof why, "%s: over %u bytes, not read", path, LEADERBOARD_MAX_FILE);
        return set_aside(path, why, warn, warnlen);
    }
    size_t len = 0;
    int too_big = 0;
    char *text = read_bounded(fd, (size_t)st.st_size, &len, &too_big);
    int read_errno = errno;
    close(fd);
    if (!text) {
        if (too_big)
            bd_set_err(why, sizeof why, "%s: over %u bytes, not read", path,
                       LEADERBOARD_MAX_FILE);
        else if (read_errno == ENOMEM)
            goto no_resources;
        else
            bd_set_err(why, sizeof why, "%s: read failed: %s", path, strerror(read_errno));
        return set_aside(path, why, warn, warnlen);
    }

    /* cJSON skips a NUL as if it were a space; in our file one only comes
     * from damage (the zero-filled blocks a power cut can leave on some
     * file systems), so the file is refused rather than half-trusted. */
    const char *nul = memchr(text, '\0', len);
    errno = 0;
    cJSON *root = nul ? NULL : cJSON_ParseWithLength(text, len);
    int rc;
    if (!root && !nul && errno == ENOMEM) {
        /* cJSON's NULL for a failed allocation (malloc's ENOMEM tells it
         * from bad JSON): the file is not at fault and stays in place. */
        rc = -2;
    } else if (nul) {
        bd_set_err(why, sizeof why, "%s:%d: a NUL byte (a damaged file)", path,
                   line_at(text, (size_t)(nul - text)));
        rc = -1;
    } else if (!root) {
        const char *ep = cJSON_GetErrorPtr();
        size_t off = ep && ep >= text && ep <= text + len ? (size_t)(ep - text) : len;
        bd_set_err(why, sizeof why, "%s:%d: invalid JSON", path, line_at(text, off));
        rc = -1;
    } else {
        char what[BD_ERR_LEN];
        rc = from_json(root, lb, what, sizeof what);
        if (rc == -1)
            bd_set_err(why, sizeof why, "%s: %s", path, what);
        cJSON_Delete(root);
    }
    free(text);
    if (rc == -2)
        goto no_resources;
    if (rc != 0) {
        leaderboard_free(lb);
        return set_aside(path, why, warn, warnlen);
    }
    if (lb->n > LEADERBOARD_MAX) {
        /* Only a hand-merged file, or one from a version with a larger cap:
         * keep the newest, as leaderboard_add would have. The file itself
         * is rewritten without them at the next save. */
        size_t drop = lb->n - LEADERBOARD_MAX;
        memmove(lb->v, lb->v + drop, LEADERBOARD_MAX * sizeof *lb->v);
        lb->n = LEADERBOARD_MAX;
        bd_set_err(warn, warnlen, "%s: kept the newest %u entries, dropped the %zu oldest",
                   path, LEADERBOARD_MAX, drop);
    }
    return 0;

no_resources:
    /* Not the file's fault (out of memory or file descriptors): it stays
     * where it is, and the caller, told nothing was read, must not save
     * over it. */
    leaderboard_free(lb);
    bd_set_err(warn, warnlen, "%s: cannot read the leaderboard now: %s", path,
               strerror(res_errno));
    return -1;
}
