/*
 * test_scn_summary — reading id and title from scenario files.
 *
 * The fixtures in tests/fixtures/scenarios are good files (titles as a table
 * of languages, English only, a plain string) and broken or hostile ones;
 * every broken one must give an entry whose error names the file and line,
 * and a scan of the folder must list them all, sorted, without stopping.
 */
#include "check.h"
#include "script/script.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define FIXTURES BD_SOURCE_DIR "/tests/fixtures/scenarios"


static void test_good_titles(void)
{
    scn_summary s = scn_summary_read(FIXTURES "/good.lua", "en");
    CHECK(s.error == NULL);
    CHECK_STR(s.path, FIXTURES "/good.lua");
    CHECK_STR(s.id, "fixture-good");
    CHECK_STR(s.title, "Phishing at the front desk");
    scn_summary_free(&s);
    CHECK(s.path == NULL && s.title == NULL);

    s = scn_summary_read(FIXTURES "/good.lua", "ja");
    CHECK_STR(s.title, "受付でのフィッシング");
    scn_summary_free(&s);

    const char *to_en[] = {"fr", "", NULL};
    for (size_t i = 0; i < 3; i++) {
        s = scn_summary_read(FIXTURES "/good.lua", to_en[i]);
        CHECK_STR(s.title, "Phishing at the front desk");
        scn_summary_free(&s);
    }

    s = scn_summary_read(FIXTURES "/en_only.lua", "ja");
    CHECK(s.error == NULL);
    CHECK_STR(s.title, "English only");
    scn_summary_free(&s);

    s = scn_summary_read(FIXTURES "/plain_title.lua", "ja");
    CHECK(s.error == NULL);
    CHECK_STR(s.id, "fixture-plain");
    CHECK_STR(s.title, "Plain title");
    scn_summary_free(&s);
}

static void check_broken(const char *name, const char *expect)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", FIXTURES, name);
    scn_summary s = scn_summary_read(path, "en");
    CHECK_STR(s.path, path);
    CHECK(s.title == NULL);
    CHECK(s.id == NULL);
    CHECK_HAS(s.error, expect);
    if (s.error)
        CHECK(strchr(s.error, '\n') == NULL);
    scn_summary_free(&s);
}

