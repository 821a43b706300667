/*
 * source_map — the line where each field of a scenario's tables is written.
 *
 * Why: a scenario file is Lua that returns a table, and Lua keeps no line
 * numbers for table fields, so a validation error about a field ("step
 * 'inbox': choice 2: 'next' names no step 'x'") could only name the file.
 * This module scans the source once and maps each field's dotted path
 * ("steps.inbox.choices.2.next") to the line of its key, so the error can
 * say "file:line:".
 *
 * How: a tokenizer that follows Lua 5.4's llex.c (comments, short strings
 * with escapes, long strings and comments with levels, numerals, line
 * counting where "\n\r" and "\r\n" are one line), not a parser. On top of the
 * tokens it keeps a stack of open brackets and blocks ({ ( [, function/if/do
 * ... end, repeat ... until) and, for the constructors it records, which
 * field comes next. Only constructors whose path is known are recorded:
 *   return { ... }           fields are "id", "steps", "steps.inbox", ...
 *   local NAME = { ... }     fields are "NAME.x" (and "NAME" itself)
 *   NAME = { ... }, NAME.a.b = { ... }   likewise, rooted at "NAME.a.b"
 * and, inside a recorded constructor, a field whose value is a constructor
 * ("steps = {", or a positional "{"). A constructor anywhere else (an
 * argument, inside a function body, after an operator) is skipped, brackets
 * balanced, and nothing in it is recorded. Keys are names, ["strings"]
 * (escapes decoded) and [integers] ([1.0] is 1, as in Lua); positional
 * fields count 1, 2, 3 ... among themselves. The same key twice in one
 * constructor (a name and the same ["string"], or [n] and positional n) is a
 * duplicate; as in Lua the later one wins the path, and the fields of a
 * table that a later write replaced are no longer found by a lookup (but Lua
 * stores positional values last, so for [1] against positional 1 the map
 * gives the line of the later one, Lua keeps the positional value).
 *
 * What it does not handle (these fields are simply not recorded, scanning
 * goes on correctly): computed keys ([expr], [-1], [0x1p4], ["a".."b"]);
 * several names in one statement ("local a, b = {...}, {...}"); tables
 * built by code (t.x = 1 after the constructor is recorded only if it is
 * "NAME.x = {"); statements inside functions; setmetatable({...}) and other
 * calls; constructors nested more than REC_DEPTH_MAX deep.
 * Ambiguities, accepted: a root written twice (two "return {" in branches,
 * a local declared again) is one path, the last write giving the lines, and
 * top-level fields only the first one has are still found. Path components
 * are joined with '.', and a
 * string key may itself contain '.', so "a.b" may name the key "a.b" or the
 * field b of a: a lookup takes, at each level, the shortest component that
 * exists. The integer key 1 and the string key "1" have the same path. A
 * file that is not valid Lua is scanned as far as it makes sense; unbalanced
 * brackets close the nearest match, and nothing reads past len (the input
 * may hold NUL bytes and need not be NUL-terminated).
 *
 * Cost: one pass, linear in the input; memory linear in the number of
 * fields (a node per distinct path, holding its own key, not the whole
 * path), plus a byte per open bracket while scanning. Lookups walk a hash
 * table level by level. The hash is not keyed: a file crafted to collide
 * makes the scan slower, not wrong.
 */
#include "script/script.h"
#include "script/source_lex.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- The map -------------------------------------------------------------- */

#define NONE UINT32_MAX
#define DUP_PATH_MAX 1024          /* a duplicate's path longer than this keeps its tail */
/* Constructors nested deeper are not recorded. Lua refuses a chunk nested
 * more than 200 levels (LUAI_MAXCCALLS), so no loadable file gets near. */
#define REC_DEPTH_MAX 1000

enum { KIND_STR, KIND_INT };

/* One distinct path: its last component (key) under its parent. */
typedef struct {
    uint32_t hash;                 /* of (parent, key) */
    uint32_t parent;
    uint32_t key_off, key_len;     /* into keys */
    int line;                      /* of the last write; 0: never written (a lookup skips it) */
    uint32_t wctor;                /* the constructor that last wrote it */
    uint32_t vctor;                /* the constructor last written as its value, 0 if none */
    int first_str, first_int;      /* for duplicates: wctor's first write of the key as a
                                    * string and as an integer, 0 if none */
} node;

