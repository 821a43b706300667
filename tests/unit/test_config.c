/* test_config — defaults, round trip, missing file, broken JSON with a line
 * number, wrong-typed keys that cost only themselves, clamping, names. */
#include "core/core.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DIR_C BD_TEST_TMP "/config"

static void write_text(const char *path, const char *text)
{
    char err[BD_ERR_LEN];
    CHECK_INT(file_write_atomic(path, text, strlen(text), err, sizeof err), 0);
}

static void check_defaults(const config *c)
{
    CHECK_INT(c->renderer, RENDERER_AUTO);
    CHECK_INT(c->fullscreen, 0);
    CHECK_STR(c->language, "");
    CHECK_INT(c->text_size, 1);
    CHECK_INT(c->high_contrast, 0);
    CHECK_INT(c->reduce_motion, 0);
    CHECK_INT(c->window_w, 1280);
    CHECK_INT(c->window_h, 720);
}

static void test_names(void)
{
    renderer_choice r = RENDERER_AUTO;
    CHECK_INT(renderer_choice_parse("gpu", &r), 0);
    CHECK_INT(r, RENDERER_GPU);
    CHECK_INT(renderer_choice_parse("software", &r), 0);
    CHECK_INT(r, RENDERER_SOFTWARE);
    CHECK_INT(renderer_choice_parse("auto", &r), 0);
    CHECK_INT(r, RENDERER_AUTO);
    r = RENDERER_GPU;
    CHECK(renderer_choice_parse("GPU", &r) < 0);
    CHECK(renderer_choice_parse("", &r) < 0);
    CHECK(renderer_choice_parse(NULL, &r) < 0);
    CHECK_INT(r, RENDERER_GPU);   /* untouched on failure */
    CHECK_STR(renderer_choice_name(RENDERER_AUTO), "auto");
    CHECK_STR(renderer_choice_name(RENDERER_SOFTWARE), "software");
    CHECK_STR(renderer_choice_name(RENDERER_GPU), "gpu");
}

static void test_missing_and_round_trip(void)
{
    char err[BD_ERR_LEN] = "junk";
    config c;
    /* Saving creates the parent folders. */
    const char *path = DIR_C "/sub/dir/config.json";
    unlink(path);
    memset(&c, 0x5a, sizeof c);
    CHECK_INT(config_load(&c, path, err, sizeof err), 1);
    CHECK_STR(err, "");
    check_defaults(&c);

    c.renderer = RENDERER_SOFTWARE;
    c.fullscreen = 1;
    strcpy(c.language, "ja");
    c.text_size = 2;
    c.high_contrast = 1;
    c.reduce_motion = 1;
    c.window_w = 1920;
    c.window_h = 1080;
    strcpy(c.player, "山田 花子");
    strcpy(c.employee_id, "E-1042");
    c.ask_employee_id = 1;
    CHECK_INT(config_save(&c, path, err, sizeof err), 0);

    config d;
    CHECK_INT(config_load(&d, path, err, sizeof err), 0);
    CHECK_INT(d.renderer, RENDERER_SOFTWARE);
    CHECK_INT(d.fullscreen, 1);
    CHECK_STR(d.language, "ja");
    CHECK_INT(d.text_size, 2);
    CHECK_INT(d.high_contrast, 1);
    CHECK_INT(d.reduce_motion, 1);
    CHECK_INT(d.window_w, 1920);
    CHECK_INT(d.window_h, 1080);
    CHECK_STR(d.player, "山田 花子");
    CHECK_STR(d.employee_id, "E-1042");
    CHECK_INT(d.ask_employee_id, 1);

    /* A name longer than the field is cut between characters, never inside
     * one: 30 three-byte kana are 90 bytes, 21 fit in 63. */
    char json[512] = "{\"player\": \"";
    for (int i = 0; i < 30; i++) strcat(json, "あ");
    strcat(json, "\", \"employee_id\": 7}");
    write_text(DIR_C "/names.json", json);
    CHECK(config_load(&d, DIR_C "/names.json", err, sizeof err) < 0);   /* employee_id: 7 */
    CHECK(strstr(err, "employee_id") != NULL);
    CHECK_INT((int)strlen(d.player), 63);
    CHECK(strncmp(d.player, "あ", 3) == 0 && strcmp(d.player + 60, "あ") == 0);
    CHECK_STR(d.employee_id, "");

    /* The file is readable JSON with the documented keys. */
    char *text = file_read_all(path, NULL, err, sizeof err);
    CHECK(text && strstr(text, "\"renderer\":\t\"software\""));
    CHECK(text && strstr(text, "\"window\""));
    free(text);

    /* Defaults round-trip too (language "" must survive). */
    config_defaults(&c);
    CHECK_INT(config_save(&c, path, err, sizeof err), 0);
    CHECK_INT(config_load(&d, path, err, sizeof err), 0);
    check_defaults(&d);
}

