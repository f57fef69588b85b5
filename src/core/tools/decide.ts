// Turns what a tool printed (grammar events, or an `exec` tool's JSON lines made into events) into
// one decision per interpreter path: selected, accepted, rejected, skipped or unseen.
import type { InterpreterEntry } from '../model.js';
import type { LogEvent } from '../triage/events.js';
import { normalizeSeparators } from '../inventory/paths.js';
import type { Decision, Verdict } from './model.js';

export interface Observation {
  events: readonly LogEvent[];
  /** The working directory the tool ran in: uv prints paths under it relative to it. */
  cwd: string;
  /** A path the command printed as its answer (`uv python find`), if any. */
  answer: string | null;
  exitCode: number | null;
  /** The last lines of stderr, for the outcome when no grammar found a final error. */
  stderrTail: string;
}

export interface Decided {
  decisions: Decision[];
  outcome: { selected: string | null; error: string | null };
}

const RANK: Record<Verdict, number> = {
  unseen: 0,
  accepted: 1,
  skipped: 2,
  rejected: 3,
  selected: 4,
};

export function decide(inventory: readonly InterpreterEntry[], observation: Observation): Decided {
  const idsOf = pathIndex(inventory, observation.cwd);
  const printed = new Map<string, Decision>();
  const set = (
    path: string,
    verdict: Verdict,
    reason: string | null,
    reasonKind: Decision['reasonKind'],
  ) => {
    const current = printed.get(path);
    if (current && RANK[current.verdict] >= RANK[verdict]) return;
    printed.set(path, { path, interpreterId: idsOf(path)[0] ?? null, verdict, reason, reasonKind });
  };

  let lastFound: string | null = null;
  let selected: string | null = null;
  let error: string | null = null;
  for (const e of observation.events) {
    switch (e.type) {
      case 'found':
        set(e.path, 'accepted', null, null);
        lastFound = e.path;
        break;
      case 'rejected':
      case 'skipped':
      case 'query-failed': {
        const verdict: Verdict = e.type === 'skipped' ? 'skipped' : 'rejected';
        const reason = e.type === 'query-failed' ? (e.detail.split('\n')[0] ?? e.detail) : e.reason;
        set(e.path, verdict, reason, e.reasonKind);
        // uv names the interpreter's own sys.executable when it turns down what it found just
        // before: the found path gets the same verdict. An exec tool gives each path its own
        // verdict: a path it accepted stays accepted.
        if (lastFound && lastFound !== e.path && e.tool !== 'exec')
          set(lastFound, verdict, reason, e.reasonKind);
        lastFound = null;
        break;
      }
      case 'selected':
        selected = e.path;
        set(e.path, 'selected', null, null);
        break;
      case 'final-error':
        error = e.message;
        break;
      default:
        break;
    }
  }
  if (observation.answer) {
    selected = observation.answer;
    set(observation.answer, 'selected', null, null);
  }
  if (!selected && !error && observation.exitCode !== 0)
    error = observation.stderrTail || `exit code ${observation.exitCode}`;

  // Every inventory path gets a decision: its own, or that of a printed path reaching the same
  // interpreter (a tool that selected one path to an interpreter accepts its other paths).
  const byId = new Map<string, Decision>();
  for (const d of printed.values()) {
    for (const id of idsOf(d.path)) {
      const known = byId.get(id);
      if (!known || RANK[known.verdict] < RANK[d.verdict]) byId.set(id, d);
    }
  }
  const decisions: Decision[] = [];
  const covered = new Set<string>();
  for (const entry of inventory) {
    const own = printed.get(entry.path);
    if (own) {
      decisions.push({ ...own, interpreterId: entry.id });
      covered.add(entry.path);
      continue;
    }
    const via = byId.get(entry.id);
    if (via) {
      const verdict: Verdict = via.verdict === 'selected' ? 'accepted' : via.verdict;
      decisions.push({
        path: entry.path,
        interpreterId: entry.id,
        verdict,
        reason: via.reason,
        reasonKind: via.reasonKind,
      });
    } else {
      decisions.push({
        path: entry.path,
        interpreterId: entry.id,
        verdict: 'unseen',
        reason: null,
        reasonKind: null,
      });
    }
  }
  for (const d of printed.values())
    if (!covered.has(d.path) && !inventory.some((e) => e.path === d.path)) decisions.push(d);
  return { decisions, outcome: { selected, error } };
}

/** Maps a printed path to the ids of inventory entries it names: by path, executable or resolved path. */
function pathIndex(
  inventory: readonly InterpreterEntry[],
  cwd: string,
): (path: string) => string[] {
  const index = new Map<string, Set<string>>();
  const add = (path: string | null, id: string) => {
    if (!path) return;
    const key = normalizeSeparators(path);
    const ids = index.get(key) ?? new Set<string>();
    ids.add(id);
    index.set(key, ids);
  };
  for (const e of inventory) {
    add(e.path, e.id);
    add(e.executable, e.id);
    add(e.realpath, e.id);
  }
  return (path: string) => {
    const direct = index.get(normalizeSeparators(path));
    if (direct) return [...direct];
    const absolute = index.get(normalizeSeparators(joinPath(cwd, path)));
    return absolute ? [...absolute] : [];
  };
}

/** `cwd` + a relative path as uv prints it (`.venv/bin/python`, `./x`); absolute paths unchanged. */
export function joinPath(cwd: string, path: string): string {
  if (/^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(path)) return path;
  const parts = normalizeSeparators(cwd).split('/');
  for (const part of normalizeSeparators(path).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/') || '/';
}
