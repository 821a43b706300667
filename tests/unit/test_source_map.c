/* test_source_map — field paths to lines: the scenario shape with exact
 * lines, roots (return, local, NAME.a.b), keys ([n], ["s"], positional),
 * comments and strings that hide braces, long brackets with levels, function
 * bodies, duplicates, ancestor fallback, line endings, and inputs cut short
 * or made of arbitrary bytes (no crash, no read past len). */
#include "script/script.h"
#include "check.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static source_map *build(const char *src)
{
    source_map *m = source_map_build(src, strlen(src));
    CHECK(m != NULL);
    return m;
}

static size_t dup_count(const source_map *m)
{
    size_t n = 0;
    while (source_map_duplicate(m, n, NULL, NULL, NULL) == 0)
        n++;
    return n;
}

static const char example[] =
    "-- comment\n"                                                           /* 1 */
    "local shared = { detect = 1 }\n"                                        /* 2 */
    "return {\n"                                                             /* 3 */
    "  id = \"acme\",\n"                                                     /* 4 */
    "  steps = {\n"                                                          /* 5 */
    "    inbox = {\n"                                                        /* 6 */
    "      kind = \"choice\",\n"                                             /* 7 */
    "      choices = {\n"                                                    /* 8 */
    "        { text = \"A\", next = \"headers\", detect = 1 },   -- choices.1\n" /* 9 */
    "        { text = [[long\n"                                              /* 10 */
    "string]], next = \"paid\" },                              -- choices.2\n" /* 11 */
    "      },\n"                                                             /* 12 */
    "    },\n"                                                               /* 13 */
    "    [\"paid\"] = { kind = \"ending\", outcome = \"bad\", text = \"x\" },\n" /* 14 */
    "    inbox = { kind = \"ending\" },   -- duplicate key\n"                /* 15 */
    "  },\n"                                                                 /* 16 */
    "}\n";                                                                   /* 17 */

static void test_example(void)
{
    source_map *m = build(example);
    CHECK_INT(source_map_line(m, "shared"), 2);
    CHECK_INT(source_map_line(m, "shared.detect"), 2);
    CHECK_INT(source_map_line(m, "id"), 4);
    CHECK_INT(source_map_line(m, "steps"), 5);
    CHECK_INT(source_map_line(m, "steps.paid"), 14);
    CHECK_INT(source_map_line(m, "steps.paid.kind"), 14);
    CHECK_INT(source_map_line(m, "steps.paid.outcome"), 14);
    /* The later "inbox" is the one Lua keeps: its path and fields win, and
     * the fields of the replaced table are not found any more. */
    CHECK_INT(source_map_line(m, "steps.inbox"), 15);
    CHECK_INT(source_map_line(m, "steps.inbox.kind"), 15);
    CHECK_INT(source_map_line(m, "steps.inbox.choices"), 15);
    CHECK_INT(source_map_line(m, "steps.inbox.choices.2.next"), 15);
    /* Ancestor fallback. */
    CHECK_INT(source_map_line(m, "steps.paid.choices.1.next"), 14);
    CHECK_INT(source_map_line(m, "steps.nosuch"), 5);
    CHECK_INT(source_map_line(m, "nosuch"), 0);
    CHECK_INT(source_map_line(m, "nosuch.deeper"), 0);
    CHECK_INT(source_map_line(m, ""), 0);
    CHECK_INT(source_map_line(m, NULL), 0);
    CHECK_INT(source_map_line(NULL, "id"), 0);

    const char *path = NULL;
    int line = 0, first = 0;
    CHECK_INT(source_map_duplicate(m, 0, &path, &line, &first), 0);
    CHECK_STR(path, "steps.inbox");
    CHECK_INT(line, 15);
    CHECK_INT(first, 6);
    CHECK_INT(source_map_duplicate(m, 1, &path, &line, &first), -1);
    CHECK_INT(source_map_duplicate(NULL, 0, &path, &line, &first), -1);
    source_map_free(m);
    source_map_free(NULL);

    /* Without the duplicate, every field of the choices is found. */
    char *copy = malloc(sizeof example);
    memcpy(copy, example, sizeof example);
    char *dupl = strstr(copy, "    inbox = { kind = \"ending\" },");
    CHECK(dupl != NULL);
    memcpy(dupl, "    other", 9);
    m = build(copy);
    CHECK_INT(source_map_line(m, "steps.other"), 15);
    CHECK_INT(source_map_line(m, "steps.inbox"), 6);
    CHECK_INT(source_map_line(m, "steps.inbox.kind"), 7);
    CHECK_INT(source_map_line(m, "steps.inbox.choices"), 8);
    CHECK_INT(source_map_line(m, "steps.inbox.choices.1"), 9);
    CHECK_INT(source_map_line(m, "steps.inbox.choices.1.next"), 9);
    CHECK_INT(source_map_line(m, "steps.inbox.choices.1.detect"), 9);
    CHECK_INT(source_map_line(m, "steps.inbox.choices.2"), 10);
    CHECK_INT(source_map_line(m, "steps.inbox.choices.2.text"), 10);
    CHECK_INT(source_map_line(m, "steps.inbox.choices.2.next"), 11);
    CHECK_INT(source_map_line(m, "steps.inbox.choices.3"), 8);
    CHECK_INT(source_map_line(m, "steps.inbox.choices.2.next.x.y"), 11);
    CHECK_INT(dup_count(m), 0);
    source_map_free(m);
    free(copy);
}

