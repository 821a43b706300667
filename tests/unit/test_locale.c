/* test_locale — the shipped en/ja files, fallback to English and to the key,
 * broken and missing files, unknown languages, locale_from_env. */
#include "core/core.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DIR_L BD_TEST_TMP "/locale"

static void write_text(const char *path, const char *text)
{
    char err[BD_ERR_LEN];
    CHECK_INT(file_write_atomic(path, text, strlen(text), err, sizeof err), 0);
}

/* A data folder under the test tmp with the given en/ja contents (NULL: no file). */
static void make_data(const char *name, const char *en, const char *ja, char *out, size_t outlen)
{
    char err[BD_ERR_LEN], dir[4096], f[4200];
    snprintf(out, outlen, "%s/%s", DIR_L, name);
    snprintf(dir, sizeof dir, "%s/assets/locale", out);
    CHECK_INT(dir_make_all(dir, err, sizeof err), 0);
    snprintf(f, sizeof f, "%s/en.json", dir);
    if (en) write_text(f, en); else unlink(f);
    snprintf(f, sizeof f, "%s/ja.json", dir);
    if (ja) write_text(f, ja); else unlink(f);
}

static void test_shipped(void)
{
    char err[BD_ERR_LEN] = "";
    locale *en = locale_load(BD_SOURCE_DIR, "en", err, sizeof err);
    CHECK(en != NULL);
    CHECK_STR(err, "");
    CHECK_STR(locale_lang(en), "en");
    CHECK_STR(locale_get(en, "title.play"), "Play");
    CHECK_STR(locale_get(en, "app.title"), "BreachDrill");
    CHECK(locale_has(en, "hint.keys"));
    CHECK(!locale_has(en, "no.such.key"));
    CHECK_STR(locale_get(en, "no.such.key"), "no.such.key");

    locale *ja = locale_load(BD_SOURCE_DIR, "ja", err, sizeof err);
    CHECK(ja != NULL);
    CHECK_STR(err, "");
    CHECK_STR(locale_lang(ja), "ja");
    CHECK_STR(locale_get(ja, "title.play"), "プレイ");
    CHECK_STR(locale_get(ja, "list.back"), "戻る");

    /* Every English key has a Japanese translation. */
    static const char *const keys[] = {
        "app.title", "app.tagline", "title.play", "title.settings", "title.quit",
        "title.language", "list.heading", "list.empty", "list.broken", "list.back",
        "hint.keys", "list.examples",
    };
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        CHECK(locale_has(en, keys[i]));
        CHECK(locale_has(ja, keys[i]));
    }
    /* list.empty is a format string with exactly one %s in both. */
    CHECK(strstr(locale_get(en, "list.empty"), "%s") != NULL);
    CHECK(strstr(locale_get(ja, "list.empty"), "%s") != NULL);
    locale_free(en);
    locale_free(ja);
}

static void test_fallbacks(void)
{
    char err[BD_ERR_LEN] = "", data[4096];
    make_data("partial", "{\"a\": \"A-en\", \"b\": \"B-en\", \"n\": 5}",
              "{\"a\": \"A-ja\"}", data, sizeof data);
    locale *loc = locale_load(data, "ja", err, sizeof err);
    CHECK(loc != NULL);
    CHECK(strstr(err, "en.json") && strstr(err, "\"n\""));  /* non-string reported */
    CHECK_STR(locale_lang(loc), "ja");
    CHECK_STR(locale_get(loc, "a"), "A-ja");
    CHECK_STR(locale_get(loc, "b"), "B-en");    /* missing in ja: English */
    CHECK_STR(locale_get(loc, "c"), "c");       /* missing everywhere: the key */
    /* Both lookups are counted as missing, the first named. */
    const char *first = NULL;
    CHECK_INT(locale_missing(loc, &first), 2);
    CHECK_STR(first, "b");
    CHECK_STR(locale_get(loc, "n"), "n");
    CHECK(locale_has(loc, "a"));
    CHECK(!locale_has(loc, "b"));               /* has = in the chosen language */
    locale_free(loc);

    /* Unknown language: English, with a message. */
    err[0] = '\0';
    loc = locale_load(data, "fr", err, sizeof err);
    CHECK(loc != NULL);
    CHECK(strstr(err, "fr") != NULL);
    CHECK_STR(locale_lang(loc), "en");
    CHECK_STR(locale_get(loc, "a"), "A-en");
    locale_free(loc);

    /* Names that could escape the folder are refused, not opened. */
    err[0] = '\0';
    loc = locale_load(data, "../../x", err, sizeof err);
    CHECK(loc != NULL && err[0] != '\0');
    CHECK_STR(locale_get(loc, "a"), "A-en");
    locale_free(loc);

    /* Empty or NULL language means English. */
    loc = locale_load(data, NULL, err, sizeof err);
    CHECK_STR(locale_lang(loc), "en");
    locale_free(loc);

    CHECK_STR(locale_get(NULL, "k"), "k");
    locale_free(NULL);
}

