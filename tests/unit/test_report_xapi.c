/* test_report_xapi — the xAPI export checked against the xAPI 1.0.3 data
 * model, statement by statement: a UUID id, an Agent with exactly one
 * identifier, a verb with an IRI and a display map, an Activity object with
 * an IRI, result and context fields of the right types (score within its
 * bounds, an ISO 8601 duration, a UUID registration, extensions keyed by
 * IRIs), an ISO 8601 timestamp. Then what BreachDrill promises on top:
 * the verbs per session, the pass mark, the actor's account, times from
 * `started` plus `t`, ids that stay the same on a second export. */
#include "report/report.h"
#include "check.h"

#include <cjson/cJSON.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define DIR BD_TEST_TMP "/report_xapi"
#define FIXTURES BD_SOURCE_DIR "/tests/fixtures/report"

/* ---- The specification's types ------------------------------------------- */

static int is_uuid(const char *s)
{
    if (!s || strlen(s) != 36)
        return 0;
    for (int i = 0; i < 36; i++) {
        int dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !isxdigit((unsigned char)s[i]))
            return 0;
    }
    return strchr("89abAB", s[19]) != NULL;  /* RFC 4122's variant, as xAPI asks */
}

/* An absolute IRI: scheme ":" and no spaces. */
static int is_iri(const char *s)
{
    if (!s || !isalpha((unsigned char)s[0]))
        return 0;
    const char *colon = strchr(s, ':');
    if (!colon || !colon[1])
        return 0;
    for (const char *c = s; c < colon; c++)
        if (!isalnum((unsigned char)*c) && !strchr("+-.", *c))
            return 0;
    return strpbrk(s, " \t\r\n") == NULL;
}

/* YYYY-MM-DDTHH:MM:SS(.s+)?(Z|+hh:mm) */
static int is_timestamp(const char *s)
{
    static const char pat[] = "dddd-dd-ddTdd:dd:dd";
    if (!s || strlen(s) < sizeof pat)
        return 0;
    for (size_t i = 0; i < sizeof pat - 1; i++)
        if (pat[i] == 'd' ? !isdigit((unsigned char)s[i]) : s[i] != pat[i])
            return 0;
    const char *p = s + sizeof pat - 1;
    if (*p == '.')
        for (p++; isdigit((unsigned char)*p); p++)
            ;
    return strcmp(p, "Z") == 0 || (strlen(p) == 6 && (p[0] == '+' || p[0] == '-'));
}

/* PT[nH][nM][n(.n)S], at least one part. */
static int is_duration(const char *s)
{
    if (!s || strncmp(s, "PT", 2) != 0 || !s[2])
        return 0;
    const char *p = s + 2, *units = "HMS";
    while (*p) {
        if (!isdigit((unsigned char)*p))
            return 0;
        while (isdigit((unsigned char)*p))
            p++;
        if (*p == '.')
            for (p++; isdigit((unsigned char)*p); p++)
                ;
        const char *u = strchr(units, *p);
        if (!*p || !u || (p[-1] == '.'))
            return 0;
        units = u + 1;
        p++;
    }
    return 1;
}

static const cJSON *get(const cJSON *o, const char *k)
{
    return cJSON_GetObjectItemCaseSensitive(o, k);
}

static int is_lang_map(const cJSON *m)
{
    if (!cJSON_IsObject(m) || !m->child)
        return 0;
    for (const cJSON *e = m->child; e; e = e->next)
        if (!cJSON_IsString(e) || !e->string[0])
            return 0;
    return 1;
}

static int is_activity(const cJSON *a)
{
    const cJSON *type = get(a, "objectType"), *def = get(a, "definition");
    if (!cJSON_IsObject(a) || (type && !cJSON_IsString(type)) ||
        (type && strcmp(type->valuestring, "Activity") != 0) ||
        !is_iri(cJSON_GetStringValue(get(a, "id"))))
        return 0;
    return !def || (is_iri(cJSON_GetStringValue(get(def, "type"))) && is_lang_map(get(def, "name")));
}

/* Agent: objectType "Agent" if given, name a string if given, and exactly
 * one of the four inverse functional identifiers. */
static int is_agent(const cJSON *a)
{
    static const char *const ifi[] = { "mbox", "mbox_sha1sum", "openid", "account" };
    int n = 0;
    for (int i = 0; i < 4; i++)
        n += get(a, ifi[i]) != NULL;
    const cJSON *acc = get(a, "account"), *type = get(a, "objectType"), *name = get(a, "name");
    return cJSON_IsObject(a) && n == 1 && cJSON_IsObject(acc) &&
           is_iri(cJSON_GetStringValue(get(acc, "homePage"))) &&
           cJSON_IsString(get(acc, "name")) && (!type || strcmp(type->valuestring, "Agent") == 0) &&
           (!name || cJSON_IsString(name));
}

