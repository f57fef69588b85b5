// tox 3 (`tox -vv`: its own interpreter lookup) and tox 4's summary lines; tox 4's discovery
// records themselves are virtualenv's (see virtualenv.ts).
import type { LogEvent } from '../events.js';
import { failureKind } from '../reason-kinds.js';
import { clip, firstChar } from './lines.js';

const TOX_STARTS = new Set("0123456789tp'SE");

export function parseTox(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? '';
    // Cheap test before trimming: tox lines start with one of these or carry one of two phrases.
    if (
      !line0 ||
      !(
        TOX_STARTS.has(firstChar(line0)) ||
        line0.includes(' uses ') ||
        line0.includes('skipped because')
      )
    )
      continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = /^(?:tox )?(\d+\.\d+\.\d+\S*) (?:imported )?from \S*tox/.exec(raw);
    if (m) {
      events.push({ type: 'tool-version', tool: 'tox', line, version: m[1] ?? '' });
      continue;
    }
    m = /^([\w.-]+) uses (\S+)$/.exec(raw);
    if (m) {
      if (m[2] !== 'None')
        events.push({ type: 'selected', tool: 'tox', line, path: m[2] ?? '', version: null });
      continue;
    }
    m = /^python \((\S.*)\) is \{.*'version_info': \[(\d+), (\d+), (\d+)/.exec(raw);
    if (m) {
      events.push({
        type: 'found',
        tool: 'tox',
        line,
        path: m[1] ?? '',
        key: null,
        version: `${m[2]}.${m[3]}.${m[4]}`,
        source: null,
      });
      continue;
    }
    m = /^'exit code (-?\d+)' cmd '([^']+)' out '.*' err (.*)$/.exec(raw);
    if (m) {
      const detail = clip(
        `exit code ${m[1]}: ${(m[3] ?? '').replace(/^"|"$/g, '').replace(/\\n/g, '\n').trim()}`,
        2000,
      );
      events.push({
        type: 'query-failed',
        tool: 'tox',
        line,
        path: m[2] ?? '',
        detail,
        reasonKind: failureKind(detail, m[2]),
      });
      continue;
    }
    m = /^(?:SKIPPED|ERROR):\s+InterpreterNotFound: (\S+)/.exec(raw);
    if (m) {
      events.push({
        type: 'final-error',
        tool: 'tox',
        line,
        message: `InterpreterNotFound: ${m[1]}`,
        causes: [],
        hints: [],
      });
      continue;
    }
    m = /^([\w.-]+): skipped because could not find python interpreter with spec\(s\): (.+)$/.exec(
      raw,
    );
    if (m) {
      events.push({
        type: 'final-error',
        tool: 'tox',
        line,
        message: `could not find python interpreter with spec(s): ${m[2]}`,
        causes: [],
        hints: [],
      });
    }
  }
  return events;
}
