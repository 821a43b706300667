/*
 * report_html — the report as one page a trainer opens on a laptop, sends
 * round or prints: what was read, the totals, per scenario a table row,
 * charts and the item analysis, then the sessions. The figures and their
 * wording are the printed summary's (report_text.c); the charts are
 * report_svg.c's.
 *
 * One file with nothing to fetch: the style and the charts are inline and
 * there is no script, so the page opens the same on a machine with no
 * network, years later. Every string that came from a log (names, ids,
 * steps, file names) goes through report_html_escape: the logs come from
 * other machines and a player may type markup as a name. Nothing depends
 * on the time or the machine, so the same logs give the same bytes (a
 * golden-file test compares them).
 */
#include "report/report.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Beyond these the page is slow to scroll and print; the CSV export has
 * every session, and the text summary every option. */
enum { MAX_SESSION_ROWS = 200, MAX_PICKS = 12 };


/* Readable on screen down to a phone-wide window (wide tables scroll on
 * their own), and printed black on white on A4 or Letter with no
 * background needed, no table or chart split across pages when it fits. */
static const char STYLE[] =
    ":root{color-scheme:light}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0 auto;max-width:72rem;padding:1rem 1.25rem 3rem;color:#1a1a1a;background:#fff;"
    "font:16px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"Noto Sans JP\","
    "\"Hiragino Sans\",Meiryo,sans-serif}\n"
    "h1{font-size:1.6rem;margin:.5rem 0 1rem}\n"
    "h2{font-size:1.3rem;margin:2rem 0 .75rem;padding-bottom:.2rem;border-bottom:2px solid #1a1a1a}\n"
    "h3{font-size:1.1rem;margin:1.25rem 0 .5rem}\n"
    "a{color:#1f4f7a}\n"
    "code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.95em;overflow-wrap:break-word}\n"
    "ul.logs{margin:.25rem 0 1rem;padding-left:1.25rem}\n"
    "dl.totals{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}\n"
    "dl.totals dt{font-weight:600}\n"
    "dl.totals dd{margin:0}\n"
    ".note{color:#444;font-size:.92em}\n"
    ".scroll{overflow-x:auto;margin:0 0 1rem}\n"
    "table{border-collapse:collapse;font-size:.92em}\n"
    "caption{text-align:left;font-weight:600;padding:.25rem 0}\n"
    "th,td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top}\n"
    "thead th.num{text-align:right}\n"
    "thead th{background:#e8eef4}\n"
    "tbody th{font-weight:600}\n"
    ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    "td.picks{min-width:16rem}\n"
    ".anon{font-style:italic}\n"
    ".charts{display:flex;flex-wrap:wrap;gap:1rem 2rem;margin:.5rem 0 1rem}\n"
    "figure{margin:0;flex:1 1 17rem;max-width:24rem}\n"
    "figcaption{font-weight:600;font-size:.92em;margin-bottom:.25rem}\n"
    "svg.chart{display:block;width:100%;height:auto}\n"
    "svg.mini{display:inline-block;vertical-align:middle;width:5rem;height:.75rem}\n"
    "@media (max-width:40rem){body{padding:.75rem;font-size:15px}th,td{padding:.25rem .35rem}}\n"
    "@page{margin:14mm}\n"
    "@media print{\n"
    "body{max-width:none;padding:0;font-size:10pt;color:#000;background:#fff}\n"
    "a{color:#000;text-decoration:none}\n"
    "table{font-size:9pt}\n"
    "th,td{border-color:#000}\n"
    "thead th{background:none;border-bottom:2px solid #000}\n"
    ".note{color:#000}\n"
    ".scroll{overflow:visible}\n"
    "h2,h3,caption,figcaption{break-after:avoid;page-break-after:avoid}\n"
    ".keep,.charts,figure,tr{break-inside:avoid;page-break-inside:avoid}\n"
    "svg text{fill:#000}\n"
    ".track{stroke:#000}\n"
    "}\n";

static size_t least(size_t a, size_t b)
{
    return a < b ? a : b;
}