static void test_broken_json(void)
{
    char err[BD_ERR_LEN] = "";
    config c;
    const char *path = DIR_C "/broken.json";
    write_text(path, "{\n  \"renderer\": \"gpu\",\n  \"fullscreen\": tru,\n  \"text_size\": 2\n}\n");
    CHECK(config_load(&c, path, err, sizeof err) < 0);
    check_defaults(&c);
    char want[BD_ERR_LEN];
    snprintf(want, sizeof want, "%s:3: ", path);
    CHECK(strncmp(err, want, strlen(want)) == 0);
    if (strncmp(err, want, strlen(want)) != 0)
        fprintf(stderr, "  message was: %s\n", err);
    CHECK(strstr(err, "tru") != NULL);   /* shows the text at the error */

    write_text(path, "{\n\"renderer\": \"gpu\",\n");  /* cut short */
    CHECK(config_load(&c, path, err, sizeof err) < 0);
    CHECK(strstr(err, path) == err);
    CHECK_INT(c.renderer, RENDERER_AUTO);

    write_text(path, "[1, 2]");
    CHECK(config_load(&c, path, err, sizeof err) < 0);
    CHECK(strstr(err, path) != NULL);
    check_defaults(&c);

    write_text(path, "");
    CHECK(config_load(&c, path, err, sizeof err) < 0);
    check_defaults(&c);
}

static void test_bad_values(void)
{
    char err[BD_ERR_LEN] = "";
    config c;
    const char *path = DIR_C "/bad.json";
    /* fullscreen has the wrong type; everything else must still load. */
    write_text(path, "{\"renderer\": \"gpu\", \"fullscreen\": \"yes\", \"language\": \"ja\","
                     " \"text_size\": 0, \"high_contrast\": true, \"reduce_motion\": true,"
                     " \"window\": {\"width\": 800, \"height\": 600}, \"future_key\": [1]}");
    CHECK(config_load(&c, path, err, sizeof err) < 0);
    CHECK(strstr(err, path) != NULL);
    CHECK(strstr(err, "fullscreen") != NULL);
    CHECK_INT(c.renderer, RENDERER_GPU);
    CHECK_INT(c.fullscreen, 0);
    CHECK_STR(c.language, "ja");
    CHECK_INT(c.text_size, 0);
    CHECK_INT(c.high_contrast, 1);
    CHECK_INT(c.reduce_motion, 1);
    CHECK_INT(c.window_w, 800);
    CHECK_INT(c.window_h, 600);

    /* Out-of-range values keep their defaults and are named. */
    write_text(path, "{\"text_size\": 3, \"fullscreen\": true}");
    CHECK(config_load(&c, path, err, sizeof err) < 0);
    CHECK(strstr(err, "text_size") != NULL);
    CHECK_INT(c.text_size, 1);
    CHECK_INT(c.fullscreen, 1);

    /* Every bad key is named, on one line. */
    write_text(path, "{\"high_contrast\": 1, \"reduce_motion\": null, \"renderer\": \"gpu\"}");
    CHECK(config_load(&c, path, err, sizeof err) < 0);
    CHECK(strstr(err, "high_contrast") && strstr(err, "reduce_motion"));
    CHECK(strchr(err, '\n') == NULL);
    CHECK_INT(c.renderer, RENDERER_GPU);

    write_text(path, "{\"renderer\": \"vulkan\"}");
    CHECK(config_load(&c, path, err, sizeof err) < 0);
    CHECK(strstr(err, "renderer") != NULL);
    CHECK_INT(c.renderer, RENDERER_AUTO);

    write_text(path, "{\"language\": \"fr\", \"window\": {\"width\": \"big\", \"height\": 500}}");
    CHECK(config_load(&c, path, err, sizeof err) < 0);
    CHECK(strstr(err, "language") != NULL);
    CHECK_STR(c.language, "");
    CHECK_INT(c.window_w, 1280);
    CHECK_INT(c.window_h, 500);

    write_text(path, "{\"text_size\": 1.5}");
    CHECK(config_load(&c, path, err, sizeof err) < 0);
    CHECK_INT(c.text_size, 1);

    /* Window sizes clamp rather than fail. */
    write_text(path, "{\"window\": {\"width\": 10, \"height\": 99999}}");
    CHECK_INT(config_load(&c, path, err, sizeof err), 0);
    CHECK_INT(c.window_w, 320);
    CHECK_INT(c.window_h, 16384);

    /* Unknown keys alone are not an error (newer versions add keys). */
    err[0] = '\0';
    write_text(path, "{\"kiosk\": {\"pin\": \"x\"}, \"renderer\": \"software\"}");
    CHECK_INT(config_load(&c, path, err, sizeof err), 0);
    CHECK_STR(err, "");
    CHECK_INT(c.renderer, RENDERER_SOFTWARE);
}

static void test_save_failure(void)
{
    char err[BD_ERR_LEN] = "";
    config c;
    config_defaults(&c);
    /* The parent "folder" is a regular file. */
    write_text(DIR_C "/plain", "x");
    CHECK(config_save(&c, DIR_C "/plain/config.json", err, sizeof err) < 0);
    CHECK(strstr(err, DIR_C "/plain") != NULL);
}

int main(void)
{
    char err[BD_ERR_LEN] = "";
    CHECK_INT(dir_make_all(DIR_C, err, sizeof err), 0);
    test_names();
    test_missing_and_round_trip();
    test_broken_json();
    test_bad_values();
    test_save_failure();
    return check_done();
}