static void test_broken_files(void)
{
    check_broken("bad_title.lua", "bad_title.lua:4: title must be a string or a table of languages");
    check_broken("broken_syntax.lua", "broken_syntax.lua:4:");
    check_broken("runtime_error.lua", "runtime_error.lua:3: attempt to index a nil value");
    check_broken("endless_loop.lua", "endless_loop.lua:3: instruction budget exceeded");
    check_broken("memory_bomb.lua", "memory_bomb.lua:3: out of memory (scenario memory cap of 64 MiB exceeded)");
    check_broken("not_table.lua", "not_table.lua:3: a scenario file must return a table, not string");
    check_broken("missing.lua", "missing.lua");
    /* The full path leads the messages we word ourselves. */
    scn_summary s = scn_summary_read(FIXTURES "/bad_title.lua", "en");
    CHECK(s.error && strncmp(s.error, FIXTURES "/bad_title.lua:4: ", strlen(FIXTURES) + 18) == 0);
    scn_summary_free(&s);
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static void test_scan_fixtures(void)
{
    static const char *const names[] = {
        "bad_title.lua", "broken_syntax.lua", "en_only.lua", "endless_loop.lua", "good.lua",
        "memory_bomb.lua", "not_table.lua", "plain_title.lua", "runtime_error.lua",
    };
    static const int ok[] = {0, 0, 1, 0, 1, 0, 0, 1, 0};
    const size_t n = sizeof names / sizeof names[0];
    scn_summary *list = NULL;
    size_t count = scn_summary_scan(FIXTURES, "ja", &list);
    CHECK_INT(count, n);
    CHECK(list != NULL);
    for (size_t i = 0; list && i < count && i < n; i++) {
        CHECK_STR(base_name(list[i].path), names[i]);
        CHECK_INT(list[i].error == NULL, ok[i]);
        CHECK_INT(list[i].title != NULL, ok[i]);
        if (list[i].error)
            CHECK_HAS(list[i].error, names[i]);
    }
    if (count == n)
        CHECK_STR(list[4].title, "受付でのフィッシング");
    scn_summary_free_all(list, count);

    list = (scn_summary *)&list;
    CHECK_INT(scn_summary_scan(FIXTURES "/no-such-folder", "en", &list), 0);
    CHECK(list == NULL);
    scn_summary_free_all(NULL, 0);
}

static void put(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

/* Only regular *.lua files, no dot files, sorted by name. */
static void test_scan_filters(void)
{
    const char *dir = BD_TEST_TMP "/scn_scan";
    mkdir(BD_TEST_TMP, 0777);
    mkdir(dir, 0777);
    const char *files[] = {"b.lua", "a.lua", "notes.txt", ".hidden.lua", "lua"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char p[1024];
        snprintf(p, sizeof p, "%s/%s", dir, files[i]);
        put(p, "return { id = 'x', title = 'X' }\n");
    }
    char sub[1024];
    snprintf(sub, sizeof sub, "%s/folder.lua", dir);
    mkdir(sub, 0777);

    scn_summary *list = NULL;
    size_t count = scn_summary_scan(dir, "en", &list);
    CHECK_INT(count, 2);
    if (count == 2) {
        CHECK_STR(base_name(list[0].path), "a.lua");
        CHECK_STR(base_name(list[1].path), "b.lua");
        CHECK_STR(list[1].title, "X");
    }
    scn_summary_free_all(list, count);

    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char p[1024];
        snprintf(p, sizeof p, "%s/%s", dir, files[i]);
        unlink(p);
    }
    rmdir(sub);
    rmdir(dir);
}

/* Wording and lines of the other content errors, and raw reads: a title
 * served by a metatable is not a title, and reading it runs no code. */
static void test_content_errors(void)
{
    const char *path = BD_TEST_TMP "/scn_content.lua";
    mkdir(BD_TEST_TMP, 0777);
    put(path, "-- no id\nreturn {\n  title = 'T',\n}\n");
    scn_summary s = scn_summary_read(path, "en");
    CHECK_STR(s.error, BD_TEST_TMP "/scn_content.lua:2: id must be a string (it is nil)");
    scn_summary_free(&s);

    put(path, "return {\n  id = 7,\n  title = 'T' }\n");
    s = scn_summary_read(path, "en");
    CHECK_STR(s.error, BD_TEST_TMP "/scn_content.lua:2: id must be a string (it is number)");
    scn_summary_free(&s);

    put(path, "return setmetatable({ id = 'x' }, { __index = function() while true do end end })\n");
    s = scn_summary_read(path, "en");
    CHECK_STR(s.error, BD_TEST_TMP "/scn_content.lua:1: title must be a string or a table of languages");
    scn_summary_free(&s);

    put(path, "return { id = 'x', title = { ja = 'J' } }\n");
    s = scn_summary_read(path, "ja");
    CHECK_STR(s.title, "J");
    scn_summary_free(&s);
    s = scn_summary_read(path, "en");
    CHECK_HAS(s.error, "scn_content.lua:1: title must be a string or a table of languages");
    scn_summary_free(&s);
    unlink(path);
}

/* The list's extras: organisation and date in the language asked for
 * (English when it has none), minutes; NULL and 0 when absent. */
static void test_extras(void)
{
    const char *path = BD_TEST_TMP "/scn_extras.lua";
    mkdir(BD_TEST_TMP, 0777);
    put(path, "return { id = 'x', title = 'X', minutes = 7.5,\n"
              "  incident = { org = { en = 'Port', ja = '港' }, when = '2023-07' } }\n");
    scn_summary s = scn_summary_read(path, "ja");
    CHECK(s.error == NULL);
    CHECK_STR(s.org, "港");
    CHECK_STR(s.when, "2023-07");
    CHECK(s.minutes == 7.5);
    scn_summary_free(&s);
    s = scn_summary_read(path, "en");
    CHECK_STR(s.org, "Port");
    scn_summary_free(&s);
    put(path, "return { id = 'x', title = 'X', incident = { org = 5 } }\n");
    s = scn_summary_read(path, "en");
    CHECK(s.error == NULL && s.org == NULL && s.when == NULL && s.minutes == 0);
    scn_summary_free(&s);
    unlink(path);
}

/* A scenario whose modes leave out "training" is for the kiosk only: the
 * training list leaves it out. No modes, or modes with "training", is not. */
static void test_kiosk_only(void)
{
    const char *path = BD_TEST_TMP "/scn_modes.lua";
    mkdir(BD_TEST_TMP, 0777);
    const struct { const char *modes; int kiosk_only; } cases[] = {
        { "", 0 },
        { "modes = { 'training' },", 0 },
        { "modes = { 'kiosk', 'training' },", 0 },
        { "modes = { 'kiosk' },", 1 },
        { "modes = 'kiosk',", 0 },   /* not a list: validate's business, listed */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[256];
        snprintf(text, sizeof text, "return { id = 'm', title = 'M', %s }\n", cases[i].modes);
        put(path, text);
        scn_summary s = scn_summary_read(path, "en");
        CHECK(s.error == NULL);
        CHECK_INT(s.kiosk_only, cases[i].kiosk_only);
        scn_summary_free(&s);
    }
    unlink(path);
}

int main(void)
{
    test_good_titles();
    test_broken_files();
    test_scan_fixtures();
    test_scan_filters();
    test_content_errors();
    test_kiosk_only();
    test_extras();
    return check_done();
}
