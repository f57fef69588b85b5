// `npm run eval [-- options]`: runs the triage over a corpus of real, annotated issue threads and
// prints, for the `dev` and `test` splits, the figures the triage is held to, the confusion
// counts, and every miss as one line. With --check it exits 1 when a `test` figure falls more than
// 0.02 under the floor committed in eval/floor.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { triageIssue } from '../../src/core/triage/index.js';
import { parseThreadExport, threadMarkdown } from '../../src/core/triage/thread.js';
import {
  applyCorrections,
  CorpusError,
  loadCorpus,
  loadCorrections,
  type CorpusIssue,
} from './corpus.js';
import {
  belowFloor,
  confusion,
  figuresOf,
  platformConfusion,
  raisedFloor,
  scoreIssue,
  type Figures,
  type IssueScore,
  type Predicted,
} from './score.js';
import { splitOf, type Split } from './split.js';

const HELP = `Usage: npm run eval -- [options]

Runs the triage over an annotated corpus of real issue threads and prints per-field figures for
the dev and test splits, confusion counts, and each miss as one line (split file field expected got).

Options:
  --corpus DIR     the corpus (default ../shared/corpus): issues/*.md and annotations-*.jsonl
  --misses WHICH   which misses to print: dev, test, all or none (default all)
  --field NAME     print only the misses of this field (repeatable)
  --check          exit 1 when a test figure is more than 0.02 under eval/floor.json
  --raise-floor    write the test figures into eval/floor.json where they are higher (never lower)
  --json           print the figures as JSON instead
  --list SPLIT     print the files of a split (dev or test) and stop
  --all-turns      read commenters' posts too (the app reads the reporter's and maintainers')
  --no-repo        do not tell the triage each issue's repository (the text alone names the tool)
  -h, --help       this text
`;

// The bars the triage is held to (issue "Triage that holds on real issues").
const GOALS: Partial<Record<keyof Figures, string>> = {
  discovery: '≥ 0.90',
  hasLog: '≥ 0.90',
  needsLogsRecall: '≥ 0.80',
  needsLogsWrong: '≤ 0.05',
  platform: '≥ 0.85',
  tool: '≥ 0.95',
  toolVersion: '≥ 0.85',
  pathRecall: '≥ 0.90',
  reasonRecall: '≥ 0.90',
  crashes: '0',
};
const TOLERANCE = 0.02;
const FLOOR_FILE = 'eval/floor.json';
const CORRECTIONS_FILE = 'eval/corrections.jsonl';

export function main(argv: string[]): number {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string', default: '../shared/corpus' },
        misses: { type: 'string', default: 'all' },
        field: { type: 'string', multiple: true },
        check: { type: 'boolean' },
        'raise-floor': { type: 'boolean' },
        json: { type: 'boolean' },
        list: { type: 'string' },
        'no-repo': { type: 'boolean' },
        'all-turns': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!['dev', 'test', 'all', 'none'].includes(values.misses)) {
    process.stderr.write(`eval: --misses must be dev, test, all or none\n`);
    return 2;
  }

  let issues: CorpusIssue[];
  let applied: number;
  const corpusDir = resolve(values.corpus);
  try {
    issues = loadCorpus(corpusDir);
    applied = applyCorrections(issues, loadCorrections(CORRECTIONS_FILE));
  } catch (error) {
    if (error instanceof CorpusError) {
      process.stderr.write(`eval: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  if (values.list) {
    for (const issue of issues)
      if (splitOf(issue.annotation.file) === values.list)
        process.stdout.write(`${issue.annotation.file}\n`);
    return 0;
  }
  const withRepo = !values['no-repo'];
  const started = performance.now();
  const scored = issues.map((issue) => ({
    split: splitOf(issue.annotation.file),
    score: scoreIssue(issue.annotation, predict(issue, withRepo, values['all-turns'] === true)),
  }));
  const elapsed = performance.now() - started;
  const of = (split: Split | 'all'): IssueScore[] =>
    scored.filter((s) => split === 'all' || s.split === split).map((s) => s.score);
  const figures = {
    dev: figuresOf(of('dev')),
    test: figuresOf(of('test')),
    all: figuresOf(of('all')),
  };

  const floor = existsSync(FLOOR_FILE)
    ? (JSON.parse(readFileSync(FLOOR_FILE, 'utf8')) as {
        test: Partial<Record<keyof Figures, number>>;
      })
    : { test: {} };

  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ corpus: corpusDir, issues: issues.length, corrections: applied, figures, floor: floor.test }, null, 2)}\n`,
    );
  } else {
    const out: string[] = [];
    out.push(
      `corpus ${corpusDir}: ${issues.length} issues (dev ${figures.dev.issues}, test ${figures.test.issues}), ${applied} correction${applied === 1 ? '' : 's'} from ${CORRECTIONS_FILE} applied; triaged in ${(elapsed / 1000).toFixed(2)} s`,
      '',
      table(figures, floor.test),
      '',
    );
    for (const split of ['dev', 'test'] as const) {
      const scores = of(split);
      const row = (name: 'discovery' | 'hasLog' | 'hasDiscoveryLog' | 'needsLogs') => {
        const c = confusion(scores, name);
        return `${name} tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn}`;
      };
      out.push(
        `confusion (${split}): ${row('discovery')} · ${row('hasLog')} · ${row('hasDiscoveryLog')} · ${row('needsLogs')}`,
      );
      const platforms = [...platformConfusion(scores)]
        .map(([want, got]) => `${want}→${[...got].map(([p, n]) => `${p}:${n}`).join(',')}`)
        .join(' ');
      out.push(`platform misses (${split}, expected→got:count): ${platforms || 'none'}`);
    }
    if (values.misses !== 'none') {
      out.push('', 'misses (split file field expected got):');
      for (const { split, score } of scored) {
        if (values.misses !== 'all' && values.misses !== split) continue;
        for (const m of score.misses) {
          if (values.field && !values.field.includes(m.field)) continue;
          out.push(`${split}\t${m.file}\t${m.field}\t${m.expected}\t${m.got}`);
        }
      }
    }
    process.stdout.write(`${out.join('\n')}\n`);
  }

  if (values['raise-floor']) {
    const next = { test: raisedFloor(floor.test, figures.test) };
    writeFileSync(FLOOR_FILE, `${JSON.stringify(next, null, 2)}\n`);
    process.stderr.write(`eval: ${FLOOR_FILE} written\n`);
  }
  if (values.check) {
    const failures = belowFloor(figures.test, floor.test, TOLERANCE);
    if (failures.length) {
      process.stderr.write(
        `eval: test figures under the floor (tolerance ${TOLERANCE}):\n  ${failures.join('\n  ')}\n`,
      );
      return 1;
    }
    process.stderr.write(`eval: test figures hold the floor in ${FLOOR_FILE}\n`);
  }
  return 0;
}

