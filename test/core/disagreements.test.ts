// Disagreements on real interpreter layouts: the fixtures (a legacy and a current Nix
// withPackages env, a real venv, venvs made from the Nix envs, a broken interpreter) are built,
// the inventory is taken, and a tool with a chosen policy runs over them in its sandbox — a
// stand-in for uv that really queries each candidate and prints uv's log formats
// (tools/fake-uv.py), or an exec: tool. Then analyze() runs with no baseline, as on a first run.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, findingsAt, type Analysis } from '../../src/core/diff/analyze.js';
import type { Change } from '../../src/core/diff/compare.js';
import { searchedDirectories } from '../../src/core/diff/disagreements.js';
import { assembleReport } from '../../src/core/inventory/report.js';
import type { InterpreterEntry, Report } from '../../src/core/model.js';
import { annotationsFor } from '../../src/core/render/action/annotations.js';
import { commentMarker, renderComment } from '../../src/core/render/action/comment.js';
import { renderSummary } from '../../src/core/render/action/summary.js';
import { ProbeCache } from '../../src/discovery/cache.js';
import { takeInventory, type Inventory } from '../../src/discovery/inventory.js';
import { runnerInfo } from '../../src/discovery/runner-info.js';
import { buildFixtures } from '../../src/fixtures/build.js';
import type { FixtureManifest } from '../../src/fixtures/manifest.js';
import { parseToolOptions, runTools } from '../../src/tools/plan.js';
import { basePython, tempDir, testContext } from '../helpers/fixtures.js';

const fakeUv = fileURLToPath(new URL('./tools/fake-uv.py', import.meta.url));
const policyTool = fileURLToPath(new URL('../fixtures/tools/policy-tool.py', import.meta.url));

let root: string;
let cleanup: () => Promise<void>;
let fx: FixtureManifest;
let inventory: Inventory;
let env: NodeJS.ProcessEnv;
let python: string;
let minor: string;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('ig-disagree-'));
  const base = await basePython();
  python = base.path;
  minor = base.minor;
  env = {
    RUNNER_TEMP: join(root, 'temp'),
    GITHUB_WORKSPACE: join(root, 'work'),
    HOME: join(root, 'home'),
    PATH: '/usr/bin:/bin',
  };
  for (const dir of [env.RUNNER_TEMP, env.GITHUB_WORKSPACE, env.HOME])
    await mkdir(dir ?? '', { recursive: true });
  fx = await buildFixtures({
    dir: join(env.RUNNER_TEMP ?? '', 'interpreter-guard-fixtures'),
    kinds: ['nix', 'venv', 'broken'],
    base,
    compiler: 'cc',
    nixBuild: null,
  });
  // As in the seed issue, the legacy env comes first on PATH (a nix-shell, a profile), then the
  // venvs made from the Nix envs, then the other fixtures and the system.
  const nixDirs = ['nix.legacy-env', 'nix.venv-from-legacy-env', 'nix.venv-from-current-env'].map(
    (k) => dirname(fx.paths[k] ?? ''),
  );
  env = { ...env, ...fx.env, PATH: [...nixDirs, ...fx.pathDirs, env.PATH].join(delimiter) };
  inventory = await takeInventory(
    testContext(env.HOME ?? '', env.GITHUB_WORKSPACE ?? '', { env }),
    {
      cache: ProbeCache.disabled(),
      timeoutMs: 10_000,
      concurrency: 2,
      providers: ['path', 'nix'],
    },
  );
}, 240_000);
afterAll(async () => {
  await cleanup();
});

let wrappers = 0;
/** A uv stand-in with the given policy flags, as `uv=<path>`. */
async function uv(...flags: string[]): Promise<string> {
  const path = join(root, 'bin', `uv-${++wrappers}`);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `#!/bin/sh\nexec '${python}' -I '${fakeUv}' ${flags.join(' ')} "$@"\n`);
  await chmod(path, 0o755);
  return `uv=${path}`;
}

