// What to do about an issue: is it about interpreter discovery, does it carry the log that would
// explain it, which labels, and a fingerprint shared by issues with the same cause.
import { stableHash } from '../identity.js';
import type { ToolName } from './events.js';
import type { TriageFacts } from './facts.js';
import type { Platform } from './platform.js';
import {
  DISCOVERY_THRESHOLD,
  weighDiscovery,
  type DiscoveryEvidence,
} from './discovery-signals.js';

// What the discovery signals read: an issue says what it is about early, and an error says it in
// a line or two, so a few kilobytes of each are enough (and keep a big issue cheap).
const PROSE_READ = 6 * 1024;
const ERRORS_READ = 4 * 1024;

/** The error lines of the logs (and the final error): where a tool says what went wrong. */
export function errorLines(facts: TriageFacts, logText: string): string {
  const lines = [facts.finalError ?? '', ...facts.finalErrorCauses];
  let size = lines.reduce((n, l) => n + l.length, 0);
  const sample =
    logText.length > 128 * 1024
      ? `${logText.slice(0, 64 * 1024)}\n${logText.slice(-64 * 1024)}`
      : logText;
  // One scan for the words, then the line around each hit: cheaper than testing every line.
  const errorish = new RegExp(ERRORISH.source, 'gi');
  while (size < ERRORS_READ) {
    const hit = errorish.exec(sample);
    if (!hit) break;
    const start = sample.lastIndexOf('\n', hit.index) + 1;
    let end = sample.indexOf('\n', hit.index);
    if (end < 0) end = sample.length;
    const line = sample.slice(start, Math.min(end, start + 500));
    lines.push(line);
    size += line.length + 1;
    errorish.lastIndex = end + 1;
  }
  return lines.join('\n');
}
const ERRORISH = /error|fail|exception|not found|cannot|can't|unable|invalid|×|warning|skipp/;

export function isDiscoveryIssue(
  facts: TriageFacts,
  text: { title: string; prose: string; logText: string },
  diagnosisIds: readonly string[],
): { discovery: boolean; evidence: DiscoveryEvidence[] } {
  const { score, evidence } = weighDiscovery({
    title: text.title,
    prose: text.prose.slice(0, PROSE_READ),
    log: errorLines(facts, text.logText),
    turnedDown: facts.rejected.length + facts.skipped.length,
    diagnosed: diagnosisIds.some((id) => id !== 'externally-managed'),
  });
  return {
    discovery: score >= DISCOVERY_THRESHOLD,
    evidence: evidence.filter((e) => e.weight !== 0),
  };
}

const REGRESSION =
  /\b(?:used to work|worked (?:fine |well |perfectly )?(?:before|with|in|on|until)|regression|regressed|after (?:upgrading|updating|the update)|since (?:upgrading|updating|version|v?\d+\.\d+)|broke (?:in|after|with|since)|no longer (?:works?|finds?|detects?)|stopped (?:working|finding|detecting)|downgrad(?:e|ing) to)\b/i;

export function mentionsRegression(prose: string): boolean {
  return REGRESSION.test(prose.slice(0, 64 * 1024));
}

export interface LabelNames {
  discovery: string;
  platformPrefix: string;
  toolPrefix: string;
  needsLogs: string;
  regression: string;
}

export const DEFAULT_LABELS: LabelNames = {
  discovery: 'interpreter-discovery',
  platformPrefix: 'platform:',
  toolPrefix: 'tool:',
  needsLogs: 'needs-logs',
  regression: 'regression',
};

export function labelsFor(
  d: {
    discovery: boolean;
    needsLogs: boolean;
    regression: boolean;
    platform: Platform;
    tool: ToolName | null;
  },
  names: LabelNames,
): string[] {
  if (!d.discovery) return [];
  const labels = [names.discovery];
  if (d.platform !== 'unknown') labels.push(`${names.platformPrefix}${d.platform}`);
  if (d.tool) labels.push(`${names.toolPrefix}${d.tool}`);
  if (d.needsLogs) labels.push(names.needsLogs);
  if (d.regression) labels.push(names.regression);
  return labels;
}

/**
 * `ig1-<16 hex>`: a hash of the tool, the platform, and the sorted sets of reason kinds and
 * interpreter kinds of the turned-down interpreters (or of the final error's class when none
 * was logged). Paths, store hashes, user names and versions never enter it, so two reports of
 * one cause share it. The `ig1` prefix changes whenever the recipe does.
 */
