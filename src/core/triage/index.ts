// Triage: an issue (Markdown) or a raw log in, facts, diagnoses, decisions and a comment out.
import type { KnowledgeRule } from './knowledge.js';
import { BUILTIN_RULES } from './knowledge.js';
import {
  DEFAULT_LABELS,
  fingerprintOf,
  isDiscoveryIssue,
  labelsFor,
  logRequestFor,
  mentionsRegression,
  type LabelNames,
} from './decisions.js';
import { diagnose, type Diagnosis } from './diagnose.js';
import { capText, extractIssue, stripAnsi, type ExtractedText } from './extract.js';
import { factsOf } from './facts.js';
import { parseLogs } from './grammars/index.js';
import { hasVerboseLog } from './log-presence.js';
import { describeEvidence } from './discovery-signals.js';
import { makeRedactor } from './redact.js';
import { toolOfRepository } from './repo-tools.js';
import type { ToolName } from './events.js';
import { renderComment } from './render.js';
import { TRIAGE_SCHEMA_ID, type TriageResult } from './result.js';

export const MAX_LOG_CHARS = 25 * 1024 * 1024;

export interface TriageOptions {
  labels?: LabelNames;
  /** Rules added to the built-in knowledge base (a repository's own). */
  extraRules?: readonly KnowledgeRule[];
  linkRelated?: boolean;
  notices?: string[];
  /** The issue's repository (`owner/name`): names the tool when the text does not. */
  repo?: string | null;
  /** The tool this repository is about (its configuration's `tool:`), over everything else. */
  tool?: ToolName | null;
}

export interface Triage {
  result: TriageResult;
  diagnoses: Diagnosis[];
  comment: string;
}

/** Triage an issue body (and comments), given as Markdown. */
export function triageIssue(markdown: string, options: TriageOptions = {}): Triage {
  return run(extractIssue(markdown), options);
}

/** Triage a raw log file (an attachment, a CI log): the whole text is one log. */
export function triageLog(log: string, options: TriageOptions = {}): Triage {
  const capped = capText(log, MAX_LOG_CHARS);
  const text = stripAnsi(
    capped.text.includes('\r') ? capped.text.replace(/\r\n?/g, '\n') : capped.text,
  );
  return run(
    {
      title: '',
      prose: '',
      blocks: [{ source: 'bare', info: '', text }],
      form: {},
      logText: text,
      truncated: capped.truncated,
    },
    options,
  );
}

function run(text: ExtractedText, options: TriageOptions): Triage {
  const events = parseLogs(text.logText, text.logLines);
  const facts = factsOf(events, text, {
    tool: options.tool ?? toolOfRepository(options.repo),
  });
  const rules = [...BUILTIN_RULES, ...(options.extraRules ?? [])];
  const diagnoses = diagnose(
    facts,
    rules,
    `${headAndTail(text.logText, 256 * 1024)}\n${text.prose}`,
  );
  const ids = diagnoses.map((d) => d.id);
  const { discovery, evidence } = isDiscoveryIssue(facts, text, ids);
  // Without the log of the search, what the tool saw is unknown, whatever else the issue says.
  const needsLogs = discovery && !facts.hasDiscoveryLog;
  const regression = discovery && mentionsRegression(text.prose);
  const result: TriageResult = {
    schema: TRIAGE_SCHEMA_ID,
    discovery,
    discoveryEvidence: evidence.slice(0, 12).map(describeEvidence),
    hasLog: facts.hasDiscoveryLog || hasVerboseLog(text),
    hasDiscoveryLog: facts.hasDiscoveryLog,
    needsLogs,
    regression,
    tool: facts.tool,
    toolVersion: facts.toolVersion,
    platform: facts.platform,
    platformEvidence: facts.platformEvidence,
    request: facts.request,
    found: facts.found,
    rejected: facts.rejected,
    skipped: facts.skipped,
    selected: facts.selected,
    finalError: facts.finalError,
    finalErrorCauses: facts.finalErrorCauses,
    labels: labelsFor(
      { discovery, needsLogs, regression, platform: facts.platform, tool: facts.tool },
      options.labels ?? DEFAULT_LABELS,
    ),
    fingerprint: fingerprintOf(facts, ids),
    diagnoses: diagnoses.map((d) => ({ id: d.id, title: d.title, evidence: d.evidence })),
    logRequest: needsLogs
      ? logRequestFor(
          facts.tool,
          facts.platform,
          `${text.prose}\n${text.logText.slice(0, 100_000)}`,
        )
      : null,
    truncatedFrom: text.truncated?.originalLength ?? null,
  };
  // The redactor learns user names from what the comment may quote: the prose and the findings.
  const quoted = [
    result.request ?? '',
    result.finalError ?? '',
    ...result.finalErrorCauses,
    ...result.platformEvidence,
    ...[...result.found, ...result.rejected, ...result.skipped].map((m) => m.path),
    result.selected?.path ?? '',
  ];
  const redact = makeRedactor(`${text.prose}\n${quoted.join('\n')}`);
  const comment = renderComment(result, discovery ? diagnoses : [], {
    redact,
    linkRelated: options.linkRelated,
    notices: options.notices,
  });
  return { result, diagnoses, comment };
}

/** The causes rules look for sit near the start (versions, settings) or the end (the error) of a log. */
function headAndTail(text: string, each: number): string {
  return text.length <= 2 * each ? text : `${text.slice(0, each)}\n${text.slice(-each)}`;
}
