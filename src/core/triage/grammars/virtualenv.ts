// virtualenv `-vv`/`-vvv` (20.x in-tree discovery, 21.x python-discovery; tox 4 and poetry log
// the same messages). A record is `<ms> <message> [<LEVEL> <module>:<line>]`; tox 4 prefixes
// `<env>: ` and writes the level as one letter, poetry writes `[virtualenv] <message>`, a plain
// Python logger `DEBUG python_discovery._discovery: <message>`. A pasted record may have lost its
// tail, so messages are known by how they start. A candidate is "proposed", then "accepted" or
// dropped.
import type { LogEvent, ToolName } from '../events.js';
import { failureKind, type ReasonKind } from '../reason-kinds.js';
import {
  charTable,
  clip,
  codeIn,
  DIGITS,
  digitsThenSpace,
  indentOf,
  isDigitCode,
  type LineStarts,
} from './lines.js';

const MS_PREFIX = /^(?:[\w.-]+: )?\d+ (?:[DIWEC] )?/;
const DEFAULT_FORMAT = /^(?:DEBUG|INFO|WARNING|ERROR|CRITICAL):[\w.-]{1,60}:/;
// A tox env's name before a record that has no milliseconds (tox `-vv`), `.pkg` included. Env
// names are lower case; `RuntimeError: failed to query …` is an exception, not a record.
const ENV_PREFIX = /^[a-z0-9_.][\w.-]{0,79}: /;
const LOGGER_PREFIX =
  /^(?:\[(?:virtualenv|python_discovery)[\w.:]*\] |(?:DEBUG|INFO|WARNING|ERROR|CRITICAL)(?: +|:)(virtualenv|python_discovery)[\w.]*:\s?)/;
const SUFFIX = /^ \[(?:(?:DEBUG|INFO|WARNING|ERROR|CRITICAL|NOTSET) +)?[\w./\\-]+:\d+\]$/;
const INFO = /^(proposed|accepted) (\w*PythonInfo)\((.*)$/;
const SPEC_VERSION = /^([A-Za-z]+)(\d+)\.(\d+)\.(\d+)\.\w+\.\d+(t?)(d?)-/;
// First characters of a record other than its milliseconds: `[virtualenv]`, a logger level, or
// a message pasted without its prefix.
const STARTING = '[DIWECfpadgrRPv';
const STARTS = charTable(STARTING);
// Milliseconds open a record; a tox env's name may come before them (`py312: 186 W …`).
export const VIRTUALENV_LINES: LineStarts = {
  starts: DIGITS + STARTING,
  elsewhere: envThenRecord,
};

interface VenvRecord {
  message: string;
  tool: ToolName;
}

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parseVirtualenv(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  const proposed = new Map<string, { line: number; spec: string; tool: ToolName }>();
  const accepted = new Set<string>();
  let request: string | null = null;
  // The request as a version (`3.12`), read once per spec record rather than for every record.
  let asked: string | null = null;
  let failed = false;
  // The last proposal not yet accepted, and the proposals a later record showed were dropped.
  let pending: string | null = null;
  const dropped = new Set<string>();

  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const raw = lines[i] ?? '';
    if (!raw || !mayBeRecord(raw)) continue;
    const line = i + 1;
    const text = raw.trim();
    const version = text.startsWith('virtualenv ')
      ? /^virtualenv (\d+\.\d+(?:\.\d+)?\S*) from /.exec(text)
      : null;
    if (version) {
      events.push({ type: 'tool-version', tool: 'virtualenv', line, version: version[1] ?? '' });
      continue;
    }
    const record = recordOf(text);
    if (!record) continue;
    const { message, tool } = record;
    const push = (event: LogEvent) => events.push(event);
    // virtualenv goes on searching only past a proposal it did not accept: a later search step
    // (another candidate queried, the next PATH entry) shows the pending one was dropped. Other
    // records prove nothing: `accepted` is logged at DEBUG, so an INFO log never shows it.
    if (pending !== null && searchesOn(message)) {
      dropped.add(pending);
      pending = null;
    }

    const finalError =
      message.startsWith('failed to find interpreter for ') ||
      message.startsWith('RuntimeError: failed to find interpreter for ')
        ? /^(?:RuntimeError: )?(failed to find interpreter for .+)$/.exec(message)
        : null;
    if (finalError) {
      failed = true;
      push({
        type: 'final-error',
        tool,
        line,
        message: (finalError[1] ?? '').replace(/ \[ERROR [^\]]*\]$/, ''),
        causes: [],
        hints: [],
      });
      continue;
    }
    if (message.startsWith('find interpreter for spec ')) {
      request = message.slice(26);
      const spec = requestOfSpec(request);
      asked = request ? spec : null;
      push({
        type: 'search',
        tool,
        line,
        request: spec,
        scope: 'interpreters matching the spec',
      });
      continue;
    }
    const info =
      message.startsWith('proposed ') || message.startsWith('accepted ')
        ? INFO.exec(message)
        : null;
    if (info) {
      const fields = infoFields(info[3] ?? '');
      const path = fields.exe ?? '';
      if (!path) continue;
      const spec = fields.spec ?? '';
      const found = versionOfSpec(spec) ?? fields.version ?? null;
      if (info[1] === 'proposed') {
        if (!proposed.has(path)) proposed.set(path, { line, spec, tool });
        pending = path;
        push({
          type: 'found',
          tool,
          line,
          path,
          key: spec || null,
          version: found,
          source: fields.system ? `system=${fields.system}` : null,
        });
      } else {
        accepted.add(path);
        pending = null;
        push({ type: 'selected', tool, line, path, version: found });
      }
      continue;
    }
    const event = otherRecord(message, tool, line, {
      request: asked,
      next: lines[i + 1] ?? '',
    });
    if (event) push(event);
  }
  // Proposed but never accepted: did not match the spec. Once the search ended every such
  // proposal was dropped; in a log cut before its end, those the search went on past.
  const ended = failed || accepted.size > 0;
  for (const [path, { line, spec, tool }] of proposed) {
    if (accepted.has(path) || (!ended && !dropped.has(path))) continue;
    const variant = request !== null && /(free_threaded=True|debug=True)/.test(request);
    events.push({
      type: 'skipped',
      tool,
      line,
      path,
      reason: `${spec || 'interpreter'} does not match ${request ?? 'the spec'}`,
      reasonKind: variant ? 'variant-mismatch' : 'version-mismatch',
      source: null,
    });
  }
  return events;
}

