/*
 * fonts — finds BreachDrill's four faces through fontconfig.
 *
 * Why fontconfig: it knows where the distribution put its fonts and honours
 * the user's configuration, so we ship no font files and no hard-coded
 * paths. Why the coverage check: FcFontMatch never fails, it always returns
 * the "closest" font, which on a system without Japanese fonts is a Latin
 * font that would draw every kanji as a box. So each match is checked for
 * the characters we need and a face that lacks them is reported missing
 * with the Debian package that provides it.
 *
 * This file never calls FcFini(): other code in the process (SDL, a
 * desktop's input method) may share fontconfig's global state, and its
 * process-lifetime cache is suppressed in tests/lsan.supp. Every pattern,
 * match and string we create here is freed.
 */
#include "platform/platform.h"

#include <fontconfig/fontconfig.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    const char *pattern;    /* fontconfig pattern asked for */
    const char *what;       /* for the error message */
    const char *package;    /* Debian package that provides it */
    int japanese;           /* needs kana and kanji instead of Latin */
} face_spec;

static const face_spec face_specs[FACE_COUNT] = {
    [FACE_SANS]    = { "sans-serif",        "Latin sans-serif",    "fonts-dejavu-core",    0 },
    [FACE_MONO]    = { "monospace",         "Latin monospace",     "fonts-dejavu-core",    0 },
    [FACE_SANS_JA] = { "sans-serif:lang=ja", "Japanese sans-serif", "fonts-ipafont-gothic", 1 },
    [FACE_MONO_JA] = { "monospace:lang=ja",  "Japanese monospace",  "fonts-ipafont-gothic", 1 },
};

/* Does the matched font cover what the face is used for? For Japanese:
 * hiragana あ and the kanji 漢 in its charset, or fontconfig's own verdict
 * that it supports "ja" (which demands the whole JIS orthography). For
 * Latin: 'A'. */
static int match_covers(FcPattern *match, const face_spec *spec)
{
    FcCharSet *cs = NULL;
    int has_cs = FcPatternGetCharSet(match, FC_CHARSET, 0, &cs) == FcResultMatch && cs;
    if (!spec->japanese)
        return has_cs && FcCharSetHasChar(cs, 'A');
    if (has_cs && FcCharSetHasChar(cs, 0x3042) && FcCharSetHasChar(cs, 0x6F22))
        return 1;
    FcLangSet *ls = NULL;
    if (FcPatternGetLangSet(match, FC_LANG, 0, &ls) == FcResultMatch && ls)
        return FcLangSetHasLang(ls, (const FcChar8 *)"ja") == FcLangEqual;
    return 0;
}

/* Finds one face. Returns 0 and fills path/index, or -1 with why in note. */
static int find_face(const face_spec *spec, char *path, size_t pathlen, int *index,
                     char *note, size_t notelen)
{
    FcPattern *pat = FcNameParse((const FcChar8 *)spec->pattern);
    if (!pat) {
        snprintf(note, notelen, "bad pattern");
        return -1;
    }
    /* FreeType (under SDL_ttf) needs an outline font to scale to any pixel
     * size; bitmap-only fonts would only come in a few sizes. */
    FcPatternAddBool(pat, FC_SCALABLE, FcTrue);
    FcConfigSubstitute(NULL, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);

    FcResult res = FcResultNoMatch;
    FcPattern *match = FcFontMatch(NULL, pat, &res);
    FcPatternDestroy(pat);
    if (!match) {
        snprintf(note, notelen, "no match");
        return -1;
    }

    int rc = -1;
    FcChar8 *file = NULL;
    int idx = 0;
    if (FcPatternGetString(match, FC_FILE, 0, &file) != FcResultMatch || !file) {
        snprintf(note, notelen, "match has no file");
    } else if (!match_covers(match, spec)) {
        /* The pattern owns file; only its base name goes in the message. */
        const char *base = strrchr((const char *)file, '/');
        snprintf(note, notelen, "closest match %s lacks the glyphs",
                 base ? base + 1 : (const char *)file);
    } else if (strlen((const char *)file) >= pathlen) {
        snprintf(note, notelen, "path too long");
    } else if (access((const char *)file, R_OK) != 0) {
        snprintf(note, notelen, "%s is not readable", (const char *)file);
    } else {
        if (FcPatternGetInteger(match, FC_INDEX, 0, &idx) != FcResultMatch)
            idx = 0;
        memcpy(path, file, strlen((const char *)file) + 1);
        *index = idx;
        rc = 0;
    }
    FcPatternDestroy(match);   /* frees file and the charset too */
    return rc;
}

int fonts_find(font_files *out, char *err, size_t errlen)
{
    if (err && errlen)
        err[0] = '\0';
    if (!out) {
        snprintf(err, errlen, "fonts_find: no output");
        return -1;
    }
    memset(out, 0, sizeof *out);
    if (!FcInit()) {
        snprintf(err, errlen, "fontconfig failed to initialise; install the Debian package fontconfig");
        return -1;
    }

    /* Look for every face before failing, so that one message lists all
     * that is missing and one apt-get line fixes it. */
    char missing[512] = "", packages[128] = "";
    int first_note = 1;
    char first[256] = "";
    for (int f = 0; f < FACE_COUNT; f++) {
        char note[256];
        if (find_face(&face_specs[f], out->path[f], sizeof out->path[f], &out->index[f],
                      note, sizeof note) == 0)
            continue;
        size_t ml = strlen(missing);
        snprintf(missing + ml, sizeof missing - ml, "%s%s", ml ? ", " : "", face_specs[f].what);
        if (!strstr(packages, face_specs[f].package)) {
            size_t pl = strlen(packages);
            snprintf(packages + pl, sizeof packages - pl, " %s", face_specs[f].package);
        }
        if (first_note) {
            snprintf(first, sizeof first, "%s", note);
            first_note = 0;
        }
    }
    if (missing[0]) {
        snprintf(err, errlen, "font missing: %s (%s); install with: apt-get install%s",
                 missing, first, packages);
        memset(out, 0, sizeof *out);
        return -1;
    }
    return 0;
}
