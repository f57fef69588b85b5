// Each report is normalised with its own runner's directories: an A/A comparison of two runners
// set up differently is clean, a real change is still seen, and older reports fall back to the
// directories the caller gives.
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/diff/analyze.js';
import { normalizePath, normalizer, runnerDirs } from '../../src/core/diff/identity.js';
import { applyWaivers } from '../../src/core/diff/waivers.js';
import { parseReport } from '../../src/core/inventory/report.js';
import type { InterpreterEntry, Report, Runner } from '../../src/core/model.js';
import type { Decision, ToolRun, Verdict } from '../../src/core/tools/model.js';
import { interpreterEntry } from '../helpers/entries.js';
import { scenarioId } from '../../src/core/tools/requests.js';
import { runnerInfo } from '../../src/discovery/runner-info.js';
import { emulatedStoreHash } from '../../src/fixtures/nix-hash.js';

/** Two GitHub-style runners that differ in every directory a report depends on. */
const RUNNER_A = {
  RUNNER_TEMP: '/home/runner/work/_temp',
  GITHUB_WORKSPACE: '/home/runner/work/proj/proj',
  HOME: '/home/runner',
};
const RUNNER_B = {
  RUNNER_TEMP: '/opt/actions-runner/_work/_temp',
  GITHUB_WORKSPACE: '/opt/actions-runner/_work/proj/proj',
  HOME: '/var/lib/ci-user',
};
const HASHES = {
  a: { python: 'y3lw7d6xw2s8nsjggbl8f0zwmd0wrgj2', env: 'qdfm0sbv1fbribr90bakk3nizl32jc4s' },
  b: { python: emulatedStoreHash('b:python'), env: emulatedStoreHash('b:env') },
};

/**
 * The paths one leg of the Action sees, laid out as src/fixtures/build.ts and the Action lay them
 * out: fixtures in RUNNER_TEMP/interpreter-guard-fixtures (the emulated Nix store inside), a venv in
 * the checkout, a pyenv in HOME, real store paths, and the tool's sandbox under the OS temp dir.
 */
function legPaths(env: typeof RUNNER_A, hashes: typeof HASHES.a, sandbox: string) {
  const fixtures = posix.join(env.RUNNER_TEMP, 'interpreter-guard-fixtures');
  const store = posix.join(fixtures, 'nix', 'nix', 'store');
  return {
    store,
    paths: {
      venv: posix.join(fixtures, 'venv', 'bin', 'python'),
      broken: posix.join(fixtures, 'broken', 'bin', 'python3'),
      emulatedPython: posix.join(
        store,
        `${emulatedStoreHash('python')}-python3-3.11.2/bin/python3`,
      ),
      profile: posix.join(fixtures, 'nix', 'home', 'alice', '.nix-profile', 'bin', 'python3'),
      storePython: `/nix/store/${hashes.python}-python3-3.12.8/bin/python3.12`,
      storeEnv: `/nix/store/${hashes.env}-python3-3.12.8-env/bin/python3.12`,
      checkoutVenv: posix.join(env.GITHUB_WORKSPACE, '.venv', 'bin', 'python'),
      pyenv: posix.join(env.HOME, '.pyenv', 'versions', '3.12.1', 'bin', 'python3.12'),
      sandboxVenv: posix.join(sandbox, 'work-1', '.venv', 'bin', 'python'),
      system: '/usr/bin/python3.11',
    },
  };
}

const d = (path: string, verdict: Verdict, reason: string | null = null): Decision => ({
  path,
  interpreterId: null,
  verdict,
  reason,
  reasonKind: reason ? 'system-required' : null,
});

function toolRun(scenarios: { id: string; selected: string | null; decisions: Decision[] }[]) {
  return {
    name: 'uv',
    version: '0.5.31',
    role: 'current',
    spec: 'uv',
    scenarios: scenarios.map((s) => ({
      id: s.id,
      command: 'venv',
      request: null,
      context: null,
      outcome: { selected: s.selected, error: s.selected ? null : 'No interpreter found' },
      decisions: s.decisions,
      durationMs: 1,
      exitCode: s.selected ? 0 : 2,
      log: '',
    })),
  } satisfies ToolRun;
}