/** One leg as the Action runs it: the tool (and a baseline tool) over the inventory. */
async function leg(tool: string, baselineTool?: string, requests = [minor]): Promise<Report> {
  const options = {
    tool,
    baselineTool,
    requests,
    uvPreference: undefined,
    timeoutMs: 60_000,
    cacheDir: join(root, 'cache'),
  };
  const tools = await runTools(parseToolOptions(options), options, {
    os: 'linux',
    platform: 'linux',
    cwd: env.GITHUB_WORKSPACE ?? '',
    callerEnv: env,
    inventory: inventory.interpreters,
    locations: inventory.locations,
    progress: null,
  });
  return assembleReport({
    generatorVersion: '0',
    generatedAt: '2026-01-01T00:00:00Z',
    runner: runnerInfo('linux', env, 'linux-x64', env.GITHUB_WORKSPACE ?? ''),
    interpreters: inventory.interpreters,
    tools,
  });
}

const firstRun = (report: Report, waivers: Analysis['changes'][number][] = []) =>
  analyze({
    reports: [report],
    baseline: { kind: 'none', description: 'baseline: none', reports: null },
    waivers: waivers.map((w) => ({ reason: w.reason ?? 'waived', path: w.path, class: w.class })),
    expectedLegs: [],
  });

const disagreements = (a: Analysis): Change[] =>
  a.changes.filter((c) => c.class === 'disagreement');
const entry = (path: string | undefined): InterpreterEntry => {
  const found = inventory.interpreters.find((e) => e.path === path);
  if (!found) throw new Error(`${path} is not in the inventory`);
  return found;
};
const ids = (list: readonly Change[]) => [...new Set(list.map((c) => entry(c.path).id))];

describe('the fixtures as the inventory sees them', () => {
  it('has the legacy Nix env without pyvenv.cfg and the real venv with one', () => {
    const legacy = entry(fx.paths['nix.legacy-env']);
    expect(legacy.kind).toBe('nix-env');
    expect(legacy.prefix).not.toBe(legacy.basePrefix);
    expect(legacy.pyvenvCfg).toBeNull();
    const venv = entry(fx.paths.venv);
    expect(venv.kind).toBe('venv');
    expect(venv.pyvenvCfg).not.toBeNull();
    expect(entry(fx.paths.broken).error).not.toBeNull();
  });
});

