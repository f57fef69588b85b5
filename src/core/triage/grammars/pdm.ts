// pdm (`pdm use -v`, `pdm --version`) and the findpython CLI pdm and poetry ≥ 2 build on.
import type { LogEvent } from '../events.js';
import { firstChar } from './lines.js';

const PATHLIKE = /^(?:\/|~|[A-Za-z]:[\\/]|\.{1,2}[\\/])/;

const PDM_STARTS = new Set('P0123456789[');

export function parsePdm(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? '';
    // Cheap test before trimming: pdm lines start with one of these, or show a prompt or a findpython result.
    if (
      !line0 ||
      !(PDM_STARTS.has(firstChar(line0)) || line0.includes('Using ') || line0.includes(' @ '))
    )
      continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = /^PDM, version (\d+\.\d+\S*)/.exec(raw);
    if (m) {
      events.push({ type: 'tool-version', tool: 'pdm', line, version: m[1] ?? '' });
      continue;
    }
    // `3. /usr/bin/python3.11 (3.11)` in `pdm use`'s list (newer pdm: `3. cpython@3.11.2 (/usr/bin/python3.11)`).
    m = /^\d+\. (\S.*) \((\d+\.\d+(?:\.\d+)?)\)$/.exec(raw);
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
    m = /^\d+\. (\w+)@(\d+\.\d+\.\d+\S*) \((\S.*)\)$/.exec(raw);
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
    m =
      /(?:^|: )Using (?:Python interpreter|the first matched interpreter): (\S.*?) \((\d+\.\d+(?:\.\d+)?)\)/.exec(
        raw,
      );
    if (m) {
      events.push({ type: 'selected', tool: 'pdm', line, path: m[1] ?? '', version: m[2] ?? null });
      continue;
    }
    // `[NoPythonVersion]: No Python that satisfies <Version(>=3.12)> is found on the system.`
    m = /^\[(NoPythonVersion|InvalidPyVersion|PdmUsageError)\]: (.+)$/.exec(raw);
    if (m) {
      events.push({
        type: 'final-error',
        tool: 'pdm',
        line,
        message: m[2] ?? '',
        causes: [],
        hints: [],
      });
      continue;
    }
    // findpython: `python3.11 3.11.2 @ /usr/bin/python3.11`
    m = /^(\S+) (\d+\.\d+\.\d+\S*) @ (\S.*)$/.exec(raw);
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
