// fail-on and warn-on over the finding levels: regression < disagreement < any-change; a
// disagreement never hides a regression, and the check run stays neutral on one.
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/core/diff/analyze.js';
import { CHANGE_CLASSES, type Change, type ChangeClass } from '../../src/core/diff/compare.js';
import type { InterpreterEntry, Report } from '../../src/core/model.js';
import { headline } from '../../src/core/render/action/shared.js';
import type { Decision, ToolRun } from '../../src/core/tools/model.js';
import { interpreterEntry } from '../helpers/entries.js';
import { planCheckRun } from '../../src/action/check-run.js';
import { annotates, conclusionOf, failureOf } from '../../src/action/verdict.js';

/** The status analyze gives these classes, unwaived, with a baseline and every leg. */
function statusOf(classes: readonly ChangeClass[]): Analysis['status'] {
  if (classes.includes('regression')) return 'regressions';
  if (classes.includes('disagreement')) return 'disagreements';
  return classes.length ? 'changes' : 'clean';
}

function analysis(classes: ChangeClass[], status = statusOf(classes)): Analysis {
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

describe('a run whose only findings are new disagreements', () => {
  const ENV = '/nix/store/y3lw7d6xw2s8nsjggbl8f0zwmd0wrgj2-python3-3.12.8-env/bin/python3.12';
  const turnedDown: Decision = {
    path: ENV,
    interpreterId: 'py-env',
    verdict: 'rejected',
    reason: 'system interpreter required',
    reasonKind: 'system-required',
  };
  // Turned down too, but on one side only (drift), and not in the inventory (no disagreement).
  const added: Decision = { ...turnedDown, path: '/opt/py/bin/python3', interpreterId: null };
  const tool = (decisions: Decision[]): ToolRun => ({
    name: 'uv',
    version: '0.5.31',
    role: 'current',
    spec: 'uv',
    scenarios: [
      {
        id: 'uv:venv:3.12',
        command: 'venv',
        request: '3.12',
        context: null,
        outcome: { selected: '/usr/bin/python3.12', error: null },
        decisions,
        durationMs: 1,
        exitCode: 0,
        log: '',
      },
    ],
  });
  /** The env as the inventory saw it: queried, sys.prefix apart from sys.base_prefix. */
  const env = (over: Partial<InterpreterEntry>): InterpreterEntry =>
    interpreterEntry(ENV, {
      id: 'py-env',
      kind: 'nix-env',
      why: 'a Nix withPackages env',
      version: '3.12.8',
      baseExecutable: null,
      prefix: '/nix/store/y3lw7d6xw2s8nsjggbl8f0zwmd0wrgj2-python3-3.12.8-env',
      basePrefix: '/nix/store/h1h8kq3ldxlyn4nr5a0mvjps2wcxzhsb-python3-3.12.8',
      ...over,
    });
  const report = (interpreters: InterpreterEntry[], decisions: Decision[]): Report => ({
    schema: 'interpreter-guard/report@1',
    generator: { name: 'interpreter-guard', version: '0' },
    generatedAt: '2026-01-01T00:00:00Z',
    runner: { os: 'linux', arch: 'x86_64', release: '', leg: 'nix', nixStoreDir: '/nix/store' },
    interpreters,
    tools: [tool(decisions)],
  });
  // The tool's verdicts are the same on both sides, so nothing changed between the runs; the
  // base branch's inventory saw a pyvenv.cfg (no disagreement then), this run's sees none.
  const run = (decisions: Decision[], waived = false) =>
    analyze({
      reports: [report([env({})], decisions)],
      baseline: {
        kind: 'file',
        description: 'the base branch',
        reports: [
          report(
            [env({ kind: 'venv', pyvenvCfg: { path: `${ENV}/../../pyvenv.cfg`, home: null } })],
            [turnedDown],
          ),
        ],
      },
      waivers: waived ? [{ reason: 'known', class: 'disagreement' }] : [],
      expectedLegs: ['nix'],
    });
  const checkRun = (a: Analysis, failOn: string) =>
    planCheckRun(a, {
      name: 'interpreter-guard',
      headSha: 'abc1234',
      conclusion: conclusionOf(policy(failOn), a),
      path: '.github/workflows/guard.yml',
      runUrl: null,
    });

  it('says disagreements, and the headline and the check run read it', () => {
    const a = run([turnedDown]);
    expect(a.changes.map((c) => c.class)).toEqual(['disagreement']);
    expect(a.status).toBe('disagreements');
    expect(headline(a)).toBe('⚠️ interpreter-guard: 1 disagreement with the inventory');
    expect(checkRun(a, 'regression')).toMatchObject({
      conclusion: 'neutral',
      title: headline(a),
    });
    expect(checkRun(a, 'disagreement').conclusion).toBe('failure');
  });

  it('keeps it with other changes beside, and is clean once they are waived', () => {
    const beside = run([turnedDown, added]);
    expect(beside.counts).toMatchObject({ disagreement: 1, drift: 1, regression: 0 });
    expect(beside.status).toBe('disagreements');
    expect(headline(beside)).toBe(
      '🔄 interpreter-guard: discovery changed, no regression; 1 disagreement with the inventory',
    );
    const waived = run([turnedDown], true);
    expect(waived.status).toBe('clean');
    expect(checkRun(waived, 'disagreement').conclusion).toBe('success');
  });
});
