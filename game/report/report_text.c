/*
 * report_text — the summary `breachdrill report` prints: what was read,
 * who trained and how well, per scenario, then the item analysis with the
 * steps most often missed first. Plain text for a terminal or an e-mail;
 * the HTML page shows the same figures with charts.
 */
#include "report/report.h"

#include <stdio.h>
#include <string.h>

static int totals(const report_set *set, const report_summary *sum, bd_buf *out)
{
    int rc = bd_buf_printf(out, "BreachDrill report\n");
    for (size_t i = 0; i < set->n_files; i++)
        rc |= bd_buf_printf(out, "%s %s\n", i ? "     " : "Logs:", set->files[i]);
    rc |= bd_buf_printf(out, "Sessions: %zu", sum->sessions);
    if (set->n_duplicates)
        rc |= bd_buf_printf(out, " (%zu repeated across logs, counted once)", set->n_duplicates);
    rc |= bd_buf_printf(out, "\nBad lines skipped: %zu%s\n", set->n_bad,
              set->n_bad ? " (each named above, with its file and line)" : "");
    rc |= bd_buf_printf(out, "Players: %zu named", sum->players);
    if (sum->anonymous)
        rc |= bd_buf_printf(out, ", and %zu anonymous session%s counted together as one", sum->anonymous,
                  sum->anonymous == 1 ? "" : "s");
    rc |= bd_buf_printf(out, "\nCompleted: %zu of %zu sessions (%d%%)\n", sum->completed, sum->sessions,
              report_percent(sum->completed, sum->sessions));
    rc |= bd_buf_printf(out, "Passed: %zu of %zu completed (pass mark %d)\n", sum->passed, sum->completed,
              sum->pass_mark);
    return rc;
}

static int spread(bd_buf *out, const report_spread *s)
{
    if (!s->n)
        return bd_buf_printf(out, "  %15s", "-");
    return bd_buf_printf(out, "  %7.1f / %5.1f", s->mean, s->median);
}

static int per_scenario(const report_summary *sum, bd_buf *out)
{
    int rc = bd_buf_printf(out, "\nPer scenario (scores: mean / median of completed sessions)\n");
    rc |= bd_buf_printf(out, "%-28s %8s %10s %7s  %15s  %15s  %15s\n", "scenario", "sessions", "completed",
              "passed", "score", "detection", "response");
    for (size_t k = 0; k < sum->n_per; k++) {
        const report_scenario *sc = &sum->per[k];
        char done[32];
        snprintf(done, sizeof done, "%zu (%d%%)", sc->completed,
                 report_percent(sc->completed, sc->sessions));
        rc |= bd_buf_printf(out, "%-28s %8zu %10s %7zu", sc->scenario, sc->sessions, done, sc->passed);
        rc |= spread(out, &sc->score);
        rc |= spread(out, &sc->detect);
        rc |= spread(out, &sc->respond);
        rc |= bd_buf_printf(out, "\n");
    }
    return rc;
}

/* "2: 5 (best 5), none: 1" — each option, most picked first. */
static int picks(const report_item *it, bd_buf *out)
{
    int rc = 0;
    for (size_t o = 0; o < it->n_options; o++) {
        const report_option *op = &it->options[o];
        rc |= bd_buf_printf(out, "%s%s: %zu", o ? ", " : "", op->what, op->picked);
        if (op->best)
            rc |= bd_buf_printf(out, " (best %zu)", op->best);
    }
    return rc;
}

static int items(const report_summary *sum, bd_buf *out)
{
    int rc = 0;
    for (size_t k = 0; k < sum->n_per; k++) {
        const report_scenario *sc = &sum->per[k];
        rc |= bd_buf_printf(out, "\nItem analysis: %s (most often missed first)\n", sc->scenario);
        rc |= bd_buf_printf(out, "  %-20s %8s %6s %12s  %s\n", "step", "answers", "best", "missed",
                  "picked (options by place in the file; orders for order steps)");
        for (size_t j = 0; j < sc->n_items; j++) {
            const report_item *it = &sc->items[j];
            size_t missed = it->answered - it->best;
            char m[32];
            snprintf(m, sizeof m, "%zu (%d%%)", missed, report_percent(missed, it->answered));
            rc |= bd_buf_printf(out, "  %-20s %8zu %6zu %12s  ", it->step, it->answered, it->best, m);
            rc |= picks(it, out);
            rc |= bd_buf_printf(out, "\n");
        }
    }
    return rc;
}

int report_text(const report_set *set, const report_summary *sum, bd_buf *out)
{
    int rc = totals(set, sum, out);
    rc |= per_scenario(sum, out);
    rc |= items(sum, out);
    return rc ? -1 : 0;
}
