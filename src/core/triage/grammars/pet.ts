// python-environment-tools (pet), the locator behind VS Code's Python extensions: its env_logger
// records (`[2025-05-07T02:41:36Z TRACE pet_conda::environments] …`), the environments
// `pet find` prints, and the messages VS Code relays from it (see vscode-python.ts).
import type { LogEvent, ToolName } from '../events.js';
import { failureKind } from '../reason-kinds.js';
import { clip, DIGITS, indentOf, isDigitCode, type LineStarts } from './lines.js';

// Its records open with `[` and `pet find`'s environments with `E` (at the line's start); the
// fields below an environment are read by parsePet itself.
// Its tracing format opens with the seconds since start (`784.19s ERROR pet::jsonrpc: …`).
export const PET_LINES: LineStarts = { starts: `E[${DIGITS}` };
const RECORD =
  /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z (?:TRACE|DEBUG|INFO|WARN|ERROR) +(pet[\w:]*)\] (.*)$/;
const UPTIME_RECORD = /^\d{1,9}\.\d{1,9}s +(?:TRACE|DEBUG|INFO|WARN|ERROR) +(pet[\w:]*): (.*)$/;
const FIELD = /^ {2,}(Executable|Prefix|Error) *: (.*)$/;
// A Rust `{:?}` string at the start of the text.
const QUOTED = /^"((?:[^"\\]|\\.)+)"/;

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parsePet(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  let searched = false;
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const raw = lines[i] ?? '';
    const first = raw.charCodeAt(0);
    if (first === 69 /* E */) {
      const kind = raw.startsWith('Environment (')
        ? /^Environment \((\w+)\)$/.exec(raw.trimEnd())?.[1]
        : undefined;
      // A `pet find` environment: `Environment (Conda)` then indented `Executable  : …` fields,
      // the lines right below it that start with a space.
      if (kind) events.push(...environmentEvents(environmentAt(lines, i, kind)));
      continue;
    }
    const at = first === 32 ? indentOf(raw) : 0;
    const record =
      first === 91 /* [ */
        ? RECORD.exec(raw)
        : isDigitCode(raw.charCodeAt(at))
          ? UPTIME_RECORD.exec(at ? raw.slice(at) : raw)
          : null;
    if (!record) continue;
    const line = i + 1;
    if (!searched) {
      searched = true;
      events.push({
        type: 'search',
        tool: 'python-environment-tools',
        line,
        request: null,
        scope: 'pet locators',
      });
    }
    const event = petMessage(record[2] ?? '', 'python-environment-tools', line);
    if (event) events.push(event);
  }
  return events;
}

interface Environment {
  line: number;
  kind: string;
  exe?: string;
  prefix?: string;
  error?: string;
}

/** The environment opened at line index `at`, with the fields below it. */
function environmentAt(lines: readonly string[], at: number, kind: string): Environment {
  const env: Environment = { line: at + 1, kind };
  for (let i = at + 1; i < lines.length && (lines[i] ?? '').charCodeAt(0) === 32; i++) {
    const field = FIELD.exec(lines[i] ?? '');
    if (!field) continue;
    const value = (field[2] ?? '').trim();
    if (field[1] === 'Executable') env.exe = value;
    else if (field[1] === 'Prefix') env.prefix = value;
    else env.error = value;
  }
  return env;
}

// Every event is `plain`: `pet find` prints its environments without being asked to be verbose,
// so the listing tells what pet found, not that a log is here (as `uv python list` does).
function environmentEvents(env: Environment): LogEvent[] {
  const path = env.exe ?? env.prefix;
  if (!path) return [];
  const tool: ToolName = 'python-environment-tools';
  const found: LogEvent = {
    type: 'found',
    tool,
    line: env.line,
    path,
    key: null,
    version: null,
    source: env.kind,
    plain: true,
  };
  if (!env.error) return [found];
  return [
    found,
    {
      type: 'rejected',
      tool,
      line: env.line,
      path,
      reason: env.error,
      reasonKind: failureKind(env.error, path),
      source: env.kind,
      plain: true,
    },
  ];
}

