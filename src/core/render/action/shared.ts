// Pieces shared by the comment and the summary.
import type { Analysis } from '../../diff/analyze.js';
import { legOf } from '../../leg.js';

import type { KnownCause } from '../../diff/causes.js';
import type { Change, ChangeClass } from '../../diff/compare.js';
import { clip } from '../../text.js';
import { inlineCode } from '../../triage/markdown.js';

export const CLASS_TITLES: Record<ChangeClass, string> = {
  regression: 'Regressions: accepted before, turned down now',
  disagreement: 'Disagreements: the tool’s verdict contradicts what the inventory measured',
  fix: 'Fixes: turned down before, accepted now',
  'selection-changed': 'A different interpreter is selected',
  'reason-changed': 'Still turned down, for another reason',
  drift: 'Drift: the interpreter is on one side only (the runner changed, not the tool)',
};
export const CLASS_ORDER: ChangeClass[] = [
  'regression',
  'disagreement',
  'fix',
  'selection-changed',
  'reason-changed',
  'drift',
];

export function headline(a: Analysis): string {
  const n = a.counts.regression;
  const d = a.counts.disagreement;
  const disagreements = `${d} disagreement${d === 1 ? '' : 's'} with the inventory`;
  switch (a.status) {
    case 'incomplete':
      return `⚠️ interpreter-guard: ${a.missingLegs.length} runner${a.missingLegs.length === 1 ? '' : 's'} did not report (${a.missingLegs.join(', ')})`;
    case 'no-baseline':
      return d
        ? `⚠️ interpreter-guard: ${disagreements} (no baseline to compare with)`
        : '⚠️ interpreter-guard: no baseline to compare with';
    case 'regressions':
      return `❌ interpreter-guard: ${n} regression${n === 1 ? '' : 's'}${d ? `, ${disagreements}` : ''}`;
    case 'disagreements':
      return a.changes.some((c) => !c.waived && c.class !== 'disagreement')
        ? `🔄 interpreter-guard: discovery changed, no regression; ${disagreements}`
        : `⚠️ interpreter-guard: ${disagreements}`;
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

const cell = (s: string, max = 160) => inlineCode(clip(s, max), { inTable: true });

/** The kind the inventory classified an interpreter as, to put beside its path (` (venv)`). */
export function kindNote(kind: string | null | undefined): string {
  return kind ? ` (${kind})` : '';
}

/** The interpreter's path with its kind beside it, as the inventory classified it. */
function interpreterCell(c: Change): string {
  return `${cell(c.path, 200)}${kindNote(c.interpreterKind)}`;
}

export function changeRow(c: Change): string {
  const waived = c.waived ? ` (waived: ${cell(c.waived, 120)})` : '';
  return `| ${cell(c.leg, 60)} | ${cell(c.scenario, 80)} | ${interpreterCell(c)} | ${cell(c.before)} | ${cell(c.after)}${waived} |`;
}

export const DISAGREEMENT_HEADER = [
  '| Runner | Scenario | Interpreter | The tool said | The inventory measured | Classification |',
  '| --- | --- | --- | --- | --- | --- |',
];

/** A disagreement: the tool's words beside the measured fact and the classification behind it. */
export function disagreementRow(c: Change): string {
  const waived = c.waived ? ` (waived: ${cell(c.waived, 120)})` : '';
  const fact = c.disagreement ? cell(c.disagreement.fact, 300) : cell(c.before);
  const classification = c.disagreement ? cell(c.disagreement.classification, 400) : '';
  return `| ${cell(c.leg, 60)} | ${cell(c.scenario, 80)} | ${interpreterCell(c)} | ${cell(c.after)}${waived} | ${fact} | ${classification} |`;
}

/** The table of one class: its header and rows. */
export function classTable(cls: ChangeClass, changes: readonly Change[]): string[] {
  return cls === 'disagreement'
    ? [...DISAGREEMENT_HEADER, ...changes.map(disagreementRow)]
    : [...CHANGE_HEADER, ...changes.map(changeRow)];
}

/**
 * A known cause in the words the triage app uses for an issue (title, explanation, what helps,
 * related issues), with the findings it explains. Related issues are not linked, as in the app's
 * default: a link would put a cross-reference on the upstream issue from every pull request.
 */
export function causeLines(cause: KnownCause, heading: string): string[] {
  const shown = cause.seenFor
    .slice(0, 5)
    .map(
      (s) =>
        `${inlineCode(s.path)}${kindNote(s.interpreterKind)} in ${inlineCode(s.scenario)} on ${inlineCode(s.leg)}`,
    );
  const more = cause.seenFor.length - shown.length;
  const out = [
    `${heading} Likely cause: ${cause.title}`,
    '',
    cause.explanation,
    '',
    `Seen for ${shown.join('; ')}${more > 0 ? ` and ${more} more` : ''}.`,
  ];
  if (cause.workarounds.length)
    out.push('', '**What helps**', ...cause.workarounds.map((w) => `- ${w}`));
  if (cause.related.length)
    out.push('', `Related: ${cause.related.map((r) => inlineCode(r)).join(', ')}`);
  return out;
}

/** Per interpreter and runner: ✅ accepted somewhere and never rejected, ❌ rejected, · neither, – absent. */
export function matrixRows(a: Analysis): { header: string[]; rows: string[] } {
  const cells = new Map<string, Map<string, string>>();
  for (const r of a.reports) {
    const leg = legOf(r.runner);
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
    // Leg names come from reports, which a fork may have written: code, like every other cell.
    `| Interpreter | ${a.legs.map((l) => inlineCode(l, { inTable: true })).join(' | ')} |`,
    `| --- |${a.legs.map(() => ' :-: |').join('')}`,
  ];
  const rows = [...cells].map(
    ([path, row]) =>
      `| ${inlineCode(clip(path, 200), { inTable: true })} | ${a.legs.map((l) => row.get(l) ?? '–').join(' | ')} |`,
  );
  return { header, rows };
}

function rank(mark: string): number {
  return mark === '❌' ? 3 : mark === '✅' ? 2 : mark === '·' ? 1 : 0;
}
