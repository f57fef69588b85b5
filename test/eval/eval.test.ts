// The evaluation harness: scoring one issue, the figures of a split, the floor, the split itself,
// and reading a corpus (a tiny invented one written here) with its corrections.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyCorrections,
  CorpusError,
  loadCorpus,
  loadCorrections,
  type Annotation,
} from '../../scripts/eval/corpus.js';
import {
  belowFloor,
  figuresOf,
  raisedFloor,
  scoreIssue,
  type Predicted,
} from '../../scripts/eval/score.js';
import { DEV_SHARE, splitOf } from '../../scripts/eval/split.js';
import { main as trainMain, train } from '../../scripts/eval/train-discovery.js';
import { compileModel, modelLogit, textFeatures } from '../../src/core/triage/discovery-model.js';
import { tempDir } from '../helpers/fixtures.js';

const annotation = (over: Partial<Annotation> = {}): Annotation => ({
  file: 'o__r__1.md',
  repo: 'o/r',
  number: 1,
  category: 'A',
  discovery: true,
  has_log: true,
  has_discovery_log: true,
  tool: 'uv',
  tool_version: '0.5.31',
  platform: 'nix',
  reasons: ['system interpreter required'],
  rejected_paths: ['/nix/store/x-env/bin/python3', '/nix/store/x-env/bin/python'],
  selected_path: null,
  final_error: null,
  ...over,
});
const predicted = (over: Partial<Predicted> = {}): Predicted => ({
  discovery: true,
  hasLog: true,
  hasDiscoveryLog: true,
  needsLogs: false,
  tool: 'uv',
  toolVersion: 'v0.5.31',
  platform: 'nix',
  turnedDown: [
    { path: '/nix/store/x-env/bin/python3', reason: 'system interpreter required' },
    { path: '/usr/bin/python3', reason: 'does not satisfy request `3.12`' },
  ],
  ...over,
});

describe('scoring one issue', () => {
  it('counts recalled paths and reasons, and a leading v in a version is no difference', () => {
    const score = scoreIssue(annotation(), predicted());
    expect(score.paths).toEqual({ expected: 2, recalled: 1, predicted: 2, correct: 1 });
    expect(score.reasons).toEqual({ expected: 1, recalled: 1 });
    expect(score.toolVersion).toBe(true);
    expect(score.misses).toEqual([
      {
        file: 'o__r__1.md',
        field: 'turnedDownPath',
        expected: '/nix/store/x-env/bin/python',
        got: '(absent)',
      },
    ]);
  });

  it('expects needs-logs exactly on discovery issues without a discovery log', () => {
    const b = annotation({ has_log: false, has_discovery_log: false });
    expect(scoreIssue(b, predicted({ needsLogs: false })).misses.map((m) => m.field)).toContain(
      'needsLogs',
    );
    expect(scoreIssue(annotation(), predicted()).needsLogs).toEqual([false, false]);
  });

  it('scores a crash as wrong on every field', () => {
    const score = scoreIssue(annotation(), null);
    expect(score.crashed).toBe(true);
    expect(figuresOf([score])).toMatchObject({ discovery: 0, tool: 0, pathRecall: 0, crashes: 1 });
  });
});

describe('figures, floor', () => {
  const scores = [
    scoreIssue(annotation(), predicted()),
    scoreIssue(
      annotation({
        file: 'b.md',
        discovery: false,
        has_discovery_log: false,
        rejected_paths: [],
        reasons: [],
      }),
      predicted({ discovery: false, hasDiscoveryLog: false, needsLogs: true, turnedDown: [] }),
    ),
  ];
  const figures = figuresOf(scores);

  it('computes accuracies, needs-logs recall and wrong asks, path recall and precision', () => {
    expect(figures).toMatchObject({
      issues: 2,
      discovery: 1,
      needsLogsRecall: null,
      needsLogsWrong: 0.5,
      pathRecall: 0.5,
      pathPrecision: 0.5,
      reasonRecall: 1,
    });
  });

  it('names the figures that fell under the floor beyond the tolerance, and only those', () => {
    expect(belowFloor(figures, { discovery: 1, pathRecall: 0.51 }, 0.02)).toEqual([]);
    expect(belowFloor(figures, { pathRecall: 0.6, needsLogsWrong: 0.2 }, 0.02)).toEqual([
      'pathRecall 0.500 < floor 0.600',
      'needsLogsWrong 0.500 > ceiling 0.200',
    ]);
  });

  it('raises a floor where the figures are better and never lowers it', () => {
    const next = raisedFloor({ discovery: 0.9, pathRecall: 0.7, needsLogsWrong: 0.1 }, figures);
    expect(next).toMatchObject({ discovery: 1, pathRecall: 0.7, needsLogsWrong: 0.1, crashes: 0 });
  });
});

