// What a pattern cannot match without: a set of literals, one of which every match contains
// (read off the pattern's source: its fixed strings, alternations and repeats). A text that has
// none of them need not be searched at all (see trigrams.ts). Whatever this reader does not know
// (a construct, a flag) makes it give up: null means "no literal is required", never a wrong one.

/** Literals shorter than this say too little to rule a text out. */
export const MIN_LITERAL = 3;

// Strings a part of a pattern can match, while they are few: past this, only what they require.
const MAX_EXACT = 16;
const MAX_REPEAT = 3;

/**
 * What a part of a pattern matches: exactly one of `exact` (when known and few), or anything
 * that contains one of `required` (null: nothing known).
 */
interface Info {
  exact: string[] | null;
  required: string[] | null;
}

const ANYTHING: Info = { exact: null, required: null };
const EMPTY: Info = { exact: [''], required: null };

/** Literals one of which every match of `re` contains, or null. Flags other than g, y, i, m: null. */
export function requiredLiterals(re: RegExp): string[] | null {
  if (/[^gyim]/.test(re.flags)) return null;
  try {
    const parser = new Parser(re.source);
    const info = parser.disjunction();
    if (parser.at < re.source.length) return null;
    return usable(orSet(info));
  } catch {
    return null;
  }
}

/** The literals as a requirement: each cut to its longest piece without a line break. */
function orSet(info: Info): string[] | null {
  const list = info.exact ?? info.required;
  if (!list) return null;
  return [...new Set(list.map(longestLinePiece))];
}

/** Null unless every literal is long enough to be looked up. */
function usable(list: string[] | null): string[] | null {
  return list && list.length > 0 && list.every((l) => l.length >= MIN_LITERAL) ? list : null;
}

function longestLinePiece(literal: string): string {
  if (!literal.includes('\n')) return literal;
  return literal.split('\n').reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The better of two requirements: the one whose shortest literal is longest. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  const sa = score(a);
  const sb = score(b);
  if (!sa && !sb) return null;
  return sb > sa ? b : a;
}

function score(list: string[] | null): number {
  if (!list || !list.length) return 0;
  let min = Infinity;
  for (const l of list) min = Math.min(min, longestLinePiece(l).length);
  return min >= MIN_LITERAL ? min : 0;
}

function concat(parts: Info[]): Info {
  // The strings the current run of fixed parts matches, and the best requirement of those before.
  let exact: string[] = [''];
  let best: string[] | null = null;
  let whole = true;
  for (const part of parts) {
    if (part.exact && exact.length * part.exact.length <= MAX_EXACT) {
      const product: string[] = [];
      for (const a of exact) for (const b of part.exact) product.push(a + b);
      exact = [...new Set(product)];
      continue;
    }
    // The run ends here: what it requires is a candidate, and so is what this part requires.
    whole = false;
    best = better(best, orSet({ exact, required: null }));
    if (part.exact) {
      exact = part.exact;
    } else {
      best = better(best, orSet(part));
      exact = [''];
    }
  }
  if (whole) return { exact, required: null };
  return { exact: null, required: better(best, orSet({ exact, required: null })) };
}

function alternation(branches: Info[]): Info {
  if (branches.every((b) => b.exact)) {
    const union = [...new Set(branches.flatMap((b) => b.exact ?? []))];
    if (union.length <= MAX_EXACT) return { exact: union, required: null };
  }
  const required: string[] = [];
  for (const b of branches) {
    const list = usable(orSet(b));
    if (!list) return ANYTHING;
    required.push(...list);
  }
  return { exact: null, required: [...new Set(required)] };
}

function repeat(part: Info, min: number, max: number): Info {
  if (part.exact && max <= MAX_REPEAT) {
    let all: string[] = [];
    let power = [''];
    for (let k = 0; k <= max; k++) {
      if (k >= min) all.push(...power);
      if (k === max) break;
      const next: string[] = [];
      for (const a of power) for (const b of part.exact) next.push(a + b);
      power = [...new Set(next)];
      if (power.length > MAX_EXACT) {
        all = [];
        break;
      }
    }
    all = [...new Set(all)];
    if (all.length && all.length <= MAX_EXACT) return { exact: all, required: null };
  }
  return min >= 1 ? { exact: null, required: orSet(part) } : ANYTHING;
}

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S']);
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f' };
// A character class spelled out as exact strings while it is this small.
const MAX_CLASS = 8;

/** A recursive-descent reader of the non-Unicode pattern syntax the triage's patterns use. */
class Parser {
  at = 0;
  constructor(private readonly src: string) {}

  private peek(offset = 0): string {
    return this.src.charAt(this.at + offset);
  }

