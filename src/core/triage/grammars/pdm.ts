// pdm (`pdm use`/`pdm init` lists, `-v` output, its INFO/WARNING notes on the saved interpreter)
// and the findpython CLI pdm and poetry ≥ 2 build on (`findpython --all`, `-v`).
import type { LogEvent } from '../events.js';
import { charTable, codeIn, DIGITS, indentOf, isDigitCode, type LineStarts } from './lines.js';

const PATHLIKE = /^(?:\/|~|[A-Za-z]:[\\/]|\.{1,2}[\\/])/;

// `T`: the notes on the saved interpreter, which older pdm printed without a level.
const PDM_STARTING = 'P[IWRfUT';
// findpython's results start with an interpreter name (python, pypy, jython, anaconda, …).
const FINDPYTHON_STARTING = 'pijams';
const PDM_STARTS = charTable(PDM_STARTING);
const FINDPYTHON_STARTS = charTable(FINDPYTHON_STARTING);
// `pdm use`'s list items open with a digit.
export const PDM_LINES: LineStarts = { starts: DIGITS + PDM_STARTING + FINDPYTHON_STARTING };

// What pdm says when it drops the interpreter saved in `.pdm-python` or the project's venvs;
// neither names a path, so the entry is named for what was dropped.
const SAVED = 'saved interpreter (.pdm-python)';
const PROJECT_VENVS = 'project virtualenvs';

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parsePdm(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const line0 = lines[i] ?? '';
    if (!line0 || !mayBePdm(line0)) continue;
    const raw = line0.trim();
    const line = i + 1;
    // The anchored patterns run only on lines that start as they do.
    const first = raw.charCodeAt(0);
    const listItem = isDigitCode(first);
    let m = raw.startsWith('PDM, version ') ? /^PDM, version (\d+\.\d+\S*)/.exec(raw) : null;
    if (m) {
      events.push({ type: 'tool-version', tool: 'pdm', line, version: m[1] ?? '' });
      continue;
    }
    // `3. /usr/bin/python3.11 (3.11)` in `pdm use`'s list (newer pdm: `3. cpython@3.11.2 (/usr/bin/python3.11)`).
    m = listItem ? /^\d+\. (\S.*) \((\d+\.\d+(?:\.\d+)?)\)$/.exec(raw) : null;
    if (m && PATHLIKE.test(m[1] ?? '')) {
      events.push({
        type: 'found',
        tool: 'pdm',
        line,
        path: m[1] ?? '',
        key: null,
        version: m[2] ?? null,
        source: null,
      });
      continue;
    }
    m = listItem ? /^\d+\. (\w+)@(\d+(?:\.\d+)+\S*) \((\S.*)\)$/.exec(raw) : null;
    if (m && PATHLIKE.test(m[3] ?? '')) {
      events.push({
        type: 'found',
        tool: 'pdm',
        line,
        path: m[3] ?? '',
        key: `${m[1]}@${m[2]}`,
        version: m[2] ?? null,
        source: null,
      });
      continue;
    }
    m = raw.includes('Using ')
      ? /(?:^|: )Using (?:Global )?(?:Python interpreter|the first matched interpreter): (\S.*?) \((\d+\.\d+(?:\.\d+)?)\)/.exec(
          raw,
        )
      : null;
    if (m) {
      events.push({ type: 'selected', tool: 'pdm', line, path: m[1] ?? '', version: m[2] ?? null });
      continue;
    }
    // `-v`: the command that creates the venv names the base interpreter.
    if (raw.startsWith('Run command: [')) {
      const base = venvBase(raw);
      if (base) events.push({ type: 'selected', tool: 'pdm', line, path: base, version: null });
      continue;
    }
    const note =
      first === 73 /* I */ || first === 87 /* W */
        ? /^(?:INFO|WARNING): (.+)$/.exec(raw)?.[1]
        : first === 84 /* T */ && raw.startsWith('The saved Python interpreter ')
          ? raw
          : undefined;
    if (note) {
      // A note the terminal wrapped goes on, in lower case, on the next line.
      const next = (lines[i + 1] ?? '').trim();
      const whole = !/[.!?]$/.test(note) && /^[a-z]/.test(next) ? `${note} ${next}` : note;
      const event = noteEvent(whole, line);
      if (event) events.push(event);
      continue;
    }
    // `[NoPythonVersion]: No Python that satisfies <Version(>=3.12)> is found on the system.`,
    // `[VirtualenvCreateError]: Can't resolve python interpreter`.
    m =
      first === 91 /* [ */
        ? /^\[(NoPythonVersion|InvalidPyVersion|PdmUsageError|PdmArgumentError|VirtualenvCreateError)\]: (.+)$/.exec(
            raw,
          )
        : null;
    if (m) {
      const message = m[2] ?? '';
      const invalid = /^Invalid Python interpreter: (\S.*)$/.exec(message);
      if (invalid)
        events.push({
          type: 'rejected',
          tool: 'pdm',
          line,
          path: invalid[1] ?? '',
          reason: 'Invalid Python interpreter',
          reasonKind: 'query-failed',
          source: null,
          plain: true,
        });
      events.push({ type: 'final-error', tool: 'pdm', line, message, causes: [], hints: [] });
      continue;
    }
    if (raw.startsWith('findpython-DEBUG: ')) {
      const event = findpythonDebug(raw.slice(18), line);
      if (event) events.push(event);
      continue;
    }
    // findpython: `python3.11 3.11.2 @ /usr/bin/python3.11`
    m = raw.includes(' @ ') ? /^(\S+) (\d+\.\d+\.\d+\S*) @ (\S.*)$/.exec(raw) : null;
    if (m && PATHLIKE.test(m[3] ?? '')) {
      events.push({
        type: 'found',
        tool: 'findpython',
        line,
        path: m[3] ?? '',
        key: m[1] ?? null,
        version: m[2] ?? null,
        source: null,
      });
    }
  }
  return events;
}