static void test_comments_and_strings(void)
{
    const char *src =
        "-- return { fake = 1 }\n"                        /* 1 */
        "--[[ { still = 'a comment' }\n"                  /* 2 */
        "  } ]]\n"                                        /* 3 */
        "--[==[ ]] ]=] { no = 1 }\n"                      /* 4 */
        "]==] return {\n"                                 /* 5 */
        "  a = \"{ b = 1 }\",\n"                          /* 6 */
        "  c = '} = {',   -- } {\n"                       /* 7 */
        "  d = \"\\\"{\", e = '\\'}',\n"                  /* 8 */
        "  f = \"a\\\n"                                   /* 9: "\<newline>" */
        "b\", g = 1,\n"                                   /* 10 */
        "  h = \"x\\z\n"                                  /* 11: "\z" spans lines */
        "        \n"                                      /* 12 */
        "     y\", i = 2,\n"                              /* 13 */
        "  j = [==[ ]] ]=] { k = 1 }\n"                   /* 14 */
        "]==], l = 3,\n"                                  /* 15 */
        "  m = 0x1F + 1e3 - .5 + 3.25e-2 + 0xA.8p1, n = 4,\n" /* 16 */
        "  o = a.b..c.d, p = 5 == 5, q = {}, r = 'x' ..[[y]],\n" /* 17 */
        "}\n";
    source_map *m = build(src);
    CHECK_INT(source_map_line(m, "fake"), 0);
    CHECK_INT(source_map_line(m, "still"), 0);
    CHECK_INT(source_map_line(m, "no"), 0);
    CHECK_INT(source_map_line(m, "b"), 0);
    CHECK_INT(source_map_line(m, "k"), 0);
    CHECK_INT(source_map_line(m, "a"), 6);
    CHECK_INT(source_map_line(m, "c"), 7);
    CHECK_INT(source_map_line(m, "d"), 8);
    CHECK_INT(source_map_line(m, "e"), 8);
    CHECK_INT(source_map_line(m, "f"), 9);
    CHECK_INT(source_map_line(m, "g"), 10);
    CHECK_INT(source_map_line(m, "h"), 11);
    CHECK_INT(source_map_line(m, "i"), 13);
    CHECK_INT(source_map_line(m, "j"), 14);
    CHECK_INT(source_map_line(m, "l"), 15);
    CHECK_INT(source_map_line(m, "m"), 16);
    CHECK_INT(source_map_line(m, "n"), 16);
    CHECK_INT(source_map_line(m, "o"), 17);
    CHECK_INT(source_map_line(m, "p"), 17);
    CHECK_INT(source_map_line(m, "q"), 17);
    CHECK_INT(source_map_line(m, "r"), 17);
    CHECK_INT(dup_count(m), 0);
    source_map_free(m);

    /* A long string as a positional value counts its lines; levels must match. */
    src = "return {\n"                 /* 1 */
          "  [[one\n"                  /* 2 */
          "two]],\n"                   /* 3 */
          "  [=[\n"                    /* 4: the first newline is skipped, still a line */
          "]] ]==] ]=],\n"             /* 5 */
          "  'three',\n"               /* 6 */
          "}\n";
    m = build(src);
    CHECK_INT(source_map_line(m, "1"), 2);
    CHECK_INT(source_map_line(m, "2"), 4);
    CHECK_INT(source_map_line(m, "3"), 6);
    CHECK_INT(source_map_line(m, "4"), 0);
    source_map_free(m);
}

