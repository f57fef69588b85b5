// Facts from events and text: which tool and version, which platform, and which interpreters were
// found, turned down (and why), and chosen.
import type { InterpreterKind } from '../model.js';
import { DISCOVERY_LOG_EVENTS, type LogEvent, type ToolName } from './events.js';
import type { ExtractedText } from './extract.js';
import { verboseBlockLines } from './log-presence.js';
import { kindOfPath as pathKind } from './path-kind.js';
import { detectPlatform, PLATFORM_WINDOWS, type Platform } from './platform.js';
import type { ReasonKind } from './reason-kinds.js';
import { detectTool, detectToolVersion, TOOL_WINDOWS } from './tool.js';
import { joinWindows, sampleTrigrams } from './trigrams.js';

export interface InterpreterMention {
  path: string;
  interpreterKind: InterpreterKind;
}

export interface Found extends InterpreterMention {
  key: string | null;
  version: string | null;
  source: string | null;
}

export interface Rejection extends InterpreterMention {
  /** In the tool's own words. */
  reason: string;
  kind: ReasonKind;
  source: string | null;
}

export interface TriageFacts {
  /** The tool the issue is about. */
  tool: ToolName | null;
  /** The tool whose log lines were read (a tox issue may carry a virtualenv log). */
  logTool: ToolName | null;
  toolVersion: string | null;
  platform: Platform;
  platformEvidence: string[];
  request: string | null;
  found: Found[];
  rejected: Rejection[];
  skipped: Rejection[];
  selected: (InterpreterMention & { version: string | null }) | null;
  finalError: string | null;
  finalErrorCauses: string[];
  hints: string[];
  /** A verbose discovery log is present (not only a final error or a version line). */
  hasDiscoveryLog: boolean;
  eventCount: number;
}

const LIST_CAP = 200;

export function factsOf(
  events: readonly LogEvent[],
  text: ExtractedText,
  context: { tool?: ToolName | null } = {},
): TriageFacts {
  // Logs name the same few paths many times: classify each once.
  const kinds = new Map<string, InterpreterKind>();
  const kindOfPath = (path: string) => {
    let kind = kinds.get(path);
    if (kind === undefined) kinds.set(path, (kind = pathKind(path)));
    return kind;
  };
  // The detectors' samples of the text, scanned once for all their cues.
  const samples = sampleTrigrams(text, joinWindows(TOOL_WINDOWS, PLATFORM_WINDOWS));
  const tool = detectTool(events, text, samples);
  const issueTool = context.tool ?? tool;
  const readable = tool ? toolsReadFor([tool, issueTool]) : null;
  const own = (e: LogEvent) => !readable || readable.has(e.tool);

  const found = new Map<string, Found>();
  const rejected = new Map<string, Rejection>();
  const skipped = new Map<string, Rejection>();
  let selected: TriageFacts['selected'] = null;
  let finalError: Extract<LogEvent, { type: 'final-error' }> | null = null;
  let request: string | null = null;

  for (const e of events) {
    if (!own(e)) continue;
    switch (e.type) {
      case 'found':
        if (!found.has(e.path) && found.size < LIST_CAP)
          found.set(e.path, {
            path: e.path,
            key: e.key,
            version: e.version,
            source: e.source,
            interpreterKind: kindOfPath(e.path),
          });
        break;
      case 'rejected':
      case 'skipped': {
        const target = e.type === 'rejected' ? rejected : skipped;
        const id = `${e.reasonKind}\u0000${e.path}`;
        const known = target.get(id);
        if (known) known.reason = withReason(known.reason, e.reason);
        else if (target.size < LIST_CAP)
          target.set(id, {
            path: e.path,
            reason: e.reason,
            kind: e.reasonKind,
            source: e.source,
            interpreterKind: kindOfPath(e.path),
          });
        break;
      }
      case 'query-failed': {
        const id = `${e.reasonKind}\u0000${e.path}`;
        const reason = firstNonBlankLine(e.detail) ?? 'query failed';
        const known = rejected.get(id);
        if (known) known.reason = withReason(known.reason, reason);
        else if (rejected.size < LIST_CAP)
          rejected.set(id, {
            path: e.path,
            reason,
            kind: e.reasonKind,
            source: null,
            interpreterKind: e.interpreterKind ?? kindOfPath(e.path),
          });
        break;
      }
      case 'selected':
        selected = { path: e.path, version: e.version, interpreterKind: kindOfPath(e.path) };
        break;
      case 'final-error':
        finalError = e;
        break;
      case 'request':
      case 'search':
        request ??= e.request;
        break;
      case 'tool-version':
        break;
    }
  }

  const mentions = [
    ...found.values(),
    ...rejected.values(),
    ...skipped.values(),
    ...(selected ? [selected] : []),
  ];
  const { platform, evidence } = detectPlatform({
    paths: mentions.map((m) => m.path),
    interpreterKinds: mentions.map((m) => m.interpreterKind),
    logText: text.logText,
    prose: text.prose,
    form: text.form,
    samples,
  });
  const fe = finalError;
  return {
    tool: issueTool,
    logTool: tool,
    toolVersion: issueTool ? detectToolVersion(issueTool, events, text) : null,
    platform,
    platformEvidence: evidence,
    request,
    found: [...found.values()],
    rejected: [...rejected.values()],
    skipped: [...skipped.values()],
    selected,
    finalError: fe?.message ?? null,
    finalErrorCauses: fe?.causes ?? [],
    hints: fe?.hints ?? [],
    hasDiscoveryLog: showsDiscoverySteps(events, text),
    eventCount: events.length,
  };
}

