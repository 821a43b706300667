/* test_kiosk_config — the kiosk's settings: defaults, a round trip of every
 * key, bad values that cost only their key, a corrupt file kept aside, the
 * file's mode (0600, and the temp file never wider), the PIN and the
 * back-off after wrong PINs. */
#include "core/core.h"
#include "check.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define DIR_K BD_TEST_TMP "/kiosk_config"

/* ---- Watching the modes file writes give their temp files --------------- */

/* file_write_atomic_mode creates the temp file with mkstemp (0600) and then
 * fchmods it. Defining fchmod here puts this one in front of libc's (the
 * program's own symbol wins), so the test sees every mode the temp file is
 * given and how many bytes it held at that moment. */
static int watching, fchmod_calls, fchmod_wider, fchmod_after_data;

int fchmod(int fd, mode_t mode)
{
    if (watching) {
        struct stat st;
        fchmod_calls++;
        if (mode & 077)
            fchmod_wider++;
        if (fstat(fd, &st) == 0 && st.st_size > 0)
            fchmod_after_data++;
    }
    return (int)syscall(SYS_fchmod, fd, mode);
}

/* ---- Helpers ------------------------------------------------------------- */

static void write_text(const char *path, const char *text)
{
    char err[BD_ERR_LEN];
    CHECK_INT(file_write_atomic(path, text, strlen(text), err, sizeof err), 0);
}

/* Empties dir (files and folders in it), keeping dir. */
static void clean_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
            clean_dir(p);
            rmdir(p);
        } else {
            unlink(p);
        }
    }
    closedir(d);
}

/* How many entries of dir start with prefix; the last one's name in out. */
static int count_prefix(const char *dir, const char *prefix, char *out, size_t outlen)
{
    int n = 0;
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0) {
            n++;
            if (out)
                snprintf(out, outlen, "%s/%s", dir, e->d_name);
        }
    }
    closedir(d);
    return n;
}

static unsigned mode_of(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (unsigned)(st.st_mode & 07777) : 0xFFFFu;
}

static void check_defaults(const kiosk_config *c)
{
    CHECK_STR(c->language, "");
    CHECK_INT(c->fullscreen, 1);
    CHECK_INT(c->idle_seconds, 45);
    CHECK_INT(c->still_there_seconds, 10);
    CHECK_INT(c->decision_seconds, 0);
    CHECK_INT(c->attract_card_seconds, 8);
    CHECK_INT(c->n_scenarios, 0);
    CHECK_INT(c->scenario_pick, KIOSK_PICK_CHOOSE);
    CHECK_INT(c->leaderboard_scope, KIOSK_BOARD_DAY);
    CHECK_STR(c->event, "");
    CHECK_INT(c->leaderboard_size, 10);
    CHECK_STR(c->export_dir, "");
    CHECK_STR(c->pin_hash, "");
}

/* A syntactically valid Argon2id string (of the password "x"), so that
 * round trips need no hashing. */
#define SOME_HASH "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$" \
                  "Zc0sP5Ku7ZyA8mqbM0qgpCIqKmbXFbTAd8UgeTHnNKk"

/* ---- Tests --------------------------------------------------------------- */

static void test_defaults_and_missing(void)
{
    kiosk_config c;
    memset(&c, 0x5a, sizeof c);
    kiosk_config_defaults(&c);
    check_defaults(&c);

    char warn[BD_ERR_LEN] = "junk";
    memset(&c, 0x5a, sizeof c);
    CHECK_INT(kiosk_config_load(DIR_K "/none.json", &c, warn, sizeof warn), 1);
    CHECK_STR(warn, "");
    check_defaults(&c);

    /* An empty object is a file with every default. */
    write_text(DIR_K "/empty.json", "{}");
    strcpy(warn, "junk");
    CHECK_INT(kiosk_config_load(DIR_K "/empty.json", &c, warn, sizeof warn), 0);
    CHECK_STR(warn, "");
    check_defaults(&c);
}

