// uv's discovery log in every shape it has had (shared/reference/uv-discovery.md §3–4):
// compact `-v`/`-vv` lines (`DEBUG msg`), the hierarchical tracing-tree format (uptime, level,
// target, span lines), user-facing `error:`/`Caused by:`/`hint:` lines, miette's `×`/`╰─▶`
// rendering, multi-line `[stdout]`/`[stderr]` bodies, and the wordings of 0.1 to 0.12.
import type { LogEvent } from '../events.js';
import { failureKind, type ReasonKind } from '../reason-kinds.js';
import { backticked, clip, levelLength } from './lines.js';

// `   0.002848s DEBUG uv_toolchain::discovery message`, optional per-span duration column.
const HIERARCHICAL =
  /^\s*\d+\.\d+s +(?:\d+(?:\.\d+)?(?:ms|s|µs|us|ns) +)?(TRACE|DEBUG|INFO|WARN|ERROR) +([A-Za-z0-9_]+(?:::[A-Za-z0-9_]+)*) /;
const USER_LINE = /^\s*(error|warning|hint): /;
const CAUSED_BY = /^\s*Caused by: /;
const MIETTE_TOP = /^\s*[×x] (?=\S)/;
const MIETTE_CAUSE = /^\s*[╰├]─[▶>] /;
const MIETTE_CONT = /^\s*│ ?/;

type LogRecord =
  | { kind: 'log'; level: string; message: string; line: number; more: string[] }
  | { kind: 'user'; label: string; message: string; line: number; more: string[] };

const REJECTION_REASONS: [string, ReasonKind][] = [
  ['system interpreter required', 'system-required'],
  ['system interpreter not explicitly requested', 'not-explicit'],
  ['system interpreter not explicit', 'not-explicit'],
  ['only virtual environments allowed', 'venv-required'],
  ['system interpreter not allowed', 'venv-required'],
  ['only managed interpreters allowed', 'managed-only'],
  ['only system interpreters allowed', 'system-only'],
];

export function parseUv(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  const records = toRecords(lines, MAX_LOG_RECORDS);
  let lastFoundKey: { path: string; key: string | null } | null = null;
  let error: Extract<LogEvent, { type: 'final-error' }> | null = null;
  let sawUv = false;

  for (const r of records) {
    if (r.kind === 'user') {
      if (r.label === 'error' || r.label === '×') {
        error = {
          type: 'final-error',
          tool: 'uv',
          line: r.line,
          message: joinWrapped(r.message, r.more),
          causes: [],
          hints: [],
        };
        events.push(error);
      } else if ((r.label === 'caused' || r.label === 'cause') && error) {
        error.causes.push(joinWrapped(r.message, r.more));
      } else if (r.label === 'hint' && error) {
        error.hints.push(joinWrapped(r.message, r.more));
      } else if (r.label === 'using') {
        const selected = parseUsing(r.message, r.line);
        if (selected) events.push(selected);
      }
      continue;
    }
    const event = parseMessage(r.message, r.more, r.line, lastFoundKey);
    if (!event) continue;
    sawUv = true;
    if (event.type === 'found') lastFoundKey = { path: event.path, key: event.key };
    events.push(event);
  }
  // `error:` is everybody's prefix: keep it only when the log is uv's or the message is uv's own.
  const kept = events.filter((e) => e.type !== 'final-error' || sawUv || isUvError(e.message));
  return [...kept, ...kept.flatMap((e) => (e.type === 'final-error' ? queryFailureOf(e) : []))];
}

/**
 * Groups lines into records. At most `maxLogRecords` log records are kept (each yields at most
 * one event, and later ones would be dropped anyway); user-facing lines (`error:`, `Caused by:`,
 * `hint:`) always are, since the final error comes last.
 */
/** Log records read at most: each yields one event at most, and later ones are dropped anyway. */
const MAX_LOG_RECORDS = 5000;

/**
 * Groups lines into records. At most `maxLogRecords` log records are kept; user-facing lines
 * (`error:`, `Caused by:`, `hint:`) always are, since the final error comes last.
 */
