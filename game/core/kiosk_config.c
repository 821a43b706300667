/*
 * kiosk_config — the event kiosk's settings and the staff PIN.
 *
 * The file is JSON like the player's config and read as forgivingly: a
 * missing file means defaults, a bad value costs only its key (named in one
 * warning line), unknown keys are ignored. A kiosk runs unattended, so a
 * file that cannot be read or parsed never stops it either: the file is
 * renamed aside ("<path>.bad-<unix time>", contents intact, for the staff
 * to look at) and the kiosk starts from the defaults.
 *
 * The file holds the PIN's Argon2id hash, so it is written 0600 from the
 * temp file on (file_write_atomic_mode): no moment, and no temp file left
 * by a crash, where another user could read the hash.
 *
 * Why libsodium's INTERACTIVE limits (about 0.1 s, 64 MiB) and not
 * MODERATE or SENSITIVE: a PIN of 4 to 8 digits has at most 10^8 values,
 * so no cost setting makes guessing a stolen hash infeasible (SENSITIVE
 * would stretch a 4-digit PIN from some 20 minutes to a few hours of one
 * core). What protects the PIN is that the hash is readable only by the
 * kiosk's own account, and the back-off below against guessing on the pad.
 * The higher limits would cost the PIN pad a visible pause (0.7 s to
 * several seconds) and 256 MiB to 1 GiB of memory on a small booth machine,
 * where failing to allocate would lock the staff out. The cost is stored in
 * the hash, so changing it later still verifies old hashes.
 *
 * The back-off is pure logic on the caller's clock, so tests need no sleep.
 */
#include "core/core.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

_Static_assert(KIOSK_PIN_HASH_LEN >= crypto_pwhash_STRBYTES,
               "kiosk_config.pin_hash must hold crypto_pwhash_str's output");

#define PIN_MIN_DIGITS 4
#define PIN_MAX_DIGITS 8

static const char *const SCOPE_NAMES[] = {
    [KIOSK_BOARD_DAY] = "day", [KIOSK_BOARD_EVENT] = "event", [KIOSK_BOARD_ALL] = "all",
};
static const char *const PICK_NAMES[] = {
    [KIOSK_PICK_CHOOSE] = "choose", [KIOSK_PICK_RANDOM] = "random",
};

void kiosk_config_defaults(kiosk_config *c)
{
    memset(c, 0, sizeof *c);
    c->language[0] = '\0';   /* follow the system locale */
    c->fullscreen = 1;
    c->idle_seconds = 45;
    c->still_there_seconds = 10;
    c->decision_seconds = 0;  /* no countdown */
    c->attract_card_seconds = 8;
    c->n_scenarios = 0;       /* every kiosk scenario */
    c->scenario_pick = KIOSK_PICK_CHOOSE;
    c->leaderboard_scope = KIOSK_BOARD_DAY;
    c->leaderboard_size = 10;
}

/* ---- Reading values ------------------------------------------------------ */

/* Where the problems found go: one line, "path: "a" why (using the
 * default); "b" why" when loading, "path: not saved: "a" why; ..." when
 * checking a config about to be saved. */
typedef struct {
    const char *path;
    char *msg;
    size_t msglen;
    int saving;
    int n_bad;
} checker;

static void bad_key(checker *ck, const char *key, const char *why)
{
    if (ck->msg && ck->msglen) {
        if (ck->n_bad == 0)
            bd_set_err(ck->msg, ck->msglen, "%s: %s\"%s\" %s%s", ck->path,
                       ck->saving ? "not saved: " : "", key, why,
                       ck->saving ? "" : " (using the default)");
        else
            bd_add_err(ck->msg, ck->msglen, "\"%s\" %s", key, why);
    }
    ck->n_bad++;
}

