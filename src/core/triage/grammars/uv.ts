// uv's discovery log in every shape it has had: records (uv-records.ts) read one message at a
// time (uv-messages.ts), errors and their causes (uv-errors.ts), and what uv commands print
// (uv-output.ts). This module pairs records with their neighbours: a probe with the `Found` line
// or the Python 2 skip after it, a skip with the installation key found before it, a path cut
// off in one line with its full mention in another.
import type { LogEvent } from '../events.js';
import { finalErrorOf, isUvError, turnDownOf, type ErrorChain } from './uv-errors.js';
import { isBareMessage, isInterestingMessage, parseUsing, parseUvMessage } from './uv-messages.js';
import { readPrinted } from './uv-output.js';
import { frameRecords, type UvRecord } from './uv-records.js';
import { inLineOrder } from './lines.js';

/** Log records read at most: each yields one event at most, and later ones are dropped anyway. */
const MAX_LOG_RECORDS = 20_000;
/** Probed executables remembered at most (each becomes one `found` event). */
const MAX_CANDIDATES = 2000;
/** Cut-off paths completed at most, from at most this many distinct full mentions. */
const MAX_CUT = 200;
const MAX_MENTIONS = 2000;
/** Found events looked through one by one for a key; more are indexed by path. */
const FEW_FOUND = 64;
// Span functions of uv's discovery crates (`find_best_python`, `find_requested_python`, …).
const DISCOVERY_SPAN = /^uv_(?:interpreter|toolchain|python)::(?:\w+::)*find_\w*$/;

type Candidate = { path: string; version: string | null; source: string | null; line: number };

export function parseUv(lines: readonly string[]): LogEvent[] {
  const { records, printed } = frameRecords(lines, {
    interesting: isInterestingMessage,
    bare: isBareMessage,
    maxLogRecords: MAX_LOG_RECORDS,
  });
  const log = readLog(records);
  // What commands print (`uv python list`, `uv python find`, `Using … interpreter at:`) and what
  // errors say is `plain`: findings all the same, but no sign of a verbose log.
  const output: LogEvent[] = [];
  for (const r of records) {
    if (r.kind !== 'user' || r.label !== 'using') continue;
    const step = parseUsing(r.message, r.line);
    if (step?.kind === 'event') {
      step.event.plain = true;
      output.push(step.event);
    }
  }
  output.push(...readPrinted(printed));
  // `error:` is everybody's prefix: keep errors only when the log is uv's or they are uv's own.
  const errors = log.chains.filter((c) => log.events.length > 0 || isUvError(c));
  const turnDowns = [...errors, ...log.warnings]
    .map(turnDownOf)
    .filter((e): e is LogEvent => e !== null);
  return inLineOrder([log.events, errors.map((c) => finalErrorOf(c, true)), turnDowns, output]);
}

interface ReadLog {
  events: LogEvent[];
  chains: ErrorChain[];
  warnings: ErrorChain[];
}

function readLog(records: readonly UvRecord[]): ReadLog {
  const events: LogEvent[] = [];
  const chains: ErrorChain[] = [];
  const warnings: ErrorChain[] = [];
  // The `found` events so far: the installation key of a path is its latest one's. A skip asks
  // (most logs never do); a long list is indexed by path first.
  const keys = new Map<string, string | null>();
  const founds: Extract<LogEvent, { type: 'found' }>[] = [];
  const candidates = new Map<string, Candidate>();
  const cut = new Set<LogEvent>();
  let lastKey: string | null = null;
  let lastProbe: Candidate | null = null;
  let chain: ErrorChain | null = null;
  let filled = 0;
  const ctx = {
    keyOf: (path: string) => {
      if (founds.length <= FEW_FOUND) {
        for (let i = founds.length - 1; i >= 0; i--) {
          const found = founds[i] as (typeof founds)[number];
          if (found.path === path) return found.key ?? lastKey;
        }
        return lastKey;
      }
      for (; filled < founds.length; filled++) {
        const found = founds[filled] as (typeof founds)[number];
        keys.set(found.path, found.key);
      }
      return keys.get(path) ?? lastKey;
    },
  };

  for (const r of records) {
    if (r.kind === 'user') {
      if (r.label === 'error') chains.push((chain = { top: r, causes: [], hints: [] }));
      else if (r.label === 'warning') warnings.push({ top: r, causes: [], hints: [] });
      else if (r.label === 'caused') chain?.causes.push(r);
      else if (r.label === 'hint') chain?.hints.push(r);
      continue;
    }
    if (r.kind === 'span') {
      if (DISCOVERY_SPAN.test(r.target)) events.push(spanSearch(r));
      continue;
    }
    const step = parseUvMessage(r.message, r.more, r.line, ctx);
    if (!step) continue;
    if (step.kind === 'candidate') {
      lastProbe = { path: step.path, version: step.version, source: step.source, line: r.line };
      const known = candidates.get(step.path);
      if (!known && candidates.size < MAX_CANDIDATES) candidates.set(step.path, lastProbe);
      else if (known && !known.version) known.version = step.version;
      continue;
    }
    if (step.kind === 'unsupported') {
      // Python 2 skips (0.1.x) name no interpreter: it is the one probed just before.
      if (lastProbe)
        events.push({
          type: 'rejected',
          tool: 'uv',
          line: r.line,
          path: lastProbe.path,
          reason: step.reason,
          reasonKind: 'python2-unsupported',
          source: lastProbe.source,
        });
      continue;
    }
    const e = step.event;
    if (e.type === 'found') {
      founds.push(e);
      lastKey = e.key;
    }
    if (step.truncated) cut.add(e);
    events.push(e);
  }
  events.push(...unreportedCandidates(events, candidates));
  completeCutPaths(events, cut);
  return { events, chains, warnings };
}

/** A discovery function's span: the search it starts, with the request its fields name. */
function spanSearch(r: Extract<UvRecord, { kind: 'span' }>): LogEvent {
  const request = /(?:^|[ ,])request=(\S+)/.exec(r.fields)?.[1] ?? null;
  const name = r.target.slice(r.target.lastIndexOf('::') + 2);
  return { type: 'search', tool: 'uv', line: r.line, request, scope: name };
}

/** Probed executables no `Found` line reported: found all the same. */
function unreportedCandidates(
  events: readonly LogEvent[],
  candidates: ReadonlyMap<string, Candidate>,
): LogEvent[] {
  if (!candidates.size) return [];
  const reported = new Set<string>();
  for (const e of events) if (e.type === 'found') reported.add(e.path);
  const found: LogEvent[] = [];
  for (const c of candidates.values()) {
    if (reported.has(c.path)) continue;
    found.push({
      type: 'found',
      tool: 'uv',
      line: c.line,
      key: null,
      version: c.version,
      path: c.path,
      source: c.source,
    });
  }
  return found;
}

/** A path cut off (no closing backtick) takes the earliest full mention that it begins. */
function completeCutPaths(events: readonly LogEvent[], cut: ReadonlySet<LogEvent>): void {
  if (!cut.size) return;
  // Distinct full paths in log order; both sides are capped so a hostile log stays linear.
  const mentions = new Set<string>();
  for (const e of [...events].sort((a, b) => a.line - b.line)) {
    if (mentions.size >= MAX_MENTIONS) break;
    if (!cut.has(e) && 'path' in e) mentions.add(e.path);
  }
  let completed = 0;
  for (const e of cut) {
    if (!('path' in e) || completed++ >= MAX_CUT) break;
    for (const full of mentions) {
      if (full.length > e.path.length && full.startsWith(e.path)) {
        e.path = full;
        break;
      }
    }
  }
}