function toRecords(lines: readonly string[], maxLogRecords: number): LogRecord[] {
  const records: LogRecord[] = [];
  let logRecords = 0;
  let current: LogRecord | null = null;
  const open = (record: LogRecord) => {
    records.push(record);
    current = record;
  };
  const openLog = (level: string, message: string, line: number) => {
    if (logRecords >= maxLogRecords) {
      current = null;
      return;
    }
    logRecords++;
    open({ kind: 'log', level, message, line, more: [] });
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    // Most lines of a big log are `TRACE`/`DEBUG` records nobody here reads: decide that from the
    // prefix, before anything is allocated for them.
    const level = levelLength(raw);
    if (level > 0) {
      if (logRecords < maxLogRecords && isInteresting(raw, level))
        openLog(raw.slice(0, level - 1).trim(), raw.slice(level), lineNo);
      else current = null;
      continue;
    }
    const first = raw.charCodeAt(0);
    if (first === 32 || (first >= 48 && first <= 57)) {
      const m = HIERARCHICAL.exec(raw);
      if (m) {
        const message = raw.slice(m[0].length);
        if (isInteresting(message, 0)) openLog(m[1] ?? '', message, lineNo);
        else current = null;
        continue;
      }
    }
    const user = USER_LINE.exec(raw);
    if (user) {
      open({
        kind: 'user',
        label: user[1] ?? '',
        message: raw.slice(user[0].length),
        line: lineNo,
        more: [],
      });
      continue;
    }
    if (raw.includes('Caused by: ') && CAUSED_BY.test(raw)) {
      open({
        kind: 'user',
        label: 'caused',
        message: raw.replace(CAUSED_BY, ''),
        line: lineNo,
        more: [],
      });
      continue;
    }
    if (MIETTE_TOP.test(raw)) {
      open({
        kind: 'user',
        label: '×',
        message: raw.replace(MIETTE_TOP, ''),
        line: lineNo,
        more: [],
      });
      continue;
    }
    if (MIETTE_CAUSE.test(raw)) {
      open({
        kind: 'user',
        label: 'cause',
        message: raw.replace(MIETTE_CAUSE, ''),
        line: lineNo,
        more: [],
      });
      continue;
    }
    if (raw.startsWith('Using ') && raw.includes(' at: ')) {
      records.push({ kind: 'user', label: 'using', message: raw, line: lineNo, more: [] });
      current = null;
      continue;
    }
    // Anything else continues the previous record (`[stderr]` bodies, wrapped text) or is noise.
    const record = current as LogRecord | null;
    if (record && record.more.length < 40) {
      // A miette continuation (`│ text`) is indented text of the message above.
      record.more.push(MIETTE_CONT.test(raw) ? ` ${raw.replace(MIETTE_CONT, '')}` : raw);
    }
  }
  return records;
}

// Message starts this grammar reads, by first character; all other records are skipped unread.
const INTERESTING: Partial<Record<string, readonly string[]>> = {
  u: ['uv '],
  F: ['Found `', 'Found managed', 'Found Python interpreter '],
  I: ['Ignoring Python in'],
  S: ['Skipping ', 'Searching for ', 'Starting '],
  U: ['Using '],
  L: ['Looking for exact'],
  C: ['Checking for Python interpreter '],
};
const OLD_FOUND = /^Found [A-Za-z]+ \d/;

function isInteresting(text: string, at: number): boolean {
  const prefixes = INTERESTING[text.charAt(at)];
  if (!prefixes) return false;
  for (const prefix of prefixes) if (text.startsWith(prefix, at)) return true;
  return text.startsWith('Found ', at) && OLD_FOUND.test(text.slice(at, at + 40));
}

