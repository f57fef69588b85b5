// The readable form of tool runs: per scenario, which interpreters the tool selected, accepted,
// turned down (and why); interpreters it never looked at are counted, not listed.
import { clip } from '../text.js';
import type { ToolRun } from '../tools/model.js';
import { textTable } from './text-table.js';

export function renderToolRuns(runs: readonly ToolRun[]): string {
  const out: string[] = [];
  for (const run of runs) {
    out.push(
      `== ${run.name}${run.version ? ` ${run.version}` : ''} (${run.role}: ${printable(run.spec)})`,
    );
    for (const s of run.scenarios) {
      const outcome = s.outcome.selected
        ? `selected ${printable(s.outcome.selected)}`
        : s.outcome.error
          ? `error: ${printable(firstLine(s.outcome.error))}`
          : 'no answer';
      out.push('', `-- ${s.id}  →  ${outcome}`);
      const shown = s.decisions.filter((d) => d.verdict !== 'unseen');
      if (shown.length) {
        out.push(
          textTable(
            ['VERDICT', 'PATH', 'REASON'],
            shown.map((d) => [
              d.verdict,
              printable(d.path),
              d.reason ? `${printable(firstLine(d.reason))} (${d.reasonKind ?? 'other'})` : '',
            ]),
          ),
        );
      }
      const unseen = s.decisions.length - shown.length;
      if (unseen) out.push(`(${unseen} interpreter path${unseen === 1 ? '' : 's'} not looked at)`);
    }
    out.push('');
  }
  return out.join('\n');
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return clip(line, 120);
}

function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