/** A pet message (its own record or relayed by VS Code) as an event, or null. */
export function petMessage(relayed: string, tool: ToolName, line: number): LogEvent | null {
  // Relayed in pet's tracing format, the record's head comes along: `784.19s ERROR pet::x: …`.
  const head = UPTIME_HEAD.exec(relayed);
  const message = head ? relayed.slice(head[0].length) : relayed;
  const found = (path: string, source: string): LogEvent => ({
    type: 'found',
    tool,
    line,
    path,
    key: null,
    version: null,
    source,
  });
  const search = (scope: string): LogEvent => ({
    type: 'search',
    tool,
    line,
    request: null,
    scope,
  });
  let m = /^Discovered env: (\S.*)$/.exec(message);
  if (m) return found(m[1] ?? '', 'pet');
  if (message.startsWith('Reporting Environment ')) {
    const at = message.indexOf('executable: Some("');
    const exe = at < 0 ? null : QUOTED.exec(message.slice(at + 17));
    return exe ? found(unescapeDebug(exe[1] ?? ''), 'pet') : null;
  }
  m = /^Env \("((?:[^"\\]|\\.)+)"\) in Path resolved as/.exec(message);
  if (m) return found(unescapeDebug(m[1] ?? ''), 'PATH');
  m = /^Executed Python "((?:[^"\\]|\\.)+)"/.exec(message);
  if (m) return found(unescapeDebug(m[1] ?? ''), 'executed');
  m = /^Getting homebrew python info for "((?:[^"\\]|\\.)+)"/.exec(message);
  if (m) return found(unescapeDebug(m[1] ?? ''), 'Homebrew');
  m = /^(?:Completed searching|Searching) using locator: (\w+)/.exec(message);
  if (m) return search(`locator ${m[1]}`);
  m = /^Locator (\w+) took /.exec(message);
  if (m) return search(`locator ${m[1]}`);
  m = /^Failed to resolve env "?((?:[^"\\]|\\.)+?)"?(?:, returning discovered env|$)/.exec(message);
  if (m)
    return {
      type: 'rejected',
      tool,
      line,
      path: unescapeDebug(m[1] ?? ''),
      reason: 'Failed to resolve env',
      reasonKind: 'query-failed',
      source: null,
    };
  m =
    /^(?:Failed to (?:execute|spawn) Python to resolve info|Failed to wait on Python interpreter spawn for|Python Execution for) "((?:[^"\\]|\\.)+)"(.*)$/.exec(
      message,
    );
  if (m) {
    const path = unescapeDebug(m[1] ?? '');
    const detail = clip(message.replace(` "${m[1]}"`, ''), 2000);
    return {
      type: 'query-failed',
      tool,
      line,
      path,
      detail,
      reasonKind: failureKind(detail, path),
    };
  }
  m = /^Could not find Python executable in "((?:[^"\\]|\\.)+)"/.exec(message);
  if (m)
    return {
      type: 'rejected',
      tool,
      line,
      path: unescapeDebug(m[1] ?? ''),
      reason: 'Could not find Python executable',
      reasonKind: 'other',
      source: null,
    };
  m = /^Python executable \((.+?)\) file not found for (\S+)/.exec(message);
  if (m)
    return {
      type: 'rejected',
      tool,
      line,
      path: m[1] ?? '',
      reason: `file not found for ${m[2]}`,
      reasonKind: 'other',
      source: 'registry',
    };
  return null;
}

const UPTIME_HEAD = /^\s{0,4}\d{1,9}\.\d{1,9}s +(?:TRACE|DEBUG|INFO|WARN|ERROR) +pet[\w:]*: /;

/** A Rust `{:?}` path: `C:\\Users\\x` → `C:\Users\x`. */
function unescapeDebug(path: string): string {
  return path.includes('\\') ? path.replace(/\\(["\\])/g, '$1') : path;
}