static void test_round_trip(void)
{
    char err[BD_ERR_LEN] = "", warn[BD_ERR_LEN] = "junk";
    const char *path = DIR_K "/sub/dir/kiosk.json";   /* folders are created */
    kiosk_config c, d;
    kiosk_config_defaults(&c);
    strcpy(c.language, "ja");
    c.fullscreen = 0;
    c.idle_seconds = 600;
    c.still_there_seconds = 5;
    c.decision_seconds = 30;
    c.attract_card_seconds = 12;
    strcpy(c.scenarios[0], "nagoya-port-2023");
    strcpy(c.scenarios[1], "jaxa-2023");
    c.n_scenarios = 2;
    c.scenario_pick = KIOSK_PICK_RANDOM;
    c.leaderboard_scope = KIOSK_BOARD_EVENT;
    strcpy(c.event, "セキュリティ展 2026");
    c.leaderboard_size = 25;
    strcpy(c.export_dir, "/media/usb/breachdrill");
    strcpy(c.pin_hash, SOME_HASH);
    CHECK_INT(kiosk_config_save(path, &c, err, sizeof err), 0);
    CHECK_STR(err, "");

    memset(&d, 0x5a, sizeof d);
    CHECK_INT(kiosk_config_load(path, &d, warn, sizeof warn), 0);
    CHECK_STR(warn, "");
    CHECK_STR(d.language, "ja");
    CHECK_INT(d.fullscreen, 0);
    CHECK_INT(d.idle_seconds, 600);
    CHECK_INT(d.still_there_seconds, 5);
    CHECK_INT(d.decision_seconds, 30);
    CHECK_INT(d.attract_card_seconds, 12);
    CHECK_INT(d.n_scenarios, 2);
    CHECK_STR(d.scenarios[0], "nagoya-port-2023");
    CHECK_STR(d.scenarios[1], "jaxa-2023");
    CHECK_INT(d.scenario_pick, KIOSK_PICK_RANDOM);
    CHECK_INT(d.leaderboard_scope, KIOSK_BOARD_EVENT);
    CHECK_STR(d.event, "セキュリティ展 2026");
    CHECK_INT(d.leaderboard_size, 25);
    CHECK_STR(d.export_dir, "/media/usb/breachdrill");
    CHECK_STR(d.pin_hash, SOME_HASH);

    /* The file is JSON a person can read and edit, with the documented keys. */
    char *text = file_read_all(path, NULL, err, sizeof err);
    CHECK(text && strstr(text, "\"idle_seconds\":\t600"));
    CHECK(text && strstr(text, "\"leaderboard_scope\":\t\"event\""));
    CHECK(text && strstr(text, "\"scenario_pick\":\t\"random\""));
    CHECK(text && text[strlen(text) - 1] == '\n');
    free(text);

    /* The other values of the enums and the far ends of the bounds. */
    c.leaderboard_scope = KIOSK_BOARD_ALL;
    c.scenario_pick = KIOSK_PICK_CHOOSE;
    c.idle_seconds = 15;
    c.still_there_seconds = 60;
    c.decision_seconds = 120;
    c.attract_card_seconds = 3;
    c.leaderboard_size = 50;
    strcpy(c.language, "en");
    CHECK_INT(kiosk_config_save(path, &c, err, sizeof err), 0);
    CHECK_INT(kiosk_config_load(path, &d, warn, sizeof warn), 0);
    CHECK_STR(warn, "");
    CHECK_INT(d.leaderboard_scope, KIOSK_BOARD_ALL);
    CHECK_INT(d.scenario_pick, KIOSK_PICK_CHOOSE);
    CHECK_INT(d.idle_seconds, 15);
    CHECK_INT(d.still_there_seconds, 60);
    CHECK_INT(d.decision_seconds, 120);
    CHECK_INT(d.attract_card_seconds, 3);
    CHECK_INT(d.leaderboard_size, 50);
    CHECK_STR(d.language, "en");

    /* Defaults round-trip too ("" strings and the empty list must survive). */
    kiosk_config_defaults(&c);
    CHECK_INT(kiosk_config_save(path, &c, err, sizeof err), 0);
    memset(&d, 0x5a, sizeof d);
    CHECK_INT(kiosk_config_load(path, &d, warn, sizeof warn), 0);
    CHECK_STR(warn, "");
    check_defaults(&d);

    /* Every kiosk scenario may be listed: the full list round-trips. */
    for (int i = 0; i < KIOSK_MAX_SCENARIOS; i++)
        snprintf(c.scenarios[i], sizeof c.scenarios[i], "s-%d", i);
    c.n_scenarios = KIOSK_MAX_SCENARIOS;
    CHECK_INT(kiosk_config_save(path, &c, err, sizeof err), 0);
    CHECK_INT(kiosk_config_load(path, &d, warn, sizeof warn), 0);
    CHECK_INT(d.n_scenarios, KIOSK_MAX_SCENARIOS);
    CHECK_STR(d.scenarios[KIOSK_MAX_SCENARIOS - 1], "s-31");
}

