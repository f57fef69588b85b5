// Bisecting a tool's releases, the pure part: which changes between the good and the bad release
// are tracked, whether a probed release shows them, which release to probe next (skipping the ones
// that could not be installed or run, as `git bisect skip` does), and the result document.
import * as z from 'zod/mini';
import { CHANGE_CLASSES, compare, type Change, type Side } from '../diff/compare.js';

export const BISECT_SCHEMA_ID = 'interpreter-guard/bisect@1';

export const BisectChange = z.object({
  /** As in a comparison: regression, fix, reason-changed or selection-changed. */
  class: z.enum(CHANGE_CLASSES),
  scenario: z.string(),
  path: z.string(),
  before: z.string(),
  after: z.string(),
  reason: z.nullable(z.string()),
});
export type BisectChange = z.infer<typeof BisectChange>;

export const PROBE_VERDICTS = ['good', 'bad', 'skipped'] as const;

export const Probe = z.object({
  version: z.string(),
  /** `good` and `bad` are the two ends, run to learn what changed; `probe` a release between. */
  role: z.enum(['good', 'bad', 'probe']),
  verdict: z.enum(PROBE_VERDICTS),
  /** Why a release was skipped (it could not be installed or run); null otherwise. */
  reason: z.nullable(z.string()),
  /** How many of the tracked changes this release shows. */
  shows: z.int(),
  installMs: z.number(),
  runMs: z.number(),
});
export type Probe = z.infer<typeof Probe>;

export const BISECT_STATUSES = ['found', 'inconclusive', 'no-change'] as const;

export const BisectResult = z.object({
  schema: z.literal(BISECT_SCHEMA_ID),
  tool: z.string(),
  good: z.string(),
  bad: z.string(),
  /** `found`: firstBad follows lastGood; `inconclusive`: releases between them are untested. */
  status: z.enum(BISECT_STATUSES),
  /** The first release showing the change (the earliest known to, when inconclusive). */
  firstBad: z.nullable(z.string()),
  /** The last release not showing it (the latest known not to, when inconclusive). */
  lastGood: z.nullable(z.string()),
  /** firstBad's release notes. */
  notesUrl: z.nullable(z.string()),
  /** Releases between lastGood and firstBad that could not be told apart (skipped or not probed). */
  untested: z.array(z.string()),
  /** One sentence: what was found, or why nothing could be. */
  summary: z.string(),
  /** Stable releases after good up to and including bad. */
  releases: z.array(z.string()),
  /** The probes of releases between good and bad, at most this many (skipped ones count). */
  maxProbes: z.int(),
  /** ⌈log2 n⌉ + 1 for the n releases: the most probes a bisection needs when nothing is skipped. */
  probeBound: z.int(),
  /** The scenarios run for each probe: those whose decisions changed between good and bad. */
  scenarios: z.array(z.string()),
  /** What changed between good and bad (what the probes look for). */
  changes: z.array(BisectChange),
  /** What changed between lastGood and firstBad: the part of `changes` firstBad brought. */
  boundary: z.array(BisectChange),
  probes: z.array(Probe),
  elapsedMs: z.number(),
});
export type BisectResult = z.infer<typeof BisectResult>;

/** Validates a bisect document (e.g. one read back from `--json` output). */
export function parseBisectResult(value: unknown) {
  return BisectResult.safeParse(value);
}

/** ⌈log2 n⌉ + 1, and 0 when there is nothing to probe. */
export function probeBound(releases: number): number {
  return releases <= 1 ? 0 : Math.ceil(Math.log2(releases)) + 1;
}

/** The changes from good to bad a bisection looks for: drift (present on one side only) is not one. */
export function trackedChanges(good: Side, bad: Side): Change[] {
  return compare(good, bad).filter((c) => c.class !== 'drift');
}

const identityOf = (c: Change) => `${c.scenario}\u0000${c.key}`;

/** A probe's changes from good that are one of the tracked ones: same interpreter, scenario and class. */
export function shownChanges(tracked: readonly Change[], good: Side, probe: Side): Change[] {
  const now = new Map(compare(good, probe).map((c) => [identityOf(c), c]));
  return tracked.filter((t) => {
    const c = now.get(identityOf(t));
    if (!c || c.class !== t.class) return false;
    // A regression or a fix is the verdict's move; other classes are told apart by what it became.
    return t.class === 'regression' || t.class === 'fix' || c.after === t.after;
  });
}

export function asBisectChange(c: Change): BisectChange {
  return {
    class: c.class,
    scenario: c.scenario,
    path: c.path,
    before: c.before,
    after: c.after,
    reason: c.reason,
  };
}

/**
 * The binary search over `candidates` (the releases strictly between good and bad, oldest first):
 * index -1 is good and `candidates.length` is bad. Each probe moves one end; a skipped release is
 * stepped around by trying its neighbours, nearest first.
 */
export class BisectSearch {
  lo = -1;
  hi: number;
  private readonly skipped = new Set<number>();

  constructor(readonly candidates: readonly string[]) {
    this.hi = candidates.length;
  }

  /** The next release to probe; null when the ends meet or everything between was skipped. */
  next(): number | null {
    if (this.hi - this.lo <= 1) return null;
    const mid = (this.lo + this.hi) >> 1;
    for (let step = 0; step < this.hi - this.lo; step++) {
      for (const i of step ? [mid + step, mid - step] : [mid]) {
        if (i > this.lo && i < this.hi && !this.skipped.has(i)) return i;
      }
    }
    return null;
  }

  record(index: number, verdict: (typeof PROBE_VERDICTS)[number]): void {
    if (verdict === 'skipped') this.skipped.add(index);
    else if (verdict === 'bad') this.hi = index;
    else this.lo = index;
  }

  get done(): boolean {
    return this.hi - this.lo <= 1;
  }

  /** Versions of the two ends: the last known good and the first known bad (null for the bad end). */
  ends(good: string, bad: string): { lastGood: string; firstBad: string } {
    return {
      lastGood: this.lo < 0 ? good : (this.candidates[this.lo] ?? good),
      firstBad: this.hi >= this.candidates.length ? bad : (this.candidates[this.hi] ?? bad),
    };
  }

  /** The releases between the ends, still untold. */
  between(): string[] {
    return this.candidates.slice(this.lo + 1, this.hi);
  }
}
