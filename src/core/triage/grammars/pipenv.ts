// pipenv (`--verbose`): the Python it was asked for, the path it resolved, and the interpreter it
// creates the virtualenv with (printed at the default verbosity too).
import type { LogEvent } from '../events.js';
import { charTable, startsWithOneOf } from './lines.js';

const PIPENV_STARTS = charTable('UPFWEp✘');

export function parsePipenv(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? '';
    if (!line0 || !startsWithOneOf(line0, PIPENV_STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    // Every pattern below is anchored on its first word: only those that start as the line does run.
    const first = raw.charAt(0);
    let m = first === 'p' ? /^pipenv, version (\d+\.\d+\S*)/.exec(raw) : null;
    if (m) {
      events.push({ type: 'tool-version', tool: 'pipenv', line, version: m[1] ?? '' });
      continue;
    }
    m = first === 'U' ? /^Using python: (\S.*)$/.exec(raw) : null;
    if (m) {
      events.push({ type: 'search', tool: 'pipenv', line, request: m[1] ?? null, scope: 'system' });
      continue;
    }
    m =
      first === 'P' || first === 'F'
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
    m = first === 'F' ? /^Found Python satisfying (\S+): (\S.*)$/.exec(raw) : null;
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
      first === 'U'
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
      first === '✘' || first === 'W' || first === 'E'
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
