/* kiosk_pin_cli — `breachdrill kiosk --set-pin`: the staff PIN, asked for
 * on the terminal and saved as its Argon2id hash in the kiosk's config.
 *
 * On a terminal the PIN is typed twice without echo; from a pipe it is
 * one line, for set-up scripts and tests. The PIN itself is never printed
 * or logged, and its buffers are wiped before returning. */
#include "kiosk_host.h"

#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define PIN_LINE 64   /* longer than any PIN: a longer line is refused whole */

void kiosk_config_path(const game *g, char *out, size_t outlen)
{
    if (g->opt.config_path) {
        snprintf(out, outlen, "%s", g->opt.config_path);
        return;
    }
    /* kiosk.json beside the player's config.json. */
    const char *slash = strrchr(g->paths.config, '/');
    int dir = slash ? (int)(slash - g->paths.config) : 0;
    snprintf(out, outlen, "%.*s%skiosk.json", dir, g->paths.config, slash ? "/" : "");
}

/* The terminal as it was, restored if a signal ends the prompt. */
static struct termios saved_tty;
static volatile sig_atomic_t tty_changed;

static void restore_and_die(int sig)
{
    if (tty_changed) tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* One line of stdin without its newline; -1 at end of input or when it
 * does not fit. */
static int read_line(char *buf, size_t len)
{
    if (!fgets(buf, (int)len, stdin)) return -1;
    size_t n = strcspn(buf, "\r\n");
    if (buf[n] == '\0' && n == len - 1) {
        int c;
        while ((c = getchar()) != EOF && c != '\n') {}
        sodium_memzero(buf, len);
        return -1;
    }
    buf[n] = '\0';
    return 0;
}

/* Asks on stderr and reads the answer with echo off. The first prompt
 * drops what was typed before it (it was echoed); the second keeps what
 * was typed ahead, which was not. */
static int read_hidden(const char *prompt, char *buf, size_t len, int drop_typed)
{
    fputs(prompt, stderr);
    fflush(stderr);
    struct termios quiet = saved_tty;
    quiet.c_lflag &= ~(tcflag_t)ECHO;
    quiet.c_lflag |= ECHONL;
    tty_changed = 1;
    tcsetattr(STDIN_FILENO, drop_typed ? TCSAFLUSH : TCSANOW, &quiet);
    int rc = read_line(buf, len);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
    tty_changed = 0;
    return rc;
}

/* The PIN typed: 0, or -1 with why not said on stderr. */
static int ask_pin(char *pin, size_t len)
{
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved_tty) != 0) {
        if (read_line(pin, len) == 0) return 0;
        fprintf(stderr, "breachdrill: no PIN given on standard input\n");
        return -1;
    }
    struct sigaction sa, old[3];
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = restore_and_die;
    sigemptyset(&sa.sa_mask);
    const int sigs[3] = { SIGINT, SIGTERM, SIGHUP };
    for (int i = 0; i < 3; i++) sigaction(sigs[i], &sa, &old[i]);
    char again[PIN_LINE];
    int rc = -1;
    if (read_hidden("New staff PIN (4 to 8 digits): ", pin, len, 1) != 0)
        fprintf(stderr, "breachdrill: no PIN given\n");
    else if (read_hidden("The same PIN again: ", again, sizeof again, 0) != 0 || strcmp(pin, again) != 0)
        fprintf(stderr, "breachdrill: the two PINs differ; nothing was saved\n");
    else
        rc = 0;
    sodium_memzero(again, sizeof again);
    for (int i = 0; i < 3; i++) sigaction(sigs[i], &old[i], NULL);
    return rc;
}

int kiosk_set_pin_main(const game *g)
{
    char path[4200], msg[BD_ERR_LEN] = "";
    kiosk_config_path(g, path, sizeof path);
    kiosk_config cfg;
    /* The file's other settings are kept: it is read first. One it cannot
     * read is set aside by the load and a fresh one written. */
    kiosk_config_load(path, &cfg, msg, sizeof msg);
    if (msg[0]) fprintf(stderr, "breachdrill: %s\n", msg);
    char pin[PIN_LINE];
    int rc = 1;
    if (ask_pin(pin, sizeof pin) == 0) {
        msg[0] = '\0';
        if (kiosk_pin_set(&cfg, pin, msg, sizeof msg) != 0 ||
            kiosk_config_save(path, &cfg, msg, sizeof msg) != 0) {
            fprintf(stderr, "breachdrill: %s; nothing was saved\n", msg);
        } else {
            printf("breachdrill: the staff PIN is set (saved in %s)\n", path);
            rc = 0;
        }
    }
    sodium_memzero(pin, sizeof pin);
    sodium_memzero(&cfg, sizeof cfg);
    return rc;
}