static void test_broken(void)
{
    char err[BD_ERR_LEN] = "", data[4096], want[4300];
    /* Broken ja.json (error on line 3): English carries on. */
    make_data("brokenja", "{\"a\": \"A-en\"}", "{\n  \"a\": \"A-ja\",\n  \"b\" \"oops\"\n}\n",
              data, sizeof data);
    locale *loc = locale_load(data, "ja", err, sizeof err);
    CHECK(loc != NULL);
    snprintf(want, sizeof want, "%s/assets/locale/ja.json:3: ", data);
    CHECK(strncmp(err, want, strlen(want)) == 0);
    if (strncmp(err, want, strlen(want)) != 0)
        fprintf(stderr, "  message was: %s\n", err);
    CHECK_STR(locale_lang(loc), "en");
    CHECK_STR(locale_get(loc, "a"), "A-en");
    locale_free(loc);

    /* Broken en.json: ja still works, keys show through for the rest. */
    make_data("brokenen", "{\"a\": ", "{\"a\": \"A-ja\"}", data, sizeof data);
    err[0] = '\0';
    loc = locale_load(data, "ja", err, sizeof err);
    CHECK(loc != NULL);
    CHECK(strstr(err, "en.json:1: ") != NULL);
    CHECK_STR(locale_get(loc, "a"), "A-ja");
    CHECK_STR(locale_get(loc, "b"), "b");
    locale_free(loc);

    /* No locale files at all: still a locale, returning keys. */
    make_data("none", NULL, NULL, data, sizeof data);
    err[0] = '\0';
    loc = locale_load(data, "en", err, sizeof err);
    CHECK(loc != NULL);
    CHECK(strstr(err, "en.json") != NULL);
    CHECK_STR(locale_get(loc, "title.play"), "title.play");
    locale_free(loc);
}

static void test_env(void)
{
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    unsetenv("LANG");
    CHECK_STR(locale_from_env(), "en");
    setenv("LANG", "ja_JP.UTF-8", 1);
    CHECK_STR(locale_from_env(), "ja");
    setenv("LC_MESSAGES", "en_GB.UTF-8", 1);
    CHECK_STR(locale_from_env(), "en");        /* LC_MESSAGES beats LANG */
    setenv("LC_ALL", "ja_JP", 1);
    CHECK_STR(locale_from_env(), "ja");        /* LC_ALL beats both */
    setenv("LC_ALL", "", 1);
    CHECK_STR(locale_from_env(), "en");        /* empty is unset: LC_MESSAGES */
    setenv("LC_MESSAGES", "", 1);
    CHECK_STR(locale_from_env(), "ja");        /* then LANG */
    setenv("LANG", "C", 1);
    CHECK_STR(locale_from_env(), "en");
}

int main(void)
{
    char err[BD_ERR_LEN] = "";
    CHECK_INT(dir_make_all(DIR_L, err, sizeof err), 0);
    test_shipped();
    test_fallbacks();
    test_broken();
    test_env();
    return check_done();
}
