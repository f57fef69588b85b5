// Which tool an issue is about, read from the log and the text. The repository's own tool
// (repo-tools.ts, passed by index.ts) comes first; this is what the text says when there is none.
// Each kind of evidence adds to a tool's score: the title most, then an issue-form answer, the
// commands typed, the tool's own log lines, and last the names in the prose. A tool that runs
// another (tox runs virtualenv, VS Code lists conda environments) takes the issue when both are
// named, since a tox issue carries virtualenv's log.
import { TOOL_NAMES, type LogEvent, type ToolName } from './events.js';
import type { ExtractedText } from './extract.js';
import { requiredLiterals } from './required-literals.js';
import { COMMANDS, GENERIC, NAMES, RUNS } from './tool-names.js';
import { covers, sampleTrigrams, Trigrams, type Samples, type Windows } from './trigrams.js';

export { detectToolVersion } from './tool-version.js';

const TITLE_FIRST = 8;
const TITLE_OTHER = 5;
const FORM = 6;
const COMMAND = 4;
const LOG_VERSION = 5;
const LOG_EVENTS = 3;
const LOG_ERROR = 1;
// Version-manager shims speak inside any tool's log.
const SHIM_EVENTS = 1;
// A host named this strongly (the title, a command) takes its guest's issue.
const HOST_MIN = 4;

const PROSE_SAMPLE = 4 * 1024;
const LOG_SAMPLE = 2 * 1024;
const COMMAND_SAMPLE = 6 * 1024;
const MAX_MENTIONS = 3;

/** What detectTool reads of the prose and of the log. */
export const TOOL_WINDOWS: Windows = {
  prose: [PROSE_SAMPLE, COMMAND_SAMPLE],
  logHead: [LOG_SAMPLE, COMMAND_SAMPLE],
  logTail: 0,
};

// Each pattern with the literals it cannot match without: a text whose trigrams have none of
// them is not searched.
const NAMES_GLOBAL = NAMES.map(
  ([tool, re]) => [tool, new RegExp(re.source, 'g'), requiredLiterals(re)] as const,
);
const NAME_LITERALS = NAMES.map(([, re]) => requiredLiterals(re));
const COMMAND_LITERALS = COMMANDS.map(([, re]) => requiredLiterals(re));

type Add = (tool: ToolName, weight: number, strong?: boolean) => void;

/** `samples`: the text's trigrams (see trigrams.ts), when the caller has them already. */
export function detectTool(
  events: readonly LogEvent[],
  text: ExtractedText,
  samples?: Samples,
): ToolName | null {
  const seen = covers(samples, TOOL_WINDOWS) ? samples : sampleTrigrams(text, TOOL_WINDOWS);
  const scores = new Map<ToolName, number>();
  // Named where only the issue's own tool is: the title, a form answer, its own log lines.
  const strong = new Set<ToolName>();
  const add: Add = (tool, weight, isStrong = false) => {
    scores.set(tool, (scores.get(tool) ?? 0) + weight);
    if (isStrong) strong.add(tool);
  };

  fromLog(events, add);
  fromForm(text.form, add);

  const title = text.title.toLowerCase().slice(0, 300);
  // Each tool once, where the title first names it.
  const firstAt = new Map<ToolName, number>();
  // No pattern matches an empty title: an issue without one runs none of them.
  const titleTrigrams = title ? new Trigrams().add(title) : null;
  NAMES.forEach(([tool, re], i) => {
    if (!titleTrigrams?.mayHold(NAME_LITERALS[i] ?? null)) return;
    const at = re.exec(title)?.index ?? -1;
    if (at >= 0 && at < (firstAt.get(tool) ?? Infinity)) firstAt.set(tool, at);
  });
  const named = [...firstAt].sort((a, b) => a[1] - b[1]);
  named.forEach(([tool], i) => {
    // `a virtualenv` in a title is as often the noun as the tool.
    const weight = (i === 0 ? TITLE_FIRST : TITLE_OTHER) / (GENERIC.has(tool) ? 2 : 1);
    add(tool, weight, true);
  });

  const prose = text.prose.slice(0, COMMAND_SAMPLE);
  const logs = text.logText.slice(0, COMMAND_SAMPLE);
  COMMANDS.forEach(([tool, re], i) => {
    const literals = COMMAND_LITERALS[i] ?? null;
    if (
      (seen.prose.mayHold(literals, COMMAND_SAMPLE) && re.test(prose)) ||
      (seen.logs.mayHold(literals, COMMAND_SAMPLE) && re.test(logs))
    )
      add(tool, COMMAND);
  });

  // The title opens the prose: it has been counted.
  const body = prose.slice(text.title ? prose.indexOf('\n') + 1 : 0, PROSE_SAMPLE).toLowerCase();
  const logHead = logs.slice(0, LOG_SAMPLE).toLowerCase();
  for (const [tool, re, literals] of NAMES_GLOBAL) {
    const weight = GENERIC.has(tool) ? 0.5 : 1;
    const inBody = seen.prose.mayHold(literals, PROSE_SAMPLE) ? count(re, body) : 0;
    const inLog = seen.logs.mayHold(literals, LOG_SAMPLE) ? count(re, logHead) : 0;
    add(tool, weight * inBody + (weight / 2) * inLog);
  }
  // Output channels pasted as prose are still the extension's own log.
  if (
    (seen.prose.mayHold(VSCODE_LOG_LITERALS, PROSE_SAMPLE) && VSCODE_LOG.test(body)) ||
    (seen.logs.mayHold(VSCODE_LOG_LITERALS, LOG_SAMPLE) && VSCODE_LOG.test(logHead))
  )
    add('vscode-python', LOG_EVENTS, true);

  let best: ToolName | null = null;
  for (const [tool, score] of scores)
    if (score > 0 && (!best || score > (scores.get(best) ?? 0))) best = tool;
  if (!best) return null;
  best = hostOf(best, scores, strong, named[0]?.[0] ?? null);
  // pyenv does not run on Windows: there, pyenv is pyenv-win.
  if (best === 'pyenv' && ((scores.get('pyenv-win') ?? 0) > 0 || WINDOWS.test(`${prose}\n${logs}`)))
    return 'pyenv-win';
  return best;
}