static void test_functions(void)
{
    const char *src =
        "local function helper(x)\n"                                  /* 1 */
        "  local t = { a = 1 }\n"                                     /* 2 */
        "  if x then return { bad = 1 } end\n"                        /* 3 */
        "  for i = 1, 2 do t[i] = { b = i } end\n"                    /* 4 */
        "  while false do local u = {} end\n"                         /* 5 */
        "  repeat local v = { c = 1 } until true\n"                   /* 6 */
        "  return t\n"                                                /* 7 */
        "end\n"                                                       /* 8 */
        "return {\n"                                                  /* 9 */
        "  steps = {\n"                                               /* 10 */
        "    s1 = {\n"                                                /* 11 */
        "      when = function(state) local t = {a=1} return t.a end,\n" /* 12 */
        "      score = function(s)\n"                                 /* 13 */
        "        if s.x then\n"                                       /* 14 */
        "          do local q = { z = 1 } end\n"                      /* 15 */
        "        elseif s.y then return { y = 2 }\n"                  /* 16 */
        "        else repeat until {} end\n"                          /* 17 */
        "        return helper { w = 1 }\n"                           /* 18 */
        "      end,\n"                                                /* 19 */
        "      next = \"s2\",\n"                                      /* 20 */
        "      list = setmetatable({ hidden = 1 }, {}),\n"            /* 21 */
        "      call = f({ arg = 1 }), more = 1,\n"                    /* 22 */
        "    },\n"                                                    /* 23 */
        "  },\n"                                                      /* 24 */
        "}\n";
    source_map *m = build(src);
    CHECK_INT(source_map_line(m, "t"), 0);
    CHECK_INT(source_map_line(m, "bad"), 0);
    CHECK_INT(source_map_line(m, "a"), 0);
    CHECK_INT(source_map_line(m, "steps.s1"), 11);
    CHECK_INT(source_map_line(m, "steps.s1.when"), 12);
    CHECK_INT(source_map_line(m, "steps.s1.when.a"), 12);   /* falls back: not recorded */
    CHECK_INT(source_map_line(m, "steps.s1.score"), 13);
    CHECK_INT(source_map_line(m, "steps.s1.score.y"), 13);
    CHECK_INT(source_map_line(m, "steps.s1.next"), 20);
    CHECK_INT(source_map_line(m, "steps.s1.list"), 21);
    CHECK_INT(source_map_line(m, "steps.s1.list.hidden"), 21);
    CHECK_INT(source_map_line(m, "steps.s1.call"), 22);
    CHECK_INT(source_map_line(m, "steps.s1.more"), 22);
    CHECK_INT(source_map_line(m, "y"), 0);
    CHECK_INT(source_map_line(m, "w"), 0);
    CHECK_INT(source_map_line(m, "hidden"), 0);
    CHECK_INT(dup_count(m), 0);
    source_map_free(m);
}

