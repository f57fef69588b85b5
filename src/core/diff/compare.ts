// Compares what a tool decided now with a baseline, per leg, scenario and interpreter, and says
// what kind of change each difference is. Pure: reports in, changes out.
import type { Report } from '../model.js';
import type { Decision, ScenarioRun, ToolRun, Verdict } from '../tools/model.js';
import { normalizePath, type NormalizeOptions } from './identity.js';

export const CHANGE_CLASSES = [
  'regression',
  'fix',
  'drift',
  'reason-changed',
  'selection-changed',
] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

export interface Change {
  class: ChangeClass;
  leg: string;
  scenario: string;
  /** The interpreter, as this run printed it (the stable identity is `key`). */
  path: string;
  key: string;
  before: string;
  after: string;
  /** The tool's words for the new verdict, when it gave any. */
  reason: string | null;
  waived: string | null;
}

/** One side of the comparison: per leg, the tool runs of one role. */
export interface Side {
  legs: Map<string, ToolRun[]>;
}

const ACCEPTING: ReadonlySet<Verdict> = new Set(['selected', 'accepted']);

export function sideOf(reports: readonly Report[], role: ToolRun['role']): Side {
  const legs = new Map<string, ToolRun[]>();
  for (const report of reports) {
    const leg = report.runner.leg ?? `${report.runner.os}-${report.runner.arch}`;
    legs.set(leg, [
      ...(legs.get(leg) ?? []),
      ...(report.tools ?? []).filter((t) => t.role === role),
    ]);
  }
  return { legs };
}

export function compare(
  baseline: Side,
  current: Side,
  normalizeOptions: NormalizeOptions = {},
): Change[] {
  const changes: Change[] = [];
  const norm = (p: string) => normalizePath(p, normalizeOptions);
  for (const [leg, currentRuns] of current.legs) {
    const baselineRuns = baseline.legs.get(leg);
    if (!baselineRuns) continue;
    const before = scenarioIndex(baselineRuns, norm);
    for (const [scenarioKey, now] of scenarioIndex(currentRuns, norm)) {
      const then = before.get(scenarioKey);
      if (!then) continue;
      const scenario = now.run.id;
      changes.push(...outcomeChanges(leg, scenario, then.run, now.run, norm));
      const keys = new Set([...then.decisions.keys(), ...now.decisions.keys()]);
      for (const key of keys) {
        const a = then.decisions.get(key);
        const b = now.decisions.get(key);
        const change = classify(a, b);
        if (!change) continue;
        changes.push({
          class: change,
          leg,
          scenario,
          path: (b ?? a)?.path ?? key,
          key,
          before: label(a),
          after: label(b),
          reason: b?.reason ?? null,
          waived: null,
        });
      }
    }
  }
  return changes;
}

function classify(a: Decision | undefined, b: Decision | undefined): ChangeClass | null {
  if (!a || !b) return 'drift';
  if (a.verdict === b.verdict) {
    if (
      (a.verdict === 'rejected' || a.verdict === 'skipped') &&
      (a.reasonKind !== b.reasonKind || a.reason !== b.reason)
    )
      return 'reason-changed';
    return null;
  }
  if (a.verdict === 'unseen' || b.verdict === 'unseen') return null;
  if (ACCEPTING.has(a.verdict) && b.verdict === 'rejected') return 'regression';
  if (a.verdict === 'rejected' && ACCEPTING.has(b.verdict)) return 'fix';
  if (ACCEPTING.has(a.verdict) && ACCEPTING.has(b.verdict)) return null; // covered by the scenario's selection
  return 'reason-changed';
}

/** A scenario that found an interpreter and now errors is a regression; the reverse a fix. */
function outcomeChanges(
  leg: string,
  scenario: string,
  then: ScenarioRun,
  now: ScenarioRun,
  norm: (p: string) => string,
): Change[] {
  const base = { leg, scenario, reason: now.outcome.error, waived: null };
  if (then.outcome.selected && !now.outcome.selected) {
    return [
      {
        ...base,
        class: 'regression',
        path: then.outcome.selected,
        key: norm(then.outcome.selected),
        before: `selected ${then.outcome.selected}`,
        after: now.outcome.error ? `error: ${now.outcome.error}` : 'no interpreter',
      },
    ];
  }
  if (!then.outcome.selected && now.outcome.selected) {
    return [
      {
        ...base,
        class: 'fix',
        path: now.outcome.selected,
        key: norm(now.outcome.selected),
        before: then.outcome.error ? `error: ${then.outcome.error}` : 'no interpreter',
        after: `selected ${now.outcome.selected}`,
        reason: null,
      },
    ];
  }
  if (
    then.outcome.selected &&
    now.outcome.selected &&
    norm(then.outcome.selected) !== norm(now.outcome.selected)
  ) {
    return [
      {
        ...base,
        class: 'selection-changed',
        path: now.outcome.selected,
        key: norm(now.outcome.selected),
        before: `selected ${then.outcome.selected}`,
        after: `selected ${now.outcome.selected}`,
        reason: null,
      },
    ];
  }
  return [];
}

function scenarioIndex(
  runs: readonly ToolRun[],
  norm: (p: string) => string,
): Map<string, { run: ScenarioRun; decisions: Map<string, Decision> }> {
  const index = new Map<string, { run: ScenarioRun; decisions: Map<string, Decision> }>();
  for (const tool of runs) {
    for (const run of tool.scenarios) {
      const decisions = new Map<string, Decision>();
      for (const d of run.decisions) decisions.set(norm(d.path), d);
      index.set(`${tool.name}\u0000${norm(run.id)}`, { run, decisions });
    }
  }
  return index;
}

function label(d: Decision | undefined): string {
  if (!d) return 'absent';
  return d.reason ? `${d.verdict}: ${d.reason}` : d.verdict;
}

/** Legs expected but not reported: an error of the run, never "every interpreter rejected". */
export function missingLegs(expected: readonly string[], reports: readonly Report[]): string[] {
  const present = new Set(reports.map((r) => r.runner.leg ?? `${r.runner.os}-${r.runner.arch}`));
  return expected.filter((leg) => !present.has(leg));
}
