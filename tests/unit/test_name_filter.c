/*
 * test_name_filter — the nickname filter with the real assets/blocklist.txt:
 * the normaliser's folding (full width, case, katakana and half-width
 * katakana, sound marks, small kana, long vowel mark, accents, look-alike
 * letters, digits and symbols for letters, punctuation, repeated letters);
 * ordinary names accepted, innocent names containing a blocked term (the
 * Scunthorpe rule) accepted, offensive names refused through every trick;
 * the checks that need no list (empty, control and invisible characters,
 * invalid UTF-8, more than NAME_MAX_CHARS); the list's format on small
 * lists of our own ('#', '*', '=', '+', BOM, CRLF) and a list that cannot
 * be used refused with its file (and line) named.
 */
#include "check.h"
#include "core/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BLOCKLIST BD_SOURCE_DIR "/assets/blocklist.txt"
#define DIR_N BD_TEST_TMP "/name_filter"

static char err[BD_ERR_LEN];
static char why[256];

/* ---- The normaliser ----------------------------------------------------------- */

static const char *norm(const char *s)
{
    static char buf[256];
    name_normalise(s, buf, sizeof buf);
    return buf;
}

static void test_normalise(void)
{
    CHECK_STR(norm("F.U.C.K"), "fuck");
    CHECK_STR(norm("\xef\xbd\x86\xef\xbd\x95\xef\xbd\x83\xef\xbd\x8b"), "fuck"); /* ｆｕｃｋ */
    CHECK_STR(norm("\xef\xbc\xa6\xef\xbc\xb5\xef\xbc\xa3\xef\xbc\xab"), "fuck"); /* ＦＵＣＫ */
    CHECK_STR(norm("Fu_ck"), "fuck");
    CHECK_STR(norm("f u c k"), "fuck");
    CHECK_STR(norm("fuuuuck"), "fuck");
    CHECK_STR(norm("FUCK"), "fuck");
    CHECK_STR(norm("Sh1t"), "shit");
    CHECK_STR(norm("5h!7"), "shit");
    CHECK_STR(norm("@$$"), "as");
    CHECK_STR(norm("b00b 3 4 8"), "bobeab");
    CHECK_STR(norm("Sam_99"), "sam9");
    CHECK_STR(norm("\xef\xbc\xb3\xef\xbd\x81\xef\xbd\x8d"), "sam");               /* Ｓａｍ */
    CHECK_STR(norm("Caf\xc3\xa9 \xc3\x9c"), "cafeu");                             /* Café Ü */
    CHECK_STR(norm("fu\xd1\x81k"), "fuck");                                       /* Cyrillic с */
    CHECK_STR(norm("\xf0\x9d\x90\x9f\xf0\x9d\x90\xae\xf0\x9d\x90\x9c\xf0\x9d\x90\xa4"),
              "fuck");                                                            /* 𝐟𝐮𝐜𝐤 */
    CHECK_STR(norm("\xe2\x93\x95\xe2\x93\xa4\xe2\x93\x92\xe2\x93\x9a"), "fuck");  /* ⓕⓤⓒⓚ */
    /* Kana. */
    CHECK_STR(norm("チンコ"), "ちんこ");
    CHECK_STR(norm("ﾁﾝｺ"), "ちんこ");
    CHECK_STR(norm("ちんこ"), "ちんこ");
    CHECK_STR(norm("ﾊﾟﾝﾀﾞ"), "ぱんだ");        /* half-width sound marks join */
    CHECK_STR(norm("ｷﾁｶﾞｲ"), "きちがい");
    CHECK_STR(norm("か\xe3\x82\x99"), "が");    /* combining voiced mark */
    CHECK_STR(norm("ﾞあ"), "あ");               /* a mark with nothing to join is dropped */
    CHECK_STR(norm("しーね"), "しね");          /* long vowel mark */
    CHECK_STR(norm("ｼｰﾈ"), "しね");
    CHECK_STR(norm("しねねね"), "しね");
    CHECK_STR(norm("ファック"), "ふあつく");    /* small kana are full size */
    CHECK_STR(norm("ﾌｧｯｸ"), "ふあつく");
    CHECK_STR(norm("シ・ネ"), "しね");          /* middle dot */
    CHECK_STR(norm("死　ね"), "死ね");          /* ideographic space */
    CHECK_STR(norm("ニンジャ"), "にんじや");
    CHECK_STR(norm("山田たろう"), "山田たろう");
    /* Nothing left, and the length in code points. */
    CHECK_STR(norm("..- _ ?"), "");
    CHECK_INT(name_normalise("..- _ ?", why, sizeof why), 0);
    CHECK_INT(name_normalise("ちんこ", why, sizeof why), 3);
    CHECK_INT(name_normalise(NULL, why, sizeof why), 0);
    CHECK_STR(why, "");
    /* Truncated on a code point boundary. */
    char small[5];
    CHECK_INT(name_normalise("ちんこ", small, sizeof small), 3);
    CHECK_STR(small, "ち");
}