static int is_result(const cJSON *r)
{
    if (!r)
        return 1;
    const cJSON *score = get(r, "score"), *x;
    if (!cJSON_IsObject(r))
        return 0;
    if (score) {
        const cJSON *sc = get(score, "scaled"), *raw = get(score, "raw");
        const cJSON *min = get(score, "min"), *max = get(score, "max");
        if (!cJSON_IsNumber(sc) || sc->valuedouble < -1 || sc->valuedouble > 1 ||
            !cJSON_IsNumber(raw) || !cJSON_IsNumber(min) || !cJSON_IsNumber(max) ||
            min->valuedouble >= max->valuedouble || raw->valuedouble < min->valuedouble ||
            raw->valuedouble > max->valuedouble)
            return 0;
    }
    if ((x = get(r, "success")) && !cJSON_IsBool(x))
        return 0;
    if ((x = get(r, "completion")) && !cJSON_IsBool(x))
        return 0;
    if ((x = get(r, "response")) && !cJSON_IsString(x))
        return 0;
    return !(x = get(r, "duration")) || is_duration(cJSON_GetStringValue(x));
}

static int is_context(const cJSON *c)
{
    const cJSON *ext = get(c, "extensions"), *ca = get(c, "contextActivities");
    if (!c)
        return 1;
    if (!cJSON_IsObject(c) || (get(c, "registration") &&
                               !is_uuid(cJSON_GetStringValue(get(c, "registration")))))
        return 0;
    for (const cJSON *e = ext ? ext->child : NULL; e; e = e->next)
        if (!is_iri(e->string))
            return 0;
    for (const cJSON *kind = ca ? ca->child : NULL; kind; kind = kind->next) {
        const cJSON *a;
        cJSON_ArrayForEach(a, kind) if (!is_activity(a)) return 0;
    }
    return 1;
}

/* The statements of arr that break the data model, each printed unless
 * quiet; *n (may be NULL) gets how many statements there are. */
static int refused(const cJSON *arr, int quiet, int *n)
{
    int count = 0, bad = 0;
    const cJSON *st;
    cJSON_ArrayForEach(st, arr) {
        count++;
        const cJSON *verb = get(st, "verb");
        int ok = is_uuid(cJSON_GetStringValue(get(st, "id"))) && is_agent(get(st, "actor")) &&
                 is_iri(cJSON_GetStringValue(get(verb, "id"))) && is_lang_map(get(verb, "display")) &&
                 is_activity(get(st, "object")) && is_result(get(st, "result")) &&
                 is_context(get(st, "context")) &&
                 is_timestamp(cJSON_GetStringValue(get(st, "timestamp")));
        if (!ok && !quiet) {
            char *text = cJSON_Print(st);
            fprintf(stderr, "statement %d breaks the xAPI data model:\n%s\n", count, text);
            free(text);
        }
        bad += !ok;
    }
    if (n)
        *n = count;
    return bad;
}

/* Every statement of the export must pass; returns how many there are. */
static int check_statements(const cJSON *arr)
{
    int n = 0;
    CHECK(cJSON_IsArray(arr));
    CHECK_INT(refused(arr, 0, &n), 0);
    return n;
}

/* ---- The export ------------------------------------------------------------ */

static cJSON *export_fixtures(const report_xapi_opts *o, report_set *set)
{
    char err[BD_ERR_LEN];
    if (set->n == 0) {
        CHECK_INT(report_read(set, FIXTURES "/laptop.jsonl", NULL, NULL, err, sizeof err), 0);
        CHECK_INT(report_read(set, FIXTURES "/kiosk.jsonl", NULL, NULL, err, sizeof err), 0);
        CHECK_INT(report_sort(set), 0);
    }
    report_sink out = { 0 };
    CHECK_INT(report_xapi(set, o, &out), 0);
    CHECK_INT(bd_buf_add(&out.buf, "", 1), 0);
    cJSON *arr = cJSON_Parse((const char *)out.buf.data);
    bd_buf_free(&out.buf);
    CHECK(arr != NULL);
    return arr;
}

static const char *str_at(const cJSON *st, const char *a, const char *b)
{
    const cJSON *x = get(st, a);
    return cJSON_GetStringValue(b ? get(x, b) : x);
}