/* Loads json; every key in keys (NULL-terminated) is named in the one-line
 * warning, which names the file. */
static void load_bad(const char *json, const char *const *keys, kiosk_config *c)
{
    const char *path = DIR_K "/bad.json";
    char warn[BD_ERR_LEN] = "";
    write_text(path, json);
    CHECK_INT(kiosk_config_load(path, c, warn, sizeof warn), 0);
    CHECK(strncmp(warn, path, strlen(path)) == 0);
    CHECK(strchr(warn, '\n') == NULL);
    for (; *keys; keys++) {
        char quoted[80];
        snprintf(quoted, sizeof quoted, "\"%s\"", *keys);
        CHECK_HAS(warn, quoted);
    }
    CHECK_HAS(warn, "(using the default)");
}

static void test_bad_values(void)
{
    kiosk_config c;
    /* Every key wrong (half of them at a time, so that one line of
     * BD_ERR_LEN holds every name): each keeps its default and is named. */
    load_bad("{\"language\": \"fr\", \"fullscreen\": \"yes\", \"idle_seconds\": 14,"
             " \"still_there_seconds\": 61, \"decision_seconds\": 3, \"attract_card_seconds\": 2.5,"
             " \"scenarios\": \"jaxa-2023\"}",
             (const char *const[]){"language", "fullscreen", "idle_seconds",
                                   "still_there_seconds", "decision_seconds",
                                   "attract_card_seconds", "scenarios", NULL}, &c);
    check_defaults(&c);
    load_bad("{\"scenario_pick\": \"first\","
             " \"leaderboard_scope\": \"week\", \"event\": 7, \"leaderboard_size\": 0,"
             " \"export_dir\": \"usb\", \"pin_hash\": \"1234\"}",
             (const char *const[]){"scenario_pick", "leaderboard_scope", "event",
                                   "leaderboard_size", "export_dir", "pin_hash", NULL}, &c);
    check_defaults(&c);

    /* A bad key costs only itself: the good ones still load. */
    load_bad("{\"idle_seconds\": \"45\", \"still_there_seconds\": 20, \"decision_seconds\": 0,"
             " \"leaderboard_size\": 5, \"future_key\": {\"x\": 1}, \"fullscreen\": false}",
             (const char *const[]){"idle_seconds", NULL}, &c);
    CHECK_INT(c.idle_seconds, 45);
    CHECK_INT(c.still_there_seconds, 20);
    CHECK_INT(c.decision_seconds, 0);
    CHECK_INT(c.leaderboard_size, 5);
    CHECK_INT(c.fullscreen, 0);

    /* Values at the edges of what is refused. */
    load_bad("{\"idle_seconds\": 601, \"decision_seconds\": -1, \"leaderboard_size\": 51,"
             " \"attract_card_seconds\": null}",
             (const char *const[]){"idle_seconds", "decision_seconds", "leaderboard_size",
                                   "attract_card_seconds", NULL}, &c);
    check_defaults(&c);
    load_bad("{\"decision_seconds\": 121, \"idle_seconds\": 1e10}",
             (const char *const[]){"decision_seconds", "idle_seconds", NULL}, &c);
    check_defaults(&c);

    /* The list of scenarios: ids only, each once, at most KIOSK_MAX_SCENARIOS;
     * one bad entry costs the whole list (every kiosk scenario is shown). */
    load_bad("{\"scenarios\": [\"jaxa-2023\", \"Nagoya Port\"], \"scenario_pick\": \"random\"}",
             (const char *const[]){"scenarios", NULL}, &c);
    CHECK_INT(c.n_scenarios, 0);
    CHECK_INT(c.scenario_pick, KIOSK_PICK_RANDOM);
    load_bad("{\"scenarios\": [\"jaxa-2023\", \"jaxa-2023\"]}",
             (const char *const[]){"scenarios", NULL}, &c);
    CHECK_INT(c.n_scenarios, 0);
    load_bad("{\"scenarios\": [\"\"]}", (const char *const[]){"scenarios", NULL}, &c);
    char json[4096] = "{\"scenarios\": [";
    for (int i = 0; i <= KIOSK_MAX_SCENARIOS; i++)
        snprintf(json + strlen(json), sizeof json - strlen(json), "%s\"s-%d\"", i ? ", " : "", i);
    strcat(json, "]}");
    load_bad(json, (const char *const[]){"scenarios", NULL}, &c);
    CHECK_INT(c.n_scenarios, 0);

    /* An event's leaderboard needs the event's name. */
    load_bad("{\"leaderboard_scope\": \"event\"}",
             (const char *const[]){"leaderboard_scope", NULL}, &c);
    CHECK_INT(c.leaderboard_scope, KIOSK_BOARD_DAY);
    /* The event's name: short UTF-8 text without control characters. */
    load_bad("{\"event\": \"Expo\\n2026\", \"leaderboard_scope\": \"event\"}",
             (const char *const[]){"event", "leaderboard_scope", NULL}, &c);
    CHECK_STR(c.event, "");
    load_bad("{\"event\": \"0123456789012345678901234567890123456789012345678901234567890123\"}",
             (const char *const[]){"event", NULL}, &c);
    CHECK_STR(c.event, "");
    load_bad("{\"event\": \"\xff\xfe\"}", (const char *const[]){"event", NULL}, &c);

    /* A hash libsodium cannot parse is no PIN: the warning says how to set one. */
    load_bad("{\"pin_hash\": \"$argon2id$v=19$garbage\"}",
             (const char *const[]){"pin_hash", NULL}, &c);
    CHECK_STR(c.pin_hash, "");
    load_bad("{\"pin_hash\": \"$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
             "Zc0sP5Ku7ZyA8mqbM0qgpCIqKmbXFbTAd8UgeTHnNKk\"}",
             (const char *const[]){"pin_hash", NULL}, &c);
    CHECK_STR(c.pin_hash, "");

    /* Saving refuses what loading would not take back, naming the key, and
     * leaves the file as it was. */
    char err[BD_ERR_LEN] = "";
    const char *path = DIR_K "/refused.json";
    kiosk_config_defaults(&c);
    CHECK_INT(kiosk_config_save(path, &c, err, sizeof err), 0);
    c.idle_seconds = 5;
    strcpy(c.language, "fr");
    CHECK_INT(kiosk_config_save(path, &c, err, sizeof err), -1);
    CHECK_HAS(err, path);
    CHECK_HAS(err, "\"idle_seconds\"");
    CHECK_HAS(err, "\"language\"");
    CHECK(strstr(err, "using the default") == NULL);
    kiosk_config d;
    char warn[BD_ERR_LEN];
    CHECK_INT(kiosk_config_load(path, &d, warn, sizeof warn), 0);
    check_defaults(&d);
    kiosk_config_defaults(&c);
    c.leaderboard_scope = KIOSK_BOARD_EVENT;   /* without an event */
    CHECK_INT(kiosk_config_save(path, &c, err, sizeof err), -1);
    CHECK_HAS(err, "\"leaderboard_scope\"");
    kiosk_config_defaults(&c);
    c.leaderboard_scope = (kiosk_board_scope)7;
    CHECK_INT(kiosk_config_save(path, &c, err, sizeof err), -1);
    CHECK_HAS(err, "\"leaderboard_scope\"");
    kiosk_config_defaults(&c);
    c.n_scenarios = KIOSK_MAX_SCENARIOS + 1;
    CHECK_INT(kiosk_config_save(path, &c, err, sizeof err), -1);
    CHECK_HAS(err, path);

    /* A folder that cannot be made: the error names it. */
    write_text(DIR_K "/plain", "x");
    kiosk_config_defaults(&c);
    CHECK_INT(kiosk_config_save(DIR_K "/plain/kiosk.json", &c, err, sizeof err), -1);
    CHECK_HAS(err, DIR_K "/plain");
}

