// The key of each path of one report, scenario by scenario: what a comparison matches paths by.
// A key is the path's identity (identity.ts), which leaves out what differs between runners — a
// store path's hash, a random temp directory, a user's home — so two different files of one runner
// can share it: nixpkgs names every `python3.withPackages` env `python3-<version>-env`, whatever
// its regime or packages, and a comparison would take one for the other.
//
// Where paths of a scenario and of the inventory share a key, each gets a tag after it (` #…`): a
// hash of what the inventory measured in the part of the path the key left out (`erasedPart`: the
// store path, the temp directory) — for every interpreter in it, its path there, kind, whether it
// has a pyvenv.cfg, and where its sys.prefix, sys.base_prefix and resolved file lie; for every
// interpreter elsewhere rooted in it or resolving into it (a profile, a venv made from it), which.
// These are written without hashes or runner directories, so one interpreter gets one tag on every
// runner set up alike. The kind's reason is left out: it is prose a release may reword, and what it
// says is there already. When the facts are the same for two paths too, the order in which the
// report first names them (the inventory, then the request, selection and decisions) follows as
// `.1`, `.2`. A path that shares its key with no other keeps it bare.
import { stableHash } from '../identity.js';
import type { InterpreterEntry, Runner } from '../model.js';
import type { ScenarioRun } from '../tools/model.js';
import { parseRequest } from '../tools/requests.js';
import {
  erasedPart,
  normalizer,
  runnerDirs,
  type NormalizeOptions,
  type Normalizer,
} from './identity.js';

export interface ScenarioKeys {
  /** The scenario's own key: its id's identity, tagged like its request path when that is one. */
  scenario: string;
  path: (path: string) => string;
}

export interface ReportKeys {
  scenario(run: ScenarioRun): ScenarioKeys;
}

/** The keys of one report's paths, the report known by its runner and its inventory. */
export type KeysOf = (runner: Runner, interpreters?: readonly InterpreterEntry[]) => ReportKeys;

const NO_INVENTORY: readonly InterpreterEntry[] = [];

/**
 * Each report's keys, worked out once however often they are asked for: one analysis needs them
 * for both sides of the comparison and for the disagreements of both. A report is told by its
 * runner and inventory objects, as `sideOf` hands them on. `fallback` stands in for the directories
 * of reports that record none.
 */
export function keysMemo(fallback: NormalizeOptions = {}): KeysOf {
  const memo = new Map<Runner, Map<readonly InterpreterEntry[], ReportKeys>>();
  return (runner, interpreters = NO_INVENTORY) => {
    const byInventory = memo.get(runner) ?? new Map<readonly InterpreterEntry[], ReportKeys>();
    memo.set(runner, byInventory);
    let keys = byInventory.get(interpreters);
    if (!keys)
      byInventory.set(
        interpreters,
        (keys = reportKeys(normalizer(runnerDirs(runner, fallback)), interpreters)),
      );
    return keys;
  };
}

