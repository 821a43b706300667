/* The headless driver's script parser (errors name file and line) and the
 * mapping of SDL events to actions: keys, gamepad buttons, and touch-made
 * mouse events ignored so one tap never counts twice. */
#include "check.h"
#include "platform/platform.h"

#include <SDL.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void parse_fails(const char *text, const char *want)
{
    char err[BD_ERR_LEN] = "";
    script *s = script_parse(text, "t.script", err, sizeof err);
    CHECK(s == NULL);
    if (!strstr(err, want)) fprintf(stderr, "message was: %s (wanted %s)\n", err, want);
    CHECK(strstr(err, want) != NULL);
    script_free(s);
}

/* Plays s to its end through script_step and returns the virtual
 * milliseconds each `wait` asked for, in the order they ran (at most max;
 * -1 marks an error). Waits need no window, so the order of a script's
 * commands, repeats and all, is visible without one. */
static size_t waits_played(script *s, int *out, size_t max)
{
    platform p;
    memset(&p, 0, sizeof p);
    int dirty = 0;
    script_env env = { .p = &p, .dirty = &dirty };
    size_t n = 0;
    int rc;
    while ((rc = script_step(s, &env)) == 0 && n < max) {
        out[n++] = (int)((p.wait_until - p.vclock) * 1000.0 + 0.5);
        p.vclock = p.wait_until;
    }
    if (rc < 0 && n < max) out[n++] = -1;
    return n;
}

/* `memory LABEL` lines printed while s plays, read back from stdout. The
 * file at extra_path is opened after the first step and closed at the end,
 * so the second sample must count one more descriptor. */
static void memory_samples(script *s, const char *extra_path, long rss[2], long fds[2])
{
    char path[] = "/tmp/bd-memory-XXXXXX";
    int out = mkstemp(path), saved = dup(1);
    CHECK(out >= 0 && saved >= 0);
    fflush(stdout);
    dup2(out, 1);
    platform p;
    memset(&p, 0, sizeof p);
    int dirty = 0, extra = -1;
    script_env env = { .p = &p, .dirty = &dirty };
    while (script_step(s, &env) == 0)
        if (extra < 0) extra = open(extra_path, O_RDONLY);
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    if (extra >= 0) close(extra);
    char text[512] = "";
    ssize_t n = pread(out, text, sizeof text - 1, 0);
    close(out);
    unlink(path);
    text[n > 0 ? n : 0] = '\0';
    CHECK_INT(sscanf(text, "memory before rss_kib=%ld fds=%ld\nmemory after rss_kib=%ld fds=%ld\n",
                     &rss[0], &fds[0], &rss[1], &fds[1]), 4);
}

static size_t map(platform *p, SDL_Event *ev, action *out)
{
    return input_map_event(p, ev, out, 4);
}

