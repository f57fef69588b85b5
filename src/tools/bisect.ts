// `bisect`: which release of a tool changed its decisions about this machine's interpreters. The
// good and the bad release run every scenario; what changed between them (regressions, fixes,
// other reasons, other selections) is what each probe looks for, and a probe reruns only the
// scenarios where it changed. Releases are installed as `<tool>@<version>` specs are (uv's checked
// against their published checksums, PyPI's with pip), cached, and probed one at a time, each in a
// fresh sandbox over the same inventory, so nothing but the release differs (no release reads the
// caches another wrote). A release that cannot
// be installed or run is skipped and a neighbour tried; the probes are bounded by `maxProbes`.
import type { InterpreterEntry, OsName, Runner } from '../core/model.js';
import {
  asBisectChange,
  BISECT_SCHEMA_ID,
  BisectSearch,
  probeBound,
  shownChanges,
  trackedChanges,
  type BisectResult,
  type Probe,
} from '../core/tools/bisect-search.js';
import type { Side } from '../core/diff/compare.js';
import type { ToolRun } from '../core/tools/model.js';
import { defaultRequests, type PythonRequest } from '../core/tools/requests.js';
import { runProcess, type ProcessRunner } from '../discovery/process-runner.js';
import { planId, type ToolAdapter } from './adapters/types.js';
import { installerContext, type Installers } from './installers.js';
import { prepareContext, prepareTool, ToolSetupError, type PrepareContext } from './prepare.js';
import {
  compareVersions,
  inRange,
  notesUrl,
  releasesBetween,
  sourceFromEnv,
  type Release,
  type ReleaseSource,
} from './releases.js';
import { runTool } from './runner.js';
import { withSandbox } from './sandbox.js';
import { parseToolSpec, type NamedTool } from './spec.js';

export type { BisectResult, Probe } from '../core/tools/bisect-search.js';

export interface BisectOptions {
  tool: NamedTool;
  good: string;
  bad: string;
  /** The releases to choose from, given offline; listed from GitHub (uv) or the index when null. */
  versions: string[] | null;
  /** What to ask for; derived from the inventory (as `discover --tool` does) when null. */
  requests: PythonRequest[] | null;
  inventory: InterpreterEntry[];
  /** The machine, as a report records it (its directories normalise paths). */
  runner: Runner;
  os: OsName;
  platform: NodeJS.Platform;
  /** The caller's environment: where releases and python3 come from (see installers.ts). */
  callerEnv: NodeJS.ProcessEnv;
  cwd: string;
  /** uv's managed interpreters directory, kept visible in the sandbox. */
  uvPythonDir: string;
  cacheDir: string;
  /** Per tool run. */
  timeoutMs: number;
  uvPreference: string | null;
  /** Probes of releases between good and bad, skipped ones included. */
  maxProbes: number;
  /** Runs of the two ends made already (the Action's baseline and current tool), not run again. */
  endpoints?: { good?: ToolRun; bad?: ToolRun };
  /** Default: from GITHUB_API_URL, PIP_INDEX_URL and GITHUB_TOKEN in callerEnv. */
  releaseSource?: ReleaseSource;
  /** Default: from callerEnv (see installers.ts). */
  installers?: Installers;
  processRunner?: ProcessRunner;
  onProgress?: (line: string) => void;
  now?: () => number;
}

interface Attempt {
  run: ToolRun | null;
  /** Why the release could not be installed or run. */
  skip: string | null;
  installMs: number;
  runMs: number;
}