/* Writes text at path, loads it: the file is renamed aside with its
 * contents intact and the defaults are used. */
static void check_set_aside(const char *text, size_t len)
{
    const char *path = DIR_K "/aside/kiosk.json";
    char err[BD_ERR_LEN], warn[BD_ERR_LEN] = "";
    int before = count_prefix(DIR_K "/aside", "kiosk.json.bad-", NULL, 0);
    CHECK_INT(file_write_atomic(path, text, len, err, sizeof err), 0);
    kiosk_config c;
    memset(&c, 0x5a, sizeof c);
    CHECK_INT(kiosk_config_load(path, &c, warn, sizeof warn), 2);
    check_defaults(&c);
    CHECK_HAS(warn, path);
    CHECK_HAS(warn, "kept it as " DIR_K "/aside/kiosk.json.bad-");
    CHECK(access(path, F_OK) != 0);   /* moved, not copied */
    char bad[4096] = "";
    CHECK_INT(count_prefix(DIR_K "/aside", "kiosk.json.bad-", bad, sizeof bad), before + 1);
    /* The warning names the file the contents are in now. */
    char *kept = strstr(warn, "kept it as ");
    char kept_path[4096] = "";
    if (kept)
        sscanf(kept + strlen("kept it as "), "%4095s", kept_path);
    size_t got = 0;
    char *back = file_read_all(kept_path, &got, err, sizeof err);
    CHECK(back != NULL);
    CHECK_INT(got, len);
    CHECK(back && memcmp(back, text, len) == 0);
    free(back);
    /* The next load is a first start. */
    CHECK_INT(kiosk_config_load(path, &c, warn, sizeof warn), 1);
}

