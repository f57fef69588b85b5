// Bisecting releases end to end: fake uv releases on a loopback GitHub (API pages and checksummed
// release assets, installed through the real `uv@VERSION` path) and a fake virtualenv on a
// loopback simple index (wheels installed with pip), each turning strict at one version, one
// release of each uninstallable. The search finds the version within ⌈log2 n⌉ + 1 probes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterpreterEntry } from '../../src/core/model.js';
import { BisectSearch, parseBisectResult, probeBound } from '../../src/core/tools/bisect-search.js';
import { ProbeCache } from '../../src/discovery/cache.js';
import { takeInventory } from '../../src/discovery/inventory.js';
import { runProcess } from '../../src/discovery/process-runner.js';
import { runnerInfo } from '../../src/discovery/runner-info.js';
import { bisect, type BisectOptions } from '../../src/tools/bisect.js';
import { installerContext } from '../../src/tools/installers.js';
import { compareVersions, inRange, versionsOnIndexPage } from '../../src/tools/releases.js';
import { tempDir, testContext } from '../helpers/fixtures.js';
import { SYSTEM_PATH } from '../helpers/machine.js';
import {
  fakeUvReleases,
  fakeVirtualenvIndex,
  type FakeIndex,
  type FakeUvReleases,
} from './release-servers.js';

let dir: string;
let cleanup: () => Promise<void>;
let inventory: InterpreterEntry[];
let venvPython: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('ig-bisect-'));
  // The machine: a virtual environment first on PATH (what the strict releases turn down).
  const made = await runProcess('python3', ['-m', 'venv', '--without-pip', join(dir, 'venv')], {
    env: { PATH: SYSTEM_PATH },
    timeoutMs: 60_000,
  });
  expect(made).toMatchObject({ kind: 'exited', code: 0 });
  venvPython = join(dir, 'venv', 'bin', 'python3');
  const ctx = testContext(join(dir, 'home'), dir, {
    env: { PATH: join(dir, 'venv', 'bin'), HOME: join(dir, 'home') },
  });
  inventory = (
    await takeInventory(ctx, {
      cache: ProbeCache.disabled(),
      timeoutMs: 10_000,
      concurrency: 2,
      providers: ['path'],
    })
  ).interpreters;
});
afterAll(() => cleanup());

const options = (over: Partial<BisectOptions> & Pick<BisectOptions, 'tool' | 'good' | 'bad'>) => {
  const callerEnv = { PATH: SYSTEM_PATH, HOME: join(dir, 'home'), ...over.callerEnv };
  const progress: string[] = [];
  const o: BisectOptions = {
    versions: null,
    requests: [{ kind: 'default' }],
    inventory,
    runner: runnerInfo('linux', callerEnv, null, dir),
    os: 'linux',
    platform: 'linux',
    cwd: dir,
    uvPythonDir: join(dir, 'uv-python'),
    cacheDir: join(dir, 'cache'),
    timeoutMs: 30_000,
    uvPreference: null,
    maxProbes: 8,
    installers: installerContext({
      cacheDir: join(dir, 'cache'),
      platform: 'linux',
      arch: 'x64',
      callerEnv,
      retry: { attempts: 1, minDelayMs: 1, attemptTimeoutMs: 10_000 },
    }),
    onProgress: (line) => progress.push(line),
    ...over,
    callerEnv,
  };
  return { o, progress };
};

/** The command lines each release ran, by version (the fakes log them). */
const callsOf = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean);

