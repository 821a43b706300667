/*
 * report_xapi — the records as xAPI 1.0.3 statements, a JSON array a
 * Learning Record Store takes as it is (POST to its statements endpoint).
 *
 * Per session: one "answered" per step (the response from `picked`, the
 * time from `started` plus `t`); then, if the session was finished,
 * "completed" and "passed" or "failed" against the pass mark, else cmi5's
 * "abandoned". Every statement carries the session as its registration, and
 * its id is derived from the record, so exporting the same record twice
 * gives the same statements and an LRS keeps them once (it refuses a second
 * statement with a known id rather than storing it again).
 *
 * Statements are printed one at a time, one a line, and handed on session
 * by session, never built as one tree: a tree of a hundred thousand
 * sessions' statements would take gigabytes for no gain.
 */
#include "report/report.h"

#include <cjson/cJSON.h>
#include <sodium.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define VERB_ADL "http://adlnet.gov/expapi/verbs/"
#define VERB_CMI5 "https://w3id.org/xapi/adl/verbs/"
#define ACTIVITY_TYPE "http://adlnet.gov/expapi/activities/"
/* The home page of accounts no LMS holds (a player's name or ID as typed
 * into the game): the reserved .invalid domain says so rather than
 * claiming someone's. */
#define NAME_HOME_PAGE "https://breachdrill.invalid/players"

typedef struct {
    const report_session *s;
    const report_xapi_opts *o;
    char registration[37];
    cJSON *actor, *scenario;   /* shared by the session's statements (duplicated in) */
} session_ctx;

/* ---- Identifiers ------------------------------------------------------------ */

/* A name-based UUID: RFC 9562's version 8 over a BLAKE2b hash of name, as
 * version 5 would be over SHA-1, which libsodium does not offer. Variant
 * bits are RFC 4122's, as xAPI asks. */
static void uuid_of(const char *name, char out[37])
{
    static const char space[] = "breachdrill xapi statement\n";  /* our namespace */
    unsigned char h[16];
    crypto_generichash_state st;
    crypto_generichash_init(&st, NULL, 0, sizeof h);
    crypto_generichash_update(&st, (const unsigned char *)space, sizeof space - 1);
    crypto_generichash_update(&st, (const unsigned char *)name, strlen(name));
    crypto_generichash_final(&st, h, sizeof h);
    h[6] = (unsigned char)((h[6] & 0x0f) | 0x80);
    h[8] = (unsigned char)((h[8] & 0x3f) | 0x80);
    snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
             h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8], h[9], h[10], h[11], h[12],
             h[13], h[14], h[15]);
}

/* 1 if s is a UUID in the canonical form (any case). */
static int is_uuid(const char *s)
{
    for (int i = 0; i < 36; i++) {
        int dash = i == 8 || i == 13 || i == 18 || i == 23;
        char c = s[i];
        int hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (dash ? c != '-' : !hex)
            return 0;
    }
    return s[36] == '\0';
}

/* The record's session is a random UUID by contract; a record from a tool
 * that wrote something else still gets a stable registration. Lower case:
 * an LRS compares registrations as text. */
static void registration_of(const report_session *s, char out[37])
{
    if (is_uuid(s->session)) {
        for (int i = 0; i < 37; i++)
            out[i] = (char)(s->session[i] >= 'A' && s->session[i] <= 'F' ? s->session[i] + 32
                                                                        : s->session[i]);
        return;
    }
    char name[64];
    snprintf(name, sizeof name, "registration %s", s->session);
    uuid_of(name, out);
}

/* base + "scenarios/" + id [+ "/steps/" + step], with every byte outside
 * RFC 3986's unreserved set percent-encoded: step ids are a trainer's
 * table keys and may hold anything. */
