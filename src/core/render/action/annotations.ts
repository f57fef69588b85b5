// Workflow annotations: regressions as errors, drift as warnings, each within GitHub's cap of 10
// per kind per step, and one notice for everything that did not fit.
import type { Analysis } from '../../diff/analyze.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
}

const CAP = 10;

export function annotationsFor(a: Analysis): Annotation[] {
  const active = a.changes.filter((c) => !c.waived);
  const regressions = active.filter((c) => c.class === 'regression');
  const drift = active.filter((c) => c.class === 'drift');
  const out: Annotation[] = [];
  for (const c of regressions.slice(0, CAP)) {
    out.push({
      level: 'error',
      title: `Interpreter discovery regression on ${c.leg}`,
      message: `${c.scenario}: ${c.path} — before: ${c.before}; now: ${c.after}`,
    });
  }
  for (const c of drift.slice(0, CAP)) {
    out.push({
      level: 'warning',
      title: `Interpreter set changed on ${c.leg}`,
      message: `${c.scenario}: ${c.path} — before: ${c.before}; now: ${c.after}`,
    });
  }
  const rest = active.length - Math.min(regressions.length, CAP) - Math.min(drift.length, CAP);
  if (a.missingLegs.length)
    out.push({
      level: 'error',
      title: 'Runners missing',
      message: `No report from ${a.missingLegs.join(', ')}`,
    });
  if (rest > 0)
    out.push({
      level: 'notice',
      title: 'More changes',
      message: `${rest} more change${rest === 1 ? '' : 's'} — see the job summary.`,
    });
  if (!a.baseline.found)
    out.push({
      level: 'warning',
      title: 'No baseline',
      message: `No baseline was found (${a.baseline.description}); nothing was compared.`,
    });
  return out;
}