/** The triage of one corpus thread, as the app would run it; null when it threw. */
function predict(issue: CorpusIssue, withRepo: boolean, allTurns: boolean): Predicted | null {
  try {
    const thread = parseThreadExport(issue.text);
    const turns = allTurns
      ? thread?.turns.map((t) => ({ ...t, role: 'reporter' as const }))
      : thread?.turns;
    const markdown = thread && turns ? threadMarkdown({ ...thread, turns }) : issue.text;
    const { result } = triageIssue(markdown, {
      repo: withRepo ? (thread?.repo ?? issue.annotation.repo) : null,
    });
    return {
      discovery: result.discovery,
      hasLog: result.hasLog,
      hasDiscoveryLog: result.hasDiscoveryLog,
      needsLogs: result.needsLogs,
      tool: result.tool,
      toolVersion: result.toolVersion,
      platform: result.platform,
      turnedDown: [...result.rejected, ...result.skipped],
    };
  } catch (error) {
    process.stderr.write(
      `eval: ${issue.annotation.file}: ${(error as Error).stack ?? String(error)}\n`,
    );
    return null;
  }
}

function table(
  figures: Record<'dev' | 'test' | 'all', Figures>,
  floor: Partial<Record<keyof Figures, number>>,
): string {
  const rows: [keyof Figures, string][] = [
    ['discovery', 'discovery accuracy'],
    ['hasLog', 'hasLog accuracy'],
    ['hasDiscoveryLog', 'hasDiscoveryLog accuracy'],
    ['needsLogsRecall', 'needs-logs asked (of no-log discovery)'],
    ['needsLogsWrong', 'needs-logs asked wrongly (of the rest)'],
    ['platform', 'platform accuracy'],
    ['tool', 'tool accuracy'],
    ['toolVersion', 'tool version accuracy'],
    ['pathRecall', 'turned-down path recall'],
    ['pathPrecision', 'turned-down path precision'],
    ['reasonRecall', 'reason recall'],
    ['crashes', 'crashes'],
  ];
  const fmt = (v: number | null, key: keyof Figures) =>
    v === null ? '-' : key === 'crashes' ? String(v) : v.toFixed(3);
  const lines = [
    `${'figure'.padEnd(40)} ${'dev'.padStart(6)} ${'test'.padStart(6)} ${'all'.padStart(6)}  ${'goal'.padEnd(7)} floor`,
  ];
  for (const [key, label] of rows) {
    const floorValue = floor[key];
    lines.push(
      `${label.padEnd(40)} ${fmt(figures.dev[key], key).padStart(6)} ${fmt(figures.test[key], key).padStart(6)} ${fmt(figures.all[key], key).padStart(6)}  ${(GOALS[key] ?? '').padEnd(7)} ${floorValue === undefined ? '' : floorValue}`,
    );
  }
  return lines.join('\n');
}
