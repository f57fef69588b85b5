// Known causes for the Action's findings: the triage knowledge base (tool, version range, reason
// kind, interpreter kind, platform, words) matched against each regression and disagreement, with
// the matcher the triage app uses, so a pull request reads the same cause and workarounds as an
// issue does. Pure: the change and the report it comes from in, the rules that match out.
import type { InterpreterEntry, InterpreterKind, Report } from '../model.js';
import { legOf } from '../leg.js';
import type { Decision, ScenarioRun, ToolRun } from '../tools/model.js';
import { diagnose, type Diagnosis } from '../triage/diagnose.js';
import { TOOL_NAMES, type ToolName } from '../triage/events.js';
import type { TriageFacts } from '../triage/facts.js';
import type { KnowledgeRule } from '../triage/knowledge.js';
import type { Platform } from '../triage/platform.js';
import type { Change, ChangeClass } from './compare.js';

/** The classes a known cause is looked for: what a maintainer has to act on. */
export const CAUSE_CLASSES: ReadonlySet<ChangeClass> = new Set(['regression', 'disagreement']);

export interface KnownCause extends Diagnosis {
  /** The findings it explains, in report order. */
  seenFor: Pick<Change, 'class' | 'leg' | 'scenario' | 'path' | 'interpreterKind'>[];
}

/** Where a change comes from: the current run of its scenario, on its leg, and its decision there. */
interface Origin {
  report: Report;
  tool: ToolRun;
  run: ScenarioRun;
  decision: Decision | null;
}

/**
 * Fills in each change's interpreter kind (from the inventory of its side, the current one first)
 * and, for regressions and disagreements, the ids of the rules that match; returns the causes
 * found, each once, with the findings it explains.
 */
export function explainChanges(
  changes: readonly Change[],
  current: readonly Report[],
  baseline: readonly Report[],
  rules: readonly KnowledgeRule[],
): { changes: Change[]; causes: KnownCause[] } {
  const causes = new Map<string, KnownCause>();
  const explained = changes.map((c): Change => {
    const origin = originOf(c, current);
    const interpreterKind =
      c.interpreterKind ?? kindOf(c, origin?.decision ?? null, current, baseline);
    const withKind = { ...c, interpreterKind };
    if (!CAUSE_CLASSES.has(c.class) || c.waived || !origin) return withKind;
    const found = diagnose(factsOf(withKind, origin), rules, haystack(withKind, origin)).filter(
      (d) => !d.fallback,
    );
    for (const d of found) {
      const known = causes.get(d.id) ?? { ...d, seenFor: [] };
      known.seenFor.push({
        class: c.class,
        leg: c.leg,
        scenario: c.scenario,
        path: c.path,
        interpreterKind,
      });
      causes.set(d.id, known);
    }
    return found.length ? { ...withKind, causes: found.map((d) => d.id) } : withKind;
  });
  return { changes: explained, causes: [...causes.values()] };
}

function originOf(c: Change, reports: readonly Report[]): Origin | null {
  for (const report of reports) {
    if (legOf(report.runner) !== c.leg) continue;
    for (const tool of report.tools ?? []) {
      if (tool.role !== 'current') continue;
      const run = tool.scenarios.find((s) => s.id === c.scenario);
      if (run)
        return {
          report,
          tool,
          run,
          decision: run.decisions.find((d) => d.path === c.path) ?? null,
        };
    }
  }
  return null;
}

function kindOf(
  c: Change,
  decision: Decision | null,
  current: readonly Report[],
  baseline: readonly Report[],
): InterpreterKind | null {
  const id = decision?.interpreterId ?? null;
  for (const report of [...current, ...baseline]) {
    if (legOf(report.runner) !== c.leg) continue;
    const entry: InterpreterEntry | undefined =
      report.interpreters.find((e) => e.path === c.path) ??
      (id ? report.interpreters.find((e) => e.id === id) : undefined);
    if (entry) return entry.kind;
  }
  return null;
}

function platformOf(report: Report, kind: InterpreterKind | null): Platform {
  if (kind === 'nix-env' || kind === 'nix-store') return 'nix';
  if (kind === 'conda-env' || kind === 'conda-base') return 'conda';
  if (report.interpreters.some((e) => e.kind === 'nix-env' || e.kind === 'nix-store')) return 'nix';
  const os = report.runner.os;
  return os === 'linux' || os === 'macos' || os === 'windows' ? os : 'unknown';
}

/** The change as the triage reads an issue: one turned-down interpreter, the tool and its words. */
function factsOf(c: Change, origin: Origin): TriageFacts {
  const { decision } = origin;
  const tool = (TOOL_NAMES as readonly string[]).includes(origin.tool.name)
    ? (origin.tool.name as ToolName)
    : null;
  const turnedDown =
    decision?.reasonKind && c.interpreterKind
      ? [
          {
            path: c.path,
            reason: decision.reason ?? '',
            kind: decision.reasonKind,
            source: null,
            interpreterKind: c.interpreterKind,
          },
        ]
      : [];
  return {
    tool,
    logTool: tool,
    toolVersion: origin.tool.version,
    platform: platformOf(origin.report, c.interpreterKind ?? null),
    platformEvidence: [],
    request: origin.run.request,
    found: [],
    rejected: decision?.verdict === 'rejected' ? turnedDown : [],
    skipped: decision?.verdict === 'skipped' ? turnedDown : [],
    selected: null,
    finalError: origin.run.outcome.error,
    finalErrorCauses: [],
    hints: [],
    hasDiscoveryLog: true,
    eventCount: origin.run.decisions.length,
  };
}

/** The words the rules' phrases are looked for in: the tool's reason and the scenario's error. */
function haystack(c: Change, origin: Origin): string {
  return [c.reason ?? '', origin.decision?.reason ?? '', origin.run.outcome.error ?? ''].join('\n');
}
