/*
 * scenario_info_read — copies out of Lua what the menu, the intro, the
 * debrief and the kiosk's attract screen show of a scenario that passed its
 * checks (so every field read here has the type the prelude checked), and
 * each step's tags, outcome and kind. Runs protected: every allocation is
 * owned by the scenario the moment it is made, so a Lua error half-way
 * leaks nothing.
 */
#include "script/scenario_host.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

static void read_text_field(lua_State *L, int t, const char *name, bd_text *out)
{
    lua_getfield(L, t, name);
    scn_read_text(L, -1, out, NULL);
    lua_pop(L, 1);
}

/* A list of strings at t[name] into *out (English only for texts). */
static void read_strings(lua_State *L, int t, const char *name, char ***out, size_t *n_out)
{
    if (lua_getfield(L, t, name) == LUA_TTABLE) {
        size_t n = (size_t)lua_rawlen(L, -1);
        *out = calloc(n ? n : 1, sizeof **out);
        if (!*out)
            luaL_error(L, "out of memory");
        for (size_t i = 0; i < n; i++) {
            lua_rawgeti(L, -1, (lua_Integer)i + 1);
            bd_text text = { 0 };
            scn_read_text(L, -1, &text, NULL);
            (*out)[i] = text.en;
            free(text.ja);
            *n_out = i + 1;
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

static void read_modes(lua_State *L, int t, scn_info *in)
{
    in->training = 1;
    if (lua_getfield(L, t, "modes") == LUA_TTABLE) {
        in->training = 0;
        for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, -1); i++) {
            lua_rawgeti(L, -1, i);
            const char *m = lua_tostring(L, -1);
            if (m && strcmp(m, "training") == 0)
                in->training = 1;
            if (m && strcmp(m, "kiosk") == 0)
                in->kiosk = 1;
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

static void read_facts(lua_State *L, int t, scn_info *in)
{
    if (lua_getfield(L, t, "facts") == LUA_TTABLE) {
        size_t n = (size_t)lua_rawlen(L, -1);
        in->facts = calloc(n ? n : 1, sizeof *in->facts);
        if (!in->facts)
            luaL_error(L, "out of memory");
        for (size_t i = 0; i < n; i++) {
            lua_rawgeti(L, -1, (lua_Integer)i + 1);
            int card = lua_gettop(L);
            in->n_facts = i + 1;
            read_text_field(L, card, "text", &in->facts[i].text);
            if (lua_getfield(L, card, "source") == LUA_TNUMBER)
                in->facts[i].source = (int)lua_tointeger(L, -1);
            lua_pop(L, 2);
        }
    }
    lua_pop(L, 1);
}

/* driver[fn]() returns one string per step: into out[] (NULL where none). */
static void read_per_step(lua_State *L, scenario *s, const char *fn, char **out)
{
    scn_push_driver_fn(L, fn);
    lua_call(L, 0, 1);
    for (size_t i = 0; i < s->n_steps; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        out[i] = lua_isstring(L, -1) ? scn_dup_string(L, -1) : NULL;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void read_step_kinds(lua_State *L, scenario *s, int t)
{
    lua_getfield(L, t, "steps");
    for (size_t i = 0; i < s->n_steps; i++) {
        lua_getfield(L, -1, s->step_ids[i]);
        lua_getfield(L, -1, "kind");
        s->step_kinds[i] = lua_isstring(L, -1) ? scn_dup_string(L, -1) : NULL;
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
}

int scn_read_info(lua_State *L)
{
    scenario *s = lua_touserdata(L, 1);
    scn_info *in = &s->info;
    scn_push_driver_fn(L, "scenario");
    lua_call(L, 0, 1);
    int t = lua_gettop(L);
    lua_getfield(L, t, "id");
    in->id = scn_dup_string(L, -1);
    lua_pop(L, 1);
    read_text_field(L, t, "title", &in->title);
    read_text_field(L, t, "summary", &in->summary);
    read_text_field(L, t, "intro", &in->intro);
    read_text_field(L, t, "debrief", &in->debrief);
    if (lua_getfield(L, t, "minutes") == LUA_TNUMBER)
        in->minutes = lua_tonumber(L, -1);
    lua_pop(L, 1);
    if (lua_getfield(L, t, "incident") == LUA_TTABLE) {
        int ic = lua_gettop(L);
        read_text_field(L, ic, "org", &in->org);
        read_text_field(L, ic, "when", &in->when);
        read_strings(L, ic, "sources", &in->sources, &in->n_sources);
    }
    lua_pop(L, 1);
    read_modes(L, t, in);
    read_strings(L, t, "languages", &in->languages, &in->n_languages);
    read_facts(L, t, in);
    read_step_kinds(L, s, t);
    read_per_step(L, s, "tags", s->tags);
    read_per_step(L, s, "outcomes", s->outcomes);
    return 0;
}