describe('the split', () => {
  it('puts a file always on the same side, about 60% on dev', () => {
    expect(splitOf('astral-sh__uv__1.md')).toBe(splitOf('astral-sh__uv__1.md'));
    const files = Array.from({ length: 2000 }, (_, i) => `o__r__${i}.md`);
    const dev = files.filter((f) => splitOf(f) === 'dev').length / files.length;
    expect(Math.abs(dev - DEV_SHARE)).toBeLessThan(0.04);
  });
});

describe('reading a corpus', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('ig-eval-'));
    await mkdir(join(dir, 'issues'));
    await writeFile(join(dir, 'issues', 'o__r__1.md'), 'o/r · issue #1 · open\n# t\n');
    await writeFile(join(dir, 'annotations-x.jsonl'), `${JSON.stringify(annotation())}\n\n`);
  });
  afterAll(() => cleanup());

  it('reads the issues with their annotations and applies the corrections that name them', async () => {
    const issues = loadCorpus(dir);
    expect(issues).toHaveLength(1);
    const fixes = join(dir, 'corrections.jsonl');
    await writeFile(
      fixes,
      [
        {
          file: 'o__r__1.md',
          field: 'platform',
          value: 'linux',
          reason: 'the log is from a Debian box',
        },
        {
          file: 'other.md',
          field: 'platform',
          value: 'linux',
          reason: 'not in this corpus at all',
        },
      ]
        .map((c) => JSON.stringify(c))
        .join('\n'),
    );
    expect(applyCorrections(issues, loadCorrections(fixes))).toBe(1);
    expect(issues[0]?.annotation.platform).toBe('linux');
  });

  it('names the file, the line and the field of a bad annotation or correction', async () => {
    await writeFile(join(dir, 'annotations-y.jsonl'), '{"file": "o__r__2.md"}\n');
    expect(() => loadCorpus(dir)).toThrow(/annotations-y\.jsonl:1: field "repo"/);
    const fixes = join(dir, 'bad-corrections.jsonl');
    await writeFile(
      fixes,
      '{"file": "a.md", "field": "colour", "value": 1, "reason": "because it is"}\n',
    );
    expect(() => loadCorrections(fixes)).toThrow(/:1: field "field"/);
    expect(() => loadCorpus(join(dir, 'nowhere'))).toThrow(CorpusError);
  });
});

describe('the discovery word model', () => {
  it('learns which words tell the classes apart, the same way every time', () => {
    const example = (title: string, label: 0 | 1) => ({ features: textFeatures(title, ''), label });
    const examples = [
      example('hatch cannot find my interpreter', 1),
      example('tox cannot find the interpreter', 1),
      example('pdm never finds the interpreter', 1),
      example('lock file is stale after update', 0),
      example('the lock file is rewritten', 0),
      example('lock file grows on update', 0),
    ];
    const first = train(examples);
    expect(first).toEqual(train(examples));
    expect(first.weights.get('t:interpreter')).toBeGreaterThan(0);
    expect(first.weights.get('t:lock_file')).toBeLessThan(0);
    // A word in fewer than three issues is never a feature: it could be one issue's own.
    expect(first.weights.has('t:hatch')).toBe(false);
    const compiled = compileModel({ bias: first.bias, weights: Object.fromEntries(first.weights) });
    const logit = (title: string) => modelLogit(title, '', compiled).logit;
    // The compiled lookup counts the same features the trainer saw.
    const bySet = [...textFeatures('uv cannot find the interpreter', '')].reduce(
      (sum, f) => sum + (first.weights.get(f) ?? 0),
      first.bias,
    );
    expect(logit('uv cannot find the interpreter')).toBeCloseTo(bySet, 10);
    expect(logit('uv cannot find the interpreter')).toBeGreaterThan(0);
    expect(logit('a lock file problem')).toBeLessThan(0);
  });

  it('reads numbers inside words as one symbol, so no version becomes a feature', () => {
    expect([...textFeatures('Python3.12 and `uv` 0.5', '')]).toEqual([
      't:python#',
      't:and',
      't:python#_and',
      't:uv',
      't:and_uv',
    ]);
  });

  const corpus = '../shared/corpus';
  it.skipIf(!existsSync(corpus))(
    'is shipped exactly as npm run train makes it from the corpus (skipped without the corpus beside the checkout)',
    () => {
      expect(trainMain(['--corpus', corpus, '--check'])).toBe(0);
    },
  );
});
