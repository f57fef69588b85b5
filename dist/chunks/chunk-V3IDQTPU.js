import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  isWindowsLike,
  isWithin,
  normalizeSeparators
} from "./chunk-TX6BET3S.js";
import {
  escapeRegExp,
  parseRequest,
  scenarioId
} from "./chunk-IDZS62K4.js";
import {
  _enum,
  array,
  int,
  literal,
  nullable,
  number,
  object,
  string
} from "./chunk-ZA7TPQS4.js";

// src/core/leg.ts
function legOf(runner) {
  return runner.leg ?? `${runner.os}-${runner.arch}`;
}

// src/core/identity.ts
function stableHash(text) {
  let a = 2166136261;
  let b = 16777619 ^ 1540483477;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 16777619) ^ b >>> 13;
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
function interpreterId(parts) {
  const key = [
    parts.implementation,
    parts.version,
    parts.prefix,
    parts.basePrefix,
    parts.executableRealpath ?? ""
  ];
  return `py-${stableHash(key.join("\0")).slice(0, 12)}`;
}
function unqueriedId(resolvedPath) {
  return `path-${stableHash(resolvedPath).slice(0, 12)}`;
}

// src/core/diff/identity.ts
var STORE_HASH = /\/nix\/store\/[0-9abcdfghijklmnpqrsvwxyz]{32}-/g;
var STORE_HASH_IN_ID = /(?<=[:-])nix-store-[0-9abcdfghijklmnpqrsvwxyz]{32}-/g;
var START = String.raw`(?:^|(?<=[\s\x60'"=]))`;
var END = String.raw`(?=[/\s\x60'"]|$)`;
var SANDBOX = new RegExp(
  String.raw`${START}[^\s\x60'"]*?/interpreter-guard-run-[A-Za-z0-9]{6}${END}`,
  "g"
);
var TEMP = new RegExp(
  String.raw`${START}(?:/tmp|/var/tmp|/private/var/folders/[^/]+/[^/]+/T|/var/folders/[^/]+/[^/]+/T)/+[^/]+`,
  "g"
);
var WINDOWS_TEMP = new RegExp(
  String.raw`${START}[A-Z]:/Users/[^/]+/AppData/Local/Temp/+[^/]+`,
  "gi"
);
var HOME = new RegExp(String.raw`${START}(?:/home/[^/\s]+|/Users/[^/\s]+|/root)${END}`, "g");
var WINDOWS_HOME = new RegExp(String.raw`${START}[A-Z]:/Users/[^/\s]+${END}`, "gi");
function normalizer(options) {
  const dirs = identityDirs(options);
  const inPaths = dirs.map(({ dir, to, windows }) => ({
    re: new RegExp(`${START}${macPrivate(dir)}${escapeRegExp(dir)}${END}`, windows ? "gi" : "g"),
    to
  }));
  const inIds = dirs.map(({ dir, to, windows }) => ({
    re: new RegExp(
      `(?<=:)${escapeRegExp(scenarioId("t", "c", { kind: "path", path: dir }).slice(4))}(?=[-:]|$)`,
      windows ? "gi" : "g"
    ),
    to: to === "/nix/store" ? "nix-store" : to
  }));
  let last = { raw: "", respelled: "" };
  const respell = (raw) => {
    if (raw === last.raw) return last.respelled;
    let p = slashes(raw).replace(SANDBOX, "<sandbox>");
    for (const { re, to } of inPaths) p = p.replace(re, to);
    last = { raw, respelled: p };
    return p;
  };
  const local = (raw) => {
    const p = respell(raw).replace(/^\/private(?=\/(?:tmp|var)(?:\/|$))/, "");
    return isWindowsLike(p) ? p.toLowerCase() : p;
  };
  const path = (raw) => {
    return respell(raw).replace(STORE_HASH, "/nix/store/<hash>-").replace(TEMP, "<tmp>").replace(WINDOWS_TEMP, "<tmp>").replace(HOME, "~").replace(WINDOWS_HOME, "~");
  };
  const scenario = (id) => {
    let s = id;
    for (const { re, to } of inIds) s = s.replace(re, to);
    return path(s.replace(STORE_HASH_IN_ID, "nix-store-<hash>-"));
  };
  return { path, local, scenario };
}
function erasedPart(local) {
  let end = -1;
  for (const re of [STORE_HASH, TEMP, WINDOWS_TEMP, HOME, WINDOWS_HOME])
    for (const m of local.matchAll(re)) end = Math.max(end, m.index + m[0].length);
  if (end < 0) return local;
  const slash = local.indexOf("/", end);
  return slash < 0 ? local : local.slice(0, slash);
}
function runnerDirs(runner, fallback = {}) {
  const storeDirs = [runner.nixStoreDir, ...fallback.storeDirs ?? []];
  if (!runner.tempDir && !runner.homeDir && !runner.workspaceDir) return { ...fallback, storeDirs };
  return {
    storeDirs: [runner.nixStoreDir],
    temps: runner.tempDir ? [runner.tempDir] : [],
    homes: runner.homeDir ? [runner.homeDir] : [],
    workspaces: runner.workspaceDir ? [runner.workspaceDir] : []
  };
}
function identityDirs(options) {
  const clean = (list) => (list ?? []).map((d) => slashes(d).replace(/\/+$/, "")).filter(isSpecific);
  const homes = clean(options.homes);
  const temps = clean(options.temps).filter(
    (t) => !homes.some((h) => isWithin(h, t) && isWithin(t, h))
  );
  const workspaces = clean(options.workspaces).filter(
    (w) => ![...homes, ...temps].some((d) => isWithin(d, w))
  );
  const stores = clean(options.storeDirs).filter((s) => s !== "/nix/store");
  const dirs = [
    ...stores.map((dir) => ({ dir, to: "/nix/store" })),
    ...temps.map((dir) => ({ dir, to: "<tmp>" })),
    ...workspaces.map((dir) => ({ dir, to: "<workspace>" })),
    ...homes.map((dir) => ({ dir, to: "~" }))
  ];
  return dirs.map((d) => ({ ...d, windows: isWindowsLike(d.dir) })).sort((a, b) => b.dir.length - a.dir.length);
}
function slashes(p) {
  return normalizeSeparators(p).replace(
    /(^|[\s`'"=])([a-z]):(?=\/|$)/g,
    (_, pre, l) => `${pre}${l.toUpperCase()}:`
  );
}
function isSpecific(dir) {
  return /^(?:\/[^/]|[A-Z]:\/[^/]|\/\/[^/]+\/[^/])/i.test(dir);
}
function macPrivate(dir) {
  return /^\/(?:tmp|var)(?:\/|$)/.test(dir) ? "(?:/private)?" : "";
}

// src/core/diff/keys.ts
var NO_INVENTORY = [];
function keysMemo(fallback = {}) {
  const memo = /* @__PURE__ */ new Map();
  return (runner, interpreters = NO_INVENTORY) => {
    const byInventory = memo.get(runner) ?? /* @__PURE__ */ new Map();
    memo.set(runner, byInventory);
    let keys = byInventory.get(interpreters);
    if (!keys)
      byInventory.set(
        interpreters,
        keys = reportKeys(normalizer(runnerDirs(runner, fallback)), interpreters)
      );
    return keys;
  };
}
function reportKeys(norm, interpreters) {
  const locals = /* @__PURE__ */ new Map();
  const bases = /* @__PURE__ */ new Map();
  const local = (raw) => {
    let l = locals.get(raw);
    if (l === void 0) {
      locals.set(raw, l = norm.local(raw));
      if (!bases.has(l)) bases.set(l, norm.path(raw));
    }
    return l;
  };
  const base = (l) => bases.get(l) ?? l;
  const inventory = interpreters.map((entry) => ({ entry, local: local(entry.path) }));
  const signatures = /* @__PURE__ */ new Map();
  const signature = (l) => {
    const unit = erasedPart(l);
    let sig = signatures.get(unit);
    if (sig === void 0)
      signatures.set(unit, sig = stableHash(facts(unit, inventory, local, base)).slice(0, 8));
    return sig;
  };
  const inInventory = new Set(inventory.map((i) => i.local));
  const byKey = groupByKey(
    inventory.map((i) => i.local),
    base
  );
  const inventoryTags = tagsOf(byKey, signature);
  return {
    scenario(run) {
      const request = requestPath(run);
      let tags = null;
      const tagOf = (l) => (tags ??= scenarioTags(run, request)).get(l);
      const key = (l) => {
        const tag = tagOf(l);
        return tag ? `${base(l)} #${tag}` : base(l);
      };
      const requestTag = request === null ? void 0 : tagOf(local(request));
      return {
        scenario: requestTag ? `${norm.scenario(run.id)} #${requestTag}` : norm.scenario(run.id),
        path: (p) => key(local(p))
      };
    }
  };
  function scenarioTags(run, request) {
    const named = [request, run.outcome.selected, ...run.decisions.map((d) => d.path)].filter((p) => p !== null).map(local);
    const added = new Set(named.filter((l) => !inInventory.has(l)).map(base));
    if (!added.size) return inventoryTags;
    const again = [...inventory.map((i) => i.local), ...named].filter((l) => added.has(base(l)));
    return new Map([...inventoryTags, ...tagsOf(groupByKey(again, base), signature)]);
  }
}
function requestPath(run) {
  if (run.request === null) return null;
  const parsed = parseRequest(run.request);
  return "kind" in parsed && parsed.kind === "path" ? parsed.path : null;
}
function groupByKey(locals, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const l of locals) {
    const group = groups.get(key(l)) ?? [];
    if (!group.includes(l)) group.push(l);
    groups.set(key(l), group);
  }
  return groups;
}
function tagsOf(groups, signature) {
  const tags = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const signed = group.map((l) => ({ l, sig: signature(l) }));
    const seen = /* @__PURE__ */ new Map();
    for (const { l, sig } of signed) {
      const rank = (seen.get(sig) ?? 0) + 1;
      seen.set(sig, rank);
      const alike = signed.filter((s) => s.sig === sig).length;
      tags.set(l, alike > 1 ? `${sig}.${rank}` : sig);
    }
  }
  return tags;
}
function facts(unit, inventory, local, base) {
  const inside = (l) => l === unit ? "." : l.startsWith(`${unit}/`) ? `.${l.slice(unit.length)}` : null;
  const where = (p) => p === null ? "-" : inside(local(p)) ?? base(local(p));
  const lines = /* @__PURE__ */ new Set();
  for (const { entry: e, local: l } of inventory) {
    const own = inside(l);
    const refs = { prefix: e.prefix, base: e.basePrefix, real: e.realpath };
    if (own !== null) {
      const at = Object.entries(refs).map(([name, p]) => `${name}=${where(p)}`);
      lines.add([own, e.kind, `pyvenv.cfg=${e.pyvenvCfg ? "yes" : "no"}`, ...at].join(" "));
    } else {
      for (const [name, p] of Object.entries(refs)) {
        const there = p === null ? null : inside(local(p));
        if (there !== null) lines.add(`${base(l)} ${name} ${there}`);
      }
    }
  }
  return [...lines].sort().join("\n");
}