export function reportKeys(
  norm: Normalizer,
  interpreters: readonly InterpreterEntry[],
): ReportKeys {
  // Each path's `local` spelling, and the key of each: one file has one local spelling.
  const locals = new Map<string, string>();
  const bases = new Map<string, string>();
  const local = (raw: string): string => {
    let l = locals.get(raw);
    if (l === undefined) {
      locals.set(raw, (l = norm.local(raw)));
      if (!bases.has(l)) bases.set(l, norm.path(raw));
    }
    return l;
  };
  const base = (l: string) => bases.get(l) ?? l;
  const inventory = interpreters.map((entry) => ({ entry, local: local(entry.path) }));
  const signatures = new Map<string, string>();
  const signature = (l: string) => {
    const unit = erasedPart(l);
    let sig = signatures.get(unit);
    if (sig === undefined)
      signatures.set(unit, (sig = stableHash(facts(unit, inventory, local, base)).slice(0, 8)));
    return sig;
  };
  const inInventory = new Set(inventory.map((i) => i.local));
  const byKey = groupByKey(
    inventory.map((i) => i.local),
    base,
  );
  const inventoryTags = tagsOf(byKey, signature);

  return {
    scenario(run) {
      const request = requestPath(run);
      // Worked out on first use: a caller may need no key of this scenario's paths.
      let tags: Map<string, string> | null = null;
      const tagOf = (l: string) => (tags ??= scenarioTags(run, request)).get(l);
      const key = (l: string) => {
        const tag = tagOf(l);
        return tag ? `${base(l)} #${tag}` : base(l);
      };
      const requestTag = request === null ? undefined : tagOf(local(request));
      return {
        scenario: requestTag ? `${norm.scenario(run.id)} #${requestTag}` : norm.scenario(run.id),
        path: (p) => key(local(p)),
      };
    },
  };

  function scenarioTags(run: ScenarioRun, request: string | null): Map<string, string> {
    const named = [request, run.outcome.selected, ...run.decisions.map((d) => d.path)]
      .filter((p) => p !== null)
      .map(local);
    // Only the keys this scenario names a path of its own under are looked at again.
    const added = new Set(named.filter((l) => !inInventory.has(l)).map(base));
    if (!added.size) return inventoryTags;
    const again = [...inventory.map((i) => i.local), ...named].filter((l) => added.has(base(l)));
    return new Map([...inventoryTags, ...tagsOf(groupByKey(again, base), signature)]);
  }
}

function requestPath(run: ScenarioRun): string | null {
  if (run.request === null) return null;
  const parsed = parseRequest(run.request);
  return 'kind' in parsed && parsed.kind === 'path' ? parsed.path : null;
}

/** The distinct paths of each key, in the order first named. */
function groupByKey(locals: readonly string[], key: (l: string) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const l of locals) {
    const group = groups.get(key(l)) ?? [];
    if (!group.includes(l)) group.push(l);
    groups.set(key(l), group);
  }
  return groups;
}

/** A tag for each path that shares its key: its facts' hash, then its rank among equal ones. */
function tagsOf(
  groups: ReadonlyMap<string, readonly string[]>,
  signature: (l: string) => string,
): Map<string, string> {
  const tags = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const signed = group.map((l) => ({ l, sig: signature(l) }));
    const seen = new Map<string, number>();
    for (const { l, sig } of signed) {
      const rank = (seen.get(sig) ?? 0) + 1;
      seen.set(sig, rank);
      const alike = signed.filter((s) => s.sig === sig).length;
      tags.set(l, alike > 1 ? `${sig}.${rank}` : sig);
    }
  }
  return tags;
}

/** What the inventory measured in `unit` and about what lies in it, one sorted line each. */
function facts(
  unit: string,
  inventory: readonly { entry: InterpreterEntry; local: string }[],
  local: (p: string) => string,
  base: (l: string) => string,
): string {
  const inside = (l: string) =>
    l === unit ? '.' : l.startsWith(`${unit}/`) ? `.${l.slice(unit.length)}` : null;
  const where = (p: string | null) => (p === null ? '-' : (inside(local(p)) ?? base(local(p))));
  const lines = new Set<string>();
  for (const { entry: e, local: l } of inventory) {
    const own = inside(l);
    const refs = { prefix: e.prefix, base: e.basePrefix, real: e.realpath };
    if (own !== null) {
      const at = Object.entries(refs).map(([name, p]) => `${name}=${where(p)}`);
      lines.add([own, e.kind, `pyvenv.cfg=${e.pyvenvCfg ? 'yes' : 'no'}`, ...at].join(' '));
    } else {
      for (const [name, p] of Object.entries(refs)) {
        const there = p === null ? null : inside(local(p));
        if (there !== null) lines.add(`${base(l)} ${name} ${there}`);
      }
    }
  }
  return [...lines].sort().join('\n');
}