int main(void)
{
    char err[BD_ERR_LEN];
    script *s = script_parse("# comment\n\nkey Down\nkey shift+Tab\ntap 10 20\ntap @title.play\n"
                             "click @list.back\nmove 1 2\nwheel -3\npad dpdown\nstick -20000\n"
                             "text こんにちは\nwait 500\nresize 800 600\nscreenshot a b.png\n"
                             "expect screen list\nexpect focus list.item.2\nclose\nquit\n",
                             "ok.script", err, sizeof err);
    CHECK(s != NULL);
    script_free(s);

    parse_fails("key Down\nfly 1\n", "t.script:2: unknown command 'fly'");
    parse_fails("key NoSuchKey\n", "t.script:1: key needs");
    parse_fails("tap 10\n", "t.script:1: tap needs whole numbers");
    parse_fails("wait -5\n", "t.script:1: wait needs whole numbers");
    parse_fails("pad z9\n", "t.script:1: pad needs");
    parse_fails("\n\nexpect colour red\n", "t.script:3: expect takes");
    parse_fails("screenshot\n", "t.script:1: screenshot needs");
    parse_fails("repeat 0\nwait 1\nend\n", "t.script:1: repeat needs one whole number N >= 1");
    parse_fails("repeat many\nend\n", "t.script:1: repeat needs");
    parse_fails("repeat 2 3\nend\n", "t.script:1: repeat needs");
    parse_fails("wait 1\nrepeat 2\nwait 1\n", "t.script:2: repeat without an end");
    /* The outer block is the one left open. */
    parse_fails("repeat 2\n\nrepeat 3\nwait 1\nend\n", "t.script:1: repeat without an end");
    parse_fails("wait 1\nend\n", "t.script:2: end without a repeat");
    parse_fails("repeat 2\nend\nend\n", "t.script:3: end without a repeat");
    parse_fails("repeat 2\nend now\n", "t.script:2: end takes nothing");
    parse_fails("memory\n", "t.script:1: memory takes one label");
    parse_fails("memory a b\n", "t.script:1: memory takes one label");
    {
        char deep[20 * 16] = "";
        for (int i = 0; i < 17; i++) strcat(deep, "repeat 2\n");
        parse_fails(deep, "t.script:17: repeat nested deeper than 16");
    }

    /* Repeats play their block N times, nested ones N x M, in order; a
     * block is entered afresh each time round the outer one. */
    s = script_parse("wait 1\nrepeat 3\nwait 2\nrepeat 2\nwait 3\nend\nend\nwait 4\n"
                     "repeat 1\nwait 5\nend\nrepeat 4\nend\nwait 6\n", "loop.script", err, sizeof err);
    CHECK(s != NULL);
    if (s) {
        int got[32];
        const int want[] = { 1, 2, 3, 3, 2, 3, 3, 2, 3, 3, 4, 5, 6 };
        size_t n = waits_played(s, got, 32);
        CHECK_INT(n, sizeof want / sizeof want[0]);
        for (size_t i = 0; i < n && i < sizeof want / sizeof want[0]; i++) CHECK_INT(got[i], want[i]);
        script_free(s);
    }
    /* A long run costs one block: 100,000 rounds from three commands. */
    s = script_parse("repeat 1000\nrepeat 100\nwait 7\nend\nend\nwait 8\n", "long.script", err,
                     sizeof err);
    CHECK(s != NULL);
    if (s) {
        static int got[100002];
        size_t n = waits_played(s, got, 100002);
        CHECK_INT(n, 100001);
        CHECK_INT(got[0], 7);
        CHECK_INT(got[99999], 7);
        CHECK_INT(got[100000], 8);
        script_free(s);
    }

#ifdef __linux__
    /* `memory` reports this process: resident memory, and one more open
     * file once the test opens one between the two samples. */
    s = script_parse("memory before\nwait 1\nmemory after\n", "mem.script", err, sizeof err);
    CHECK(s != NULL);
    if (s) {
        long rss[2] = { 0, 0 }, fds[2] = { 0, 0 };
        memory_samples(s, "/dev/null", rss, fds);
        CHECK(rss[0] > 0 && rss[1] > 0);
        CHECK(fds[0] >= 3);
        CHECK_INT(fds[1], fds[0] + 1);
        script_free(s);
    }
#endif

    /* Event mapping needs no window for keys and buttons. */
    platform p;
    memset(&p, 0, sizeof p);
    action out[4];
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_KEYDOWN;
    ev.key.keysym.sym = SDLK_DOWN;
    CHECK_INT(map(&p, &ev, out), 1);
    CHECK_INT(out[0].type, ACT_DOWN);
    CHECK_INT(out[0].device, DEV_KEYBOARD);
    ev.key.keysym.sym = SDLK_TAB;
    ev.key.keysym.mod = KMOD_LSHIFT;
    CHECK_INT(map(&p, &ev, out), 1);
    CHECK_INT(out[0].type, ACT_UP);
    ev.key.keysym.sym = SDLK_RETURN;
    ev.key.keysym.mod = KMOD_LCTRL;
    map(&p, &ev, out);
    CHECK_INT(out[0].type, ACT_CONFIRM);
    ev.key.keysym.mod = 0;
    map(&p, &ev, out);
    CHECK_INT(out[0].type, ACT_SELECT);
    ev.key.keysym.sym = SDLK_ESCAPE;
    map(&p, &ev, out);
    CHECK_INT(out[0].type, ACT_BACK);
    ev.key.keysym.sym = SDLK_F5;
    map(&p, &ev, out);
    CHECK_INT(out[0].type, ACT_RELOAD);
    ev.key.keysym.sym = SDLK_q;
    CHECK_INT(map(&p, &ev, out), 0);

    memset(&ev, 0, sizeof ev);
    ev.type = SDL_CONTROLLERBUTTONDOWN;
    ev.cbutton.button = SDL_CONTROLLER_BUTTON_A;
    CHECK_INT(map(&p, &ev, out), 1);
    CHECK_INT(out[0].type, ACT_SELECT);
    CHECK_INT(out[0].device, DEV_GAMEPAD);
    ev.cbutton.button = SDL_CONTROLLER_BUTTON_B;
    map(&p, &ev, out);
    CHECK_INT(out[0].type, ACT_BACK);
    ev.cbutton.button = SDL_CONTROLLER_BUTTON_DPAD_UP;
    map(&p, &ev, out);
    CHECK_INT(out[0].type, ACT_UP);

    /* The stick steps once when it crosses the threshold, not on every wiggle. */
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_CONTROLLERAXISMOTION;
    ev.caxis.axis = SDL_CONTROLLER_AXIS_LEFTY;
    ev.caxis.value = 20000;
    CHECK_INT(map(&p, &ev, out), 1);
    CHECK_INT(out[0].type, ACT_DOWN);
    ev.caxis.value = 25000;
    CHECK_INT(map(&p, &ev, out), 0);
    ev.caxis.value = 0;
    CHECK_INT(map(&p, &ev, out), 0);
    ev.caxis.value = -30000;
    map(&p, &ev, out);
    CHECK_INT(out[0].type, ACT_UP);

    /* Mouse events SDL makes from touches are dropped: the finger events
     * already count. */
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.which = SDL_TOUCH_MOUSEID;
    ev.button.button = SDL_BUTTON_LEFT;
    CHECK_INT(map(&p, &ev, out), 0);
    ev.type = SDL_MOUSEMOTION;
    ev.motion.which = SDL_TOUCH_MOUSEID;
    CHECK_INT(map(&p, &ev, out), 0);
    ev.type = SDL_MOUSEWHEEL;
    ev.wheel.which = SDL_TOUCH_MOUSEID;
    CHECK_INT(map(&p, &ev, out), 0);

    memset(&ev, 0, sizeof ev);
    ev.type = SDL_QUIT;
    map(&p, &ev, out);
    CHECK_INT(out[0].type, ACT_QUIT);
    ev.type = SDL_TEXTINPUT;
    strcpy(ev.text.text, "ア");
    map(&p, &ev, out);
    CHECK_INT(out[0].type, ACT_TEXT);
    CHECK_STR(out[0].text, "ア");

    /* Auto never picks the GPU path on a headless driver. */
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    const char *why = NULL;
    CHECK_INT(platform_resolve_renderer(RENDERER_AUTO, &why), RENDERER_SOFTWARE);
    CHECK(why != NULL);
    CHECK_INT(platform_resolve_renderer(RENDERER_GPU, &why), RENDERER_GPU);
    return check_done();
}