/** An inventory entry: a queried CPython 3.11.2, `over` says the rest. */
const entry = interpreterEntry;

/** A report as the Action writes it: runnerInfo from the runner's environment, then JSON. */
function actionReport(
  env: NodeJS.ProcessEnv,
  tools: ToolRun[],
  runner: Partial<Runner> = {},
): Report {
  const report: Report = {
    schema: 'interpreter-guard/report@1',
    generator: { name: 'interpreter-guard', version: '0' },
    generatedAt: '2026-01-01T00:00:00Z',
    runner: { ...runnerInfo('linux', env, 'linux-x64', '/somewhere/else'), ...runner },
    interpreters: [],
    tools,
  };
  const parsed = parseReport(JSON.parse(JSON.stringify(report)));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.report;
}

/** The runner part as reports had it before the directories were recorded. */
const oldRunner = ({ os, arch, release, leg, nixStoreDir }: Runner): Runner => ({
  os,
  arch,
  release,
  leg,
  nixStoreDir,
});

type Paths = ReturnType<typeof legPaths>['paths'];
/** What the tool decided on a leg; `change` alters it the way a release of the tool might. */
function decisions(p: Paths, change: (ds: Decision[]) => Decision[] = (x) => x): ToolRun {
  const all = [
    d(p.storeEnv, 'selected'),
    d(p.storePython, 'accepted'),
    d(p.emulatedPython, 'accepted'),
    d(p.profile, 'accepted'),
    d(p.venv, 'rejected', 'is a virtual environment'),
    d(p.checkoutVenv, 'accepted'),
    d(p.pyenv, 'accepted'),
    d(p.sandboxVenv, 'accepted'),
    d(p.broken, 'rejected', 'query failed'),
    d(p.system, 'accepted'),
  ];
  const fixtureRequest = scenarioId('uv', 'venv', { kind: 'path', path: p.venv });
  return toolRun([
    { id: 'uv:venv:3.12', selected: p.storeEnv, decisions: change(all) },
    { id: fixtureRequest, selected: p.venv, decisions: [d(p.venv, 'selected')] },
  ]);
}

const legA = legPaths(RUNNER_A, HASHES.a, '/tmp/interpreter-guard-run-AbC123');
const legB = legPaths(RUNNER_B, HASHES.b, '/var/tmp/ci/interpreter-guard-run-xYz789');
const envA = { ...RUNNER_A, NIX_STORE_DIR: legA.store };
const envB = { ...RUNNER_B, NIX_STORE_DIR: legB.store };

function compareAB(changeB?: (ds: Decision[]) => Decision[]) {
  return analyze({
    reports: [actionReport(envB, [decisions(legB.paths, changeB)])],
    baseline: {
      kind: 'file',
      description: 'a report committed from runner A',
      reports: [actionReport(envA, [decisions(legA.paths)])],
    },
    waivers: [],
    expectedLegs: ['linux-x64'],
    // The Action's own directories: not the ones either report was made with.
    normalize: { temps: ['/tmp/unrelated'], homes: ['/home/someone'] },
  });
}

