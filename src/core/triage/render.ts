// The triage comment, as a pure function of the result. Everything taken from the issue is
// redacted and then escaped or put in code that it cannot close. The comment carries a hidden
// marker (to find it again) and a hidden state block (for the app's next run).
import { clip } from '../text.js';
import { DISCOVERY_THRESHOLD } from './discovery-signals.js';
import { REASON_KIND_TEXT } from './reason-kinds.js';
import type { Diagnosis } from './diagnose.js';
import { codeBlock, escapeText, inlineCode } from './markdown.js';
import type { TriageResult } from './result.js';

export const COMMENT_MARKER = '<!-- interpreter-guard:triage -->';
const STATE_OPEN = '<!-- interpreter-guard:state ';
export const MAX_COMMENT = 65_536;
const MAX_ROWS = 15;

const PLATFORM_NAMES: Record<TriageResult['platform'], string> = {
  nix: 'Nix / NixOS',
  conda: 'conda',
  docker: 'a container',
  wsl: 'WSL',
  windows: 'Windows',
  macos: 'macOS',
  linux: 'Linux',
  unknown: 'an unknown platform',
};

export interface TriageState {
  v: 1;
  fingerprint: string;
  labels: string[];
  diagnoses: string[];
  needsLogs: boolean;
}

export interface RenderOptions {
  redact: (text: string) => string;
  /** Link related issues (GitHub then cross-references them); plain text otherwise. */
  linkRelated?: boolean;
  /** Extra lines the app adds (e.g. a configuration error), already Markdown-safe. */
  notices?: string[];
}

export function renderComment(
  result: TriageResult,
  diagnoses: readonly Diagnosis[],
  options: RenderOptions,
): string {
  const r = (text: string, max = 300) => options.redact(clip(text, max));
  const out: string[] = [COMMENT_MARKER];
  const tool = result.tool
    ? inlineCode(result.toolVersion ? `${result.tool} ${result.toolVersion}` : result.tool)
    : 'unknown tool';
  out.push(
    `**interpreter-guard** read this issue: ${tool} on ${PLATFORM_NAMES[result.platform]}${result.regression ? ', reported as a regression' : ''}.`,
  );
  for (const notice of options.notices ?? []) out.push('', notice);

  for (const d of diagnoses.slice(0, 3)) {
    out.push('', `#### Likely cause: ${d.title}`, '', d.explanation);
    if (d.evidence) out.push('', `Seen for ${inlineCode(r(d.evidence, 200))}.`);
    if (d.workarounds.length) out.push('', '**What helps**', ...d.workarounds.map((w) => `- ${w}`));
    if (d.related.length) {
      const refs = d.related.map((ref) => (options.linkRelated ? ref : inlineCode(ref)));
      out.push('', `Related: ${refs.join(', ')}`);
    }
  }

  if (result.hasLog) out.push('', ...logSummary(result, r));
  else if (result.finalError) out.push('', `**Error:** ${inlineCode(r(result.finalError, 500))}`);

  if (result.needsLogs && result.logRequest) {
    out.push(
      '',
      '#### Please add a verbose log',
      '',
      'The log that shows which interpreters were found and why each was turned down is missing. Please run the following and paste the output (or attach the file):',
    );
    const named = result.logRequest.shells.length > 1;
    for (const { shell, commands } of result.logRequest.shells) {
      if (named)
        out.push(
          '',
          `${shell === 'bash' ? 'bash / zsh' : shell === 'powershell' ? 'PowerShell' : 'cmd.exe'}:`,
        );
      out.push('', codeBlock(commands.join('\n'), shell === 'cmd' ? 'bat' : shell));
    }
    out.push(
      '',
      'Home directories are fine to leave in; this bot redacts user names and tokens when it quotes the log.',
    );
  }

  if (result.discovery) {
    const evidence = result.platformEvidence.slice(0, 4).map((e) => escapeText(r(e, 120)));
    out.push(
      '',
      '<details><summary>How this was worked out</summary>',
      '',
      ...discoveryLines(result),
      `- Platform: ${PLATFORM_NAMES[result.platform]}${evidence.length ? ` (${evidence.join('; ')})` : ''}`,
      `- Fingerprint: ${inlineCode(result.fingerprint)} (shared by issues with the same tool, platform and reasons)`,
      `- Labels: ${result.labels.length ? result.labels.map((l) => inlineCode(l)).join(', ') : 'none'}`,
      ...(result.truncatedFrom
        ? [
            `- The issue was ${result.truncatedFrom} characters long; only its beginning and end were read.`,
          ]
        : []),
      '',
      '</details>',
    );
  }
  const state: TriageState = {
    v: 1,
    fingerprint: result.fingerprint,
    labels: result.labels,
    diagnoses: diagnoses.map((d) => d.id),
    needsLogs: result.needsLogs,
  };
  out.push('', `${STATE_OPEN}${encodeState(state)} -->`);
  return fitBudget(out.join('\n'));
}