static char *activity_iri(const char *base, const char *scenario, const char *step)
{
    bd_buf b = { 0 };
    const char *parts[2] = { scenario, step };
    int rc = bd_buf_printf(&b, "%sscenarios/", base);
    for (int p = 0; p < 2 && parts[p]; p++) {
        if (p)
            rc |= bd_buf_printf(&b, "/steps/");
        for (const unsigned char *c = (const unsigned char *)parts[p]; *c; c++) {
            int plain = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
                        (*c >= '0' && *c <= '9') || strchr("-._~", *c);
            rc |= plain ? bd_buf_add(&b, c, 1) : bd_buf_printf(&b, "%%%02X", *c);
        }
    }
    rc |= bd_buf_add(&b, "", 1);
    if (rc) {
        bd_buf_free(&b);
        return NULL;
    }
    return (char *)b.data;
}

/* ---- Times --------------------------------------------------------------- */

/* "2026-01-01T10:00:00Z" (fractions allowed) plus offset seconds, as an
 * ISO 8601 UTC timestamp to the millisecond. */
static void timestamp(const char *started, double offset, char out[32])
{
    struct tm tm = { 0 };
    double frac = 0.0;
    if (sscanf(started, "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
               &tm.tm_hour, &tm.tm_min, &tm.tm_sec) == 6 && started[19] == '.')
        frac = strtod(started + 19, NULL);
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    long long ms = llround(((double)timegm(&tm) + frac + offset) * 1000.0);
    time_t secs = (time_t)(ms / 1000);
    struct tm u;
    char day[24];
    if (!gmtime_r(&secs, &u) || !strftime(day, sizeof day, "%Y-%m-%dT%H:%M:%S", &u))
        snprintf(day, sizeof day, "1970-01-01T00:00:00");
    snprintf(out, 32, "%s.%03lldZ", day, ms % 1000);
}

/* Seconds as an ISO 8601 duration, to the hundredth xAPI keeps:
 * 312.4 -> "PT5M12.4S". */
static void duration(double seconds, char out[48])
{
    long long cs = llround(seconds * 100.0);
    long long h = cs / 360000, m = cs / 6000 % 60, s = cs / 100 % 60, f = cs % 100;
    int at = snprintf(out, 48, "PT");
    if (h)
        at += snprintf(out + at, 48 - (size_t)at, "%lldH", h);
    if (m)
        at += snprintf(out + at, 48 - (size_t)at, "%lldM", m);
    if (f)
        snprintf(out + at, 48 - (size_t)at, f % 10 ? "%lld.%02lldS" : "%lld.%lldS", s,
                 f % 10 ? f : f / 10);
    else if (s || (!h && !m))
        snprintf(out + at, 48 - (size_t)at, "%lldS", s);
}

/* ---- Parts of a statement ------------------------------------------------- */

/* One identifier only, as the specification requires of an Agent: an
 * account named as the summary counts players (employee ID, else name,
 * else "anonymous", which anonymous players share). It is the LMS's
 * account (the configured home page) only when the session has an employee
 * ID: a name typed into the game is no proof of an LMS account. */
static cJSON *actor_of(const report_session *s, const report_xapi_opts *o)
{
    cJSON *a = cJSON_CreateObject(), *acc = cJSON_CreateObject();
    int lms = o->home_page && o->home_page[0] && s->employee_id[0];
    const char *who = report_who(s);
    cJSON_AddStringToObject(a, "objectType", "Agent");
    if (s->player[0])
        cJSON_AddStringToObject(a, "name", s->player);
    cJSON_AddStringToObject(acc, "homePage", lms ? o->home_page : NAME_HOME_PAGE);
    cJSON_AddStringToObject(acc, "name", who[0] ? who : "anonymous");
    cJSON_AddItemToObject(a, "account", acc);
    return a;
}

static cJSON *verb(const char *prefix, const char *name)
{
    char id[96];
    snprintf(id, sizeof id, "%s%s", prefix, name);
    cJSON *v = cJSON_CreateObject(), *d = cJSON_CreateObject();
    cJSON_AddStringToObject(v, "id", id);
    cJSON_AddStringToObject(d, "en-US", name);
    cJSON_AddItemToObject(v, "display", d);
    return v;
}

