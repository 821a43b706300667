/*
 * report_sink — where an export goes as it is made. An xAPI export of a
 * hundred thousand sessions is most of a gigabyte: held whole, it would
 * need that much memory and then as much again to be written, so the
 * writers hand each session's text on once a mebibyte is waiting.
 */
#include "report/report.h"

#define SINK_CHUNK (1024u * 1024u)  /* large writes, few of them */

int report_sink_drain(report_sink *s)
{
    if (!s->flush || s->buf.len < SINK_CHUNK)
        return 0;
    return s->flush(s);
}
