/* The headless driver's script parser (errors name file and line) and the
 * mapping of SDL events to actions: keys, gamepad buttons, and touch-made
 * mouse events ignored so one tap never counts twice. */
#include "check.h"
#include "platform/platform.h"

#include <SDL.h>
#include <string.h>

static void parse_fails(const char *text, const char *want)
{
    char err[BD_ERR_LEN] = "";
    script *s = script_parse(text, "t.script", err, sizeof err);
    CHECK(s == NULL);
    if (!strstr(err, want)) fprintf(stderr, "message was: %s (wanted %s)\n", err, want);
    CHECK(strstr(err, want) != NULL);
    script_free(s);
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