function parseMessage(
  message: string,
  more: string[],
  line: number,
  lastFound: { path: string; key: string | null } | null,
): LogEvent | null {
  const msg = message.trimEnd();
  const c = msg.charCodeAt(0);
  // Cheap dispatch on the first letter keeps TRACE noise from reaching the patterns.
  if (c === 117 /* u */) {
    const v = /^uv (\d+\.\d+\.\d+[0-9A-Za-z.+-]*)/.exec(msg);
    return v ? { type: 'tool-version', tool: 'uv', line, version: v[1] ?? '' } : null;
  }
  if (c === 70 /* F */) return parseFound(msg, line);
  if (c === 73 /* I */) return parseIgnoring(msg, line);
  if (c === 83 /* S */)
    return (
      parseSkipping(msg, more, line, lastFound) ??
      parseSearching(msg, line) ??
      parseLookingOrChecking(msg, line)
    );
  if (c === 85 /* U */) return parseUsing(msg, line) ?? parseRequest(msg, line);
  if (c === 76 /* L */ || c === 67 /* C */) return parseLookingOrChecking(msg, line);
  return null;
}

function parseFound(msg: string, line: number): LogEvent | null {
  // Found `cpython-3.12.8-linux-x86_64-gnu` at `/path/python3.12` (search path)   [0.2.29+]
  if (msg.startsWith('Found `')) {
    const keyEnd = msg.indexOf('` at `', 7);
    const srcStart = msg.lastIndexOf('` (');
    if (keyEnd < 0 || srcStart < keyEnd + 6 || !msg.endsWith(')')) return null;
    const key = msg.slice(7, keyEnd);
    return {
      type: 'found',
      tool: 'uv',
      line,
      key,
      path: msg.slice(keyEnd + 6, srcStart),
      version: versionOfKey(key),
      source: msg.slice(srcStart + 3, -1),
    };
  }
  // Found CPython 3.12.3 at `/path` (search path)   [0.2.3–0.2.28]
  const old = /^Found ([A-Za-z]+) (\d+\.\d+\.\d+\S*) at `/.exec(msg);
  if (old) {
    const srcStart = msg.lastIndexOf('` (');
    if (srcStart < old[0].length || !msg.endsWith(')')) return null;
    return {
      type: 'found',
      tool: 'uv',
      line,
      key: null,
      version: old[2] ?? null,
      path: msg.slice(old[0].length, srcStart),
      source: msg.slice(srcStart + 3, -1),
    };
  }
  // Found Python interpreter CPython 3.12.0 at /path from search path   [0.2.0–0.2.2]
  const oldest = /^Found Python interpreter [A-Za-z]+ (\d+\.\d+\.\d+\S*) at (.+) from (.+)$/.exec(
    msg,
  );
  if (oldest)
    return {
      type: 'found',
      tool: 'uv',
      line,
      key: null,
      version: oldest[1] ?? null,
      path: oldest[2] ?? '',
      source: oldest[3] ?? null,
    };
  // Found managed installation `cpython-3.12.8-linux-x86_64-gnu`   [0.2.22+]
  if (msg.startsWith('Found managed installation `') || msg.startsWith('Found managed Python `')) {
    const key = backticked(msg)?.value ?? '';
    return key
      ? {
          type: 'found',
          tool: 'uv',
          line,
          key,
          path: key,
          version: versionOfKey(key),
          source: 'managed installations',
        }
      : null;
  }
  return null;
}

function parseIgnoring(msg: string, line: number): LogEvent | null {
  // Ignoring Python interpreter at `/path`: system interpreter required   (typo `intepreter` ≤0.2.2)
  if (
    !msg.startsWith('Ignoring Python interpreter at `') &&
    !msg.startsWith('Ignoring Python intepreter at `')
  )
    return null;
  const path = backticked(msg);
  if (!path || msg.slice(path.end, path.end + 2) !== ': ') return null;
  const reason = msg.slice(path.end + 2).trim();
  const known = REJECTION_REASONS.find(([text]) => reason.startsWith(text));
  return {
    type: 'rejected',
    tool: 'uv',
    line,
    path: path.value,
    reason,
    reasonKind: known?.[1] ?? 'other',
    source: null,
  };
}

