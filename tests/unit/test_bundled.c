/* test_bundled — every scenario the game ships (scenarios/NAME.lua) and every
 * example for trainers (scenarios/examples/NAME.lua) as a player and a trainer
 * rely on it: it validates with no warning, in English and Japanese; every
 * step and every ending can be reached; the best path the explorer names
 * really scores 100 when played and the worst below 30. The incident
 * scenarios also keep the promises of their brief: length, kinds used,
 * endings, balance of the two axes, a debrief whose every paragraph names
 * its sources, and facts cards for the kiosk; each has a kiosk variant. */
#include "core/core.h"
#include "script/script.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCENARIOS BD_SOURCE_DIR "/scenarios"
#define EXAMPLES BD_SOURCE_DIR "/scenarios/examples"

static const char *const builtin_dirs[] = { BD_SOURCE_DIR "/plugins" };

/* The file name without its folder, for messages. */
static const char *base(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* Fails with the file named, so that a failure says which scenario. */
#define EXPECT(file, cond, ...) do { \
        CHECK(cond); \
        if (!(cond)) { \
            fprintf(stderr, "  %s: ", base(file)); \
            fprintf(stderr, __VA_ARGS__); \
            fputc('\n', stderr); \
        } \
    } while (0)

static int has_ja(const bd_text *t)
{
    return t->en && t->en[0] && t->ja && t->ja[0];
}

/* Plays tokens from the start; the score of the ended session, -1 if a
 * token was refused or the session did not end. */
static int play_score(const char *file, scenario *s, const char *tokens)
{
    const scn_model *m = scenario_model(s);
    const explore_result *ex = scenario_explored(s);
    char err[BD_ERR_LEN];
    session ses;
    if (session_start(&ses, m, 0, err, sizeof err) < 0) {
        EXPECT(file, 0, "session did not start: %s", err);
        return -1;
    }
    char *buf = strdup(tokens);
    int ok = buf != NULL;
    double t = 1.0;
    for (char *save = NULL, *tok = buf ? strtok_r(buf, " ", &save) : NULL; ok && tok;
         tok = strtok_r(NULL, " ", &save), t += 1.0) {
        if (session_answer_token(&ses, tok, t, err, sizeof err) < 0) {
            EXPECT(file, 0, "'%s': token '%s' refused: %s", tokens, tok, err);
            ok = 0;
        }
    }
    free(buf);
    int score = -1;
    if (ok && ses.ended)
        score = score_total(score_pct(ses.detect, ex->detect_max),
                            score_pct(ses.respond, ex->respond_max));
    EXPECT(file, !ok || ses.ended, "'%s' does not reach an ending", tokens);
    session_free(&ses);
    return score;
}

/* One paragraph's end: " [1]" or " [2, 5]", each number a source. */
static int cites_sources(const char *p, size_t len, size_t n_sources)
{
    while (len && (p[len - 1] == ' ' || p[len - 1] == '\n'))
        len--;
    if (len < 3 || p[len - 1] != ']')
        return 0;
    size_t open = len - 1;
    while (open > 0 && p[open] != '[')
        open--;
    if (p[open] != '[')
        return 0;
    const char *q = p + open + 1, *end = p + len - 1;
    while (q < end) {
        if (*q < '1' || *q > '9')
            return 0;
        size_t n = 0;
        while (q < end && *q >= '0' && *q <= '9')
            n = n * 10 + (size_t)(*q++ - '0');
        if (n < 1 || n > n_sources)
            return 0;
        if (q < end && (end - q < 3 || q[0] != ',' || q[1] != ' '))
            return 0;
        if (q < end)
            q += 2;
    }
    return 1;
}

static void check_debrief(const char *file, const char *lang, const char *text, size_t n_sources)
{
    size_t paragraphs = 0;
    for (const char *p = text; *p;) {
        const char *next = strstr(p, "\n\n");
        size_t len = next ? (size_t)(next - p) : strlen(p);
        if (len) {
            paragraphs++;
            EXPECT(file, cites_sources(p, len, n_sources),
                   "debrief (%s), paragraph %zu does not end with its sources, as \" [1, 3]\"", lang,
                   paragraphs);
        }
        p = next ? next + 2 : p + len;
    }
    EXPECT(file, paragraphs >= 2, "debrief (%s): %zu paragraph(s), a real debrief has more", lang,
           paragraphs);
}

static int count_outcome(scenario *s, const char *outcome)
{
    int n = 0;
    for (size_t i = 0; i < scenario_step_count(s); i++)
        n += strcmp(scenario_step_outcome(s, (int)i), outcome) == 0;
    return n;
}

static int uses_kind(scenario *s, const char *kind)
{
    for (size_t i = 0; i < scenario_step_count(s); i++)
        if (strcmp(scenario_step_kind(s, (int)i), kind) == 0)
            return 1;
    return 0;
}

static size_t count_tokens(const char *answers)
{
    size_t n = 0;
    for (const char *p = answers; *p; p++)
        if (*p != ' ' && (p == answers || p[-1] == ' '))
            n++;
    return n;
}