// src/core/diff/compare.ts
var CHANGE_CLASSES = [
  "regression",
  "fix",
  "drift",
  "reason-changed",
  "selection-changed",
  // Not a difference between two runs: a verdict of this run that contradicts what the inventory
  // measured about the interpreter (see disagreements.ts). Needs no baseline.
  "disagreement"
];
var ACCEPTING = /* @__PURE__ */ new Set(["selected", "accepted"]);
function sideOf(reports, role) {
  const legs = /* @__PURE__ */ new Map();
  for (const report of reports) {
    const leg = legOf(report.runner);
    legs.set(leg, [
      ...legs.get(leg) ?? [],
      ...(report.tools ?? []).filter((t) => t.role === role).map((tool) => ({ tool, runner: report.runner, interpreters: report.interpreters }))
    ]);
  }
  return { legs };
}
function compare(baseline, current, keysOf = keysMemo()) {
  const changes = [];
  for (const [leg, currentRuns] of current.legs) {
    const baselineRuns = baseline.legs.get(leg);
    if (!baselineRuns) continue;
    const before = scenarioIndex(baselineRuns, keysOf);
    for (const [scenarioKey, now] of scenarioIndex(currentRuns, keysOf)) {
      const then = before.get(scenarioKey);
      if (!then) continue;
      const scenario = now.run.id;
      changes.push(...outcomeChanges(leg, scenario, then, now));
      const keys = /* @__PURE__ */ new Set([...then.decisions.keys(), ...now.decisions.keys()]);
      for (const key of keys) {
        const a = then.decisions.get(key);
        const b = now.decisions.get(key);
        const change = classify(a, b);
        if (!change) continue;
        changes.push({
          class: change,
          leg,
          scenario,
          path: (b ?? a)?.path ?? key,
          key,
          before: verdictLabel(a),
          after: verdictLabel(b),
          reason: b?.reason ?? null,
          waived: null
        });
      }
    }
  }
  return changes;
}
function classify(a, b) {
  if (!a || !b) return "drift";
  if (a.verdict === b.verdict) {
    if ((a.verdict === "rejected" || a.verdict === "skipped") && (a.reasonKind !== b.reasonKind || a.reason !== b.reason))
      return "reason-changed";
    return null;
  }
  if (a.verdict === "unseen" || b.verdict === "unseen") return null;
  if (ACCEPTING.has(a.verdict) && b.verdict === "rejected") return "regression";
  if (a.verdict === "rejected" && ACCEPTING.has(b.verdict)) return "fix";
  if (ACCEPTING.has(a.verdict) && ACCEPTING.has(b.verdict)) return null;
  return "reason-changed";
}
function outcomeChanges(leg, scenario, before, after) {
  const [then, now] = [before.run, after.run];
  const base = { leg, scenario, reason: now.outcome.error, waived: null };
  if (then.outcome.selected && !now.outcome.selected) {
    return [
      {
        ...base,
        class: "regression",
        path: then.outcome.selected,
        key: before.keys.path(then.outcome.selected),
        before: `selected ${then.outcome.selected}`,
        after: now.outcome.error ? `error: ${now.outcome.error}` : "no interpreter"
      }
    ];
  }
  if (!then.outcome.selected && now.outcome.selected) {
    return [
      {
        ...base,
        class: "fix",
        path: now.outcome.selected,
        key: after.keys.path(now.outcome.selected),
        before: then.outcome.error ? `error: ${then.outcome.error}` : "no interpreter",
        after: `selected ${now.outcome.selected}`,
        reason: null
      }
    ];
  }
  if (then.outcome.selected && now.outcome.selected && before.keys.path(then.outcome.selected) !== after.keys.path(now.outcome.selected)) {
    return [
      {
        ...base,
        class: "selection-changed",
        path: now.outcome.selected,
        key: after.keys.path(now.outcome.selected),
        before: `selected ${then.outcome.selected}`,
        after: `selected ${now.outcome.selected}`,
        reason: null
      }
    ];
  }
  return [];
}
function scenarioIndex(runs, keysOf) {
  const index = /* @__PURE__ */ new Map();
  for (const side of runs) {
    const report = keysOf(side.runner, side.interpreters);
    for (const run of side.tool.scenarios) {
      const keys = report.scenario(run);
      const decisions = /* @__PURE__ */ new Map();
      for (const d of run.decisions) decisions.set(keys.path(d.path), d);
      index.set(`${side.tool.name}\0${keys.scenario}`, { run, decisions, keys });
    }
  }
  return index;
}
function verdictLabel(d) {
  if (!d) return "absent";
  return d.reason ? `${d.verdict}: ${d.reason}` : d.verdict;
}
function missingLegs(expected, reports) {
  const present = new Set(reports.map((r) => legOf(r.runner)));
  return expected.filter((leg) => !present.has(leg));
}