/* A whole number in lo..hi (or 0 when zero_ok, for "off"). */
static void read_int(checker *ck, const cJSON *root, const char *key, int lo, int hi,
                     int zero_ok, int *out)
{
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!it)
        return;
    double v = cJSON_IsNumber(it) ? it->valuedouble : -1.0;
    if ((v >= lo && v <= hi && v == (double)(int)v) || (zero_ok && v == 0.0)) {
        *out = (int)v;
        return;
    }
    char why[80];
    if (zero_ok)
        snprintf(why, sizeof why, "must be 0 (off) or a whole number, %d to %d", lo, hi);
    else
        snprintf(why, sizeof why, "must be a whole number, %d to %d", lo, hi);
    bad_key(ck, key, why);
}

static void read_bool(checker *ck, const cJSON *root, const char *key, int *out)
{
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!it)
        return;
    if (!cJSON_IsBool(it)) {
        bad_key(ck, key, "must be true or false");
        return;
    }
    *out = cJSON_IsTrue(it) ? 1 : 0;
}

/* One of names (n of them), as its index. */
static void read_enum(checker *ck, const cJSON *root, const char *key,
                      const char *const *names, int n, const char *why, int *out)
{
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!it)
        return;
    for (int i = 0; cJSON_IsString(it) && i < n; i++) {
        if (strcmp(it->valuestring, names[i]) == 0) {
            *out = i;
            return;
        }
    }
    bad_key(ck, key, why);
}

/* Valid UTF-8 without control characters. */
static int plain_text(const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        if ((cp == 0xFFFD && n == 1) || cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
            return 0;
        i += n;
    }
    return 1;
}

/* A scenario id as scenarios write it: a-z, 0-9 and '-', 1 to 64 bytes. */
static int scenario_id_ok(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 64)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
            return 0;
    return 1;
}

/* What libsodium can verify: an Argon2id string it parses. Reading the
 * parameters costs nothing; no hashing is done. */
static int pin_hash_ok(const char *s)
{
    if (strncmp(s, "$argon2id$", 10) != 0 || strlen(s) >= crypto_pwhash_STRBYTES)
        return 0;
    if (sodium_init() < 0)
        return 0;
    return crypto_pwhash_argon2id_str_needs_rehash(s, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                                   crypto_pwhash_MEMLIMIT_INTERACTIVE) >= 0;
}

static void read_scenarios(checker *ck, const cJSON *root, kiosk_config *c)
{
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(root, "scenarios");
    if (!it)
        return;
    if (!cJSON_IsArray(it)) {
        bad_key(ck, "scenarios", "must be a list of scenario ids");
        return;
    }
    char ids[KIOSK_MAX_SCENARIOS][65];
    size_t n = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, it) {
        char why[160];
        if (!cJSON_IsString(e) || !scenario_id_ok(e->valuestring)) {
            bad_key(ck, "scenarios", "must list scenario ids (a-z, 0-9 and '-', such as "
                                     "\"nagoya-port-2023\")");
            return;
        }
        for (size_t i = 0; i < n; i++) {
            if (strcmp(ids[i], e->valuestring) == 0) {
                snprintf(why, sizeof why, "names \"%s\" twice", e->valuestring);
                bad_key(ck, "scenarios", why);
                return;
            }
        }
        if (n == KIOSK_MAX_SCENARIOS) {
            snprintf(why, sizeof why, "must list at most %d scenarios", KIOSK_MAX_SCENARIOS);
            bad_key(ck, "scenarios", why);
            return;
        }
        snprintf(ids[n++], sizeof ids[0], "%s", e->valuestring);
    }
    memcpy(c->scenarios, ids, n * sizeof ids[0]);
    c->n_scenarios = n;
}

/* Reads every key of root into c (which holds the defaults); each bad one
 * keeps its value in c and is reported. Unknown keys are ignored: a file
 * written by a newer version still works. */
