// Which platform an issue is about: the most specific one the evidence supports
// (nix > conda > docker > wsl > an operating system). What the reporter states (an issue-form
// answer, `OS: …`, a kernel string) counts most, then the shapes of paths and prompts anywhere in
// the text, then the title's words, then words in the prose and logs. An environment on top of an
// OS (conda, docker, WSL, nix) must explain the issue, not merely be installed, so it needs more
// than a passing mention; operating systems that tie are no answer.
import type { InterpreterKind } from '../model.js';
import { FORM_KEYS, LINE, LINE_GROUPS, SHAPES, WORDS, type Target } from './platform-cues.js';
import { requiredLiterals } from './required-literals.js';
import { covers, sampleTrigrams, Trigrams, type Samples, type Windows } from './trigrams.js';

export const PLATFORMS = [
  'nix',
  'conda',
  'docker',
  'wsl',
  'windows',
  'macos',
  'linux',
  'unknown',
] as const;
export type Platform = (typeof PLATFORMS)[number];

type Scores = Record<Target, number>;
type Add = (p: Target, weight: number, why: string) => void;

const WINDOWS_PATH = /^[a-z]:[\\/]|\\users\\|\.exe$/i;

// Interpreter paths the tool printed: each kind counts once, whatever the number of paths.
const PATH_CUES: [RegExp, Target, number][] = [
  [
    /\/nix\/store\/|\/\.nix-profile\/|\/run\/current-system\/|\/etc\/profiles\/per-user\//,
    'nix',
    3,
  ],
  [/^\/mnt\/[a-z]\/|\/\/wsl(?:\$|\.localhost)\//i, 'wsl', 3],
  [WINDOWS_PATH, 'windows', 3],
  [/^\/users\/|^\/opt\/homebrew\/|^\/library\/|^\/applications\//i, 'macos', 3],
  [/^\/home\//, 'linux', 2],
  // /usr and /opt exist on every Unix, macOS included.
  [/^\/usr\/|^\/root\/|^\/opt\/|^\/bin\//, 'linux', 1],
];
const CONDA_PATH =
  /[\\/](?:(?:mini|ana)conda\d*|miniforge\d*|mambaforge|micromamba|\.conda|\.pixi)[\\/]|^\/opt\/conda\//i;

// Enough to read the reporter's account and the logs' head and tail: the cues are many, and a
// 64 KB issue must be read in well under a millisecond.
const PROSE_SAMPLE = 4 * 1024;
const LOG_HEAD = 4 * 1024;
const LOG_TAIL = 2 * 1024;
// Words cost the most to look for and say the least: the reporter's first words and the head of
// the logs are enough for them.
const PROSE_WORDS = 3 * 1024;
const LOG_WORDS = 2 * 1024;
const MAX_LINES = 64;

const WORDS_GLOBAL = WORDS.map((cue) => new RegExp(cue.re.source, 'g'));
const LINK = /\bhttps?:\/\/[^\s)>\]]+/g;

/** What detectPlatform reads of the prose and of the log. */
export const PLATFORM_WINDOWS: Windows = {
  prose: [PROSE_WORDS, PROSE_SAMPLE],
  // A log no longer than head and tail together is read whole.
  logHead: [LOG_WORDS, LOG_HEAD, LOG_HEAD + LOG_TAIL],
  logTail: LOG_TAIL,
};

// Each cue with the literals it cannot match without: a text whose trigrams have none of them is
// not searched.
const SHAPE_LITERALS = SHAPES.map((cue) => requiredLiterals(cue.re));
const WORD_LITERALS = WORDS.map((cue) => requiredLiterals(cue.re));
// Removing a link joins a character that is no word character with a space or a closing mark:
// a literal holding such a pair could match across the join, where the trigrams never saw it.
const WORD_JOINS_LINKS = WORD_LITERALS.map((literals) =>
  (literals ?? []).some((l) => /[^\w][\s)>\]]/.test(l)),
);

// Needed for an environment to win over the OS it runs on.
const ENV_THRESHOLD = 3;
// What the reporter states outright.
const STATEMENT_WEIGHT = 6;

export interface PlatformInput {
  paths: readonly string[];
  interpreterKinds: readonly InterpreterKind[];
  logText: string;
  prose: string;
  form: Record<string, string>;
  /** The title; the prose's first line when not given (extract.ts puts it there). */
  title?: string;
  /** The trigrams of the prose and the log (see trigrams.ts), when the caller has them already. */
  samples?: Samples;
}

