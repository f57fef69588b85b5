// The job summary: the full tables, kept under the 1 MiB a step summary may hold.
import type { Analysis } from '../../diff/analyze.js';
import { bisectSection } from './bisect.js';
import { inlineCode } from '../../triage/markdown.js';
import {
  causeLines,
  classTable,
  CLASS_ORDER,
  CLASS_TITLES,
  context,
  headline,
  matrixRows,
} from './shared.js';

export const SUMMARY_LIMIT = 1024 * 1024;

export function renderSummary(a: Analysis, budget = SUMMARY_LIMIT - 16 * 1024): string {
  const out: string[] = [`## ${headline(a)}`, '', context(a)];
  let used = out.join('\n').length;
  let omitted = 0;
  const push = (line: string) => {
    if (used + Buffer_byteLength(line) + 1 > budget) {
      omitted++;
      return;
    }
    out.push(line);
    used += Buffer_byteLength(line) + 1;
  };
  // Which release brought the regressions, where a leg bisected them: the answer, up front.
  bisectSection(a).forEach(push);
  if (a.missingLegs.length)
    push(
      `\n**Missing runners:** ${a.missingLegs.map((l) => inlineCode(l)).join(', ')} did not report; their interpreters were not compared.`,
    );
  if (a.knownDisagreements)
    push(
      `\n${a.knownDisagreements} disagreement${a.knownDisagreements === 1 ? '' : 's'} with the inventory the baseline showed too ${a.knownDisagreements === 1 ? 'is' : 'are'} not repeated here (a run without a baseline lists them).`,
    );
  // Known causes follow the findings they explain (regressions, then disagreements).
  const causesAfter = (['disagreement', 'regression'] as const).find((cls) =>
    a.changes.some((c) => c.class === cls),
  );
  for (const cls of CLASS_ORDER) {
    const changes = a.changes.filter((c) => c.class === cls);
    if (!changes.length) continue;
    push('');
    push(`### ${CLASS_TITLES[cls]} (${changes.length})`);
    push('');
    classTable(cls, changes).forEach(push);
    if (cls === causesAfter)
      for (const cause of a.causes) {
        push('');
        causeLines(cause, '####').forEach(push);
      }
  }
  const matrix = matrixRows(a);
  if (matrix.rows.length) {
    push('');
    push(`### Interpreters × runners (${matrix.rows.length})`);
    push('');
    push(
      '✅ accepted or selected, ❌ turned down in some scenario, · neither, – not on that runner.',
    );
    push('');
    matrix.header.forEach(push);
    for (const row of matrix.rows) push(row);
  }
  if (omitted)
    out.push(
      '',
      `…${omitted} more row${omitted === 1 ? '' : 's'} did not fit; the full report is in the run's report file.`,
    );
  return `${out.join('\n')}\n`;
}

/** UTF-8 length without Node's Buffer (the core stays free of Node APIs). */
function Buffer_byteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
