// A leg's bisection as the report job renders it from the leg's report (core only, no I/O): the
// found release, an inconclusive one with its candidates, one line per leg, and values from an
// untrusted report kept inert.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/diff/analyze.js';
import { parseReport } from '../../src/core/inventory/report.js';
import type { Report } from '../../src/core/model.js';
import { bisectLine } from '../../src/core/render/action/bisect.js';
import { commentMarker, renderComment } from '../../src/core/render/action/comment.js';
import { renderSummary } from '../../src/core/render/action/summary.js';
import type { BisectResult, Probe } from '../../src/core/tools/bisect-search.js';
import { regressedReport } from '../action/synthetic-reports.js';

const probe = (version: string, verdict: Probe['verdict'], over: Partial<Probe> = {}): Probe => ({
  version,
  role: 'probe',
  verdict,
  reason: null,
  shows: verdict === 'bad' ? 1 : 0,
  installMs: 1200,
  runMs: 300,
  ...over,
});

const found = (over: Partial<BisectResult> = {}): BisectResult => ({
  schema: 'interpreter-guard/bisect@1',
  tool: 'uv',
  good: '0.4.30',
  bad: '0.5.3',
  status: 'found',
  firstBad: '0.5.0',
  lastGood: '0.4.31',
  notesUrl: 'https://github.com/astral-sh/uv/releases/tag/0.5.0',
  untested: [],
  summary: 'uv 0.5.0 is the first release that shows the change; 0.4.31 is the last that does not',
  releases: ['0.4.31', '0.5.0', '0.5.1', '0.5.2', '0.5.3'],
  maxProbes: 8,
  probeBound: 4,
  scenarios: ['policy:find:3.12'],
  changes: [
    {
      class: 'regression',
      scenario: 'policy:find:3.12',
      path: '/opt/envs/env-0/bin/python3',
      before: 'accepted',
      after: 'rejected: is a virtual environment',
      reason: 'is a virtual environment',
    },
  ],
  boundary: [],
  probes: [
    probe('0.4.30', 'good', { role: 'good', installMs: 0, runMs: 0 }),
    probe('0.5.3', 'bad', { role: 'bad', installMs: 0, runMs: 0 }),
    probe('0.5.1', 'skipped', { reason: 'checksum mismatch for uv.tar.gz', runMs: 0 }),
    probe('0.5.2', 'bad'),
    probe('0.5.0', 'bad'),
    probe('0.4.31', 'good'),
  ],
  elapsedMs: 6000,
  ...over,
});

const withBisect = (leg: string, bisect: BisectResult): Report => {
  const parsed = parseReport(JSON.parse(JSON.stringify({ ...regressedReport(leg, 1), bisect })));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.report;
};

const analysisOf = (...reports: Report[]) =>
  analyze({
    reports,
    baseline: { kind: 'tool', description: 'baseline-tool', reports: null },
    waivers: [],
    expectedLegs: [],
  });

describe('a bisection in the comment and the summary', () => {
  it('names the release with its notes, the last good one, the probes, their time and the skipped', () => {
    const a = analysisOf(withBisect('linux', found()), regressedReport('macos', 1));
    const line =
      '**Introduced in uv 0.5.0** ([release notes](https://github.com/astral-sh/uv/releases/tag/0.5.0)). Last good: uv 0.4.31. ' +
      'Bisected on `linux`: 4 probes (at most 4 for 5 releases, budget 8), 5.7 s; skipped 0.5.1 (`checksum mismatch for uv.tar.gz`).';
    const comment = renderComment(a, { marker: commentMarker('w:r'), summaryUrl: null }).split(
      '\n',
    );
    expect(comment.slice(4, 6)).toEqual(['', line]);
    // Only the leg that bisected says so.
    expect(comment.filter((l) => l.includes('Bisected on'))).toHaveLength(1);
    const summary = renderSummary(a);
    expect(summary).toContain(`\n${line}\n`);
    expect(summary).toContain(
      '\n| 0.4.30 | good (good end) | 0.0 s | 0.0 s |  |\n| 0.5.3 | bad (bad end) | 0.0 s | 0.0 s | shows 1 of 1 changes |\n' +
        '| 0.5.1 | skipped | 1.2 s | 0.0 s | `checksum mismatch for uv.tar.gz` |\n',
    );
  });

  it('gives the candidates when the change could not be pinned to one release', () => {
    const line = bisectLine({
      leg: 'linux',
      result: found({
        status: 'inconclusive',
        firstBad: '0.5.2',
        lastGood: '0.4.31',
        untested: ['0.5.0', '0.5.1'],
        notesUrl: 'https://github.com/astral-sh/uv/releases/tag/0.5.2',
        maxProbes: 2,
        probes: [probe('0.5.1', 'skipped'), probe('0.5.2', 'bad')],
      }),
    });
    expect(line).toMatch(
      /^\*\*Introduced in one of uv 0\.5\.0, 0\.5\.1, 0\.5\.2\*\* \(not pinned to one release: the budget of 2 probes ran out\)\. Last good: uv 0\.4\.31\. Bisected on `linux`: 2 probes /,
    );
  });

  it('keeps what an untrusted report says inert: no mention, no link but a GitHub release page', () => {
    const line = bisectLine({
      leg: 'linux',
      result: found({
        tool: 'uv @everyone',
        firstBad: '0.5.0](https://evil.example)',
        notesUrl: 'https://evil.example/releases/tag/0.5.0',
      }),
    });
    expect(line).toMatch(
      /^\*\*Introduced in `uv @everyone` `0\.5\.0\]\(https:\/\/evil\.example\)`\*\*\. /,
    );
    expect(line).not.toContain('[release notes]');
  });
});
