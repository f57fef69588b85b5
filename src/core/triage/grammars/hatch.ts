// hatch: it finds interpreters without logging the search, so only its verdict on an
// environment (`Environment `default` is incompatible: cannot locate Python: 3.6`) is read.
import type { LogEvent } from '../events.js';
import { charTable, startsWithOneOf, type LineStarts } from './lines.js';

const STARTING = 'HE';
const STARTS = charTable(STARTING);
export const HATCH_LINES: LineStarts = { starts: STARTING };

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parseHatch(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const line0 = lines[i] ?? '';
    if (!line0 || !startsWithOneOf(line0, STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = raw.startsWith('Hatch, version ') ? /^Hatch, version (\d+\.\d+\S*)/.exec(raw) : null;
    if (m) {
      events.push({ type: 'tool-version', tool: 'hatch', line, version: m[1] ?? '' });
      continue;
    }
    m = raw.startsWith('Environment `')
      ? /^Environment `([^`]+)` is incompatible: (.+)$/.exec(raw)
      : null;
    if (m)
      events.push({
        type: 'final-error',
        tool: 'hatch',
        line,
        message: `Environment \`${m[1]}\` is incompatible: ${m[2]}`,
        causes: [],
        hints: [],
      });
  }
  return events;
}