static void test_fixtures(void)
{
    report_xapi_opts o = { "https://lms.example.com", "https://training.example.com/xapi/", 70 };
    report_set set = { 0 };
    cJSON *arr = export_fixtures(&o, &set);
    int n = check_statements(arr);
    /* Per session: one answered per step, then completed and passed or
     * failed, or abandoned. */
    int expected = 0;
    for (size_t i = 0; i < set.n; i++)
        expected += (int)set.v[i].n_steps + (set.v[i].completed ? 2 : 1);
    CHECK_INT(n, expected);

    const cJSON *st;
    int passed = 0, failed = 0, abandoned = 0, lms = 0, named = 0;
    cJSON_ArrayForEach(st, arr) {
        const char *verb = str_at(st, "verb", "id");
        passed += strcmp(verb, "http://adlnet.gov/expapi/verbs/passed") == 0;
        failed += strcmp(verb, "http://adlnet.gov/expapi/verbs/failed") == 0;
        abandoned += strcmp(verb, "https://w3id.org/xapi/adl/verbs/abandoned") == 0;
        const cJSON *acc = get(get(st, "actor"), "account");
        const char *home = str_at(acc, "homePage", NULL);
        lms += strcmp(home, "https://lms.example.com") == 0;
        named += strcmp(home, "https://lms.example.com") != 0;
    }
    CHECK_INT(passed + failed, 8);     /* the completed sessions */
    CHECK_INT(passed, 4);              /* scores 100, 100, 82, 78 reach 70 */
    CHECK_INT(abandoned, 2);
    CHECK(lms > 0 && named > 0);       /* employee IDs on the LMS; names apart */

    /* The first statement: Aiko (E1001) answering "gate" 52.067 s in. */
    st = cJSON_GetArrayItem(arr, 0);
    CHECK_STR(str_at(st, "timestamp", NULL), "2026-06-01T09:00:52.067Z");
    CHECK_STR(str_at(get(st, "actor"), "account", "name"), "E1001");
    CHECK_STR(str_at(st, "actor", "name"), "Aiko Tanaka");
    CHECK_STR(str_at(st, "object", "id"),
              "https://training.example.com/xapi/scenarios/nagoya-port-2023-quick/steps/gate");
    CHECK_STR(str_at(st, "result", "response"), "2");
    CHECK_STR(str_at(st, "context", "registration"), "0b6f1c2e-4a5d-4e7f-8a9b-0c1d2e3f4001");
    /* Its session's completed statement: the score and the duration. */
    st = cJSON_GetArrayItem(arr, 5);
    CHECK_STR(str_at(st, "verb", "id"), "http://adlnet.gov/expapi/verbs/completed");
    CHECK_STR(str_at(st, "result", "duration"), "PT5M12.4S");
    CHECK(get(get(get(st, "result"), "score"), "scaled")->valuedouble == 1.0);
    CHECK(cJSON_IsObject(get(get(get(st, "context"), "extensions"),
                             "https://training.example.com/xapi/extensions/detect")));

    /* Exported again: the same ids, so an LRS keeps each statement once;
     * and no two statements share one. */
    cJSON *again = export_fixtures(&o, &set);
    int same = 1, unique = 1;
    for (int i = 0; i < n; i++) {
        const char *id = str_at(cJSON_GetArrayItem(arr, i), "id", NULL);
        same &= strcmp(id, str_at(cJSON_GetArrayItem(again, i), "id", NULL)) == 0;
        for (int j = 0; j < i; j++)
            unique &= strcmp(id, str_at(cJSON_GetArrayItem(arr, j), "id", NULL)) != 0;
    }
    CHECK(same);
    CHECK(unique);
    cJSON_Delete(again);
    cJSON_Delete(arr);

    /* No home page: every actor on the name-based page, still one IFI. */
    report_xapi_opts bare = { NULL, "https://breachdrill.invalid/xapi/", 80 };
    arr = export_fixtures(&bare, &set);
    CHECK_INT(check_statements(arr), n);
    cJSON_ArrayForEach(st, arr)
        CHECK_STR(str_at(get(st, "actor"), "account", "homePage"), "https://breachdrill.invalid/players");
    cJSON_Delete(arr);
    report_set_free(&set);
}

/* A step id that is no IRI segment, a session that is no UUID, a start
 * with fractions of a second and an hour-long session. */
