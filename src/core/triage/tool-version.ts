// Which version of the issue's tool the text states, as printed (`0.4.30`, `v5`, `20b1`,
// `2024.12.10`, `v2021.4.727679055-dev`), or null. The tool's own words come first: the version
// line of its log, then an issue-form answer, then `<tool> version: …` statements, then what
// `<tool> --version` printed, then the title, then the tool named with a version anywhere (a
// package list, an install line, an extension's folder). Versions of Python or of other
// packages never count: every pattern is anchored on one of the tool's names.
import { escapeRegExp } from '../text.js';
import type { LogEvent, ToolName } from './events.js';
import type { ExtractedText } from './extract.js';

// A version as tools print them: two to four numbers, pre-release, dev and local parts, a
// Homebrew revision (`_1`), a `git describe` tail (`2.3.17-5-ga57e0b50`); or a short pre-release
// (`20b1`). Bounded repeats only.
const VERSION =
  'v?(?:\\d{1,4}(?:\\.\\d{1,12}){1,3}(?:[-.]?(?:alpha|beta|preview|pre|rc|a|b|c|dev|post|insiders)(?![a-z])\\.?\\d{0,12}|_\\d{1,3}){0,3}(?:\\+[\\w.]{1,60}|-\\d{1,4}-g[0-9a-f]{7,12})?|\\d{1,4}(?:a|b|rc)\\d{1,3})(?!\\.?\\d)';
// A release tag, as GitHub Actions are referred to: `actions/setup-python@v5`.
const TAG = 'v\\d{1,3}(?![\\w.])';

interface Names {
  /** Names the tool goes by anywhere (`uv`, `python-build` for pyenv, `ms-python.python`). */
  names: string[];
  /** Names used only in `… version: X` statements (`Extension version`, `Action version`). */
  labels: string[];
}

// How the text refers to each tool when it states a version.
const NAMES: Partial<Record<ToolName, Names>> = {
  pyenv: { names: ['pyenv', 'python-build'], labels: [] },
  'pyenv-win': { names: ['pyenv-win', 'pyenv'], labels: [] },
  micromamba: { names: ['micromamba', 'mamba'], labels: [] },
  'python-environment-tools': { names: ['python-environment-tools', 'pet'], labels: [] },
  'vscode-python': {
    names: ['ms-python.python'],
    labels: ['python extension', 'extension'],
  },
  'vscode-python-environments': {
    names: ['ms-python.vscode-python-envs'],
    labels: ['python environments extension', 'python environments', 'extension'],
  },
  // `actions/setup-python@v5`: the name after the owner is enough.
  'setup-python': { names: ['setup-python'], labels: ['action'] },
  'setup-uv': { names: ['setup-uv'], labels: ['action'] },
  homebrew: { names: ['homebrew', 'brew'], labels: [] },
};

// Issue-form headings that ask for the version of the repository's tool.
const GENERIC_FORM_KEYS = new Set(['version', 'action version', 'extension version']);

// Versions are stated early (the report, the head of a log) or in a log's last lines.
const PROSE_CAP = 32 * 1024;
const LOG_HEAD = 32 * 1024;
const LOG_TAIL = 8 * 1024;

interface Patterns {
  /**
   * `**Poetry version**: 1.1.4`, `UV Tool Version: 0.3.2`, `PDM version:\n  2.1.0`,
   * `Extension version (…): v2021.1.5`, `Poetry\nVersion: 1.8.3` (`poetry debug info`).
   */
  label: RegExp;
  /** A line that starts with the tool and its version: `uv 0.4.30 (…)`, `Poetry (version 1.8.2)`, `PDM, version 2.10.0`. */
  line: RegExp;
  /** What follows `<tool> --version`: `2024.12.10 linux-x64`, `1.7.1`. */
  command: RegExp;
  /** The tool named with a version anywhere: `uv 0.4.8`, `tox-uv==1.2.3`, `uv-0.2.4`, `setup-python@v5`. */
  mentions: RegExp;
  /**
   * `upgraded my uv install (from 0.1.11 to 0.1.15)`: the release the upgrade ended at; within one
   * clause, and not `… to 2.0.0 of mypkg` (another package's).
   */
  upgraded: RegExp;
  /** A shape only this tool prints (mise: `2024.12.10 linux-x64`). */
  own?: RegExp;
  /**
   * Where a package manager installed this release: `/Cellar/pyenv/1.2.14_1/`,
   * `/nix/store/<hash>-uv-0.4.30/`, `site-packages/poetry-1.1.8.dist-info`.
   */
  installed: RegExp;
}

// Shapes of a version line that name no tool but belong to one.
const OWN: Partial<Record<ToolName, RegExp>> = {
  // `mise doctor` (`version: 2024.11.6 windows-x64 (…)`), `mise --version`, its crash reports.
  mise: new RegExp(`(${VERSION}) (?:linux|macos|windows|freebsd)-(?:x64|arm64|armv7)\\b`),
};

