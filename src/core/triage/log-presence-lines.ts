// The shape of one line: is it a record a logger printed (a level, a timestamp, a logger name, a
// source location), and how sure is that? Tools print DEBUG/TRACE records, logger-name prefixes and
// source locations only when asked to be verbose; INFO/WARN/ERROR records and timestamps also come
// from ordinary runs. Every test is anchored and bounded: linear on any input.

export type LineShape =
  /** Only a verbose run prints this: a DEBUG/TRACE record, a debug-format source location. */
  | 'verbose'
  /** A formatted log record: timestamped, or a level followed by a logger name. */
  | 'record'
  /** A bare level word (`INFO:`, `mise WARN`, `[Error]`): ordinary output prints these too. */
  | 'level'
  /** A shell trace line (`+ command`), as `set -x` prints. */
  | 'xtrace'
  /** An autoconf `checking for …... yes` line: a build log. */
  | 'configure'
  | 'other';

const MAX_READ = 400;

// A docker build (BuildKit) step prefix: `#12 0.531 `. It says nothing about verbosity by itself.
const BUILDKIT = /^#\d{1,5} \d{1,6}\.\d{1,4} /;
// A leading date-time, bracketed or not (ISO, VS Code, env_logger, spack's `-` separated form),
// or a time of day with fractions of a second (a bare `[00:00:01]` is a progress bar's clock);
// `==> ` is spack's prefix before its debug timestamp.
const TIMESTAMP =
  /^(?:==> )?\[?(?:\d{4}-\d\d-\d\d[T _-]\d\d:\d\d(?::\d\d)?(?:[.,]\d{1,9})?|\d\d:\d\d:\d\d[.,]\d{1,9})(?:Z|[+-]\d\d:?\d\d)?\]?:? +/;
// The old VS Code Python output channel: `Info 2021-09-29 12:19:50: message`.
// In VS Code's developer console the extension's name comes between (`console.ts:137 [Extension
// Host] Info Python Extension: 2019-09-30 09:06:07: …`).
const WORD_LEVEL_TIMESTAMP =
  /^(?:[\w.-]{1,60}\.[jt]s:\d{1,6} \[Extension Host\] )?(Info|Warn|Warning|Error|Debug|Trace|Verbose) (?:[\w ]{1,40}: )?\d{4}-\d\d-\d\d \d\d:\d\d:\d\d:/;
// Seconds since start, as tracing subscribers print them (`0.002668s`, `0.005s   0ms`).
const UPTIME = /^\d{1,6}\.\d{1,9}s +(?:\d{1,6}m?s +)?/;
// GitHub Actions runner debug records.
const RUNNER_DEBUG = '##[debug]';

const LEVEL_WORD =
  /^(TRACE|DEBUG|VERBOSE|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL)(?:[ :\]]|$)/;
const BRACKET_LEVEL =
  /^\[(trace|debug|verbose|info|notice|warn|warning|error|critical|fatal)\](?: |$)/i;
// A bracketed level with the record's date and time: `[DEBUG 2022-2-8 8:36:10.504]: …` (the VS
// Code Python extension's output channel in 2021–2022, and other loggers').
export const BRACKET_LEVEL_STAMP =
  /^\[(TRACE|DEBUG|VERBOSE|INFO|WARN|WARNING|ERROR|CRITICAL) \d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,9})?\]:? /i;
// Lower-case padded levels before a logger (micromamba: `debug    libmamba …`, `info     libcurl …`).
const PADDED_LOWER_LEVEL = /^(trace|debug|info|warning|error|critical) {2,}[a-z][\w-]{1,30} /;
// After a level: a logger or module name (`uv_resolver::resolver`, `pdm.termui:`, `conda.core:`).
const LOGGER_AFTER_LEVEL = /^ {0,8}[\w-]+(?:(?:::|\.)[\w-]+)+[ :\]]|^:[\w.-]+:/;