/** Finds the first release between good and bad that makes the changes seen between them. */
export async function bisect(o: BisectOptions): Promise<BisectResult> {
  const now = o.now ?? Date.now;
  const started = now();
  const say = o.onProgress ?? (() => {});
  const { tool, good, bad } = o;
  if (compareVersions(good, bad) >= 0)
    throw new ToolSetupError(`the good release (${good}) must be older than the bad one (${bad})`);

  const releases = await listReleases(o);
  const candidates = releases.filter((r) => r.version !== bad);
  const notes = new Map(releases.map((r) => [r.version, r.notesUrl]));
  say(
    `${tool} ${good} (good) … ${bad} (bad): ${candidates.length} release${candidates.length === 1 ? '' : 's'} between`,
  );

  const requests = o.requests ?? defaultRequests(o.inventory);
  const context = prepareContext(
    o,
    o.installers ??
      installerContext({
        cacheDir: o.cacheDir,
        platform: o.platform,
        callerEnv: o.callerEnv,
        onProgress: (m) => say(`  ${m}`),
      }),
  );
  const attempt = (version: string, scenarios: ReadonlySet<string> | null) =>
    tryRelease(o, { version, scenarios, requests, context, now });
  const side = (run: ToolRun): Side => ({
    // The inventory tells apart paths that share a key (two envs of one store name).
    legs: new Map([['local', [{ tool: run, runner: o.runner, interpreters: o.inventory }]]]),
  });
  const probes: Probe[] = [];
  const runs = new Map<string, ToolRun>();

  // 1. The two ends, every scenario: what changed is what the probes look for.
  for (const [role, version] of [
    ['good', good],
    ['bad', bad],
  ] as const) {
    const given = o.endpoints?.[role];
    const a: Attempt = given
      ? { run: given, skip: null, installMs: 0, runMs: 0 }
      : await attempt(version, null);
    if (!a.run)
      throw new ToolSetupError(
        `the ${role} release ${tool} ${version} cannot be used: ${a.skip ?? ''}`,
      );
    runs.set(version, a.run);
    probes.push({
      version,
      role,
      verdict: role,
      reason: null,
      shows: 0,
      installMs: a.installMs,
      runMs: a.runMs,
    });
    say(`${role} ${tool} ${version}: ${a.run.scenarios.length} scenarios in ${seconds(a.runMs)}`);
  }
  const goodSide = side(runs.get(good) as ToolRun);
  const tracked = trackedChanges(goodSide, side(runs.get(bad) as ToolRun));
  const badProbe = probes[1] as Probe;
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
    probes,
  } as const;
  if (!tracked.length) {
    return {
      ...base,
      status: 'no-change',
      firstBad: null,
      lastGood: null,
      notesUrl: null,
      untested: [],
      boundary: [],
      summary: `${tool} ${good} and ${bad} decide the same about every interpreter here: there is nothing to bisect`,
      elapsedMs: now() - started,
    };
  }
  say(
    `${tracked.length} decision${tracked.length === 1 ? '' : 's'} changed in ${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}; probing at most ${Math.min(o.maxProbes, probeBound(releases.length))} release(s)`,
  );

  // 2. The binary search over the releases between, rerunning only the changed scenarios.
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
    const version = search.candidates[index] ?? '';
    const a = await attempt(version, wanted);
    const shows = a.run ? shownChanges(tracked, goodSide, side(a.run)).length : 0;
    const verdict = !a.run ? 'skipped' : shows > 0 ? 'bad' : 'good';
    if (a.run) runs.set(version, a.run);
    search.record(index, verdict);
    probes.push({
      version,
      role: 'probe',
      verdict,
      reason: a.skip,
      shows,
      installMs: a.installMs,
      runMs: a.runMs,
    });
    say(
      `probe ${used}: ${tool} ${version} ${verdict}${a.skip ? ` (${a.skip})` : ` (shows ${shows} of ${tracked.length})`} in ${seconds(a.installMs + a.runMs)}`,
    );
  }

  // 3. The ends met (found), or releases between them could not be told apart.
  const { lastGood, firstBad } = search.ends(good, bad);
  const untested = search.between();
  const shownBy = (v: string) => {
    const run = runs.get(v);
    return run ? shownChanges(tracked, goodSide, side(run)) : [];
  };
  const before = new Set(shownBy(lastGood));
  const boundary = shownBy(firstBad).filter((c) => !before.has(c));
  const found = search.done;
  const part =
    boundary.length < tracked.length
      ? ` (${boundary.length} of the ${tracked.length} changed decisions; the others changed in other releases)`
      : '';
  const why = budgetSpent
    ? `the budget of ${o.maxProbes} probes ran out`
    : 'they could not be installed or run';
  return {
    ...base,
    status: found ? 'found' : 'inconclusive',
    firstBad,
    lastGood,
    notesUrl: notes.get(firstBad) ?? notesUrl(tool, firstBad),
    untested,
    boundary: boundary.map(asBisectChange),
    summary: found
      ? `${tool} ${firstBad} is the first release that shows the change${part}; ${lastGood} is the last that does not`
      : `the change came in one of ${[...untested, firstBad].join(', ')}: ${why} (${lastGood} does not show it, ${firstBad} does)`,
    elapsedMs: now() - started,
  };
}

async function listReleases(o: BisectOptions): Promise<Release[]> {
  const given = o.versions?.map((version) => ({ version, notesUrl: notesUrl(o.tool, version) }));
  const releases = given
    ? inRange(given, o.good, o.bad)
    : await releasesBetween(o.tool, o.good, o.bad, o.releaseSource ?? sourceFromEnv(o.callerEnv));
  // The bad end is a release even when the list left it out (or it is not a stable one).
  if (!releases.some((r) => r.version === o.bad))
    releases.push({ version: o.bad, notesUrl: notesUrl(o.tool, o.bad) });
  return releases;
}

/** Installs and runs one release; a failure to do either is a reason to skip it. */
async function tryRelease(
  o: BisectOptions,
  p: {
    version: string;
    scenarios: ReadonlySet<string> | null;
    requests: PythonRequest[];
    context: PrepareContext;
    now: () => number;
  },
): Promise<Attempt> {
  const t0 = p.now();
  const spec = parseToolSpec(`${o.tool}@${p.version}`);
  if ('error' in spec) return { run: null, skip: spec.error, installMs: 0, runMs: 0 };
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
    uvPythonDir: o.uvPythonDir,
  };
  const run = await withSandbox(sandboxOptions, (sandbox) =>
    runTool({
      ...prepared,
      adapter: p.scenarios ? only(prepared.adapter, p.scenarios) : prepared.adapter,
      role: 'current',
      inventory: o.inventory,
      requests: p.requests,
      sandbox,
      runner: o.processRunner ?? runProcess,
      timeoutMs: o.timeoutMs,
    }),
  );
  const runMs = p.now() - t1;
  const ran = run.scenarios.filter((s) => s.exitCode !== null);
  if (run.scenarios.length && !ran.length) {
    const tail = run.scenarios[0]?.outcome.error ?? 'no scenario ran to its end';
    return { run: null, skip: `it does not run: ${tail}`, installMs: t1 - t0, runMs };
  }
  return { run, skip: null, installMs: t1 - t0, runMs };
}

/** The adapter, planning only the scenarios named. */
function only(adapter: ToolAdapter, ids: ReadonlySet<string>): ToolAdapter {
  return {
    ...adapter,
    plans: (requests) =>
      adapter.plans(requests).filter((plan) => ids.has(planId(adapter.name, plan))),
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