static void from_json(checker *ck, const cJSON *root, kiosk_config *c)
{
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(root, "language");
    if (it) {
        const char *s = cJSON_IsString(it) ? it->valuestring : NULL;
        if (s && (strcmp(s, "en") == 0 || strcmp(s, "ja") == 0 || s[0] == '\0'))
            snprintf(c->language, sizeof c->language, "%s", s);
        else
            bad_key(ck, "language", "must be \"en\", \"ja\" or \"\"");
    }
    read_bool(ck, root, "fullscreen", &c->fullscreen);
    read_int(ck, root, "idle_seconds", 15, 600, 0, &c->idle_seconds);
    read_int(ck, root, "still_there_seconds", 5, 60, 0, &c->still_there_seconds);
    /* Under 5 s a countdown cannot even be read, let alone answered. */
    read_int(ck, root, "decision_seconds", 5, 120, 1, &c->decision_seconds);
    read_int(ck, root, "attract_card_seconds", 3, 60, 0, &c->attract_card_seconds);
    read_scenarios(ck, root, c);

    int v = (int)c->scenario_pick;
    read_enum(ck, root, "scenario_pick", PICK_NAMES, 2, "must be \"choose\" or \"random\"", &v);
    c->scenario_pick = (kiosk_pick)v;

    it = cJSON_GetObjectItemCaseSensitive(root, "event");
    if (it) {
        if (!cJSON_IsString(it) || strlen(it->valuestring) >= sizeof c->event ||
            !plain_text(it->valuestring))
            bad_key(ck, "event", "must be text of at most 63 bytes");
        else
            snprintf(c->event, sizeof c->event, "%s", it->valuestring);
    }

    v = (int)c->leaderboard_scope;
    read_enum(ck, root, "leaderboard_scope", SCOPE_NAMES, 3,
              "must be \"day\", \"event\" or \"all\"", &v);
    /* An event's board needs the event's name, or every visitor of every
     * event would share it. */
    if (v == KIOSK_BOARD_EVENT && c->event[0] == '\0')
        bad_key(ck, "leaderboard_scope", "is \"event\" but \"event\" names no event");
    else
        c->leaderboard_scope = (kiosk_board_scope)v;

    read_int(ck, root, "leaderboard_size", 1, 50, 0, &c->leaderboard_size);

    /* Absolute: a kiosk started by a service has no meaningful current
     * folder. Whether it is mounted is checked when exporting, not here. */
    it = cJSON_GetObjectItemCaseSensitive(root, "export_dir");
    if (it) {
        const char *s = cJSON_IsString(it) ? it->valuestring : NULL;
        if (s && (s[0] == '\0' || (s[0] == '/' && strlen(s) < sizeof c->export_dir &&
                                   plain_text(s))))
            snprintf(c->export_dir, sizeof c->export_dir, "%s", s);
        else
            bad_key(ck, "export_dir", "must be \"\" or a folder from / such as \"/media/usb\"");
    }

    it = cJSON_GetObjectItemCaseSensitive(root, "pin_hash");
    if (it) {
        const char *s = cJSON_IsString(it) ? it->valuestring : NULL;
        if (s && (s[0] == '\0' || pin_hash_ok(s)))
            snprintf(c->pin_hash, sizeof c->pin_hash, "%s", s);
        else
            bad_key(ck, "pin_hash", "is not an Argon2id hash, so no PIN is set "
                                    "(breachdrill kiosk --set-pin)");
    }
}

/* ---- Loading and saving -------------------------------------------------- */

/* Keeps the unusable file at path aside and says so after why. */
static void set_aside(const char *path, const char *why, char *warn, size_t warnlen)
{
    char kept[4200], err[BD_ERR_LEN];
    if (file_set_aside(path, kept, sizeof kept, err, sizeof err) < 0)
        bd_set_err(warn, warnlen, "%s; %s: using the defaults", why, err);
    else
        bd_set_err(warn, warnlen, "%s; kept it as %s and started from the defaults", why, kept);
}