export function detectPlatform(input: PlatformInput): { platform: Platform; evidence: string[] } {
  const scores: Scores = {
    nix: 0,
    conda: 0,
    docker: 0,
    wsl: 0,
    windows: 0,
    macos: 0,
    linux: 0,
    other: 0,
  };
  const reasons = new Map<Target, string[]>();
  const add: Add = (p, weight, why) => {
    if (weight <= 0) return;
    scores[p] += weight;
    const list = reasons.get(p) ?? [];
    if (list.length < 4 && !list.includes(why)) list.push(why);
    reasons.set(p, list);
  };

  fromInterpreterPaths(input, add);
  const seen = covers(input.samples, PLATFORM_WINDOWS)
    ? input.samples
    : sampleTrigrams({ prose: input.prose, logText: input.logText }, PLATFORM_WINDOWS);
  // The sampled text holds prose and log (its head and tail, or all of it): a literal may be in
  // any of them.
  const wholeLog = input.logText.length <= LOG_HEAD + LOG_TAIL;
  const mayHold = (literals: readonly string[] | null) =>
    seen.prose.mayHold(literals, PROSE_SAMPLE) ||
    seen.logs.mayHold(literals, wholeLog ? Infinity : LOG_HEAD) ||
    (!wholeLog && seen.logTail.mayHold(literals));

  const prose = input.prose.slice(0, PROSE_SAMPLE);
  const logs = headAndTail(input.logText, LOG_HEAD, LOG_TAIL);
  const title = (input.title ?? firstLine(prose)).slice(0, 300);

  // What the reporter states in an issue form.
  for (const [key, value] of Object.entries(input.form)) {
    if (FORM_KEYS.test(key)) stated(value.slice(0, 500), `issue form "${key}"`, add);
  }

  // Statements, lines and shapes anywhere in the text, read in one string whose first part is
  // the first half of the prose and of the logs. The reporter speaks first, so what appears only
  // in the later halves (the maintainers' machines, as often as not) counts half.
  const proseHalf = lineAfterHalf(prose);
  const logsHalf = lineAfterHalf(logs);
  const text = `\n${prose.slice(0, proseHalf)}\n${logs.slice(0, logsHalf)}\n${prose.slice(proseHalf)}\n${logs.slice(logsHalf)}`;
  const boundary = proseHalf + logsHalf + 3;
  const weigh = (index: number, weight: number) => (index < boundary ? weight : weight / 2);
  fromLines(text, weigh, add);
  SHAPES.forEach((cue, i) => {
    const m = mayHold(SHAPE_LITERALS[i] ?? null) ? cue.re.exec(text) : null;
    if (m) add(cue.target, weigh(m.index, cue.weight), cue.why);
  });

  // Words: the title's weigh most, the prose's less (more when repeated), the logs' least.
  // Words in links name repositories and pages, not the reporter's machine.
  const lowerTitle = title.toLowerCase();
  const proseWords = prose.slice(0, PROSE_WORDS).toLowerCase();
  const lowerProse = proseWords.includes('http') ? proseWords.replace(LINK, '') : proseWords;
  const lowerLogs = logs.slice(0, LOG_WORDS).toLowerCase();
  const titleTrigrams = new Trigrams().add(lowerTitle);
  for (const [i, cue] of WORDS.entries()) {
    const literals = WORD_LITERALS[i] ?? null;
    if (cue.title && titleTrigrams.mayHold(literals) && cue.re.test(lowerTitle))
      add(cue.target, cue.title, `the title names ${cue.why}`);
    if (cue.prose && (WORD_JOINS_LINKS[i] || seen.prose.mayHold(literals, PROSE_WORDS))) {
      const times = countUpTo(WORDS_GLOBAL[i], lowerProse, 3);
      if (times) add(cue.target, cue.prose + (times - 1) / 2, `the text names ${cue.why}`);
    }
    if (cue.log && seen.logs.mayHold(literals, LOG_WORDS) && cue.re.test(lowerLogs))
      add(cue.target, cue.log, `the log names ${cue.why}`);
  }

  const platform = decide(scores);
  const evidence: string[] = [];
  const first: Target = platform === 'unknown' ? 'other' : platform;
  for (const p of new Set<Target>([first, ...(Object.keys(scores) as Target[])])) {
    for (const why of reasons.get(p) ?? []) if (evidence.length < 8) evidence.push(`${p}: ${why}`);
  }
  return { platform, evidence };
}

