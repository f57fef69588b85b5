// Which three-character sequences a text has, letters of either case alike, kept as bits: one
// scan of the text, after which a pattern none of whose required literals (required-literals.ts)
// can be in it is known not to match, without running the pattern. Many cues look for words
// and shapes that most issues lack: the scan replaces a search per cue. The text is read
// lower-cased, as the word cues read it; a literal is looked up lower-cased too, so a pattern
// that minds case is ruled out only when the literal is in the text in no case at all.
import { MIN_LITERAL } from './required-literals.js';

// Bits per part: its trigrams (two or three thousand at most) fill a small share of them.
const HASH_BITS = 14;

interface Part {
  start: number;
  bits: Int32Array;
}

export class Trigrams {
  private readonly parts: Part[] = [];

  /**
   * Adds the trigrams of `text` from `start` to `end` as one part, with the two characters before
   * it: a trigram across the cut from the part before belongs to this one. A query may then stop
   * at a part (see `upTo`), so a reader of the text's head is not misled by its rest.
   */
  add(text: string, start = 0, end = text.length): this {
    const bits = new Int32Array((1 << HASH_BITS) >> 5);
    this.parts.push({ start, bits });
    const from = Math.max(0, start - 2);
    const stop = Math.min(end, text.length);
    if (stop - from < MIN_LITERAL) return this;
    // Lower-cased as a whole (the Kelvin sign becomes `k`, the dotted capital I `i` and a
    // combining dot), then read by code: a character beyond ASCII keeps its low byte only,
    // which can only add trigrams, never lose one.
    const lower = (from > 0 || stop < text.length ? text.slice(from, stop) : text).toLowerCase();
    let window = 0;
    for (let i = 0; i < lower.length; i++) {
      window = ((window << 8) | (lower.charCodeAt(i) & 0xff)) & 0xffffff;
      if (i < 2) continue;
      const h = hash(window);
      const word = h >>> 5;
      bits[word] = (bits[word] as number) | (1 << (h & 31));
    }
    return this;
  }

  /**
   * False only when `literal` is in no part (in any case) that starts before `upTo`. A trigram
   * with a character beyond ASCII is not looked up: lower-casing may have changed it.
   */
  mayContain(literal: string, upTo = Infinity): boolean {
    for (let i = 0; i + MIN_LITERAL <= literal.length; i++) {
      const a = literal.charCodeAt(i);
      const b = literal.charCodeAt(i + 1);
      const c = literal.charCodeAt(i + 2);
      if (a > 127 || b > 127 || c > 127) continue;
      const h = hash((lowerAscii(a) << 16) | (lowerAscii(b) << 8) | lowerAscii(c));
      if (!this.has(h, upTo)) return false;
    }
    return true;
  }

  /** Whether the parts before `upTo` may hold one of the literals (null: none is required). */
  mayHold(literals: readonly string[] | null, upTo = Infinity): boolean {
    if (!literals) return true;
    for (const literal of literals) if (this.mayContain(literal, upTo)) return true;
    return false;
  }

  private has(h: number, upTo: number): boolean {
    const word = h >>> 5;
    const bit = 1 << (h & 31);
    for (const part of this.parts)
      if (part.start < upTo && (part.bits[word] as number) & bit) return true;
    return false;
  }
}

/**
 * How much of the prose and of the log (its head and its tail) a reader reads: the lengths of
 * the heads it reads (each a cut between parts), and of the log's tail.
 */
export interface Windows {
  prose: readonly number[];
  logHead: readonly number[];
  logTail: number;
}

/** The trigrams of the prose's head, and of the log's head and tail. */
export interface Samples {
  prose: Trigrams;
  logs: Trigrams;
  logTail: Trigrams;
  windows: Windows;
}

/** What two readers read, together. */
export function joinWindows(a: Windows, b: Windows): Windows {
  const cuts = (x: readonly number[], y: readonly number[]) =>
    [...new Set([...x, ...y])].sort((p, q) => p - q);
  return {
    prose: cuts(a.prose, b.prose),
    logHead: cuts(a.logHead, b.logHead),
    logTail: Math.max(a.logTail, b.logTail),
  };
}

export function sampleTrigrams(
  text: { prose: string; logText: string },
  windows: Windows,
): Samples {
  const { prose, logText } = text;
  const logTail = new Trigrams();
  if (logText.length > last(windows.logHead))
    logTail.add(logText, Math.max(0, logText.length - windows.logTail));
  return {
    prose: inParts(prose, windows.prose),
    logs: inParts(logText, windows.logHead),
    logTail,
    windows,
  };
}

/** The text's head cut at `cuts`, each piece a part (a text shorter than a cut ends early). */
function inParts(text: string, cuts: readonly number[]): Trigrams {
  const trigrams = new Trigrams();
  let start = 0;
  for (const cut of cuts) {
    if (start >= text.length) break;
    trigrams.add(text, start, cut);
    start = cut;
  }
  return trigrams;
}

/** Whether samples cover what a reader reads: else it must not rule anything out with them. */
export function covers(samples: Samples | undefined, needed: Windows): samples is Samples {
  return (
    !!samples &&
    last(samples.windows.prose) >= last(needed.prose) &&
    last(samples.windows.logHead) >= last(needed.logHead) &&
    samples.windows.logTail >= needed.logTail
  );
}

function last(cuts: readonly number[]): number {
  return cuts[cuts.length - 1] ?? 0;
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Three characters' low bytes, packed: where their bit is. */
function hash(window: number): number {
  return Math.imul(window, 0x9e3779b1) >>> (32 - HASH_BITS);
}
