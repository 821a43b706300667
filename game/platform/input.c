/* input — SDL events from keyboard, mouse, touch and gamepad into actions.
 *
 * Every device ends up as the same few actions, so every screen works with
 * any one of them alone. Pointer positions are converted to device pixels
 * (the units the ui lays out in): mouse events arrive in window points,
 * finger events normalised to 0..1. */
#include "platform/platform.h"

#include <SDL.h>
#include <string.h>

/* The left stick moves focus like the d-pad: past the threshold it steps
 * once, then repeats while held, as a keyboard does. */
#define STICK_THRESHOLD 16000
#define STICK_REPEAT_FIRST 0.40
#define STICK_REPEAT_NEXT 0.12

static size_t emit(action *out, size_t max, size_t n, action_type t, input_device d)
{
    if (n >= max) return n;
    memset(&out[n], 0, sizeof out[n]);
    out[n].type = t;
    out[n].device = d;
    return n + 1;
}

static size_t emit_pointer(action *out, size_t max, size_t n, action_type t, input_device d,
                           float x, float y)
{
    size_t m = emit(out, max, n, t, d);
    if (m > n) { out[n].x = x; out[n].y = y; }
    return m;
}

static size_t emit_scroll(action *out, size_t max, size_t n, input_device d, float amount)
{
    size_t m = emit(out, max, n, ACT_SCROLL, d);
    if (m > n) out[n].amount = amount;
    return m;
}

static size_t map_key(const SDL_KeyboardEvent *k, action *out, size_t max)
{
    const input_device d = DEV_KEYBOARD;
    int shift = (k->keysym.mod & KMOD_SHIFT) != 0;
    int ctrl = (k->keysym.mod & KMOD_CTRL) != 0;
    switch (k->keysym.sym) {
    case SDLK_UP:       return emit(out, max, 0, ACT_UP, d);
    case SDLK_DOWN:     return emit(out, max, 0, ACT_DOWN, d);
    case SDLK_LEFT:     return emit(out, max, 0, ACT_LEFT, d);
    case SDLK_RIGHT:    return emit(out, max, 0, ACT_RIGHT, d);
    case SDLK_TAB:      return emit(out, max, 0, shift ? ACT_UP : ACT_DOWN, d);
    case SDLK_RETURN: case SDLK_KP_ENTER:
        return emit(out, max, 0, ctrl ? ACT_CONFIRM : ACT_SELECT, d);
    case SDLK_SPACE:    return emit(out, max, 0, ACT_TOGGLE, d);
    case SDLK_ESCAPE:   return emit(out, max, 0, ACT_BACK, d);
    case SDLK_BACKSPACE: return emit(out, max, 0, ACT_ERASE, d);
    case SDLK_PAGEUP:   return emit_scroll(out, max, 0, d, -5);
    case SDLK_PAGEDOWN: return emit_scroll(out, max, 0, d, 5);
    case SDLK_F5:       return emit(out, max, 0, ACT_RELOAD, d);
    case SDLK_F12:      return emit(out, max, 0, ACT_SCREENSHOT, d);
    default:            return 0;
    }
}

static size_t map_pad_button(Uint8 button, action *out, size_t max)
{
    const input_device d = DEV_GAMEPAD;
    switch (button) {
    case SDL_CONTROLLER_BUTTON_DPAD_UP:    return emit(out, max, 0, ACT_UP, d);
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN:  return emit(out, max, 0, ACT_DOWN, d);
    case SDL_CONTROLLER_BUTTON_DPAD_LEFT:  return emit(out, max, 0, ACT_LEFT, d);
    case SDL_CONTROLLER_BUTTON_DPAD_RIGHT: return emit(out, max, 0, ACT_RIGHT, d);
    case SDL_CONTROLLER_BUTTON_A:          return emit(out, max, 0, ACT_SELECT, d);
    case SDL_CONTROLLER_BUTTON_B:          return emit(out, max, 0, ACT_BACK, d);
    case SDL_CONTROLLER_BUTTON_X:          return emit(out, max, 0, ACT_TOGGLE, d);
    case SDL_CONTROLLER_BUTTON_START:      return emit(out, max, 0, ACT_CONFIRM, d);
    case SDL_CONTROLLER_BUTTON_LEFTSHOULDER:  return emit_scroll(out, max, 0, d, -5);
    case SDL_CONTROLLER_BUTTON_RIGHTSHOULDER: return emit_scroll(out, max, 0, d, 5);
    default: return 0;
    }
}

