/*
 * locale — the game's on-screen strings, by key, in English or Japanese.
 *
 * Strings live in assets/locale/<lang>.json as one flat object. English is
 * always loaded as the fallback, and a missing key comes back as the key
 * itself: a wrong or untranslated label shows up on screen where a tester
 * sees it, instead of crashing or showing nothing. Broken files are reported
 * and skipped; the game always gets a usable locale.
 */
#include "core/core.h"

#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *key;
    char *value;
} entry;

typedef struct {
    entry *items;   /* sorted by key for bsearch */
    size_t count;
} table;

struct locale {
    char lang[8];   /* the language in effect ("en" if the chosen one failed) */
    table chosen;   /* empty when lang is "en": en holds everything */
    table en;
    /* Lookups of keys the language lacks (a test's evidence that every
     * string shown exists): how many, and the first. */
    size_t missing;
    char first_missing[64];
};

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->key, ((const entry *)b)->key);
}

static void table_free(table *t)
{
    for (size_t i = 0; i < t->count; i++) {
        free(t->items[i].key);
        free(t->items[i].value);
    }
    free(t->items);
    t->items = NULL;
    t->count = 0;
}

/* Loads one file into t. Returns 0 on success, -1 (with err) if the file is
 * missing or not valid JSON; non-string values are reported and skipped. */
static int table_load(table *t, const char *path, char *err, size_t errlen)
{
    char readerr[BD_ERR_LEN];
    cJSON *root = json_read_object(path, readerr, sizeof readerr);
    if (!root) {
        bd_add_err(err, errlen, "%s", readerr);
        return -1;
    }

    size_t n = (size_t)cJSON_GetArraySize(root);
    t->items = calloc(n ? n : 1, sizeof *t->items);
    if (!t->items) {
        bd_add_err(err, errlen, "%s: out of memory", path);
        cJSON_Delete(root);
        return -1;
    }
    const cJSON *it;
    cJSON_ArrayForEach(it, root) {
        if (!cJSON_IsString(it) || !it->string) {
            bd_add_err(err, errlen, "%s: \"%s\" is not a string; ignored", path,
                    it->string ? it->string : "?");
            continue;
        }
        char *k = strdup(it->string), *v = strdup(it->valuestring);
        if (!k || !v) {
            free(k);
            free(v);
            bd_add_err(err, errlen, "%s: out of memory", path);
            break;
        }
        t->items[t->count].key = k;
        t->items[t->count].value = v;
        t->count++;
    }
    cJSON_Delete(root);
    if (t->count > 1)
        qsort(t->items, t->count, sizeof *t->items, cmp_entry);
    return 0;
}

static const char *table_find(const table *t, const char *key)
{
    if (!t->count)
        return NULL;
    entry probe = { (char *)key, NULL };
    const entry *e = bsearch(&probe, t->items, t->count, sizeof *t->items, cmp_entry);
    return e ? e->value : NULL;
}

/* Language codes become file names, so only short lowercase names pass:
 * nothing like "../x" can reach the file system. */
static int lang_name_ok(const char *lang)
{
    size_t n = strlen(lang);
    if (n < 2 || n > 7)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((lang[i] < 'a' || lang[i] > 'z') && lang[i] != '_' && lang[i] != '-')
            return 0;
    return 1;
}

locale *locale_load(const char *data_dir, const char *lang, char *err, size_t errlen)
{
    if (err && errlen)
        err[0] = '\0';
    locale *loc = calloc(1, sizeof *loc);
    if (!loc) {
        bd_add_err(err, errlen, "locale: out of memory");
        return NULL;
    }
    snprintf(loc->lang, sizeof loc->lang, "en");
    if (!data_dir)
        data_dir = ".";
    if (!lang || !*lang)
        lang = "en";

    char path[4200];
    snprintf(path, sizeof path, "%s/assets/locale/en.json", data_dir);
    table_load(&loc->en, path, err, errlen);  /* failures leave en empty: keys show */

    if (strcmp(lang, "en") == 0)
        return loc;
    if (!lang_name_ok(lang)) {
        bd_add_err(err, errlen, "unknown language \"%s\"; using English", lang);
        return loc;
    }
    snprintf(path, sizeof path, "%s/assets/locale/%s.json", data_dir, lang);
    if (!file_exists(path)) {
        bd_add_err(err, errlen, "unknown language \"%s\" (no %s); using English", lang, path);
        return loc;
    }
    if (table_load(&loc->chosen, path, err, errlen) == 0)
        snprintf(loc->lang, sizeof loc->lang, "%s", lang);
    else
        table_free(&loc->chosen);
    return loc;
}

const char *locale_get(const locale *loc, const char *key)
{
    if (!key)
        return "";
    if (!loc)
        return key;
    const char *s = strcmp(loc->lang, "en") == 0 ? NULL : table_find(&loc->chosen, key);
    int translated = s != NULL || strcmp(loc->lang, "en") == 0;
    if (!s)
        s = table_find(&loc->en, key);
    if (!s || !translated) {
        /* The struct is the caller's own allocation: counting a miss in a
         * lookup the API presents as read-only changes nothing it reads. */
        locale *m = (locale *)loc;
        if (m->missing++ == 0)
            snprintf(m->first_missing, sizeof m->first_missing, "%s", key);
    }
    return s ? s : key;
}

size_t locale_missing(const locale *loc, const char **first)
{
    if (first)
        *first = loc && loc->missing ? loc->first_missing : NULL;
    return loc ? loc->missing : 0;
}

int locale_has(const locale *loc, const char *key)
{
    if (!loc || !key)
        return 0;
    const table *t = strcmp(loc->lang, "en") == 0 ? &loc->en : &loc->chosen;
    return table_find(t, key) != NULL;
}

const char *locale_lang(const locale *loc)
{
    return loc ? loc->lang : "en";
}

void locale_free(locale *loc)
{
    if (!loc)
        return;
    table_free(&loc->chosen);
    table_free(&loc->en);
    free(loc);
}

const char *locale_from_env(void)
{
    /* POSIX precedence: LC_ALL overrides LC_MESSAGES overrides LANG. */
    static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
    for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v)
            return strncmp(v, "ja", 2) == 0 ? "ja" : "en";
    }
    return "en";
}