  disjunction(): Info {
    const branches = [this.alternative()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    return branches.length === 1 ? (branches[0] as Info) : alternation(branches);
  }

  private alternative(): Info {
    const parts: Info[] = [];
    while (this.at < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      parts.push(this.quantified(this.term()));
    }
    return concat(parts);
  }

  private term(): Info {
    const c = this.peek();
    if (c === '^' || c === '$') {
      this.at++;
      return EMPTY;
    }
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '.') {
      this.at++;
      return ANYTHING;
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?') throw new Error('nothing to repeat');
    this.at++;
    return { exact: [c], required: null };
  }

  private group(): Info {
    this.at++;
    let kind = 'capture';
    if (this.peek() === '?') {
      const next = this.peek(1);
      if (next === ':') kind = 'plain';
      else if (next === '=' || next === '!') kind = 'look';
      else if (next === '<' && (this.peek(2) === '=' || this.peek(2) === '!')) kind = 'look';
      else if (next === '<') kind = 'named';
      else throw new Error('unknown group');
      if (kind === 'named') {
        const end = this.src.indexOf('>', this.at);
        if (end < 0) throw new Error('unclosed name');
        this.at = end + 1;
      } else {
        this.at += kind === 'look' && next === '<' ? 3 : 2;
      }
    }
    const inner = this.disjunction();
    if (this.peek() !== ')') throw new Error('unclosed group');
    this.at++;
    // A lookaround matches no text of its own.
    return kind === 'look' ? EMPTY : inner;
  }

  private escape(): Info {
    const c = this.peek(1);
    this.at += 2;
    if (c === 'b' || c === 'B') return EMPTY;
    if (CLASS_ESCAPES.has(c)) return ANYTHING;
    const control = CONTROL_ESCAPES[c];
    if (control) return { exact: [control], required: null };
    const code = this.codeEscape(c);
    if (code !== null) return { exact: [String.fromCharCode(code)], required: null };
    // Back references, `\k<name>`, `\cX`, octal escapes: not followed.
    if (/[0-9kc]/.test(c) || c === '') throw new Error('escape not followed');
    return { exact: [c], required: null };
  }

  /** `\xHH`, `\uHHHH` (after the letter), or null. */
  private codeEscape(c: string): number | null {
    const length = c === 'x' ? 2 : c === 'u' ? 4 : 0;
    if (!length) return null;
    const hex = this.src.slice(this.at, this.at + length);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length)
      throw new Error('escape not followed');
    this.at += length;
    return parseInt(hex, 16);
  }

  private characterClass(): Info {
    this.at++;
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const chars = new Set<string>();
    let open = false;
    let first = true;
    for (;;) {
      if (this.at >= this.src.length) throw new Error('unclosed class');
      let c = this.peek();
      if (c === ']' && !first) {
        this.at++;
        break;
      }
      first = false;
      let code: number;
      if (c === '\\') {
        const e = this.peek(1);
        this.at += 2;
        if (CLASS_ESCAPES.has(e)) {
          open = true;
          continue;
        }
        const escaped = e === 'b' ? 8 : (CONTROL_ESCAPES[e]?.charCodeAt(0) ?? null);
        const hex = escaped ?? this.codeEscape(e);
        if (hex === null && /[0-9kc]/.test(e)) throw new Error('escape not followed');
        code = hex ?? e.charCodeAt(0);
      } else {
        if (c === ']') {
          // `[]` matches nothing; `[^]` anything.
          throw new Error('empty class');
        }
        this.at++;
        code = c.charCodeAt(0);
      }
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.at++;
        c = this.peek();
        let end: number;
        if (c === '\\') {
          const e = this.peek(1);
          this.at += 2;
          if (CLASS_ESCAPES.has(e)) throw new Error('class escape in a range');
          const escaped = CONTROL_ESCAPES[e]?.charCodeAt(0) ?? this.codeEscape(e);
          if (escaped === null && /[0-9kcb]/.test(e)) throw new Error('escape not followed');
          end = escaped ?? e.charCodeAt(0);
        } else {
          this.at++;
          end = c.charCodeAt(0);
        }
        if (end < code) throw new Error('bad range');
        if (end - code >= MAX_CLASS) open = true;
        else for (let k = code; k <= end; k++) chars.add(String.fromCharCode(k));
      } else {
        chars.add(String.fromCharCode(code));
      }
    }
    if (negated || open || chars.size > MAX_CLASS || chars.size === 0) return ANYTHING;
    return { exact: [...chars], required: null };
  }

  private quantified(part: Info): Info {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.at));
      // Not a repeat: a literal `{` (the pattern's own character was already read as one).
      if (!m) return part;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.at += m[0].length - 1;
    } else {
      return part;
    }
    this.at++;
    if (this.peek() === '?') this.at++;
    return repeat(part, min, max);
  }
}
