// Scores triage results against annotations: per-field outcomes for one issue, then the figures
// of a set of issues. Pure: no I/O.
import type { Annotation } from './corpus.js';

/** What the evaluation reads of a triage result. */
export interface Predicted {
  discovery: boolean;
  hasLog: boolean;
  hasDiscoveryLog: boolean;
  needsLogs: boolean;
  tool: string | null;
  toolVersion: string | null;
  platform: string;
  turnedDown: { path: string; reason: string }[];
}

export interface Miss {
  file: string;
  field: string;
  expected: string;
  got: string;
}

export interface IssueScore {
  file: string;
  crashed: boolean;
  discovery: [expected: boolean, got: boolean];
  hasLog: [boolean, boolean];
  hasDiscoveryLog: [boolean, boolean];
  /** Expected needs-logs (discovery without a discovery log), and whether it was asked. */
  needsLogs: [boolean, boolean];
  tool: boolean;
  toolVersion: boolean;
  platform: [expected: string, got: string];
  paths: { expected: number; recalled: number; predicted: number; correct: number };
  reasons: { expected: number; recalled: number };
  misses: Miss[];
}

const show = (v: unknown) => (v === null ? 'null' : typeof v === 'string' ? v : JSON.stringify(v));
/** A version as printed may carry a `v`; that is not a difference. */
const sameVersion = (a: string | null, b: string | null) =>
  (a ?? '').replace(/^v/, '') === (b ?? '').replace(/^v/, '');

export function scoreIssue(a: Annotation, p: Predicted | null): IssueScore {
  const file = a.file;
  const expectNeeds = a.discovery && !a.has_discovery_log;
  if (!p) {
    return {
      file,
      crashed: true,
      discovery: [a.discovery, !a.discovery],
      hasLog: [a.has_log, !a.has_log],
      hasDiscoveryLog: [a.has_discovery_log, !a.has_discovery_log],
      needsLogs: [expectNeeds, !expectNeeds],
      tool: false,
      toolVersion: false,
      platform: [a.platform, '(crash)'],
      paths: { expected: a.rejected_paths.length, recalled: 0, predicted: 0, correct: 0 },
      reasons: { expected: a.reasons.length, recalled: 0 },
      misses: [{ file, field: 'crash', expected: 'a result', got: 'an exception' }],
    };
  }
  const misses: Miss[] = [];
  const check = (field: string, expected: unknown, got: unknown, ok: boolean) => {
    if (!ok) misses.push({ file, field, expected: show(expected), got: show(got) });
    return ok;
  };
  check('discovery', a.discovery, p.discovery, a.discovery === p.discovery);
  check('hasLog', a.has_log, p.hasLog, a.has_log === p.hasLog);
  check(
    'hasDiscoveryLog',
    a.has_discovery_log,
    p.hasDiscoveryLog,
    a.has_discovery_log === p.hasDiscoveryLog,
  );
  check('needsLogs', expectNeeds, p.needsLogs, expectNeeds === p.needsLogs);
  const tool = check('tool', a.tool, p.tool, a.tool === p.tool);
  const toolVersion = check(
    'toolVersion',
    a.tool_version,
    p.toolVersion,
    sameVersion(a.tool_version, p.toolVersion),
  );
  check('platform', a.platform, p.platform, a.platform === p.platform);

  const predictedPaths = new Set(p.turnedDown.map((t) => t.path));
  const expectedPaths = new Set(a.rejected_paths);
  let recalledPaths = 0;
  for (const path of expectedPaths) {
    if (check('turnedDownPath', path, '(absent)', predictedPaths.has(path))) recalledPaths++;
  }
  let correctPaths = 0;
  for (const path of predictedPaths) if (expectedPaths.has(path)) correctPaths++;
  let recalledReasons = 0;
  for (const reason of new Set(a.reasons)) {
    const ok = p.turnedDown.some((t) => t.reason.includes(reason));
    if (check('reason', reason, '(absent)', ok)) recalledReasons++;
  }
  return {
    file,
    crashed: false,
    discovery: [a.discovery, p.discovery],
    hasLog: [a.has_log, p.hasLog],
    hasDiscoveryLog: [a.has_discovery_log, p.hasDiscoveryLog],
    needsLogs: [expectNeeds, p.needsLogs],
    tool,
    toolVersion,
    platform: [a.platform, p.platform],
    paths: {
      expected: expectedPaths.size,
      recalled: recalledPaths,
      predicted: predictedPaths.size,
      correct: correctPaths,
    },
    reasons: { expected: new Set(a.reasons).size, recalled: recalledReasons },
    misses,
  };
}

/** The figures "Done when" names, for one set of issues. Null where there was nothing to count. */
export interface Figures {
  issues: number;
  discovery: number | null;
  hasLog: number | null;
  hasDiscoveryLog: number | null;
  /** Share of no-log discovery issues on which logs were asked for. */
  needsLogsRecall: number | null;
  /** Share of the other issues on which logs were asked for anyway. */
  needsLogsWrong: number | null;
  platform: number | null;
  tool: number | null;
  toolVersion: number | null;
  pathRecall: number | null;
  pathPrecision: number | null;
  reasonRecall: number | null;
  crashes: number;
}