static void test_corrupt(void)
{
    char err[BD_ERR_LEN];
    CHECK_INT(dir_make_all(DIR_K "/aside", err, sizeof err), 0);
    const char *torn = "{\n  \"idle_seconds\": 60,\n  \"pin_ha";
    check_set_aside(torn, strlen(torn));
    /* Twice in the same second: the first kept file is not overwritten. */
    static const char junk[] = "\x00\x01garbage\xff";
    check_set_aside(junk, sizeof junk - 1);
    check_set_aside("", 0);
    check_set_aside("[1, 2, 3]\n", 10);
    CHECK_INT(count_prefix(DIR_K "/aside", "kiosk.json.bad-", NULL, 0), 4);

    /* The warning of a parse error says where (file:line). */
    const char *path = DIR_K "/aside/kiosk.json";
    char warn[BD_ERR_LEN] = "";
    write_text(path, "{\n\"idle_seconds\": 60,\n\"fullscreen\": tru\n}\n");
    kiosk_config c;
    CHECK_INT(kiosk_config_load(path, &c, warn, sizeof warn), 2);
    CHECK_HAS(warn, DIR_K "/aside/kiosk.json:3: ");
    CHECK_INT(c.idle_seconds, 45);

    /* Something that is not a file at all is moved aside just the same. */
    CHECK_INT(dir_make_all(path, err, sizeof err), 0);
    CHECK_INT(kiosk_config_load(path, &c, warn, sizeof warn), 2);
    CHECK_HAS(warn, path);
    check_defaults(&c);
    CHECK(!dir_exists(path));

    /* A file that cannot be moved aside (its folder is read-only) still
     * leaves the kiosk running on the defaults. Root ignores the mode. */
    if (geteuid() != 0) {
        const char *ro = DIR_K "/ro";
        CHECK_INT(dir_make_all(ro, err, sizeof err), 0);
        write_text(DIR_K "/ro/kiosk.json", "not json");
        chmod(ro, 0555);
        CHECK_INT(kiosk_config_load(DIR_K "/ro/kiosk.json", &c, warn, sizeof warn), 2);
        CHECK_HAS(warn, "could not keep it aside");
        check_defaults(&c);
        CHECK(file_exists(DIR_K "/ro/kiosk.json"));
        chmod(ro, 0755);
    }
}

