// uv's discovery messages, one log record at a time, in every wording uv has used (0.1 to 0.12):
// which records are read at all, what was asked and searched, which interpreters were found or
// merely probed, which one was used. Turn-downs are uv-turndowns.ts's; framing (levels, spans,
// continuation lines) is uv-records.ts's.
import { backticked, isDigitCode, withoutEdgeBackticks } from './lines.js';
import { parseIgnoring, parseSkipping } from './uv-turndowns.js';
import { event, type MessageContext, type UvStep } from './uv-step.js';

// Message starts this grammar reads, by first character; all other records are skipped unread.
const INTERESTING: Partial<Record<string, readonly string[]>> = {
  u: ['uv '],
  F: [
    'Found `',
    'Found managed ',
    'Found Python ',
    'Found possible Python executable: ',
    'Found cached interpreter info for ',
    'Found a Python ',
    'Found a virtual',
    'Found active virtual environment',
  ],
  I: [
    'Ignoring Python interpreter at `',
    'Ignoring Python intepreter at `',
    'Ignoring malformed managed Python entry:',
  ],
  T: ["The virtual environment's Python ", "The script environment's Python "],
  S: [
    'Skipping interpreter at ',
    'Skipping bad interpreter',
    'Skipping unexecutable interpreter',
    'Skipping missing interpreter',
    'Skipping broken virtualenv',
    'Skipping managed installation',
    'Skipping incompatible managed installation',
    'Skipping pre-release',
    'Skipping debug installation',
    'Skipping alternative implementation',
    'Skipping Python interpreter (',
    'Searching for ',
    'Searching PATH for executables',
    'Starting Python discovery',
    'Starting toolchain discovery',
    'Starting interpreter discovery',
  ],
  U: [
    'Using Python ',
    'Using CPython ',
    'Using PyPy ',
    'Using GraalPy ',
    'Using cached markers for: ',
  ],
  L: ['Looking for '],
  C: [
    'Checking for Python interpreter ',
    'Checking for Python environment at',
    'Checking `PATH` directory for interpreters',
    'Cached interpreter info for ',
  ],
  Q: ['Querying interpreter executable at '],
  P: ['Probing interpreter info for: '],
  D: ['Detecting markers for: '],
};
/**
 * `Found CPython 3.12.3 at …` (0.2.3–0.2.28): `Found `, letters, a space and a digit at `at`,
 * the digit among the first `within` characters.
 */