static void test_odd_record(void)
{
    mkdir(DIR, 0700);
    FILE *f = fopen(DIR "/odd.jsonl", "wb");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs("{\"v\":1,\"session\":\"kiosk-7\",\"scenario\":\"s\",\"player\":\"\",\"started\":"
          "\"2026-12-31T23:59:59.500Z\",\"duration_s\":3723.456,\"completed\":true,"
          "\"ending\":\"e\",\"outcome\":\"good\",\"detect\":{\"points\":0,\"max\":0,\"pct\":100},"
          "\"respond\":{\"points\":1,\"max\":2,\"pct\":50},\"score\":75,\"steps\":[{\"step\":"
          "\"look again / 見る\",\"answer\":\"0\",\"picked\":[],\"detect\":0,\"respond\":0,"
          "\"best\":false,\"t\":0.75}]}\n", f);
    fclose(f);
    report_set set = { 0 };
    char err[BD_ERR_LEN];
    CHECK_INT(report_read(&set, DIR "/odd.jsonl", NULL, NULL, err, sizeof err), 0);
    report_xapi_opts o = { NULL, "urn:example:", 75 };
    report_sink out = { 0 };
    CHECK_INT(report_xapi(&set, &o, &out), 0);
    CHECK_INT(bd_buf_add(&out.buf, "", 1), 0);
    cJSON *arr = cJSON_Parse((const char *)out.buf.data);
    CHECK_INT(check_statements(arr), 3);
    const cJSON *st = cJSON_GetArrayItem(arr, 0);
    CHECK_STR(str_at(st, "object", "id"),
              "urn:example:scenarios/s/steps/look%20again%20%2F%20%E8%A6%8B%E3%82%8B");
    CHECK_STR(str_at(st, "timestamp", NULL), "2027-01-01T00:00:00.250Z");
    CHECK_STR(str_at(st, "result", "response"), "");
    CHECK_STR(str_at(get(st, "actor"), "account", "name"), "anonymous");
    CHECK(get(st, "actor") && !get(get(st, "actor"), "name"));
    const char *reg = str_at(st, "context", "registration");
    CHECK(is_uuid(reg));
    st = cJSON_GetArrayItem(arr, 2);
    CHECK_STR(str_at(st, "verb", "id"), "http://adlnet.gov/expapi/verbs/passed");
    CHECK_STR(str_at(st, "result", "duration"), "PT1H2M3.46S");
    CHECK_STR(str_at(st, "context", "registration"), reg);
    cJSON_Delete(arr);
    bd_buf_free(&out.buf);
    report_set_free(&set);
}

/* The checks above must be able to fail: each broken statement here is
 * refused for the reason its comment gives. */
static void test_checks_refuse(void)
{
    static const char *const bad[] = {
        /* two identifiers */
        "{\"id\":\"0b6f1c2e-4a5d-4e7f-8a9b-0c1d2e3f4001\",\"actor\":{\"mbox\":\"mailto:a@b.c\","
        "\"account\":{\"homePage\":\"https://x.y\",\"name\":\"a\"}},\"verb\":{\"id\":"
        "\"http://v/x\",\"display\":{\"en\":\"x\"}},\"object\":{\"id\":\"http://o/x\"},"
        "\"timestamp\":\"2026-01-01T00:00:00Z\"}",
        /* a duration without its unit */
        "{\"id\":\"0b6f1c2e-4a5d-4e7f-8a9b-0c1d2e3f4001\",\"actor\":{\"account\":{\"homePage\":"
        "\"https://x.y\",\"name\":\"a\"}},\"verb\":{\"id\":\"http://v/x\",\"display\":"
        "{\"en\":\"x\"}},\"object\":{\"id\":\"http://o/x\"},\"result\":{\"duration\":\"PT5\"},"
        "\"timestamp\":\"2026-01-01T00:00:00Z\"}",
        /* a raw score above max, and an id of the wrong variant */
        "{\"id\":\"0b6f1c2e-4a5d-4e7f-0a9b-0c1d2e3f4001\",\"actor\":{\"account\":{\"homePage\":"
        "\"https://x.y\",\"name\":\"a\"}},\"verb\":{\"id\":\"http://v/x\",\"display\":"
        "{\"en\":\"x\"}},\"object\":{\"id\":\"http://o/x\"},\"result\":{\"score\":"
        "{\"raw\":101,\"min\":0,\"max\":100,\"scaled\":1}},\"timestamp\":\"2026-01-01T00:00:00Z\"}",
        /* an extension keyed by a plain word */
        "{\"id\":\"0b6f1c2e-4a5d-4e7f-8a9b-0c1d2e3f4001\",\"actor\":{\"account\":{\"homePage\":"
        "\"https://x.y\",\"name\":\"a\"}},\"verb\":{\"id\":\"http://v/x\",\"display\":"
        "{\"en\":\"x\"}},\"object\":{\"id\":\"http://o/x\"},\"context\":{\"extensions\":"
        "{\"detect\":1}},\"timestamp\":\"2026-01-01T00:00:00Z\"}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char text[2048];
        snprintf(text, sizeof text, "[%s]", bad[i]);
        cJSON *arr = cJSON_Parse(text);
        CHECK(arr != NULL);
        CHECK_INT(refused(arr, 1, NULL), 1);
        cJSON_Delete(arr);
    }
}

int main(void)
{
    mkdir(BD_TEST_TMP, 0700);
    test_checks_refuse();
    test_fixtures();
    test_odd_record();
    return check_done();
}
