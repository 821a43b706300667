/*
 * source_lex — private to game/script/source_*.c: the Lua tokenizer the
 * source map scans with, and the decoding of the keys it records. Not a
 * module header: script.h is the module's interface.
 */
#ifndef BD_SOURCE_LEX_H
#define BD_SOURCE_LEX_H

#include <stddef.h>
#include <stdint.h>

enum {
    TK_EOF = 256, TK_NAME, TK_STRING, TK_LONGSTRING, TK_NUMBER, TK_OP, TK_DBCOLON,
    KW_AND, KW_BREAK, KW_DO, KW_ELSE, KW_ELSEIF, KW_END, KW_FALSE, KW_FOR,
    KW_FUNCTION, KW_GOTO, KW_IF, KW_IN, KW_LOCAL, KW_NIL, KW_NOT, KW_OR,
    KW_REPEAT, KW_RETURN, KW_THEN, KW_TRUE, KW_UNTIL, KW_WHILE
};

typedef struct {
    int type;              /* a character for { } ( ) [ ] = , ; . : < >, else TK_* / KW_* */
    int line;              /* where the token starts */
    size_t start, end;     /* its bytes */
    size_t cstart, cend;   /* a string's contents, without quotes or brackets */
} token;

typedef struct {
    const unsigned char *s;
    size_t len, pos;
    int line;
} lexer;

static inline int is_newline(int c) { return c == '\n' || c == '\r'; }

/* The next token at lx->pos (TK_EOF at the end; never reads past len). */
void lex_next(lexer *lx, token *t);
/* A string token's contents with escapes decoded into out (room for
 * t->cend - t->cstart bytes); returns the length. */
size_t decode_string(const unsigned char *s, const token *t, unsigned char *out);
/* 1 and the value if the numeral p[0..n) is an integer key ([1], [1.0]). */
int number_key(const unsigned char *p, size_t n, int64_t *out);
/* v in decimal into out (room for 21 bytes); returns the length. */
size_t format_int(unsigned char *out, int64_t v);

#endif