static void test_modes(void)
{
    char err[BD_ERR_LEN] = "", warn[BD_ERR_LEN] = "";
    const char *path = DIR_K "/mode/kiosk.json";
    kiosk_config c;
    kiosk_config_defaults(&c);
    strcpy(c.pin_hash, SOME_HASH);

    /* Even with a umask that lets everyone read, the new file is 0600 and
     * its temp file was never given anything wider, before or after the
     * data went in. */
    mode_t old = umask(0);
    watching = 1;
    fchmod_calls = fchmod_wider = fchmod_after_data = 0;
    CHECK_INT(kiosk_config_save(path, &c, err, sizeof err), 0);
    watching = 0;
    umask(old);
    CHECK_INT(mode_of(path), 0600);
    CHECK(fchmod_calls >= 1);
    CHECK_INT(fchmod_wider, 0);
    CHECK_INT(fchmod_after_data, 0);
    CHECK_INT(count_prefix(DIR_K "/mode", "kiosk.json.", NULL, 0), 0);   /* no temp left */

    /* A copy made readable by hand: the load warns, the next save narrows it. */
    CHECK_INT(chmod(path, 0644), 0);
    CHECK_INT(kiosk_config_load(path, &c, warn, sizeof warn), 0);
    CHECK_HAS(warn, path);
    CHECK_HAS(warn, "readable by others");
    CHECK_STR(c.pin_hash, SOME_HASH);
    watching = 1;
    fchmod_calls = fchmod_wider = fchmod_after_data = 0;
    CHECK_INT(kiosk_config_save(path, &c, err, sizeof err), 0);
    watching = 0;
    CHECK_INT(mode_of(path), 0600);
    CHECK_INT(fchmod_wider, 0);
    CHECK_INT(fchmod_after_data, 0);
    CHECK_INT(kiosk_config_load(path, &c, warn, sizeof warn), 0);
    CHECK_STR(warn, "");

    /* No PIN in it: a readable file is no secret, no warning. */
    kiosk_config_defaults(&c);
    CHECK_INT(kiosk_config_save(path, &c, err, sizeof err), 0);
    CHECK_INT(chmod(path, 0644), 0);
    CHECK_INT(kiosk_config_load(path, &c, warn, sizeof warn), 0);
    CHECK_STR(warn, "");

    /* file_write_atomic itself is unchanged: a new file is 0644 (umask
     * aside), an existing one keeps its mode. */
    const char *plain = DIR_K "/mode/plain.txt";
    old = umask(0);
    CHECK_INT(file_write_atomic(plain, "a", 1, err, sizeof err), 0);
    umask(old);
    CHECK_INT(mode_of(plain), 0644);
    CHECK_INT(chmod(plain, 0600), 0);
    CHECK_INT(file_write_atomic(plain, "b", 1, err, sizeof err), 0);
    CHECK_INT(mode_of(plain), 0600);
    CHECK_INT(file_write_atomic_mode(plain, "c", 1, 0640, err, sizeof err), 0);
    CHECK_INT(mode_of(plain), 0640);
    CHECK_INT(dir_make_all(DIR_K "/mode/adir", err, sizeof err), 0);
    CHECK_INT(file_write_atomic_mode(DIR_K "/mode/adir", "c", 1, 0600, err, sizeof err), -1);
    CHECK_HAS(err, DIR_K "/mode/adir");
}

static void test_pin(void)
{
    char err[BD_ERR_LEN] = "", warn[BD_ERR_LEN] = "";
    kiosk_config c;
    kiosk_config_defaults(&c);

    /* No PIN set: nothing matches (the caller decides what that means). */
    CHECK_INT(kiosk_pin_check(&c, "1234"), 0);
    CHECK_INT(kiosk_pin_check(&c, ""), 0);

    /* Refused before any hashing, the config unchanged. */
    const char *refused[] = { "", "123", "123456789", "12a4", " 1234", "1234 ", "12.4",
                              "-123", "\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4" /* Arabic-Indic digits */,
                              "１２３４" /* fullwidth */ };
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
        err[0] = '\0';
        CHECK_INT(kiosk_pin_set(&c, refused[i], err, sizeof err), -1);
        CHECK_HAS(err, "4 to 8 digits");
    }
    CHECK_INT(kiosk_pin_set(&c, NULL, err, sizeof err), -1);
    CHECK_STR(c.pin_hash, "");

    /* Argon2 calls from here on: five, some 0.1 s and 64 MiB each. */
    CHECK_INT(kiosk_pin_set(&c, "20260415", err, sizeof err), 0);
    CHECK(strncmp(c.pin_hash, "$argon2id$", 10) == 0);
    CHECK(strstr(c.pin_hash, "20260415") == NULL);
    CHECK_INT(kiosk_pin_check(&c, "20260415"), 1);
    CHECK_INT(kiosk_pin_check(&c, "20260416"), 0);
    /* Not the PIN's format: refused without hashing. */
    CHECK_INT(kiosk_pin_check(&c, "2026041"), 0);
    CHECK_INT(kiosk_pin_check(&c, "202604150"), 0);
    CHECK_INT(kiosk_pin_check(&c, NULL), 0);
    CHECK_INT(kiosk_pin_check(NULL, "20260415"), 0);

    /* A refused PIN leaves the one set in place. */
    char before[KIOSK_PIN_HASH_LEN];
    memcpy(before, c.pin_hash, sizeof before);
    CHECK_INT(kiosk_pin_set(&c, "12", err, sizeof err), -1);
    CHECK_STR(c.pin_hash, before);

    /* The hash survives a save and a load, and still verifies. */
    const char *path = DIR_K "/pin/kiosk.json";
    CHECK_INT(kiosk_config_save(path, &c, err, sizeof err), 0);
    kiosk_config d;
    CHECK_INT(kiosk_config_load(path, &d, warn, sizeof warn), 0);
    CHECK_STR(warn, "");
    CHECK_STR(d.pin_hash, c.pin_hash);
    CHECK_INT(kiosk_pin_check(&d, "20260415"), 1);

    /* Setting it again: a fresh salt, so a different string. */
    CHECK_INT(kiosk_pin_set(&c, "0000", err, sizeof err), 0);
    CHECK(strcmp(c.pin_hash, before) != 0);
    CHECK(strncmp(c.pin_hash, "$argon2id$", 10) == 0);
}