// virtualenv's debug format ends a record with `[LEVEL module:line]`.
const LEVEL_LOCATION_SUFFIX =
  /\[(?:DEBUG|INFO|WARNING|ERROR|CRITICAL|NOTSET) +[\w.<>-]{1,80}:\d{1,6}\]$/;
// tox 4's debug format: `env: <ms> <level letter> message [path:line]`.
const TOX_DEBUG = /^[\w.-]{1,80}: \d{1,9} [DIWEC] /;
// A Python source location closing a record: debug formats print it (tox, many loggers).
const SOURCE_LOCATION_SUFFIX = /\[[\w./\\<>-]{1,200}\.py:\d{1,6}\]$/;
// A logger name in brackets before the message: `[urllib3.connectionpool] …`, `[filelock:filelock] …`.
const BRACKET_LOGGER = /^\[[A-Za-z_][\w-]{1,60}(?:[.:][\w-]{1,60}){0,8}\] +[^\s#]/;
// A dotted logger name before the message: `pdm.termui: …`. Module names are lower case; a
// capitalised last part is an exception's class (`requests.exceptions.ConnectionError: …`).
const DOTTED_LOGGER = /^[a-z_][\w-]{0,60}(?:\.[a-z_][\w-]{0,60}){1,8}:[ \t]+\S/;
// A tracing span opening, as tree-shaped Rust logs print it: `uv_resolver::resolver::solve …`.
const RUST_SPAN = /^[a-z_]\w{0,60}(?:::[a-z_]\w{0,60}){1,10}(?: +\w{1,40}=| *$)/;
// pipx's verbose records: `(setup:1110): …`, older `pipx >(setup:757): …` and `pipx > (setup:567): …`.
const PIPX_LOCATION = /^(?:pipx > ?)?\(\w{1,60}:\d{1,6}\):? /;
// A shell trace with PS4 set to show the script and line (pyenv's PYENV_DEBUG does this).
const PS4_TRACE = /^\+{1,6} \[[^\]\s]{1,120}:\d{1,6}\] /;
const XTRACE = /^\+{1,6} \S/;
// Poetry's resolver trace: `   1: fact: …`, `   2: derived: …`, `   1: selecting …`.
const SOLVER_TRACE =
  /^ {0,6}\d{1,6}: (?:fact|derived|conflict|selecting|not selecting|Version solving|Tried \d|Retrying|! )/;
// Lines pip prints only with -v/-vv, urllib3's debug request lines, and Poetry's debug-only notes.
const VERBOSE_ONLY_MESSAGE =
  /^(?:Created temporary directory: |Using pip \d\S* from |Non-user install because |Found link |Skipping link|Fetched page |Getting page |Looking up "|Starting new HTTPS? connection|Created build tracker|Removed build tracker|Loading configuration file |Adding repository \S+ \(|Deactivating the PyPI repository|Using virtualenv: |Trying (?:python|pypy)[\w.]{0,12} *$|Trying to detect current active python|Checking if keyring is available|Using keyring backend |Creating new session for |Source \([^()]{1,80}\): \d+ packages? found for )|^https?:\/\/\S{1,300}:\d{1,5} "(?:GET|POST|HEAD|PUT) /;
const CONFIGURE = /^checking (?:for |whether |if |how )?[^\n]{1,200}?\.\.\. /;

/** Reads the shape of one line. */
export function lineShape(raw: string): LineShape {
  let line = raw.length > MAX_READ ? raw.slice(0, MAX_READ) : raw;
  line = line.trimStart();
  if (!line) return 'other';
  const first = line.charCodeAt(0);

  let timed = false;
  // Prefixes come in layers (a docker step, then a timestamp, then a level): peel them.
  if (first === 35 /* # */ && BUILDKIT.test(line)) line = line.replace(BUILDKIT, '');
  const c = line.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 91 /* [ */ || c === 61 /* = */) {
    const stamp = TIMESTAMP.exec(line);
    if (stamp) {
      timed = true;
      line = line.slice(stamp[0].length);
    } else {
      const uptime = UPTIME.exec(line);
      if (uptime) {
        timed = true;
        line = line.slice(uptime[0].length);
      }
    }
  } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
    // Anchored: a line in lower case fails at once unless it opens with a console location.
    const vscode = WORD_LEVEL_TIMESTAMP.exec(line);
    if (vscode) return /^(?:Debug|Trace|Verbose)/.test(vscode[1] ?? '') ? 'verbose' : 'record';
  }
  if (line.startsWith(RUNNER_DEBUG)) return 'verbose';

  const level = levelOf(line);
  if (level === 'debug') return 'verbose';
  if (level === 'logged') return 'record';
  if (timed) {
    // `2024-09-24 15:45:25,744 - name - DEBUG - message`: the level may come after a name.
    const head = line.slice(0, 80);
    return head.includes('DEBUG') || head.includes('TRACE') ? 'verbose' : 'record';
  }
  if (level === 'plain') return 'level';

  // The location closes the record, so read it off the end of the whole line, however long.
  const end = raw.trimEnd();
  if (end.charCodeAt(end.length - 1) === 93 /* ] */) {
    const tail = end.length > 300 ? end.slice(-300) : end;
    if (LEVEL_LOCATION_SUFFIX.test(tail) || SOURCE_LOCATION_SUFFIX.test(tail)) return 'verbose';
  }
  return shapeWithoutLevel(line);
}

