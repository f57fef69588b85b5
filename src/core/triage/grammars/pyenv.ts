// pyenv's own messages, which surface inside other tools' logs when a shim is run.
import type { LogEvent } from '../events.js';
import { firstChar } from './lines.js';

export function parsePyenv(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? '';
    if (!line0 || firstChar(line0) !== 'p') continue;
    const raw = line0.trim();
    const line = i + 1;
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
      });
      continue;
    }
    m = /^pyenv: version `([^']+)' is not installed \(set by (.+)\)$/.exec(raw);
    if (m) {
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
