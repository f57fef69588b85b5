// pipx `--verbose`: pipx resolves `--python` by name (PATH, the py launcher, python-build-standalone)
// and runs the interpreter it settled on.
import type { LogEvent } from '../events.js';
import { charTable, startsWithOneOf } from './lines.js';

const PIPX_STARTS = charTable("p('⚠NP");
// `pipx >(setup:757): ` before 1.2, `(setup:1110): ` after.
const RECORD = /^(?:pipx >)?\(\w+:\d+\): /;

export function parsePipx(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? '';
    // Cheap test before trimming: every pipx shape starts with one of these.
    if (!line0 || !startsWithOneOf(line0, PIPX_STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    // The anchored patterns run only on lines that start as they do.
    const first = raw.charAt(0);
    const record = first === 'p' || first === '(' ? RECORD.exec(raw) : null;
    if (record) {
      const event = recordEvent(raw.slice(record[0].length), line);
      if (event) events.push(event);
      continue;
    }
    const m = first === "'" ? /^'(\S+) -m venv [^']*' failed$/.exec(raw) : null;
    if (m) {
      events.push({ type: 'final-error', tool: 'pipx', line, message: raw, causes: [], hints: [] });
      continue;
    }
    if (
      (first === '⚠' || first === 'N' || first === 'P') &&
      (/^(?:⚠️\s*)?No executable for the provided Python version '[^']+' found/.test(raw) ||
        /^(?:⚠️\s*)?Python interpreter not found/.test(raw) ||
        /^(?:⚠️\s*)?No suitable Python found/.test(raw))
    ) {
      events.push({
        type: 'final-error',
        tool: 'pipx',
        line,
        message: raw.replace(/^⚠️\s*/, ''),
        causes: [],
        hints: [],
      });
    }
  }
  return events;
}

/** A verbose record's message: the version, the default interpreter, the lookups, the venv run. */
function recordEvent(message: string, line: number): LogEvent | null {
  let m = /^pipx version is (\d+\.\d+\S*)/.exec(message);
  if (m) return { type: 'tool-version', tool: 'pipx', line, version: m[1] ?? '' };
  m = /^Default python interpreter is '([^']+)'/.exec(message);
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
  m = /^running (\S+) -m venv /.exec(message);
  if (m)
    return {
      type: 'found',
      tool: 'pipx',
      line,
      path: m[1] ?? '',
      key: null,
      version: null,
      source: 'venv creation',
    };
  m = /^Command `([^`]+)` was not found on the system/.exec(message);
  if (m)
    return {
      type: 'search',
      tool: 'pipx',
      line,
      request: m[1] ?? null,
      scope: 'PATH (not found)',
    };
  m = /^The command '([^']+)' located at '([^']+)' will be used/.exec(message);
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