describe('venv-without-pyvenv-cfg: the seed case, on the first run', () => {
  let a: Analysis;
  let report: Report;
  beforeAll(async () => {
    report = await leg(await uv('--strict'));
    a = firstRun(report);
  }, 120_000);

  it('reports the legacy Nix env as a disagreement with no baseline', () => {
    expect(a.baseline.found).toBe(false);
    expect(a.status).toBe('no-baseline');
    const legacy = entry(fx.paths['nix.legacy-env']);
    const found = disagreements(a).filter((c) => entry(c.path).id === legacy.id);
    // uv's system-only scenarios: python find --system, venv, python list (table and JSON).
    expect(found.map((c) => c.scenario).sort()).toEqual(
      [
        `uv:python-find---system:${minor}`,
        `uv:venv:${minor}`,
        'uv:python-list',
        'uv:python-list---output-format-json',
      ].sort(),
    );
    for (const c of found) {
      expect(c.disagreement?.rule).toBe('venv-without-pyvenv-cfg');
      expect(c.after).toBe('rejected: system interpreter required');
      expect(c.interpreterKind).toBe('nix-env');
      expect(c.disagreement?.fact).toContain('no pyvenv.cfg');
      expect(c.disagreement?.fact).toContain('sys.prefix differs from sys.base_prefix');
      // The classification behind it is quoted: kind, both prefixes, pyvenv.cfg.
      expect(c.disagreement?.classification).toContain(
        'kind nix-env (legacy nixpkgs withPackages env',
      );
      expect(c.disagreement?.classification).toContain(`sys.prefix ${legacy.prefix}`);
      expect(c.disagreement?.classification).toContain(`sys.base_prefix ${legacy.basePrefix}`);
      expect(c.disagreement?.classification).toContain('pyvenv.cfg none');
      expect(c.causes).toEqual(['nix-env-seen-as-venv']);
    }
    // Besides it, only the current env's bin/python, which keeps the legacy wrapping (prefix is
    // the env, base_prefix the bare interpreter, no pyvenv.cfg).
    const others = ids(disagreements(a)).filter((id) => id !== legacy.id);
    expect(others).toEqual([entry(fx.paths['nix.current-env-python']).id]);
    expect(a.counts.disagreement).toBe(disagreements(a).length);
  });

  it('does not report the real venv, rejected for the same reason', () => {
    const venv = entry(fx.paths.venv);
    const rejected = report.tools?.[0]?.scenarios
      .find((s) => s.id === `uv:python-find---system:${minor}`)
      ?.decisions.filter((d) => d.interpreterId === venv.id && d.verdict === 'rejected');
    expect(rejected?.length).toBeGreaterThan(0);
    expect(rejected?.[0]?.reasonKind).toBe('system-required');
    expect(disagreements(a).filter((c) => entry(c.path).id === venv.id)).toEqual([]);
    // Nor the venvs made from the Nix envs: pyvenv.cfg beside the executable marks them.
    for (const fixture of ['nix.venv-from-legacy-env', 'nix.venv-from-current-env']) {
      const dir = dirname(dirname(fx.paths[fixture] ?? ''));
      expect(entry(fx.paths[fixture]).pyvenvCfg).not.toBeNull();
      expect(disagreements(a).filter((c) => c.path.startsWith(`${dir}/`))).toEqual([]);
    }
  });

  it('names only interpreters that are not virtual environments by PEP 405', () => {
    for (const c of disagreements(a)) {
      expect(entry(c.path).pyvenvCfg).toBeNull();
      expect(entry(c.path).kind).not.toBe('venv');
      expect(entry(c.path).prefix).not.toBe(entry(c.path).basePrefix);
    }
  });

  it('shows them in their own section, annotations, and counts them by level', () => {
    const comment = renderComment(a, { marker: commentMarker('t'), summaryUrl: null });
    expect(comment).toContain(
      `### ⚠️ interpreter-guard: ${a.counts.disagreement} disagreements with the inventory (no baseline to compare with)`,
    );
    expect(comment).toContain(
      `#### Disagreements: the tool’s verdict contradicts what the inventory measured (${a.counts.disagreement})`,
    );
    expect(comment).toContain(
      '| Runner | Scenario | Interpreter | The tool said | The inventory measured | Classification |',
    );
    expect(comment).toContain('(nix-env) | `rejected: system interpreter required` |');
    expect(comment).toContain(
      '#### Likely cause: A Nix `python3.withPackages` environment is taken for a virtual environment',
    );
    const summary = renderSummary(a);
    expect(summary).toContain(
      `### Disagreements: the tool’s verdict contradicts what the inventory measured (${a.counts.disagreement})`,
    );
    expect(summary).toContain('#### Likely cause: A Nix `python3.withPackages` environment');
    const notes = annotationsFor(a).filter((n) => n.title.startsWith('The tool contradicts'));
    expect(notes).toHaveLength(Math.min(10, a.counts.disagreement));
    expect(notes[0]?.level).toBe('warning');
    expect(notes[0]?.message).toContain('Classification: kind nix-env');
    expect(notes[0]?.message).toContain('Likely cause: A Nix `python3.withPackages` environment');
    expect(findingsAt('regression', a)).toEqual([]);
    expect(findingsAt('disagreement', a)).toHaveLength(a.counts.disagreement);
    expect(findingsAt('any-change', a)).toHaveLength(a.counts.disagreement);
    expect(findingsAt('never', a)).toEqual([]);
  });

  it('is waivable like every class', () => {
    const waived = analyze({
      reports: [report],
      baseline: { kind: 'none', description: 'baseline: none', reports: null },
      waivers: [
        { reason: 'legacy Nix env, known uv#4450', class: 'disagreement', path: 'python3' },
      ],
      expectedLegs: [],
    });
    expect(waived.counts.disagreement).toBe(0);
    // The same findings as unwaived, each now carrying the waiver's reason.
    const unwaived = analyze({
      reports: [report],
      baseline: { kind: 'none', description: 'baseline: none', reports: null },
      waivers: [],
      expectedLegs: [],
    });
    expect(disagreements(waived)).toHaveLength(unwaived.counts.disagreement);
    expect(unwaived.counts.disagreement).toBeGreaterThan(0);
    expect(disagreements(waived).every((c) => c.waived === 'legacy Nix env, known uv#4450')).toBe(
      true,
    );
    expect(findingsAt('disagreement', waived)).toEqual([]);
    expect(waived.causes).toEqual([]);
  });

  it('reads hostile logs and errors of a report in linear time', () => {
    const run = (log: string, error: string) => {
      const start = performance.now();
      searchedDirectories({
        id: 'uv:venv:3.12',
        command: 'venv',
        request: null,
        context: null,
        outcome: { selected: null, error },
        decisions: [],
        durationMs: 0,
        exitCode: 2,
        log,
      });
      return performance.now() - start;
    };
    const hostile = (n: number) =>
      run(
        `Checking \`PATH\` directory for interpreters: ${' '.repeat(n)}x\n`.repeat(4),
        'in '.repeat(n),
      );
    hostile(2_000);
    const small = hostile(10_000);
    const large = hostile(80_000);
    // Eight times the text: linear stays near 8x, quadratic would be near 64x.
    expect(large / Math.max(small, 0.5)).toBeLessThan(24);
  });

  it('an exec: tool with the same strict policy gives the same finding', async () => {
    const exec = firstRun(await leg(`exec:${python} ${policyTool} {request}`));
    const found = disagreements(exec);
    expect(ids(found)).toEqual([
      entry(fx.paths['nix.legacy-env']).id,
      entry(fx.paths['nix.current-env-python']).id,
    ]);
    for (const c of found) {
      expect(c.after).toBe('rejected: is a virtual environment');
      expect(c.disagreement?.rule).toBe('venv-without-pyvenv-cfg');
    }
    // The knowledge base's rule is about uv: an exec: tool gets no uv cause.
    expect(exec.causes).toEqual([]);
  }, 120_000);
});

