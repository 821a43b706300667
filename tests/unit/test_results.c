/* test_results — the results log: appends create the file and its folder,
 * each record is one line, a torn last line from a crash is trimmed before
 * the next record, a record with a newline in it is refused. */
#include "core/core.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define LOG_DIR BD_TEST_TMP "/results/deeper"
#define LOG LOG_DIR "/results.jsonl"

static char *read_log(void)
{
    size_t len;
    char err[BD_ERR_LEN];
    return file_read_all(LOG, &len, err, sizeof err);
}

int main(void)
{
    char err[BD_ERR_LEN];
    unlink(LOG);

    CHECK_INT(results_append(LOG, "{\"v\":1,\"n\":1}", err, sizeof err), 0);
    CHECK_INT(results_append(LOG, "{\"v\":1,\"n\":2}", err, sizeof err), 0);
    char *s = read_log();
    CHECK_STR(s, "{\"v\":1,\"n\":1}\n{\"v\":1,\"n\":2}\n");
    free(s);

    /* A crash mid-write leaves a torn line without its newline. */
    FILE *f = fopen(LOG, "a");
    CHECK(f != NULL);
    if (f) {
        fputs("{\"v\":1,\"n\":3,\"ste", f);
        fclose(f);
    }
    CHECK_INT(results_append(LOG, "{\"v\":1,\"n\":4}", err, sizeof err), 0);
    s = read_log();
    CHECK_STR(s, "{\"v\":1,\"n\":1}\n{\"v\":1,\"n\":2}\n{\"v\":1,\"n\":4}\n");
    free(s);

    /* A log that is nothing but a torn line becomes empty first. */
    f = fopen(LOG, "w");
    if (f) {
        fputs("{\"v\":1,", f);
        fclose(f);
    }
    CHECK_INT(results_append(LOG, "{\"v\":1,\"n\":5}", err, sizeof err), 0);
    s = read_log();
    CHECK_STR(s, "{\"v\":1,\"n\":5}\n");
    free(s);

    /* A torn tail longer than one read block (4 KiB) is found too. */
    f = fopen(LOG, "a");
    if (f) {
        for (int i = 0; i < 3000; i++)
            fputs("xy", f);
        fclose(f);
    }
    CHECK_INT(results_append(LOG, "{\"v\":1,\"n\":6}", err, sizeof err), 0);
    s = read_log();
    CHECK_STR(s, "{\"v\":1,\"n\":5}\n{\"v\":1,\"n\":6}\n");
    free(s);

    CHECK_INT(results_append(LOG, "{\"v\":1}\n{\"v\":1}", err, sizeof err), -1);
    CHECK_HAS(err, "one line");
    CHECK_INT(results_append("/proc/no/such/results.jsonl", "{}", err, sizeof err), -1);
    CHECK_HAS(err, "/proc/no");
    return check_done();
}
