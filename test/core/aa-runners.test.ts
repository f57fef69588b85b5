// A/A end to end: one leg run as the Action runs it — fixtures built in RUNNER_TEMP, the inventory
// taken, a tool run over it, the report assembled with runnerInfo — on two fake runners whose temp
// directory, checkout and home differ, the second with its store hashes rewritten as after a store
// rebuild. analyze() reads each side's directories from its report: no change; a real one is seen.
// The legacy and the current Nix env are on PATH: two store paths of one name, python3-X.Y.Z-env,
// which must match their twins on the other runner and never each other.
import { mkdir } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/diff/analyze.js';
import { assembleReport, parseReport } from '../../src/core/inventory/report.js';
import type { Report } from '../../src/core/model.js';
import type { Decision } from '../../src/core/tools/model.js';
import { ProbeCache } from '../../src/discovery/cache.js';
import { takeInventory } from '../../src/discovery/inventory.js';
import { runnerInfo } from '../../src/discovery/runner-info.js';
import { buildFixtures } from '../../src/fixtures/build.js';
import { emulatedStoreHash } from '../../src/fixtures/nix-hash.js';
import { parseToolOptions, runTools } from '../../src/tools/plan.js';
import { basePython, tempDir, testContext } from '../helpers/fixtures.js';

const policyTool = fileURLToPath(new URL('../fixtures/tools/policy-tool.py', import.meta.url));
let cleanup: () => Promise<void>;
let root: string;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('ig-aa-'));
});
afterAll(async () => {
  await cleanup();
});

/** One leg on a runner laid out under `runnerRoot`, as src/action/main.ts runs it. */
async function leg(
  runnerRoot: string,
  layout: { temp: string; workspace: string; home: string },
  tool: string,
): Promise<{ report: Report; fixtures: Record<string, string> }> {
  const env: NodeJS.ProcessEnv = {
    RUNNER_TEMP: join(runnerRoot, layout.temp),
    GITHUB_WORKSPACE: join(runnerRoot, layout.workspace),
    HOME: join(runnerRoot, layout.home),
    PATH: '/usr/bin:/bin',
  };
  for (const dir of [env.RUNNER_TEMP, env.GITHUB_WORKSPACE, env.HOME])
    await mkdir(dir ?? '', { recursive: true });
  const base = await basePython();
  const manifest = await buildFixtures({
    dir: join(env.RUNNER_TEMP ?? '', 'interpreter-guard-fixtures'),
    kinds: ['nix', 'venv', 'broken'],
    base,
    compiler: 'cc',
    nixBuild: null,
  });
  const nixEnvs = ['nix.legacy-env', 'nix.current-env'].map((k) =>
    dirname(manifest.paths[k] ?? ''),
  );
  const discoveryEnv = {
    ...env,
    ...manifest.env,
    PATH: [...manifest.pathDirs, ...nixEnvs, env.PATH].join(delimiter),
  };
  const workspace = env.GITHUB_WORKSPACE ?? '';
  const ctx = testContext(env.HOME ?? '', workspace, { env: discoveryEnv });
  const inventory = await takeInventory(ctx, {
    cache: ProbeCache.disabled(),
    timeoutMs: 10_000,
    concurrency: 2,
    providers: ['path', 'nix'],
  });
  const options = {
    tool,
    baselineTool: undefined,
    // The fixtures' own version, whatever the distribution's python3 is.
    requests: [base.minor],
    uvPreference: undefined,
    timeoutMs: 60_000,
    cacheDir: join(runnerRoot, 'cache'),
  };
  const tools = await runTools(parseToolOptions(options), options, {
    os: 'linux',
    platform: 'linux',
    cwd: workspace,
    callerEnv: env,
    inventory: inventory.interpreters,
    locations: inventory.locations,
    progress: null,
  });
  const report = assembleReport({
    generatorVersion: '0',
    generatedAt: '2026-01-01T00:00:00Z',
    runner: runnerInfo('linux', discoveryEnv, 'linux-x64', workspace),
    interpreters: inventory.interpreters,
    tools,
  });
  return { report, fixtures: manifest.paths };
}

/** Text as if the store had been rebuilt: every store hash replaced by a new one. */
const rehash = (text: string) =>
  text.replace(
    /(\/nix\/store\/)([0-9abcdfghijklmnpqrsvwxyz]{32})-/g,
    (_, store: string, hash: string) => `${store}${emulatedStoreHash(`rebuilt:${hash}`)}-`,
  );

function newStoreHashes(report: Report): Report {
  const parsed = parseReport(JSON.parse(rehash(JSON.stringify(report))));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.report;
}

const ACCEPTING = new Set(['selected', 'accepted']);

const compareWith = (baseline: Report, current: Report) =>
  analyze({
    reports: [current],
    baseline: { kind: 'file', description: 'runner A', reports: [baseline] },
    waivers: [],
    expectedLegs: ['linux-x64'],
  });

