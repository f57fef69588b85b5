// How uv's stderr is cut into records, before any message is read: what a paste put in front of
// a line (CI timestamps, Docker build step prefixes, colour codes that lost their escape byte),
// the compact `LEVEL message` shape, the tracing-tree shape (uptime, span duration, level,
// target) and its span-entry lines, the user-facing `error:`/`warning:`/`hint:`/`Caused by:`
// lines and miette's `×`/`│`/`╰─▶` rendering, and the lines that continue a record: multi-line
// bodies (`[stderr]`, `--- stdout:`) and lines a terminal or an issue wrapped.
import { isDigitCode, isSpaceCode, levelLengthAt } from './lines.js';
import type { PrintedLine } from './uv-output.js';

/** `   0.002848s   1ms DEBUG uv_toolchain::discovery message`: uptime, span duration, level, target. */
export const HIERARCHICAL =
  /^\s*\d+\.\d+s +(?:\d+(?:\.\d+)?(?:ms|s|µs|us|ns) +)?(?:TRACE|DEBUG|INFO|WARN|ERROR) +[A-Za-z0-9_]+(?:::[A-Za-z0-9_]+)* /;
/** A tracing-tree span entry: ` uv_interpreter::find_python::find_requested_python request=3.12`. */
const SPAN = /^\s*([a-z][a-z0-9_]*(?:::[a-z0-9_]+)+)(?: (.*))?$/;
const MIETTE_TOP = /^\s*[×x] (?=\S)/;
const MIETTE_CAUSE = /^\s*[╰├]─[▶>] /;

