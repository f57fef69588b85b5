// A small linear word model for "is this issue about interpreter discovery", beside the phrase
// signals: the signals know the phrasings we wrote down, the model knows which words real issues
// about discovery use more than the others (interpreter, python version, select, …) and so holds
// on wording nobody wrote a signal for. It is logistic regression over the words and word pairs
// of the title and the start of the prose, trained on the corpus's dev split by
// scripts/eval/train-discovery.ts (`npm run train`) and shipped as data (discovery-model.json).
import model from './discovery-model.json' with { type: 'json' };
import { isDigitCode } from './grammars/lines.js';

export const MODEL_SCHEMA = 'interpreter-guard/discovery-model@1';
/** How much prose the model reads, as the signals do. */
export const MODEL_PROSE = 4 * 1024;

export interface DiscoveryModel {
  schema: string;
  trainedOn: string;
  bias: number;
  weights: Record<string, number>;
}

/**
 * Calls `visit` with each word of the text, lower-cased: a letter, then letters, digits and
 * `+.-`, not ending in `+.-`. Numbers inside a word are one symbol (`python3.12` → `python#`), so
 * that no version or name of one issue becomes a feature. Markdown marks split nothing away.
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    let digits = false;
    while (end < n && isWordCode(lower.charCodeAt(end))) {
      if (isDigitCode(lower.charCodeAt(end))) digits = true;
      end++;
    }
    let last = end;
    while (!isLetterOrDigit(lower.charCodeAt(last - 1))) last--;
    const word = lower.slice(i, last);
    visit(digits ? word.replace(/[0-9][0-9.]*/g, '#') : word);
    i = end;
  }
}

const isLetter = (c: number) => c >= 97 && c <= 122;
const isLetterOrDigit = (c: number) => isLetter(c) || isDigitCode(c);
// Letters, digits, `+`, `-`, `.`.
const isWordCode = (c: number) => isLetterOrDigit(c) || c === 43 || c === 45 || c === 46;

/** The features of a text: each word and pair of adjacent words of the title (`t:`) and of the prose (`p:`). */
export function textFeatures(title: string, prose: string): Set<string> {
  const features = new Set<string>();
  const add = (prefix: string, text: string) => {
    let previous: string | null = null;
    forEachWord(text, (word) => {
      features.add(`${prefix}${word}`);
      if (previous !== null) features.add(`${prefix}${previous}_${word}`);
      previous = word;
    });
  };
  add('t:', title);
  add('p:', prose.slice(0, MODEL_PROSE));
  return features;
}

/** A model laid out for reading: words and pairs looked up without building feature strings. */
interface Compiled {
  bias: number;
  names: string[];
  weights: Float64Array;
  /** Per zone (title, prose): word → feature, and word → next word → feature. */
  words: [Map<string, number>, Map<string, number>];
  pairs: [Map<string, Map<string, number>>, Map<string, Map<string, number>>];
}

export function compileModel(m: Pick<DiscoveryModel, 'bias' | 'weights'>): Compiled {
  const compiled: Compiled = {
    bias: m.bias,
    names: [],
    weights: new Float64Array(Object.keys(m.weights).length),
    words: [new Map<string, number>(), new Map<string, number>()],
    pairs: [new Map<string, Map<string, number>>(), new Map<string, Map<string, number>>()],
  };
  for (const [name, weight] of Object.entries(m.weights)) {
    const zone: 0 | 1 | null = name.startsWith('t:') ? 0 : name.startsWith('p:') ? 1 : null;
    if (zone === null) continue;
    const id = compiled.names.length;
    compiled.names.push(name);
    compiled.weights[id] = weight;
    const body = name.slice(2);
    const cut = body.indexOf('_');
    if (cut < 0) compiled.words[zone].set(body, id);
    else {
      const first = body.slice(0, cut);
      const next = compiled.pairs[zone].get(first) ?? new Map<string, number>();
      next.set(body.slice(cut + 1), id);
      compiled.pairs[zone].set(first, next);
    }
  }
  return compiled;
}

const shipped = model as DiscoveryModel;
const SHIPPED = compileModel(shipped);

/** The model's log-odds for a title and prose, and the features that weighed most either way. */
export function modelLogit(
  title: string,
  prose: string,
  m: Compiled = SHIPPED,
): { logit: number; strongest: [string, number][] } {
  // Each feature counts once however often its words occur.
  const seen = new Set<number>();
  const read = (zone: 0 | 1, text: string) => {
    let previous: string | null = null;
    forEachWord(text, (word) => {
      const id = m.words[zone].get(word);
      if (id !== undefined) seen.add(id);
      if (previous !== null) {
        const pair = m.pairs[zone].get(previous)?.get(word);
        if (pair !== undefined) seen.add(pair);
      }
      previous = word;
    });
  };
  read(0, title);
  read(1, prose.slice(0, MODEL_PROSE));
  let logit = m.bias;
  const strongest: [string, number][] = [];
  for (const id of seen) {
    const w = m.weights[id] ?? 0;
    logit += w;
    strongest.push([m.names[id] ?? '', w]);
  }
  strongest.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return { logit, strongest: strongest.slice(0, 5) };
}
