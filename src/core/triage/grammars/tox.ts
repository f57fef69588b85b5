// tox 3 (`tox -vv`: its own interpreter lookup) and tox 4's summary lines; tox 4's discovery
// records themselves are virtualenv's (see virtualenv.ts).
import type { LogEvent } from '../events.js';
import { failureKind } from '../reason-kinds.js';
import { charTable, clip, codeIn, indentOf, isDigitCode } from './lines.js';

const TOX_STARTS = charTable("tp'SE");
const VERSION_AT = /\d+\.\d+\.\d+\S* (?:imported )?from /y;

export function parseTox(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? '';
    if (!line0 || !mayBeTox(line0)) continue;
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
      const message = `InterpreterNotFound: ${m[1]}`;
      events.push(notFound(line, m[1] ?? '', message, true));
      events.push({ type: 'final-error', tool: 'tox', line, message, causes: [], hints: [] });
      continue;
    }
    // tox 4, skipping or failing an env: `py312: skipped because could not find python
    // interpreter with spec(s): py312`, the record's tail when logged with -vv.
    m =
      /(?:skipped because|failed with) (could not find python interpreter (?:with spec\(s\):|matching any of the specs) (.+))$/.exec(
        raw.replace(/ \[[\w./\\-]+:\d+\]$/, ''),
      );
    if (m) {
      const message = m[1] ?? '';
      // With -vv the skip is a record (`py312: 186 W skipped because …`), part of a verbose log.
      events.push(notFound(line, m[2] ?? '', message, !/^[\w.-]+: \d+ [DIWEC] /.test(raw)));
      events.push({ type: 'final-error', tool: 'tox', line, message, causes: [], hints: [] });
    }
  }
  return events;
}

/** A cheap test before trimming: a version line, a line starting with one of a few characters, or one of two phrases. */
function mayBeTox(line: string): boolean {
  const at = indentOf(line);
  if (isDigitCode(line.charCodeAt(at))) {
    VERSION_AT.lastIndex = at;
    return VERSION_AT.test(line);
  }
  if (codeIn(TOX_STARTS, line.charCodeAt(at))) return true;
  // `<env> uses <path>`: ` uses ` right after the first word (when the indentation is plain).
  let end = at;
  while (isWordCode(line.charCodeAt(end))) end++;
  if (end > at && line.startsWith(' uses ', end)) return true;
  // The line starts where `trim` says it does: at a printable ASCII character.
  const code = line.charCodeAt(at);
  const plainIndent = end > at || (code > 32 && code < 127);
  return plainIndent ? line.includes('could not find python interpreter') : TOX_PHRASES.test(line);
}
// Both phrases, for a line whose indentation `trim` may read differently (Unicode spaces).
const TOX_PHRASES = / uses |could not find python interpreter/;

/** `[\w.-]`: a character of an env name. */
function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 46 ||
    code === 45
  );
}

/** The spec tox found no interpreter for, as a turned-down entry: its reason is tox's own. */
function notFound(line: number, spec: string, reason: string, plain: boolean): LogEvent {
  return {
    type: 'skipped',
    tool: 'tox',
    line,
    path: spec,
    reason,
    reasonKind: 'other',
    source: null,
    ...(plain ? { plain } : {}),
  };
}
