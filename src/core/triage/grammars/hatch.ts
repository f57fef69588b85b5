// hatch: it finds interpreters without logging the search, so only its verdict on an
// environment (`Environment `default` is incompatible: cannot locate Python: 3.6`) is read.
import type { LogEvent } from '../events.js';
import { charTable, startsWithOneOf } from './lines.js';

const STARTS = charTable('HE');

export function parseHatch(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? '';
    if (!line0 || !startsWithOneOf(line0, STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = /^Hatch, version (\d+\.\d+\S*)/.exec(raw);
    if (m) {
      events.push({ type: 'tool-version', tool: 'hatch', line, version: m[1] ?? '' });
      continue;
    }
    m = /^Environment `([^`]+)` is incompatible: (.+)$/.exec(raw);
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