static void test_roots(void)
{
    const char *src =
        "local A = {\n"                            /* 1 */
        "  x = 1,\n"                               /* 2 */
        "}\n"                                      /* 3 */
        "local B <const> = { y = 2 }\n"            /* 4 */
        "C = { z = 3 }\n"                          /* 5 */
        "C.d.e = {\n"                              /* 6 */
        "  f = 4 }\n"                              /* 7 */
        "A.sub = { g = 5 }\n"                      /* 8 */
        "local p, q = { no1 = 1 }, { no2 = 2 }\n"  /* 9 */
        "t.u = 1 v = { w = 6 }\n"                  /* 10 */
        "print { no3 = 1 }\n"                      /* 11 */
        "local D = x or { no4 = 1 }\n"             /* 12 */
        "if true then E = { h = 7 } end\n"         /* 13 */
        "obj:m { no5 = 1 }\n"                      /* 14 */
        "return {\n"                               /* 15 */
        "  k = A,\n"                               /* 16 */
        "}\n";
    source_map *m = build(src);
    CHECK_INT(source_map_line(m, "A"), 1);
    CHECK_INT(source_map_line(m, "A.x"), 2);
    CHECK_INT(source_map_line(m, "B"), 4);
    CHECK_INT(source_map_line(m, "B.y"), 4);
    CHECK_INT(source_map_line(m, "C"), 5);
    CHECK_INT(source_map_line(m, "C.z"), 5);
    CHECK_INT(source_map_line(m, "C.d"), 5);       /* C.d is not written: C is */
    CHECK_INT(source_map_line(m, "C.d.e"), 6);
    CHECK_INT(source_map_line(m, "C.d.e.f"), 7);
    CHECK_INT(source_map_line(m, "A.sub"), 8);
    CHECK_INT(source_map_line(m, "A.sub.g"), 8);
    CHECK_INT(source_map_line(m, "p"), 0);
    CHECK_INT(source_map_line(m, "q"), 0);
    CHECK_INT(source_map_line(m, "no1"), 0);
    CHECK_INT(source_map_line(m, "p.no1"), 0);
    CHECK_INT(source_map_line(m, "q.no2"), 0);
    CHECK_INT(source_map_line(m, "u"), 0);
    CHECK_INT(source_map_line(m, "t.u"), 0);
    CHECK_INT(source_map_line(m, "v.w"), 10);
    CHECK_INT(source_map_line(m, "no3"), 0);
    CHECK_INT(source_map_line(m, "print.no3"), 0);
    CHECK_INT(source_map_line(m, "D.no4"), 0);
    CHECK_INT(source_map_line(m, "E.h"), 13);
    CHECK_INT(source_map_line(m, "no5"), 0);
    CHECK_INT(source_map_line(m, "m.no5"), 0);
    CHECK_INT(source_map_line(m, "k"), 16);
    CHECK_INT(dup_count(m), 0);
    source_map_free(m);
}