static cJSON *activity(const report_xapi_opts *o, const char *scenario, const char *step)
{
    char *iri = activity_iri(o->activity_base, scenario, step);
    cJSON *a = cJSON_CreateObject(), *def = cJSON_CreateObject(), *name = cJSON_CreateObject();
    cJSON_AddStringToObject(a, "objectType", "Activity");
    cJSON_AddStringToObject(a, "id", iri ? iri : "");
    cJSON_AddStringToObject(def, "type", step ? ACTIVITY_TYPE "question" : ACTIVITY_TYPE "simulation");
    cJSON_AddStringToObject(name, "und", step ? step : scenario);  /* ids: no language */
    cJSON_AddItemToObject(def, "name", name);
    cJSON_AddItemToObject(a, "definition", def);
    free(iri);
    return a;
}

static cJSON *axis_json(const report_axis *x)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "points", x->points);
    cJSON_AddNumberToObject(o, "max", x->max);
    cJSON_AddNumberToObject(o, "pct", x->pct);
    return o;
}

static void extension(cJSON *ext, const report_xapi_opts *o, const char *key, cJSON *value)
{
    char iri[600];
    snprintf(iri, sizeof iri, "%sextensions/%s", o->activity_base, key);
    cJSON_AddItemToObject(ext, iri, value);
}

/* A BCP 47 tag as the record has it ("en", "ja"), or NULL. */
static const char *language_of(const char *lang)
{
    if (!lang[0] || strlen(lang) > 35)
        return NULL;
    for (const char *c = lang; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
              *c == '-'))
            return NULL;
    return lang;
}

/* The context every statement of the session shares; step (may be NULL)
 * adds that step's points. */
static cJSON *context(const session_ctx *c, const report_step *step)
{
    const report_session *s = c->s;
    cJSON *ctx = cJSON_CreateObject(), *ext = cJSON_CreateObject();
    cJSON_AddStringToObject(ctx, "registration", c->registration);
    cJSON_AddStringToObject(ctx, "platform", "BreachDrill");
    if (language_of(s->lang))
        cJSON_AddStringToObject(ctx, "language", s->lang);
    if (step) {
        cJSON *ca = cJSON_CreateObject(), *parent = cJSON_CreateArray();
        cJSON_AddItemToArray(parent, cJSON_Duplicate(c->scenario, 1));
        cJSON_AddItemToObject(ca, "parent", parent);
        cJSON_AddItemToObject(ctx, "contextActivities", ca);
        cJSON *d = cJSON_CreateObject(), *r = cJSON_CreateObject();
        cJSON_AddNumberToObject(d, "points", step->detect);
        cJSON_AddNumberToObject(r, "points", step->respond);
        extension(ext, c->o, "detect", d);
        extension(ext, c->o, "respond", r);
        extension(ext, c->o, "answer", cJSON_CreateString(step->answer));
    } else {
        extension(ext, c->o, "detect", axis_json(&s->detect));
        extension(ext, c->o, "respond", axis_json(&s->respond));
    }
    if (s->mode[0])
        extension(ext, c->o, "mode", cJSON_CreateString(s->mode));
    if (s->scenario_hash[0])
        extension(ext, c->o, "scenario-hash", cJSON_CreateString(s->scenario_hash));
    if (s->has_seed)
        extension(ext, c->o, "seed", cJSON_CreateNumber((double)s->seed));
    cJSON_AddItemToObject(ctx, "extensions", ext);
    return ctx;
}

/* ---- Statements ------------------------------------------------------------ */

/* Prints one statement into out (after a comma unless it is the first). */
static int emit(bd_buf *out, cJSON *st, int *first)
{
    char *text = cJSON_PrintUnformatted(st);
    cJSON_Delete(st);
    if (!text)
        return -1;
    int rc = bd_buf_printf(out, "%s%s", *first ? "\n" : ",\n", text);
    cJSON_free(text);
    *first = 0;
    return rc;
}

/* A statement's frame; its id names the session, the verb and what the
 * statement is about (n: the step's place in the record, or -1). */
static cJSON *statement(const session_ctx *c, const char *prefix, const char *verb_name, int n,
                        const char *when)
{
    char name[128], id[37];
    snprintf(name, sizeof name, "%s %s %d", c->s->session, verb_name, n);
    uuid_of(name, id);
    cJSON *st = cJSON_CreateObject();
    cJSON_AddStringToObject(st, "id", id);
    cJSON_AddItemToObject(st, "actor", cJSON_Duplicate(c->actor, 1));
    cJSON_AddItemToObject(st, "verb", verb(prefix, verb_name));
    cJSON_AddStringToObject(st, "timestamp", when);
    return st;
}

