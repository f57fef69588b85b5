// tox 3 (`tox -vv`: its own interpreter lookup) and tox 4's summary lines; tox 4's discovery
// records themselves are virtualenv's (see virtualenv.ts).
import type { LogEvent } from '../events.js';
import { failureKind } from '../reason-kinds.js';
import {
  charTable,
  clip,
  codeIn,
  DIGITS,
  indentOf,
  isDigitCode,
  type LineStarts,
} from './lines.js';

const TOX_STARTING = "tp'SE";
const TOX_STARTS = charTable(TOX_STARTING);
// A version line opens with a digit; `<env> uses …` and the not-found phrase may start anyhow:
// two substring tests hand parseTox every such line (and some more, which mayBeTox turns down).
export const TOX_LINES: LineStarts = {
  starts: DIGITS + TOX_STARTING,
  elsewhere: (line) => line.includes('uses ') || line.includes(NOT_FOUND),
};
const VERSION_AT = /\d+\.\d+\.\d+\S* (?:imported )?from /y;

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parseTox(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const line0 = lines[i] ?? '';
    if (!line0 || !mayBeTox(line0)) continue;
    const raw = line0.trim();
    const line = i + 1;
    // Each pattern runs only on lines that open as it does (or hold its phrase).
    const first = raw.charCodeAt(0);
    let m =
      isDigitCode(first) || raw.startsWith('tox ')
        ? /^(?:tox )?(\d+\.\d+\.\d+\S*) (?:imported )?from \S*tox/.exec(raw)
        : null;
    if (m) {
      events.push({ type: 'tool-version', tool: 'tox', line, version: m[1] ?? '' });
      continue;
    }
    m = usesAfterFirstWord(raw, 0) ? /^([\w.-]+) uses (\S+)$/.exec(raw) : null;
    if (m) {
      if (m[2] !== 'None')
        events.push({ type: 'selected', tool: 'tox', line, path: m[2] ?? '', version: null });
      continue;
    }
    m = raw.startsWith('python (')
      ? /^python \((\S.*)\) is \{.*'version_info': \[(\d+), (\d+), (\d+)/.exec(raw)
      : null;
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
    m = raw.startsWith("'exit code ")
      ? /^'exit code (-?\d+)' cmd '([^']+)' out '.*' err (.*)$/.exec(raw)
      : null;
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
    m =
      raw.startsWith('SKIPPED:') || raw.startsWith('ERROR:')
        ? /^(?:SKIPPED|ERROR):\s+InterpreterNotFound: (\S+)/.exec(raw)
        : null;
    if (m) {
      const message = `InterpreterNotFound: ${m[1]}`;
      events.push(notFound(line, m[1] ?? '', message, true));
      events.push({ type: 'final-error', tool: 'tox', line, message, causes: [], hints: [] });
      continue;
    }
    // tox 1–3 refusing an interpreter it found: `ERROR:   py33: UnsupportedInterpreter: python2.5
    // is not supported anymore, sorry`.
    m = raw.startsWith('ERROR:')
      ? /^ERROR:\s+(?:[\w.-]{1,60}: )?(UnsupportedInterpreter: (\S+) is not supported.*)$/.exec(raw)
      : null;
    if (m) {
      events.push({
        type: 'rejected',
        tool: 'tox',
        line,
        path: m[2] ?? '',
        reason: m[1] ?? '',
        reasonKind: /^python2/.test(m[2] ?? '') ? 'python2-unsupported' : 'version-mismatch',
        source: null,
        plain: true,
      });
      continue;
    }
    // tox 4, skipping or failing an env: `py312: skipped because could not find python
    // interpreter with spec(s): py312`, the record's tail when logged with -vv.
    m = raw.includes(NOT_FOUND)
      ? /(?:skipped because|failed with) (could not find python interpreter (?:with spec\(s\):|matching any of the specs) (.+))$/.exec(
          raw.replace(/ \[[\w./\\-]+:\d+\]$/, ''),
        )
      : null;
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
    // Digits then a dot, before the pattern runs (most such lines are a record's milliseconds).
    let end = at + 1;
    while (isDigitCode(line.charCodeAt(end))) end++;
    if (line.charCodeAt(end) !== 46) return false;
    VERSION_AT.lastIndex = at;
    return VERSION_AT.test(line);
  }
  if (codeIn(TOX_STARTS, line.charCodeAt(at))) return true;
  return toxElsewhere(line, at);
}

/** A line that starts with none of TOX_STARTS (nor a digit) at `at` that tox may still read. */
function toxElsewhere(line: string, at: number): boolean {
  // `<env> uses <path>`: ` uses ` right after the first word (when the indentation is plain).
  if (usesAfterFirstWord(line, at)) return true;
  // The line starts where `trim` says it does: at a printable ASCII character.
  const code = line.charCodeAt(at);
  const plainIndent = isWordCode(code) || (code > 32 && code < 127);
  // Both phrases, for a line whose indentation `trim` may read differently (Unicode spaces).
  return line.includes(NOT_FOUND) || (!plainIndent && line.includes(' uses '));
}

const NOT_FOUND = 'could not find python interpreter';

/** A word of env-name characters at `at`, then ` uses `. */
function usesAfterFirstWord(line: string, at: number): boolean {
  let end = at;
  while (isWordCode(line.charCodeAt(end))) end++;
  return end > at && line.startsWith(' uses ', end);
}

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