describe('A/A: a tool that agrees with the inventory', () => {
  it('reports no disagreement, on the first run or against itself', async () => {
    const lenient = await uv('--lenient');
    const a = await leg(lenient);
    expect(disagreements(firstRun(a))).toEqual([]);
    const b = await leg(lenient);
    const aa = analyze({
      reports: [b],
      baseline: { kind: 'file', description: 'run A', reports: [a] },
      waivers: [],
      expectedLegs: ['linux-x64'],
    });
    expect(aa.changes).toEqual([]);
    expect(aa.status).toBe('clean');
    const exec = firstRun(await leg(`exec:${python} ${policyTool} --lenient {request}`));
    expect(exec.changes).toEqual([]);
  }, 180_000);
});

describe('query-succeeded: turned down as broken while the inventory queried it', () => {
  let a: Analysis;
  beforeAll(async () => {
    a = firstRun(await leg(await uv('--strict', '--tiny-timeout')));
  }, 120_000);

  it('reports each interpreter the inventory read, not the broken fixture', () => {
    const found = disagreements(a);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) {
      expect(c.disagreement?.rule).toBe('query-succeeded');
      expect(c.after).toMatch(
        /^rejected: Querying Python at `.*` failed: timed out after 0.001 s$/,
      );
      expect(c.disagreement?.fact).toMatch(
        /^the inventory ran it on this runner and read CPython \d/,
      );
      expect(entry(c.path).error).toBeNull();
    }
    expect(ids(found)).toContain(entry(fx.paths['nix.legacy-env']).id);
    // The broken fixture failed the tool's query and the inventory's alike: no disagreement.
    const broken = entry(fx.paths.broken);
    const scenarios = a.reports[0]?.tools?.[0]?.scenarios ?? [];
    expect(
      scenarios.some((s) =>
        s.decisions.some((d) => d.interpreterId === broken.id && d.reasonKind === 'query-failed'),
      ),
    ).toBe(true);
    expect(found.filter((c) => entry(c.path).id === broken.id)).toEqual([]);
  });
});

