/*
 * commands — validate, explore, run and report: the trainer's command-line
 * tools (report in commands_report.c).
 *
 * What it is for: the contract's non-interactive commands, printing what
 * the contract says and returning its exit codes.
 * What it must not do: open a window or touch SDL; write any file but the
 * exports a trainer names on report's command line, and those crash-safely.
 */
#ifndef BD_COMMANDS_H
#define BD_COMMANDS_H

/* Runs cmd with the arguments after it; -1 when cmd is not one of these. */
int commands_main(const char *cmd, int argc, char **argv);
/* `report FILE.jsonl... [--csv OUT] [--xapi OUT] [--html OUT] [--pass-mark N]
 * [--home-page URL] [--activity-base IRI] [--config FILE]`. */
int commands_report(int argc, char **argv);

#endif
