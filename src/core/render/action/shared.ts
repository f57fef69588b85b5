// Pieces shared by the comment and the summary.
import type { Analysis } from '../../diff/analyze.js';
import type { Change, ChangeClass } from '../../diff/compare.js';
import { inlineCode } from '../../triage/markdown.js';

export const CLASS_TITLES: Record<ChangeClass, string> = {
  regression: 'Regressions: accepted before, turned down now',
  fix: 'Fixes: turned down before, accepted now',
  'selection-changed': 'A different interpreter is selected',
  'reason-changed': 'Still turned down, for another reason',
  drift: 'Drift: the interpreter is on one side only (the runner changed, not the tool)',
};
export const CLASS_ORDER: ChangeClass[] = [
  'regression',
  'fix',
  'selection-changed',
  'reason-changed',
  'drift',
];

export function headline(a: Analysis): string {
  const n = a.counts.regression;
  switch (a.status) {
    case 'incomplete':
      return `⚠️ interpreter-guard: ${a.missingLegs.length} runner${a.missingLegs.length === 1 ? '' : 's'} did not report (${a.missingLegs.join(', ')})`;
    case 'no-baseline':
      return '⚠️ interpreter-guard: no baseline to compare with';
    case 'regressions':
      return `❌ interpreter-guard: ${n} regression${n === 1 ? '' : 's'}`;
    case 'changes':
      return '🔄 interpreter-guard: discovery changed, no regression';
    case 'clean':
      return '✅ interpreter-guard: no change in interpreter discovery';
  }
}

export function context(a: Analysis): string {
  const tools = new Map<string, string>();
  for (const r of a.reports)
    for (const t of r.tools ?? [])
      tools.set(t.role, `${t.name}${t.version ? ` ${t.version}` : ''} (${t.spec})`);
  const parts = [`Runners: ${a.legs.map((l) => inlineCode(l)).join(', ') || 'none'}.`];
  if (tools.get('current')) parts.push(`Tool: ${inlineCode(tools.get('current') ?? '')}.`);
  parts.push(
    a.baseline.found
      ? `Baseline: ${a.baseline.description}${tools.get('baseline') ? ` ${inlineCode(tools.get('baseline') ?? '')}` : ''}.`
      : `Baseline: none found (${a.baseline.description}); nothing could be compared.`,
  );
  return parts.join(' ');
}

export const CHANGE_HEADER = [
  '| Runner | Scenario | Interpreter | Before | Now |',
  '| --- | --- | --- | --- | --- |',
];

export function changeRow(c: Change): string {
  const cell = (s: string, max = 160) =>
    inlineCode(s.length > max ? `${s.slice(0, max)}…` : s, { inTable: true });
  const waived = c.waived ? ` (waived: ${cell(c.waived, 120)})` : '';
  return `| ${cell(c.leg, 60)} | ${cell(c.scenario, 80)} | ${cell(c.path, 200)} | ${cell(c.before)} | ${cell(c.after)}${waived} |`;
}

/** Per interpreter and runner: ✅ accepted somewhere and never rejected, ❌ rejected, · neither, – absent. */
export function matrixRows(a: Analysis): { header: string[]; rows: string[] } {
  const cells = new Map<string, Map<string, string>>();
  for (const r of a.reports) {
    const leg = r.runner.leg ?? `${r.runner.os}-${r.runner.arch}`;
    for (const t of r.tools ?? []) {
      if (t.role !== 'current') continue;
      for (const s of t.scenarios) {
        for (const d of s.decisions) {
          const row = cells.get(d.path) ?? new Map<string, string>();
          const now = row.get(leg);
          const mark =
            d.verdict === 'rejected'
              ? '❌'
              : d.verdict === 'selected' || d.verdict === 'accepted'
                ? '✅'
                : '·';
          if (!now || rank(mark) > rank(now)) row.set(leg, mark);
          cells.set(d.path, row);
        }
      }
    }
  }
  const header = [
    `| Interpreter | ${a.legs.join(' | ')} |`,
    `| --- |${a.legs.map(() => ' :-: |').join('')}`,
  ];
  const rows = [...cells].map(
    ([path, row]) =>
      `| ${inlineCode(path.length > 200 ? `${path.slice(0, 200)}…` : path, { inTable: true })} | ${a.legs.map((l) => row.get(l) ?? '–').join(' | ')} |`,
  );
  return { header, rows };
}

function rank(mark: string): number {
  return mark === '❌' ? 3 : mark === '✅' ? 2 : mark === '·' ? 1 : 0;
}
