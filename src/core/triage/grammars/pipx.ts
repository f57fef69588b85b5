// pipx `--verbose`: pipx resolves `--python` by name (PATH, the py launcher, python-build-standalone)
// and runs the interpreter it settled on.
import type { LogEvent } from '../events.js';
import { charTable, startsWithOneOf, type LineStarts } from './lines.js';

const STARTING = "p('⚠NP";
const PIPX_STARTS = charTable(STARTING);
export const PIPX_LINES: LineStarts = { starts: STARTING };
// `pipx > (setup:567): ` in 0.15, `pipx >(setup:757): ` before 1.2, `(setup:1110): ` after.
const RECORD = /^(?:pipx > ?)?\(\w+:\d+\): /;

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parsePipx(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const line0 = lines[i] ?? '';
    // Cheap test before trimming: every pipx shape starts with one of these.
    if (!line0 || !startsWithOneOf(line0, PIPX_STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    // The anchored patterns run only on lines that start as they do.
    const first = raw.charAt(0);
    const record = first === '(' || raw.startsWith('pipx >') ? RECORD.exec(raw) : null;
    if (record) {
      const event = recordEvent(raw.slice(record[0].length), line);
      if (event) events.push(event);
      continue;
    }
    const m =
      first === "'" && raw.endsWith("' failed") ? /^'(\S+) -m venv [^']*' failed$/.exec(raw) : null;
    if (m) {
      events.push({ type: 'final-error', tool: 'pipx', line, message: raw, causes: [], hints: [] });
      continue;
    }
    if (
      first === '⚠'
        ? /^(?:⚠️\s*)?No executable for the provided Python version '[^']+' found/.test(raw) ||
          /^(?:⚠️\s*)?Python interpreter not found/.test(raw) ||
          /^(?:⚠️\s*)?No suitable Python found/.test(raw)
        : (raw.startsWith("No executable for the provided Python version '") &&
            /^No executable for the provided Python version '[^']+' found/.test(raw)) ||
          raw.startsWith('Python interpreter not found') ||
          raw.startsWith('No suitable Python found')
    ) {
      const message = raw.replace(/^⚠️\s*/, '');
      events.push({ type: 'final-error', tool: 'pipx', line, message, causes: [], hints: [] });
      // The version the py launcher has no executable for: turned down under the version asked.
      const version = /^No executable for the provided Python version '([^']+)' found/.exec(
        message,
      );
      if (version)
        events.push({
          type: 'skipped',
          tool: 'pipx',
          line,
          path: version[1] ?? '',
          reason: message,
          reasonKind: 'other',
          source: 'py launcher',
          plain: true,
        });
    }
  }
  return events;
}

/** A verbose record's message: the version, the default interpreter, the lookups, the venv run. */
function recordEvent(message: string, line: number): LogEvent | null {
  // Each pattern runs only on messages that open with its first words.
  let m = message.startsWith('pipx version is ')
    ? /^pipx version is (\d+\.\d+\S*)/.exec(message)
    : null;
  if (m) return { type: 'tool-version', tool: 'pipx', line, version: m[1] ?? '' };
  m = message.startsWith("Default python interpreter is '")
    ? /^Default python interpreter is '([^']+)'/.exec(message)
    : null;
  if (m)
    return {
      type: 'found',
      tool: 'pipx',
      line,
      path: m[1] ?? '',
      key: null,
      version: null,
      source: 'default',
    };
  // The interpreter it creates the venv with (a failed run is reported after it).
  m = message.startsWith('running ') ? /^running (\S+) -m venv /.exec(message) : null;
  if (m)
    return {
      type: 'found',
      tool: 'pipx',
      line,
      path: m[1] ?? '',
      key: null,
      version: null,
      source: 'venv creation',
      ranOnly: true,
    };
  m = message.startsWith('Command `')
    ? /^Command `([^`]+)` was not found on the system/.exec(message)
    : null;
  if (m)
    return {
      type: 'search',
      tool: 'pipx',
      line,
      request: m[1] ?? null,
      scope: 'PATH (not found)',
    };
  m = message.startsWith("The command '")
    ? /^The command '([^']+)' located at '([^']+)' will be used/.exec(message)
    : null;
  if (m)
    return {
      type: 'found',
      tool: 'pipx',
      line,
      path: m[2] ?? '',
      key: m[1] ?? null,
      version: null,
      source: 'PATH',
    };
  return null;
}
