// Leg names come from reports, which a fork's pull request may have written: in the comment and
// the summary they are code, never a mention, a link, an image or an extra table column.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/diff/analyze.js';
import { renderComment } from '../../src/core/render/action/comment.js';
import { renderSummary } from '../../src/core/render/action/summary.js';
import { regressedReport } from '../action/synthetic-reports.js';

const HOSTILE =
  'x | @octo-org/core <img src=https://evil.example/p.png> [click](https://evil.example)';

describe('a hostile leg name', () => {
  it('is inert in the comment and the summary', () => {
    const analysis = analyze({
      reports: [regressedReport(HOSTILE, 2)],
      baseline: { kind: 'tool', description: 'the baseline tool', reports: null },
      waivers: [],
      expectedLegs: [],
    });
    for (const text of [
      renderComment(analysis, { marker: '<!-- m -->', summaryUrl: null }),
      renderSummary(analysis),
    ]) {
      // Every occurrence sits inside a code span: no live mention, image or link.
      const outside = text.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
      expect(outside).not.toContain('@octo-org');
      expect(outside).not.toContain('<img');
      expect(outside).not.toContain('](https://evil.example)');
      // The matrix keeps one column per leg: its header has as many cells as its separator.
      const header = text.split('\n').find((l) => l.startsWith('| Interpreter |'));
      const separator = text.split('\n')[text.split('\n').indexOf(header ?? '') + 1] ?? '';
      const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
      expect(header).toBeDefined();
      expect(cells(header ?? '')).toBe(cells(separator));
    }
  });
});
