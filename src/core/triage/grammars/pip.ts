// pip does not look for interpreters; it only fails to run the one given with `--python`.
import type { LogEvent } from '../events.js';
import { charTable, startsWithOneOf } from './lines.js';

const STARTS = charTable('EC');

export function parsePip(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  for (let i = 0; i < lines.length; i++) {
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