static void test_keys(void)
{
    const char *src =
        "return {\n"                                   /* 1 */
        "  'p1',\n"                                    /* 2 */
        "  [10] = 'ten',\n"                            /* 3 */
        "  \"p2\", { nested = 1 },\n"                  /* 4 */
        "  [\"with space\"] = 1,\n"                    /* 5 */
        "  ['esc\\x41\\65\\u{48}\\n'] = 2,\n"         /* 6 */
        "  [ [[long]] ] = 3,\n"                        /* 7 */
        "  [0x20] = 4, [2.5e1] = 5, [1.5] = 6,\n"      /* 8 */
        "  [x] = 7, [\"a\"..\"b\"] = 8, [-1] = 9,\n"   /* 9 */
        "  [f(1)] = { inner = 1 },\n"                  /* 10 */
        "  x ~= y, f(a), a.b,\n"                       /* 11 */
        "  ['dotted.key'] = { leaf = 1 },\n"           /* 12 */
        "  other = 2,\n"                              /* 13 */
        "  [\n"                                        /* 14 */
        "   'split'] =\n"                              /* 15 */
        "   {\n"                                       /* 16 */
        "     'v' },\n"                                /* 17 */
        "}\n";
    source_map *m = build(src);
    CHECK_INT(source_map_line(m, "1"), 2);
    CHECK_INT(source_map_line(m, "10"), 3);
    CHECK_INT(source_map_line(m, "2"), 4);
    CHECK_INT(source_map_line(m, "3"), 4);
    CHECK_INT(source_map_line(m, "3.nested"), 4);
    CHECK_INT(source_map_line(m, "with space"), 5);
    CHECK_INT(source_map_line(m, "escAAH\n"), 6);
    CHECK_INT(source_map_line(m, "long"), 7);
    CHECK_INT(source_map_line(m, "32"), 8);
    CHECK_INT(source_map_line(m, "25"), 8);
    CHECK_INT(source_map_line(m, "1.5"), 2);  /* no key 1.5: field 5 of positional 1, falls back */
    CHECK_INT(source_map_line(m, "x"), 0);
    CHECK_INT(source_map_line(m, "ab"), 0);
    CHECK_INT(source_map_line(m, "-1"), 0);
    CHECK_INT(source_map_line(m, "inner"), 0);
    CHECK_INT(source_map_line(m, "4"), 11);   /* x ~= y */
    CHECK_INT(source_map_line(m, "5"), 11);   /* f(a) */
    CHECK_INT(source_map_line(m, "6"), 11);   /* a.b */
    CHECK_INT(source_map_line(m, "7"), 0);
    CHECK_INT(source_map_line(m, "dotted.key"), 12);
    CHECK_INT(source_map_line(m, "dotted.key.leaf"), 12);
    CHECK_INT(source_map_line(m, "dotted"), 0);
    CHECK_INT(source_map_line(m, "other"), 13);
    CHECK_INT(source_map_line(m, "split"), 14);
    CHECK_INT(source_map_line(m, "split.1"), 17);
    CHECK_INT(dup_count(m), 0);
    source_map_free(m);

    /* "a.b" names both the key "a.b" and the field b of a: the shortest
     * component that exists wins at each level (the accepted ambiguity). */
    m = build("return {\n  ['a.b'] = { c = 1 },\n  a = { b = 2 },\n}");
    CHECK_INT(source_map_line(m, "a.b"), 3);
    CHECK_INT(source_map_line(m, "a.b.c"), 3);
    source_map_free(m);
}

