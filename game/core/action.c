/* action — names of actions and devices, for logs, scripts and tests. */
#include "core/core.h"

static const char *const ACTION_NAMES[ACT_COUNT] = {
    [ACT_NONE] = "none", [ACT_UP] = "up", [ACT_DOWN] = "down", [ACT_LEFT] = "left",
    [ACT_RIGHT] = "right", [ACT_SELECT] = "select", [ACT_BACK] = "back",
    [ACT_CONFIRM] = "confirm", [ACT_TOGGLE] = "toggle", [ACT_SCROLL] = "scroll",
    [ACT_POINTER_DOWN] = "pointer-down", [ACT_POINTER_UP] = "pointer-up",
    [ACT_POINTER_MOVE] = "pointer-move", [ACT_TEXT] = "text", [ACT_ERASE] = "erase",
    [ACT_RELOAD] = "reload", [ACT_SCREENSHOT] = "screenshot", [ACT_QUIT] = "quit",
    [ACT_STAFF_DOWN] = "staff-down", [ACT_STAFF_UP] = "staff-up",
};

static const char *const DEVICE_NAMES[DEV_COUNT] = {
    [DEV_KEYBOARD] = "keyboard", [DEV_MOUSE] = "mouse", [DEV_TOUCH] = "touch",
    [DEV_GAMEPAD] = "gamepad",
};

const char *action_name(action_type type)
{
    return (type >= 0 && type < ACT_COUNT) ? ACTION_NAMES[type] : "?";
}

const char *input_device_name(input_device dev)
{
    return (dev >= 0 && dev < DEV_COUNT) ? DEVICE_NAMES[dev] : "?";
}