describe('the search', () => {
  it('needs at most ⌈log2 n⌉ + 1 probes for every boundary when nothing is skipped', () => {
    for (const n of [1, 2, 3, 7, 8, 33, 100]) {
      const candidates = Array.from({ length: n - 1 }, (_, i) => String(i));
      for (let first = 0; first < n; first++) {
        const search = new BisectSearch(candidates);
        let probes = 0;
        for (let i = search.next(); i !== null; i = search.next()) {
          probes++;
          search.record(i, i >= first ? 'bad' : 'good');
        }
        expect(search.done).toBe(true);
        expect(search.ends('good', 'bad').firstBad).toBe(first === n - 1 ? 'bad' : String(first));
        expect(probes).toBeLessThanOrEqual(probeBound(n));
      }
    }
    expect([1, 2, 33, 100].map(probeBound)).toEqual([0, 2, 7, 8]);
  });

  it('steps around skipped releases, nearest first, and says when nothing is left', () => {
    const search = new BisectSearch(['a', 'b', 'c', 'd', 'e']);
    expect(search.next()).toBe(2);
    search.record(2, 'skipped');
    expect(search.next()).toBe(3);
    search.record(3, 'skipped');
    expect(search.next()).toBe(1);
    search.record(1, 'good');
    expect(search.next()).toBe(4);
    search.record(4, 'bad');
    expect(search.next()).toBeNull();
    expect(search.done).toBe(false);
    expect(search.between()).toEqual(['c', 'd']);
  });

  it('orders versions and keeps stable releases in range', () => {
    expect(['0.5.0', '0.4.30', '0.10.0', '0.5.0.post1'].sort(compareVersions)).toEqual([
      '0.4.30',
      '0.5.0',
      '0.5.0.post1',
      '0.10.0',
    ]);
    expect(compareVersions('20.25.0rc1', '20.25.0')).toBeLessThan(0);
    const r = (version: string) => ({ version });
    expect(
      inRange(
        [r('0.5.3'), r('0.4.30'), r('0.5.0-rc1'), r('0.5.1'), r('0.5.1'), r('0.6.0')],
        '0.4.30',
        '0.5.3',
      ),
    ).toEqual([r('0.5.1'), r('0.5.3')]);
    expect(
      versionsOnIndexPage(
        '<a href="x">virtualenv-20.1.0-py3-none-any.whl</a><a href="y">virtualenv-20.1.0.tar.gz</a>' +
          '<a href="z" data-yanked="">virtualenv-20.2.0-py3-none-any.whl</a><a>virtualenv_clone-1.0.tar.gz</a>',
        'virtualenv',
      ),
    ).toEqual(['20.1.0']);
  });
});

