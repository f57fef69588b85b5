import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  installerContext,
  planId,
  runTool,
  withSandbox
} from "./chunk-LUVARDWP.js";
import {
  parseToolSpec
} from "./chunk-B3HPZIZI.js";
import {
  runProcess
} from "./chunk-QCEWS4X5.js";
import {
  BISECT_SCHEMA_ID,
  BisectSearch,
  asBisectChange,
  probeBound,
  shownChanges,
  trackedChanges
} from "./chunk-V3IDQTPU.js";
import {
  compareVersions,
  inRange,
  notesUrl,
  releasesBetween,
  sourceFromEnv
} from "./chunk-Q762VY4K.js";
import {
  ToolSetupError,
  prepareContext,
  prepareTool
} from "./chunk-DAVLWF5Z.js";
import {
  defaultRequests
} from "./chunk-IDZS62K4.js";

// src/tools/bisect.ts
async function bisect(o) {
  const now = o.now ?? Date.now;
  const started = now();
  const say = o.onProgress ?? (() => {
  });
  const { tool, good, bad } = o;
  if (compareVersions(good, bad) >= 0)
    throw new ToolSetupError(`the good release (${good}) must be older than the bad one (${bad})`);
  const releases = await listReleases(o);
  const candidates = releases.filter((r) => r.version !== bad);
  const notes = new Map(releases.map((r) => [r.version, r.notesUrl]));
  say(
    `${tool} ${good} (good) \u2026 ${bad} (bad): ${candidates.length} release${candidates.length === 1 ? "" : "s"} between`
  );
  const requests = o.requests ?? defaultRequests(o.inventory);
  const context = prepareContext(
    o,
    o.installers ?? installerContext({
      cacheDir: o.cacheDir,
      platform: o.platform,
      callerEnv: o.callerEnv,
      onProgress: (m) => say(`  ${m}`)
    })
  );
  const attempt = (version, scenarios2) => tryRelease(o, { version, scenarios: scenarios2, requests, context, now });
  const side = (run) => ({
    // The inventory tells apart paths that share a key (two envs of one store name).
    legs: /* @__PURE__ */ new Map([["local", [{ tool: run, runner: o.runner, interpreters: o.inventory }]]])
  });
  const probes = [];
  const runs = /* @__PURE__ */ new Map();
  for (const [role, version] of [
    ["good", good],
    ["bad", bad]
  ]) {
    const given = o.endpoints?.[role];
    const a = given ? { run: given, skip: null, installMs: 0, runMs: 0 } : await attempt(version, null);
    if (!a.run)
      throw new ToolSetupError(
        `the ${role} release ${tool} ${version} cannot be used: ${a.skip ?? ""}`
      );
    runs.set(version, a.run);
    probes.push({
      version,
      role,
      verdict: role,
      reason: null,
      shows: 0,
      installMs: a.installMs,
      runMs: a.runMs
    });
    say(`${role} ${tool} ${version}: ${a.run.scenarios.length} scenarios in ${seconds(a.runMs)}`);
  }
  const goodSide = side(runs.get(good));
  const tracked = trackedChanges(goodSide, side(runs.get(bad)));
  const badProbe = probes[1];
  badProbe.shows = tracked.length;
  const scenarios = [...new Set(tracked.map((c) => c.scenario))];
  const base = {
    schema: BISECT_SCHEMA_ID,
    tool,
    good,
    bad,
    releases: releases.map((r) => r.version),
    maxProbes: o.maxProbes,
    probeBound: probeBound(releases.length),
    scenarios,
    changes: tracked.map(asBisectChange),
    probes
  };
  if (!tracked.length) {
    return {
      ...base,
      status: "no-change",
      firstBad: null,
      lastGood: null,
      notesUrl: null,
      untested: [],
      boundary: [],
      summary: `${tool} ${good} and ${bad} decide the same about every interpreter here: there is nothing to bisect`,
      elapsedMs: now() - started
    };
  }
  say(
    `${tracked.length} decision${tracked.length === 1 ? "" : "s"} changed in ${scenarios.length} scenario${scenarios.length === 1 ? "" : "s"}; probing at most ${Math.min(o.maxProbes, probeBound(releases.length))} release(s)`
  );
  const search = new BisectSearch(candidates.map((r) => r.version));
  const wanted = new Set(scenarios);
  let used = 0;
  let budgetSpent = false;
  for (let index = search.next(); index !== null; index = search.next()) {
    if (used >= o.maxProbes) {
      budgetSpent = true;
      break;
    }
    used++;
    const version = search.candidates[index] ?? "";
    const a = await attempt(version, wanted);
    const shows = a.run ? shownChanges(tracked, goodSide, side(a.run)).length : 0;
    const verdict = !a.run ? "skipped" : shows > 0 ? "bad" : "good";
    if (a.run) runs.set(version, a.run);
    search.record(index, verdict);
    probes.push({
      version,
      role: "probe",
      verdict,
      reason: a.skip,
      shows,
      installMs: a.installMs,
      runMs: a.runMs
    });
    say(
      `probe ${used}: ${tool} ${version} ${verdict}${a.skip ? ` (${a.skip})` : ` (shows ${shows} of ${tracked.length})`} in ${seconds(a.installMs + a.runMs)}`
    );
  }
  const { lastGood, firstBad } = search.ends(good, bad);
  const untested = search.between();
  const shownBy = (v) => {
    const run = runs.get(v);
    return run ? shownChanges(tracked, goodSide, side(run)) : [];
  };
  const before = new Set(shownBy(lastGood));
  const boundary = shownBy(firstBad).filter((c) => !before.has(c));
  const found = search.done;
  const part = boundary.length < tracked.length ? ` (${boundary.length} of the ${tracked.length} changed decisions; the others changed in other releases)` : "";
  const why = budgetSpent ? `the budget of ${o.maxProbes} probes ran out` : "they could not be installed or run";
  return {
    ...base,
    status: found ? "found" : "inconclusive",
    firstBad,
    lastGood,
    notesUrl: notes.get(firstBad) ?? notesUrl(tool, firstBad),
    untested,
    boundary: boundary.map(asBisectChange),
    summary: found ? `${tool} ${firstBad} is the first release that shows the change${part}; ${lastGood} is the last that does not` : `the change came in one of ${[...untested, firstBad].join(", ")}: ${why} (${lastGood} does not show it, ${firstBad} does)`,
    elapsedMs: now() - started
  };
}
async function listReleases(o) {
  const given = o.versions?.map((version) => ({ version, notesUrl: notesUrl(o.tool, version) }));
  const releases = given ? inRange(given, o.good, o.bad) : await releasesBetween(o.tool, o.good, o.bad, o.releaseSource ?? sourceFromEnv(o.callerEnv));
  if (!releases.some((r) => r.version === o.bad))
    releases.push({ version: o.bad, notesUrl: notesUrl(o.tool, o.bad) });
  return releases;
}
async function tryRelease(o, p) {
  const t0 = p.now();
  const spec = parseToolSpec(`${o.tool}@${p.version}`);
  if ("error" in spec) return { run: null, skip: spec.error, installMs: 0, runMs: 0 };
  let prepared;
  try {
    prepared = await prepareTool(spec, p.context);
  } catch (error) {
    if (!(error instanceof ToolSetupError)) throw error;
    return { run: null, skip: error.message, installMs: p.now() - t0, runMs: 0 };
  }
  const t1 = p.now();
  const sandboxOptions = {
    os: o.os,
    inventory: o.inventory,
    callerEnv: o.callerEnv,
    uvPythonDir: o.uvPythonDir
  };
  const run = await withSandbox(
    sandboxOptions,
    (sandbox) => runTool({
      ...prepared,
      adapter: p.scenarios ? only(prepared.adapter, p.scenarios) : prepared.adapter,
      role: "current",
      inventory: o.inventory,
      requests: p.requests,
      sandbox,
      runner: o.processRunner ?? runProcess,
      timeoutMs: o.timeoutMs
    })
  );
  const runMs = p.now() - t1;
  const ran = run.scenarios.filter((s) => s.exitCode !== null);
  if (run.scenarios.length && !ran.length) {
    const tail = run.scenarios[0]?.outcome.error ?? "no scenario ran to its end";
    return { run: null, skip: `it does not run: ${tail}`, installMs: t1 - t0, runMs };
  }
  return { run, skip: null, installMs: t1 - t0, runMs };
}
function only(adapter, ids) {
  return {
    ...adapter,
    plans: (requests) => adapter.plans(requests).filter((plan) => ids.has(planId(adapter.name, plan)))
  };
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}

export {
  bisect
};
