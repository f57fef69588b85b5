// pyenv's own messages, which surface inside other tools' logs when a shim is run, and its
// `PYENV_DEBUG=1` shell trace (`+ [pyenv-which:87] …`, newer `+(/…/libexec/pyenv-which:87): …`).
import type { LogEvent } from '../events.js';
import { indentOf, type LineStarts } from './lines.js';

// Its messages open with `pyenv`, its trace lines with `+`.
export const PYENV_LINES: LineStarts = { starts: 'p+' };
const TRACE = /^\++ ?(?:\[([\w.-]+):\d+\]|\((\S+?):\d+\):) ?(.*)$/;

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parsePyenv(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  let traced = false;
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const line0 = lines[i] ?? '';
    const first = line0 ? line0.charCodeAt(indentOf(line0)) : 0;
    if (first !== 112 && first !== 43) continue; // p, +
    const raw = line0.trim();
    const line = i + 1;
    if (first === 43) {
      const trace = TRACE.exec(raw);
      const script = trace ? (trace[1] ?? trace[2] ?? '').replace(/^.*\//, '') : '';
      if (!trace || !script.startsWith('pyenv')) continue;
      if (!traced) {
        traced = true;
        events.push({
          type: 'search',
          tool: 'pyenv',
          line,
          request: null,
          scope: 'PYENV_DEBUG trace',
        });
      }
      const event = traceEvent(script, trace[3] ?? '', line);
      if (event) events.push(event);
      continue;
    }
    // Every message below opens with `pyenv`.
    if (!raw.startsWith('pyenv')) continue;
    let m = /^pyenv: (python[\w.-]*|pypy[\w.-]*): command not found$/.exec(raw);
    if (m) {
      events.push({
        type: 'query-failed',
        tool: 'pyenv',
        line,
        path: m[1] ?? '',
        detail: raw,
        reasonKind: 'query-failed',
        interpreterKind: 'shim',
        plain: true,
      });
      continue;
    }
    m = /^pyenv: version `([^']+)' is not installed \(set by (.+)\)$/.exec(raw);
    if (m) {
      // The version pyenv was told to use and could not: its name is all pyenv has for it.
      events.push({
        type: 'skipped',
        tool: 'pyenv',
        line,
        path: m[1] ?? '',
        reason: raw.slice(7),
        reasonKind: 'other',
        source: `set by ${m[2]}`,
        plain: true,
      });
      events.push({
        type: 'final-error',
        tool: 'pyenv',
        line,
        message: raw.slice(7),
        causes: [],
        hints: [],
      });
      continue;
    }
    m = /^pyenv (\d+\.\d+\.\d+\S*)$/.exec(raw);
    if (m) events.push({ type: 'tool-version', tool: 'pyenv', line, version: m[1] ?? '' });
  }
  return events;
}

/** What `pyenv which` and `pyenv exec` settle on, read off their traced assignments. */
function traceEvent(script: string, command: string, line: number): LogEvent | null {
  const path = /^PYENV_COMMAND_PATH=(\S+)$/.exec(command)?.[1];
  if (path && script === 'pyenv-which')
    return {
      type: 'found',
      tool: 'pyenv',
      line,
      path: path.replace(/^'|'$/g, ''),
      key: null,
      version: null,
      source: 'pyenv which',
    };
  const exec = /^exec (\S+)/.exec(command)?.[1];
  if (exec && script === 'pyenv-exec' && /python|pypy/i.test(exec))
    return { type: 'selected', tool: 'pyenv', line, path: exec, version: null };
  return null;
}