/** `debug`: a DEBUG/TRACE record; `logged`: another level with a logger name; `plain`: a bare level. */
function levelOf(line: string): 'debug' | 'logged' | 'plain' | null {
  const c = line.charCodeAt(0);
  let word: string | null = null;
  let rest = '';
  if (c >= 65 && c <= 90) {
    const m = LEVEL_WORD.exec(line);
    if (m) {
      word = m[1] ?? '';
      rest = line.slice(word.length);
    }
  } else if (c === 91 /* [ */) {
    const m = BRACKET_LEVEL.exec(line);
    if (m) {
      word = (m[1] ?? '').toUpperCase();
      rest = line.slice(m[0].length);
    } else {
      // Stamped, it is a formatted record whatever follows.
      const stamped = BRACKET_LEVEL_STAMP.exec(line)?.[1]?.toUpperCase();
      if (stamped)
        return stamped === 'TRACE' || stamped === 'DEBUG' || stamped === 'VERBOSE'
          ? 'debug'
          : 'logged';
    }
  } else if (c >= 97 && c <= 122) {
    const m = PADDED_LOWER_LEVEL.exec(line);
    // Its warnings and errors come in ordinary runs too; info only with `-v`.
    if (m) return m[1] === 'trace' || m[1] === 'debug' || m[1] === 'info' ? 'debug' : 'plain';
  }
  if (word === null) return null;
  if (word === 'TRACE' || word === 'DEBUG' || word === 'VERBOSE') return 'debug';
  return LOGGER_AFTER_LEVEL.test(rest) ? 'logged' : 'plain';
}

function shapeWithoutLevel(line: string): LineShape {
  switch (line.charCodeAt(0)) {
    case 91: // [
      return BRACKET_LOGGER.test(line) ? 'record' : 'other';
    case 40: // (
      return PIPX_LOCATION.test(line) ? 'verbose' : 'other';
    case 43: // +
      if (PS4_TRACE.test(line)) return 'verbose';
      return XTRACE.test(line) ? 'xtrace' : 'other';
    case 99: // c
      if (CONFIGURE.test(line)) return 'configure';
      break;
    default:
      break;
  }
  const c = line.charCodeAt(0);
  if (c >= 48 && c <= 57 && SOLVER_TRACE.test(line)) return 'verbose';
  if (c >= 97 && c <= 122) {
    if (PIPX_LOCATION.test(line)) return 'verbose';
    if (DOTTED_LOGGER.test(line) || RUST_SPAN.test(line)) return 'record';
  }
  if (TOX_DEBUG.test(line)) return 'record';
  if (VERBOSE_ONLY_MESSAGE.test(line)) return 'verbose';
  return 'other';
}
