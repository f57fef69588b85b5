// poetry `-vvv` (1.x and 2.x): which Python it tried, what it found and why it gave up.
import type { LogEvent } from '../events.js';
import { charTable, startsWithOneOf } from './lines.js';

const POETRY_STARTS = charTable('PTFCUNSEV');

export function parsePoetry(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  let lastFound: string | null = null;
  // `poetry env info` prints a Virtualenv and a System section; the System Executable is the base interpreter.
  let section: 'virtualenv' | 'system' | null = null;
  let awaitingMessage: Extract<LogEvent, { type: 'final-error' }> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? '';
    if (!line0) continue;
    // Cheap test before trimming: every poetry shape starts with one of these letters.
    if (!awaitingMessage && !startsWithOneOf(line0, POETRY_STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    if (awaitingMessage) {
      if (!raw) continue;
      awaitingMessage.message = raw;
      awaitingMessage = null;
      continue;
    }
    // Every pattern below opens with a word of its own: only those that start as the line does run.
    const first = raw.charAt(0);
    let m = first === 'P' ? /^Poetry \(version (\d+\.\d+\S*)\)/.exec(raw) : null;
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
    m = first === 'F' ? /^Found: (\S.*)$/.exec(raw) : null;
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
    m = first === 'T' ? /^Trying (python[\d.]*)$/.exec(raw) : null;
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
    m = first === 'U' ? /^Using ((?:python|pypy)[\w.]*) \((\d+\.\d+\.\d+\S*)\)$/.exec(raw) : null;
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
      first === 'T' || first === 'C'
        ? /^(?:The currently activated|Current|The specified) Python version \(?(\d+\.\d+\.\d+\S*?)\)? is not (?:supported|allowed) by the project \((.+)\)\.?$/.exec(
            raw,
          )
        : null;
    if (m) {
      events.push({
        type: 'skipped',
        tool: 'poetry',
        line,
        path: lastFound ?? `Python ${m[1]}`,
        reason: `Python ${m[1]} is not supported by the project (${m[2]})`,
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
    m = first === 'E' ? /^Executable: +(\S.*)$/.exec(raw) : null;
    if (m) {
      if (section === 'system')
        events.push({ type: 'selected', tool: 'poetry', line, path: m[1] ?? '', version: null });
      continue;
    }
    m = first === 'U' ? /^Using virtualenv: (\S.*)$/.exec(raw) : null;
    if (m) {
      events.push({ type: 'selected', tool: 'poetry', line, path: m[1] ?? '', version: null });
      continue;
    }
    m =
      first === 'C'
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
    m = first === 'C' ? /^Could not find the python executable (\S+)/.exec(raw) : null;
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
    if (
      raw === 'NoCompatiblePythonVersionFound' ||
      raw.startsWith('NoCompatiblePythonVersionFound')
    ) {
      awaitingMessage = {
        type: 'final-error',
        tool: 'poetry',
        line,
        message: 'NoCompatiblePythonVersionFound',
        causes: [],
        hints: [],
      };
      events.push(awaitingMessage);
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