// Built once per tool: a tool's patterns are the same for every issue.
const cache = new Map<ToolName, Patterns>();

function patternsFor(tool: ToolName): Patterns {
  const known = cache.get(tool);
  if (known) return known;
  const { names, labels } = NAMES[tool] ?? { names: [tool], labels: [] };
  const name = alternation(names);
  const patterns: Patterns = {
    label: new RegExp(
      `${bounded(labels.concat(names), '[\\w.-]')}[\`'"]?(?:[ _-]?(?:tool|package|extension|action|cli))?(?:[ _-]?|[ \\t]{0,8}\\n[ \\t]{0,8}(?=version))(?:version|ver\\.?)?\\*{0,3}[ \\t]{0,8}(?:\\([^)\\n]{0,80}\\)[ \\t]{0,8})?(?:[:=]|(?<=version) is)[ \\t]{0,8}\\*{0,3}\\s{0,40}[\`'"(]{0,2}(${VERSION}|${TAG})`,
      'i',
    ),
    line: new RegExp(
      `(?:${name})(?<=\\n[ \\t>$#%]{0,6}(?:${name}))(?:\\.exe)?(?:,? version |,? \\(version | v?| )(${VERSION})`,
      'i',
    ),
    command: new RegExp(
      `${bounded(names, '[\\w.-]')}(?:\\.exe)? (?:--version|-V|version)\`{0,3}[ \\t]{0,8}\\n(?:[ \\t]{0,8}\`{3}[^\\n]{0,20}\\n)?[ \\t]{0,8}(${VERSION})`,
      'i',
    ),
    mentions: new RegExp(
      `${bounded(names, '[\\w-]')}(?:\\.exe)?(?: version| v|,? version| \\(version)? ?(?:(?:==|@|-|\\s{1,30})(${VERSION})|@(${TAG}))`,
      'gi',
    ),
    upgraded: new RegExp(
      `\\b(?:upgrad|updat)(?:e|ed|ing)\\b[^.;\\n]{0,40}?(?<![\\w-])(?:${name})(?![\\w-])[^.;\\n]{0,60}?\\bfrom \\\`?${VERSION}\\\`? to \\\`?(${VERSION})(?!\\\`?\\s{1,3}of\\s(?!course\\b))`,
      'i',
    ),
    own: OWN[tool],
    installed: new RegExp(
      `(?:/Cellar/(?:${name})/|/nix/store/[0-9a-z]{32}-(?:${name})-|[/\\\\](?:${name})-(?=[^/\\\\\\s]{1,40}\\.dist-info\\b))(${VERSION})`,
      'i',
    ),
  };
  cache.set(tool, patterns);
  return patterns;
}

export function detectToolVersion(
  tool: ToolName,
  events: readonly LogEvent[],
  text: ExtractedText,
): string | null {
  const fromLog = events.find(
    (e): e is Extract<LogEvent, { type: 'tool-version' }> =>
      e.type === 'tool-version' && e.tool === tool,
  );
  if (fromLog) return fromLog.version;

  const p = patternsFor(tool);
  const names = NAMES[tool]?.names ?? [tool];
  for (const [key, value] of Object.entries(text.form)) {
    // A heading that asks (`uv version`, `Version of pipx`), not a title that happens to say both.
    const asks =
      GENERIC_FORM_KEYS.has(key) ||
      (key.length <= 40 &&
        /\bversion\b/.test(key) &&
        names.some((n) =>
          new RegExp(`(?<![\\w-])${escapeRegExp(n.toLowerCase())}(?![\\w-])`).test(key),
        ));
    if (!asks) continue;
    // A generic `Version` answer that names Python is Python's version.
    if (GENERIC_FORM_KEYS.has(key) && /^\W*(?:c?python|py)\b/i.test(value)) continue;
    const v = ANY_VERSION.exec(value.slice(0, 500))?.[1];
    if (v) return v;
  }

  const prose = text.prose.slice(0, PROSE_CAP);
  const logs =
    text.logText.length <= LOG_HEAD + LOG_TAIL
      ? text.logText
      : `${text.logText.slice(0, LOG_HEAD)}\n${text.logText.slice(-LOG_TAIL)}`;
  const both = `${prose}\n${logs}`;
  const title = text.title || prose.slice(0, prose.indexOf('\n') >>> 0);

  const mentioned = (s: string) => inUse(p.mentions, s, MAX_MENTIONS, () => true);
  const stated =
    p.label.exec(both)?.[1] ??
    p.line.exec(`\n${both}`)?.[1] ??
    p.command.exec(both)?.[1] ??
    p.own?.exec(both)?.[1] ??
    p.installed.exec(both)?.[1] ??
    // `20.0.2: can't find the system python`: a title that opens with the version.
    TITLE_VERSION.exec(title.trim())?.[1] ??
    mentioned(title) ??
    p.upgraded.exec(prose)?.[1] ??
    mentioned(prose) ??
    mentioned(logs) ??
    bareInTitle(title);
  return stated === null ? null : fuller(stated, both, p.mentions);
}

