/*
 * report_svg — the charts of the HTML page, as inline SVG: how a
 * scenario's completed sessions spread over the score bands, its mean
 * detection, response and score, how its sessions ended, and per step the
 * share of answers missed.
 *
 * Each chart is an <svg role="img"> whose title and aria-label say every
 * number it draws, and every bar has its value written beside it as text:
 * a trainer with a screen reader, a colour-blind trainer and a black and
 * white printout all read the same figures. Colours are set as attributes
 * (not only by the page's style) so that a chart saved on its own still
 * draws; the page's style may override them. Coordinates are printed with
 * fixed decimals so that the page is byte-identical for the same logs.
 */
#include "report/report.h"

#include <stdio.h>

#define INK "#1a1a1a"     /* text and axes: 17:1 on white */
#define TRACK "#767676"   /* an empty bar's outline: 4.5:1 on white */
#define BAR "#2b5d8a"     /* a plain bar: 6.9:1 on white */

static const char *const OUTCOME[3] = { "good", "mixed", "bad" };
static const char *const OUTCOME_FILL[3] = { "#2e7d32", "#9a5b00", "#b3261e" };

/* Opens a chart whose title and aria-label are label's text; frees label.
 * The charts' text is made of numbers only, yet escaped like a record's:
 * one way in for any text keeps the page safe if a chart ever names one. */
static int svg_open(bd_buf *out, const char *cls, int w, int h, bd_buf *label)
{
    int rc = bd_buf_add(label, "", 1);
    const char *says = rc ? "" : (const char *)label->data;
    rc |= bd_buf_printf(out,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\" "
                        "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"",
                        cls, w, h, w, h);
    rc |= report_html_escape(out, says);
    rc |= bd_buf_printf(out, "\" font-family=\"sans-serif\" font-size=\"11\" fill=\"" INK "\">\n<title>");
    rc |= report_html_escape(out, says);
    rc |= bd_buf_printf(out, "</title>\n");
    bd_buf_free(label);
    return rc;
}

static int svg_close(bd_buf *out)
{
    return bd_buf_printf(out, "</svg>\n");
}

static int bar(bd_buf *out, const char *cls, const char *fill, double x, double y, double w,
               double h)
{
    return bd_buf_printf(out,
                         "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                         "fill=\"%s\"/>\n",
                         cls, x, y, w, h, fill);
}

static int track(bd_buf *out, double x, double y, double w, double h)
{
    return bd_buf_printf(out,
                         "<rect class=\"track\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                         "fill=\"#fff\" stroke=\"" TRACK "\"/>\n",
                         x, y, w, h);
}

/* anchor: "start", "middle" or "end". A white halo keeps the text
 * readable where the pass mark's line crosses it. */
static int text(bd_buf *out, double x, double y, const char *anchor, const char *s)
{
    int rc = bd_buf_printf(out,
                           "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" stroke=\"#fff\" "
                           "stroke-width=\"3\" paint-order=\"stroke\">",
                           x, y, anchor);
    rc |= report_html_escape(out, s);
    return rc | bd_buf_printf(out, "</text>\n");
}

static int line(bd_buf *out, double x1, double y1, double x2, double y2, const char *extra)
{
    return bd_buf_printf(out,
                         "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"" INK
                         "\"%s/>\n",
                         x1, y1, x2, y2, extra);
}

/* ---- Score bands ----------------------------------------------------------- */

enum { S_W = 320, S_H = 168, S_X0 = 16, S_X1 = 304, S_TOP = 32, S_BASE = 136 };

static void band_name(char *s, size_t n, int k)
{
    snprintf(s, n, k == 9 ? "90" REPORT_DASH "100" : "%d" REPORT_DASH "%d", 10 * k, 10 * k + 9);
}

static int scores_label(bd_buf *label, const report_scenario *sc, int pass_mark)
{
    int rc = bd_buf_printf(label, "Completed sessions by score: ");
    for (int k = 0; k < 10; k++) {
        char band[32];
        band_name(band, sizeof band, k);
        rc |= bd_buf_printf(label, "%s%s: %zu", k ? ", " : "", band, sc->score_bins[k]);
    }
    return rc | bd_buf_printf(label, "; pass mark %d.", pass_mark);
}

/* The pass mark as a dashed line across the bands, its label on the side
 * with room. */
static int pass_line(bd_buf *out, int pass_mark)
{
    double x = S_X0 + (S_X1 - S_X0) * pass_mark / 100.0;
    char s[48];
    snprintf(s, sizeof s, "pass mark %d", pass_mark);
    int rc = line(out, x, S_TOP - 14, x, S_BASE, " stroke-dasharray=\"4 3\"");
    return rc | text(out, pass_mark > 60 ? x - 4 : x + 4, S_TOP - 18, pass_mark > 60 ? "end" : "start",
                     s);
}

