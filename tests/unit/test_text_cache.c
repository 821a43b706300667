/*
 * test_text_cache — fonts_find, run splitting by face, text measurement and
 * the rendered-text texture cache (hits, misses, LRU eviction, flush).
 *
 * Textures need a renderer but not a window: a software renderer drawing
 * into an SDL surface works with no video driver at all.
 */
#include "check.h"
#include "platform/platform.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define S(lit) lit, strlen(lit)

static ui_font sans(int px) { ui_font f = { FONT_SANS, px, 0 }; return f; }
static ui_font mono(int px) { ui_font f = { FONT_MONO, px, 0 }; return f; }

/* With only DejaVu visible to fontconfig, the Japanese patterns still
 * "match" (a DejaVu font); fonts_find must see it lacks kana and kanji and
 * name fonts-ipafont-gothic, and not fonts-dejavu-core. Runs in a child so
 * that the fontconfig set-up of this process stays the normal one. */
static void test_missing_japanese(void)
{
    const char *dejavu = "/usr/share/fonts/truetype/dejavu";
    struct stat st;
    if (stat(dejavu, &st) != 0) {
        printf("skip: %s not found\n", dejavu);
        return;
    }
    char dir[4096], conf[4200];
    snprintf(dir, sizeof dir, "%s/fc-dejavu-only", BD_TEST_TMP);
    mkdir(BD_TEST_TMP, 0755);
    mkdir(dir, 0755);
    snprintf(conf, sizeof conf, "%s/fonts.conf", dir);
    FILE *fp = fopen(conf, "w");
    CHECK(fp != NULL);
    if (!fp)
        return;
    fprintf(fp, "<?xml version=\"1.0\"?>\n<fontconfig><dir>%s</dir><cachedir>%s/cache</cachedir></fontconfig>\n",
            dejavu, dir);
    fclose(fp);

    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        setenv("FONTCONFIG_FILE", conf, 1);
        font_files ff;
        char err[BD_ERR_LEN];
        int rc = fonts_find(&ff, err, sizeof err);
        printf("dejavu-only: rc=%d err=%s\n", rc, err);
        fflush(stdout);
        int ok = rc == -1 && strstr(err, "fonts-ipafont-gothic") && !strstr(err, "fonts-dejavu-core")
                 && strstr(err, "Japanese sans-serif") && !strchr(err, '\n');
        _exit(ok ? 0 : 1);   /* no atexit leak check: fontconfig's cache lives on */
    }
    int status = 0;
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* Lit pixels of a texture drawn white on black into the test's surface. */
static int lit_pixels(SDL_Renderer *r, SDL_Surface *target, SDL_Texture *t, int w, int h)
{
    SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
    SDL_RenderClear(r);
    SDL_Rect dst = { 0, 0, w, h };
    SDL_RenderCopy(r, t, NULL, &dst);
    SDL_RenderFlush(r);
    int lit = 0;
    for (int y = 0; y < h && y < target->h; y++) {
        const Uint32 *row = (const Uint32 *)((const Uint8 *)target->pixels + y * target->pitch);
        for (int x = 0; x < w && x < target->w; x++)
            if ((row[x] & 0xFF) > 128)
                lit++;
    }
    return lit;
}