// What pastes put before the level token. Docker BuildKit: `#12 0.123 `; GitHub Actions and
// other CI: an ISO timestamp; a bare clock time before a level token.
const DOCKER_STEP = /^#\d+ \d+(?:\.\d+)? /;
const ISO_TIME = /^\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\]? +/;
const CLOCK_TIME = /^\[?\d\d:\d\d:\d\d(?:[.,]\d+)?\]? +(?=(?:TRACE|DEBUG|INFO|WARN|ERROR) )/;
// SGR codes that survived extraction: with their ESC byte, shown as `←` by Windows consoles, or bare.
// eslint-disable-next-line no-control-regex -- removing control sequences is the point
const SGR_LEFTOVER = /(?:\u001b|\u2190)?\[[0-9;]{0,16}m|\u001b|\u2190/g;

export type UserLabel = 'error' | 'warning' | 'hint' | 'caused' | 'using';

export type UvRecord =
  /** A log line (compact or tracing-tree), or one of uv's own messages pasted without its level. */
  | { kind: 'log'; message: string; line: number; more: string[] }
  /** A tracing-tree span entered: `target` is `crate::module::function`, `fields` its `key=value`s. */
  | { kind: 'span'; target: string; fields: string; line: number }
  | { kind: 'user'; label: UserLabel; message: string; line: number; more: string[] };

export interface Framing {
  /** Whether a message (starting at `at`) is one the message parser reads; others are skipped unread. */
  interesting(text: string, at: number): boolean;
  /** Whether a line without a level token is still one of uv's log messages (pasted bare). */
  bare(text: string, at: number): boolean;
  /** Log records kept at most (user-facing lines always are: the final error comes last). */
  maxLogRecords: number;
}

/** Continuation lines kept per record, and lines joined into a message whose backtick is still open. */
const MAX_MORE = 40;
const MAX_JOINED = 2;

/**
 * The uptime that opens a tracing-tree line (`0.002848s`) at `at`: digits, a dot, digits and `s`,
 * checked before HIERARCHICAL runs (most lines that start with a digit are no such line).
 */
export function startsWithUptime(raw: string, at: number): boolean {
  let i = at;
  while (isDigitCode(raw.charCodeAt(i))) i++;
  if (i === at || raw.charCodeAt(i) !== 46) return false;
  const fraction = ++i;
  while (isDigitCode(raw.charCodeAt(i))) i++;
  return i > fraction && raw.charCodeAt(i) === 115;
}

/** A date (`2024-`) or a clock time (`10:`) opening the line, maybe after `[`: checked first. */
function startsWithTime(line: string): boolean {
  const at = line.charCodeAt(0) === 91 ? 1 : 0;
  if (!isDigitCode(line.charCodeAt(at)) || !isDigitCode(line.charCodeAt(at + 1))) return false;
  if (line.charCodeAt(at + 2) === 58) return true;
  return (
    isDigitCode(line.charCodeAt(at + 2)) &&
    isDigitCode(line.charCodeAt(at + 3)) &&
    line.charCodeAt(at + 4) === 45
  );
}

/** A line's first character that a paste's prefix or a colour leftover starts with. */
function mayNeedCleaning(c: number): boolean {
  return c === 35 || c === 91 || (c >= 48 && c <= 57) || c === 0x1b || c === 0x2190;
}

/** Removes what a paste put in front of uv's own text; returns the line itself when there is none. */
export function cleanLine(raw: string): string {
  let line = raw;
  let c = line.charCodeAt(0);
  if (c === 35 /* # */) {
    const m = DOCKER_STEP.exec(line);
    if (m) line = line.slice(m[0].length);
  } else if (((c >= 48 && c <= 57) || c === 91) /* [ */ && startsWithTime(line)) {
    const m = ISO_TIME.exec(line) ?? CLOCK_TIME.exec(line);
    if (m) line = line.slice(m[0].length);
  }
  // Colour leftovers sit in front of the level token (or of the timestamp just removed).
  c = line.charCodeAt(0);
  if (c === 0x1b || c === 0x2190 || (c === 91 && /^\[[0-9;]{1,16}m/.test(line)))
    line = line.replace(SGR_LEFTOVER, '');
  return line;
}

export interface Framed {
  records: UvRecord[];
  /** The other lines with something on them, cleaned: what commands printed. */
  printed: PrintedLine[];
}

export function frameRecords(lines: readonly string[], framing: Framing): Framed {
  const records: UvRecord[] = [];
  const printed: PrintedLine[] = [];
  let logRecords = 0;
  let current: Extract<UvRecord, { more: string[] }> | null = null;
  let joined = 0;
  const open = (record: Extract<UvRecord, { more: string[] }>) => {
    records.push(record);
    current = record;
    joined = 0;
  };
  const openLog = (message: string, line: number) => {
    if (logRecords >= framing.maxLogRecords) {
      current = null;
      return;
    }
    logRecords++;
    open({ kind: 'log', message, line, more: [] });
  };
  for (let i = 0; i < lines.length; i++) {
    const given = lines[i] ?? '';
    const raw = mayNeedCleaning(given.charCodeAt(0)) ? cleanLine(given) : given;
    const lineNo = i + 1;
    let at = 0;
    while (raw.charCodeAt(at) === 32 || raw.charCodeAt(at) === 9) at++;
    // Most lines of a big log are `TRACE`/`DEBUG` records nobody here reads: decide that from the
    // prefix, before anything is allocated for them.
    const level = levelLengthAt(raw, at);
    if (level > 0) {
      if (logRecords < framing.maxLogRecords && framing.interesting(raw, level))
        openLog(raw.slice(level), lineNo);
      else current = null;
      continue;
    }
    const first = raw.charCodeAt(at);
    if (first >= 48 && first <= 57 && startsWithUptime(raw, at)) {
      const m = HIERARCHICAL.exec(raw);
      if (m) {
        if (framing.interesting(raw, m[0].length)) openLog(raw.slice(m[0].length), lineNo);
        else current = null;
        continue;
      }
    }
    // This line is no log record.
    if (at < raw.length) printed.push({ text: raw, line: lineNo, start: first });
    if (first >= 97 && first <= 122 && raw.includes('::', at)) {
      const span = SPAN.exec(raw);
      if (span) {
        records.push({ kind: 'span', target: span[1] ?? '', fields: span[2] ?? '', line: lineNo });
        current = null;
        continue;
      }
    }
    const user = userLine(raw, at, first);
    if (user) {
      open({ kind: 'user', label: user.label, message: user.message, line: lineNo, more: [] });
      continue;
    }
    if (first === 85 /* U */ && raw.startsWith('Using ', at) && raw.includes(' at: ')) {
      records.push({ kind: 'user', label: 'using', message: raw.trim(), line: lineNo, more: [] });
      current = null;
      continue;
    }
    if (logRecords < framing.maxLogRecords && framing.bare(raw, at)) {
      openLog(raw.slice(at), lineNo);
      continue;
    }
    // Anything else continues the previous record (`[stderr]` bodies, wrapped text) or is noise.
    const record = current as Extract<UvRecord, { more: string[] }> | null;
    if (!record) continue;
    if (record.more.length === 0 && joined < MAX_JOINED && raw.trim() && opensBacktick(record)) {
      // A path cut by a terminal or an issue's width goes on, unspaced, on the next line.
      record.message += withoutMietteBar(raw).trimStart();
      joined++;
    } else if (record.more.length < MAX_MORE) {
      // A miette continuation (`│ text`) is indented text of the message above.
      const text = withoutMietteBar(raw);
      record.more.push(text !== raw ? ` ${text}` : raw);
    }
  }
  return { records, printed };
}

/**
 * An `error:`/`warning:`/`hint:`/`Caused by:` line or miette's `×`/`╰─▶`, by its first character
 * (at `at`, after spaces and tabs).
 */
function userLine(
  raw: string,
  at: number,
  first: number,
): { label: UserLabel; message: string } | null {
  let re: RegExp | null = null;
  let label: UserLabel = 'error';
  switch (first) {
    case 101: // e
      return labelled(raw, at, 'error');
    case 119: // w
      return labelled(raw, at, 'warning');
    case 104: // h
      return labelled(raw, at, 'hint');
    case 67: // C
      return raw.startsWith('Caused by: ', at)
        ? { label: 'caused', message: raw.slice(at + 11) }
        : null;
    case 0xd7: // ×
    case 120: // x
      re = MIETTE_TOP;
      break;
    case 0x2570: // ╰
    case 0x251c: // ├
      re = MIETTE_CAUSE;
      label = 'caused';
      break;
  }
  const m = re?.exec(raw);
  return m ? { label, message: raw.slice(m[0].length) } : null;
}

/** `error: …`, `warning: …`, `hint: …` at `at`. */
function labelled(
  raw: string,
  at: number,
  label: 'error' | 'warning' | 'hint',
): { label: UserLabel; message: string } | null {
  const end = at + label.length;
  return raw.startsWith(label, at) && raw.charCodeAt(end) === 58 && raw.charCodeAt(end + 1) === 32
    ? { label, message: raw.slice(end + 2) }
    : null;
}

/** The line without miette's `│ ` (`/^\s*│ ?/`), or the line itself. */
function withoutMietteBar(raw: string): string {
  let at = 0;
  while (isSpaceCode(raw.charCodeAt(at))) at++;
  if (raw.charCodeAt(at) !== 0x2502) return raw;
  return raw.slice(raw.charCodeAt(at + 1) === 32 ? at + 2 : at + 1);
}

/** Whether the record's message leaves a backtick open (an odd number of them). */
function opensBacktick(record: { message: string }): boolean {
  let count = 0;
  let at = record.message.indexOf('`');
  while (at >= 0) {
    count++;
    at = record.message.indexOf('`', at + 1);
  }
  return count % 2 === 1;
}