int report_svg_scores(bd_buf *out, const report_scenario *sc, int pass_mark)
{
    bd_buf label = { 0 };
    int rc = scores_label(&label, sc, pass_mark);
    rc |= svg_open(out, "chart scores", S_W, S_H, &label);
    size_t most = 1;
    for (int k = 0; k < 10; k++)
        most = sc->score_bins[k] > most ? sc->score_bins[k] : most;
    double slot = (S_X1 - S_X0) / 10.0, h[10];
    for (int k = 0; k < 10; k++) {
        h[k] = (double)(S_BASE - S_TOP) * (double)sc->score_bins[k] / (double)most;
        if (sc->score_bins[k])
            rc |= bar(out, "bar", BAR, S_X0 + slot * k + 4, S_BASE - h[k], slot - 8, h[k]);
    }
    rc |= pass_line(out, pass_mark);
    for (int k = 0; k < 10; k++) {
        char count[32];
        snprintf(count, sizeof count, "%zu", sc->score_bins[k]);
        rc |= text(out, S_X0 + slot * k + slot / 2, S_BASE - h[k] - 4, "middle", count);
    }
    rc |= line(out, S_X0, S_BASE, S_X1, S_BASE, "");
    for (int k = 0; k <= 10; k++) {
        char tick[8];
        snprintf(tick, sizeof tick, "%d", 10 * k);
        rc |= line(out, S_X0 + slot * k, S_BASE, S_X0 + slot * k, S_BASE + 4, "");
        rc |= text(out, S_X0 + slot * k, S_BASE + 16, "middle", tick);
    }
    rc |= text(out, (S_X0 + S_X1) / 2.0, S_H - 4, "middle", "score (sessions per band of 10)");
    return rc | svg_close(out);
}

/* ---- Labelled horizontal bars ---------------------------------------------- */

/* H_W leaves room after a bar for a value as long as "10000 (100%)". */
enum { H_W = 320, H_ROW = 26, H_TOP = 6, H_LABEL = 70, H_X0 = 76, H_X1 = 236 };

/* One row: its name, a track with frac of it filled, and value after it. */
static int hbar(bd_buf *out, int row, const char *name, double frac, const char *value,
                const char *cls, const char *fill)
{
    double y = H_TOP + H_ROW * row;
    double w = (H_X1 - H_X0) * (frac < 0 ? 0 : frac > 1 ? 1 : frac);
    int rc = text(out, H_LABEL, y + 14, "end", name);
    rc |= track(out, H_X0, y + 2, H_X1 - H_X0, 16);
    if (w > 0)
        rc |= bar(out, cls, fill, H_X0, y + 2, w, 16);
    return rc | text(out, H_X1 + 6, y + 14, "start", value);
}

/* Ticks at 0, 50 and 100 under rows rows of bars. */
static int axis_0_100(bd_buf *out, int rows)
{
    double y = H_TOP + H_ROW * rows;
    int rc = 0;
    for (int k = 0; k <= 2; k++) {
        double x = H_X0 + (H_X1 - H_X0) * k / 2.0;
        char tick[8];
        snprintf(tick, sizeof tick, "%d", 50 * k);
        rc |= line(out, x, y - 4, x, y, "");
        rc |= text(out, x, y + 10, "middle", tick);
    }
    return rc;
}

int report_svg_means(bd_buf *out, const report_scenario *sc)
{
    const char *name[3] = { "detection", "response", "score" };
    const report_spread *s[3] = { &sc->detect, &sc->respond, &sc->score };
    bd_buf label = { 0 };
    int rc = bd_buf_printf(&label, "Means of completed sessions, out of 100: ");
    for (int k = 0; k < 3; k++)
        rc |= bd_buf_printf(&label, "%s%s %.1f", k ? ", " : "", name[k], s[k]->mean);
    rc |= bd_buf_printf(&label, ".");
    rc |= svg_open(out, "chart means", H_W, H_TOP + 3 * H_ROW + 14, &label);
    for (int k = 0; k < 3; k++) {
        char value[32];
        snprintf(value, sizeof value, "%.1f", s[k]->mean);
        rc |= hbar(out, k, name[k], s[k]->mean / 100.0, value, "bar", BAR);
    }
    rc |= axis_0_100(out, 3);
    return rc | svg_close(out);
}

int report_svg_outcomes(bd_buf *out, const report_scenario *sc)
{
    bd_buf label = { 0 };
    int rc = bd_buf_printf(&label, "Endings of %zu completed sessions: ", sc->completed);
    char value[3][48];
    for (int k = 0; k < 3; k++) {
        snprintf(value[k], sizeof value[k], "%zu (%d%%)", sc->outcomes[k],
                 report_percent(sc->outcomes[k], sc->completed));
        rc |= bd_buf_printf(&label, "%s%s %s", k ? ", " : "", OUTCOME[k], value[k]);
    }
    rc |= bd_buf_printf(&label, ".");
    rc |= svg_open(out, "chart outcomes", H_W, H_TOP + 3 * H_ROW + 4, &label);
    for (int k = 0; k < 3; k++) {
        char cls[16];
        snprintf(cls, sizeof cls, "bar %s", OUTCOME[k]);
        double frac = sc->completed ? (double)sc->outcomes[k] / (double)sc->completed : 0.0;
        rc |= hbar(out, k, OUTCOME[k], frac, value[k], cls, OUTCOME_FILL[k]);
    }
    return rc | svg_close(out);
}

/* ---- Share missed ---------------------------------------------------------- */

int report_svg_missed(bd_buf *out, size_t missed, size_t answered)
{
    bd_buf label = { 0 };
    int rc = bd_buf_printf(&label, "%d%% missed", report_percent(missed, answered));
    rc |= svg_open(out, "mini", 80, 12, &label);
    rc |= track(out, 0.5, 0.5, 79, 11);
    if (missed && answered)
        rc |= bar(out, "bar miss", OUTCOME_FILL[2], 0.5, 0.5, 79.0 * (double)missed / (double)answered,
                  11);
    return rc | svg_close(out);
}