/** Why the issue was (or was not) taken for a discovery issue: the signals, in our own words. */
function discoveryLines(result: TriageResult): string[] {
  const lines = result.discoveryEvidence.map((e) => `  - ${e}`);
  return [
    `- About interpreter discovery: ${result.discovery ? 'yes' : 'no'} (the signals below add up; ${DISCOVERY_THRESHOLD} or more is discovery)`,
    ...lines,
  ];
}

function logSummary(result: TriageResult, r: (text: string, max?: number) => string): string[] {
  const lines = ['#### What the log shows', ''];
  if (result.request) lines.push(`- Request: ${inlineCode(r(result.request, 200))}`);
  lines.push(
    `- Interpreters found: ${result.found.length}; turned down: ${result.rejected.length + result.skipped.length}`,
  );
  lines.push(`- Selected: ${result.selected ? inlineCode(r(result.selected.path, 200)) : 'none'}`);
  if (result.finalError) lines.push(`- Error: ${inlineCode(r(result.finalError, 500))}`);
  const rows = [...result.rejected, ...result.skipped];
  if (rows.length) {
    lines.push('', '| Interpreter | Looks like | Why it was turned down |', '| --- | --- | --- |');
    for (const row of rows.slice(0, MAX_ROWS)) {
      lines.push(
        `| ${inlineCode(r(row.path, 200), { inTable: true })} | ${row.interpreterKind} | ${inlineCode(r(row.reason, 200), { inTable: true })} (${REASON_KIND_TEXT[row.kind]}) |`,
      );
    }
    if (rows.length > MAX_ROWS) lines.push('', `…and ${rows.length - MAX_ROWS} more.`);
  }
  return lines;
}

/** JSON that cannot end the HTML comment it sits in. */
function encodeState(state: TriageState): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/--/g, '-\\u002d');
}

/** Reads the state block back from one of our comments; null when absent or malformed. */
export function readState(body: string): TriageState | null {
  const at = body.lastIndexOf(STATE_OPEN);
  if (at < 0) return null;
  const end = body.indexOf(' -->', at);
  if (end < 0) return null;
  try {
    const data = JSON.parse(body.slice(at + STATE_OPEN.length, end)) as Partial<TriageState>;
    if (data.v !== 1 || typeof data.fingerprint !== 'string' || !Array.isArray(data.labels))
      return null;
    return {
      v: 1,
      fingerprint: data.fingerprint,
      labels: data.labels.filter((l): l is string => typeof l === 'string'),
      diagnoses: Array.isArray(data.diagnoses)
        ? data.diagnoses.filter((d): d is string => typeof d === 'string')
        : [],
      needsLogs: data.needsLogs === true,
    };
  } catch {
    return null;
  }
}

function fitBudget(body: string): string {
  if (body.length <= MAX_COMMENT) return body;
  // Not reachable with the row and length caps above; kept so the limit holds whatever changes.
  const tail = body.slice(body.lastIndexOf(STATE_OPEN));
  return `${body.slice(0, MAX_COMMENT - tail.length - 40)}\n\n…(shortened)\n\n${tail}`;
}
