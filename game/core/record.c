/*
 * record — the contract's session record as one line of JSON, and the
 * identifiers in it: a random UUID per session and a hash of the
 * scenario's bytes (libsodium for both, rather than hand-made ones).
 */
#include "core/core.h"

#include <cjson/cJSON.h>
#include <sodium.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void record_uuid(char out[37])
{
    unsigned char b[16];
    if (sodium_init() < 0) {
        /* libsodium cannot start only without a random source; the
         * contract needs unique ids, so there is nothing better to do. */
        abort();
    }
    randombytes_buf(b, sizeof b);
    b[6] = (unsigned char)((b[6] & 0x0f) | 0x40); /* version 4: random */
    b[8] = (unsigned char)((b[8] & 0x3f) | 0x80); /* RFC 4122 variant */
    snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
             b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
             b[13], b[14], b[15]);
}

void record_hash(const void *data, size_t len, char out[65])
{
    unsigned char h[32];
    if (sodium_init() < 0)
        abort();
    crypto_generichash(h, sizeof h, data, len, NULL, 0);
    sodium_bin2hex(out, 65, h, sizeof h);
}

void record_time(int64_t unix_s, char out[32])
{
    time_t t = (time_t)unix_s;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || !strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm))
        strcpy(out, "1970-01-01T00:00:00Z");
}

/* Times are kept to the millisecond: finer digits are noise in a record. */
static double ms(double t)
{
    return round(t * 1000.0) / 1000.0;
}

static cJSON *axis_json(int points, int max)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    cJSON_AddNumberToObject(o, "points", points);
    cJSON_AddNumberToObject(o, "max", max);
    cJSON_AddNumberToObject(o, "pct", score_pct(points, max));
    return o;
}

char *record_json(const session *s, const record_meta *meta, int detect_max, int respond_max)
{
    cJSON *r = cJSON_CreateObject();
    if (!r)
        return NULL;
    cJSON_AddNumberToObject(r, "v", RECORD_VERSION);
    cJSON_AddStringToObject(r, "session", meta->session);
    cJSON_AddStringToObject(r, "scenario", meta->scenario ? meta->scenario : "");
    cJSON_AddStringToObject(r, "scenario_hash", meta->hash);
    cJSON_AddStringToObject(r, "player", meta->player ? meta->player : "");
    cJSON_AddStringToObject(r, "mode", meta->mode ? meta->mode : "training");
    cJSON_AddNumberToObject(r, "seed", s->seed);
    cJSON_AddStringToObject(r, "started", meta->started);
    cJSON_AddNumberToObject(r, "duration_s", ms(meta->duration_s));
    cJSON_AddBoolToObject(r, "completed", s->ended);
    if (s->ended) {
        cJSON_AddStringToObject(r, "ending", s->m->step_ids[s->step]);
        cJSON_AddStringToObject(r, "outcome", s->view.outcome);
    } else {
        cJSON_AddNullToObject(r, "ending");
        cJSON_AddNullToObject(r, "outcome");
    }
    if (meta->lang)
        cJSON_AddStringToObject(r, "lang", meta->lang);
    if (meta->employee_id && meta->employee_id[0])
        cJSON_AddStringToObject(r, "employee_id", meta->employee_id);
    cJSON_AddItemToObject(r, "detect", axis_json(s->detect, detect_max));
    cJSON_AddItemToObject(r, "respond", axis_json(s->respond, respond_max));
    cJSON_AddNumberToObject(r, "score", score_total(score_pct(s->detect, detect_max),
                                                    score_pct(s->respond, respond_max)));
    cJSON *steps = cJSON_AddArrayToObject(r, "steps");
    for (size_t i = 0; steps && i < s->n_log; i++) {
        const session_entry *e = &s->log[i];
        cJSON *o = cJSON_CreateObject();
        if (!o)
            break;
        cJSON_AddStringToObject(o, "step", s->m->step_ids[e->step]);
        cJSON_AddStringToObject(o, "answer", e->answer);
        cJSON *picked = cJSON_AddArrayToObject(o, "picked");
        for (size_t k = 0; picked && k < e->picked.n; k++)
            cJSON_AddItemToArray(picked, cJSON_CreateNumber(e->picked.ids[k]));
        cJSON_AddNumberToObject(o, "detect", e->detect);
        cJSON_AddNumberToObject(o, "respond", e->respond);
        cJSON_AddBoolToObject(o, "best", e->best);
        cJSON_AddNumberToObject(o, "t", ms(e->t));
        cJSON_AddItemToArray(steps, o);
    }
    char *out = cJSON_PrintUnformatted(r);
    cJSON_Delete(r);
    return out;
}
