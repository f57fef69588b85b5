// The pull-request comment: one per workflow and report, regressions first, always under GitHub's
// 65,536-character limit ("N more — see the job summary" when the tables do not fit).
import type { Analysis } from '../../diff/analyze.js';
import { CAUSE_CLASSES } from '../../diff/causes.js';
import { bisectLines } from './bisect.js';
import {
  causeLines,
  classTable,
  CLASS_ORDER,
  CLASS_TITLES,
  context,
  headline,
  matrixRows,
} from './shared.js';

export const COMMENT_LIMIT = 65_536;
// What a maintainer has to act on is open: the classes known causes are looked for.
const OPEN = CAUSE_CLASSES;

export function commentMarker(id: string): string {
  return `<!-- interpreter-guard:report:${id.replace(/[^\w.:/-]+/g, '_').replace(/--+/g, '-')} -->`;
}

export function renderComment(
  a: Analysis,
  options: { marker: string; summaryUrl: string | null; budget?: number },
): string {
  const budget = (options.budget ?? COMMENT_LIMIT) - 600; // room for the closing lines
  const out: string[] = [options.marker, `### ${headline(a)}`, '', context(a)];
  let used = out.join('\n').length;
  let omitted = 0;
  const push = (line: string) => {
    if (used + line.length + 1 > budget) {
      omitted++;
      return false;
    }
    out.push(line);
    used += line.length + 1;
    return true;
  };
  // Which release brought the regressions, where a leg bisected them: the answer, up front.
  bisectLines(a).forEach(push);
  // What needs acting on is open, with its known causes right below; the rest is folded.
  const section = (cls: (typeof CLASS_ORDER)[number]) => {
    const changes = a.changes.filter((c) => c.class === cls);
    if (!changes.length) return;
    const open = OPEN.has(cls);
    push('');
    const opened =
      !open && push(`<details><summary>${CLASS_TITLES[cls]} (${changes.length})</summary>`);
    if (open) push(`#### ${CLASS_TITLES[cls]} (${changes.length})`);
    push('');
    classTable(cls, changes).forEach(push);
    // Closing tags are never dropped: the reserve below the budget is for them.
    if (opened) out.push('', '</details>');
  };
  CLASS_ORDER.filter((cls) => OPEN.has(cls)).forEach(section);
  for (const cause of a.causes) {
    push('');
    causeLines(cause, '####').forEach(push);
  }
  CLASS_ORDER.filter((cls) => !OPEN.has(cls)).forEach(section);
  const matrix = matrixRows(a);
  if (matrix.rows.length) {
    push('');
    const opened = push(
      `<details><summary>Interpreters × runners (${matrix.rows.length})</summary>`,
    );
    push('');
    matrix.header.forEach(push);
    for (const row of matrix.rows) push(row);
    if (opened) out.push('', '</details>');
  }
  if (omitted)
    out.push(
      '',
      `…${omitted} more row${omitted === 1 ? '' : 's'} — see the job summary${options.summaryUrl ? ` (${options.summaryUrl})` : ''}.`,
    );
  return out.join('\n');
}