describe('version-satisfies: skipped for a version its measured version satisfies', () => {
  it('reports the skip, and not a skip for a version it does not satisfy', async () => {
    const tool = await uv('--lenient', '--exact-version');
    const a = firstRun(await leg(tool, undefined, [minor, '3.99']));
    const found = disagreements(a);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) {
      expect(c.disagreement?.rule).toBe('version-satisfies');
      expect(c.scenario.endsWith(`:${minor}`)).toBe(true);
      expect(c.after).toBe(`skipped: does not satisfy request \`${minor}\``);
      expect(c.disagreement?.fact).toMatch(
        new RegExp(
          `^CPython ${minor.replace('.', '\\.')}\\.\\d+ satisfies the request "${minor}"$`,
        ),
      );
    }
    expect(ids(found)).toContain(entry(fx.paths['nix.legacy-env']).id);
    expect(found.some((c) => c.scenario.endsWith(':3.99'))).toBe(false);
  }, 120_000);
});

describe('unseen-in-searched-dir: not seen at all where the tool looked', () => {
  let report: Report;
  let a: Analysis;
  beforeAll(async () => {
    report = await leg(await uv('--lenient', '--wrong-pathsep'), undefined, [minor, '3.99']);
    a = firstRun(report);
  }, 120_000);

  it('reports base interpreters on PATH that satisfy the request, when the tool found nothing in the search path', () => {
    const found = disagreements(a);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) {
      expect(c.disagreement?.rule).toBe('unseen-in-searched-dir');
      expect(c.after).toBe('unseen');
      expect(c.disagreement?.fact).toContain(`satisfies the request "${minor}"`);
      expect(c.disagreement?.fact).toContain('its error says it looked through the search path');
      expect(['venv', 'conda-env', 'shim']).not.toContain(entry(c.path).kind);
    }
    // The distribution's python3.X, which the fixtures are built from, is on every such machine.
    const system = inventory.interpreters.find((e) => e.path === `/usr/bin/python${minor}`);
    expect(system).toBeDefined();
    expect(ids(found)).toContain(system?.id);
    expect(ids(found)).toContain(entry(fx.paths['nix.legacy-env']).id);
    expect(ids(found)).not.toContain(entry(fx.paths.venv).id);
    expect(found.some((c) => c.scenario.endsWith(':3.99'))).toBe(false);
  });

  it('counts a directory as searched when the log lists it, or the tool decided about something in it', () => {
    const run = report.tools?.[0]?.scenarios.find((s) => s.id === `uv:python-find:${minor}`);
    if (!run) throw new Error('no scenario');
    const legacyDir = dirname(fx.paths['nix.legacy-env'] ?? '');
    const listed = searchedDirectories({
      ...run,
      outcome: { selected: null, error: 'no interpreter found' },
      log: `${run.log}\nTRACE Checking \`PATH\` directory for interpreters: ${legacyDir}\n`,
    });
    expect(listed.all).toBeNull();
    expect(listed.dirs.get(legacyDir)).toBe('its log lists the directory');
    const viaDecision = searchedDirectories({
      ...run,
      decisions: [
        {
          path: join(legacyDir, 'python'),
          interpreterId: null,
          verdict: 'rejected',
          reason: 'x',
          reasonKind: 'other',
        },
      ],
    });
    expect(viaDecision.dirs.get(legacyDir)).toBe(
      `it turned down ${join(legacyDir, 'python')} there`,
    );
  });
});