int report_percent(size_t part, size_t whole)
{
    return whole ? (int)((200 * part + whole) / (2 * whole)) : 0;  /* rounded, halves up */
}

/* ---- Escaping --------------------------------------------------------------- */

static int plain(unsigned char c)
{
    return c >= 0x20 && c < 0x7f && !strchr("&<>\"'", c);
}

/* The entity for one of & < > " ', else NULL. */
static const char *entity(uint32_t cp)
{
    switch (cp) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    default: return NULL;
    }
}

/* Control characters are errors in HTML and U+FFFD is what an invalid
 * sequence decodes to: both become U+FFFD, so the page stays valid UTF-8. */
static int unwanted(uint32_t cp)
{
    return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7f && cp < 0xa0) || cp == 0xfffd;
}

int report_html_escape(bd_buf *out, const char *s)
{
    int rc = 0;
    size_t len = strlen(s);
    while (len > 0) {
        size_t run = 0;
        while (run < len && plain((unsigned char)s[run]))
            run++;
        rc |= bd_buf_add(out, s, run);
        s += run, len -= run;
        if (len == 0)
            break;
        uint32_t cp;
        size_t n = utf8_decode(s, len, &cp);
        const char *ent = entity(cp);
        if (ent)
            rc |= bd_buf_add(out, ent, strlen(ent));
        else
            rc |= unwanted(cp) ? bd_buf_add(out, "\xef\xbf\xbd", 3) : bd_buf_add(out, s, n);
        s += n, len -= n;
    }
    return rc ? -1 : 0;
}

/* ---- What was read and the totals ------------------------------------------ */