static int near(double a, double b)
{
    return fabs(a - b) < 1e-9;
}

static void test_backoff(void)
{
    pin_backoff b = {0};
    double t = 1000.0;
    CHECK(near(pin_backoff_wait(&b, t), 0));

    /* Three tries without waiting... */
    pin_backoff_failed(&b, t);
    CHECK(near(pin_backoff_wait(&b, t), 0));
    pin_backoff_failed(&b, t);
    CHECK(near(pin_backoff_wait(&b, t), 0));
    pin_backoff_failed(&b, t);
    CHECK_INT(b.failures, 3);
    /* ...then 5 s, counting down on the caller's clock. */
    CHECK(near(pin_backoff_wait(&b, t), 5));
    CHECK(near(pin_backoff_wait(&b, t + 2), 3));
    CHECK(near(pin_backoff_wait(&b, t + 5), 0));
    CHECK(near(pin_backoff_wait(&b, t + 50), 0));

    /* Doubling with each further failure: 10, 20, 40, 80, 160, then 300. */
    const double want[] = { 10, 20, 40, 80, 160, 300, 300, 300 };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        t += 1000;
        pin_backoff_failed(&b, t);
        CHECK(near(pin_backoff_wait(&b, t), want[i]));
        if (!near(pin_backoff_wait(&b, t), want[i]))
            fprintf(stderr, "  failure %u: wait %g, expected %g\n", b.failures,
                    pin_backoff_wait(&b, t), want[i]);
    }

    /* Capped however many failures there are, without overflowing. */
    b.failures = 4000000000u;
    pin_backoff_failed(&b, t);
    CHECK(near(pin_backoff_wait(&b, t), PIN_BACKOFF_MAX_S));
    b.failures = ~0u;
    pin_backoff_failed(&b, t);
    CHECK_INT(b.failures, ~0u);
    CHECK(near(pin_backoff_wait(&b, t), PIN_BACKOFF_MAX_S));

    /* A clock set back never means a longer wait than the cap. */
    CHECK(near(pin_backoff_wait(&b, t - 100000), PIN_BACKOFF_MAX_S));

    /* The right PIN resets it: three free tries again. */
    pin_backoff_reset(&b);
    CHECK_INT(b.failures, 0);
    CHECK(near(pin_backoff_wait(&b, t), 0));
    pin_backoff_failed(&b, t);
    pin_backoff_failed(&b, t);
    CHECK(near(pin_backoff_wait(&b, t), 0));
    pin_backoff_failed(&b, t);
    CHECK(near(pin_backoff_wait(&b, t), PIN_BACKOFF_FIRST_S));
}

int main(void)
{
    char err[BD_ERR_LEN] = "";
    CHECK_INT(dir_make_all(DIR_K, err, sizeof err), 0);
    clean_dir(DIR_K);
    test_defaults_and_missing();
    test_round_trip();
    test_bad_values();
    test_corrupt();
    test_modes();
    test_backoff();
    test_pin();
    return check_done();
}