/**
 * The log shows discovery steps: a step only a verbose run prints, or a step the tool prints
 * anyway (`Using /usr/bin/python3 to create virtualenv…`) inside the output of a verbose run.
 */
function showsDiscoverySteps(events: readonly LogEvent[], text: ExtractedText): boolean {
  let inVerboseBlock: ((line: number) => boolean) | null = null;
  for (const e of events) {
    if (!DISCOVERY_LOG_EVENTS.has(e.type) || e.ranOnly) continue;
    if (e.type === 'query-failed' && e.fromError) continue;
    if (!e.plain) return true;
    inVerboseBlock ??= verboseBlockLines(text);
    if (inVerboseBlock(e.line)) return true;
  }
  return false;
}

// The tools whose discovery another runs for it: their lines in its log are its own findings.
const DELEGATES: Partial<Record<ToolName, readonly ToolName[]>> = {
  tox: ['virtualenv', 'python-discovery', 'tox-uv', 'uv'],
  'tox-uv': ['tox', 'uv', 'virtualenv'],
  virtualenv: ['python-discovery'],
  'python-discovery': ['virtualenv'],
  pdm: ['findpython', 'virtualenv', 'uv'],
  findpython: ['pdm'],
  poetry: ['findpython', 'virtualenv'],
  hatch: ['virtualenv', 'uv'],
  pipenv: ['virtualenv'],
  pipx: ['virtualenv', 'uv'],
  rye: ['uv'],
  pixi: ['uv', 'conda'],
  conda: ['micromamba'],
  micromamba: ['conda'],
  'vscode-python': ['python-environment-tools', 'vscode-python-environments'],
  'vscode-python-environments': ['python-environment-tools', 'vscode-python'],
  'python-environment-tools': ['vscode-python', 'vscode-python-environments'],
  'setup-uv': ['uv'],
  mise: ['asdf'],
  asdf: ['mise'],
};

// Version-manager shims print their own complaints inside any tool's log.
const SHIMS: readonly ToolName[] = ['pyenv', 'pyenv-win'];

/** The tools whose events count for an issue about these tools. */
function toolsReadFor(tools: readonly (ToolName | null)[]): Set<ToolName> {
  const read = new Set<ToolName>(SHIMS);
  for (const tool of tools) {
    if (!tool) continue;
    read.add(tool);
    for (const delegate of DELEGATES[tool] ?? []) read.add(delegate);
  }
  return read;
}

/** The first line with something on it, trimmed (a detail's first line is its summary). */
function firstNonBlankLine(text: string): string | null {
  for (let start = 0; start <= text.length;) {
    const end = text.indexOf('\n', start);
    const line = (end < 0 ? text.slice(start) : text.slice(start, end)).trim();
    if (line) return line;
    if (end < 0) break;
    start = end + 1;
  }
  return null;
}

const MAX_REASON = 1000;

/** A second reason the tool gave for the same interpreter is kept beside the first. */
function withReason(known: string, reason: string): string {
  if (known.includes(reason) || known.length >= MAX_REASON) return known;
  return `${known}; ${reason}`.slice(0, MAX_REASON);
}