describe('a report records its runner', () => {
  it('records temp, home, checkout and store directories from the environment', () => {
    expect(runnerInfo('linux', envA, 'l', '/cwd')).toMatchObject({
      tempDir: RUNNER_A.RUNNER_TEMP,
      homeDir: RUNNER_A.HOME,
      workspaceDir: RUNNER_A.GITHUB_WORKSPACE,
      nixStoreDir: legA.store,
    });
    const laptop = runnerInfo('linux', { HOME: '/home/alice' }, null, '/home/alice/src/p');
    expect(laptop).toMatchObject({ homeDir: '/home/alice', workspaceDir: '/home/alice/src/p' });
    expect(laptop.tempDir).toBeTruthy();
    expect(laptop.nixStoreDir).toBe('/nix/store');
    const windows = runnerInfo(
      'windows',
      { USERPROFILE: 'C:\\Users\\runneradmin', HOME: '/c/Users/runneradmin' },
      null,
      'D:\\a\\proj\\proj',
    );
    expect(windows).toMatchObject({
      homeDir: 'C:\\Users\\runneradmin',
      workspaceDir: 'D:\\a\\proj\\proj',
    });
  });

  it('still reads reports written before the directories were recorded', () => {
    const old = actionReport({}, [], {});
    const runner = oldRunner(old.runner);
    const parsed = parseReport({ ...old, runner });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.report.runner).toEqual(runner);
    if (parsed.ok)
      expect(runnerDirs(parsed.report.runner, { temps: ['/x/t'] })).toEqual({
        temps: ['/x/t'],
        storeDirs: [runner.nixStoreDir],
      });
  });
});

describe('A/A across runners', () => {
  it('two runners with different temp, checkout, home and store hashes: 0 regressions, 0 drift', () => {
    const a = compareAB();
    expect(a.baseline.found).toBe(true);
    expect(a.changes).toEqual([]);
    expect(a.counts).toMatchObject({ regression: 0, drift: 0, fix: 0, 'selection-changed': 0 });
    expect(a.status).toBe('clean');
  });

  it('each side keeps its own keys: every path of A has exactly one twin in B', () => {
    const keyA = normalizer(runnerDirs(actionReport(envA, []).runner));
    const keyB = normalizer(runnerDirs(actionReport(envB, []).runner));
    const keys = Object.values(legA.paths).map((p) => keyA.path(p));
    expect(Object.values(legB.paths).map((p) => keyB.path(p))).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([
      '<tmp>/interpreter-guard-fixtures/venv/bin/python',
      '<tmp>/interpreter-guard-fixtures/broken/bin/python3',
      '/nix/store/<hash>-python3-3.11.2/bin/python3',
      '<tmp>/interpreter-guard-fixtures/nix/home/alice/.nix-profile/bin/python3',
      '/nix/store/<hash>-python3-3.12.8/bin/python3.12',
      '/nix/store/<hash>-python3-3.12.8-env/bin/python3.12',
      '<workspace>/.venv/bin/python',
      '~/.pyenv/versions/3.12.1/bin/python3.12',
      '<sandbox>/work-1/.venv/bin/python',
      '/usr/bin/python3.11',
    ]);
  });

  it('still sees a real change: a rejection is a regression, a new interpreter is drift', () => {
    const a = compareAB((ds) => [
      ...ds.map((x) =>
        x.path === legB.paths.checkoutVenv ? d(x.path, 'rejected', 'is a virtual environment') : x,
      ),
      d(
        posix.join(RUNNER_B.RUNNER_TEMP, 'interpreter-guard-fixtures/conda/bin/python'),
        'accepted',
      ),
    ]);
    expect(a.status).toBe('regressions');
    expect(a.counts).toMatchObject({ regression: 1, drift: 1 });
    // Shown with the path this run printed, not the normalised key.
    expect(a.changes.find((c) => c.class === 'regression')).toMatchObject({
      path: legB.paths.checkoutVenv,
      key: '<workspace>/.venv/bin/python',
    });
  });

  it('a different Python in the store is drift although the hash is not compared', () => {
    const a = compareAB((ds) =>
      ds.map((x) =>
        x.path === legB.paths.storePython ? d(x.path.replace('3.12.8', '3.12.9'), 'accepted') : x,
      ),
    );
    expect(a.counts.drift).toBe(2);
  });

  it('reports without directories are compared with the ones the caller gives', () => {
    const strip = (r: Report): Report => ({ ...r, runner: oldRunner(r.runner) });
    const run = (normalize: Parameters<typeof analyze>[0]['normalize']) =>
      analyze({
        reports: [strip(actionReport(envB, [decisions(legB.paths)]))],
        baseline: {
          kind: 'file',
          description: 'f',
          reports: [strip(actionReport(envB, [decisions(legB.paths)]))],
        },
        waivers: [],
        expectedLegs: [],
        normalize,
      });
    expect(run(undefined).status).toBe('clean');
    // An old baseline from runner B against a new report of runner A: B's dirs as the fallback.
    const mixed = analyze({
      reports: [actionReport(envA, [decisions(legA.paths)])],
      baseline: {
        kind: 'file',
        description: 'f',
        reports: [strip(actionReport(envB, [decisions(legB.paths)]))],
      },
      waivers: [],
      expectedLegs: [],
      normalize: {
        temps: [RUNNER_B.RUNNER_TEMP],
        homes: [RUNNER_B.HOME],
        workspaces: [RUNNER_B.GITHUB_WORKSPACE],
      },
    });
    expect(mixed.changes).toEqual([]);
  });
});

