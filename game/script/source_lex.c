/*
 * source_lex — a Lua 5.4 tokenizer for the source map (following llex.c:
 * comments, short strings with escapes, long strings and comments with
 * levels, numerals, "\n\r" and "\r\n" as one line), and the decoding of
 * string and integer keys. Not a parser; see source_map.c for what is
 * built on it. Never reads past len: the input may hold NUL bytes.
 */
#include "script/source_lex.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- Tokens --------------------------------------------------------------- */



static const char *const keywords[] = {
    "and", "break", "do", "else", "elseif", "end", "false", "for",
    "function", "goto", "if", "in", "local", "nil", "not", "or",
    "repeat", "return", "then", "true", "until", "while"
};



static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static int is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static int xdigit_value(int c) { return is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10; }

/* llex.c's inclinenumber: at a '\n' or '\r'; "\n\r" and "\r\n" are one line. */
static void lex_newline(lexer *lx)
{
    unsigned char c = lx->s[lx->pos++];
    if (lx->pos < lx->len && is_newline(lx->s[lx->pos]) && lx->s[lx->pos] != c)
        lx->pos++;
    if (lx->line < INT_MAX)
        lx->line++;
}

/* At a '[': the position after "[==[" and its level, or 0 if it is no long bracket. */
static size_t lex_long_open(const lexer *lx, size_t p, size_t *level)
{
    size_t q = p + 1, n = 0;
    while (q < lx->len && lx->s[q] == '=') {
        q++;
        n++;
    }
    if (q < lx->len && lx->s[q] == '[') {
        *level = n;
        return q + 1;
    }
    return 0;
}

/* After the opening bracket: up to the closing one of the same level (or the end). */
static void lex_long_body(lexer *lx, size_t level, size_t *cstart, size_t *cend)
{
    if (lx->pos < lx->len && is_newline(lx->s[lx->pos]))
        lex_newline(lx);           /* a first newline is not part of the string */
    *cstart = lx->pos;
    while (lx->pos < lx->len) {
        unsigned char c = lx->s[lx->pos];
        if (c == ']') {
            size_t q = lx->pos + 1, n = 0;
            while (q < lx->len && lx->s[q] == '=') {
                q++;
                n++;
            }
            if (n == level && q < lx->len && lx->s[q] == ']') {
                *cend = lx->pos;
                lx->pos = q + 1;
                return;
            }
            lx->pos = q;          /* the bytes skipped are '=', q may start a closer */
        } else if (is_newline(c)) {
            lex_newline(lx);
        } else {
            lx->pos++;
        }
    }
    *cend = lx->len;              /* unfinished: Lua's error, the scan just ends */
}

/* After the opening quote. An unescaped newline ends it (Lua's "unfinished
 * string" error) without being consumed, so lines stay counted. */
static void lex_short_string(lexer *lx, unsigned char delim, size_t *cstart, size_t *cend)
{
    *cstart = lx->pos;
    while (lx->pos < lx->len) {
        unsigned char c = lx->s[lx->pos];
        if (c == delim) {
            *cend = lx->pos++;
            return;
        }
        if (is_newline(c))
            break;
        if (c != '\\') {
            lx->pos++;
            continue;
        }
        if (++lx->pos >= lx->len)
            break;
        c = lx->s[lx->pos];
        if (is_newline(c)) {
            lex_newline(lx);       /* "\<newline>": a newline in the string, a line in the file */
        } else if (c == 'z') {     /* "\z": skips the following white space, newlines too */
            lx->pos++;
            while (lx->pos < lx->len) {
                c = lx->s[lx->pos];
                if (is_newline(c))
                    lex_newline(lx);
                else if (c == ' ' || c == '\t' || c == '\v' || c == '\f')
                    lx->pos++;
                else
                    break;
            }
        } else {
            lx->pos++;             /* the rest of \x.., \ddd, \u{...} are plain characters */
        }
    }
    *cend = lx->pos;
}

static void lex_number(lexer *lx)
{
    const char *expo = "Ee";
    unsigned char first = lx->s[lx->pos++];
    if (first == '0' && lx->pos < lx->len && (lx->s[lx->pos] == 'x' || lx->s[lx->pos] == 'X')) {
        lx->pos++;
        expo = "Pp";
    }
    while (lx->pos < lx->len) {
        unsigned char c = lx->s[lx->pos];
        if (c == (unsigned char)expo[0] || c == (unsigned char)expo[1]) {
            lx->pos++;
            if (lx->pos < lx->len && (lx->s[lx->pos] == '+' || lx->s[lx->pos] == '-'))
                lx->pos++;
        } else if (is_xdigit(c) || c == '.') {
            lx->pos++;
        } else {
            break;
        }
    }
    if (lx->pos < lx->len && is_alpha(lx->s[lx->pos]))
        lx->pos++;                 /* "3x": Lua's malformed number, one token here */
}