/** The records other than the request and the proposals, or null. */
function otherRecord(
  message: string,
  tool: ToolName,
  line: number,
  context: { request: string | null; next: string },
): LogEvent | null {
  const { request, next } = context;
  // Each pattern runs only on messages that open with its first word (or hold its phrase).
  const discover = message.startsWith('discover ');
  const get = message.startsWith('get');
  const failedToQuery = message.startsWith('failed to query ');
  let m = discover
    ? /^discover (?:exe|system) for \w*PythonInfo\(.*\) in (\S.*)$/.exec(message)
    : null;
  if (m) return { type: 'search', tool, line, request: null, scope: `base interpreter in ${m[1]}` };
  m = discover ? /^discover exe from cache (\S.*?) - exact /.exec(message) : null;
  if (m) return { type: 'search', tool, line, request: null, scope: `base interpreter in ${m[1]}` };
  if (message.startsWith('discover PATH[')) {
    const eq = message.indexOf(']=');
    if (eq < 0) return null;
    const dir = message.slice(eq + 2).replace(/ with =>.*$/, '');
    return { type: 'search', tool, line, request, scope: `PATH entry ${dir}` };
  }
  m = get ? /^get interpreter info via cmd: (.+)$/.exec(message) : null;
  if (m) return found(tool, line, firstWord(m[1] ?? ''), 'query');
  // 20.x wrote the tuple it meant to format: `got python info of %s from (PosixPath('/x'), …)`.
  const got = message.startsWith('got python info of ');
  m = got ? /^got python info of %s from \(\w*Path\('([^']+)'\)/.exec(message) : null;
  if (m) return found(tool, line, m[1] ?? '', 'py_info cache');
  m = got ? /^got python info of (\S.*?) from /.exec(message) : null;
  if (m) return found(tool, line, m[1] ?? '', 'py_info cache');
  m = get ? /^get PythonInfo from \S.* for (\S.*)$/.exec(message) : null;
  if (m) return found(tool, line, m[1] ?? '', 'py_info cache');
  m = message.startsWith('resolved shim ') ? /^resolved shim (\S+) to (\S+)$/.exec(message) : null;
  if (m) return found(tool, line, m[2] ?? '', `shim ${m[1]}`);
  m = failedToQuery ? /^failed to query (.+?) with code (-?\d+)(.*)$/.exec(message) : null;
  if (m) {
    const rest = m[3] ?? '';
    const err = rest.indexOf(' err: ');
    // In virtualenv's words, the path included: `failed to query /x with code 1 err: '…'`.
    const detail = clip(
      `failed to query ${m[1] ?? ''} with code ${m[2]}${err >= 0 ? ` err: ${unquote(rest.slice(err + 6))}` : ''}`,
      2000,
    );
    return queryFailed(tool, line, m[1] ?? '', detail);
  }
  // Cut short (`failed to query /x/python ...`): only a path makes it one of these.
  m = failedToQuery ? /^failed to query ((?:\/|~|[A-Za-z]:[\\/])\S*)/.exec(message) : null;
  if (m) return queryFailed(tool, line, m[1] ?? '', 'failed to query');
  m = message.startsWith('first subprocess attempt failed for')
    ? /^first subprocess attempt failed for(?: (\S+?))?(?: \((.*))?$/.exec(message)
    : null;
  if (m) {
    // A pasted record wrapped after "for": the path opens the next line.
    const path = m[1] ?? firstWord(next.replace(/^[\s>]+/, ''));
    const detail = m[2]
      ? `first subprocess attempt failed (${m[2]}`
      : 'first subprocess attempt failed';
    return path ? queryFailed(tool, line, path, clip(unquote(detail), 2000)) : null;
  }
  m =
    message.includes(' returned invalid JSON (exit code ') ||
    message.includes(' failed to produce interpreter info')
      ? /^(\S.*?) (?:returned invalid JSON \(exit code -?\d+\)|failed to produce interpreter info)/.exec(
          message,
        )
      : null;
  if (m) return queryFailed(tool, line, m[1] ?? '', message.slice((m[1] ?? '').length + 1));
  m = message.includes(', older than the minimum ')
    ? /^(\S.*?) is Python (\S+), older than the minimum (\S+) python-discovery can query/.exec(
        message,
      )
    : null;
  if (m)
    return rejected(
      tool,
      line,
      m[1] ?? '',
      message.slice((m[1] ?? '').length + 1),
      'python2-unsupported',
      false,
    );
  m = message.startsWith('ignore ')
    ? /^ignore (\S.*?) due cannot resolve system due to (.+)$/.exec(message)
    : null;
  if (m)
    return rejected(
      tool,
      line,
      m[1] ?? '',
      `cannot resolve system due to ${m[2]}`,
      'query-failed',
      false,
    );
  // `_pep514.py` warns about broken registry entries at the default verbosity.
  m = message.startsWith('PEP-514 ')
    ? /^PEP-514 violation in Windows Registry at (\S+) error: exe does not exists? (\S.*)$/.exec(
        message,
      )
    : null;
  if (m)
    return rejected(
      tool,
      line,
      m[2] ?? '',
      `PEP-514 violation in Windows Registry at ${m[1]}: exe does not exists`,
      'other',
      true,
    );
  return null;
}

/** A step virtualenv takes only while it still searches: the next candidate or PATH entry. */
function searchesOn(message: string): boolean {
  return (
    message.startsWith('proposed ') ||
    message.startsWith('discover PATH[') ||
    message.startsWith('get interpreter info via cmd: ') ||
    message.startsWith('got python info of ') ||
    message.startsWith('failed to query ') ||
    message.startsWith('failed to find interpreter for ') ||
    message.startsWith('RuntimeError: failed to find interpreter for ')
  );
}

/** A cheap test before any regex: milliseconds, a tox env's `env: 123 `, or a known first letter. */
function mayBeRecord(raw: string): boolean {
  const at = indentOf(raw);
  if (isDigitCode(raw.charCodeAt(at))) return digitsThenSpace(raw, at);
  if (codeIn(STARTS, raw.charCodeAt(at))) return true;
  return envThenRecord(raw);
}

/**
 * A tox env's record: its name, `: `, then milliseconds (`-vvv`) or, at `-vv`, the message
 * itself (`py312: find interpreter for spec … [python_discovery/_discovery.py:131]`).
 */
function envThenRecord(raw: string): boolean {
  return ENV_THEN_RECORD.test(raw);
}

/** A digit after a tox env's name and `: ` (a tox env's record). */
function envThenMilliseconds(raw: string): boolean {
  return ENV_THEN_MILLISECONDS.test(raw);
}
// Anchored, so that most lines fail at their first space or punctuation, never scanned whole.
const ENV_THEN_RECORD = new RegExp(
  `^[ \\t]{0,12}[\\w.-]{1,80}: [\\d${STARTING.replace(/[[\]\\^-]/g, '\\$&')}]`,
);
const ENV_THEN_MILLISECONDS = /^[ \t]{0,12}[\w.-]{1,80}: \d/;

/** The message of a virtualenv log record, or null when the line is not one. */
function recordOf(text: string): VenvRecord | null {
  let body = text;
  let tool: ToolName = 'virtualenv';
  let prefixed = false;
  const ms = mayHaveMilliseconds(text) ? MS_PREFIX.exec(text) : null;
  if (ms) {
    body = text.slice(ms[0].length);
    prefixed = true;
  } else {
    const logger = mayHaveLogger(text) ? LOGGER_PREFIX.exec(text) : null;
    if (logger) {
      body = text.slice(logger[0].length);
      prefixed = true;
      if (logger[1] === 'python_discovery') tool = 'python-discovery';
    } else {
      // Python logging's default format, under any logger (`INFO:root:failed to query …`, as a
      // program that calls virtualenv logs it): only a known message makes it a record.
      const plain = DEFAULT_FORMAT.exec(text);
      if (plain && isKnownStart(text.slice(plain[0].length))) {
        return recordOf(text.slice(plain[0].length));
      }
      const env = ENV_PREFIX.exec(text);
      if (env && isKnownStart(text.slice(env[0].length))) {
        body = text.slice(env[0].length);
        prefixed = true;
      } else if (!isKnownStart(text)) {
        return null;
      }
    }
  }
  const open = body.lastIndexOf(' [');
  if (open >= 0 && body.endsWith(']') && SUFFIX.test(body.slice(open))) {
    body = body.slice(0, open);
  } else if (ms && !isKnownStart(body)) {
    // Milliseconds and a message, but no record tail: only a known message makes it a record.
    return null;
  }
  if (!prefixed && !isKnownStart(body)) return null;
  return { message: body, tool };
}

/**
 * What MS_PREFIX cannot match without: a digit first, or a digit after the first `: ` (an env
 * name has neither `:` nor a space, so its `: ` is the line's first).
 */
function mayHaveMilliseconds(text: string): boolean {
  return isDigitCode(text.charCodeAt(0)) || envThenMilliseconds(text);
}

/** What LOGGER_PREFIX cannot match without: `[virtualenv`, `[python_discovery` or a level word first. */
function mayHaveLogger(text: string): boolean {
  switch (text.charCodeAt(0)) {
    case 91: // [
      return text.startsWith('[virtualenv') || text.startsWith('[python_discovery');
    case 68: // D
      return text.startsWith('DEBUG');
    case 73: // I
      return text.startsWith('INFO');
    case 87: // W
      return text.startsWith('WARNING');
    case 69: // E
      return text.startsWith('ERROR');
    case 67: // C
      return text.startsWith('CRITICAL');
    default:
      return false;
  }
}

/** KNOWN_START, run only on a message that opens with one of the words its messages open with. */
function isKnownStart(text: string): boolean {
  let opens: boolean;
  switch (text.charCodeAt(0)) {
    case 102: // f
      opens =
        text.startsWith('find interpreter ') ||
        text.startsWith('failed to ') ||
        text.startsWith('first subprocess ');
      break;
    case 112: // p
      opens = text.startsWith('proposed ');
      break;
    case 97: // a
      opens = text.startsWith('accepted ');
      break;
    case 100: // d
      opens = text.startsWith('discover ');
      break;
    case 103: // g
      opens = text.startsWith('get interpreter ') || text.startsWith('got python ');
      break;
    case 114: // r
      opens = text.startsWith('resolved shim ');
      break;
    case 80: // P
      opens = text.startsWith('PEP-514 ');
      break;
    case 82: // R
      opens = text.startsWith('RuntimeError: ');
      break;
    default:
      opens = false;
  }
  return opens && KNOWN_START.test(text);
}

// Messages specific enough to be read without the record's prefix or tail.
const KNOWN_START =
  /^(?:find interpreter for spec |(?:proposed|accepted) \w*PythonInfo\(|discover (?:exe|system) for |discover exe from cache |discover PATH\[|get interpreter info via cmd: |got python info of |resolved shim |failed to query |first subprocess attempt failed for|PEP-514 violation in Windows Registry |RuntimeError: failed to find interpreter for |failed to find interpreter for Builtin discover )/;

/**
 * `spec=CPython3.11.2.final.0-64, system=/x, exe=/y, platform=linux, …` → fields; the older
 * dict form `{'executable': '/y', 'system_executable': '/x', 'version_info': …}` as well.
 */
function infoFields(body: string): Partial<Record<'spec' | 'exe' | 'system' | 'version', string>> {
  if (body.startsWith('{')) {
    const exe = /'executable': u?'([^']+)'/.exec(body)?.[1];
    const system = /'system_executable': u?'([^']+)'/.exec(body)?.[1];
    const v = /'version_info': [^0-9]{0,80}(\d+)[^0-9]{1,40}(\d+)[^0-9]{1,40}(\d+)/.exec(body);
    return {
      exe,
      system: system !== exe ? system : undefined,
      version: v ? `${v[1]}.${v[2]}.${v[3]}` : undefined,
    };
  }
  const fields: Partial<Record<'spec' | 'exe' | 'system' | 'version', string>> = {};
  // `key=value` parts between `, `; only three keys are read, so only their values are copied.
  for (let start = 0; ;) {
    const end = body.indexOf(', ', start);
    const key = infoKeyAt(body, start);
    if (key) {
      let value = body.slice(start + key.length + 1, end < 0 ? body.length : end);
      // A record cut after `exe=/path,` still names its path.
      if (value.endsWith(',')) value = value.slice(0, -1);
      fields[key] = value;
    }
    if (end < 0) return fields;
    start = end + 2;
  }
}

