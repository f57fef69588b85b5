// Shared line handling for the grammars: every grammar reads the same prepared lines.
import { clip as clipTo } from '../../text.js';
import type { LogEvent } from '../events.js';

/** A line longer than this is only read up to here: keeps every match linear and bounded. */
export const MAX_LINE = 8192;

/** Splits text into lines (LF or CRLF), each cut to MAX_LINE characters. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    lines[i] = line;
  }
  return lines;
}

/** Lines split already (by the extraction) as splitLines gives them: copied only if one changes. */
export function prepareLines(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fixed = prepared(line);
    if (fixed !== line) (out ??= lines.slice())[i] = fixed;
  }
  return out ?? lines;
}

function prepared(raw: string): string {
  let line = raw;
  if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
  if (line.charCodeAt(line.length - 1) === 13 /* \r */) line = line.slice(0, -1);
  return line;
}

/** The text between the first pair of backticks after `from`, or null. */
export function backticked(text: string, from = 0): { value: string; end: number } | null {
  const start = text.indexOf('`', from);
  if (start < 0) return null;
  const end = text.indexOf('`', start + 1);
  if (end < 0) return null;
  return { value: text.slice(start + 1, end), end: end + 1 };
}

/** The text without one backtick at its start and one at its end (`replace(/^`|`$/g, '')`). */
export function withoutEdgeBackticks(text: string): string {
  const start = text.charCodeAt(0) === 96 ? 1 : 0;
  const end = text.length > start && text.charCodeAt(text.length - 1) === 96 ? -1 : undefined;
  return start || end ? text.slice(start, end) : text;
}

/** Cuts a string to `max` characters (500 unless told), marking the cut. */
export function clip(text: string, max = 500): string {
  return clipTo(text, max);
}

/**
 * Length of a leading `TRACE `/`DEBUG `/`INFO `/`WARN `/`ERROR ` token, including indentation a
 * paste may have added (a log inside a list item), or 0.
 */
export function levelLength(raw: string): number {
  let at = 0;
  while (at < 12 && (raw.charCodeAt(at) === 32 || raw.charCodeAt(at) === 9)) at++;
  return levelLengthAt(raw, at);
}

/** levelLength for a line whose indentation (`indentOf`) is known: `at`. */
export function levelLengthAt(raw: string, at: number): number {
  // More than twelve characters of indentation are no paste's.
  if (at > 12) return 0;
  switch (raw.charCodeAt(at)) {
    case 84: // T
      return raw.startsWith('TRACE ', at) ? at + 6 : 0;
    case 68: // D
      return raw.startsWith('DEBUG ', at) ? at + 6 : 0;
    case 73: // I
      return raw.startsWith('INFO ', at) ? at + 5 : 0;
    case 87: // W
      return raw.startsWith('WARN ', at) ? at + 5 : 0;
    case 69: // E
      return raw.startsWith('ERROR ', at) ? at + 6 : 0;
    default:
      return 0;
  }
}

/** The index of the first character after leading spaces and tabs. */
export function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return i;
}