/** Figures where higher is better (the floor applies to these); `needsLogsWrong` is lower-better. */
export const HIGHER_IS_BETTER = [
  'discovery',
  'hasLog',
  'needsLogsRecall',
  'platform',
  'tool',
  'toolVersion',
  'pathRecall',
  'reasonRecall',
] as const;

const ratio = (n: number, d: number) => (d ? n / d : null);

export function figuresOf(scores: readonly IssueScore[]): Figures {
  const count = (f: (s: IssueScore) => boolean) => scores.filter(f).length;
  const asked = scores.filter((s) => s.needsLogs[0]);
  const notAsked = scores.filter((s) => !s.needsLogs[0]);
  const sum = (f: (s: IssueScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  return {
    issues: scores.length,
    discovery: ratio(
      count((s) => s.discovery[0] === s.discovery[1]),
      scores.length,
    ),
    hasLog: ratio(
      count((s) => s.hasLog[0] === s.hasLog[1]),
      scores.length,
    ),
    hasDiscoveryLog: ratio(
      count((s) => s.hasDiscoveryLog[0] === s.hasDiscoveryLog[1]),
      scores.length,
    ),
    needsLogsRecall: ratio(asked.filter((s) => s.needsLogs[1]).length, asked.length),
    needsLogsWrong: ratio(notAsked.filter((s) => s.needsLogs[1]).length, notAsked.length),
    platform: ratio(
      count((s) => s.platform[0] === s.platform[1]),
      scores.length,
    ),
    tool: ratio(
      count((s) => s.tool),
      scores.length,
    ),
    toolVersion: ratio(
      count((s) => s.toolVersion),
      scores.length,
    ),
    pathRecall: ratio(
      sum((s) => s.paths.recalled),
      sum((s) => s.paths.expected),
    ),
    pathPrecision: ratio(
      sum((s) => s.paths.correct),
      sum((s) => s.paths.predicted),
    ),
    reasonRecall: ratio(
      sum((s) => s.reasons.recalled),
      sum((s) => s.reasons.expected),
    ),
    crashes: count((s) => s.crashed),
  };
}

/** Counts of a boolean field: true/false positives and negatives. */
export function confusion(
  scores: readonly IssueScore[],
  field: 'discovery' | 'hasLog' | 'hasDiscoveryLog' | 'needsLogs',
) {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of scores) {
    const [want, got] = s[field];
    if (want && got) c.tp++;
    else if (!want && got) c.fp++;
    else if (want && !got) c.fn++;
    else c.tn++;
  }
  return c;
}

/** Expected platform → predicted platform → count, for the platforms that were missed. */
export function platformConfusion(scores: readonly IssueScore[]): Map<string, Map<string, number>> {
  const m = new Map<string, Map<string, number>>();
  for (const {
    platform: [want, got],
  } of scores) {
    if (want === got) continue;
    const row = m.get(want) ?? new Map<string, number>();
    row.set(got, (row.get(got) ?? 0) + 1);
    m.set(want, row);
  }
  return m;
}

/**
 * The figures that fell more than `tolerance` under the floor (over it, for a lower-is-better one).
 * A figure absent from the floor is not checked.
 */
export function belowFloor(
  figures: Figures,
  floor: Partial<Record<keyof Figures, number>>,
  tolerance: number,
): string[] {
  const out: string[] = [];
  for (const key of HIGHER_IS_BETTER) {
    const min = floor[key];
    const got = figures[key];
    if (min === undefined || got === null) continue;
    if (got < min - tolerance) out.push(`${key} ${got.toFixed(3)} < floor ${min.toFixed(3)}`);
  }
  const maxWrong = floor.needsLogsWrong;
  if (
    maxWrong !== undefined &&
    figures.needsLogsWrong !== null &&
    figures.needsLogsWrong > maxWrong + tolerance
  )
    out.push(
      `needsLogsWrong ${figures.needsLogsWrong.toFixed(3)} > ceiling ${maxWrong.toFixed(3)}`,
    );
  if (floor.crashes !== undefined && figures.crashes > floor.crashes)
    out.push(`crashes ${figures.crashes} > ${floor.crashes}`);
  return out;
}

/** Raises a floor to the figures where they are better; never lowers it. */
export function raisedFloor(
  floor: Partial<Record<keyof Figures, number>>,
  figures: Figures,
): Partial<Record<keyof Figures, number>> {
  const next = { ...floor };
  for (const key of HIGHER_IS_BETTER) {
    const got = figures[key];
    if (got === null) continue;
    const rounded = Math.floor(got * 1000) / 1000;
    if (next[key] === undefined || rounded > (next[key] ?? 0)) next[key] = rounded;
  }
  if (figures.needsLogsWrong !== null) {
    const rounded = Math.ceil(figures.needsLogsWrong * 1000) / 1000;
    if (next.needsLogsWrong === undefined || rounded < next.needsLogsWrong)
      next.needsLogsWrong = rounded;
  }
  next.crashes = 0;
  return next;
}