/* A text the player would see in English but not in Japanese. */
static int untranslated(const bd_text *t)
{
    return t->en && t->en[0] && !(t->ja && t->ja[0]);
}

/* What validate cannot see: the texts a kind's code builds as it runs
 * (labels, feedback, notes). Plays random sessions and checks every text
 * shown on the way has Japanese; a monospace block and log lines are shown
 * as written in every language. */
static void check_shown_texts(const char *file, scenario *s)
{
    const scn_model *m = scenario_model(s);
    char err[BD_ERR_LEN];
    uint64_t rng = 7;
    int reported = 0;
    for (int round = 0; round < 100 && !reported; round++) {
        session ses;
        if (session_start(&ses, m, (uint32_t)round, err, sizeof err) < 0) {
            EXPECT(file, 0, "session did not start: %s", err);
            return;
        }
        for (int n = 0; n < 200 && !ses.ended && !reported; n++) {
            const step_view *v = &ses.view;
            const char *id = scenario_step_id(s, ses.step);
            int bad = untranslated(&v->prompt) || untranslated(&v->body);
            for (size_t i = 0; i < v->n_items && !v->items_are_lines; i++)
                bad |= untranslated(&v->items[i].text);
            pick_list list = { 0 };
            char *token = NULL;
            if (!bad && m->ops->answers(m->ctx, ses.step, v, &list, err, sizeof err) == 0 && list.n) {
                const pick *p = &list.v[bd_splitmix64(&rng) % list.n];
                token = answer_format(v, p->ids, p->n);
            }
            pick_list_free(&list);
            if (bad || !token || session_answer_token(&ses, token, 1.0, err, sizeof err) < 0) {
                EXPECT(file, !bad, "step '%s' shows text without Japanese", id);
                EXPECT(file, bad || token, "step '%s': no answer to try: %s", id, err);
                reported = 1;
            } else {
                int fb = untranslated(&ses.last.feedback);
                for (size_t i = 0; i < ses.last.n_notes; i++)
                    fb |= untranslated(&ses.last.notes[i].text);
                EXPECT(file, !fb, "step '%s', answer %s: feedback or a note without Japanese", id, token);
                reported |= fb;
            }
            free(token);
        }
        if (ses.ended && !reported)
            EXPECT(file, !untranslated(&ses.view.prompt), "ending '%s' has no Japanese",
                   scenario_step_id(s, ses.step));
        session_free(&ses);
    }
}

/* What every bundled file promises: clean, bilingual, fully reachable, a
 * path to 100 and one below 30. */
static void check_common(const char *file, scenario *s)
{
    EXPECT(file, scenario_ok(s), "does not validate");
    EXPECT(file, scenario_problem_count(s) == 0, "%zu problem(s), the first: %s",
           scenario_problem_count(s),
           scenario_problem_count(s) ? scenario_problem(s, 0)->text : "");
    const scn_info *in = scenario_info(s);
    int ja = 0;
    for (size_t i = 0; i < in->n_languages; i++)
        ja |= strcmp(in->languages[i], "ja") == 0;
    /* With ja declared, a clean validation means no shown text lacks it. */
    EXPECT(file, ja, "does not declare languages = { \"en\", \"ja\" }");
    EXPECT(file, has_ja(&in->title) && has_ja(&in->summary) && has_ja(&in->intro) &&
                 has_ja(&in->debrief), "title, summary, intro and debrief need en and ja");
    EXPECT(file, in->n_sources >= 1, "no sources");
    for (size_t i = 0; i < in->n_sources; i++)
        EXPECT(file, strncmp(in->sources[i], "https://", 8) == 0 && !strchr(in->sources[i], ' '),
               "source %zu is not a URL: %s", i + 1, in->sources[i]);
    const explore_result *ex = scenario_explored(s);
    if (!scenario_ok(s) || !ex)
        return;
    for (size_t i = 0; i < scenario_step_count(s); i++)
        EXPECT(file, ex->reached[i], "step '%s' is never reached", scenario_step_id(s, (int)i));
    EXPECT(file, ex->best_answers && ex->worst_answers, "the explorer names no best or worst path");
    if (!ex->best_answers || !ex->worst_answers)
        return;
    int best = play_score(file, s, ex->best_answers);
    int worst = play_score(file, s, ex->worst_answers);
    EXPECT(file, best == 100, "the best path '%s' scores %d", ex->best_answers, best);
    EXPECT(file, worst >= 0 && worst < 30, "the worst path '%s' scores %d", ex->worst_answers, worst);
    check_shown_texts(file, s);
}