int main(void)
{
    char err[BD_ERR_LEN];
    test_missing_japanese();

    /* ---- fonts_find ---- */
    font_files ff;
    CHECK_INT(fonts_find(&ff, err, sizeof err), 0);
    if (err[0])
        fprintf(stderr, "fonts_find: %s\n", err);
    for (int f = 0; f < FACE_COUNT; f++) {
        printf("face %d: %s index %d\n", f, ff.path[f], ff.index[f]);
        CHECK(ff.path[f][0] == '/');
        CHECK(access(ff.path[f], R_OK) == 0);
        CHECK(ff.index[f] >= 0);
    }

    /* ---- TTF_Init ownership: we init, so we quit ---- */
    CHECK_INT(TTF_WasInit(), 0);
    text_system *ts = text_system_open(&ff, err, sizeof err);
    CHECK(ts != NULL);
    CHECK(TTF_WasInit() > 0);
    text_system_close(ts);
    CHECK_INT(TTF_WasInit(), 0);

    /* From here the test owns TTF_Init, to open fonts directly for checks. */
    CHECK_INT(TTF_Init(), 0);
    ts = text_system_open(&ff, err, sizeof err);
    CHECK(ts != NULL);
    if (!ts) {
        fprintf(stderr, "text_system_open: %s\n", err);
        TTF_Quit();
        return check_done();
    }

    /* ---- measuring ---- */
    int hello = text_measure(ts, sans(16), S("Hello"));
    CHECK(hello > 0);
    CHECK(text_line_height(ts, sans(16)) > 0);
    CHECK_INT(text_measure(ts, sans(16), "", 0), 0);
    CHECK_INT(text_measure(ts, sans(16), NULL, 3), 0);
    ui_measure m = text_measurer(ts);
    CHECK_INT(m.width(m.ctx, sans(16), S("Hello")), hello);
    CHECK_INT(m.line_height(m.ctx, mono(14)), text_line_height(ts, mono(14)));
    CHECK(text_measure(ts, sans(32), S("Hello")) > hello);
    CHECK(text_measure(ts, (ui_font){ FONT_SANS, 16, 1 }, S("Hello")) >= hello);

    /* Kerning is off, so widths add up (within a pixel of glyph overhang). */
    const char *pairs[][3] = { { "ab", "a", "b" }, { "AV", "A", "V" }, { "To", "T", "o" },
                               { "漢字", "漢", "字" }, { "VPN装置", "VPN", "装置" } };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        int whole = text_measure(ts, sans(16), S(pairs[i][0]));
        int sum = text_measure(ts, sans(16), S(pairs[i][1])) + text_measure(ts, sans(16), S(pairs[i][2]));
        if (abs(whole - sum) > 1)
            fprintf(stderr, "width(%s)=%d, sum of parts=%d\n", pairs[i][0], whole, sum);
        CHECK(abs(whole - sum) <= 1);
    }

    /* ---- runs by face ---- */
    text_run runs[8];
    CHECK_INT(text_runs_for_test(ts, sans(16), S("漢"), runs, 8), 1);
    CHECK_INT(runs[0].face, FACE_SANS_JA);
    CHECK_INT(text_runs_for_test(ts, sans(16), S("Hello, world!"), runs, 8), 1);
    CHECK_INT(runs[0].face, FACE_SANS);
    CHECK_INT(text_runs_for_test(ts, sans(16), S("VPN装置"), runs, 8), 2);
    CHECK_INT(runs[0].face, FACE_SANS);
    CHECK_INT(runs[0].len, 3);
    CHECK_INT(runs[1].face, FACE_SANS_JA);
    CHECK_INT(runs[1].start, 3);
    CHECK_INT(runs[1].len, 6);
    /* A Japanese log line in the mono panel: kanji go to the mono JA face. */
    CHECK_INT(text_runs_for_test(ts, mono(14), S("[12:00] 不審なログイン"), runs, 8), 2);
    CHECK_INT(runs[0].face, FACE_MONO);
    CHECK_INT(runs[0].len, 8);
    CHECK_INT(runs[1].face, FACE_MONO_JA);
    /* Spaces and punctuation stay with the run: one run, not five. */
    CHECK_INT(text_runs_for_test(ts, sans(16), S("不審な メール、開かない。"), runs, 8), 1);
    CHECK_INT(runs[0].face, FACE_SANS_JA);
    CHECK_INT(text_runs_for_test(ts, sans(16), S("装置 VPN"), runs, 8), 2);
    CHECK_INT(runs[0].len, strlen("装置 "));
    /* A newline is just a character (callers wrap first): no split. */
    CHECK_INT(text_runs_for_test(ts, sans(16), S("漢\n字"), runs, 8), 1);
    CHECK_INT(runs[0].face, FACE_SANS_JA);
    /* A NUL is skipped, never inside a run. */
    CHECK_INT(text_runs_for_test(ts, sans(16), "a\0b", 3, runs, 8), 2);
    /* No face has U+10FFFF: it stays Latin (the .notdef box). */
    CHECK_INT(text_runs_for_test(ts, sans(16), S("\xF4\x8F\xBF\xBF"), runs, 8), 1);
    CHECK_INT(runs[0].face, FACE_SANS);

    /* 漢 is drawn with the Japanese face: its width is that face's advance,
     * not the Latin .notdef box's. */
    TTF_Font *ja = TTF_OpenFontIndex(ff.path[FACE_SANS_JA], 20, ff.index[FACE_SANS_JA]);
    TTF_Font *latin = TTF_OpenFontIndex(ff.path[FACE_SANS], 20, ff.index[FACE_SANS]);
    CHECK(ja && latin);
    if (ja && latin) {
        int wja = 0, wbox = 0;
        TTF_SetFontKerning(ja, 0);
        TTF_SetFontHinting(ja, TTF_HINTING_LIGHT);
        TTF_SizeUTF8(ja, "漢", &wja, NULL);
        TTF_SizeUTF8(latin, "漢", &wbox, NULL);
        printf("漢 at 20px: %d px (Japanese face), %d px (Latin box)\n", wja, wbox);
        CHECK_INT(text_measure(ts, sans(20), S("漢")), wja);
        CHECK(wja != wbox);
    }
    if (ja) TTF_CloseFont(ja);
    if (latin) TTF_CloseFont(latin);

    /* ---- textures ---- */
    SDL_Surface *target = SDL_CreateRGBSurfaceWithFormat(0, 1024, 128, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = target ? SDL_CreateSoftwareRenderer(target) : NULL;
    CHECK(r != NULL);
    if (!r) {
        fprintf(stderr, "software renderer: %s\n", SDL_GetError());
        text_system_close(ts);
        TTF_Quit();
        SDL_FreeSurface(target);
        return check_done();
    }

    int w = -1, h = -1;
    text_cache_stats st0 = text_cache_get_stats(ts);
    CHECK(text_cache_get(ts, r, sans(16), "", 0, &w, &h) == NULL);
    CHECK_INT(w, 0);
    CHECK_INT(h, 0);
    text_cache_stats st = text_cache_get_stats(ts);
    CHECK_INT(st.misses, st0.misses);

    SDL_Texture *kan = text_cache_get(ts, r, sans(40), S("漢"), &w, &h);
    CHECK(kan != NULL);
    CHECK_INT(w, text_measure(ts, sans(40), S("漢")));
    CHECK_INT(h, text_line_height(ts, sans(40)));
    int lit = kan ? lit_pixels(r, target, kan, w, h) : 0;
    printf("漢 at 40px: %dx%d, %d lit pixels\n", w, h, lit);
    CHECK(lit > 50);

    SDL_Texture *mixed = text_cache_get(ts, r, sans(24), S("VPN装置"), &w, &h);
    CHECK(mixed != NULL);
    int mw = text_measure(ts, sans(24), S("VPN装置"));
    CHECK(abs(w - mw) <= 2);
    CHECK_INT(h, text_line_height(ts, sans(24)));
    if (mixed) {
        /* Both halves drew something: Latin left, kanji right. */
        int vpn = text_measure(ts, sans(24), S("VPN"));
        CHECK(lit_pixels(r, target, mixed, vpn, h) > 20);
        CHECK(lit_pixels(r, target, mixed, w, h) - lit_pixels(r, target, mixed, vpn, h) > 40);
    }

    /* Hits and misses. */
    st0 = text_cache_get_stats(ts);
    SDL_Texture *t1 = text_cache_get(ts, r, sans(16), S("Hello"), &w, &h);
    SDL_Texture *t2 = text_cache_get(ts, r, sans(16), S("Hello"), &w, &h);
    st = text_cache_get_stats(ts);
    CHECK(t1 != NULL);
    CHECK(t1 == t2);
    CHECK_INT(st.misses - st0.misses, 1);
    CHECK_INT(st.hits - st0.hits, 1);
    CHECK_INT(w, hello);
    CHECK(text_cache_get(ts, r, sans(17), S("Hello"), NULL, NULL) != t1);
    CHECK(text_cache_get(ts, r, (ui_font){ FONT_SANS, 16, 1 }, S("Hello"), NULL, NULL) != t1);
    CHECK(text_cache_get(ts, r, mono(16), S("Hello"), NULL, NULL) != t1);
    /* A prefix is a different key. */
    CHECK(text_cache_get(ts, r, sans(16), S("Hell"), NULL, NULL) != t1);
    st = text_cache_get_stats(ts);
    CHECK_INT(st.misses - st0.misses, 5);
    CHECK_INT(st.hits - st0.hits, 1);

    /* A tinted texture: the text already in its colour, drawn without a
     * colour mod, gives the same pixels as the white one modulated; each
     * colour is its own entry, found again on the next frame. */
    {
        ui_color red = { 200, 40, 10, 255 };
        SDL_Texture *white = text_cache_get(ts, r, sans(40), S("漢"), &w, &h);
        SDL_Texture *tinted = text_cache_get_tinted(ts, r, sans(40), red, S("漢"), NULL, NULL);
        CHECK(tinted != NULL && tinted != white);
        CHECK(text_cache_get_tinted(ts, r, sans(40), red, S("漢"), NULL, NULL) == tinted);
        CHECK(text_cache_get_tinted(ts, r, sans(40), (ui_color){ 10, 200, 40, 255 }, S("漢"), NULL, NULL)
              != tinted);
        if (white && tinted) {
            Uint32 *a = malloc((size_t)w * (size_t)h * 4), *b = malloc((size_t)w * (size_t)h * 4);
            SDL_Rect dst = { 0, 0, w, h };
            SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
            SDL_RenderClear(r);
            SDL_SetTextureColorMod(white, red.r, red.g, red.b);
            SDL_RenderCopy(r, white, NULL, &dst);
            SDL_RenderReadPixels(r, &dst, SDL_PIXELFORMAT_ARGB8888, a, w * 4);
            SDL_SetTextureColorMod(white, 255, 255, 255);
            SDL_RenderClear(r);
            SDL_RenderCopy(r, tinted, NULL, &dst);
            SDL_RenderReadPixels(r, &dst, SDL_PIXELFORMAT_ARGB8888, b, w * 4);
            int differ = 0, red_px = 0;
            for (int i = 0; a && b && i < w * h; i++) {
                int dr = (int)((a[i] >> 16) & 0xFF) - (int)((b[i] >> 16) & 0xFF);
                int dg = (int)((a[i] >> 8) & 0xFF) - (int)((b[i] >> 8) & 0xFF);
                if (abs(dr) > 2 || abs(dg) > 2) differ++;
                if (((b[i] >> 16) & 0xFF) > 100 && ((b[i] >> 8) & 0xFF) < 40) red_px++;
            }
            CHECK_INT(differ, 0);
            CHECK(red_px > 50);
            free(a);
            free(b);
        }
    }

    /* Another renderer is another key. */
    SDL_Surface *target2 = SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r2 = target2 ? SDL_CreateSoftwareRenderer(target2) : NULL;
    CHECK(r2 != NULL);
    if (r2) {
        SDL_Texture *t3 = text_cache_get(ts, r2, sans(16), S("Hello"), NULL, NULL);
        CHECK(t3 != NULL && t3 != t1);
    }

    /* A text drawn every frame stays; one not drawn for 600 frames goes,
     * however much room is left (a kiosk's rounds each show new names and
     * ranks: they must not pile up to the budget). */
    {
        text_cache_stats before = text_cache_get_stats(ts);
        CHECK(text_cache_get(ts, r, sans(20), S("rank 9137"), NULL, NULL) != NULL);
        for (int f = 0; f < 600; f++) {
            CHECK(text_cache_get(ts, r, sans(20), S("always here"), NULL, NULL) != NULL);
            text_cache_end_frame(ts);
        }
        st = text_cache_get_stats(ts);
        CHECK(st.evictions == before.evictions);   /* not yet idle long enough */
        for (int f = 0; f < 2; f++) {
            CHECK(text_cache_get(ts, r, sans(20), S("always here"), NULL, NULL) != NULL);
            text_cache_end_frame(ts);
        }
        st = text_cache_get_stats(ts);
        CHECK(st.evictions > before.evictions);
        unsigned long misses = st.misses;
        CHECK(text_cache_get(ts, r, sans(20), S("always here"), NULL, NULL) != NULL);
        CHECK(text_cache_get_stats(ts).misses == misses);       /* kept */
        CHECK(text_cache_get(ts, r, sans(20), S("rank 9137"), NULL, NULL) != NULL);
        CHECK(text_cache_get_stats(ts).misses == misses + 1);   /* dropped, drawn afresh */
    }

    /* Odd input draws or returns NULL, never crashes. */
    CHECK(text_cache_get(ts, r, sans(16), S("a\nb"), &w, &h) != NULL);
    CHECK_INT(w, text_measure(ts, sans(16), S("a\nb")));
    CHECK(text_cache_get(ts, r, sans(16), "\0", 1, &w, &h) == NULL);
    CHECK_INT(w, 0);
    CHECK(text_cache_get(ts, r, sans(16), S("\xff\xfe bad"), &w, &h) != NULL);
    CHECK(text_cache_get(ts, r, (ui_font){ FONT_MONO, 0, 0 }, S("tiny"), &w, &h) != NULL);
    char longs[2000] = "";
    while (strlen(longs) + 16 < sizeof longs)
        strcat(longs, "abc 漢字 ");   /* longer than the measure cache takes */
    int lw = text_measure(ts, mono(12), longs, strlen(longs));
    CHECK(lw > 1000);
    CHECK(text_cache_get(ts, r, mono(12), longs, strlen(longs), &w, &h) != NULL);
    CHECK(abs(w - lw) <= 2);

    /* Measurement cache. */
    unsigned long mh0, mm0, mh, mm;
    text_measure_stats(ts, &mh0, &mm0);
    text_measure(ts, sans(15), S("measure me"));
    text_measure(ts, sans(15), S("measure me"));
    text_measure_stats(ts, &mh, &mm);
    CHECK_INT(mm - mm0, 1);
    CHECK_INT(mh - mh0, 1);
    /* A paragraph's worth of words laid out twice: the second layout is
     * all hits (no two words keep evicting each other). */
    text_measure_stats(ts, &mh0, &mm0);
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < 200; i++) {
            char word[32];
            snprintf(word, sizeof word, "word%d", i);
            text_measure(ts, sans(16), word, strlen(word));
        }
    text_measure_stats(ts, &mh, &mm);
    printf("measure cache, 200 words twice: %lu hits, %lu misses\n", mh - mh0, mm - mm0);
    CHECK_INT(mm - mm0, 200);
    CHECK_INT(mh - mh0, 200);

    /* More sizes than font slots: fonts are closed and reopened, widths stay. */
    for (int px = 6; px < 200; px += 2)
        CHECK(text_measure(ts, mono(px), S("x漢")) > 0);
    /* longs is too long for the measure cache: this measures again, with
     * the mono 12 px fonts reopened after being closed for other sizes. */
    CHECK_INT(text_measure(ts, mono(12), longs, strlen(longs)), lw);

    /* Eviction: a 64 KiB budget and 300 distinct strings. "keep" is used
     * every time round, so LRU must never evict it. */
    text_cache_flush(ts);
    st = text_cache_get_stats(ts);
    CHECK_INT(st.entries, 0);
    CHECK_INT(st.bytes, 0);
    const size_t budget = 64 * 1024;
    text_cache_set_budget(ts, budget);
    st0 = text_cache_get_stats(ts);
    SDL_Texture *keep = text_cache_get(ts, r, sans(16), S("keep"), NULL, NULL);
    SDL_Texture *first = text_cache_get(ts, r, sans(16), S("string number 0"), NULL, NULL);
    (void)first;
    int keep_ok = 1;
    for (int i = 1; i < 300; i++) {
        char buf[64];
        snprintf(buf, sizeof buf, "string number %d", i);
        CHECK(text_cache_get(ts, r, sans(16), buf, strlen(buf), NULL, NULL) != NULL);
        if (text_cache_get(ts, r, sans(16), S("keep"), NULL, NULL) != keep)
            keep_ok = 0;
    }
    CHECK(keep_ok);
    st = text_cache_get_stats(ts);
    printf("eviction: %lu misses, %lu hits, %lu evictions, %zu entries, %zu bytes (budget %zu)\n",
           st.misses - st0.misses, st.hits - st0.hits, st.evictions - st0.evictions,
           st.entries, st.bytes, budget);
    CHECK(st.evictions - st0.evictions > 0);
    CHECK(st.bytes <= budget);
    CHECK(st.entries < 300);
    CHECK_INT(st.misses - st0.misses, 301);
    CHECK_INT(st.hits - st0.hits, 299);
    /* The oldest string is gone (miss), the newest still there (hit). */
    st0 = text_cache_get_stats(ts);
    text_cache_get(ts, r, sans(16), S("string number 299"), NULL, NULL);
    st = text_cache_get_stats(ts);
    CHECK_INT(st.hits - st0.hits, 1);
    text_cache_get(ts, r, sans(16), S("string number 0"), NULL, NULL);
    st = text_cache_get_stats(ts);
    CHECK_INT(st.misses - st0.misses, 1);
    /* One texture bigger than the whole budget is still returned. */
    text_cache_set_budget(ts, 1000);
    CHECK(text_cache_get(ts, r, sans(48), S("much too big"), &w, &h) != NULL);
    st = text_cache_get_stats(ts);
    CHECK_INT(st.entries, 1);

    /* Flush, then the same text is rasterised again. */
    text_cache_flush(ts);
    st0 = text_cache_get_stats(ts);
    CHECK_INT(st0.entries, 0);
    text_cache_get(ts, r, sans(48), S("much too big"), NULL, NULL);
    st = text_cache_get_stats(ts);
    CHECK_INT(st.misses - st0.misses, 1);

    /* Closing with textures still cached frees them (checked by LSan). */
    text_cache_set_budget(ts, (size_t)32 << 20);
    text_cache_get(ts, r, sans(16), S("left for close"), NULL, NULL);
    if (r2)
        text_cache_get(ts, r2, sans(16), S("left for close"), NULL, NULL);
    text_system_close(ts);
    CHECK(TTF_WasInit() > 0);   /* the test's own TTF_Init is untouched */
    TTF_Quit();
    if (r2) SDL_DestroyRenderer(r2);
    SDL_FreeSurface(target2);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(target);
    SDL_Quit();
    return check_done();
}