describe('uv releases on a loopback GitHub', () => {
  let server: FakeUvReleases;
  // 0.4.28 … 0.5.32: the good one, 0.4.31, 0.5.0 … 0.5.30 between, the bad 0.5.31, and others.
  const versions = ['0.4.28', '0.4.29', '0.4.30', '0.4.31'];
  for (let i = 0; i <= 32; i++) versions.push(`0.5.${i}`);
  beforeAll(async () => {
    server = await fakeUvReleases(dir, { versions, strictFrom: '0.5.0', broken: ['0.5.14'] });
  });
  afterAll(() => server.close());

  it('finds 0.5.0 in at most ⌈log2 n⌉ + 1 probes, skipping the release that cannot be installed', async () => {
    const { o, progress } = options({
      tool: 'uv',
      good: '0.4.30',
      bad: '0.5.31',
      callerEnv: { GITHUB_API_URL: server.url, UV_INSTALLER_GITHUB_BASE_URL: server.url },
    });
    const result = await bisect(o);
    expect(parseBisectResult(JSON.parse(JSON.stringify(result))).success).toBe(true);
    expect(result).toMatchObject({
      status: 'found',
      firstBad: '0.5.0',
      lastGood: '0.4.31',
      notesUrl: 'https://github.com/astral-sh/uv/releases/tag/0.5.0',
      untested: [],
    });
    // Releases after the good one up to the bad one: no draft, no pre-release, nothing outside.
    expect(result.releases).toEqual(versions.slice(3, 36));
    expect(result.releases).toHaveLength(33);
    expect(result.probeBound).toBe(7);
    const probes = result.probes.filter((p) => p.role === 'probe');
    expect(probes.length).toBeLessThanOrEqual(result.probeBound);
    // The first probe, 0.5.14, has a checksum that does not match: skipped, its neighbour tried.
    expect(probes[0]).toMatchObject({ version: '0.5.14', verdict: 'skipped' });
    expect(probes[0]?.reason).toMatch(
      /^checksum mismatch for uv-x86_64-unknown-linux-gnu\.tar\.gz/,
    );
    expect(probes[1]).toMatchObject({ version: '0.5.15', verdict: 'bad' });
    expect(probes.map((p) => `${p.version} ${p.verdict}`)).toEqual([
      '0.5.14 skipped',
      '0.5.15 bad',
      '0.5.6 bad',
      '0.5.2 bad',
      '0.5.0 bad',
      '0.4.31 good',
    ]);
    // What changed: the venv turned down by `python find --system` and `venv`, nothing else.
    expect(result.scenarios.sort()).toEqual(['uv:python-find---system:default', 'uv:venv:default']);
    expect(result.boundary).toContainEqual(
      expect.objectContaining({
        class: 'regression',
        scenario: 'uv:python-find---system:default',
        path: venvPython,
        after: 'rejected: system interpreter required',
      }),
    );
    expect(result.boundary).toHaveLength(result.changes.length);
    // Each probe ran only the changed scenarios (and --version).
    const calls = await callsOf(server.calls);
    // The two ends ran all five scenarios; each probe that ran, only the two that changed.
    const probeCalls = calls.filter((c) => !c.includes('--version')).slice(2 * 5);
    expect(probeCalls.every((c) => / venv venv$|python find --no-project --system$/.test(c))).toBe(
      true,
    );
    expect(probeCalls).toHaveLength(2 * 5);
    // Each release ran in a fresh sandbox: no release read the caches another wrote.
    const homes = await callsOf(`${server.calls}.homes`);
    const ran = result.probes.filter((p) => p.verdict !== 'skipped').length;
    expect(new Set(homes).size).toBe(ran);
    expect(progress.join('\n')).toMatch(/probe 1: uv 0\.5\.14 skipped \(checksum mismatch/);
    // Every release probed is cached: a second bisection downloads nothing it has.
    const before = server.hits.get(
      '/astral-sh/uv/releases/download/0.5.0/uv-x86_64-unknown-linux-gnu.tar.gz',
    );
    await bisect(o);
    expect(
      server.hits.get('/astral-sh/uv/releases/download/0.5.0/uv-x86_64-unknown-linux-gnu.tar.gz'),
    ).toBe(before);
  });

  it('reads the versions offline, stops at the probe budget, and says what is left', async () => {
    const { o } = options({
      tool: 'uv',
      good: '0.4.30',
      bad: '0.5.31',
      versions: versions.slice(0, 20),
      maxProbes: 2,
      callerEnv: { GITHUB_API_URL: 'http://127.0.0.1:9', UV_INSTALLER_GITHUB_BASE_URL: server.url },
    });
    const result = await bisect(o);
    expect(result.releases).toEqual([...versions.slice(3, 20), '0.5.31']);
    expect(result.status).toBe('inconclusive');
    expect(result.probes.filter((p) => p.role === 'probe')).toHaveLength(2);
    expect(result.probes.map((p) => `${p.version} ${p.verdict}`)).toEqual([
      '0.4.30 good',
      '0.5.31 bad',
      '0.5.7 bad',
      '0.5.2 bad',
    ]);
    expect(result.firstBad).toBe('0.5.2');
    expect(result.untested).toEqual(['0.4.31', '0.5.0', '0.5.1']);
    expect(result.summary).toMatch(/the budget of 2 probes ran out/);
  });

  it('says there is nothing to bisect when both ends decide alike', async () => {
    const { o } = options({
      tool: 'uv',
      good: '0.5.3',
      bad: '0.5.9',
      callerEnv: { GITHUB_API_URL: server.url, UV_INSTALLER_GITHUB_BASE_URL: server.url },
    });
    const result = await bisect(o);
    expect(result).toMatchObject({ status: 'no-change', firstBad: null, changes: [] });
    expect(result.probes.map((p) => p.role)).toEqual(['good', 'bad']);
  });
});

describe('virtualenv releases on a loopback simple index', () => {
  let index: FakeIndex;
  const versions = [
    ...Array.from({ length: 8 }, (_, i) => `20.24.${i}`),
    ...Array.from({ length: 4 }, (_, i) => `20.25.${i}`),
    '20.26.0',
    '20.26.1',
  ];
  beforeAll(async () => {
    index = await fakeVirtualenvIndex(dir, {
      versions,
      strictFrom: '20.25.0',
      broken: ['20.24.6'],
    });
  });
  afterAll(() => index.close());

  it('finds 20.25.0 with pip installs, skipping the release whose hash does not match', async () => {
    const { o } = options({
      tool: 'virtualenv',
      good: '20.24.0',
      bad: '20.26.0',
      callerEnv: { PIP_INDEX_URL: index.index },
    });
    const result = await bisect(o);
    expect(parseBisectResult(JSON.parse(JSON.stringify(result))).success).toBe(true);
    expect(result).toMatchObject({
      status: 'found',
      firstBad: '20.25.0',
      lastGood: '20.24.7',
      notesUrl: 'https://github.com/pypa/virtualenv/releases/tag/20.25.0',
    });
    // No yanked release, no pre-release, nothing after the bad one.
    expect(result.releases).toEqual(versions.slice(1, 13));
    expect(result.probeBound).toBe(5);
    const probes = result.probes.filter((p) => p.role === 'probe');
    expect(probes.map((p) => `${p.version} ${p.verdict}`)).toEqual([
      '20.24.6 skipped',
      '20.24.7 good',
      '20.25.1 bad',
      '20.25.0 bad',
    ]);
    expect(probes[0]?.reason).toMatch(/^pip could not install virtualenv==20\.24\.6 from http/);
    expect(result.boundary).toContainEqual(
      expect.objectContaining({
        class: 'regression',
        scenario: 'virtualenv:p:default',
        path: venvPython,
      }),
    );
    const calls = await callsOf(index.calls);
    expect(calls.filter((c) => c.startsWith('-vvv'))).toHaveLength(2 + 3);
  });
});