int kiosk_config_load(const char *path, kiosk_config *c, char *warn, size_t warnlen)
{
    kiosk_config_defaults(c);
    if (warn && warnlen)
        warn[0] = '\0';
    struct stat st = {0};
    if (!path || (stat(path, &st) != 0 && errno == ENOENT))
        return 1;   /* first start: defaults, not an error */

    char why[BD_ERR_LEN] = "";
    cJSON *root = json_read_object(path, why, sizeof why);
    if (!root) {
        int oom = errno == ENOMEM;
        if (lstat(path, &st) != 0 && errno == ENOENT)
            return 1;   /* removed since the stat above */
        if (oom)   /* not the file's fault: it stays where it is */
            bd_set_err(warn, warnlen, "%s; left where it is: using the defaults", why);
        else
            set_aside(path, why, warn, warnlen);
        return 2;
    }
    checker ck = { .path = path, .msg = warn, .msglen = warnlen };
    from_json(&ck, root, c);
    cJSON_Delete(root);

    /* Saving makes it 0600; a hand-made copy may not be. */
    if (c->pin_hash[0] && (st.st_mode & 077)) {
        if (ck.n_bad)
            bd_add_err(warn, warnlen, "the file holding the PIN's hash is readable by others "
                                      "(chmod 600 it)");
        else
            bd_set_err(warn, warnlen, "%s: the file holding the PIN's hash is readable by "
                                      "others (chmod 600 it)", path);
    }
    return 0;
}

static cJSON *to_json(const kiosk_config *c)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *list = cJSON_CreateArray();
    int ok = root && list;
    for (size_t i = 0; ok && i < c->n_scenarios && i < KIOSK_MAX_SCENARIOS; i++) {
        cJSON *s = cJSON_CreateString(c->scenarios[i]);
        ok = s && cJSON_AddItemToArray(list, s);
        if (!ok)
            cJSON_Delete(s);
    }
    /* An enum out of range is written as "?", which the check refuses. */
    int pick = (int)c->scenario_pick, scope = (int)c->leaderboard_scope;
    const char *pick_name = pick >= 0 && pick <= KIOSK_PICK_RANDOM ? PICK_NAMES[pick] : "?";
    const char *scope_name = scope >= 0 && scope <= KIOSK_BOARD_ALL ? SCOPE_NAMES[scope] : "?";
    ok = ok &&
         cJSON_AddStringToObject(root, "language", c->language) &&
         cJSON_AddBoolToObject(root, "fullscreen", c->fullscreen) &&
         cJSON_AddNumberToObject(root, "idle_seconds", c->idle_seconds) &&
         cJSON_AddNumberToObject(root, "still_there_seconds", c->still_there_seconds) &&
         cJSON_AddNumberToObject(root, "decision_seconds", c->decision_seconds) &&
         cJSON_AddNumberToObject(root, "attract_card_seconds", c->attract_card_seconds) &&
         cJSON_AddItemToObject(root, "scenarios", list) &&
         cJSON_AddStringToObject(root, "scenario_pick", pick_name) &&
         cJSON_AddStringToObject(root, "leaderboard_scope", scope_name) &&
         cJSON_AddStringToObject(root, "event", c->event) &&
         cJSON_AddNumberToObject(root, "leaderboard_size", c->leaderboard_size) &&
         cJSON_AddStringToObject(root, "export_dir", c->export_dir) &&
         cJSON_AddStringToObject(root, "pin_hash", c->pin_hash);
    if (!ok) {
        if (!cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(root, "scenarios")))
            cJSON_Delete(list);   /* not yet owned by root */
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}


