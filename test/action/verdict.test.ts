// fail-on and warn-on over the finding levels: regression < disagreement < any-change; a
// disagreement never hides a regression, and the check run stays neutral on one.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/diff/analyze.js';
import { CHANGE_CLASSES, type Change, type ChangeClass } from '../../src/core/diff/compare.js';
import { annotates, conclusionOf, failureOf } from '../../src/action/verdict.js';

function analysis(classes: ChangeClass[], status: Analysis['status'] = 'changes'): Analysis {
  const changes = classes.map(
    (c, i) => ({ class: c, waived: null, path: `/p/${i}` }) as unknown as Change,
  );
  const counts = Object.fromEntries(CHANGE_CLASSES.map((c) => [c, 0])) as Record<
    ChangeClass,
    number
  >;
  for (const c of classes) counts[c]++;
  return {
    status,
    baseline: { kind: 'tool', description: 'the baseline tool', found: true },
    changes,
    counts,
    causes: [],
    knownDisagreements: 0,
    missingLegs: [],
    legs: ['linux-x64'],
    reports: [],
  };
}

const policy = (failOn: string, warnOn = 'never') =>
  ({ 'fail-on': failOn, 'warn-on': warnOn, comment: 'always' }) as Parameters<typeof failureOf>[0];

describe('the verdict over finding levels', () => {
  it('fails on disagreements only from fail-on: disagreement up', () => {
    const a = analysis(['disagreement', 'drift']);
    expect(failureOf(policy('regression'), a)).toBeNull();
    expect(failureOf(policy('disagreement'), a)).toBe(
      'interpreter-guard: 1 verdict of the tool contradicts what the inventory measured',
    );
    expect(failureOf(policy('any-change'), a)).toMatch(/contradicts what the inventory measured/);
    expect(failureOf(policy('never'), a)).toBeNull();
  });

  it('still fails on regressions under fail-on: disagreement', () => {
    const a = analysis(['regression', 'disagreement', 'disagreement'], 'regressions');
    expect(failureOf(policy('disagreement'), a)).toBe(
      'interpreter-guard: 1 interpreter accepted before is turned down now',
    );
  });

  it('annotates when the warn-on level counts something', () => {
    const a = analysis(['disagreement']);
    expect(annotates(policy('never', 'regression'), a)).toBe(false);
    expect(annotates(policy('never', 'disagreement'), a)).toBe(true);
    expect(annotates(policy('never', 'never'), a)).toBe(false);
    expect(annotates(policy('never', 'never'), analysis([], 'incomplete'))).toBe(true);
  });

  it('keeps the check run neutral on a disagreement fail-on lets through', () => {
    expect(conclusionOf(policy('regression'), analysis(['disagreement']))).toBe('neutral');
    expect(conclusionOf(policy('disagreement'), analysis(['disagreement']))).toBe('failure');
    expect(conclusionOf(policy('regression'), analysis(['fix'], 'changes'))).toBe('success');
  });
});
