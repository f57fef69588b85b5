// What uv commands print on stdout: `uv --version`, `uv python list` as a table or as
// `--output-format json`, and `uv python find`'s one path. Log lines in between are skipped.
// Every event is `plain`: printed without `-v`, it tells what uv found, not that a log is here.
import type { LogEvent } from '../events.js';

// `cpython-3.12.8-linux-x86_64-gnu`, `cpython-3.13.1+freethreaded-macos-aarch64-none`.
const KEY =
  /^((?:cpython|pypy|graalpy|pyodide)-(\d+\.\d+\.\d+[0-9a-z]*)(?:\+[a-z+]+)?-[a-z0-9_]+-[a-z0-9_]+-(?:gnu|musl|none|[a-z0-9_]+))(?:\s+|$)/;
const VERSION = /^uv (\d+\.\d+\.\d+[0-9A-Za-z.+-]*)(?: \([0-9a-f]+ \d{4}-\d{2}-\d{2}\))?$/;
const FIND_COMMAND = /(?:^|[$>] )uv(?:\.exe)? (?:-\S+ )*python find\b/;
const PYTHON_PATH =
  /^(?:\/|~\/|[A-Za-z]:[\\/]|\.{1,2}[\\/]).*[\\/](?:python|pypy|graalpy)[0-9.]*[td]?(?:\.exe)?$/;
const MAX_JSON = 1024 * 1024;
// What KEY opens with, checked before it runs.
const IMPLEMENTATIONS = ['cpython-', 'pypy-', 'graalpy-', 'pyodide-'];

function opensWithImplementation(text: string): boolean {
  for (const name of IMPLEMENTATIONS) if (text.startsWith(name)) return true;
  return false;
}

/** What PYTHON_PATH opens with (`/`, `~/`, `C:`, `.`), checked before it runs. */
function startsLikePath(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 47 /* / */ || c === 46 /* . */) return true;
  if (c === 126 /* ~ */) return text.charCodeAt(1) === 47;
  return ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && text.charCodeAt(1) === 58;
}

/** A line with something on it that is no log record: what a command printed. */
export interface PrintedLine {
  text: string;
  line: number;
  /** The code of its first character after spaces and tabs. */
  start: number;
}

/** The printed lines in order (frameRecords sets them apart from the log records). */
export function readPrinted(printed: readonly PrintedLine[]): LogEvent[] {
  const events: LogEvent[] = [];
  // The line read before, unless it was `uv python find`'s answer: the command it may hold is
  // looked for only when a path follows it.
  let previous: string | null = null;
  for (const { text: raw, line, start } of printed) {
    const text = raw.trim();
    if (
      previous !== null &&
      startsLikePath(text) &&
      PYTHON_PATH.test(text) &&
      FIND_COMMAND.test(previous)
    ) {
      events.push({ type: 'selected', tool: 'uv', line, path: text, version: null, plain: true });
      previous = null;
      continue;
    }
    previous = text;
    if (start === 117 /* u */) {
      const version = text.startsWith('uv ') ? VERSION.exec(text) : null;
      if (version)
        events.push({
          type: 'tool-version',
          tool: 'uv',
          line,
          version: version[1] ?? '',
          plain: true,
        });
    } else if (start === 91 /* [ */ || start === 123 /* { */) {
      events.push(...listJson(text, line));
    } else if (start === 99 /* c */ || start === 112 /* p */ || start === 103 /* g */) {
      const key = opensWithImplementation(text) ? KEY.exec(text) : null;
      if (key) {
        const rest = text.slice(key[0].length).trim();
        if (rest && !rest.startsWith('<download available>') && !/^https?:\/\//.test(rest)) {
          const path = rest.split(' -> ')[0] ?? rest;
          events.push({
            type: 'found',
            tool: 'uv',
            plain: true,
            line,
            key: key[1] ?? null,
            version: key[2] ?? null,
            path,
            source: 'uv python list',
          });
        }
      }
    }
  }
  return events;
}

interface ListEntry {
  key?: unknown;
  version?: unknown;
  path?: unknown;
}

/** `uv python list --output-format json`: a bare array, or (announced for later) a wrapper object. */
function listJson(text: string, line: number): LogEvent[] {
  if (text.length > MAX_JSON || !text.includes('"key"')) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const entries = Array.isArray(data)
    ? data
    : Object.values((data ?? {}) as Record<string, unknown>).find((v) => Array.isArray(v));
  if (!Array.isArray(entries)) return [];
  const events: LogEvent[] = [];
  for (const entry of entries.slice(0, 500) as ListEntry[]) {
    if (typeof entry?.key !== 'string' || typeof entry.path !== 'string') continue;
    events.push({
      type: 'found',
      tool: 'uv',
      plain: true,
      line,
      key: entry.key,
      version: typeof entry.version === 'string' ? entry.version : null,
      path: entry.path,
      source: 'uv python list',
    });
  }
  return events;
}