function fromInterpreterPaths(input: PlatformInput, add: Add) {
  const paths = [...new Set(input.paths)];
  for (const [re, p, weight] of PATH_CUES) {
    const hit = paths.find((path) => re.test(path));
    if (hit !== undefined) add(p, weight, `path ${hit.slice(0, 80)}`);
  }
  const conda = paths.filter((path) => CONDA_PATH.test(path));
  // One conda interpreter among many found is not the issue; conda's alone may be.
  if (conda.length)
    add('conda', conda.length * 2 > paths.length ? 2 : 1, `path ${(conda[0] ?? '').slice(0, 80)}`);
  // Store shims and registry installs have Windows paths: the kind adds nothing to them.
  if (!paths.some((path) => WINDOWS_PATH.test(path))) {
    for (const kind of new Set(input.interpreterKinds)) {
      if (kind === 'windows-store-shim' || kind === 'registry')
        add('windows', 3, `a ${kind} interpreter`);
    }
  }
}

/** Kernel strings, prompts, Dockerfile lines and `OS: …` statements (LINE), each kind once. */
function fromLines(text: string, weigh: (index: number, weight: number) => number, add: Add) {
  const seen = new Set<number>();
  let n = 0;
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m && n < MAX_LINES; m = LINE.exec(text), n++) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const cue = LINE_GROUPS[group];
    if (!cue) {
      // A statement: its value names the platform.
      const why = `"${m[0].trim().slice(0, 60)}"`;
      const at = m.index;
      stated(m[m.length - 1] ?? '', why, (p, weight) => add(p, weigh(at, weight), why));
    } else if (!seen.has(group)) {
      seen.add(group);
      // WSL's kernel names Microsoft or WSL in its release string.
      const wsl = group === 1 && /microsoft|wsl/i.test(m[0]);
      add(wsl ? 'wsl' : cue.target, weigh(m.index, wsl ? 4 : cue.weight), cue.why);
    }
  }
}

function decide(scores: Scores): Platform {
  for (const p of ['nix', 'conda', 'docker', 'wsl'] as const) {
    if (scores[p] >= ENV_THRESHOLD) return p;
  }
  const ranked = (['windows', 'macos', 'linux', 'other'] as const)
    .filter((p) => scores[p] > 0)
    .sort((a, b) => scores[b] - scores[a]);
  const [top, second] = ranked;
  // Evidence for two systems in equal measure (a form with every box ticked) names neither.
  if (!top || top === 'other' || (second && scores[second] === scores[top])) return 'unknown';
  return top;
}

/** A statement's value (`Ubuntu 22.04 on Windows 10`, `Mac 15.6`): the platforms it names. */
function stated(value: string, why: string, add: Add) {
  // The first clause is the answer: `Linux. Also seen on macOS` states Linux.
  const lower = value.toLowerCase().split(/[.;] /, 1)[0] ?? '';
  const named = new Set<Target>();
  for (const cue of WORDS)
    if (cue.prose > 0 && cue.target !== 'conda' && cue.re.test(lower)) named.add(cue.target);
  if (/\bconda\b|\bmamba\b|\bminiforge/.test(lower)) named.add('conda');
  // `Ubuntu on Windows` is WSL, not both systems.
  if (named.has('wsl')) {
    named.delete('windows');
    named.delete('linux');
  }
  for (const p of named) add(p, STATEMENT_WEIGHT, why);
}

/** How many times `re` (global) matches in `text`, counting no further than `max`. */
function countUpTo(re: RegExp | undefined, text: string, max: number): number {
  if (!re) return 0;
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.exec(text)) n++;
  return n;
}

/** Where the line that crosses the middle of `text` ends: halves never split a path. */
function lineAfterHalf(text: string): number {
  const end = text.indexOf('\n', text.length >> 1);
  return end < 0 ? text.length : end;
}

function firstLine(text: string): string {
  const start = text.search(/\S/);
  if (start < 0) return '';
  const end = text.indexOf('\n', start);
  return end < 0 ? text.slice(start) : text.slice(start, end);
}

function headAndTail(text: string, head: number, tail: number): string {
  return text.length <= head + tail ? text : `${text.slice(0, head)}\n${text.slice(-tail)}`;
}