static platform_pad *pad_by_instance(platform *p, int instance)
{
    for (int i = 0; i < PLATFORM_MAX_PADS; i++)
        if (p->pads[i].pad && p->pads[i].instance == instance) return &p->pads[i];
    return NULL;
}

/* The kiosk's staff chord on a keyboard: Ctrl+Alt+K held. Only the
 * chord's own action is sent, so holding it starts nothing on screen. */
static size_t map_chord_key(platform *p, const SDL_KeyboardEvent *k, action *out, size_t max)
{
    int mods = (k->keysym.mod & KMOD_CTRL) && (k->keysym.mod & KMOD_ALT);
    if (k->type == SDL_KEYDOWN && k->keysym.sym == SDLK_k && mods) {
        if (k->repeat || p->chord_key) return 0;
        p->chord_key = 1;
        return emit(out, max, 0, ACT_STAFF_DOWN, DEV_KEYBOARD);
    }
    int part = k->keysym.sym == SDLK_k || k->keysym.sym == SDLK_LCTRL || k->keysym.sym == SDLK_RCTRL ||
               k->keysym.sym == SDLK_LALT || k->keysym.sym == SDLK_RALT;
    if (k->type == SDL_KEYUP && p->chord_key && part) {
        p->chord_key = 0;
        return emit(out, max, 0, ACT_STAFF_UP, DEV_KEYBOARD);
    }
    return 0;
}

/* The staff chord on a pad: Back held, then Start held with it. Start
 * pressed with Back down is the chord alone, not Confirm. */
static size_t map_pad_chord(platform *p, const SDL_ControllerButtonEvent *b, action *out, size_t max,
                            int *consumed)
{
    platform_pad *pp = pad_by_instance(p, b->which);
    if (!pp) pp = &p->unopened_pad;
    int down = b->type == SDL_CONTROLLERBUTTONDOWN;
    *consumed = 0;
    if (b->button == SDL_CONTROLLER_BUTTON_BACK) pp->back_held = down;
    if (down && b->button == SDL_CONTROLLER_BUTTON_START && pp->back_held) {
        pp->chord = 1;
        *consumed = 1;
        return emit(out, max, 0, ACT_STAFF_DOWN, DEV_GAMEPAD);
    }
    if (!down && pp->chord &&
        (b->button == SDL_CONTROLLER_BUTTON_BACK || b->button == SDL_CONTROLLER_BUTTON_START)) {
        pp->chord = 0;
        *consumed = 1;
        return emit(out, max, 0, ACT_STAFF_UP, DEV_GAMEPAD);
    }
    return 0;
}

static void pad_open(platform *p, int device_index)
{
    SDL_GameController *gc = SDL_GameControllerOpen(device_index);
    if (!gc) return;
    int inst = SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(gc));
    if (pad_by_instance(p, inst)) { SDL_GameControllerClose(gc); return; }
    for (int i = 0; i < PLATFORM_MAX_PADS; i++) {
        if (!p->pads[i].pad) {
            p->pads[i] = (platform_pad){ .pad = gc, .instance = inst };
            return;
        }
    }
    SDL_GameControllerClose(gc);   /* more pads than we track: ignore this one */
}

static void pad_close(platform *p, int instance)
{
    platform_pad *pp = pad_by_instance(p, instance);
    if (!pp) return;
    SDL_GameControllerClose(pp->pad);
    memset(pp, 0, sizeof *pp);
}

void input_close_gamepads(platform *p)
{
    for (int i = 0; i < PLATFORM_MAX_PADS; i++)
        if (p->pads[i].pad) pad_close(p, p->pads[i].instance);
}

/* The stick steps once when it crosses the threshold. Events from pads we
 * did not open (a scripted test's synthetic events) are handled the same,
 * with the repeat state kept in a spare slot. */
static size_t map_pad_axis(platform *p, const SDL_ControllerAxisEvent *ax, action *out, size_t max)
{
    if (ax->axis != SDL_CONTROLLER_AXIS_LEFTY) return 0;
    platform_pad *pp = pad_by_instance(p, ax->which);
    if (!pp) pp = &p->unopened_pad;
    int dir = ax->value <= -STICK_THRESHOLD ? -1 : ax->value >= STICK_THRESHOLD ? 1 : 0;
    if (dir == pp->stick_dir) return 0;
    pp->stick_dir = dir;
    if (dir == 0) return 0;
    pp->next_repeat = platform_now(p) + STICK_REPEAT_FIRST;
    return emit(out, max, 0, dir < 0 ? ACT_UP : ACT_DOWN, DEV_GAMEPAD);
}

/* Pad slot i: the opened pads, then the slot for synthetic pads. NULL unless
 * its stick is held. */