/* ---- Names against the real list ------------------------------------------ */

static name_filter *F;

static void accepted_(const char *name, int line)
{
    why[0] = '\0';
    if (name_filter_check(F, name, why, sizeof why) == 1 && why[0] == '\0')
        check_passed_++;
    else {
        check_failed_++;
        fprintf(stderr, "%s:%d: \"%s\" refused: %s\n", __FILE__, line, name, why);
    }
}

/* Refused, with a reason containing reason. */
static void refused_(const char *name, const char *reason, int line)
{
    why[0] = '\0';
    if (name_filter_check(F, name, why, sizeof why) == 0 && strstr(why, reason))
        check_passed_++;
    else {
        check_failed_++;
        fprintf(stderr, "%s:%d: \"%s\" not refused for \"%s\" (why: \"%s\")\n",
                __FILE__, line, name, reason, why);
    }
}
#define accepted(name) accepted_(name, __LINE__)
#define refused(name, reason) refused_(name, reason, __LINE__)

static void test_accepted(void)
{
    accepted("Aiko");
    accepted("Sam_99");
    accepted("たろう");
    accepted("ニンジャ");
    accepted("ﾆﾝｼﾞｬ");
    accepted("山田 花子");
    accepted("\xc3\x89lodie");                 /* Élodie */
    accepted("\xef\xbc\xb3\xef\xbd\x81\xef\xbd\x8d"); /* Ｓａｍ */
    accepted("A");
    accepted("R2-D2");
    accepted("Agent 47");
    /* Short terms (under 4 characters normalised) only as the whole name. */
    accepted("Cassandra");   /* ass */
    accepted("Classic");
    accepted("Titus");
    accepted("Sexton");      /* sex */
    accepted("Document");    /* cum */
    accepted("Japan");       /* =jap */
    accepted("Grapes");      /* =rape */
    accepted("Arsenal");     /* =arse */
    accepted("Pakistan");    /* =paki */
    accepted("Junko");       /* =unko */
    accepted("うんこまん");  /* うんこ: whole name only, a choice the list explains */
    accepted("めくらまし");  /* めくら */
    accepted("かたわら");    /* かたわ */
    /* Allowed words ('+' lines) around a longer term. */
    accepted("Scunthorpe");
    accepted("Hancock");
    accepted("Peacock");
    accepted("Dickens");
    accepted("Shiitake");
    accepted("Niigata");
    accepted("シネマ");
    accepted("ｼﾈﾏ");
    accepted("コロスケ");
    /* Mild insults and a security game's words are allowed. */
    accepted("ばか");
    accepted("アホ");
    accepted("noob");
    accepted("Skill3d");
    accepted("KillSwitch");
    accepted("H4ck3r");
    accepted("!!!");          /* normalised "i" */
}