function isOldFound(text: string, at: number, within = Infinity): boolean {
  if (!text.startsWith('Found ', at)) return false;
  let i = at + 6;
  while (isAsciiLetter(text.charCodeAt(i))) i++;
  return (
    i > at + 6 &&
    text.charCodeAt(i) === 32 &&
    isDigitCode(text.charCodeAt(i + 1)) &&
    i + 1 - at < within
  );
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// Messages distinctive enough to read when a paste dropped their level token.
const BARE: Partial<Record<string, readonly string[]>> = {
  I: ['Ignoring Python interpreter at `', 'Ignoring Python intepreter at `'],
  S: [
    'Skipping interpreter at `',
    'Skipping bad interpreter at ',
    'Skipping unexecutable interpreter at ',
    'Skipping managed installation `',
    'Skipping incompatible managed installation `',
    'Skipping pre-release installation ',
    'Skipping debug installation ',
  ],
  F: ['Found a Python 2 installation ', 'Found a Python installation that', 'Found `'],
};

// The tables as decision trees on single characters: looked up for every log line, so a line
// is compared with the two or three prefixes that share its telling characters, not with all.
// A node either tells its branches apart by the character at `at` (indexed by its code, every
// prefix being ASCII) or, a leaf, lists the few prefixes left.
interface PrefixTree {
  at: number;
  next: readonly (PrefixTree | undefined)[] | null;
  prefixes: readonly string[];
}

const INTERESTING_TREE = prefixTree(Object.values(INTERESTING).flat());
const BARE_TREE = prefixTree(Object.values(BARE).flat());

/**
 * Splits the prefixes on the first character (most lines of a log start with one no prefix
 * has), then on the character that tells most of the rest apart, until few are left.
 */
function prefixTree(prefixes: readonly (string | undefined)[], root = true): PrefixTree {
  const list = prefixes.filter((p): p is string => !!p);
  const at = root ? 0 : tellingPosition(list);
  if (at < 0) return { at, next: null, prefixes: list };
  const groups = new Map<number, string[]>();
  for (const p of list) {
    const code = p.charCodeAt(at);
    const group = groups.get(code);
    if (group) group.push(p);
    else groups.set(code, [p]);
  }
  const next: (PrefixTree | undefined)[] = new Array<PrefixTree | undefined>(128).fill(undefined);
  for (const [code, group] of groups) next[code] = prefixTree(group, false);
  return { at, next, prefixes: [] };
}

/** The position where the prefixes differ most; -1 when they are few enough to compare whole. */
function tellingPosition(list: readonly string[]): number {
  if (list.length <= 3) return -1;
  const shortest = Math.min(...list.map((p) => p.length));
  let at = -1;
  let most = 1;
  for (let d = 0; d < shortest; d++) {
    const distinct = new Set(list.map((p) => p.charCodeAt(d))).size;
    if (distinct > most) [at, most] = [d, distinct];
  }
  return at;
}

/** Whether `text` has one of the tree's prefixes at `at`. */
function startsWithAny(text: string, at: number, tree: PrefixTree): boolean {
  let node = tree;
  while (node.next) {
    const code = text.charCodeAt(at + node.at);
    const next = code < 128 ? node.next[code] : undefined;
    if (!next) return false;
    node = next;
  }
  for (const prefix of node.prefixes) if (text.startsWith(prefix, at)) return true;
  return false;
}

export function isInterestingMessage(text: string, at: number): boolean {
  if (startsWithAny(text, at, INTERESTING_TREE)) return true;
  return isOldFound(text, at, 40);
}

export function isBareMessage(text: string, at: number): boolean {
  if (!startsWithAny(text, at, BARE_TREE)) return false;
  // `Found \`key\` at \`path\` (source)` is uv's only when the path follows the key.
  return !text.startsWith('Found `', at) || text.includes('` at `', at);
}

export function parseUvMessage(
  message: string,
  more: readonly string[],
  line: number,
  ctx: MessageContext,
): UvStep | null {
  const msg = message.trimEnd();
  // Cheap dispatch on the first letter keeps TRACE noise from reaching the patterns.
  switch (msg.charAt(0)) {
    case 'u': {
      const v = isDigitCode(msg.charCodeAt(3))
        ? /^uv (\d+\.\d+\.\d+[0-9A-Za-z.+-]*)/.exec(msg)
        : null;
      return v ? event({ type: 'tool-version', tool: 'uv', line, version: v[1] ?? '' }) : null;
    }
    case 'F':
      return parseFound(msg, line);
    case 'I':
      return parseIgnoring(msg, more, line);
    case 'S':
      return parseSkipping(msg, more, line, ctx) ?? parseSearchStart(msg, line);
    case 'U':
      return parseUsing(msg, line) ?? parseRequest(msg, line) ?? probed(msg);
    case 'L':
    case 'C':
      return parseSearchStart(msg, line) ?? probed(msg);
    case 'T':
      return parseEnvironmentCheck(msg, line);
    case 'Q':
    case 'P':
    case 'D':
      return probed(msg);
    default:
      return null;
  }
}

// --- found ------------------------------------------------------------------------------------

// Environments found before querying (0.1.x–0.2.x): the directory, and where it came from.
const ENVIRONMENTS: [string, string][] = [
  ['Found a virtualenv through VIRTUAL_ENV at: ', 'active virtual environment'],
  ['Found a virtualenv through CONDA_PREFIX at: ', 'conda prefix'],
  ['Found active virtual environment (via CONDA_PREFIX) at: ', 'conda prefix'],
  ['Found a virtualenv named .venv at: ', 'virtual environment'],
  ['Found a virtualenv at: ', 'virtual environment'],
  ['Found a virtual environment at: ', 'virtual environment'],
];

function parseFound(msg: string, line: number): UvStep | null {
  // Found `cpython-3.12.8-linux-x86_64-gnu` at `/path/python3.12` (search path)   [0.2.29+]
  if (msg.startsWith('Found `')) {
    const keyEnd = msg.indexOf('` at `', 7);
    const srcStart = msg.lastIndexOf('` (');
    if (keyEnd < 0 || srcStart < keyEnd + 6 || !msg.endsWith(')')) return null;
    const key = msg.slice(7, keyEnd);
    return event({
      type: 'found',
      tool: 'uv',
      line,
      key,
      path: msg.slice(keyEnd + 6, srcStart),
      version: versionOfKey(key),
      source: msg.slice(srcStart + 3, -1),
    });
  }
  // The next two open with `Found <letters> <digit>`: neither runs on other messages.
  const oldFound = isOldFound(msg, 0);
  // Found Python 3.11.8 for: /path   |   Found Python 3.11.8 at /path   [0.1.x–0.2.2, probing]
  const probedFound = oldFound
    ? /^Found Python (\d+\.\d+\.\d+\S*) (?:for:|at) (?!`)/.exec(msg)
    : null;
  if (probedFound)
    return {
      kind: 'candidate',
      path: msg.slice(probedFound[0].length).trim(),
      version: probedFound[1] ?? null,
      source: null,
    };
  // Found CPython 3.12.3 at `/path` (search path)   [0.2.3–0.2.28]
  const old = oldFound ? /^Found ([A-Za-z]+) (\d+\.\d+\.\d+\S*) at `/.exec(msg) : null;
  if (old) {
    const srcStart = msg.lastIndexOf('` (');
    if (srcStart < old[0].length || !msg.endsWith(')')) return null;
    return event({
      type: 'found',
      tool: 'uv',
      line,
      key: null,
      version: old[2] ?? null,
      path: msg.slice(old[0].length, srcStart),
      source: msg.slice(srcStart + 3, -1),
    });
  }
  // The other shapes are told apart by the word after `Found `.
  const word = msg.charCodeAt(6);
  // Found Python interpreter CPython 3.12.0 at /path from search path   [0.2.0–0.2.2]
  const oldest =
    word === 80 /* P */ && msg.startsWith('Found Python interpreter ')
      ? /^Found Python interpreter [A-Za-z]+ (\d+\.\d+\.\d+\S*) at (.+) from (.+)$/.exec(msg)
      : null;
  if (oldest)
    return event({
      type: 'found',
      tool: 'uv',
      line,
      key: null,
      version: oldest[1] ?? null,
      path: oldest[2] ?? '',
      source: oldest[3] ?? null,
    });
  // Found managed installation `cpython-3.12.8-linux-x86_64-gnu`   [0.2.22+; `toolchain` before]
  if (word === 109 /* m */ && msg.startsWith('Found managed ')) {
    const key = backticked(msg)?.value ?? '';
    return key
      ? event({
          type: 'found',
          tool: 'uv',
          line,
          key,
          path: key,
          version: versionOfKey(key),
          source: 'managed installations',
        })
      : null;
  }
  if (word === 97 /* a */) return foundEnvironment(msg, line);
  // A probe: `Found possible Python executable: …`, `Found cached interpreter info …`.
  return word === 112 /* p */ || word === 99 /* c */ ? probed(msg) : null;
}

/** `Found a …` and `Found active …`: an unsupported Python 2, or an environment by its directory. */
function foundEnvironment(msg: string, line: number): UvStep | null {
  // Found a Python 2 installation that isn't supported by uv, skipping.   [0.1.x; no path]
  if (
    msg.startsWith('Found a Python ') &&
    /^Found a Python (?:2 )?installation that isn't supported by uv/.test(msg)
  )
    return { kind: 'unsupported', reason: msg.trim() };
  for (const [prefix, source] of ENVIRONMENTS) {
    if (msg.startsWith(prefix)) {
      const path = msg.slice(prefix.length).trim();
      return path
        ? event({ type: 'found', tool: 'uv', line, key: null, version: null, path, source })
        : null;
    }
  }
  return null;
}

// Executables uv is about to query, or has queried from its cache (TRACE since 0.2, DEBUG in 0.1).
const PROBES = [
  'Found possible Python executable: ',
  'Querying interpreter executable at ',
  'Probing interpreter info for: ',
  'Detecting markers for: ',
  'Using cached markers for: ',
];
const CACHED_PROBE =
  /^(?:Found cached interpreter info|Cached interpreter info) for Python (\S+), skipping (?:query of|probing): /;

function probed(msg: string): UvStep | null {
  let length = 0;
  let version: string | null = null;
  for (const opening of PROBES) {
    if (msg.startsWith(opening)) {
      length = opening.length;
      break;
    }
  }
  if (
    !length &&
    (msg.startsWith('Found cached interpreter info ') || msg.startsWith('Cached interpreter info '))
  ) {
    const m = CACHED_PROBE.exec(msg);
    if (m) {
      length = m[0].length;
      version = m[1] ?? null;
    }
  }
  if (!length) return null;
  const path = msg.slice(length).trim();
  if (!path) return null;
  return {
    kind: 'candidate',
    path,
    version,
    source: msg.startsWith('Found possible') ? 'search path' : null,
  };
}

const PATH_DIR = 'Checking `PATH` directory for interpreters: ';
const ENV_AT = 'Checking for Python environment at';

// --- searches, requests, selections -----------------------------------------------------------

// Request wordings after `Looking for ` (0.9.27+) and the older fixed forms.
const LOOKING =
  /^Looking for (?:exact match for request |relaxed patch version )?(?=a default Python|any Python|Python|python |CPython|PyPy|GraalPy|Pyodide|executable name|path `|directory `|cpython-|pypy-|graalpy-)/;
const STARTING = /^Starting (Python|toolchain|interpreter) discovery for /;
const CHECKING = /^Checking for Python interpreter (at|in) /;

function parseSearchStart(msg: string, line: number): UvStep | null {
  const searching = parseSearching(msg, line);
  if (searching) return searching;
  const start = msg.startsWith('Starting ') ? STARTING.exec(msg) : null;
  if (start) return search(line, msg.slice(start[0].length).trim(), `${start[1] ?? ''} discovery`);
  const checking = msg.startsWith('Checking for Python interpreter ') ? CHECKING.exec(msg) : null;
  if (checking)
    return search(
      line,
      msg.slice(checking[0].length).trim(),
      checking[1] === 'at' ? 'provided path' : 'provided directory',
    );
  const looking = msg.startsWith('Looking for ') ? LOOKING.exec(msg) : null;
  if (looking) {
    // `Looking for Python 3.12 attempt 2 (fallback after failing to find: …)`
    const request = msg.slice(looking[0].length).replace(/ attempt \d+ \(.*\)$/, '');
    return search(line, request.trim(), 'installations');
  }
  if (msg.startsWith(PATH_DIR)) return search(line, null, msg.slice(PATH_DIR.length).trim());
  // Checking for Python environment at: `.venv`   (no colon 0.5.26–0.7.22): a project's environment.
  if (msg.startsWith(ENV_AT)) {
    const dir = backticked(msg, ENV_AT.length)?.value;
    return dir ? search(line, null, `environment at \`${dir}\``) : null;
  }
  if (msg.startsWith('Searching PATH for executables: ')) return search(line, null, 'search path');
  return null;
}

/**
 * `The virtual environment's Python version satisfies the request: `3.12``, `… does not satisfy
 * `Python 3.9``, `… meets the Python requirement: `>=3.9``: uv checking the project's (or a
 * script's) environment against the request. The environment's path is not printed: a step of
 * the search, not a turn-down of a path.
 */
function parseEnvironmentCheck(msg: string, line: number): UvStep | null {
  const m = ENVIRONMENT_CHECK.exec(msg);
  if (!m) return null;
  const request = withoutEdgeBackticks((m[4] ?? '').trim()) || null;
  return search(line, request, `the ${m[1]} environment (${m[2]} ${m[3]})`);
}
const ENVIRONMENT_CHECK =
  /^The (\w+) environment's Python (version|interpreter) (satisfies|does not satisfy|meets|does not meet)(?: the (?:request|Python requirement|Python preference))?:? ?(.*)$/;

function search(line: number, request: string | null, scope: string): UvStep {
  return event({ type: 'search', tool: 'uv', line, request, scope });
}

function parseSearching(msg: string, line: number): UvStep | null {
  if (!msg.startsWith('Searching for ')) return null;
  const body = msg.slice(14);
  // Searching for managed installations at `…`   (`managed toolchains` 0.2.10–0.2.21)
  if (body.startsWith('managed installations') || body.startsWith('managed toolchains'))
    return search(line, null, 'managed installations');
  if (body.startsWith('a compatible version')) return null;
  const withName = body.indexOf(' with ');
  if (body.startsWith('Python interpreter with ') && withName >= 0)
    return search(line, body.slice(withName + 6), 'search path');
  const at = body.lastIndexOf(' in ');
  if (at < 0) return null;
  let request = body.slice(0, at);
  if (request.startsWith('a ')) request = request.slice(2);
  else if (request.startsWith('an ')) request = request.slice(3);
  if (request.endsWith(' interpreter')) request = request.slice(0, -12);
  return search(line, request === 'Python' ? null : request, body.slice(at + 4));
}

function parseRequest(msg: string, line: number): UvStep | null {
  // Using Python request `3.12` from version file at `.python-version`
  if (!msg.startsWith('Using Python request ')) return null;
  const body = msg.slice(21);
  const from = body.lastIndexOf(' from ');
  if (from < 0) return null;
  const request = withoutEdgeBackticks(body.slice(0, from));
  return event({ type: 'request', tool: 'uv', line, request, origin: body.slice(from + 6) });
}

/** `Using CPython 3.12.8 interpreter at: /path`, `Using Python 3.12.2 environment at /root`. */
export function parseUsing(msg: string, line: number): UvStep | null {
  const m =
    /^Using (?:[A-Za-z]+ )?(\d+\.\d+\.\d+[0-9A-Za-z.+]*) (?:interpreter|environment) at:? (.+)$/.exec(
      msg.trim(),
    );
  // `… interpreter at /path for builds` (`uv pip compile`) names the build interpreter only.
  if (!m || m[2]?.endsWith(' for builds')) return null;
  return event({
    type: 'selected',
    tool: 'uv',
    line,
    path: (m[2] ?? '').trim(),
    version: m[1] ?? null,
  });
}

function versionOfKey(key: string): string | null {
  return /^[a-z]+-(\d+\.\d+\.\d+[0-9a-z]*)/.exec(key)?.[1] ?? null;
}