// `Info 2021-09-30 17:43:04: …`, the extension's older output channel.
const VSCODE_LOG =
  / 20\d\d-\d\d-\d\d \d\d:\d\d:\d\d: (?<=(?:^|\n)(?:info|error|warn) 20\d\d-\d\d-\d\d \d\d:\d\d:\d\d: )/;
const VSCODE_LOG_LITERALS = requiredLiterals(VSCODE_LOG);
const WINDOWS = /:\\(?<=[A-Za-z]:\\)|\bpyenv\.bat\b|\bpowershell\b/i;

/** The tool whose log lines these are: a version line counts most, a bare error least. */
function fromLog(events: readonly LogEvent[], add: Add) {
  const kinds = new Map<ToolName, 'version' | 'events' | 'error'>();
  // Runs of events of one tool and kind change nothing after the first.
  let lastTool: ToolName | null = null;
  let lastKind: string | null = null;
  for (const e of events) {
    const tool = e.tool === 'findpython' ? 'pdm' : e.tool;
    const kind =
      e.type === 'tool-version' ? 'version' : e.type === 'final-error' ? 'error' : 'events';
    if (tool === lastTool && kind === lastKind) continue;
    lastTool = tool;
    lastKind = kind;
    const known = kinds.get(tool);
    if (!known || kind === 'version' || (kind === 'events' && known === 'error'))
      kinds.set(tool, kind);
  }
  for (const [tool, kind] of kinds) {
    if (tool === 'pyenv' || tool === 'pyenv-win') add(tool, SHIM_EVENTS);
    else if (kind === 'version') add(tool, LOG_VERSION);
    else add(tool, kind === 'events' ? LOG_EVENTS : LOG_ERROR, true);
  }
}

// `<tool> version`, for each of TOOL_NAMES.
const VERSION_KEYS = TOOL_NAMES.map((t) => `${t} version`);

/** `### uv version`, `### Tool: pdm`, `### Version: uv 0.9.2`. */
function fromForm(form: Record<string, string>, add: Add) {
  for (const [key, value] of Object.entries(form)) {
    if (key.length > 40) continue;
    const keyed = TOOL_NAMES.find((t, i) => key === t || key.startsWith(VERSION_KEYS[i] as string));
    if (keyed) {
      add(keyed, FORM, true);
      continue;
    }
    if (/^(?:tool|which tool|package manager)/.test(key)) {
      const named = NAMES.find(([, re]) => re.test(value.toLowerCase().slice(0, 200)));
      if (named) add(named[0], FORM, true);
    } else if (key.includes('version')) {
      // `### Version` answered `uv 0.9.2 (…)`: the form asks for the tool's own version.
      const word = /^\s*([a-z][\w-]*)/i.exec(value)?.[1]?.toLowerCase();
      const tool = TOOL_NAMES.find((t) => t === word);
      if (tool) add(tool, FORM, true);
    }
  }
}

/**
 * The tool that runs `tool` and is named enough itself (tox for virtualenv), if any. A tool the
 * title names first keeps its issue unless the host is named as strongly (its own log, the title).
 */
function hostOf(
  tool: ToolName,
  scores: ReadonlyMap<ToolName, number>,
  strong: ReadonlySet<ToolName>,
  titleFirst: ToolName | null,
): ToolName {
  let current = tool;
  for (let hops = 0; hops < 3; hops++) {
    let host: ToolName | null = null;
    for (const [candidate, guests] of Object.entries(RUNS) as [ToolName, readonly ToolName[]][]) {
      const score = scores.get(candidate) ?? 0;
      const enough = current === titleFirst ? strong.has(candidate) : score >= HOST_MIN;
      if (guests.includes(current) && enough && (!host || score > (scores.get(host) ?? 0)))
        host = candidate;
    }
    if (!host) break;
    current = host;
  }
  return current;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < MAX_MENTIONS && re.exec(text)) n++;
  return n;
}