describe('A/A: the strict tool against itself', () => {
  it('repeats no disagreement the baseline already showed, and says how many it left out', async () => {
    const strict = await uv('--strict');
    const a = await leg(strict);
    const first = disagreements(firstRun(a));
    expect(first.length).toBeGreaterThan(0);
    // Another run of the same tool, compared with the first: nothing new to say.
    const b = await leg(strict);
    const aa = analyze({
      reports: [b],
      baseline: { kind: 'file', description: 'run A', reports: [a] },
      waivers: [],
      expectedLegs: ['linux-x64'],
    });
    expect(aa.changes).toEqual([]);
    expect(aa.status).toBe('clean');
    expect(aa.knownDisagreements).toBe(first.length);
    // The same tool as baseline and current in one run: likewise.
    const both = analyze({
      reports: [await leg(strict, strict)],
      baseline: { kind: 'tool', description: 'baseline tool', reports: null },
      waivers: [],
      expectedLegs: ['linux-x64'],
    });
    expect(both.changes).toEqual([]);
    expect(both.knownDisagreements).toBe(first.length);
  }, 180_000);
});

describe('the seed case against a lenient baseline', () => {
  it('shows the regression and the disagreement with the Nix-env-seen-as-venv cause and its workarounds', async () => {
    const report = await leg(
      await uv('--strict', '--uv-version', '0.5.31'),
      await uv('--lenient', '--uv-version', '0.5.30'),
    );
    const a = analyze({
      reports: [report],
      baseline: { kind: 'tool', description: 'baseline tool', reports: null },
      waivers: [],
      expectedLegs: ['linux-x64'],
    });
    const legacyId = entry(fx.paths['nix.legacy-env']).id;
    const regressions = a.changes.filter((c) => c.class === 'regression');
    // Exactly the paths the lenient baseline accepted and the strict tool turns down, matched by
    // the path itself (both ran on this runner). The legacy env and the current one share their
    // store name, python3-<version>-env: each is a regression of its own, none hides another.
    const run = (role: string) => (report.tools ?? []).find((t) => t.role === role);
    const expected = (run('current')?.scenarios ?? []).flatMap((now) => {
      const then = run('baseline')?.scenarios.find((s) => s.id === now.id);
      return now.decisions
        .filter((d) => d.verdict === 'rejected')
        .filter((d) => {
          const before = then?.decisions.find((b) => b.path === d.path)?.verdict;
          return before === 'accepted' || before === 'selected';
        })
        .map((d) => `${now.id} ${d.path}`);
    });
    expect(regressions.map((c) => `${c.scenario} ${c.path}`).sort()).toEqual(expected.sort());
    const legacyEnv = dirname(fx.paths['nix.legacy-env'] ?? '');
    const legacyPaths = ['python', 'python3', `python${minor}`].map((n) => join(legacyEnv, n));
    for (const scenario of ['uv:python-list', 'uv:python-list---output-format-json'])
      expect(
        regressions.filter((c) => c.scenario === scenario && legacyPaths.includes(c.path)).length,
      ).toBe(3);
    expect(regressions.length).toBe(30);
    expect(regressions.every((c) => c.interpreterKind === 'nix-env')).toBe(true);
    expect(ids(disagreements(a))).toContain(legacyId);
    expect(a.status).toBe('regressions');
    expect(a.causes.map((c) => c.id)).toEqual(['nix-env-seen-as-venv']);
    const comment = renderComment(a, { marker: commentMarker('seed'), summaryUrl: null });
    expect(comment).toContain(`### ❌ interpreter-guard: ${a.counts.regression} regression`);
    expect(comment).toContain(
      '#### Likely cause: A Nix `python3.withPackages` environment is taken for a virtual environment',
    );
    expect(comment).toContain('**What helps**');
    expect(comment).toContain(
      '- Point uv at the interpreter explicitly; path requests skip the system/virtual filter',
    );
    expect(comment).toContain('Related: `astral-sh/uv#4450`');
    // The cause follows the findings it explains, before the folded sections.
    expect(comment.indexOf('#### Regressions')).toBeLessThan(comment.indexOf('#### Disagreements'));
    expect(comment.indexOf('#### Disagreements')).toBeLessThan(comment.indexOf('Likely cause'));
    expect(comment).toMatch(/\| `[^`]*python3[^`]*` \(nix-env\) \|/);
    process.stdout.write(`\n--- seed comment ---\n${comment}\n--- end ---\n`);
  }, 180_000);
});