int kiosk_config_save(const char *path, const kiosk_config *c, char *err, size_t errlen)
{
    if (!c || !path || !*path) {
        bd_set_err(err, errlen, "%s: invalid arguments", path ? path : "(null)");
        return -1;
    }
    /* Strings that lost their NUL would be read past; say so, not crash. */
    if (!memchr(c->language, 0, sizeof c->language) || !memchr(c->event, 0, sizeof c->event) ||
        !memchr(c->export_dir, 0, sizeof c->export_dir) ||
        !memchr(c->pin_hash, 0, sizeof c->pin_hash) || c->n_scenarios > KIOSK_MAX_SCENARIOS) {
        bd_set_err(err, errlen, "%s: not saved: the settings are damaged", path);
        return -1;
    }
    for (size_t i = 0; i < c->n_scenarios; i++) {
        if (!memchr(c->scenarios[i], 0, sizeof c->scenarios[i])) {
            bd_set_err(err, errlen, "%s: not saved: the settings are damaged", path);
            return -1;
        }
    }
    cJSON *root = to_json(c);
    if (!root) {
        bd_set_err(err, errlen, "%s: out of memory", path);
        return -1;
    }
    /* Only what would load back unchanged is written: the same checks
     * as loading, on the JSON about to be saved. */
    kiosk_config back;
    kiosk_config_defaults(&back);
    checker ck = { .path = path, .msg = err, .msglen = errlen, .saving = 1 };
    from_json(&ck, root, &back);
    char *text = ck.n_bad ? NULL : cJSON_Print(root);
    cJSON_Delete(root);
    if (ck.n_bad)
        return -1;
    if (!text) {
        bd_set_err(err, errlen, "%s: out of memory", path);
        return -1;
    }
    int rc = file_write_text(path, text, 0600, err, errlen);
    cJSON_free(text);
    return rc;
}

/* ---- The PIN ------------------------------------------------------------- */

/* 4 to 8 ASCII digits. */
static int pin_ok(const char *pin)
{
    size_t n = 0;
    for (; pin && pin[n]; n++)
        if (pin[n] < '0' || pin[n] > '9' || n >= PIN_MAX_DIGITS)
            return 0;
    return n >= PIN_MIN_DIGITS;
}

int kiosk_pin_set(kiosk_config *c, const char *pin, char *err, size_t errlen)
{
    if (!c || !pin_ok(pin)) {
        bd_set_err(err, errlen, "the PIN must be %d to %d digits (0-9)", PIN_MIN_DIGITS,
                   PIN_MAX_DIGITS);
        return -1;
    }
    if (sodium_init() < 0) {
        bd_set_err(err, errlen, "libsodium failed to start");
        return -1;
    }
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, pin, strlen(pin), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        bd_set_err(err, errlen, "cannot hash the PIN: out of memory");
        return -1;
    }
    snprintf(c->pin_hash, sizeof c->pin_hash, "%s", hash);
    return 0;
}

int kiosk_pin_check(const kiosk_config *c, const char *pin)
{
    /* The format is public (the pad shows 4 to 8 digits), so refusing
     * anything else at once gives nothing away. */
    if (!c || !c->pin_hash[0] || !memchr(c->pin_hash, 0, sizeof c->pin_hash) || !pin_ok(pin))
        return 0;
    if (sodium_init() < 0)
        return 0;
    return crypto_pwhash_str_verify(c->pin_hash, pin, strlen(pin)) == 0;
}

/* ---- Back-off after wrong PINs ------------------------------------------- */

/* The wait after the nth failure: none for the free tries, then
 * PIN_BACKOFF_FIRST_S doubling, at most PIN_BACKOFF_MAX_S. */
static double delay_after(unsigned failures)
{
    if (failures < PIN_BACKOFF_FREE)
        return 0.0;
    double d = PIN_BACKOFF_FIRST_S;
    for (unsigned i = PIN_BACKOFF_FREE; i < failures && d < PIN_BACKOFF_MAX_S; i++)
        d *= 2.0;
    return d < PIN_BACKOFF_MAX_S ? d : PIN_BACKOFF_MAX_S;
}

double pin_backoff_wait(const pin_backoff *b, double now)
{
    double w = b->locked_until - now;
    if (!(w > 0.0))   /* also NaN */
        return 0.0;
    /* A clock set back cannot lock the staff out for longer than the
     * longest wait. */
    return w < PIN_BACKOFF_MAX_S ? w : PIN_BACKOFF_MAX_S;
}

void pin_backoff_failed(pin_backoff *b, double now)
{
    if (b->failures < UINT_MAX)
        b->failures++;
    double d = delay_after(b->failures);
    b->locked_until = d > 0.0 ? now + d : 0.0;
}

void pin_backoff_reset(pin_backoff *b)
{
    b->failures = 0;
    b->locked_until = 0.0;
}
