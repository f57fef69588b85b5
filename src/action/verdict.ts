// What the analysis means for this job, decided in one place: whether it fails (fail-on), whether
// it annotates (warn-on), whether it comments (comment), and the check run's conclusion.
import { findingsAt, type Analysis } from '../core/diff/analyze.js';
import type { Inputs } from './inputs.js';

type Policy = Pick<Inputs, 'fail-on' | 'warn-on' | 'comment'>;

/** The job's failure message, or null when it passes. A missing leg always fails it. */
export function failureOf(inputs: Policy, a: Analysis): string | null {
  const n = a.counts.regression;
  const d = a.counts.disagreement;
  if (a.status === 'incomplete')
    return `interpreter-guard: no report from ${a.missingLegs.join(', ')}`;
  // What fail-on counts (see findingsAt); the message names the gravest class among it.
  const found = findingsAt(inputs['fail-on'], a);
  if (!found.length) return null;
  if (n)
    return `interpreter-guard: ${n} interpreter${n === 1 ? '' : 's'} accepted before ${n === 1 ? 'is' : 'are'} turned down now`;
  if (found.some((c) => c.class === 'disagreement'))
    return `interpreter-guard: ${d} verdict${d === 1 ? '' : 's'} of the tool contradict${d === 1 ? 's' : ''} what the inventory measured`;
  return 'interpreter-guard: interpreter discovery changed';
}

/** warn-on: annotations when the level counts something (any-change: every change); always when a leg is missing. */
export function annotates(inputs: Policy, a: Analysis): boolean {
  return (
    inputs['warn-on'] === 'any-change' ||
    findingsAt(inputs['warn-on'], a).length > 0 ||
    a.status === 'incomplete'
  );
}

/** Whether there is something to say on the pull request (an old comment is updated regardless). */
export function wantsComment(inputs: Policy, a: Analysis): boolean {
  return (
    inputs.comment === 'always' ||
    (inputs.comment === 'on-change' && a.status !== 'clean') ||
    (inputs.comment === 'on-regression' && a.status === 'regressions')
  );
}

export type Conclusion = 'success' | 'failure' | 'neutral';

/**
 * failure: the job fails (fail-on, or a leg did not report). neutral: nothing could be compared (no
 * baseline), or findings fail-on lets through (a regression under fail-on: never, a disagreement
 * under fail-on: regression) — worth a look, not a red mark. success: compared, and nothing to
 * look at.
 */
export function conclusionOf(inputs: Policy, a: Analysis): Conclusion {
  if (failureOf(inputs, a)) return 'failure';
  if (a.status === 'no-baseline' || a.status === 'regressions' || a.status === 'disagreements')
    return 'neutral';
  return 'success';
}