describe('normalising one path', () => {
  it('replaces the most specific directory, only at a directory boundary', () => {
    const opts = {
      temps: ['/srv/ci/_temp'],
      homes: ['/srv/ci'],
      workspaces: ['/srv/ci/work/p'],
      storeDirs: ['/srv/ci/_temp/store'],
    };
    expect(normalizePath('/srv/ci/_temp/store/abc-x/bin/python', opts)).toBe(
      '/nix/store/abc-x/bin/python',
    );
    expect(normalizePath('/srv/ci/_temp/x', opts)).toBe('<tmp>/x');
    expect(normalizePath('/srv/ci/_temp2/x', opts)).toBe('~/_temp2/x');
    expect(normalizePath('/srv/ci/work/p/.venv', opts)).toBe('<workspace>/.venv');
    expect(normalizePath('/srv/ci/work/p', opts)).toBe('<workspace>');
    expect(normalizePath('/srv/cix/python', opts)).toBe('/srv/cix/python');
    expect(normalizePath('/elsewhere/srv/ci/python', opts)).toBe('/elsewhere/srv/ci/python');
  });

  it('ignores directories that would swallow everything, and a checkout that is the home', () => {
    expect(normalizePath('/usr/bin/python3', { workspaces: ['/'], temps: [''] })).toBe(
      '/usr/bin/python3',
    );
    expect(
      normalizePath('/home/alice/.pyenv/shims/python', {
        homes: ['/home/alice'],
        workspaces: ['/home/alice'],
      }),
    ).toBe('~/.pyenv/shims/python');
    expect(
      normalizePath('/home/alice/p/.venv/bin/python', {
        homes: ['/home/alice'],
        workspaces: ['/home'],
      }),
    ).toBe('~/p/.venv/bin/python');
  });

  it('matches macOS temp paths with and without /private', () => {
    const opts = { temps: ['/var/folders/ab/cd/T'] };
    expect(normalizePath('/private/var/folders/ab/cd/T/interpreter-guard-fixtures/x', opts)).toBe(
      normalizePath('/var/folders/ab/cd/T/interpreter-guard-fixtures/x', opts),
    );
  });

  it('reads Windows paths whatever their slashes and the case of their drive and directories', () => {
    const dirs = {
      temps: ['D:\\a\\_temp'],
      homes: ['C:\\Users\\runneradmin'],
      workspaces: ['D:\\a\\proj\\proj'],
    };
    const n = normalizer(dirs);
    expect(n.path('d:\\a\\_temp\\interpreter-guard-fixtures\\venv\\Scripts\\python.exe')).toBe(
      '<tmp>/interpreter-guard-fixtures/venv/Scripts/python.exe',
    );
    expect(n.path('D:/A/_TEMP/interpreter-guard-fixtures/venv/Scripts/python.exe')).toBe(
      '<tmp>/interpreter-guard-fixtures/venv/Scripts/python.exe',
    );
    expect(n.path('c:\\users\\RunnerAdmin\\.pyenv\\pyenv-win\\versions\\3.12.1\\python.exe')).toBe(
      '~/.pyenv/pyenv-win/versions/3.12.1/python.exe',
    );
    expect(n.path('D:\\a\\proj\\proj\\.venv\\Scripts\\python.exe')).toBe(
      '<workspace>/.venv/Scripts/python.exe',
    );
    expect(n.path('c:\\hostedtoolcache\\windows\\Python\\3.12.1\\x64\\python.exe')).toBe(
      'C:/hostedtoolcache/windows/Python/3.12.1/x64/python.exe',
    );
    // No recorded directories: the usual Windows temp and home are still recognised.
    expect(normalizePath('c:\\Users\\bob\\AppData\\Local\\Temp\\abc\\python.exe')).toBe(
      '<tmp>/python.exe',
    );
    expect(normalizePath('C:\\Users\\bob\\AppData\\Roaming\\uv\\python\\python.exe')).toBe(
      '~/AppData/Roaming/uv/python/python.exe',
    );
    // A Windows directory given in one spelling matches the tool's other spelling.
    const a = normalizer({ temps: ['C:\\Users\\RUNNER~1\\AppData\\Local\\Temp'] });
    expect(a.path('C:\\Users\\runner~1\\AppData\\Local\\Temp\\interpreter-guard-fixtures\\x')).toBe(
      '<tmp>/interpreter-guard-fixtures/x',
    );
  });

  it('normalises a path request inside a scenario id', () => {
    const id = (dir: string, hash: string) =>
      scenarioId('uv', 'venv', {
        kind: 'path',
        path: join(
          dir,
          'interpreter-guard-fixtures',
          'nix',
          `${hash}-python3-env`,
          'bin',
          'python',
        ),
      });
    const a = normalizer({ temps: [RUNNER_A.RUNNER_TEMP] }).scenario(id(RUNNER_A.RUNNER_TEMP, 'x'));
    const b = normalizer({ temps: [RUNNER_B.RUNNER_TEMP] }).scenario(id(RUNNER_B.RUNNER_TEMP, 'x'));
    expect(a).toBe(b);
    expect(a).toBe('uv:venv:<tmp>-interpreter-guard-fixtures-nix-x-python3-env-bin-python');
    const store = (hash: string) =>
      normalizer({}).scenario(
        scenarioId('uv', 'venv', { kind: 'path', path: `/nix/store/${hash}-python3/bin/python` }),
      );
    expect(store(HASHES.a.python)).toBe(store(HASHES.b.python));
    expect(normalizer({}).scenario('uv:venv:3.12')).toBe('uv:venv:3.12');
  });
});