static void test_duplicates(void)
{
    const char *src =
        "if ... then return {\n"           /* 1 */
        "  a = 1,\n"                       /* 2 */
        "  ['a'] = 2,\n"                   /* 3: same key as a name */
        "  'first',\n"                     /* 4: positional 1 */
        "  [1] = 'again',\n"               /* 5: equal to positional 1 */
        "  ['1'] = 'a string',\n"          /* 6: not the integer 1 */
        "  [1.0] = 'float',\n"             /* 7: the integer 1 */
        "  s = { a = 1, b = 2 },\n"        /* 8: another constructor: not a duplicate of a */
        "  t = { x = 1,\n"                 /* 9 */
        "        x = 2 },\n"               /* 10 */
        "  a = 3,\n"                       /* 11: a third time */
        "} end\n"
        "return { a = 1 }\n";              /* 13: another constructor */
    source_map *m = build(src);
    const char *path = NULL;
    int line = 0, first = 0;
    static const struct { const char *path; int line, first; } want[] = {
        { "a", 3, 2 }, { "1", 5, 4 }, { "1", 7, 4 }, { "t.x", 10, 9 }, { "a", 11, 2 },
    };
    CHECK_INT(dup_count(m), sizeof want / sizeof want[0]);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        path = NULL;
        line = first = -1;
        CHECK_INT(source_map_duplicate(m, i, &path, &line, &first), 0);
        CHECK_STR(path, want[i].path);
        CHECK_INT(line, want[i].line);
        CHECK_INT(first, want[i].first);
    }
    CHECK_INT(source_map_line(m, "a"), 13);   /* the last write wins */
    CHECK_INT(source_map_line(m, "t.x"), 10);
    source_map_free(m);

    /* A duplicate under a very long key keeps the tail of its path. */
    size_t klen = 3000;
    char *big = malloc(klen + 64);
    char *p = big;
    p += sprintf(p, "return { [\"");
    for (size_t i = 0; i < klen; i++)
        *p++ = (char)('a' + i % 26);
    p += sprintf(p, "\"] = { z = 1, z = 2 } }");
    m = source_map_build(big, (size_t)(p - big));
    CHECK(m != NULL);
    CHECK_INT(dup_count(m), 1);
    CHECK_INT(source_map_duplicate(m, 0, &path, &line, &first), 0);
    CHECK(strncmp(path, "...", 3) == 0);
    CHECK(strlen(path) <= 1024);
    CHECK(strlen(path) > 100);
    CHECK(strcmp(path + strlen(path) - 2, ".z") == 0);
    source_map_free(m);
    free(big);
}

static void test_line_endings(void)
{
    /* CRLF, lone CR, LF CR: each pair is one line (llex.c's inclinenumber). */
    const char *crlf = "return {\r\n  a = 1,\r\n  b = [[x\r\ny]],\r\n  c = 'p\\\r\nq',\r\n  d = 2,\r\n}\r\n";
    source_map *m = build(crlf);
    CHECK_INT(source_map_line(m, "a"), 2);
    CHECK_INT(source_map_line(m, "b"), 3);
    CHECK_INT(source_map_line(m, "c"), 5);
    CHECK_INT(source_map_line(m, "d"), 7);
    source_map_free(m);

    const char *cr = "return {\r  a = 1,\r\r  b = 2, --x\r  c = 3 }";
    m = build(cr);
    CHECK_INT(source_map_line(m, "a"), 2);
    CHECK_INT(source_map_line(m, "b"), 4);
    CHECK_INT(source_map_line(m, "c"), 5);
    source_map_free(m);

    const char *lfcr = "return {\n\r  a = 1,\n\n\r  b = 2 }";
    m = build(lfcr);
    CHECK_INT(source_map_line(m, "a"), 2);
    CHECK_INT(source_map_line(m, "b"), 4);
    source_map_free(m);

    /* A BOM and a '#' first line, as luaL_loadfile skips them. */
    const char *bom = "\xEF\xBB\xBF#!/usr/bin/lua {\nreturn { a = 1 }";
    m = build(bom);
    CHECK_INT(source_map_line(m, "a"), 2);
    source_map_free(m);
}