function parseSkipping(
  msg: string,
  more: string[],
  line: number,
  lastFound: { path: string; key: string | null } | null,
): LogEvent | null {
  // Skipping interpreter at `/path` from search path: does not satisfy request `3.12`
  if (msg.startsWith('Skipping interpreter at `')) {
    const path = backticked(msg);
    if (!path) return null;
    const rest = msg.slice(path.end);
    const colon = rest.indexOf(': ');
    if (colon < 0) return null;
    const source = rest.startsWith(' from ') ? rest.slice(6, colon) : null;
    const reason = rest.slice(colon + 2).trim();
    const request = backticked(reason)?.value ?? '';
    const key = lastFound?.key ?? '';
    const variant =
      /\+(freethreaded|debug|gil)|^\d+\.\d+t$|t$/.test(request) ||
      /\+(freethreaded|debug)/.test(key);
    return {
      type: 'skipped',
      tool: 'uv',
      line,
      path: path.value,
      reason,
      reasonKind: variant ? 'variant-mismatch' : 'version-mismatch',
      source,
    };
  }
  // Skipping bad interpreter at /path from search path: <err>  (and older forms)
  const bad = /^Skipping (bad|unexecutable) interpreter at /.exec(msg);
  if (bad) {
    const rest = msg.slice(bad[0].length);
    const { path, source, detail } = splitPathSourceDetail(rest);
    const body = clip([detail, ...more].join('\n').trim(), 2000);
    const reasonKind =
      bad[1] === 'unexecutable' && failureKind(body, path) === 'query-failed'
        ? 'not-executable'
        : failureKind(body, path);
    void source;
    return { type: 'query-failed', tool: 'uv', line, path, detail: body, reasonKind };
  }
  if (msg.startsWith('Skipping missing interpreter at ')) {
    return {
      type: 'rejected',
      tool: 'uv',
      line,
      path: msg.slice(32).trim(),
      reason: 'missing interpreter',
      reasonKind: 'other',
      source: null,
    };
  }
  if (msg.startsWith('Skipping broken virtualenv at ')) {
    return {
      type: 'rejected',
      tool: 'uv',
      line,
      path: msg.slice(30).trim(),
      reason: 'broken virtualenv (no pyvenv.cfg)',
      reasonKind: 'other',
      source: null,
    };
  }
  // Skipping managed installation `key`: does not satisfy `3.9.0` / system installation preferred
  if (
    msg.startsWith('Skipping managed installation `') ||
    msg.startsWith('Skipping incompatible managed installation `')
  ) {
    const key = backticked(msg);
    if (!key) return null;
    const reason = msg.slice(key.end).replace(/^: /, '').trim() || 'incompatible';
    const kind: ReasonKind = reason.startsWith('does not satisfy `') ? 'version-mismatch' : 'other';
    return {
      type: 'skipped',
      tool: 'uv',
      line,
      path: key.value,
      reason,
      reasonKind: kind,
      source: 'managed installations',
    };
  }
  const deferred =
    /^Skipping (pre-release installation|pre-release|debug installation|alternative implementation) (.+)$/.exec(
      msg,
    );
  if (deferred) {
    const what = deferred[1] ?? '';
    const kind: ReasonKind = what.startsWith('pre-release')
      ? 'version-mismatch'
      : what.startsWith('debug')
        ? 'variant-mismatch'
        : 'other';
    return {
      type: 'skipped',
      tool: 'uv',
      line,
      path: (deferred[2] ?? '').replace(/^`|`$/g, ''),
      reason: what,
      reasonKind: kind,
      source: null,
    };
  }
  return null;
}

/** `<path> from <source>: <detail>` or `<path>: <detail>` or `<path>`. Paths here have no backticks. */
function splitPathSourceDetail(rest: string): {
  path: string;
  source: string | null;
  detail: string;
} {
  const from = rest.indexOf(' from ');
  const colon = rest.indexOf(': ', from < 0 ? 0 : from);
  if (from >= 0 && colon > from)
    return {
      path: rest.slice(0, from),
      source: rest.slice(from + 6, colon),
      detail: rest.slice(colon + 2),
    };
  // A Windows drive letter (`C:\`) is not the separator: look for ": " only.
  if (colon >= 0)
    return { path: rest.slice(0, colon), source: null, detail: rest.slice(colon + 2) };
  return { path: rest.trim(), source: null, detail: '' };
}