static int head(bd_buf *out)
{
    int rc = bd_buf_printf(out, "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                "<title>BreachDrill report</title>\n<style>\n");
    rc |= bd_buf_add(out, STYLE, sizeof STYLE - 1);
    return rc | bd_buf_printf(out, "</style>\n</head>\n<body>\n<h1>BreachDrill report</h1>\n");
}

static int logs(const report_set *set, bd_buf *out)
{
    int rc = bd_buf_printf(out, "<p>Logs read:%s</p>\n", set->n_files ? "" : " none");
    if (!set->n_files)
        return rc;
    rc |= bd_buf_printf(out, "<ul class=\"logs\">\n");
    for (size_t i = 0; i < set->n_files; i++) {
        rc |= bd_buf_printf(out, "<li><code>");
        rc |= report_html_escape(out, set->files[i]);
        rc |= bd_buf_printf(out, "</code></li>\n");
    }
    return rc | bd_buf_printf(out, "</ul>\n");
}

static int totals(const report_set *set, const report_summary *sum, bd_buf *out)
{
    int rc = bd_buf_printf(out, "<h2>Totals</h2>\n<dl class=\"totals\">\n<dt>Sessions</dt><dd>%zu",
                           sum->sessions);
    if (set->n_duplicates)
        rc |= bd_buf_printf(out, " (%zu repeated across logs, counted once)", set->n_duplicates);
    rc |= bd_buf_printf(out, "</dd>\n<dt>Bad lines skipped</dt><dd>%zu%s</dd>\n", set->n_bad,
                        set->n_bad ? " (each named in the command&#39;s warnings, with its file and line)"
                                   : "");
    rc |= bd_buf_printf(out, "<dt>Players</dt><dd>%zu named", sum->players);
    if (sum->anonymous)
        rc |= bd_buf_printf(out, ", and %zu anonymous session%s counted together as one",
                            sum->anonymous, sum->anonymous == 1 ? "" : "s");
    rc |= bd_buf_printf(out, "</dd>\n<dt>Completed</dt><dd>%zu of %zu sessions (%d%%)</dd>\n",
                        sum->completed, sum->sessions, report_percent(sum->completed, sum->sessions));
    return rc | bd_buf_printf(out,
                              "<dt>Passed</dt><dd>%zu of %zu completed (pass mark %d)</dd>\n</dl>\n",
                              sum->passed, sum->completed, sum->pass_mark);
}

/* ---- Per scenario ------------------------------------------------------------ */

/* The column headings; bit i of num set: column i holds numbers, aligned
 * right under a heading aligned right. */
static int th_cols(bd_buf *out, const char *const *names, size_t n, unsigned num)
{
    int rc = bd_buf_printf(out, "<thead><tr>");
    for (size_t i = 0; i < n; i++)
        rc |= bd_buf_printf(out, "<th scope=\"col\"%s>%s</th>",
                            num >> i & 1u ? " class=\"num\"" : "", names[i]);
    return rc | bd_buf_printf(out, "</tr></thead>\n<tbody>\n");
}

static int table_close(bd_buf *out)
{
    return bd_buf_printf(out, "</tbody>\n</table></div>\n");
}

static int spread_cell(bd_buf *out, const report_spread *s)
{
    if (!s->n)
        return bd_buf_printf(out, "<td class=\"num\">" REPORT_DASH "</td>");
    return bd_buf_printf(out, "<td class=\"num\">%.1f / %.1f</td>", s->mean, s->median);
}

/* "4 min 36 s", to the second; "2 h 5 min" for a session left open. The
 * reader keeps durations under 1e12 s, within a long long. */
static int duration(bd_buf *out, double seconds)
{
    long long s = (long long)(seconds + 0.5);
    if (s < 60)
        return bd_buf_printf(out, "%lld s", s);
    if (s < 3600)
        return bd_buf_printf(out, "%lld min %lld s", s / 60, s % 60);
    return bd_buf_printf(out, "%lld h %lld min", s / 3600, s % 3600 / 60);
}

static int scenario_row(bd_buf *out, const report_scenario *sc, size_t k)
{
    int rc = bd_buf_printf(out, "<tr><th scope=\"row\"><a href=\"#scenario-%zu\">", k + 1);
    rc |= report_html_escape(out, sc->scenario);
    rc |= bd_buf_printf(out, "</a></th><td class=\"num\">%zu</td><td class=\"num\">%zu (%d%%)</td>"
                             "<td class=\"num\">%zu</td>",
                        sc->sessions, sc->completed, report_percent(sc->completed, sc->sessions),
                        sc->passed);
    rc |= spread_cell(out, &sc->score);
    rc |= spread_cell(out, &sc->detect);
    rc |= spread_cell(out, &sc->respond);
    rc |= bd_buf_printf(out, "<td class=\"num\">");
    rc |= sc->completed ? duration(out, sc->mean_duration_s) : bd_buf_printf(out, REPORT_DASH);
    return rc | bd_buf_printf(out, "</td><td class=\"num\">%zu / %zu / %zu</td></tr>\n",
                              sc->outcomes[0], sc->outcomes[1], sc->outcomes[2]);
}

static int scenario_table(const report_summary *sum, bd_buf *out)
{
    static const char *const COLS[] = {
        "Scenario", "Sessions", "Completed", "Passed", "Score", "Detection", "Response",
        "Mean time", "Good / mixed / bad",
    };
    int rc = bd_buf_printf(out,
                           "<h2>Per scenario</h2>\n<p class=\"note\">Scores out of 100: mean / median "
                           "of completed sessions. Passed: completed with a score of %d or more. Mean "
                           "time and endings: completed sessions.</p>\n<div class=\"scroll\"><table "
                           "class=\"scenarios\">\n<caption>Sessions, completion and scores per "
                           "scenario</caption>\n",
                           sum->pass_mark);
    rc |= th_cols(out, COLS, sizeof COLS / sizeof *COLS, 0x1feu);
    for (size_t k = 0; k < sum->n_per; k++)
        rc |= scenario_row(out, &sum->per[k], k);
    return rc | table_close(out);
}

static int charts(bd_buf *out, const report_scenario *sc, int pass_mark)
{
    if (!sc->completed)
        return bd_buf_printf(out, "<p>No completed sessions: no scores to chart.</p>\n");
    int rc = bd_buf_printf(out, "<div class=\"charts\">\n<figure><figcaption>Completed sessions by "
                                "score</figcaption>\n");
    rc |= report_svg_scores(out, sc, pass_mark);
    rc |= bd_buf_printf(out, "</figure>\n<figure><figcaption>Means of completed sessions (0" REPORT_DASH
                             "100)</figcaption>\n");
    rc |= report_svg_means(out, sc);
    rc |= bd_buf_printf(out, "</figure>\n<figure><figcaption>Endings of completed "
                             "sessions</figcaption>\n");
    rc |= report_svg_outcomes(out, sc);
    return rc | bd_buf_printf(out, "</figure>\n</div>\n");
}

/* "option 2: 5 (best 5), none: 1"; an order step's options are whole
 * orders: "order 1&gt;2&gt;3: 2 (best 2)". The rarest beyond MAX_PICKS are
 * summed up in one phrase. */
static int picks(bd_buf *out, const report_item *it)
{
    int rc = 0;
    size_t shown = least(it->n_options, MAX_PICKS);
    for (size_t o = 0; o < shown; o++) {
        const report_option *op = &it->options[o];
        int none = strcmp(op->what, "none") == 0;
        rc |= bd_buf_printf(out, "%s%s", o ? ", " : "", none ? "" : it->is_order ? "order " : "option ");
        rc |= report_html_escape(out, op->what);
        rc |= bd_buf_printf(out, ": %zu", op->picked);
        if (op->best)
            rc |= bd_buf_printf(out, " (best %zu)", op->best);
    }
    size_t rest = 0;
    for (size_t o = shown; o < it->n_options; o++)
        rest += it->options[o].picked;
    if (shown < it->n_options)
        rc |= bd_buf_printf(out, ", and %zu more %s picked %zu time%s in all", it->n_options - shown,
                            it->is_order ? "orders" : "options", rest, rest == 1 ? "" : "s");
    return rc;
}

static int item_row(bd_buf *out, const report_item *it)
{
    size_t missed = it->answered - it->best;
    int rc = bd_buf_printf(out, "<tr><th scope=\"row\"><code>");
    rc |= report_html_escape(out, it->step);
    rc |= bd_buf_printf(out, "</code></th><td class=\"num\">%zu</td><td class=\"num\">%zu</td>"
                             "<td class=\"num\">%zu (%d%%)</td><td>",
                        it->answered, it->best, missed, report_percent(missed, it->answered));
    rc |= report_svg_missed(out, missed, it->answered);
    rc |= bd_buf_printf(out, "</td><td class=\"picks\">");
    rc |= picks(out, it);
    return rc | bd_buf_printf(out, "</td></tr>\n");
}

static int item_table(bd_buf *out, const report_scenario *sc)
{
    static const char *const COLS[] = {
        "Step", "Answers", "Best", "Missed", "Share missed",
        "Picked (options by place in the file; whole orders for order steps)",
    };
    if (!sc->n_items)
        return bd_buf_printf(out, "<p>No steps answered.</p>\n");
    int rc = bd_buf_printf(out, "<div class=\"keep\">\n<p class=\"note\">Item analysis, the steps "
                                "most often missed first. Answers come from every session, finished "
                                "or not; a step answered twice counts twice. Missed: answers that "
                                "were not the best.</p>\n<div class=\"scroll\"><table "
                                "class=\"items\">\n<caption>Item analysis: ");
    rc |= report_html_escape(out, sc->scenario);
    rc |= bd_buf_printf(out, "</caption>\n");
    rc |= th_cols(out, COLS, sizeof COLS / sizeof *COLS, 0xeu);
    for (size_t j = 0; j < sc->n_items; j++)
        rc |= item_row(out, &sc->items[j]);
    return rc | table_close(out) | bd_buf_printf(out, "</div>\n");
}

static int scenario_section(bd_buf *out, const report_summary *sum, size_t k)
{
    const report_scenario *sc = &sum->per[k];
    int rc = bd_buf_printf(out, "<section class=\"scenario\" id=\"scenario-%zu\">\n"
                                "<div class=\"keep\">\n<h2>Scenario: ",
                           k + 1);
    rc |= report_html_escape(out, sc->scenario);
    rc |= bd_buf_printf(out, "</h2>\n<p>%zu session%s, %zu completed (%d%%), %zu passed", sc->sessions,
                        sc->sessions == 1 ? "" : "s", sc->completed,
                        report_percent(sc->completed, sc->sessions), sc->passed);
    if (sc->completed) {
        rc |= bd_buf_printf(out, "; mean time ");
        rc |= duration(out, sc->mean_duration_s);
    }
    rc |= bd_buf_printf(out, ".</p>\n");
    rc |= charts(out, sc, sum->pass_mark);
    rc |= bd_buf_printf(out, "</div>\n");
    rc |= item_table(out, sc);
    return rc | bd_buf_printf(out, "</section>\n");
}

/* ---- Sessions ---------------------------------------------------------------- */

/* The name with the employee ID after it; "anonymous" when neither. */
static int player_cell(bd_buf *out, const report_session *s)
{
    int named = s->player && s->player[0], id = s->employee_id && s->employee_id[0];
    if (!named && !id)
        return bd_buf_printf(out, "<th scope=\"row\" class=\"anon\">anonymous</th>");
    int rc = bd_buf_printf(out, "<th scope=\"row\">");
    rc |= report_html_escape(out, named ? s->player : s->employee_id);
    if (named && id) {
        rc |= bd_buf_printf(out, " (");
        rc |= report_html_escape(out, s->employee_id);
        rc |= bd_buf_printf(out, ")");
    }
    return rc | bd_buf_printf(out, "</th>");
}

static int session_row(bd_buf *out, const report_session *s, int pass_mark)
{
    int rc = bd_buf_printf(out, "<tr>");
    rc |= player_cell(out, s);
    rc |= bd_buf_printf(out, "<td>");
    rc |= report_html_escape(out, s->scenario);
    rc |= bd_buf_printf(out, "</td><td class=\"num\">");
    rc |= report_html_escape(out, s->started);
    if (!s->completed)
        return rc | bd_buf_printf(out, "</td><td>no</td><td class=\"num\">" REPORT_DASH "</td></tr>\n");
    rc |= bd_buf_printf(out, "</td><td>yes, ");
    rc |= report_html_escape(out, s->outcome[0] ? s->outcome : "no outcome");
    return rc | bd_buf_printf(out, "</td><td class=\"num\">%d%s</td></tr>\n", s->score,
                              report_passed(s, pass_mark) ? " passed" : "");
}

static int sessions_table(bd_buf *out, const report_set *set, int pass_mark)
{
    static const char *const COLS[] = { "Player", "Scenario", "Started", "Completed", "Score" };
    size_t shown = least(set->n, MAX_SESSION_ROWS);
    int rc = bd_buf_printf(out, "<section class=\"sessions\">\n<h2>Sessions</h2>\n");
    if (shown < set->n)
        rc |= bd_buf_printf(out, "<p class=\"note\">The first %zu of %zu sessions by start time; "
                                 "the CSV export (--csv) lists every session.</p>\n",
                            shown, set->n);
    rc |= bd_buf_printf(out, "<div class=\"scroll\"><table class=\"session-list\">\n<caption>Sessions "
                             "in the order started</caption>\n");
    rc |= th_cols(out, COLS, sizeof COLS / sizeof *COLS, 0x14u);
    for (size_t i = 0; i < shown; i++)
        rc |= session_row(out, &set->v[i], pass_mark);
    return rc | table_close(out) | bd_buf_printf(out, "</section>\n");
}

int report_html(const report_set *set, const report_summary *sum, bd_buf *out)
{
    int rc = head(out);
    rc |= logs(set, out);
    rc |= totals(set, sum, out);
    if (!set->n) {
        rc |= bd_buf_printf(out, "<p>There is nothing to show: the logs read hold no sessions.</p>\n");
    } else {
        rc |= scenario_table(sum, out);
        for (size_t k = 0; k < sum->n_per; k++)
            rc |= scenario_section(out, sum, k);
        rc |= sessions_table(out, set, sum->pass_mark);
    }
    rc |= bd_buf_printf(out, "</body>\n</html>\n");
    return rc ? -1 : 0;
}
