// Everything the Action reports about one run, decided once: the changes against the baseline and
// the disagreements with the inventory (which need none), their counts (waived ones excluded), the
// known causes behind them, missing legs, and the overall status.
import type { Report } from '../model.js';
import { BUILTIN_RULES, type KnowledgeRule } from '../triage/knowledge.js';
import { explainChanges, type KnownCause } from './causes.js';
import {
  CHANGE_CLASSES,
  compare,
  missingLegs,
  sideOf,
  type Change,
  type ChangeClass,
} from './compare.js';
import { newDisagreements } from './disagreements.js';
import type { NormalizeOptions } from './identity.js';
import { keysMemo } from './keys.js';
import { applyWaivers, type Waiver } from './waivers.js';

export type BaselineKind = 'tool' | 'base-branch' | 'file' | 'none';

export interface Analysis {
  /**
   * The first that holds: a leg did not report (`incomplete`), nothing to compare with
   * (`no-baseline`), `regressions`, new `disagreements` with the inventory, other `changes`,
   * `clean`. Waived findings are not counted.
   */
  status: 'regressions' | 'disagreements' | 'changes' | 'clean' | 'no-baseline' | 'incomplete';
  baseline: { kind: BaselineKind; description: string; found: boolean };
  changes: Change[];
  counts: Record<ChangeClass, number>;
  /** Known causes (the triage's knowledge base) matching the regressions and disagreements. */
  causes: KnownCause[];
  /** Disagreements the baseline showed too: not repeated as findings (see newDisagreements). */
  knownDisagreements: number;
  missingLegs: string[];
  legs: string[];
  reports: Report[];
}

export function analyze(input: {
  reports: readonly Report[];
  baseline: { kind: BaselineKind; description: string; reports: readonly Report[] | null };
  waivers: readonly Waiver[];
  expectedLegs: readonly string[];
  /** Directories to normalise paths with for reports that record none of their own (older ones). */
  normalize?: NormalizeOptions;
  /** The knowledge base to explain findings with (the triage's built-in rules by default). */
  rules?: readonly KnowledgeRule[];
}): Analysis {
  const { reports, baseline } = input;
  const current = sideOf(reports, 'current');
  const before =
    baseline.kind === 'tool'
      ? sideOf(reports, 'baseline')
      : baseline.reports
        ? sideOf(baseline.reports, 'current')
        : null;
  const found = !!before && [...before.legs.values()].some((runs) => runs.length > 0);
  // Each report's keys, worked out once for the comparison and the disagreements of both sides.
  const keys = keysMemo(input.normalize);
  const compared = found && before ? compare(before, current, keys) : [];
  // With a baseline, only the disagreements it did not have already (see newDisagreements).
  const disagreements = newDisagreements(
    reports,
    !found
      ? null
      : baseline.kind === 'tool'
        ? { reports, role: 'baseline' }
        : { reports: baseline.reports ?? [], role: 'current' },
    keys,
  );
  const { changes, causes } = explainChanges(
    applyWaivers([...compared, ...disagreements.changes], input.waivers),
    reports,
    baseline.kind === 'tool' ? [] : (baseline.reports ?? []),
    input.rules ?? BUILTIN_RULES,
  );
  const counts = Object.fromEntries(CHANGE_CLASSES.map((c) => [c, 0])) as Record<
    ChangeClass,
    number
  >;
  for (const c of changes) if (!c.waived) counts[c.class]++;
  const missing = missingLegs(input.expectedLegs, reports);
  const status = missing.length
    ? 'incomplete'
    : !found
      ? 'no-baseline'
      : counts.regression
        ? 'regressions'
        : counts.disagreement
          ? 'disagreements'
          : changes.some((c) => !c.waived)
            ? 'changes'
            : 'clean';
  return {
    status,
    baseline: { kind: baseline.kind, description: baseline.description, found },
    changes,
    counts,
    causes,
    knownDisagreements: disagreements.known,
    missingLegs: missing,
    legs: [...current.legs.keys()],
    reports: [...reports],
  };
}

/**
 * The levels of `fail-on` and `warn-on`, each counting more than the one before: `regression`,
 * `disagreement` (regressions and disagreements), `any-change` (every change, disagreements
 * included). `never` counts nothing.
 */
export const FINDING_LEVELS = ['regression', 'disagreement', 'any-change', 'never'] as const;
export type FindingLevel = (typeof FINDING_LEVELS)[number];

/** The unwaived findings a level counts (what fails the job under `fail-on`, or annotates under `warn-on`). */
export function findingsAt(level: FindingLevel, a: Analysis): Change[] {
  const active = a.changes.filter((c) => !c.waived);
  switch (level) {
    case 'never':
      return [];
    case 'regression':
      return active.filter((c) => c.class === 'regression');
    case 'disagreement':
      return active.filter((c) => c.class === 'regression' || c.class === 'disagreement');
    case 'any-change':
      return active;
  }
}
