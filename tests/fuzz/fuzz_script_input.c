/* Fuzz target: the headless driver's scripted input (script_parse), the
 * file that drives end-to-end tests, screenshots and soak runs.
 *
 * It needs no window: the real binary parses the script (script_load)
 * before SDL_Init, and SDL's key and gamepad-button name lookups are
 * tables that need no initialisation, so neither does this target.
 *
 * Properties checked besides memory safety: a script either parses or
 * gives one message naming the file ("NAME:LINE: ..." or "NAME: ..."), and
 * parsing the same text twice gives the same answer. */
#include "platform/platform.h"

#include "fuzz_file.h"

#include <stdint.h>
#include <string.h>

#define NAME "fuzz.script"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_strdup(data, size);
    char err[512] = "", err2[512] = "";
    script *a = script_parse(text, NAME, err, sizeof err);
    script *b = script_parse(text, NAME, err2, sizeof err2);
    FUZZ_CHECK((a == NULL) == (b == NULL));
    if (!a) {
        FUZZ_CHECK(strncmp(err, NAME ":", strlen(NAME ":")) == 0);
        FUZZ_CHECK(strlen(err) > strlen(NAME ":") && strchr(err, '\n') == NULL);
        FUZZ_CHECK(strcmp(err, err2) == 0);
    }
    script_free(a);
    script_free(b);
    free(text);
    return 0;
}