/* The promises of an incident scenario and of its kiosk variant. */
static void check_incident(const char *file, scenario *s)
{
    const scn_info *in = scenario_info(s);
    const explore_result *ex = scenario_explored(s);
    if (!scenario_ok(s) || !ex || !ex->best_answers)
        return;
    size_t decisions = 0;
    for (size_t i = 0; i < scenario_step_count(s); i++)
        decisions += strcmp(scenario_step_kind(s, (int)i), "ending") != 0;
    EXPECT(file, in->n_facts >= 3, "%zu facts cards, at least 3 wanted", in->n_facts);
    for (size_t i = 0; i < in->n_facts; i++)
        EXPECT(file, has_ja(&in->facts[i].text) && in->facts[i].source >= 1,
               "facts card %zu needs en, ja and a source", i + 1);
    check_debrief(file, "en", in->debrief.en, in->n_sources);
    check_debrief(file, "ja", in->debrief.ja, in->n_sources);
    EXPECT(file, in->org.en && in->when.en, "incident.org and incident.when are wanted");
    if (in->kiosk && !in->training) {   /* the quick variant */
        size_t n = count_tokens(ex->best_answers);
        EXPECT(file, n >= 4 && n <= 5, "the best path takes %zu decisions, 4-5 wanted", n);
        EXPECT(file, in->minutes > 0 && in->minutes <= 3, "minutes %g, about 2 wanted", in->minutes);
        EXPECT(file, count_outcome(s, "good") >= 1 && count_outcome(s, "bad") >= 1,
               "a good and a bad ending wanted");
        return;
    }
    EXPECT(file, in->training && !in->kiosk, "the full scenario is for training only");
    EXPECT(file, in->minutes >= 5 && in->minutes <= 10, "minutes %g, 5-10 wanted", in->minutes);
    EXPECT(file, decisions >= 10, "%zu decision steps, at least 10 wanted", decisions);
    const char *kinds[] = { "choice", "spot", "multi", "order" };
    for (size_t k = 0; k < 4; k++)
        EXPECT(file, uses_kind(s, kinds[k]), "no %s step", kinds[k]);
    EXPECT(file, count_outcome(s, "good") && count_outcome(s, "mixed") && count_outcome(s, "bad"),
           "a good, a mixed and a bad ending wanted");
    for (size_t i = 0; i < scenario_step_count(s); i++)
        if (strcmp(scenario_step_outcome(s, (int)i), "good") == 0)
            EXPECT(file, ex->fewest[i] >= 7, "ending '%s' is reached after only %u decisions",
                   scenario_step_id(s, (int)i), (unsigned)ex->fewest[i]);
    int total = ex->detect_max + ex->respond_max;
    EXPECT(file, total > 0 && ex->detect_max * 10 >= total * 4 && ex->respond_max * 10 >= total * 4,
           "detect %d, respond %d: roughly half each wanted", ex->detect_max, ex->respond_max);
}

static scenario *load(const char *path)
{
    /* As validate loads it: random scenarios explored with 16 more seeds. */
    scenario_opts opts = { .plugin_dirs = builtin_dirs, .n_plugin_dirs = 1, .extra_seeds = 16,
                           .paths = 1 };
    scenario *s = scenario_load(path, &opts);
    CHECK(s != NULL);
    return s;
}

/* Every file in dir; incident files also checked as such. Returns how many. */
static size_t check_folder(const char *dir, int incidents, char ***ids, size_t *n_ids)
{
    char **files = NULL;
    size_t n = scn_list_files(dir, &files);
    for (size_t i = 0; i < n; i++) {
        scenario *s = load(files[i]);
        if (s) {
            check_common(files[i], s);
            if (incidents)
                check_incident(files[i], s);
            const char *id = scenario_info(s)->id;
            if (id && (*ids = realloc(*ids, (*n_ids + 1) * sizeof **ids)) != NULL)
                (*ids)[(*n_ids)++] = strdup(id);
            scenario_free(s);
        }
        free(files[i]);
    }
    free(files);
    return n;
}

int main(void)
{
    char **ids = NULL;
    size_t n_ids = 0;
    size_t incidents = check_folder(SCENARIOS, 1, &ids, &n_ids);
    size_t first_example = n_ids;
    size_t examples = check_folder(EXAMPLES, 0, &ids, &n_ids);
    /* The three incidents, each with its kiosk variant; the examples and a
     * template. */
    CHECK(incidents >= 6);
    CHECK(examples >= 8);
    for (size_t i = 0; i < first_example; i++) {
        size_t len = strlen(ids[i]);
        if (len > 6 && strcmp(ids[i] + len - 6, "-quick") == 0)
            continue;
        char quick[128];
        snprintf(quick, sizeof quick, "%s-quick", ids[i]);
        int found = 0;
        for (size_t j = 0; j < first_example; j++)
            found |= strcmp(ids[j], quick) == 0;
        CHECK(found);
        if (!found)
            fprintf(stderr, "  %s has no kiosk variant %s\n", ids[i], quick);
    }
    for (size_t i = 0; i < n_ids; i++)
        for (size_t j = i + 1; j < n_ids; j++)
            CHECK(strcmp(ids[i], ids[j]) != 0);
    for (size_t i = 0; i < n_ids; i++)
        free(ids[i]);
    free(ids);
    return check_done();
}
