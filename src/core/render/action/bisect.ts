// Which release brought the regressions, as the legs bisected it (the Action's `bisect:
// on-regression`): one line per leg for the comment ("Introduced in uv 0.5.0" with its release
// notes, the last good release, the probes and their time, the releases skipped), and the same with
// each probe's table for the summary. Reports are untrusted: a version or tool that is not plainly
// one is shown as code, and only a GitHub release page is linked.
import type { Analysis } from '../../diff/analyze.js';
import { legOf } from '../../leg.js';
import type { Report } from '../../model.js';
import { clip } from '../../text.js';
import { inlineCode } from '../../triage/markdown.js';

// The report's own field, so this file reads core/tools/bisect-search.ts's schema through the model.
type BisectResult = NonNullable<Report['bisect']>;
type Probe = BisectResult['probes'][number];
type Bisected = { leg: string; result: BisectResult };

const PLAIN = /^[\w.!+-]{1,40}$/;
const NOTES = /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/releases\/tag\/[\w.!+-]{1,40}$/;
const MAX_SKIPPED = 5;

/** The comment's lines: a blank line, then one per leg that bisected. */
export function bisectLines(a: Analysis): string[] {
  return bisectedLegs(a.reports).flatMap((b) => ['', bisectLine(b)]);
}

/** The summary's: each leg's line, then its probes. */
export function bisectSection(a: Analysis): string[] {
  return bisectedLegs(a.reports).flatMap((b) => [
    '',
    bisectLine(b),
    '',
    '| Release | Verdict | Install | Run | Note |',
    '| --- | --- | --- | --- | --- |',
    ...b.result.probes.map((p) => probeRow(b.result, p)),
  ]);
}

function bisectedLegs(reports: readonly Report[]): Bisected[] {
  return reports.flatMap((r) => (r.bisect ? [{ leg: legOf(r.runner), result: r.bisect }] : []));
}

/** "Introduced in uv 0.5.0 (release notes); last good: uv 0.4.31. Bisected on `linux`: …". */
export function bisectLine({ leg, result: r }: Bisected): string {
  const tool = plain(r.tool);
  const probes = r.probes.filter((p) => p.role === 'probe');
  const time = seconds(probes.reduce((sum, p) => sum + p.installMs + p.runMs, 0));
  const skipped = probes.filter((p) => p.verdict === 'skipped');
  const skips = skipped.length
    ? `; skipped ${skipped
        .slice(0, MAX_SKIPPED)
        .map((p) => `${plain(p.version)} (${inlineCode(clip(p.reason ?? 'not installed', 160))})`)
        .join(
          ', ',
        )}${skipped.length > MAX_SKIPPED ? ` and ${skipped.length - MAX_SKIPPED} more` : ''}`
    : '';
  const cost = `Bisected on ${inlineCode(clip(leg, 60))}: ${probes.length} probe${probes.length === 1 ? '' : 's'} (at most ${r.probeBound} for ${r.releases.length} releases, budget ${r.maxProbes}), ${time}${skips}.`;
  const notes = r.notesUrl && NOTES.test(r.notesUrl) ? ` ([release notes](${r.notesUrl}))` : '';
  const lastGood = r.lastGood ? ` Last good: ${tool} ${plain(r.lastGood)}.` : '';
  switch (r.status) {
    case 'found':
      return `**Introduced in ${tool} ${plain(r.firstBad ?? r.bad)}**${notes}.${lastGood} ${cost}`;
    case 'inconclusive': {
      const suspects = [...r.untested, r.firstBad ?? r.bad];
      const shown = suspects
        .slice(-8)
        .map((v) => plain(v))
        .join(', ');
      const why =
        probes.length >= r.maxProbes
          ? `the budget of ${r.maxProbes} probes ran out`
          : 'the releases between could not be installed or run';
      return `**Introduced in one of ${tool} ${suspects.length > 8 ? '…, ' : ''}${shown}** (not pinned to one release: ${why}).${lastGood} ${cost}`;
    }
    case 'no-change':
      return `**Not bisected:** ${tool} ${plain(r.good)} and ${plain(r.bad)} decide the same about every interpreter on ${inlineCode(clip(leg, 60))} when run again. ${cost}`;
  }
}

function probeRow(r: BisectResult, p: Probe): string {
  const verdict = p.role === 'probe' ? p.verdict : `${p.verdict} (${p.role} end)`;
  const note =
    p.verdict === 'skipped'
      ? inlineCode(clip(p.reason ?? '', 300), { inTable: true })
      : p.role === 'good'
        ? ''
        : `shows ${p.shows} of ${r.changes.length} changes`;
  return `| ${plain(p.version, true)} | ${verdict} | ${seconds(p.installMs)} | ${seconds(p.runMs)} | ${note} |`;
}

/** A version or tool name as text when it is plainly one, else as code. */
function plain(text: string, inTable = false): string {
  return PLAIN.test(text) ? text : inlineCode(clip(text, 60), { inTable });
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