/**
 * The first of the tool's mentions in `s` that names the release in use and that `accept`s:
 * `Starting with conda 24.9.0, …` and `before uv 0.5` are bounds of a range, and `from uv 0.4.1 to
 * 0.4.2` ends at the release in use.
 */
function inUse(
  mentions: RegExp,
  s: string,
  max: number,
  accept: (version: string) => boolean,
): string | null {
  mentions.lastIndex = 0;
  for (let n = 0; n < max; n++) {
    const m = mentions.exec(s);
    if (!m) return null;
    if (isBound(s, m.index)) continue;
    const to = UPGRADED_TO.exec(s.slice(m.index + m[0].length, m.index + m[0].length + 80));
    const version = to?.[1] ?? m[1] ?? m[2] ?? null;
    if (version !== null && accept(version)) return version;
  }
  return null;
}

/** Whether what comes before `at` makes the version there a bound of a range. */
function isBound(s: string, at: number): boolean {
  return BOUND_BEFORE.test(s.slice(Math.max(0, at - 40), at));
}

/**
 * `uv 0.2` in the title and `uv-0.2.2` installed further down: the release is the fuller one.
 * Only a version of two numbers is widened, and only by the tool's own mentions of a release in use.
 */
function fuller(version: string, text: string, mentions: RegExp): string {
  if (!/^v?\d+\.\d+$/.test(version)) return version;
  const prefix = `${version.replace(/^v/, '')}.`;
  return (
    inUse(mentions, text, MAX_MENTIONS * 4, (v) => v.replace(/^v/, '').startsWith(prefix)) ??
    version
  );
}

/**
 * The title names a release without the tool's name (`… on 20.22.0`, `… in 1.7.0`, `4.27.0
 * set_env …`): at its start or after `in`/`on`/`with`/`of`/`since`. A bound (`Since 4.3.3`,
 * `Starting in 0.5.0`, `Fixed in 4.12.1`) is not the release in use. Versions shaped like
 * Python's (2.x, 3.x) or an OS's (Ubuntu's `22.04`, Windows' `10.0.22631`, next to an OS's name)
 * are left alone.
 */
function bareInTitle(title: string): string | null {
  const head = title.slice(0, 300);
  // A /g pattern: reset, since an early return leaves it part-way.
  const versions = BARE_TITLE_VERSION;
  versions.lastIndex = 0;
  for (let m = versions.exec(head), n = 0; m && n < MAX_MENTIONS; m = versions.exec(head), n++) {
    const version = m[1] ?? '';
    const at = m.index + m[0].length - version.length;
    if (isBound(head, at) || PYTHON_OR_OS_VERSION.test(version)) continue;
    const around = `${head.slice(Math.max(0, at - 30), at)} ${head.slice(at + version.length, at + version.length + 30)}`;
    if (!OS_NAME.test(around)) return version;
  }
  return null;
}
// Python's 2.x/3.x, Ubuntu's `22.04` (two numbers only: `20.10.0` may be a release), Windows' builds.
const PYTHON_OR_OS_VERSION = /^v?(?:[23]\.\d|\d\d\.(?:04|10)$|10\.0\.\d{4,})/;
const OS_NAME =
  /\b(?:windows|win|macos|os x|osx|ubuntu|debian|fedora|rhel|centos|alpine|sonoma|sequoia|ventura|monterey|darwin|kernel|build)\b/i;

const MAX_MENTIONS = 5;
const BOUND_BEFORE =
  /\b(?:since|starting (?:with|from|in|at)|before|prior to|until|up to|older than|fixed (?:in|by|with))\b[^.\n]{0,24}$/i;
const UPGRADED_TO = new RegExp(`^\`?\\s{0,3}(?:to|->|→|=>)\\s{1,3}\`?(${VERSION})`);
const TITLE_VERSION = new RegExp(`^\\[?(${VERSION})\\]?:`);
const BARE_TITLE_VERSION = new RegExp(
  `(?:^\\W{0,3}|\\b(?:in|on|with|of|since)\\s{1,3})(${VERSION})(?![\\w-])`,
  'gi',
);
const ANY_VERSION = new RegExp(`(?<![\\w.])(${VERSION})`);

function alternation(names: readonly string[]): string {
  return names.map(escapeRegExp).join('|');
}

/**
 * The names, each not preceded by `before`: the name comes first so that the scan looks for it,
 * and the lookbehind checks only where one was found.
 */
function bounded(names: readonly string[], before: string): string {
  return `(?:${names.map((n) => `${escapeRegExp(n)}(?<!${before}${escapeRegExp(n)})`).join('|')})`;
}
