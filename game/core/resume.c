/*
 * resume — the session in progress, kept on disk so that a player who
 * closes the window (or whose machine dies) mid-scenario can go on where
 * they were. What is kept is what replays the session exactly: the
 * scenario's file and content hash, the seed and the answers given, with
 * their times; plus the record's identity (UUID, start time), so a resumed
 * session ends in one record, not two.
 *
 * The file is replaced whole after each answer (temp, fsync, rename, fsync
 * of the folder): a crash leaves the state before or after the answer.
 */
#include "core/core.h"

#include <cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void resume_state_free(resume_state *r)
{
    free(r->scenario_path);
    free(r->scenario_id);
    for (size_t i = 0; i < r->n_answers; i++)
        free(r->answers[i]);
    free(r->answers);
    free(r->times);
    memset(r, 0, sizeof *r);
}

int resume_add_answer(resume_state *r, const char *token, double t)
{
    size_t cap = r->n_answers + 1;
    char **a = realloc(r->answers, cap * sizeof *a);
    if (!a)
        return -1;
    r->answers = a;
    double *ts = realloc(r->times, cap * sizeof *ts);
    if (!ts)
        return -1;
    r->times = ts;
    if (!(a[r->n_answers] = strdup(token)))
        return -1;
    ts[r->n_answers++] = t;
    return 0;
}

int resume_save(const char *path, const resume_state *r, char *err, size_t errlen)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *answers = cJSON_AddArrayToObject(root, "answers");
    int ok = root && answers &&
             cJSON_AddNumberToObject(root, "v", 1) &&
             cJSON_AddStringToObject(root, "scenario_path", r->scenario_path ? r->scenario_path : "") &&
             cJSON_AddStringToObject(root, "scenario", r->scenario_id ? r->scenario_id : "") &&
             cJSON_AddStringToObject(root, "scenario_hash", r->scenario_hash) &&
             cJSON_AddNumberToObject(root, "seed", r->seed) &&
             cJSON_AddStringToObject(root, "session", r->session) &&
             cJSON_AddStringToObject(root, "started", r->started) &&
             cJSON_AddStringToObject(root, "lang", r->lang) &&
             cJSON_AddStringToObject(root, "player", r->player) &&
             cJSON_AddStringToObject(root, "employee_id", r->employee_id);
    for (size_t i = 0; ok && i < r->n_answers; i++) {
        cJSON *a = cJSON_CreateObject();
        ok = a && cJSON_AddStringToObject(a, "answer", r->answers[i]) &&
             cJSON_AddNumberToObject(a, "t", r->times[i]);
        if (a)
            cJSON_AddItemToArray(answers, a);
    }
    char *text = ok ? cJSON_PrintUnformatted(root) : NULL;
    cJSON_Delete(root);
    if (!text) {
        bd_set_err(err, errlen, "%s: out of memory", path);
        return -1;
    }
    /* The data folder may not exist yet: a player's first session. */
    int rc = file_write_text(path, text, 0, err, errlen);
    cJSON_free(text);
    return rc < 0 ? -1 : 0;
}

/* Copies a string member into a fixed buffer; 0 if it is there and fits. */
static int take_string(const cJSON *root, const char *key, char *out, size_t outlen)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!cJSON_IsString(v) || strlen(v->valuestring) >= outlen)
        return -1;
    memcpy(out, v->valuestring, strlen(v->valuestring) + 1);
    return 0;
}

static char *dup_string(const cJSON *root, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
    return cJSON_IsString(v) && v->valuestring[0] ? strdup(v->valuestring) : NULL;
}

int resume_load(const char *path, resume_state *r, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    if (err && errlen)
        err[0] = '\0';
    if (access(path, F_OK) != 0 && errno == ENOENT)
        return 1;   /* nothing to resume */
    size_t len = 0;
    char *text = file_read_all(path, &len, err, errlen);
    if (!text)
        return -1;
    cJSON *root = cJSON_ParseWithLength(text, len);
    free(text);
    const cJSON *v = root ? cJSON_GetObjectItemCaseSensitive(root, "v") : NULL;
    const cJSON *seed = root ? cJSON_GetObjectItemCaseSensitive(root, "seed") : NULL;
    const cJSON *answers = root ? cJSON_GetObjectItemCaseSensitive(root, "answers") : NULL;
    int ok = cJSON_IsObject(root) && cJSON_IsNumber(v) && v->valuedouble == 1 &&
             cJSON_IsNumber(seed) && seed->valuedouble >= 0 && seed->valuedouble <= 2147483647.0 &&
             cJSON_IsArray(answers) &&
             take_string(root, "scenario_hash", r->scenario_hash, sizeof r->scenario_hash) == 0 &&
             take_string(root, "session", r->session, sizeof r->session) == 0 &&
             take_string(root, "started", r->started, sizeof r->started) == 0 &&
             take_string(root, "lang", r->lang, sizeof r->lang) == 0 &&
             take_string(root, "player", r->player, sizeof r->player) == 0 &&
             take_string(root, "employee_id", r->employee_id, sizeof r->employee_id) == 0;
    if (ok) {
        r->seed = (uint32_t)seed->valuedouble;
        r->scenario_path = dup_string(root, "scenario_path");
        r->scenario_id = dup_string(root, "scenario");
        ok = r->scenario_path != NULL;
    }
    const cJSON *a;
    const cJSON *list = ok ? answers : NULL;
    cJSON_ArrayForEach(a, list) {
        const cJSON *tok = cJSON_GetObjectItemCaseSensitive(a, "answer");
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(a, "t");
        if (!cJSON_IsString(tok) || !cJSON_IsNumber(t) || t->valuedouble < 0 ||
            resume_add_answer(r, tok->valuestring, t->valuedouble) < 0) {
            ok = 0;
            break;
        }
    }
    cJSON_Delete(root);
    if (!ok) {
        resume_state_free(r);
        bd_set_err(err, errlen, "%s: not a saved session this version can read", path);
        return -1;
    }
    return 0;
}

int resume_clear(const char *path, char *err, size_t errlen)
{
    if (unlink(path) != 0 && errno != ENOENT) {
        bd_set_err(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}