static int answered(const session_ctx *c, size_t i, bd_buf *out, int *first)
{
    const report_step *step = &c->s->steps[i];
    char when[32];
    timestamp(c->s->started, step->t, when);
    cJSON *st = statement(c, VERB_ADL, "answered", (int)i, when);
    cJSON_AddItemToObject(st, "object", activity(c->o, c->s->scenario, step->step));
    bd_buf response = { 0 };
    int rc = bd_buf_printf(&response, "%s", "");  /* "" when nothing was marked */
    /* xAPI's interaction responses separate picks with "[,]". */
    for (size_t k = 0; rc == 0 && k < step->n_picked; k++)
        rc = bd_buf_printf(&response, k ? "[,]%d" : "%d", step->picked[k]);
    cJSON *result = cJSON_CreateObject();
    cJSON_AddStringToObject(result, "response", rc == 0 ? (char *)response.data : "");
    cJSON_AddBoolToObject(result, "success", step->best);
    cJSON_AddItemToObject(st, "result", result);
    cJSON_AddItemToObject(st, "context", context(c, step));
    bd_buf_free(&response);
    return rc < 0 ? (cJSON_Delete(st), -1) : emit(out, st, first);
}

/* completed, passed, failed or abandoned: the session as a whole. */
static int ended(const session_ctx *c, const char *prefix, const char *verb_name, bd_buf *out,
                 int *first)
{
    const report_session *s = c->s;
    char when[32], took[48];
    timestamp(s->started, s->duration_s, when);
    duration(s->duration_s, took);
    cJSON *st = statement(c, prefix, verb_name, -1, when);
    cJSON_AddItemToObject(st, "object", cJSON_Duplicate(c->scenario, 1));
    cJSON *result = cJSON_CreateObject();
    if (s->completed) {
        cJSON *score = cJSON_CreateObject();
        cJSON_AddNumberToObject(score, "scaled", s->score / 100.0);
        cJSON_AddNumberToObject(score, "raw", s->score);
        cJSON_AddNumberToObject(score, "min", 0);
        cJSON_AddNumberToObject(score, "max", 100);
        cJSON_AddItemToObject(result, "score", score);
        cJSON_AddBoolToObject(result, "success", report_passed(s, c->o->pass_mark));
    }
    cJSON_AddBoolToObject(result, "completion", s->completed != 0);
    cJSON_AddStringToObject(result, "duration", took);
    cJSON_AddItemToObject(st, "result", result);
    cJSON_AddItemToObject(st, "context", context(c, NULL));
    return emit(out, st, first);
}

static int session_statements(const report_session *s, const report_xapi_opts *o, bd_buf *out,
                              int *first)
{
    session_ctx c = { s, o, "", actor_of(s, o), activity(o, s->scenario, NULL) };
    registration_of(s, c.registration);
    int rc = c.actor && c.scenario ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < s->n_steps; i++)
        rc = answered(&c, i, out, first);
    if (rc == 0 && s->completed) {
        rc = ended(&c, VERB_ADL, "completed", out, first);
        if (rc == 0)
            rc = ended(&c, VERB_ADL, report_passed(s, o->pass_mark) ? "passed" : "failed", out,
                       first);
    } else if (rc == 0) {
        rc = ended(&c, VERB_CMI5, "abandoned", out, first);
    }
    cJSON_Delete(c.actor);
    cJSON_Delete(c.scenario);
    return rc;
}

int report_xapi(const report_set *set, const report_xapi_opts *o, report_sink *sink)
{
    if (sodium_init() < 0)
        return -1;
    int first = 1;
    int rc = bd_buf_printf(&sink->buf, "[");
    for (size_t i = 0; rc == 0 && i < set->n; i++)
        rc = session_statements(&set->v[i], o, &sink->buf, &first) | report_sink_drain(sink);
    if (rc == 0)
        rc = bd_buf_printf(&sink->buf, "\n]\n");
    return rc;
}