static void test_malformed(void)
{
    static const char *const srcs[] = {
        "", "{", "}", "return", "return {", "return { a", "return { a =", "return { [",
        "return { ['x'", "return { ['x']", "return { [1] =", "return { a = { b = { c",
        "return { a = 1 } } } ) ] end until", "return { a = (1 }, b = 2",
        "return { a = function() return { } , b = 2 }", "return { [[", "return { '",
        "return { \"\\", "return { --[[", "return { --[==[ ]=]", "return { a = 0x",
        "return { a = 1e", "return { a = 1 ... b = 2 }", "local", "local x", "local x <",
        "local x = ", "x.", "x.y =", "return { [ ] = 1, b = 2 }", "return { ,, a = 1 ;; }",
        "end end until ) ] } return { a = 1 }", "return { 'a\nb = 1 }",
    };
    for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
        size_t n = strlen(srcs[i]);
        char *buf = malloc(n ? n : 1);
        memcpy(buf, srcs[i], n);
        source_map *m = source_map_build(n ? buf : NULL, n);
        CHECK(m != NULL);
        source_map_line(m, "a.b.c");
        source_map_free(m);
        free(buf);
    }
    source_map *m = build("return { a = 1 } } } ) ] end until");
    CHECK_INT(source_map_line(m, "a"), 1);
    source_map_free(m);
    m = build("end end until ) ] } return { a = 1 }");
    CHECK_INT(source_map_line(m, "a"), 1);
    source_map_free(m);
    /* An unfinished string ends at its line, the next line goes on. */
    m = build("return { x = 'a\n, b = 1 }");
    CHECK_INT(source_map_line(m, "x"), 1);
    CHECK_INT(source_map_line(m, "b"), 2);
    source_map_free(m);
    /* The empty key and an empty-component path. */
    m = build("return { [''] = { a = 1 } }");
    CHECK_INT(source_map_line(m, ".a"), 1);
    source_map_free(m);

    /* NUL bytes are bytes: the map goes on after them. */
    static const char nul[] = "return {\n a = '\0{',\0 b = 1,\n c = 2 }";
    m = source_map_build(nul, sizeof nul - 1);
    CHECK(m != NULL);
    CHECK_INT(source_map_line(m, "a"), 2);
    CHECK_INT(source_map_line(m, "c"), 3);
    source_map_free(m);
}

/* Every prefix of a file, each in a buffer of exactly its size. */
static void test_prefixes(void)
{
    const char *extra =
        "--[==[ long\ncomment ]==]\n"
        "local t <const> = { [ [=[k]=] ] = \"\\z\n  \\x41\\u{10FFFF}\\\r\n\", [0x1F] = 1.5e+3 }\n"
        "function t.f(...) repeat local a = {...} until #a > 0 return a end\n"
        "t.g = { 'a'; 'b'; [3] = function() while true do break end end }\r\n"
        "return { [\"x\"] = { y = [[\r\n]], z = { 1, 2, { 3 } } }, w = t }\n";
    size_t n1 = strlen(example), n2 = strlen(extra);
    char *all = malloc(n1 + n2);
    memcpy(all, example, n1);
    memcpy(all + n1, extra, n2);
    size_t total = n1 + n2;
    int ok = 1;
    for (size_t n = 0; n <= total; n++) {
        char *buf = malloc(n ? n : 1);
        memcpy(buf, all, n);
        source_map *m = source_map_build(buf, n);
        if (!m) {
            ok = 0;
        } else {
            source_map_line(m, "steps.inbox.choices.2.next");
            const char *p;
            int a, b;
            for (size_t i = 0; source_map_duplicate(m, i, &p, &a, &b) == 0; i++)
                if (!p || strlen(p) > 1024)
                    ok = 0;
        }
        source_map_free(m);
        free(buf);
    }
    CHECK(ok);
    /* Suffixes too: a scan starting in the middle of anything. */
    for (size_t n = 0; n <= total; n++) {
        char *buf = malloc(total - n + 1);
        memcpy(buf, all + n, total - n);
        source_map *m = source_map_build(buf, total - n);
        CHECK(m != NULL);
        source_map_free(m);
        free(buf);
    }
    free(all);
}

