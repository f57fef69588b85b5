// pip does not look for interpreters; it only fails to run the one given with `--python`.
import type { LogEvent } from '../events.js';
import { charTable, startsWithOneOf, type LineStarts } from './lines.js';

const STARTING = 'EC';
const STARTS = charTable(STARTING);
export const PIP_LINES: LineStarts = { starts: STARTING };

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parsePip(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const raw = lines[i] ?? '';
    if (
      !raw ||
      !startsWithOneOf(raw, STARTS) ||
      !raw.includes('Could not locate Python interpreter')
    )
      continue;
    const m = /^\s*(?:ERROR: )?(Could not locate Python interpreter \S.*)$/.exec(raw);
    if (m)
      events.push({
        type: 'final-error',
        tool: 'pip',
        line: i + 1,
        message: m[1] ?? '',
        causes: [],
        hints: [],
      });
  }
  return events;
}
