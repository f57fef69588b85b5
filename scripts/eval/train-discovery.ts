// `npm run train [-- --corpus DIR] [--check]`: trains the discovery word model
// (src/core/triage/discovery-model.ts) on the dev split of the corpus and writes it to
// src/core/triage/discovery-model.json. Deterministic: full-batch gradient descent from zero
// weights over features in sorted order, so the same corpus gives the same bytes. With --check it
// writes nothing and exits 1 when the shipped model differs from a fresh training.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractIssue } from '../../src/core/triage/extract.js';
import {
  MODEL_SCHEMA,
  textFeatures,
  type DiscoveryModel,
} from '../../src/core/triage/discovery-model.js';
import { parseThreadExport, threadMarkdown } from '../../src/core/triage/thread.js';
import { applyCorrections, CorpusError, loadCorpus, loadCorrections } from './corpus.js';
import { SPLIT_SEED, splitOf } from './split.js';

const MODEL_FILE = 'src/core/triage/discovery-model.json';
// Chosen on data outside the corpus (a sample of other real issues), not on the test split.
const HYPER = { l2: 0.03, epochs: 300, rate: 0.5, minIssues: 3, keepAbove: 0.005 };

export interface Example {
  features: Set<string>;
  label: 0 | 1;
}

/** Logistic regression with L2, over features seen in at least `minIssues` issues. */
export function train(
  examples: readonly Example[],
  hyper = HYPER,
): { bias: number; weights: Map<string, number> } {
  const seenIn = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seenIn.set(f, (seenIn.get(f) ?? 0) + 1);
  // A feature in fewer issues could carry one issue's own words: left out.
  const vocabulary = [...seenIn]
    .filter(([, n]) => n >= hyper.minIssues)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    columns: [...e.features].map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    label: e.label,
  }));
  const w = new Float64Array(vocabulary.length);
  let bias = 0;
  for (let epoch = 0; epoch < hyper.epochs; epoch++) {
    const gradient = new Float64Array(vocabulary.length);
    let gradientBias = 0;
    for (const row of rows) {
      let z = bias;
      for (const c of row.columns) z += w[c] ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - row.label;
      gradientBias += error;
      for (const c of row.columns) gradient[c] = (gradient[c] ?? 0) + error;
    }
    bias -= (hyper.rate * gradientBias) / rows.length;
    for (let c = 0; c < w.length; c++)
      w[c] = (w[c] ?? 0) - hyper.rate * ((gradient[c] ?? 0) / rows.length + hyper.l2 * (w[c] ?? 0));
  }
  const weights = new Map<string, number>();
  vocabulary.forEach((f, c) => {
    const value = Math.round((w[c] ?? 0) * 1e4) / 1e4;
    if (Math.abs(value) >= hyper.keepAbove) weights.set(f, value);
  });
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}

export function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string', default: '../shared/corpus' },
      check: { type: 'boolean' },
    },
  });
  let examples: Example[];
  try {
    const issues = loadCorpus(resolve(values.corpus));
    applyCorrections(issues, loadCorrections('eval/corrections.jsonl'));
    examples = issues
      .filter((i) => splitOf(i.annotation.file) === 'dev')
      .map((i) => {
        const thread = parseThreadExport(i.text);
        const text = extractIssue(thread ? threadMarkdown(thread) : i.text);
        return {
          features: textFeatures(text.title, text.prose),
          label: i.annotation.discovery ? 1 : 0,
        };
      });
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    process.stderr.write(`train: ${error.message}\n`);
    return 2;
  }
  const { bias, weights } = train(examples);
  const model: DiscoveryModel = {
    schema: MODEL_SCHEMA,
    trainedOn: `${examples.length} issues of the corpus's dev split (seed ${SPLIT_SEED}); l2 ${HYPER.l2}, ${HYPER.epochs} epochs, features in ≥ ${HYPER.minIssues} issues`,
    bias,
    weights: Object.fromEntries(
      [...weights].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    ),
  };
  const json = `${JSON.stringify(model, null, 2)}\n`;
  if (values.check) {
    const shipped = readFileSync(MODEL_FILE, 'utf8');
    if (shipped !== json) {
      process.stderr.write(
        `train: ${MODEL_FILE} is not what the corpus trains; run npm run train\n`,
      );
      return 1;
    }
    process.stderr.write(`train: ${MODEL_FILE} is a fresh training (${weights.size} weights)\n`);
    return 0;
  }
  writeFileSync(MODEL_FILE, json);
  process.stderr.write(
    `train: wrote ${MODEL_FILE}: ${weights.size} weights from ${examples.length} dev issues\n`,
  );
  return 0;
}