/** A cheap test before trimming: a list item, a line pdm starts with one of a few letters, or a findpython result. */
function mayBePdm(line: string): boolean {
  const at = indentOf(line);
  const code = line.charCodeAt(at);
  if (isDigitCode(code)) {
    let i = at;
    while (isDigitCode(line.charCodeAt(i))) i++;
    return line.charCodeAt(i) === 46 && line.charCodeAt(i + 1) === 32;
  }
  return codeIn(PDM_STARTS, code) || (codeIn(FINDPYTHON_STARTS, code) && line.includes(' @ '));
}

/** pdm's notes on dropping the saved interpreter or the project's venvs (default verbosity). */
function noteEvent(note: string, line: number): LogEvent | null {
  const dropped = (path: string, type: 'rejected' | 'skipped', reason: string): LogEvent => ({
    type,
    tool: 'pdm',
    line,
    path,
    reason,
    reasonKind: type === 'skipped' ? 'version-mismatch' : 'query-failed',
    source: null,
    plain: true,
  });
  if (note.startsWith("The saved Python interpreter doesn't match the project's requirement"))
    return dropped(SAVED, 'skipped', note);
  if (note.startsWith('The saved Python interpreter does not exist or broken'))
    return dropped(SAVED, 'rejected', note);
  if (/cannot be matched to the right version/.test(note))
    return dropped(PROJECT_VENVS, 'skipped', note);
  return null;
}

/** The base interpreter of a venv-creating command pdm logs as a Python list. */
function venvBase(raw: string): string | null {
  const args = [...raw.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) =>
    (m[1] ?? '').replace(/\\\\/g, '\\'),
  );
  const flag = args.findIndex((a) => a === '-p' || a === '--python');
  if (flag >= 0 && (args.includes('virtualenv') || args.includes('venv')))
    return args[flag + 1] ?? null;
  // The venv backend runs the base interpreter itself: `[python, '-m', 'venv', dest]`.
  if (args[1] === '-m' && args[2] === 'venv') return args[0] ?? null;
  return null;
}

/** `findpython -v`: the providers it skips and every interpreter it runs. */
function findpythonDebug(message: string, line: number): LogEvent | null {
  const run = /^Running script: \[(['"])(.+?)\1, /.exec(message);
  if (run)
    return {
      type: 'found',
      tool: 'findpython',
      line,
      path: (run[2] ?? '').replace(/\\\\/g, '\\'),
      key: null,
      version: null,
      source: null,
    };
  const provider = /^Provider (\w+) is not available/.exec(message);
  if (provider)
    return {
      type: 'search',
      tool: 'findpython',
      line,
      request: null,
      scope: `${provider[1]} (not available)`,
    };
  return null;
}