/** Digits at `at`, then a space: a record's leading milliseconds (`62 find interpreter …`). */
export function digitsThenSpace(line: string, at: number): boolean {
  let i = at;
  while (isDigitCode(line.charCodeAt(i))) i++;
  return i > at && line.charCodeAt(i) === 32;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** What `\s` matches: a space, a line break or a Unicode space (one code unit). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * A Python `logging` record of a discovery library behind a level token
 * (`DEBUG python_discovery._cached_py_info: …`): the plain grammars read these, not uv's.
 */
export function isPythonLogRecord(raw: string, level = levelLength(raw)): boolean {
  if (level === 0) return false;
  let at = level;
  while (raw.charCodeAt(at) === 32) at++;
  return raw.startsWith('python_discovery', at) || raw.startsWith('virtualenv', at);
}

// A BuildKit step (`#12 0.734 `) or a CI runner's ISO timestamp (`2024-05-01T10:11:12.1234567Z `).
const RUNNER_PREFIX =
  /^(?:#\d{1,5} \d{1,7}\.\d{1,4} |\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z )/;

/** The line without a container build's or a CI runner's prefix. */
export function withoutRunnerPrefix(line: string): string {
  const c = line.charCodeAt(0);
  if (c !== 35 && (c < 48 || c > 57)) return line;
  // `#` then a digit, or four digits then `-`: checked before the pattern runs.
  if (c === 35 ? !isDigitCode(line.charCodeAt(1)) : line.charCodeAt(4) !== 45) return line;
  const m = RUNNER_PREFIX.exec(line);
  return m ? line.slice(m[0].length) : line;
}

/**
 * The trimmed line, without a container build's or a CI runner's prefix, when it starts with one
 * of `starts`; null otherwise (decided before anything is copied).
 */
export function contentStartingWith(line: string, starts: CharTable): string | null {
  const at = indentOf(line);
  const code = line.charCodeAt(at);
  if (code === 35 || isDigitCode(code)) {
    const rest = withoutRunnerPrefix(at > 0 ? line.slice(at) : line);
    if (rest.length !== line.length - at) {
      const trimmed = rest.trim();
      return codeIn(starts, trimmed.charCodeAt(0)) ? trimmed : null;
    }
  }
  return codeIn(starts, code) ? line.trim() : null;
}

/**
 * The lines a grammar may read, told by their first character after spaces and tabs: the shared
 * pass over a log (index.ts) hands each grammar only these lines. A superset is enough, since
 * every grammar still checks each line it is handed; what it must never miss is a line it reads.
 */
export interface LineStarts {
  starts: string;
  /** For a line that starts otherwise: whether the grammar may read it all the same. */
  elsewhere?: (line: string, at: number) => boolean;
}

export const DIGITS = '0123456789';
/** What `contentStartingWith` may strip before the content: a build step's `#`, a timestamp's digit. */
export const RUNNER_PREFIX_STARTS = `#${DIGITS}`;

/** First characters a grammar's lines can start with, looked up by code (cheaper than a Set of strings). */
export interface CharTable {
  ascii: Uint8Array;
  other: ReadonlySet<number>;
}

export function charTable(chars: string): CharTable {
  const ascii = new Uint8Array(128);
  const other = new Set<number>();
  for (const c of chars) {
    const code = c.charCodeAt(0);
    if (code < 128) ascii[code] = 1;
    else other.add(code);
  }
  return { ascii, other };
}

/** The character code at `at` is one of the table's. */
export function codeIn(table: CharTable, code: number): boolean {
  return code < 128 ? table.ascii[code] === 1 : table.other.has(code);
}

/** The line's first character after indentation is one of the table's. */
export function startsWithOneOf(line: string, table: CharTable): boolean {
  return codeIn(table, line.charCodeAt(indentOf(line)));
}

/**
 * The events of several lists in line order, ties in list order: what a stable sort of the lists
 * put end to end gives, without calling a comparator. Line numbers are small whole numbers (a
 * log's lines): the events are counted per line and placed in one pass.
 */
export function inLineOrder(lists: readonly LogEvent[][]): LogEvent[] {
  let total = 0;
  let last = 0;
  let single: LogEvent[] | null = null;
  let nonEmpty = 0;
  for (const list of lists) {
    if (!list.length) continue;
    nonEmpty++;
    single = list;
    total += list.length;
    for (const e of list) {
      const line = e.line;
      if (!(line >= 0 && Number.isInteger(line))) return merged(lists);
      if (line > last) last = line;
    }
  }
  if (nonEmpty === 1 && single && isInLineOrder(single)) return single;
  if (total === 0) return [];
  // Few events over many lines: counting per line would cost more than merging.
  if (last > 4 * total + 4096) return merged(lists);
  // Where each line's events start in the output, then each event put at its line's next slot.
  const starts = new Int32Array(last + 2);
  for (const list of lists)
    for (const e of list) starts[e.line + 1] = (starts[e.line + 1] as number) + 1;
  for (let line = 1; line <= last + 1; line++)
    starts[line] = (starts[line] as number) + (starts[line - 1] as number);
  const out = new Array<LogEvent>(total);
  for (const list of lists) {
    for (const e of list) {
      const at = starts[e.line] as number;
      starts[e.line] = at + 1;
      out[at] = e;
    }
  }
  return out;
}

/** The same order by merging, for line numbers the counting above cannot index. */
function merged(lists: readonly LogEvent[][]): LogEvent[] {
  let out: LogEvent[] = [];
  for (const list of lists) {
    if (!list.length) continue;
    const sorted = isInLineOrder(list) ? list : list.sort((a, b) => a.line - b.line);
    out = out.length ? mergeByLine(out, sorted) : sorted;
  }
  return out;
}

function isInLineOrder(list: readonly LogEvent[]): boolean {
  for (let i = 1; i < list.length; i++)
    if ((list[i] as LogEvent).line < (list[i - 1] as LogEvent).line) return false;
  return true;
}

/** Merges two lists in line order; on equal lines, `first`'s events come first. */
function mergeByLine(first: readonly LogEvent[], second: readonly LogEvent[]): LogEvent[] {
  const out: LogEvent[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const a = first[i] as LogEvent;
    const b = second[j] as LogEvent;
    if (b.line < a.line) {
      out.push(b);
      j++;
    } else {
      out.push(a);
      i++;
    }
  }
  while (i < first.length) out.push(first[i++] as LogEvent);
  while (j < second.length) out.push(second[j++] as LogEvent);
  return out;
}