describe('A/A on two runners set up differently', () => {
  let a: Report;
  let b: Report;
  let strictB: Report;
  /** Runner B's fixture paths, with its store hashes. */
  let fixturesB: Record<string, string>;
  beforeAll(async () => {
    const strict = `exec:/usr/bin/python3 ${policyTool} {request}`;
    const lenient = `exec:/usr/bin/python3 ${policyTool} --lenient {request}`;
    ({ report: a } = await leg(
      join(root, 'a'),
      { temp: 'work/_temp', workspace: 'work/proj/proj', home: 'home' },
      lenient,
    ));
    const layoutB = { temp: 't', workspace: 'checkout', home: 'users/ci' };
    const legB = await leg(join(root, 'b'), layoutB, lenient);
    b = newStoreHashes(legB.report);
    fixturesB = Object.fromEntries(Object.entries(legB.fixtures).map(([k, p]) => [k, rehash(p)]));
    strictB = newStoreHashes((await leg(join(root, 'b2'), layoutB, strict)).report);
  }, 240_000);

  it('records different directories and store paths on each runner', () => {
    expect(a.runner.tempDir).not.toBe(b.runner.tempDir);
    expect(a.runner.workspaceDir).not.toBe(b.runner.workspaceDir);
    expect(a.runner.homeDir).not.toBe(b.runner.homeDir);
    const storePaths = (r: Report) =>
      (r.tools ?? [])
        .flatMap((t) => t.scenarios.flatMap((s) => s.decisions.map((d) => d.path)))
        .filter((p) => p.includes('/nix/store/'));
    expect(storePaths(a).length).toBeGreaterThan(0);
    const hashes = (r: Report) => storePaths(r).map((p) => /store\/(\w{32})-/.exec(p)?.[1]);
    expect(hashes(b).filter((h) => hashes(a).includes(h))).toEqual([]);
  });

  it('gives 0 regressions and 0 drift', () => {
    const analysis = compareWith(a, b);
    const decisions = (b.tools ?? []).flatMap((t) => t.scenarios.flatMap((s) => s.decisions));
    expect(decisions.length).toBeGreaterThanOrEqual(4);
    expect(analysis.baseline.found).toBe(true);
    expect(analysis.changes).toEqual([]);
    expect(analysis.counts).toMatchObject({ regression: 0, drift: 0 });
    expect(analysis.status).toBe('clean');
  });

  it('still sees a real change: the strict tool turns the fixture venv down', () => {
    const analysis = compareWith(a, strictB);
    expect(analysis.status).toBe('regressions');
    expect(analysis.counts.drift).toBe(0);
    const regressed = analysis.changes.filter((c) => c.class === 'regression');
    expect(regressed.map((c) => c.key)).toContain(
      '<tmp>/interpreter-guard-fixtures/venv/bin/python3',
    );
    for (const c of regressed) expect(c.after).toBe('rejected: is a virtual environment');
    // Shown as this run printed it: the real path, on runner B.
    for (const c of regressed) expect(c.path.startsWith(strictB.runner.tempDir ?? '-')).toBe(true);
  });

  it('only the legacy env regresses, beside the current env of the same name: exactly its paths', () => {
    const envOf = (k: string) => `${dirname(fixturesB[k] ?? '-')}/`;
    const [legacy, current] = [envOf('nix.legacy-env'), envOf('nix.current-env')];
    expect(legacy).not.toBe(current);
    expect(legacy.replace(/[^/]*-python3-/, '')).toBe(current.replace(/[^/]*-python3-/, ''));
    // The lenient tool accepted both envs' programs; now the legacy env's are turned down.
    const flipped: string[] = [];
    const turnDown = (scenario: string) => (d: Decision) => {
      if (!d.path.startsWith(legacy) || !ACCEPTING.has(d.verdict)) return d;
      flipped.push(`${scenario} ${d.path}`);
      return { ...d, verdict: 'rejected' as const, reason: 'is a virtual environment' };
    };
    const onlyLegacy: Report = {
      ...b,
      tools: (b.tools ?? []).map((t) => ({
        ...t,
        scenarios: t.scenarios.map((s) => ({ ...s, decisions: s.decisions.map(turnDown(s.id)) })),
      })),
    };
    const acceptedCurrent = (b.tools ?? []).flatMap((t) =>
      t.scenarios.flatMap((s) =>
        s.decisions.filter((d) => d.path.startsWith(current) && ACCEPTING.has(d.verdict)),
      ),
    );
    expect(flipped.length).toBeGreaterThanOrEqual(2);
    expect(acceptedCurrent.length).toBeGreaterThanOrEqual(1);
    const analysis = compareWith(a, onlyLegacy);
    expect(analysis.counts).toMatchObject({ drift: 0, fix: 0, 'selection-changed': 0 });
    const regressed = analysis.changes.filter((c) => c.class === 'regression');
    expect(regressed.map((c) => `${c.scenario} ${c.path}`).sort()).toEqual(flipped.sort());
  });
});
