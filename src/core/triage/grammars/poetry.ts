// poetry `-vvv` (1.x and 2.x): which Python it tried, what it found and why it gave up.
import type { LogEvent } from '../events.js';
import { charTable, startsWithOneOf, type LineStarts } from './lines.js';

const STARTING = 'PTFCUNSEV';
const POETRY_STARTS = charTable(STARTING);
// The line after an exception's name is read wherever it starts: parsePoetry looks it up itself.
export const POETRY_LINES: LineStarts = { starts: STARTING };

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parsePoetry(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  let lastFound: string | null = null;
  // `poetry env info` prints a Virtualenv and a System section; the System Executable is the base interpreter.
  let section: 'virtualenv' | 'system' | null = null;
  // The last line read as an error's message (whatever it starts with): not read again.
  let consumed = -1;
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const line0 = lines[i] ?? '';
    if (!line0 || i <= consumed) continue;
    // Cheap test before trimming: every poetry shape starts with one of these letters.
    if (!startsWithOneOf(line0, POETRY_STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    // Every pattern below opens with a word of its own: only those that start as the line does run.
    const first = raw.charAt(0);
    let m = raw.startsWith('Poetry (version ')
      ? /^Poetry \(version (\d+\.\d+\S*)\)/.exec(raw)
      : null;
    if (m) {
      events.push({ type: 'tool-version', tool: 'poetry', line, version: m[1] ?? '' });
      continue;
    }
    if (raw === 'Trying to detect current active python executable as specified in the config.') {
      events.push({
        type: 'search',
        tool: 'poetry',
        line,
        request: 'the active python',
        scope: 'virtualenvs.prefer-active-python',
      });
      continue;
    }
    m = raw.startsWith('Found: ') ? /^Found: (\S.*)$/.exec(raw) : null;
    if (m) {
      lastFound = m[1] ?? '';
      events.push({
        type: 'found',
        tool: 'poetry',
        line,
        path: lastFound,
        key: null,
        version: null,
        source: null,
      });
      continue;
    }
    // 1.x `-vvv`: each name it tries in turn (a debug line, so the search itself).
    m = raw.startsWith('Trying python') ? /^Trying (python[\d.]*)$/.exec(raw) : null;
    if (m) {
      events.push({
        type: 'search',
        tool: 'poetry',
        line,
        request: m[1] ?? '',
        scope: 'PATH',
      });
      continue;
    }
    // The one it settled on: `Using python3.9 (3.9.0)`.
    const using = raw.startsWith('Using ');
    m = using ? /^Using ((?:python|pypy)[\w.]*) \((\d+\.\d+\.\d+\S*)\)$/.exec(raw) : null;
    if (m) {
      events.push({
        type: 'selected',
        tool: 'poetry',
        line,
        path: m[1] ?? '',
        version: m[2] ?? null,
        plain: true,
      });
      continue;
    }
    m =
      (first === 'T' || first === 'C') && raw.includes(' Python version ')
        ? /^(?:The currently activated|The current|Current|The specified) Python version \(?(\d+\.\d+\.\d+\S*?)\)? is not (?:supported|allowed) by the project \((.+)\)\.?$/.exec(
            raw,
          )
        : null;
    if (m) {
      events.push({
        type: 'skipped',
        tool: 'poetry',
        line,
        path: lastFound ?? `Python ${m[1]}`,
        // The tool's own words, whole.
        reason: raw.replace(/\.$/, ''),
        reasonKind: 'version-mismatch',
        source: null,
        plain: true,
      });
      continue;
    }
    if (raw === 'Virtualenv' || raw === 'System') {
      section = raw === 'System' ? 'system' : 'virtualenv';
      continue;
    }
    m = raw.startsWith('Executable: ') ? /^Executable: +(\S.*)$/.exec(raw) : null;
    if (m) {
      if (section === 'system')
        events.push({ type: 'selected', tool: 'poetry', line, path: m[1] ?? '', version: null });
      continue;
    }
    m = using ? /^Using virtualenv: (\S.*)$/.exec(raw) : null;
    if (m) {
      events.push({ type: 'selected', tool: 'poetry', line, path: m[1] ?? '', version: null });
      continue;
    }
    m = raw.startsWith("Command 'python")
      ? /^Command '(python[\d.]*) -c "import sys; print\(sys\.executable\)"' returned non-zero exit status (\d+)/.exec(
          raw,
        )
      : null;
    if (m) {
      events.push({
        type: 'query-failed',
        tool: 'poetry',
        line,
        path: m[1] ?? '',
        detail: `exit status ${m[2]}`,
        reasonKind: 'query-failed',
      });
      continue;
    }
    m = raw.startsWith('Could not find the python executable ')
      ? /^Could not find the python executable (\S+)/.exec(raw)
      : null;
    if (m) {
      events.push({
        type: 'final-error',
        tool: 'poetry',
        line,
        message: raw,
        causes: [],
        hints: [],
      });
      continue;
    }
    if (raw.startsWith('NoCompatiblePythonVersionFound')) {
      // The exception's name, then its message: the next line with something on it.
      consumed = i + 1;
      while (consumed < lines.length && !(lines[consumed] ?? '').trim()) consumed++;
      events.push({
        type: 'final-error',
        tool: 'poetry',
        line,
        message: (lines[consumed] ?? '').trim() || 'NoCompatiblePythonVersionFound',
        causes: [],
        hints: [],
      });
      continue;
    }
    if (raw.startsWith('Poetry was unable to find a compatible version.')) {
      if (!events.some((e) => e.type === 'final-error' && e.tool === 'poetry')) {
        events.push({
          type: 'final-error',
          tool: 'poetry',
          line,
          message: raw,
          causes: [],
          hints: [],
        });
      }
    }
  }
  return events;
}