static void test_refused_english(void)
{
    refused("fuck", "'fuck'");
    refused("FUCK", "'fuck'");
    refused("F.U.C.K", "'fuck'");
    refused("\xef\xbd\x86\xef\xbd\x95\xef\xbd\x83\xef\xbd\x8b", "'fuck'"); /* ｆｕｃｋ */
    refused("\xef\xbc\xa6.\xef\xbc\xb5.c.K", "'fuck'");                    /* Ｆ.Ｕ.c.K */
    refused("Fu_ck", "'fuck'");
    refused("f u c k", "'fuck'");
    refused("fuuuuuck", "'fuck'");
    refused("xXfuckXx", "contains");
    refused("fuckyou", "'fuck'");
    refused("phuck", "'phuck'");
    refused("fu\xd1\x81k", "'fuck'");          /* Cyrillic с */
    refused("F\xc3\xbc\x63k", "'fuck'");        /* Fück */
    refused("\xe2\x93\x95\xe2\x93\xa4\xe2\x93\x92\xe2\x93\x9a", "'fuck'"); /* ⓕⓤⓒⓚ */
    refused("fuk", "is blocked term 'fuk'");
    refused("Sh1t", "'shit'");
    refused("5h!7", "'shit'");
    refused("\xef\xbc\xb3\xef\xbd\x88\xef\xbc\x91\xef\xbd\x94", "'shit'"); /* Ｓｈ１ｔ */
    refused("bullshit", "'shit'");
    refused("b1tch", "'bitch'");
    refused("s1ut", "'slut'");                 /* 1 read as l */
    refused("d1ck", "'dick'");                 /* 1 read as i */
    refused("Ass", "is blocked term 'ass'");
    refused("A$$", "'ass'");
    refused("@sss", "'ass'");
    refused("Cunthorpe", "'cunt'");            /* not the allowed word */
    refused("Hancockcock", "'cock'");          /* the second cock is outside it */
    refused("Arse", "'arse'");
    refused("Rape", "'rape'");
    refused("rapist", "'rapist'");
    refused("N1gg3r", "'nigger'");
    refused("Nigeria", "'nigger'");            /* a known false positive, see the list */
    refused("fagg0t", "'faggot'");
    refused("Hitler88", "'hitler'");
}

static void test_refused_japanese(void)
{
    refused("ちんこ", "'ちんこ'");
    refused("チンコ", "'ちんこ'");
    refused("ﾁﾝｺ", "'ちんこ'");
    refused("ちんこまん", "'ちんこ'");         /* '*': anywhere however short */
    refused("ち・ん・こ", "'ちんこ'");
    refused("ちーんこ", "'ちんこ'");
    refused("まんこ", "'まんこ'");
    refused("おまんこ", "'まんこ'");
    refused("しね", "'しね'");
    refused("シネ", "'しね'");
    refused("ｼﾈ", "'しね'");
    refused("しーね", "'しね'");
    refused("しねしね", "'しね'");
    refused("おまえしね", "'しね'");
    refused("死ね", "'死ね'");
    refused("死　ね", "'死ね'");
    refused("死ねよ", "'死ね'");
    refused("コロス", "'ころす'");
    refused("ぶっころす", "'ころす'");
    refused("殺す", "'殺す'");
    refused("きちがい", "'きちがい'");
    refused("キチガイ", "'きちがい'");
    refused("ｷﾁｶﾞｲ", "'きちがい'");
    refused("基地外", "'基地外'");
    refused("ファック", "'ふぁっく'");
    refused("ﾌｧｯｸﾕｰ", "'ふぁっく'");
    refused("ｾｯｸｽ", "'せっくす'");
    refused("うんこ", "'うんこ'");
    refused("ウンコ", "'うんこ'");
    refused("unko", "'unko'");
    refused("かたわ", "'かたわ'");
    refused("ニガー", "'にがー'");
    refused("chinko", "blocked term");
}

/* ---- Checks that need no list ---------------------------------------------- */

