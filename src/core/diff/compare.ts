// Compares what a tool decided now with a baseline, per leg, scenario and interpreter, and says
// what kind of change each difference is. Pure: reports in, changes out.
import type { InterpreterEntry, InterpreterKind, Report, Runner } from '../model.js';
import { legOf } from '../leg.js';
import type { Decision, ScenarioRun, ToolRun, Verdict } from '../tools/model.js';
import { keysMemo, type KeysOf, type ScenarioKeys } from './keys.js';

export const CHANGE_CLASSES = [
  'regression',
  'fix',
  'drift',
  'reason-changed',
  'selection-changed',
  // Not a difference between two runs: a verdict of this run that contradicts what the inventory
  // measured about the interpreter (see disagreements.ts). Needs no baseline.
  'disagreement',
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
  /** What the inventory says the interpreter is (filled in by `analyze`; null when unknown). */
  interpreterKind?: InterpreterKind | null;
  /** For a disagreement: the rule, the measured fact and the classification behind it. */
  disagreement?: DisagreementEvidence;
  /** Known causes from the knowledge base that match this change (filled in by `analyze`). */
  causes?: string[];
}

export const DISAGREEMENT_RULES = [
  /** Turned down as a virtual environment, but there is no pyvenv.cfg (PEP 405). */
  'venv-without-pyvenv-cfg',
  /** Turned down as broken, unexecutable or failing the query, but the inventory queried it. */
  'query-succeeded',
  /** Skipped for its version, but its measured version satisfies the request. */
  'version-satisfies',
  /** Not seen at all, although it satisfies the request and sits where the tool looked. */
  'unseen-in-searched-dir',
] as const;
export type DisagreementRule = (typeof DISAGREEMENT_RULES)[number];

export interface DisagreementEvidence {
  rule: DisagreementRule;
  /** What the inventory measured that the tool's verdict contradicts, in one sentence. */
  fact: string;
  /** The classification behind it, quoted: kind and why, sys.prefix/base_prefix, pyvenv.cfg. */
  classification: string;
}

/** One side of the comparison: per leg, the tool runs of one role and the runner of each. */
export interface Side {
  legs: Map<string, SideRun[]>;
}

export interface SideRun {
  tool: ToolRun;
  /** The runner of the report the run comes from: its paths are normalised with its directories. */
  runner: Runner;
  /**
   * The inventory of that report: paths that share a key are told apart by what it measured (see
   * keys.ts). Runs of one report should share the array. Without it, by the order first named.
   */
  interpreters?: readonly InterpreterEntry[];
}

const ACCEPTING: ReadonlySet<Verdict> = new Set(['selected', 'accepted']);

export function sideOf(reports: readonly Report[], role: ToolRun['role']): Side {
  const legs = new Map<string, SideRun[]>();
  for (const report of reports) {
    const leg = legOf(report.runner);
    legs.set(leg, [
      ...(legs.get(leg) ?? []),
      ...(report.tools ?? [])
        .filter((t) => t.role === role)
        .map((tool) => ({ tool, runner: report.runner, interpreters: report.interpreters })),
    ]);
  }
  return { legs };
}

/**
 * Each run's paths are normalised with the directories its own report recorded (temp, home,
 * checkout, Nix store), so two runners set up differently still match. `keysOf` gives each
 * report's keys (see keysMemo, whose fallback directories stand in for reports made before those
 * were recorded); a caller that keys the same reports elsewhere passes its own to share them.
 */
export function compare(baseline: Side, current: Side, keysOf: KeysOf = keysMemo()): Change[] {
  const changes: Change[] = [];
  for (const [leg, currentRuns] of current.legs) {
    const baselineRuns = baseline.legs.get(leg);
    if (!baselineRuns) continue;
    const before = scenarioIndex(baselineRuns, keysOf);
    for (const [scenarioKey, now] of scenarioIndex(currentRuns, keysOf)) {
      const then = before.get(scenarioKey);
      if (!then) continue;
      const scenario = now.run.id;
      changes.push(...outcomeChanges(leg, scenario, then, now));
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
          before: verdictLabel(a),
          after: verdictLabel(b),
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
function outcomeChanges(leg: string, scenario: string, before: Indexed, after: Indexed): Change[] {
  const [then, now] = [before.run, after.run];
  const base = { leg, scenario, reason: now.outcome.error, waived: null };
  if (then.outcome.selected && !now.outcome.selected) {
    return [
      {
        ...base,
        class: 'regression',
        path: then.outcome.selected,
        key: before.keys.path(then.outcome.selected),
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
        key: after.keys.path(now.outcome.selected),
        before: then.outcome.error ? `error: ${then.outcome.error}` : 'no interpreter',
        after: `selected ${now.outcome.selected}`,
        reason: null,
      },
    ];
  }
  if (
    then.outcome.selected &&
    now.outcome.selected &&
    before.keys.path(then.outcome.selected) !== after.keys.path(now.outcome.selected)
  ) {
    return [
      {
        ...base,
        class: 'selection-changed',
        path: now.outcome.selected,
        key: after.keys.path(now.outcome.selected),
        before: `selected ${then.outcome.selected}`,
        after: `selected ${now.outcome.selected}`,
        reason: null,
      },
    ];
  }
  return [];
}

interface Indexed {
  run: ScenarioRun;
  /** The decisions by key. */
  decisions: Map<string, Decision>;
  keys: ScenarioKeys;
}

function scenarioIndex(runs: readonly SideRun[], keysOf: KeysOf): Map<string, Indexed> {
  const index = new Map<string, Indexed>();
  for (const side of runs) {
    const report = keysOf(side.runner, side.interpreters);
    for (const run of side.tool.scenarios) {
      const keys = report.scenario(run);
      const decisions = new Map<string, Decision>();
      for (const d of run.decisions) decisions.set(keys.path(d.path), d);
      index.set(`${side.tool.name}\u0000${keys.scenario}`, { run, decisions, keys });
    }
  }
  return index;
}

/** A decision as a change shows it: the verdict and the tool's words, or `absent`. */
export function verdictLabel(d: Decision | undefined): string {
  if (!d) return 'absent';
  return d.reason ? `${d.verdict}: ${d.reason}` : d.verdict;
}

/** Legs expected but not reported: an error of the run, never "every interpreter rejected". */
export function missingLegs(expected: readonly string[], reports: readonly Report[]): string[] {
  const present = new Set(reports.map((r) => legOf(r.runner)));
  return expected.filter((leg) => !present.has(leg));
}