describe('a home inside the temp directory (a runner laid out by a test harness)', () => {
  it('replaces the home first and the rest of the temp after it', () => {
    const on = (run: string) => ({
      temps: [`/srv/ci/${run}`],
      homes: [`/srv/ci/${run}/home`],
    });
    const key = (run: string, rest: string) => normalizePath(`/srv/ci/${run}/${rest}`, on(run));
    expect(key('run-a', 'fixtures/nix/home/alice/.nix-profile/bin/python3')).toBe(
      key('run-b', 'fixtures/nix/home/alice/.nix-profile/bin/python3'),
    );
    expect(key('run-a', 'home/.pyenv/versions/3.12.1/bin/python3')).toBe(
      '~/.pyenv/versions/3.12.1/bin/python3',
    );
    expect(key('run-a', 'fixtures/venv/bin/python')).toBe('<tmp>/fixtures/venv/bin/python');
  });
});

describe('two store paths of one name on one runner', () => {
  // nixpkgs names every python3.withPackages env `python3-<version>-env`: here one built before
  // autumn 2025 (every program wrapped, sys.prefix the env and sys.base_prefix the bare python)
  // and one after (bin/python3.X rooted at the env; bin/python keeps the old wrapping), as
  // src/fixtures/nix-emulation.ts builds them.
  type Hashes = { python: string; legacy: string; current: string };
  const store = (hash: string, name: string) => `/nix/store/${hash}-${name}`;
  const nix = (h: Hashes) => {
    const py = store(h.python, 'python3-3.11.2');
    const legacy = store(h.legacy, 'python3-3.11.2-env');
    const current = store(h.current, 'python3-3.11.2-env');
    const at = (env: string, name: string, over: Partial<InterpreterEntry>) =>
      entry(`${env}/bin/${name}`, { kind: 'nix-env', ...over });
    const wrapped = (env: string) => ({
      prefix: env,
      basePrefix: py,
      executable: `${env}/bin/python3.11`,
    });
    const rooted = { prefix: current, basePrefix: current, realpath: `${current}/bin/python3.11` };
    return {
      legacy: ['python', 'python3', 'python3.11'].map((n) => at(legacy, n, wrapped(legacy))),
      current: [
        at(current, 'python', wrapped(current)),
        at(current, 'python3', rooted),
        at(current, 'python3.11', rooted),
      ],
      python: entry(`${py}/bin/python3.11`, { kind: 'nix-store', prefix: py, basePrefix: py }),
    };
  };
  const HASH_A: Hashes = {
    python: HASHES.a.python,
    legacy: 'qdfm0sbv1fbribr90bakk3nizl32jc4s',
    current: '1cj5fjm8zvh66cabzpbjg2q2ldmiys3i',
  };
  const HASH_B: Hashes = {
    python: HASHES.b.python,
    legacy: emulatedStoreHash('b:legacy'),
    current: emulatedStoreHash('b:current'),
  };
  const legacyPaths = (h: Hashes) => nix(h).legacy.map((e) => e.path);

  /**
   * One runner's report: the inventory and a `uv python list` that names both envs, the current
   * one first when `currentFirst` (another PATH order: tags must not depend on it). `verdict`
   * decides each env path's verdict; `selected` is the scenario's selection.
   */
  function nixReport(
    env: NodeJS.ProcessEnv,
    h: Hashes,
    opts: {
      currentFirst?: boolean;
      verdict?: (path: string) => Decision;
      selected?: (envs: ReturnType<typeof nix>) => string;
      envs?: (envs: ReturnType<typeof nix>) => InterpreterEntry[];
    } = {},
  ): Report {
    const envs = nix(h);
    const listed = opts.envs
      ? opts.envs(envs)
      : opts.currentFirst
        ? [...envs.current, ...envs.legacy]
        : [...envs.legacy, ...envs.current];
    const all = [...listed, envs.python];
    const verdict = opts.verdict ?? ((p: string) => d(p, 'accepted'));
    const report = actionReport(env, [
      toolRun([
        {
          id: 'uv:python-list',
          selected: opts.selected?.(envs) ?? envs.python.path,
          decisions: all.map((e) => verdict(e.path)),
        },
      ]),
    ]);
    return { ...report, interpreters: all };
  }

  const compareNix = (baseline: Report, current: Report) =>
    analyze({
      reports: [current],
      baseline: { kind: 'file', description: 'runner A', reports: [baseline] },
      waivers: [],
      expectedLegs: ['linux-x64'],
    });

  /** The changes between the two runs (the disagreements with the inventory are no concern here). */
  const diffs = (a: ReturnType<typeof compareNix>) =>
    a.changes.filter((c) => c.class !== 'disagreement');

  it('A/A across runners with other hashes and another PATH order: 0 regressions, 0 drift', () => {
    const a = compareNix(nixReport(envA, HASH_A), nixReport(envB, HASH_B, { currentFirst: true }));
    expect(a.changes).toEqual([]);
    expect(a.status).toBe('clean');
  });

  it('only the legacy env regresses: exactly its three paths are reported, on this runner', () => {
    const legacyB = legacyPaths(HASH_B);
    const strict = (p: string) =>
      legacyB.includes(p) ? d(p, 'rejected', 'system interpreter required') : d(p, 'accepted');
    const a = compareNix(
      nixReport(envA, HASH_A),
      nixReport(envB, HASH_B, { currentFirst: true, verdict: strict }),
    );
    expect(a.counts).toMatchObject({ regression: 3, drift: 0, fix: 0, 'selection-changed': 0 });
    expect(
      diffs(a)
        .map((c) => c.path)
        .sort(),
    ).toEqual([...legacyB].sort());
    // The key still holds the identity a waiver names, and tells the two envs apart after it.
    for (const c of diffs(a))
      expect(c.key).toMatch(/^\/nix\/store\/<hash>-python3-3\.11\.2-env\/bin\/python[\d.]* #\w+$/);
    const waived = applyWaivers(diffs(a), [
      { reason: 'legacy env', path: '/nix/store/<hash>-python3-3.11.2-env/bin/python3' },
    ]);
    expect(waived.filter((c) => c.waived).map((c) => c.path)).toEqual([
      `${store(HASH_B.legacy, 'python3-3.11.2-env')}/bin/python3`,
      `${store(HASH_B.legacy, 'python3-3.11.2-env')}/bin/python3.11`,
    ]);
  });

  it('only the current env regresses: the legacy one does not hide it', () => {
    const currentB = nix(HASH_B).current.map((e) => e.path);
    const strict = (p: string) =>
      currentB.includes(p) ? d(p, 'rejected', 'system interpreter required') : d(p, 'accepted');
    const a = compareNix(nixReport(envA, HASH_A), nixReport(envB, HASH_B, { verdict: strict }));
    expect(diffs(a).map((c) => [c.class, c.path])).toEqual(currentB.map((p) => ['regression', p]));
  });

  it('selecting the other env of the same name is a different selection', () => {
    const a = compareNix(
      nixReport(envA, HASH_A, { selected: (e) => e.legacy[2]?.path ?? '' }),
      nixReport(envB, HASH_B, { selected: (e) => e.current[2]?.path ?? '' }),
    );
    expect(diffs(a).map((c) => [c.class, c.path])).toEqual([
      ['selection-changed', nix(HASH_B).current[2]?.path],
    ]);
  });

  it('two envs with the same facts are told apart by the order the report names them', () => {
    // Two legacy envs (other packages, same wrapping): nothing measured differs.
    const twins = (h: Hashes) => (envs: ReturnType<typeof nix>) => [
      ...envs.legacy,
      ...nix({ ...h, legacy: h.current }).legacy,
    ];
    const firstB = legacyPaths(HASH_B);
    const strict = (p: string) =>
      firstB.includes(p) ? d(p, 'rejected', 'system interpreter required') : d(p, 'accepted');
    const aa = compareNix(
      nixReport(envA, HASH_A, { envs: twins(HASH_A) }),
      nixReport(envB, HASH_B, { envs: twins(HASH_B) }),
    );
    expect(aa.changes).toEqual([]);
    const a = compareNix(
      nixReport(envA, HASH_A, { envs: twins(HASH_A) }),
      nixReport(envB, HASH_B, { envs: twins(HASH_B), verdict: strict }),
    );
    expect(diffs(a).map((c) => [c.class, c.path])).toEqual(firstB.map((p) => ['regression', p]));
    expect(new Set(diffs(a).map((c) => c.key)).size).toBe(3);
  });

  it('a path that shares its key with no other keeps the bare key', () => {
    const only = nixReport(envB, HASH_B, { envs: (e) => e.legacy });
    const rejectAll = (p: string) => d(p, 'rejected', 'system interpreter required');
    const a = compareNix(
      only,
      nixReport(envB, HASH_B, { envs: (e) => e.legacy, verdict: rejectAll }),
    );
    expect(diffs(a).map((c) => c.key)).toEqual([
      '/nix/store/<hash>-python3-3.11.2-env/bin/python',
      '/nix/store/<hash>-python3-3.11.2-env/bin/python3',
      '/nix/store/<hash>-python3-3.11.2-env/bin/python3.11',
      '/nix/store/<hash>-python3-3.11.2/bin/python3.11',
    ]);
  });
});