static void test_shape(void)
{
    CHECK_INT(name_filter_ok("Aiko", why, sizeof why), 1);
    CHECK_STR(why, "");
    /* The limit counts code points as typed, whatever they normalise to. */
    CHECK_INT(name_filter_ok("ABCDEFGHIJKL", why, sizeof why), 1);
    CHECK_INT(name_filter_ok("ABCDEFGHIJKLM", why, sizeof why), 0);
    CHECK_HAS(why, "too long: 13 characters (at most 12)");
    CHECK_INT(name_filter_ok("あいうえおかきくけこさし", why, sizeof why), 1); /* 12 kana, 36 bytes */
    CHECK_INT(name_filter_ok("あいうえおかきくけこさしす", why, sizeof why), 0);
    CHECK_HAS(why, "too long");
    CHECK_INT(name_filter_ok("F.U.C.K.I.N.G", why, sizeof why), 0);
    CHECK_HAS(why, "too long");
    /* Empty, and nothing left after normalising. */
    CHECK_INT(name_filter_ok("", why, sizeof why), 0);
    CHECK_STR(why, "empty");
    CHECK_INT(name_filter_ok(NULL, why, sizeof why), 0);
    CHECK_STR(why, "empty");
    CHECK_INT(name_filter_ok("   ", why, sizeof why), 0);
    CHECK_HAS(why, "no letters");
    CHECK_INT(name_filter_ok("?-_.", why, sizeof why), 0);
    CHECK_HAS(why, "no letters");
    CHECK_INT(name_filter_ok("\xe3\x83\xbc\xe3\x83\xbc", why, sizeof why), 0); /* ーー */
    CHECK_HAS(why, "no letters");
    CHECK_INT(name_filter_ok("\xf0\x9f\x94\x92", why, sizeof why), 0);         /* 🔒 */
    CHECK_HAS(why, "no letters");
    /* Control and invisible characters, invalid UTF-8. */
    CHECK_INT(name_filter_ok("Sam\tX", why, sizeof why), 0);
    CHECK_HAS(why, "U+0009");
    CHECK_INT(name_filter_ok("Sam\x1b[31m", why, sizeof why), 0);
    CHECK_HAS(why, "U+001B");
    CHECK_INT(name_filter_ok("Sam\x7f", why, sizeof why), 0);
    CHECK_HAS(why, "control");
    CHECK_INT(name_filter_ok("Sam\n", why, sizeof why), 0);
    CHECK_INT(name_filter_ok("\xc2\x85x", why, sizeof why), 0);                /* NEL (C1) */
    CHECK_HAS(why, "U+0085");
    CHECK_INT(name_filter_ok("fu\xe2\x80\x8b" "ck", why, sizeof why), 0);      /* zero width space */
    CHECK_HAS(why, "U+200B");
    CHECK_INT(name_filter_ok("\xe2\x80\xae" "evil", why, sizeof why), 0);      /* right-to-left override */
    CHECK_HAS(why, "U+202E");
    CHECK_INT(name_filter_ok("\xef\xbb\xbf" "Sam", why, sizeof why), 0);       /* BOM */
    CHECK_INT(name_filter_ok("Sam\xff", why, sizeof why), 0);
    CHECK_HAS(why, "invalid UTF-8 at byte 3");
    CHECK_INT(name_filter_ok("\xe3\x81", why, sizeof why), 0);                 /* truncated あ */
    CHECK_HAS(why, "invalid UTF-8");
    /* A small why buffer is still terminated; NULL why is fine. */
    char tiny[4];
    CHECK_INT(name_filter_ok("", tiny, sizeof tiny), 0);
    CHECK_INT((int)strlen(tiny) < 4, 1);
    CHECK_INT(name_filter_ok("", NULL, 0), 0);
    CHECK_INT(name_filter_ok("Aiko", NULL, 0), 1);

    /* name_filter_check does them too, and refuses everything without a list. */
    refused("", "empty");
    refused("ABCDEFGHIJKLM", "too long");
    refused("Sam\x07", "U+0007");
    CHECK_INT(name_filter_check(NULL, "Aiko", why, sizeof why), 0);
    CHECK_HAS(why, "no blocklist");
}

/* ---- The list's format, on lists of our own ----------------------------- */

/* Loads text as a list; NULL (err set) when refused. */
static name_filter *load_text(const char *text)
{
    const char *path = DIR_N "/list.txt";
    check_write_file(path, text);
    err[0] = '\0';
    return name_filter_load(path, err, sizeof err);
}

static int ok_with(const name_filter *f, const char *name)
{
    why[0] = '\0';
    return name_filter_check(f, name, why, sizeof why);
}

