// pyenv-win: the Windows port's own wording (single-quoted versions) and its refusal to run when
// another Python comes before its shims on PATH.
import type { LogEvent } from '../events.js';
import { charTable, startsWithOneOf, type LineStarts } from './lines.js';

const STARTING = 'pFN';
const STARTS = charTable(STARTING);
export const PYENV_WIN_LINES: LineStarts = { starts: STARTING };

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parsePyenvWin(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const line0 = lines[i] ?? '';
    if (!line0 || !startsWithOneOf(line0, STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    // The anchored patterns run only on lines that start as they do.
    let m = raw.startsWith("pyenv: version '")
      ? /^pyenv: version '([^']+)' (?:is )?not installed(?: \(set by (.+)\))?$/.exec(raw)
      : null;
    if (m) {
      events.push({
        type: 'skipped',
        tool: 'pyenv-win',
        line,
        path: m[1] ?? '',
        reason: raw.slice(7),
        reasonKind: 'other',
        source: m[2] ? `set by ${m[2]}` : null,
        plain: true,
      });
      continue;
    }
    m = raw.startsWith('FATAL: Found ')
      ? /^FATAL: Found (\S.*?) version before pyenv in PATH\.?$/.exec(raw)
      : null;
    if (m) {
      events.push({
        type: 'rejected',
        tool: 'pyenv-win',
        line,
        path: m[1] ?? '',
        reason: 'version before pyenv in PATH',
        reasonKind: 'other',
        source: 'PATH',
        plain: true,
      });
      events.push({
        type: 'final-error',
        tool: 'pyenv-win',
        line,
        message: raw.slice(7),
        causes: [],
        hints: [],
      });
      continue;
    }
    if (raw.startsWith('No global/local python version has been set yet'))
      events.push({
        type: 'final-error',
        tool: 'pyenv-win',
        line,
        message: raw,
        causes: [],
        hints: [],
      });
  }
  return events;
}