/** `spec`, `exe` or `system` when `body` has that key and `=` at `at`. */
function infoKeyAt(body: string, at: number): 'spec' | 'exe' | 'system' | null {
  switch (body.charCodeAt(at)) {
    case 115: // s
      if (body.startsWith('spec=', at)) return 'spec';
      return body.startsWith('system=', at) ? 'system' : null;
    case 101: // e
      return body.startsWith('exe=', at) ? 'exe' : null;
    default:
      return null;
  }
}

function found(tool: ToolName, line: number, path: string, source: string): LogEvent | null {
  return path ? { type: 'found', tool, line, path, key: null, version: null, source } : null;
}

function queryFailed(tool: ToolName, line: number, path: string, detail: string): LogEvent {
  return {
    type: 'query-failed',
    tool,
    line,
    path,
    detail,
    reasonKind: failureKind(detail, path),
  };
}

function rejected(
  tool: ToolName,
  line: number,
  path: string,
  reason: string,
  reasonKind: ReasonKind,
  plain: boolean,
): LogEvent {
  return {
    type: 'rejected',
    tool,
    line,
    path,
    reason,
    reasonKind,
    source: null,
    ...(plain ? { plain } : {}),
  };
}

/** The first word of a command line, or its quoted first argument. */
function firstWord(command: string): string {
  const c = command.charAt(0);
  if (c === "'" || c === '"') {
    const end = command.indexOf(c, 1);
    return end > 0 ? command.slice(1, end) : '';
  }
  const space = command.indexOf(' ');
  return space < 0 ? command : command.slice(0, space);
}

function versionOfSpec(spec: string): string | null {
  const m = SPEC_VERSION.exec(spec);
  return m ? `${m[2]}.${m[3]}.${m[4]}` : null;
}

/** `PythonSpec(major=3, minor=12, free_threaded=False)` → `3.12`; other specs as written. */
function requestOfSpec(spec: string): string {
  const impl = /implementation=(\w+)/.exec(spec)?.[1];
  const major = /major=(\d+)/.exec(spec)?.[1];
  const minor = /minor=(\d+)/.exec(spec)?.[1];
  const path = /path=([^,)]+)/.exec(spec)?.[1];
  if (path) return path;
  const version = [major, minor].filter(Boolean).join('.');
  const flags = `${/free_threaded=True/.test(spec) ? 't' : ''}${/debug=True/.test(spec) ? 'd' : ''}`;
  return [impl, version ? `${version}${flags}` : ''].filter(Boolean).join(' ') || spec;
}

function unquote(text: string): string {
  const t = text.trim();
  const inner = t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
  return inner.replace(/\\n/g, '\n').trim();
}