static void test_format(void)
{
    /* Comments anywhere, blanks, a BOM, CRLF, the three prefixes. */
    name_filter *f = load_text("\xef\xbb\xbf# a test list\r\n"
                               "\r\n"
                               "  cock   # inline comment\r\n"
                               "*ab\r\n"
                               "=wxyz\r\n"
                               "sh\r\n"
                               "+ peacock\r\n");
    CHECK(f != NULL);
    CHECK_STR(err, "");
    CHECK_INT(name_filter_count(f), 4);
    CHECK_INT(ok_with(f, "Hancock"), 0);         /* no allowed word for it here */
    CHECK_HAS(why, "contains blocked term 'cock' (blocklist line 3)");
    CHECK_INT(ok_with(f, "Peacock"), 1);
    CHECK_INT(ok_with(f, "PeacockCock"), 0);
    CHECK_INT(ok_with(f, "xAby"), 0);            /* '*': anywhere though short */
    CHECK_HAS(why, "'ab' (blocklist line 4)");
    CHECK_INT(ok_with(f, "wxyz"), 0);            /* '=': whole name only though long */
    CHECK_HAS(why, "is blocked term 'wxyz' (blocklist line 5)");
    CHECK_INT(ok_with(f, "wxyzw"), 1);
    CHECK_INT(ok_with(f, "Sh"), 0);              /* short: whole name */
    CHECK_INT(ok_with(f, "Shoe"), 1);
    CHECK_INT(ok_with(f, "comment"), 1);         /* the comment is not a term */
    name_filter_free(f);

    /* Leet in the list is normalised like names. */
    f = load_text("5lut\n");
    CHECK(f != NULL);
    CHECK_INT(ok_with(f, "SLUT"), 0);
    CHECK_INT(ok_with(f, "s1ut"), 0);
    name_filter_free(f);
}

static void test_load_errors(void)
{
    /* Missing, a folder, unreadable: the message names the file. */
    name_filter *f = name_filter_load(DIR_N "/missing.txt", err, sizeof err);
    CHECK(f == NULL);
    CHECK_HAS(err, DIR_N "/missing.txt");
    f = name_filter_load(DIR_N, err, sizeof err);
    CHECK(f == NULL);
    CHECK_HAS(err, DIR_N);
    if (geteuid() != 0) {  /* root reads files whatever their mode */
        const char *path = DIR_N "/unreadable.txt";
        check_write_file(path, "fuck\n");
        CHECK_INT(chmod(path, 0), 0);
        f = name_filter_load(path, err, sizeof err);
        CHECK(f == NULL);
        CHECK_HAS(err, path);
        chmod(path, 0600);
    }
    CHECK(name_filter_load(NULL, err, sizeof err) == NULL);

    /* A line the filter cannot use: the file and its line. */
    f = load_text("# ok\nfuck\nsh\xff" "t\n");
    CHECK(f == NULL);
    CHECK_HAS(err, DIR_N "/list.txt:3: invalid UTF-8");
    f = load_text("fuck\n\n-- ..\n");
    CHECK(f == NULL);
    CHECK_HAS(err, DIR_N "/list.txt:3: '-- ..' has no letters");
    f = load_text("fuck\n*\n");
    CHECK(f == NULL);
    CHECK_HAS(err, "list.txt:2:");
    /* No blocked terms at all (empty, comments only, allowed words only). */
    f = load_text("");
    CHECK(f == NULL);
    CHECK_HAS(err, "list.txt: no blocked terms");
    f = load_text("# nothing\n\n+scunthorpe\n");
    CHECK(f == NULL);
    CHECK_HAS(err, "no blocked terms");
}

int main(void)
{
    CHECK_INT(dir_make_all(DIR_N, err, sizeof err), 0);
    test_normalise();

    F = name_filter_load(BLOCKLIST, err, sizeof err);
    CHECK(F != NULL);
    if (!F) {
        fprintf(stderr, "%s\n", err);
        return check_done();
    }
    CHECK(name_filter_count(F) > 50);
    test_accepted();
    test_refused_english();
    test_refused_japanese();
    test_shape();
    name_filter_free(F);

    test_format();
    test_load_errors();
    name_filter_free(NULL);
    return check_done();
}
