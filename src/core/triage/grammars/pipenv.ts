// pipenv (`--verbose`): the Python it was asked for, the path it resolved, and the interpreter it
// creates the virtualenv with (printed at the default verbosity too).
import type { LogEvent } from '../events.js';
import { charTable, startsWithOneOf, type LineStarts } from './lines.js';

const STARTING = 'UPFWEp✘';
const PIPENV_STARTS = charTable(STARTING);
export const PIPENV_LINES: LineStarts = { starts: STARTING };

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parsePipenv(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const line0 = lines[i] ?? '';
    if (!line0 || !startsWithOneOf(line0, PIPENV_STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    // Every pattern below is anchored on its first word: only those that start as the line does run.
    const first = raw.charAt(0);
    let m = raw.startsWith('pipenv, version ') ? /^pipenv, version (\d+\.\d+\S*)/.exec(raw) : null;
    if (m) {
      events.push({ type: 'tool-version', tool: 'pipenv', line, version: m[1] ?? '' });
      continue;
    }
    m = raw.startsWith('Using python: ') ? /^Using python: (\S.*)$/.exec(raw) : null;
    if (m) {
      events.push({ type: 'search', tool: 'pipenv', line, request: m[1] ?? null, scope: 'system' });
      continue;
    }
    m =
      raw.startsWith('Path to python: ') || raw.startsWith('Found Python using py launcher: ')
        ? /^(?:Path to python|Found Python using py launcher): (\S.*)$/.exec(raw)
        : null;
    if (m) {
      if (m[1] !== 'None')
        events.push({
          type: 'found',
          tool: 'pipenv',
          line,
          path: m[1] ?? '',
          key: null,
          version: null,
          source: raw.startsWith('Found') ? 'py launcher' : null,
        });
      continue;
    }
    m = raw.startsWith('Found Python satisfying ')
      ? /^Found Python satisfying (\S+): (\S.*)$/.exec(raw)
      : null;
    if (m) {
      events.push({
        type: 'found',
        tool: 'pipenv',
        line,
        path: m[2] ?? '',
        key: m[1] ?? null,
        version: null,
        source: null,
        plain: true,
      });
      continue;
    }
    // `Using /usr/bin/python3 (3.6.9) to create virtualenv…` (newer: no parentheses), and
    // `Using default python from …` when nothing was asked for.
    m =
      first === 'U' && raw.includes(' to create virtualenv')
        ? /^Using (?:default python from )?(\S.*?) (?:\(?(\d+\.\d+[\w.+-]*)\)? )?to create virtualenv/.exec(
            raw,
          )
        : null;
    if (m) {
      events.push({
        type: 'selected',
        tool: 'pipenv',
        line,
        path: m[1] ?? '',
        version: m[2] ?? null,
        plain: true,
      });
      continue;
    }
    m =
      first === '✘' ||
      raw.startsWith('Warning: Python ') ||
      raw.startsWith('Error: No installed Python satisfies ')
        ? /^(?:✘ )?(?:Warning: Python (\S+) was not found on your system|Error: No installed Python satisfies (\S+))/.exec(
            raw,
          )
        : null;
    if (m)
      events.push({
        type: 'final-error',
        tool: 'pipenv',
        line,
        message: raw.replace(/^(?:✘ )?(?:Warning|Error): /, ''),
        causes: [],
        hints: [],
      });
  }
  return events;
}
