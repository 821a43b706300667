/* test_resume — the saved session in progress: written and read back whole,
 * no file meaning nothing to resume, a damaged or foreign file refused with
 * its name (never half-read), and cleared. */
#include "core/core.h"
#include "check.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define DIR_R BD_TEST_TMP "/resume"
#define PATH_R DIR_R "/session.json"

static void put(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (f) { fputs(text, f); fclose(f); }
}

static void test_round_trip(void)
{
    char err[BD_ERR_LEN];
    resume_state r = { 0 };
    r.scenario_path = strdup("/data/scenarios/jaxa-2023.lua");
    r.scenario_id = strdup("jaxa-2023");
    strcpy(r.scenario_hash, "ab12");
    r.seed = 2147483647u;
    strcpy(r.session, "3f2b9c1e-6a4d-4e8b-9f1a-2c7d5e8b0a11");
    strcpy(r.started, "2026-11-23T10:00:00Z");
    strcpy(r.lang, "ja");
    strcpy(r.player, "山田");
    strcpy(r.employee_id, "E-7");
    CHECK_INT(resume_add_answer(&r, "2", 3.5), 0);
    CHECK_INT(resume_add_answer(&r, "1+3", 9.25), 0);
    CHECK_INT(resume_add_answer(&r, "3>1>2", 20.0), 0);
    CHECK_INT(resume_save(PATH_R, &r, err, sizeof err), 0);
    resume_state_free(&r);

    resume_state b;
    CHECK_INT(resume_load(PATH_R, &b, err, sizeof err), 0);
    CHECK_STR(b.scenario_path, "/data/scenarios/jaxa-2023.lua");
    CHECK_STR(b.scenario_id, "jaxa-2023");
    CHECK_STR(b.scenario_hash, "ab12");
    CHECK(b.seed == 2147483647u);
    CHECK_STR(b.session, "3f2b9c1e-6a4d-4e8b-9f1a-2c7d5e8b0a11");
    CHECK_STR(b.started, "2026-11-23T10:00:00Z");
    CHECK_STR(b.lang, "ja");
    CHECK_STR(b.player, "山田");
    CHECK_STR(b.employee_id, "E-7");
    CHECK_INT(b.n_answers, 3);
    if (b.n_answers == 3) {
        CHECK_STR(b.answers[1], "1+3");
        CHECK_STR(b.answers[2], "3>1>2");
        CHECK(b.times[1] == 9.25);
    }
    resume_state_free(&b);
    CHECK_INT(resume_clear(PATH_R, err, sizeof err), 0);
    CHECK_INT(resume_load(PATH_R, &b, err, sizeof err), 1);   /* cleared: nothing to resume */
    CHECK_INT(resume_clear(PATH_R, err, sizeof err), 0);       /* clearing twice is fine */
}

/* Each damaged file is refused whole, with the file named. */
static void test_refused(void)
{
    static const char *const bad[] = {
        "{\"v\":1,\"scenario_path\":\"/x.lua\"",                       /* torn */
        "[1,2]",
        "{\"v\":2,\"scenario_path\":\"/x.lua\",\"scenario_hash\":\"a\",\"seed\":1,\"session\":\"s\","
        "\"started\":\"t\",\"lang\":\"en\",\"player\":\"\",\"employee_id\":\"\",\"answers\":[]}",
        "{\"v\":1,\"scenario_path\":\"/x.lua\",\"scenario_hash\":\"a\",\"seed\":-4,\"session\":\"s\","
        "\"started\":\"t\",\"lang\":\"en\",\"player\":\"\",\"employee_id\":\"\",\"answers\":[]}",
        "{\"v\":1,\"scenario_path\":\"/x.lua\",\"scenario_hash\":\"a\",\"seed\":1,\"session\":\"s\","
        "\"started\":\"t\",\"lang\":\"en\",\"player\":\"\",\"employee_id\":\"\",\"answers\":[{\"answer\":2}]}",
        "{\"v\":1,\"scenario_hash\":\"a\",\"seed\":1,\"session\":\"s\","
        "\"started\":\"t\",\"lang\":\"en\",\"player\":\"\",\"employee_id\":\"\",\"answers\":[]}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char err[BD_ERR_LEN] = "";
        put(PATH_R, bad[i]);
        resume_state r;
        CHECK_INT(resume_load(PATH_R, &r, err, sizeof err), -1);
        CHECK_HAS(err, PATH_R);
        CHECK(r.n_answers == 0 && r.scenario_path == NULL);
    }
    /* The smallest good one reads. */
    char err[BD_ERR_LEN];
    put(PATH_R, "{\"v\":1,\"scenario_path\":\"/x.lua\",\"scenario_hash\":\"a\",\"seed\":0,\"session\":\"s\","
                "\"started\":\"t\",\"lang\":\"en\",\"player\":\"\",\"employee_id\":\"\",\"answers\":[]}");
    resume_state r;
    CHECK_INT(resume_load(PATH_R, &r, err, sizeof err), 0);
    CHECK_INT(r.n_answers, 0);
    resume_state_free(&r);
}

/* A player's first session: the data folder does not exist yet. */
static void test_new_folder(void)
{
    char err[BD_ERR_LEN];
    const char *path = DIR_R "/new/deeper/session.json";
    resume_state r = { 0 };
    r.scenario_path = strdup("/x.lua");
    CHECK_INT(resume_save(path, &r, err, sizeof err), 0);
    resume_state_free(&r);
    CHECK_INT(resume_load(path, &r, err, sizeof err), 0);
    CHECK_STR(r.scenario_path, "/x.lua");
    resume_state_free(&r);
    resume_clear(path, err, sizeof err);
}

int main(void)
{
    mkdir(BD_TEST_TMP, 0777);
    mkdir(DIR_R, 0777);
    test_round_trip();
    test_refused();
    test_new_folder();
    return check_done();
}
