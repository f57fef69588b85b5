// Facts from events and text: which tool and version, which platform, and which interpreters were
// found, turned down (and why), and chosen.
import type { InterpreterKind } from '../model.js';
import { DISCOVERY_LOG_EVENTS, TOOL_NAMES, type LogEvent, type ToolName } from './events.js';
import type { ExtractedText } from './extract.js';
import { kindOfPath as pathKind } from './path-kind.js';
import { detectPlatform, type Platform } from './platform.js';
import type { ReasonKind } from './reason-kinds.js';

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
  tool: ToolName | null;
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

export function factsOf(events: readonly LogEvent[], text: ExtractedText): TriageFacts {
  // Logs name the same few paths many times: classify each once.
  const kinds = new Map<string, InterpreterKind>();
  const kindOfPath = (path: string) => {
    let kind = kinds.get(path);
    if (kind === undefined) kinds.set(path, (kind = pathKind(path)));
    return kind;
  };
  const tool = detectTool(events, text);
  const own = (e: LogEvent) =>
    !tool ||
    e.tool === tool ||
    e.tool === 'pyenv' ||
    (tool === 'pdm' && e.tool === 'findpython') ||
    (tool === 'tox' && e.tool === 'virtualenv');

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
        if (!target.has(id) && target.size < LIST_CAP)
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
        const reason =
          e.detail
            .split('\n')
            .find((l) => l.trim())
            ?.trim() ?? 'query failed';
        if (!rejected.has(id) && rejected.size < LIST_CAP)
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
  });
  const fe = finalError;
  return {
    tool,
    toolVersion: tool ? detectToolVersion(tool, events, text) : null,
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
    hasDiscoveryLog: events.some(
      (e) =>
        DISCOVERY_LOG_EVENTS.has(e.type) &&
        e.tool !== 'pyenv' &&
        !(e.type === 'query-failed' && e.fromError),
    ),
    eventCount: events.length,
  };
}

// Commands people type, strongest evidence after the log itself.
const COMMANDS: [RegExp, ToolName][] = [
  [
    /(?:^|[\s`$>(])uv(?:\.exe)? (?:-[-\w]+ )*(?:venv|sync|run|pip|python|init|add|lock|tool|tree|export|build|publish|self)\b/m,
    'uv',
  ],
  [/(?:^|[\s`$>(])uvx (?:--?[\w-]+ )*\w/m, 'uv'],
  [/(?:^|[\s`$>(])virtualenv (?:-[-\w]+ ?)*/m, 'virtualenv'],
  [/(?:^|[\s`$>(])poetry (?:env|install|lock|add|run|shell|update|show|sync)\b/m, 'poetry'],
  [/(?:^|[\s`$>(])pdm (?:use|install|add|lock|sync|run|venv|init|python)\b/m, 'pdm'],
  [/(?:^|[\s`$>(])pipx (?:install|run|reinstall|upgrade|inject|list)\b/m, 'pipx'],
  [/(?:^|[\s`$>(])tox(?: -[-\w]+| run| -e)/m, 'tox'],
  [/(?:^|[\s`$>(])hatch (?:env|run|shell|python|build|test)\b/m, 'hatch'],
  [/(?:^|[\s`$>(])rye (?:sync|pin|toolchain|run|init|add)\b/m, 'rye'],
  [/(?:^|[\s`$>(])pyenv (?:install|global|local|shell|versions|which|exec)\b/m, 'pyenv'],
];

export function detectTool(events: readonly LogEvent[], text: ExtractedText): ToolName | null {
  const versioned = events.find((e) => e.type === 'tool-version' && e.tool !== 'pyenv');
  if (versioned) return versioned.tool;
  const counts = new Map<ToolName, number>();
  for (const e of events) {
    if (e.tool === 'pyenv' || e.type === 'tool-version') continue;
    const tool = e.tool === 'findpython' ? 'pdm' : e.tool;
    counts.set(tool, (counts.get(tool) ?? 0) + (e.type === 'final-error' ? 1 : 2));
  }
  const byEvents = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (byEvents) return byEvents[0];
  for (const [key, value] of Object.entries(text.form)) {
    for (const tool of TOOL_NAMES)
      if (key.startsWith(`${tool} version`) || key === tool) return tool;
    if (/^(?:tool|which tool|package manager)/.test(key)) {
      const named = TOOL_NAMES.find((t) => new RegExp(`\\b${t}\\b`, 'i').test(value));
      if (named) return named;
    }
  }
  const words = `${text.prose.slice(0, 64 * 1024)}\n${text.logText.slice(0, 16 * 1024)}`;
  const commands = new Map<ToolName, number>();
  for (const [re, tool] of COMMANDS) {
    if (re.test(words)) commands.set(tool, (commands.get(tool) ?? 0) + 1);
  }
  const byCommand = [...commands].sort((a, b) => b[1] - a[1])[0];
  if (byCommand) return byCommand[0];
  // An issue-form answer such as "### Version: uv 0.9.2".
  for (const [key, value] of Object.entries(text.form)) {
    if (!key.includes('version')) continue;
    const named = /^\s*([a-z]+)\b/i.exec(value)?.[1]?.toLowerCase();
    const tool = TOOL_NAMES.find((t) => t === named);
    if (tool) return tool;
  }
  if (events.some((e) => e.tool === 'pyenv')) return 'pyenv';
  // Weakest: the tool most often named in the prose.
  const mentions = new Map<ToolName, number>();
  for (const m of text.prose
    .slice(0, 100_000)
    .matchAll(/\b(uv|virtualenv|poetry|pdm|pipx|tox|hatch|rye)\b/gi)) {
    const tool = (m[1] ?? '').toLowerCase() as ToolName;
    mentions.set(tool, (mentions.get(tool) ?? 0) + 1);
  }
  return [...mentions].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function detectToolVersion(
  tool: ToolName,
  events: readonly LogEvent[],
  text: ExtractedText,
): string | null {
  const fromLog = events.find(
    (e): e is Extract<LogEvent, { type: 'tool-version' }> =>
      e.type === 'tool-version' && e.tool === tool,
  );
  if (fromLog) return fromLog.version;
  const versionOf = (s: string) =>
    /(?:^|[^\d.])(\d+\.\d+\.\d+(?:[.-]?(?:a|b|rc|dev|post)\d*)?)(?![\d.])/.exec(s)?.[1] ?? null;
  for (const [key, value] of Object.entries(text.form)) {
    if (
      key === 'version' ||
      key === `${tool} version` ||
      (key.includes('version') && key.includes(tool))
    ) {
      const v = versionOf(value);
      if (v) return v;
    }
  }
  const inText = new RegExp(
    `\\b${tool}(?:,? version|,? v| \\(version)? ?(\\d+\\.\\d+\\.\\d+(?:[-+.]?[0-9A-Za-z]+)*)`,
    'im',
  ).exec(`${text.prose}\n${text.logText.slice(0, 100_000)}`);
  return inText?.[1] ?? null;
}
