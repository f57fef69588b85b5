// pipx `--verbose`: pipx does no discovery of its own, it runs the interpreter it was given.
import type { LogEvent } from '../events.js';
import { firstChar } from './lines.js';

const PIPX_STARTS = new Set("p'⚠NP");

export function parsePipx(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? '';
    // Cheap test before trimming: every pipx shape starts with one of these.
    if (!line0 || !PIPX_STARTS.has(firstChar(line0))) continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = /^pipx >\(\w+:\d+\): pipx version is (\d+\.\d+\S*)/.exec(raw);
    if (m) {
      events.push({ type: 'tool-version', tool: 'pipx', line, version: m[1] ?? '' });
      continue;
    }
    m = /^pipx >\(\w+:\d+\): Default python interpreter is '([^']+)'/.exec(raw);
    if (m) {
      events.push({
        type: 'found',
        tool: 'pipx',
        line,
        path: m[1] ?? '',
        key: null,
        version: null,
        source: 'default',
      });
      continue;
    }
    m = /^pipx >\(\w+:\d+\): running (\S+) -m venv /.exec(raw);
    if (m) {
      events.push({ type: 'request', tool: 'pipx', line, request: m[1] ?? '', origin: '--python' });
      continue;
    }
    m = /^'(\S+) -m venv [^']*' failed$/.exec(raw);
    if (m) {
      events.push({ type: 'final-error', tool: 'pipx', line, message: raw, causes: [], hints: [] });
      continue;
    }
    if (
      /^(?:⚠️\s*)?No executable for the provided Python version '[^']+' found/.test(raw) ||
      /^(?:⚠️\s*)?Python interpreter not found/.test(raw)
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
