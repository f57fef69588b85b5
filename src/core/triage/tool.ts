// Which tool an issue is about and which version of it, read from the log and the text. The
// repository's own tool (repo-tools.ts) comes first; this is what the text says.
import { TOOL_NAMES, type LogEvent, type ToolName } from './events.js';
import type { ExtractedText } from './extract.js';

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