static int keyword(const unsigned char *p, size_t n)
{
    if (n < 2 || n > 8)
        return TK_NAME;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i]) == n && memcmp(keywords[i], p, n) == 0)
            return KW_AND + (int)i;
    return TK_NAME;
}

void lex_next(lexer *lx, token *t)
{
    const unsigned char *s = lx->s;
    for (;;) {
        t->start = lx->pos;
        t->line = lx->line;
        t->cstart = t->cend = 0;
        if (lx->pos >= lx->len) {
            t->type = TK_EOF;
            t->end = lx->len;
            return;
        }
        unsigned char c = s[lx->pos];
        size_t level, p;
        switch (c) {
        case '\n': case '\r':
            lex_newline(lx);
            continue;
        case ' ': case '\t': case '\v': case '\f':
            lx->pos++;
            continue;
        case '-':
            if (lx->pos + 1 < lx->len && s[lx->pos + 1] == '-') {
                lx->pos += 2;
                if (lx->pos < lx->len && s[lx->pos] == '[' && (p = lex_long_open(lx, lx->pos, &level))) {
                    size_t a, b;
                    lx->pos = p;
                    lex_long_body(lx, level, &a, &b);
                } else {
                    while (lx->pos < lx->len && !is_newline(s[lx->pos]))
                        lx->pos++;
                }
                continue;
            }
            lx->pos++;
            t->type = TK_OP;
            break;
        case '[':
            if ((p = lex_long_open(lx, lx->pos, &level))) {
                lx->pos = p;
                lex_long_body(lx, level, &t->cstart, &t->cend);
                t->type = TK_LONGSTRING;
            } else {
                lx->pos++;         /* also "[=" without a second '[' (Lua's error) */
                t->type = '[';
            }
            break;
        case '=': case '<': case '>': case '~': case '/': case ':':
            lx->pos++;
            if (lx->pos < lx->len && (s[lx->pos] == '=' ||
                                      ((c == '<' || c == '>' || c == '/' || c == ':') && s[lx->pos] == c))) {
                t->type = c == ':' && s[lx->pos] == ':' ? TK_DBCOLON : TK_OP;
                lx->pos++;         /* == <= >= ~= << >> // :: (and ":=", not Lua) */
            } else {
                t->type = c == '~' || c == '/' ? TK_OP : c;
            }
            break;
        case '"': case '\'':
            lx->pos++;
            lex_short_string(lx, c, &t->cstart, &t->cend);
            t->type = TK_STRING;
            break;
        case '.':
            if (lx->pos + 1 < lx->len && s[lx->pos + 1] == '.') {
                lx->pos += 2;
                if (lx->pos < lx->len && s[lx->pos] == '.')
                    lx->pos++;
                t->type = TK_OP;
            } else if (lx->pos + 1 < lx->len && is_digit(s[lx->pos + 1])) {
                lex_number(lx);
                t->type = TK_NUMBER;
            } else {
                lx->pos++;
                t->type = '.';
            }
            break;
        case '{': case '}': case '(': case ')': case ']': case ',': case ';':
            lx->pos++;
            t->type = c;
            break;
        default:
            if (is_digit(c)) {
                lex_number(lx);
                t->type = TK_NUMBER;
            } else if (is_alpha(c)) {
                while (lx->pos < lx->len && is_alnum(s[lx->pos]))
                    lx->pos++;
                t->type = keyword(s + t->start, lx->pos - t->start);
            } else {
                lx->pos++;         /* + * % ^ # & | and bytes Lua refuses (NUL, >= 0x80) */
                t->type = TK_OP;
            }
            break;
        }
        t->end = lx->pos;
        return;
    }
}

/* ---- Keys --------------------------------------------------------------- */

static size_t put_utf8(unsigned char *out, unsigned long x)
{
    /* Lua 5.4's luaO_utf8esc: up to 6 bytes for values up to 0x7FFFFFFF. */
    unsigned char buf[8];
    size_t n = 1;
    if (x < 0x80) {
        out[0] = (unsigned char)x;
        return 1;
    }
    unsigned long mfb = 0x3f;
    do {
        buf[8 - n++] = (unsigned char)(0x80 | (x & 0x3f));
        x >>= 6;
        mfb >>= 1;
    } while (x > mfb);
    buf[8 - n] = (unsigned char)((~mfb << 1) | x);
    memcpy(out, buf + 8 - n, n);
    return n;
}

/* A string token's value into out (which holds cend - cstart bytes: a value
 * is never longer than its source). Returns its length. */