// src/core/tools/bisect-search.ts
var BISECT_SCHEMA_ID = "interpreter-guard/bisect@1";
var BisectChange = object({
  /** As in a comparison: regression, fix, reason-changed or selection-changed. */
  class: _enum(CHANGE_CLASSES),
  scenario: string(),
  path: string(),
  before: string(),
  after: string(),
  reason: nullable(string())
});
var PROBE_VERDICTS = ["good", "bad", "skipped"];
var Probe = object({
  version: string(),
  /** `good` and `bad` are the two ends, run to learn what changed; `probe` a release between. */
  role: _enum(["good", "bad", "probe"]),
  verdict: _enum(PROBE_VERDICTS),
  /** Why a release was skipped (it could not be installed or run); null otherwise. */
  reason: nullable(string()),
  /** How many of the tracked changes this release shows. */
  shows: int(),
  installMs: number(),
  runMs: number()
});
var BISECT_STATUSES = ["found", "inconclusive", "no-change"];
var BisectResult = object({
  schema: literal(BISECT_SCHEMA_ID),
  tool: string(),
  good: string(),
  bad: string(),
  /** `found`: firstBad follows lastGood; `inconclusive`: releases between them are untested. */
  status: _enum(BISECT_STATUSES),
  /** The first release showing the change (the earliest known to, when inconclusive). */
  firstBad: nullable(string()),
  /** The last release not showing it (the latest known not to, when inconclusive). */
  lastGood: nullable(string()),
  /** firstBad's release notes. */
  notesUrl: nullable(string()),
  /** Releases between lastGood and firstBad that could not be told apart (skipped or not probed). */
  untested: array(string()),
  /** One sentence: what was found, or why nothing could be. */
  summary: string(),
  /** Stable releases after good up to and including bad. */
  releases: array(string()),
  /** The probes of releases between good and bad, at most this many (skipped ones count). */
  maxProbes: int(),
  /** ⌈log2 n⌉ + 1 for the n releases: the most probes a bisection needs when nothing is skipped. */
  probeBound: int(),
  /** The scenarios run for each probe: those whose decisions changed between good and bad. */
  scenarios: array(string()),
  /** What changed between good and bad (what the probes look for). */
  changes: array(BisectChange),
  /** What changed between lastGood and firstBad: the part of `changes` firstBad brought. */
  boundary: array(BisectChange),
  probes: array(Probe),
  elapsedMs: number()
});
function probeBound(releases) {
  return releases <= 1 ? 0 : Math.ceil(Math.log2(releases)) + 1;
}
function trackedChanges(good, bad) {
  return compare(good, bad).filter((c) => c.class !== "drift");
}
var identityOf = (c) => `${c.scenario}\0${c.key}`;
function shownChanges(tracked, good, probe) {
  const now = new Map(compare(good, probe).map((c) => [identityOf(c), c]));
  return tracked.filter((t) => {
    const c = now.get(identityOf(t));
    if (!c || c.class !== t.class) return false;
    return t.class === "regression" || t.class === "fix" || c.after === t.after;
  });
}
function asBisectChange(c) {
  return {
    class: c.class,
    scenario: c.scenario,
    path: c.path,
    before: c.before,
    after: c.after,
    reason: c.reason
  };
}
var BisectSearch = class {
  constructor(candidates) {
    this.candidates = candidates;
    this.hi = candidates.length;
  }
  candidates;
  lo = -1;
  hi;
  skipped = /* @__PURE__ */ new Set();
  /** The next release to probe; null when the ends meet or everything between was skipped. */
  next() {
    if (this.hi - this.lo <= 1) return null;
    const mid = this.lo + this.hi >> 1;
    for (let step = 0; step < this.hi - this.lo; step++) {
      for (const i of step ? [mid + step, mid - step] : [mid]) {
        if (i > this.lo && i < this.hi && !this.skipped.has(i)) return i;
      }
    }
    return null;
  }
  record(index, verdict) {
    if (verdict === "skipped") this.skipped.add(index);
    else if (verdict === "bad") this.hi = index;
    else this.lo = index;
  }
  get done() {
    return this.hi - this.lo <= 1;
  }
  /** Versions of the two ends: the last known good and the first known bad (null for the bad end). */
  ends(good, bad) {
    return {
      lastGood: this.lo < 0 ? good : this.candidates[this.lo] ?? good,
      firstBad: this.hi >= this.candidates.length ? bad : this.candidates[this.hi] ?? bad
    };
  }
  /** The releases between the ends, still untold. */
  between() {
    return this.candidates.slice(this.lo + 1, this.hi);
  }
};

export {
  legOf,
  stableHash,
  interpreterId,
  unqueriedId,
  keysMemo,
  CHANGE_CLASSES,
  sideOf,
  compare,
  verdictLabel,
  missingLegs,
  BISECT_SCHEMA_ID,
  BisectResult,
  probeBound,
  trackedChanges,
  shownChanges,
  asBisectChange,
  BisectSearch
};
