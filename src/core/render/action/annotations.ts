// Workflow annotations: regressions as errors, disagreements and drift as warnings, each within
// GitHub's cap of 10 per kind per step, and one notice for everything that did not fit.
import type { Analysis } from '../../diff/analyze.js';
import type { Change } from '../../diff/compare.js';
import { kindNote } from './shared.js';

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
  const disagreements = active.filter((c) => c.class === 'disagreement');
  const out: Annotation[] = [];
  for (const c of regressions.slice(0, CAP)) {
    out.push({
      level: 'error',
      title: `Interpreter discovery regression on ${c.leg}`,
      message: `${c.scenario}: ${c.path}${kindNote(c.interpreterKind)} — before: ${c.before}; now: ${c.after}${causes(a, c)}`,
    });
  }
  // Warnings share GitHub's cap of 10: disagreements first, drift in what is left.
  const warnings = [...disagreements, ...drift].slice(0, CAP);
  for (const c of warnings.filter((w) => w.class === 'disagreement')) {
    out.push({
      level: 'warning',
      title: `The tool contradicts the inventory on ${c.leg}`,
      message: `${c.scenario}: ${c.path}${kindNote(c.interpreterKind)} — the tool: ${c.after}; measured: ${c.disagreement?.fact ?? c.before}. Classification: ${c.disagreement?.classification ?? 'unknown'}${causes(a, c)}`,
    });
  }
  for (const c of warnings.filter((w) => w.class === 'drift')) {
    out.push({
      level: 'warning',
      title: `Interpreter set changed on ${c.leg}`,
      message: `${c.scenario}: ${c.path} — before: ${c.before}; now: ${c.after}`,
    });
  }
  const rest = active.length - Math.min(regressions.length, CAP) - warnings.length;
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

/** The titles of the known causes matched to the change, for the annotation's last sentence. */
function causes(a: Analysis, c: Change): string {
  const titles = (c.causes ?? []).map((id) => a.causes.find((k) => k.id === id)?.title ?? id);
  return titles.length ? `. Likely cause: ${titles.join('; ')}` : '';
}
