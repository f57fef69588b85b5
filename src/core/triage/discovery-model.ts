// A small linear word model for "is this issue about interpreter discovery", beside the phrase
// signals: the signals know the phrasings we wrote down, the model knows which words real issues
// about discovery use more than the others (interpreter, python version, select, …) and so holds
// on wording nobody wrote a signal for. It is logistic regression over the words and word pairs
// of the title and the start of the prose, trained on the corpus's dev split by
// scripts/train-discovery.ts (`npm run train`) and shipped as data (discovery-model.json).
import model from './discovery-model.json' with { type: 'json' };

export const MODEL_SCHEMA = 'interpreter-guard/discovery-model@1';
/** How much prose the model reads, as the signals do. */
export const MODEL_PROSE = 12 * 1024;

export interface DiscoveryModel {
  schema: string;
  trainedOn: string;
  bias: number;
  weights: Record<string, number>;
}

const shipped = model as DiscoveryModel;
const weights = new Map(Object.entries(shipped.weights));

/**
 * The features of a text: each word and pair of adjacent words of the title (`t:`) and of the
 * prose (`p:`), present or not. Numbers inside words are one symbol (`python#`), so that no
 * version or name of one issue becomes a feature.
 */
export function textFeatures(title: string, prose: string): Set<string> {
  const features = new Set<string>();
  const add = (prefix: string, text: string) => {
    let previous: string | null = null;
    for (const word of words(text)) {
      features.add(`${prefix}${word}`);
      if (previous !== null) features.add(`${prefix}${previous}_${word}`);
      previous = word;
    }
  };
  add('t:', title);
  add('p:', prose.slice(0, MODEL_PROSE));
  return features;
}

function words(text: string): string[] {
  const found = text.toLowerCase().match(WORD) ?? [];
  return found.map((w) => (/[0-9]/.test(w) ? w.replace(/[0-9][0-9.]*/g, '#') : w));
}
// Markdown marks do not split a word from its neighbours: `uv` and **not** are words.
const WORD = /[a-z][a-z0-9+.-]*[a-z0-9]|[a-z]/g;

/** The model's log-odds for the features, and the words that weighed most either way. */
export function modelLogit(
  features: ReadonlySet<string>,
  m: { bias: number; weights: ReadonlyMap<string, number> } = { bias: shipped.bias, weights },
): { logit: number; strongest: [string, number][] } {
  let logit = m.bias;
  const seen: [string, number][] = [];
  for (const f of features) {
    const w = m.weights.get(f);
    if (w === undefined) continue;
    logit += w;
    seen.push([f, w]);
  }
  seen.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return { logit, strongest: seen.slice(0, 5) };
}

/** What the shipped model says it was trained on. */
export const MODEL_ORIGIN = shipped.trainedOn;