size_t decode_string(const unsigned char *s, const token *t, unsigned char *out)
{
    const unsigned char *r = s + t->cstart;
    size_t n = t->cend - t->cstart, i = 0, o = 0;
    if (t->type == TK_LONGSTRING) {
        while (i < n) {
            unsigned char c = r[i++];
            if (is_newline(c)) {
                if (i < n && is_newline(r[i]) && r[i] != c)
                    i++;
                c = '\n';
            }
            out[o++] = c;
        }
        return o;
    }
    while (i < n) {
        unsigned char c = r[i++];
        if (c != '\\') {
            out[o++] = c;
            continue;
        }
        if (i >= n)
            break;
        c = r[i++];
        switch (c) {
        case 'a': out[o++] = '\a'; break;
        case 'b': out[o++] = '\b'; break;
        case 'f': out[o++] = '\f'; break;
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 't': out[o++] = '\t'; break;
        case 'v': out[o++] = '\v'; break;
        case '\n': case '\r':
            if (i < n && is_newline(r[i]) && r[i] != c)
                i++;
            out[o++] = '\n';
            break;
        case 'x':
            if (i + 1 < n && is_xdigit(r[i]) && is_xdigit(r[i + 1])) {
                out[o++] = (unsigned char)(xdigit_value(r[i]) * 16 + xdigit_value(r[i + 1]));
                i += 2;
            }
            break;
        case 'z':
            while (i < n && (r[i] == ' ' || (r[i] >= '\t' && r[i] <= '\r')))
                i++;
            break;
        case 'u': {
            unsigned long x = 0;
            size_t j = i, digits = 0;
            if (j < n && r[j] == '{') {
                j++;
                while (j < n && is_xdigit(r[j]) && x <= 0x7FFFFFFul) {
                    x = x * 16 + (unsigned long)xdigit_value(r[j++]);
                    digits++;
                }
                /* "\u{" needs 3 bytes more than its digits; 6 digits give at most 6 bytes */
                if (digits && j < n && r[j] == '}' && x <= 0x7FFFFFFFul) {
                    o += put_utf8(out + o, x);
                    j++;
                }
            }
            i = j;
            break;
        }
        default:
            if (is_digit(c)) {
                unsigned v = (unsigned)(c - '0');
                for (int k = 0; k < 2 && i < n && is_digit(r[i]); k++)
                    v = v * 10 + (unsigned)(r[i++] - '0');
                if (v <= 255)
                    out[o++] = (unsigned char)v;
            } else {
                out[o++] = c;      /* \\ \" \' and escapes Lua refuses */
            }
            break;
        }
    }
    return o;
}

/* A numeral that is an integer key: decimal or hexadecimal integers (hex
 * wraps around as in Lua) and decimal floats with an integral value ([1.0]
 * and [1e2] are the keys 1 and 100). 0 for anything else. */
int number_key(const unsigned char *p, size_t n, int64_t *out)
{
    if (n > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        uint64_t u = 0;
        for (size_t i = 2; i < n; i++) {
            if (!is_xdigit(p[i]))
                return 0;          /* hexadecimal floats are not handled */
            u = u * 16 + (uint64_t)xdigit_value(p[i]);
        }
        *out = u <= INT64_MAX ? (int64_t)u : -(int64_t)(~u) - 1;
        return 1;
    }
    uint64_t mant = 0;
    int ndig = 0, dot = 0, any = 0;
    long e = 0;
    size_t i = 0;
    for (; i < n; i++) {
        unsigned char c = p[i];
        if (c == '.') {
            if (dot)
                return 0;
            dot = 1;
            continue;
        }
        if (!is_digit(c))
            break;
        any = 1;
        unsigned d = c - '0';
        if (mant == 0 && d == 0) {
            if (dot)
                e--;
        } else if (ndig < 19) {
            mant = mant * 10 + d;
            ndig++;
            if (dot)
                e--;
        } else if (d != 0) {
            return 0;              /* more digits than an exact int64 needs */
        } else if (!dot) {
            e++;
        }
    }
    if (!any)
        return 0;
    if (i < n) {
        if (p[i] != 'e' && p[i] != 'E')
            return 0;
        i++;
        int neg = 0;
        long x = 0;
        if (i < n && (p[i] == '+' || p[i] == '-'))
            neg = p[i++] == '-';
        if (i >= n)
            return 0;
        for (; i < n; i++) {
            if (!is_digit(p[i]))
                return 0;
            if (x < 100000)
                x = x * 10 + (p[i] - '0');
        }
        e += neg ? -x : x;
    }
    if (mant == 0) {
        *out = 0;
        return 1;
    }
    while (e < 0 && mant % 10 == 0) {
        mant /= 10;
        e++;
    }
    if (e < 0)
        return 0;
    for (; e > 0; e--) {
        if (mant > (uint64_t)INT64_MAX / 10)
            return 0;
        mant *= 10;
    }
    if (mant > (uint64_t)INT64_MAX)
        return 0;                  /* a float in Lua too, not an integer key */
    *out = (int64_t)mant;
    return 1;
}

size_t format_int(unsigned char *out, int64_t v)
{
    char buf[24];
    size_t n = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        buf[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        buf[n++] = '-';
    for (size_t i = 0; i < n; i++)
        out[i] = (unsigned char)buf[n - 1 - i];
    return n;
}