function parseSearching(msg: string, line: number): LogEvent | null {
  if (!msg.startsWith('Searching for ') || msg.startsWith('Searching for managed installations'))
    return null;
  const body = msg.slice(14);
  const withName = body.indexOf(' with ');
  if (body.startsWith('Python interpreter with ') && withName >= 0) {
    return {
      type: 'search',
      tool: 'uv',
      line,
      request: body.slice(withName + 6),
      scope: 'search path',
    };
  }
  const at = body.lastIndexOf(' in ');
  if (at < 0) return null;
  const request = body
    .slice(0, at)
    .replace(/^an? /, '')
    .replace(/ interpreter$/, '');
  return {
    type: 'search',
    tool: 'uv',
    line,
    request: request === 'Python' ? null : request,
    scope: body.slice(at + 4),
  };
}

function parseRequest(msg: string, line: number): LogEvent | null {
  // Using Python request `3.12` from version file at `.python-version`
  if (!msg.startsWith('Using Python request ')) return null;
  const body = msg.slice(21);
  const from = body.lastIndexOf(' from ');
  if (from < 0) return null;
  const request = body.slice(0, from).replace(/^`|`$/g, '');
  return { type: 'request', tool: 'uv', line, request, origin: body.slice(from + 6) };
}

function parseLookingOrChecking(msg: string, line: number): LogEvent | null {
  const start =
    /^(?:Starting (?:Python|toolchain|interpreter) discovery for |Checking for Python interpreter (?:at|in) |Looking for exact match for request |Searching for interpreter that fulfills )/.exec(
      msg,
    );
  if (!start) return null;
  return {
    type: 'request',
    tool: 'uv',
    line,
    request: msg.slice(start[0].length).trim(),
    origin: null,
  };
}

function parseUsing(msg: string, line: number): LogEvent | null {
  // Using CPython 3.12.8 interpreter at: /path   |   Using Python 3.13.12 environment at: /root
  const m =
    /^Using (?:[A-Za-z]+ )?(\d+\.\d+\.\d+[0-9A-Za-z.+]*) (?:interpreter|environment) at: ?(.+)$/.exec(
      msg.trim(),
    );
  if (!m) return null;
  return { type: 'selected', tool: 'uv', line, path: (m[2] ?? '').trim(), version: m[1] ?? null };
}

/** A fatal query error names the interpreter that failed: record it like a logged query failure. */
function queryFailureOf(error: Extract<LogEvent, { type: 'final-error' }>): LogEvent[] {
  const m =
    /^(?:Failed to inspect Python interpreter from .+? at|Failed to query Python interpreter at|Querying Python at|Can't use Python at) `/.exec(
      error.message,
    );
  if (!m) return [];
  const end = error.message.indexOf('`', m[0].length);
  if (end < 0) return [];
  const path = error.message.slice(m[0].length, end);
  const detail = clip([error.message, ...error.causes].join('\n'), 2000);
  return [
    {
      type: 'query-failed',
      tool: 'uv',
      line: error.line,
      path,
      detail,
      reasonKind: failureKind(detail, path),
      fromError: true,
    },
  ];
}

function versionOfKey(key: string): string | null {
  return /^[a-z]+-(\d+\.\d+\.\d+[0-9a-z]*)/.exec(key)?.[1] ?? null;
}

function joinWrapped(first: string, more: string[]): string {
  // Wrapped continuation lines are indented; a blank line ends the message.
  const parts = [first.trim()];
  for (const m of more) {
    if (!m.trim()) break;
    if (!/^\s/.test(m)) break;
    parts.push(m.trim());
  }
  return clip(parts.join(' '), 2000);
}

const UV_ERRORS = [
  'No interpreter found',
  'No Python interpreters found',
  'Failed to inspect Python interpreter',
  'Failed to query Python interpreter',
  'Querying Python at `',
  'No virtual environment found',
  'No system Python installation found',
  'is externally managed',
  'Requested Python executable',
  'Requested interpreter path',
  "Can't use Python at",
  'Interpreter discovery for `',
  'Failed to detect the operating system version',
];

function isUvError(message: string): boolean {
  return UV_ERRORS.some((s) => message.includes(s));
}