typedef struct {
    uint32_t node;
    int line, first_line;
    size_t path_off;               /* into dup_text */
} dup;

struct source_map {
    node *nodes;                   /* nodes[0] is the root, the path "" */
    uint32_t nnodes, cap_nodes;
    uint32_t *slots;               /* open addressing: a node, 0 for an empty slot */
    size_t mask;
    unsigned char *keys;
    size_t nkeys, cap_keys;
    dup *dups;
    size_t ndups, cap_dups;
    char *dup_text;
};

static uint64_t hash_step(uint64_t h, unsigned char c)
{
    return (h ^ c) * 0x100000001b3ull;
}
#define HASH_INIT 0xcbf29ce484222325ull

static uint64_t hash_bytes(const unsigned char *p, size_t n)
{
    uint64_t h = HASH_INIT;
    for (size_t i = 0; i < n; i++)
        h = hash_step(h, p[i]);
    return h;
}

static uint64_t hash_mix(uint64_t h, uint32_t parent)
{
    h ^= ((uint64_t)parent + 1) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

/* The slot of (parent, key): the node's or the empty one where it would go. */
static size_t map_slot(const source_map *m, uint32_t h, uint32_t parent,
                       const unsigned char *key, size_t n)
{
    size_t i = (size_t)h & m->mask;
    for (;;) {
        uint32_t idx = m->slots[i];
        if (!idx)
            return i;
        const node *nd = &m->nodes[idx];
        if (nd->hash == h && nd->parent == parent && nd->key_len == n &&
            memcmp(m->keys + nd->key_off, key, n) == 0)
            return i;
        i = (i + 1) & m->mask;
    }
}

/* Room for a key of n bytes at keys + nkeys (written there, then committed
 * by map_child if it makes a new node). */
static unsigned char *key_room(source_map *m, size_t n)
{
    if (bd_grow((void **)&m->keys, &m->cap_keys, m->nkeys + n + 1, 1))
        return NULL;
    return m->keys + m->nkeys;
}

static int map_rehash(source_map *m)
{
    size_t cap = (m->mask + 1) * 2;
    uint32_t *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    free(m->slots);
    m->slots = slots;
    m->mask = cap - 1;
    for (uint32_t i = 1; i < m->nnodes; i++) {
        size_t j = (size_t)m->nodes[i].hash & m->mask;   /* keys are distinct: no compare */
        while (slots[j])
            j = (j + 1) & m->mask;
        slots[j] = i;
    }
    return 0;
}

/* The node for key (n bytes at keys + nkeys) under parent, made if new.
 * NONE when out of memory (*oom set) or out of node numbers. */
static uint32_t map_child(source_map *m, uint32_t parent, size_t n, int *oom)
{
    const unsigned char *key = m->keys + m->nkeys;
    uint32_t h = (uint32_t)hash_mix(hash_bytes(key, n), parent);
    size_t slot = map_slot(m, h, parent, key, n);
    if (m->slots[slot])
        return m->slots[slot];
    if (m->nnodes >= NONE - 1 || m->nkeys + n > UINT32_MAX)
        return NONE;
    if ((size_t)m->nnodes + 1 > (m->mask + 1) / 2) {
        if (map_rehash(m)) {
            *oom = 1;
            return NONE;
        }
        slot = map_slot(m, h, parent, key, n);
    }
    if (m->nnodes == m->cap_nodes) {
        size_t cap = m->cap_nodes;
        if (bd_grow((void **)&m->nodes, &cap, (size_t)m->nnodes + 1, sizeof *m->nodes) || cap > NONE) {
            *oom = 1;
            return NONE;
        }
        m->cap_nodes = (uint32_t)cap;
    }
    uint32_t idx = m->nnodes++;
    node *nd = &m->nodes[idx];
    memset(nd, 0, sizeof *nd);
    nd->hash = h;
    nd->parent = parent;
    nd->key_off = (uint32_t)m->nkeys;
    nd->key_len = (uint32_t)n;
    m->nkeys += n;
    m->slots[slot] = idx;
    return idx;
}

/* A lookup sees a node only in the table its parent holds now. */
static int map_visible(const source_map *m, uint32_t idx)
{
    const node *nd = &m->nodes[idx];
    return nd->parent == 0 || nd->wctor == m->nodes[nd->parent].vctor;
}

/* ---- The scanner ------------------------------------------------------------ */

/* Open brackets and blocks. */
enum { F_REC, F_TAB, F_PAREN, F_BRACK, F_KEYBRACK, F_FUNC, F_BLOCK, F_REPEAT };
/* What closes them: } ) ] end until. */
enum { C_TABLE, C_PAREN, C_BRACK, C_END, C_UNTIL, C_COUNT };

static int frame_class(int f)
{
    switch (f) {
    case F_REC: case F_TAB: return C_TABLE;
    case F_PAREN: return C_PAREN;
    case F_BRACK: case F_KEYBRACK: return C_BRACK;
    case F_REPEAT: return C_UNTIL;
    default: return C_END;
    }
}

/* Where a recorded constructor is: at a field's start, after its key, in its value. */
enum {
    S_FIELD,        /* after '{', ',' or ';' */
    S_NAME,         /* a name: a key if '=' follows, else a positional value */
    S_KEY0,         /* after '[' */
    S_KEY1,         /* after '[' and a string or numeral */
    S_KEYX,         /* in a computed key */
    S_KEYLIT,       /* after '[' literal ']' */
    S_AFTER_KEY,    /* after a computed key's ']' */
    S_VALUE_START,  /* after "key =": a '{' now is a recorded constructor */
    S_VALUE         /* in a value, up to ',' ';' or '}' */
};

typedef struct {
    uint32_t node;         /* the constructor's own path */
    uint32_t ctor;         /* its number */
    uint32_t pending;      /* the field whose value comes next, NONE if not recorded */
    uint64_t npos;         /* positional fields so far */
    token key;             /* the name (S_NAME) or literal (S_KEY1, S_KEYLIT) */
    int key_line;          /* of '[' */
    int state;
} rec_frame;

/* Statements that root a constructor, recognised outside functions and brackets. */
enum {
    R_NONE, R_RETURN, R_LOCAL, R_LOCAL_NAME, R_ATTR, R_ATTR_NAME, R_LOCAL_EQ,
    R_CHAIN, R_CHAIN_DOT, R_CHAIN_EQ
};

typedef struct {
    source_map *m;
    lexer lx;
    unsigned char *types;
    size_t ntypes, cap_types;
    rec_frame *recs;
    size_t nrecs, cap_recs;
    size_t count[C_COUNT];
    size_t nonroot;        /* open frames other than if/do/while/for/repeat blocks */
    int prev;              /* the previous token's type */
    int rstate;
    token rname;           /* R_LOCAL_*: the name */
    token chain;           /* R_CHAIN*: the first name */
    uint32_t next_ctor;
    int oom;
} scanner;

static void push_frame(scanner *sc, int f)
{
    if (bd_grow((void **)&sc->types, &sc->cap_types, sc->ntypes + 1, 1)) {
        sc->oom = 1;
        return;
    }
    sc->types[sc->ntypes++] = (unsigned char)f;
    sc->count[frame_class(f)]++;
    if (f != F_BLOCK && f != F_REPEAT)
        sc->nonroot++;
}

static int pop_frame(scanner *sc)
{
    int f = sc->types[--sc->ntypes];
    sc->count[frame_class(f)]--;
    if (f != F_BLOCK && f != F_REPEAT)
        sc->nonroot--;
    if (f == F_REC)
        sc->nrecs--;
    return f;
}

static int top_frame(const scanner *sc)
{
    return sc->ntypes ? sc->types[sc->ntypes - 1] : -1;
}

/* A constructor for the field node (NONE: not recorded). */
static void push_table(scanner *sc, uint32_t nd)
{
    if (nd == NONE || sc->next_ctor == NONE || sc->nrecs >= REC_DEPTH_MAX) {
        push_frame(sc, F_TAB);
        return;
    }
    if (bd_grow((void **)&sc->recs, &sc->cap_recs, sc->nrecs + 1, sizeof *sc->recs)) {
        sc->oom = 1;
        return;
    }
    push_frame(sc, F_REC);
    if (sc->oom)
        return;
    rec_frame *r = &sc->recs[sc->nrecs++];
    memset(r, 0, sizeof *r);
    r->node = nd;
    r->ctor = sc->next_ctor++;
    r->pending = NONE;
    r->state = S_FIELD;
    sc->m->nodes[nd].vctor = r->ctor;
}

/* Closes the nearest open frame of class cls and all inside it; a closer
 * with nothing to close is ignored. */
static void close_to(scanner *sc, int cls)
{
    if (!sc->count[cls])
        return;
    int f;
    do
        f = pop_frame(sc);
    while (frame_class(f) != cls);
    if (f == F_KEYBRACK && top_frame(sc) == F_REC)
        sc->recs[sc->nrecs - 1].state = S_AFTER_KEY;
}

/* Records a field of r: its key is n bytes at keys + nkeys. */
static uint32_t add_field(scanner *sc, rec_frame *r, int kind, size_t n, int line)
{
    source_map *m = sc->m;
    uint32_t idx = map_child(m, r->node, n, &sc->oom);
    if (idx == NONE)
        return NONE;
    node *nd = &m->nodes[idx];
    int *first = kind == KIND_STR ? &nd->first_str : &nd->first_int;
    if (nd->wctor != r->ctor)
        nd->first_str = nd->first_int = 0;   /* written before, in another constructor */
    if (*first) {
        if (bd_grow((void **)&m->dups, &m->cap_dups, m->ndups + 1, sizeof *m->dups)) {
            sc->oom = 1;
            return NONE;
        }
        m->dups[m->ndups++] = (dup){ idx, line, *first, 0 };
    } else {
        *first = line;
    }
    nd->line = line;
    nd->wctor = r->ctor;
    nd->vctor = 0;
    return idx;
}

static uint32_t add_int_field(scanner *sc, rec_frame *r, int64_t v, int line)
{
    unsigned char *k = key_room(sc->m, 24);
    if (!k) {
        sc->oom = 1;
        return NONE;
    }
    return add_field(sc, r, KIND_INT, format_int(k, v), line);
}

static uint32_t add_positional(scanner *sc, rec_frame *r, int line)
{
    r->npos++;
    return add_int_field(sc, r, r->npos > INT64_MAX ? INT64_MAX : (int64_t)r->npos, line);
}

static uint32_t add_name_field(scanner *sc, rec_frame *r, const token *t, int line)
{
    size_t n = t->end - t->start;
    unsigned char *k = key_room(sc->m, n);
    if (!k) {
        sc->oom = 1;
        return NONE;
    }
    memcpy(k, sc->lx.s + t->start, n);
    return add_field(sc, r, KIND_STR, n, line);
}

/* "[literal] =": a string or an integer key. */
static uint32_t add_literal_field(scanner *sc, rec_frame *r)
{
    const token *t = &r->key;
    if (t->type == TK_NUMBER) {
        int64_t v;
        if (!number_key(sc->lx.s + t->start, t->end - t->start, &v))
            return NONE;
        return add_int_field(sc, r, v, r->key_line);
    }
    unsigned char *k = key_room(sc->m, t->cend - t->cstart);
    if (!k) {
        sc->oom = 1;
        return NONE;
    }
    return add_field(sc, r, KIND_STR, decode_string(sc->lx.s, t, k), r->key_line);
}

/* A root statement's node: a name under the root, written at line. */
static uint32_t root_node(scanner *sc, uint32_t parent, const token *name, int line)
{
    source_map *m = sc->m;
    size_t n = name->end - name->start;
    unsigned char *k = key_room(m, n);
    if (!k) {
        sc->oom = 1;
        return NONE;
    }
    memcpy(k, sc->lx.s + name->start, n);
    uint32_t idx = map_child(m, parent, n, &sc->oom);
    if (idx == NONE)
        return NONE;
    /* "NAME.a = {" writes into the table NAME holds now. */
    m->nodes[idx].wctor = m->nodes[parent].vctor;
    if (line) {
        m->nodes[idx].line = line;
        m->nodes[idx].vctor = 0;
    }
    return idx;
}

/* "NAME.a.b = {" has been seen: walks it again from its first name. */
static uint32_t chain_node(scanner *sc)
{
    lexer lx = sc->lx;
    token t;
    uint32_t nd = 0;
    lx.pos = sc->chain.start;
    lx.line = sc->chain.line;
    lex_next(&lx, &t);
    for (;;) {
        token next;
        lex_next(&lx, &next);
        int last = next.type != '.';
        nd = root_node(sc, nd, &t, last ? sc->chain.line : 0);
        if (nd == NONE || last)
            return nd;
        lex_next(&lx, &t);
        if (t.type != TK_NAME)
            return NONE;           /* cannot happen: the pattern was checked */
    }
}

/* Follows the root statements; 1 if t opened a recorded constructor. */
static int root_step(scanner *sc, const token *t)
{
    switch (sc->rstate) {
    case R_RETURN:
        if (t->type == '{') {
            sc->rstate = R_NONE;
            push_table(sc, 0);
            return 1;
        }
        break;
    case R_LOCAL:
        if (t->type == TK_NAME) {
            sc->rname = *t;
            sc->rstate = R_LOCAL_NAME;
            return 0;
        }
        break;
    case R_LOCAL_NAME:
        if (t->type == '<' || t->type == '=') {
            sc->rstate = t->type == '<' ? R_ATTR : R_LOCAL_EQ;
            return 0;
        }
        break;
    case R_ATTR:
        if (t->type == TK_NAME) {
            sc->rstate = R_ATTR_NAME;
            return 0;
        }
        break;
    case R_ATTR_NAME:
        if (t->type == '>') {
            sc->rstate = R_LOCAL_NAME;
            return 0;
        }
        break;
    case R_LOCAL_EQ:
        if (t->type == '{') {
            sc->rstate = R_NONE;
            push_table(sc, root_node(sc, 0, &sc->rname, sc->rname.line));
            return 1;
        }
        break;
    case R_CHAIN:
        if (t->type == '.' || t->type == '=') {
            sc->rstate = t->type == '.' ? R_CHAIN_DOT : R_CHAIN_EQ;
            return 0;
        }
        break;
    case R_CHAIN_DOT:
        if (t->type == TK_NAME) {
            sc->rstate = R_CHAIN;
            return 0;
        }
        break;
    case R_CHAIN_EQ:
        if (t->type == '{') {
            sc->rstate = R_NONE;
            push_table(sc, chain_node(sc));
            return 1;
        }
        break;
    }
    /* No statement goes on with t: may t start one? */
    sc->rstate = R_NONE;
    if (t->type == KW_RETURN) {
        sc->rstate = R_RETURN;
    } else if (t->type == KW_LOCAL) {
        sc->rstate = R_LOCAL;
    } else if (t->type == TK_NAME) {
        switch (sc->prev) {
        case '.': case ':': case ',': case TK_DBCOLON: case KW_GOTO: case KW_FUNCTION: case KW_FOR:
            break;                 /* a field, a method, a second name, a label ... */
        default:
            sc->chain = *t;
            sc->rstate = R_CHAIN;
            break;
        }
    }
    return 0;
}

/* Brackets and blocks, whatever frame is on top. */
static void generic_token(scanner *sc, const token *t)
{
    switch (t->type) {
    case '{': push_frame(sc, F_TAB); break;
    case '(': push_frame(sc, F_PAREN); break;
    case '[': push_frame(sc, F_BRACK); break;
    case '}': close_to(sc, C_TABLE); break;
    case ')': close_to(sc, C_PAREN); break;
    case ']': close_to(sc, C_BRACK); break;
    case KW_FUNCTION: push_frame(sc, F_FUNC); break;
    case KW_IF: case KW_DO: push_frame(sc, F_BLOCK); break;   /* while/for open with their do */
    case KW_REPEAT: push_frame(sc, F_REPEAT); break;
    case KW_END: close_to(sc, C_END); break;
    case KW_UNTIL: close_to(sc, C_UNTIL); break;
    default: break;
    }
}

/* A token with a recorded constructor on top. */
static void rec_token(scanner *sc, const token *t)
{
    rec_frame *r = &sc->recs[sc->nrecs - 1];
    switch (r->state) {
    case S_FIELD:
        if (t->type == '}') {
            pop_frame(sc);
            return;
        }
        if (t->type == ',' || t->type == ';')
            return;                /* not Lua, but "{ , }" must not count a field */
        if (t->type == TK_NAME) {
            r->key = *t;
            r->state = S_NAME;
            return;
        }
        if (t->type == '[') {
            r->key_line = t->line;
            r->state = S_KEY0;
            push_frame(sc, F_KEYBRACK);
            return;
        }
        r->pending = add_positional(sc, r, t->line);
        r->state = S_VALUE_START;
        break;
    case S_NAME:
        if (t->type == '=') {
            r->pending = add_name_field(sc, r, &r->key, r->key.line);
            r->state = S_VALUE_START;
            return;
        }
        add_positional(sc, r, r->key.line);   /* "{ x, y }", "{ f(x) }" */
        r->state = S_VALUE;
        break;
    case S_KEYLIT:
        if (t->type == '=') {
            r->pending = add_literal_field(sc, r);
            r->state = S_VALUE_START;
            return;
        }
        r->state = S_VALUE;
        break;
    case S_VALUE_START:
    case S_VALUE:
        break;
    default:                       /* after a computed key */
        r->pending = NONE;
        r->state = t->type == '=' ? S_VALUE_START : S_VALUE;
        if (t->type == '=')
            return;
        break;
    }
    if (sc->oom)
        return;
    if (r->state == S_VALUE_START) {
        r->state = S_VALUE;
        if (t->type == '{') {
            push_table(sc, r->pending);       /* r may move */
            return;
        }
    }
    if (t->type == ',' || t->type == ';') {
        r->state = S_FIELD;
        return;
    }
    if (t->type == '}') {
        pop_frame(sc);
        return;
    }
    generic_token(sc, t);
}

static void on_token(scanner *sc, const token *t)
{
    if (sc->nonroot == 0) {
        if (root_step(sc, t))
            return;
    } else {
        sc->rstate = R_NONE;
    }
    int top = top_frame(sc);
    if (top == F_REC) {
        rec_token(sc, t);
        return;
    }
    if (top == F_KEYBRACK) {
        rec_frame *r = &sc->recs[sc->nrecs - 1];
        if (r->state == S_KEY0) {
            if (t->type == TK_STRING || t->type == TK_LONGSTRING || t->type == TK_NUMBER) {
                r->key = *t;
                r->state = S_KEY1;
                return;
            }
            r->state = S_KEYX;
        } else if (r->state == S_KEY1) {
            if (t->type == ']') {
                pop_frame(sc);
                r->state = S_KEYLIT;
                return;
            }
            r->state = S_KEYX;
        }
    }
    generic_token(sc, t);
}

/* The path of a duplicate, its tail if longer than DUP_PATH_MAX. */
static int dup_path(source_map *m, dup *d, size_t *used, size_t *cap)
{
    unsigned char buf[DUP_PATH_MAX];
    size_t p = sizeof buf;
    int cut = 0;
    for (uint32_t i = d->node; i != 0; i = m->nodes[i].parent) {
        const node *nd = &m->nodes[i];
        const unsigned char *key = m->keys + nd->key_off;
        size_t klen = nd->key_len, sep = nd->parent != 0;
        if (klen + sep > p - 3) {  /* keep 3 bytes for "..." */
            size_t take = klen < p - 3 ? klen : p - 3;
            p -= take;
            memcpy(buf + p, key + klen - take, take);
            cut = 1;
            break;
        }
        p -= klen;
        memcpy(buf + p, key, klen);
        if (sep)
            buf[--p] = '.';
    }
    if (cut) {
        while (p < sizeof buf && (buf[p] & 0xC0) == 0x80)
            p++;                   /* not in the middle of a UTF-8 sequence */
        p -= 3;
        memcpy(buf + p, "...", 3);
    }
    size_t n = sizeof buf - p;
    if (bd_grow((void **)&m->dup_text, cap, *used + n + 1, 1))
        return -1;
    d->path_off = *used;
    memcpy(m->dup_text + *used, buf + p, n);
    m->dup_text[*used + n] = '\0';
    *used += n + 1;
    return 0;
}

source_map *source_map_build(const char *code, size_t len)
{
    source_map *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->mask = 63;
    m->slots = calloc(m->mask + 1, sizeof *m->slots);
    m->nodes = calloc(64, sizeof *m->nodes);
    m->cap_nodes = 64;
    m->nnodes = 1;                 /* the root "" */
    if (!m->slots || !m->nodes) {
        source_map_free(m);
        return NULL;
    }
    scanner sc;
    memset(&sc, 0, sizeof sc);
    sc.m = m;
    sc.lx.s = (const unsigned char *)(code ? code : "");
    sc.lx.len = code ? len : 0;
    sc.lx.line = 1;
    sc.prev = TK_EOF;
    sc.next_ctor = 1;
    /* As luaL_loadfile: a UTF-8 BOM, then a first line starting with '#'. */
    if (sc.lx.len >= 3 && memcmp(sc.lx.s, "\xEF\xBB\xBF", 3) == 0)
        sc.lx.pos = 3;
    if (sc.lx.pos < sc.lx.len && sc.lx.s[sc.lx.pos] == '#')
        while (sc.lx.pos < sc.lx.len && !is_newline(sc.lx.s[sc.lx.pos]))
            sc.lx.pos++;
    for (;;) {
        token t;
        lex_next(&sc.lx, &t);
        if (t.type == TK_EOF)
            break;
        on_token(&sc, &t);
        if (sc.oom)
            break;
        sc.prev = t.type;
    }
    free(sc.types);
    free(sc.recs);
    size_t used = 0, cap = 0;
    for (size_t i = 0; i < m->ndups && !sc.oom; i++)
        if (dup_path(m, &m->dups[i], &used, &cap))
            sc.oom = 1;
    if (sc.oom) {
        source_map_free(m);
        return NULL;
    }
    return m;
}

int source_map_line(const source_map *m, const char *path)
{
    if (!m || !path)
        return 0;
    const unsigned char *p = (const unsigned char *)path;
    size_t len = strlen(path), pos = 0;
    uint32_t nd = 0;
    int best = m->nodes[0].line;
    if (len == 0)
        return best;
    /* Level by level; a component is the shortest run up to a '.' that
     * names a key, so keys holding '.' are found too (see the banner). */
    for (;;) {
        uint64_t h = HASH_INIT;
        size_t e = pos;
        uint32_t found = NONE;
        for (;;) {
            while (e < len && p[e] != '.')
                h = hash_step(h, p[e++]);
            uint32_t hh = (uint32_t)hash_mix(h, nd);
            size_t slot = map_slot(m, hh, nd, p + pos, e - pos);
            if (m->slots[slot] && map_visible(m, m->slots[slot])) {
                found = m->slots[slot];
                break;
            }
            if (e >= len)
                break;
            h = hash_step(h, p[e++]);
        }
        if (found == NONE)
            return best;
        nd = found;
        if (m->nodes[nd].line)
            best = m->nodes[nd].line;
        if (e >= len)
            return best;
        pos = e + 1;
    }
}

int source_map_duplicate(const source_map *m, size_t i, const char **path, int *line, int *first_line)
{
    if (!m || i >= m->ndups)
        return -1;
    const dup *d = &m->dups[i];
    if (path)
        *path = m->dup_text + d->path_off;
    if (line)
        *line = d->line;
    if (first_line)
        *first_line = d->first_line;
    return 0;
}

void source_map_free(source_map *m)
{
    if (!m)
        return;
    free(m->nodes);
    free(m->slots);
    free(m->keys);
    free(m->dups);
    free(m->dup_text);
    free(m);
}