static platform_pad *held_pad(platform *p, int i)
{
    platform_pad *pp = i < PLATFORM_MAX_PADS ? &p->pads[i] : &p->unopened_pad;
    return (pp->pad || i == PLATFORM_MAX_PADS) && pp->stick_dir != 0 ? pp : NULL;
}

double input_next_deadline(platform *p)
{
    double next = -1;
    for (int i = 0; i <= PLATFORM_MAX_PADS; i++) {
        const platform_pad *pp = held_pad(p, i);
        if (pp && (next < 0 || pp->next_repeat < next)) next = pp->next_repeat;
    }
    return next;
}

size_t input_tick(platform *p, double now, action *out, size_t max)
{
    size_t n = 0;
    for (int i = 0; i <= PLATFORM_MAX_PADS; i++) {
        platform_pad *pp = held_pad(p, i);
        if (!pp || now < pp->next_repeat) continue;
        n = emit(out, max, n, pp->stick_dir < 0 ? ACT_UP : ACT_DOWN, DEV_GAMEPAD);
        pp->next_repeat = now + STICK_REPEAT_NEXT;
    }
    return n;
}

size_t input_map_event(platform *p, const SDL_Event *ev, action *out, size_t max)
{
    int ow = 0, oh = 0;
    float dpi = 1.0f;
    switch (ev->type) {
    case SDL_QUIT:
        return emit(out, max, 0, ACT_QUIT, DEV_KEYBOARD);
    case SDL_WINDOWEVENT:
        if (ev->window.event == SDL_WINDOWEVENT_CLOSE) return emit(out, max, 0, ACT_QUIT, DEV_KEYBOARD);
        return 0;
    case SDL_KEYDOWN: {
        size_t n = map_chord_key(p, &ev->key, out, max);
        return n || p->chord_key ? n : map_key(&ev->key, out, max);
    }
    case SDL_KEYUP:
        return map_chord_key(p, &ev->key, out, max);
    case SDL_TEXTINPUT: {
        size_t n = emit(out, max, 0, ACT_TEXT, DEV_KEYBOARD);
        if (n) snprintf(out[0].text, sizeof out[0].text, "%s", ev->text.text);
        return n;
    }
    case SDL_MOUSEMOTION:
        if (ev->motion.which == SDL_TOUCH_MOUSEID) return 0;
        platform_output_size(p, &ow, &oh, &dpi);
        return emit_pointer(out, max, 0, ACT_POINTER_MOVE, DEV_MOUSE,
                            (float)ev->motion.x * dpi, (float)ev->motion.y * dpi);
    case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP:
        if (ev->button.which == SDL_TOUCH_MOUSEID || ev->button.button != SDL_BUTTON_LEFT) return 0;
        platform_output_size(p, &ow, &oh, &dpi);
        return emit_pointer(out, max, 0,
                            ev->type == SDL_MOUSEBUTTONDOWN ? ACT_POINTER_DOWN : ACT_POINTER_UP,
                            DEV_MOUSE, (float)ev->button.x * dpi, (float)ev->button.y * dpi);
    case SDL_MOUSEWHEEL:
        if (ev->wheel.which == SDL_TOUCH_MOUSEID) return 0;
        return emit_scroll(out, max, 0, DEV_MOUSE, (float)-ev->wheel.y);
    case SDL_FINGERDOWN: case SDL_FINGERUP: case SDL_FINGERMOTION: {
        platform_output_size(p, &ow, &oh, &dpi);
        action_type t = ev->type == SDL_FINGERDOWN ? ACT_POINTER_DOWN
                      : ev->type == SDL_FINGERUP ? ACT_POINTER_UP : ACT_POINTER_MOVE;
        return emit_pointer(out, max, 0, t, DEV_TOUCH, ev->tfinger.x * (float)ow,
                            ev->tfinger.y * (float)oh);
    }
    case SDL_CONTROLLERDEVICEADDED:
        pad_open(p, ev->cdevice.which);
        return 0;
    case SDL_CONTROLLERDEVICEREMOVED:
        pad_close(p, ev->cdevice.which);
        return 0;
    case SDL_CONTROLLERBUTTONDOWN: case SDL_CONTROLLERBUTTONUP: {
        int consumed;
        size_t n = map_pad_chord(p, &ev->cbutton, out, max, &consumed);
        if (consumed || ev->type == SDL_CONTROLLERBUTTONUP) return n;
        return map_pad_button(ev->cbutton.button, out, max);
    }
    case SDL_CONTROLLERAXISMOTION:
        return map_pad_axis(p, &ev->caxis, out, max);
    default:
        return 0;
    }
}