static uint64_t rng_state = 88172645463325252ull;
static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* Random bytes, and random mixes of the characters that matter. */
static void test_random(void)
{
    static const char alphabet[] = "{}[]()=,;.:'\"\\-\n\r \t<>0x1eE.zu{abc_ $#\0";
    static const char *const words[] = {
        "return ", "local ", "function ", "end ", "if ", "then ", "do ", "repeat ",
        "until ", "while ", "for ", "--[[", "]]", "--[=[", "]=]", "[[", "[=[", "--",
        "{ ", "} ", "a = ", "['k'] = ", "[1] = ", "x.y = ", ", ", "\"s\" ", "\n", "\r\n",
    };
    for (int round = 0; round < 3000; round++) {
        size_t n = (size_t)(rng() % 200);
        char *buf = malloc(n ? n : 1);
        for (size_t i = 0; i < n; i++) {
            uint64_t r = rng();
            switch (round % 3) {
            case 0: buf[i] = (char)(r & 0xff); break;
            case 1: buf[i] = alphabet[r % (sizeof alphabet - 1)]; break;
            default: {
                const char *w = words[r % (sizeof words / sizeof words[0])];
                while (*w && i < n)
                    buf[i++] = *w++;
                i--;
                break;
            }
            }
        }
        source_map *m = source_map_build(buf, n);
        CHECK(m != NULL);
        source_map_line(m, "a");
        source_map_line(m, "k.a.1");
        const char *p;
        int a, b;
        for (size_t i = 0; source_map_duplicate(m, i, &p, &a, &b) == 0; i++)
            CHECK(p != NULL && a >= b && b >= 1);
        source_map_free(m);
        free(buf);
    }
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* A 1 MiB scenario, and pathological shapes of the same size: every one is
 * mapped, and lines stay right. How long they take is printed for a reader
 * of the log but not asserted: a wall-clock limit under sanitizers on a
 * shared machine fails at random (speed is measured in bench/). */
static void test_scale(void)
{
    size_t cap = 1u << 20, n = 0;
    char *buf = malloc(cap + 256);
    n += (size_t)sprintf(buf + n, "return {\n  steps = {\n");
    int steps = 0;
    while (n < cap - 200) {
        n += (size_t)sprintf(buf + n,
                             "    s%d = { kind = \"choice\", text = [[some text]], -- note {\n"
                             "      choices = { { text = 'a', next = \"s%d\" }, { text = \"b\" } } },\n",
                             steps, steps + 1);
        steps++;
    }
    n += (size_t)sprintf(buf + n, "  },\n}\n");
    double t0 = now_ms();
    source_map *m = source_map_build(buf, n);
    double t1 = now_ms();
    CHECK(m != NULL);
    char path[64];
    snprintf(path, sizeof path, "steps.s%d.choices.1.next", steps - 1);
    CHECK_INT(source_map_line(m, path), 3 + 2 * (steps - 1) + 1);
    snprintf(path, sizeof path, "steps.s%d.kind", steps / 2);
    CHECK_INT(source_map_line(m, path), 3 + 2 * (steps / 2));
    double t2 = now_ms();
    for (int i = 0; i < steps; i++) {
        snprintf(path, sizeof path, "steps.s%d.choices.2.text", i);
        if (source_map_line(m, path) != 3 + 2 * i + 1) {
            CHECK_INT(source_map_line(m, path), 3 + 2 * i + 1);
            break;
        }
    }
    double t3 = now_ms();
    printf("1 MiB scenario (%d steps): built in %.1f ms, %d lookups in %.1f ms\n",
           steps, t1 - t0, steps, t3 - t2);
    source_map_free(m);

    /* Deep nesting, long runs of dots and names, many positional fields. */
    static const char *const units[] = { "{", "{a=", "{[1]={", "(", "function ", "a.", "a ", "1,", "--[[x]]", "[[" };
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t ul = strlen(units[u]);
        n = (size_t)sprintf(buf, u % 2 ? "return {" : "local x = ");
        while (n + ul < cap)
            memcpy(buf + n, units[u], ul), n += ul;
        t0 = now_ms();
        m = source_map_build(buf, n);
        t1 = now_ms();
        CHECK(m != NULL);
        source_map_line(m, "1.1.1.1.1.a.a.a");
        source_map_free(m);
        printf("unit \"%s\": %.1f ms\n", units[u], t1 - t0);
    }
    free(buf);
}

int main(void)
{
    test_example();
    test_comments_and_strings();
    test_functions();
    test_roots();
    test_keys();
    test_duplicates();
    test_line_endings();
    test_malformed();
    test_prefixes();
    test_random();
    test_scale();
    return check_done();
}
