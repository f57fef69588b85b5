// Everything the Action reports about one run, decided once: the changes against the baseline,
// their counts (waived ones excluded), missing legs, and the overall status.
import type { Report } from '../model.js';
import { compare, missingLegs, sideOf, type Change, type ChangeClass } from './compare.js';
import type { NormalizeOptions } from './identity.js';
import { applyWaivers, type Waiver } from './waivers.js';

export type BaselineKind = 'tool' | 'base-branch' | 'file' | 'none';

export interface Analysis {
  status: 'regressions' | 'changes' | 'clean' | 'no-baseline' | 'incomplete';
  baseline: { kind: BaselineKind; description: string; found: boolean };
  changes: Change[];
  counts: Record<ChangeClass, number>;
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
  const changes =
    found && before ? applyWaivers(compare(before, current, input.normalize), input.waivers) : [];
  const counts: Record<ChangeClass, number> = {
    regression: 0,
    fix: 0,
    drift: 0,
    'reason-changed': 0,
    'selection-changed': 0,
  };
  for (const c of changes) if (!c.waived) counts[c.class]++;
  const missing = missingLegs(input.expectedLegs, reports);
  const status = missing.length
    ? 'incomplete'
    : !found
      ? 'no-baseline'
      : counts.regression
        ? 'regressions'
        : changes.some((c) => !c.waived)
          ? 'changes'
          : 'clean';
  return {
    status,
    baseline: { kind: baseline.kind, description: baseline.description, found },
    changes,
    counts,
    missingLegs: missing,
    legs: [...current.legs.keys()],
    reports: [...reports],
  };
}