export function fingerprintOf(facts: TriageFacts, diagnosisIds: readonly string[]): string {
  const turnedDown = [...facts.rejected, ...facts.skipped];
  const reasons = [...new Set(turnedDown.map((r) => r.kind))].sort();
  const kinds = [...new Set(turnedDown.map((r) => r.interpreterKind))].sort();
  const basis = turnedDown.length ? '' : [...diagnosisIds].sort().join(',');
  return `ig1-${stableHash(JSON.stringify([facts.tool ?? '', facts.platform, reasons, kinds, basis]))}`;
}

export interface LogRequest {
  tool: ToolName | null;
  /** Commands by shell; several shells only where the commands differ. */
  shells: { shell: 'bash' | 'powershell' | 'cmd'; commands: string[] }[];
}

// Sub-commands we may echo back (never the user's own arguments, which could be anything).
const UV_COMMAND =
  /(?:^|[\s`$>(])uv (venv|sync|run|lock|init|add|python find|python list|python install|pip install|pip sync|pip compile|tool install|tool run)\b/m;

export function logRequestFor(tool: ToolName | null, platform: Platform, text: string): LogRequest {
  const shells =
    platform === 'windows'
      ? (['powershell', 'cmd'] as const)
      : platform === 'unknown'
        ? (['bash', 'powershell', 'cmd'] as const)
        : (['bash'] as const);
  const log = `${tool ?? 'python'}-discovery.log`;
  const capture = (shell: string, command: string) =>
    shell === 'bash'
      ? `${command} 2>&1 | tee ${log}`
      : shell === 'powershell'
        ? `${command} 2>&1 | Tee-Object -FilePath ${log}`
        : `${command} > ${log} 2>&1`;
  const withEnv = (shell: string, name: string, value: string, command: string) =>
    shell === 'bash'
      ? `${name}=${value} ${command}`
      : shell === 'powershell'
        ? `$env:${name}="${value}"; ${command}`
        : `set ${name}=${value}&& ${command}`;

  const build = (shell: 'bash' | 'powershell' | 'cmd'): string[] => {
    switch (tool) {
      case 'uv': {
        const sub = UV_COMMAND.exec(text)?.[1] ?? 'python find';
        return [
          'uv --version',
          capture(shell, withEnv(shell, 'RUST_LOG', 'uv=trace', `uv -v ${sub}`)),
          'uv python list --only-installed -v',
        ];
      }
      case 'virtualenv':
        return [
          'virtualenv --version',
          capture(shell, 'virtualenv -vvv -p 3 --no-download --no-seed debug-venv'),
        ];
      case 'poetry':
        return [
          'poetry --version',
          capture(shell, 'poetry env use -vvv python3'),
          capture(shell, 'poetry env info -vvv'),
        ];
      case 'pdm':
        return [
          'pdm --version',
          capture(shell, withEnv(shell, 'PDM_CHECK_UPDATE', 'false', 'pdm use -vv')),
        ];
      case 'tox':
        return ['tox --version', capture(shell, 'tox -vv --notest')];
      case 'pipx':
        return ['pipx --version', capture(shell, 'pipx install --verbose <package>')];
      case 'hatch':
        return ['hatch --version', capture(shell, 'hatch -v env create')];
      case 'rye':
        return ['rye --version', capture(shell, 'rye -v sync')];
      case 'pyenv':
        return shell === 'bash'
          ? [
              'pyenv --version',
              'pyenv versions',
              capture(shell, 'PYENV_DEBUG=1 pyenv which python3'),
            ]
          : ['pyenv --version', 'pyenv versions', 'pyenv which python'];
      default:
        return shell === 'bash'
          ? [
              'which -a python3 python',
              'python3 -c "import sys; print(sys.executable, sys.version, sys.prefix, sys.base_prefix)"',
            ]
          : shell === 'powershell'
            ? [
                'Get-Command python -All',
                'py --list-paths',
                'python -c "import sys; print(sys.executable, sys.version, sys.prefix, sys.base_prefix)"',
              ]
            : ['where python', 'py --list-paths'];
    }
  };
  return { tool, shells: shells.map((shell) => ({ shell, commands: build(shell) })) };
}
