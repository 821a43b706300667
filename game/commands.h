/*
 * commands — validate, explore and run: the trainer's command-line tools.
 *
 * What it is for: the contract's non-interactive commands, printing what
 * the contract says and returning its exit codes.
 * What it must not do: open a window or touch SDL; write any file.
 */
#ifndef BD_COMMANDS_H
#define BD_COMMANDS_H

/* Runs cmd with the arguments after it; -1 when cmd is not one of these. */
int commands_main(const char *cmd, int argc, char **argv);

#endif
