// `virtualenv@VERSION` (and pdm, poetry): the spec, the pip install into an isolated environment
// from a loopback simple index, its cache, and a baseline run of an older release through the
// same path `discover --tool … --baseline-tool …` and the Action take.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProbeCache } from '../../src/discovery/cache.js';
import { takeInventory } from '../../src/discovery/inventory.js';
import { runProcess } from '../../src/discovery/process-runner.js';
import { parseToolOptions, runTools } from '../../src/tools/plan.js';
import { installPypiRelease } from '../../src/tools/pypi-release.js';
import { parseToolSpec } from '../../src/tools/spec.js';
import { tempDir, testContext } from '../helpers/fixtures.js';
import { SYSTEM_PATH, which } from '../helpers/machine.js';
import { fakeVirtualenvIndex, type FakeIndex } from './release-servers.js';

let dir: string;
let cleanup: () => Promise<void>;
let index: FakeIndex;
const python3 = which('python3') ?? '/usr/bin/python3';

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('ig-pypi-'));
  index = await fakeVirtualenvIndex(dir, {
    versions: ['20.24.0', '20.25.0'],
    strictFrom: '20.25.0',
    broken: [],
  });
});
afterAll(async () => {
  await index.close();
  await cleanup();
});

describe('PyPI release specs', () => {
  it('reads virtualenv@, pdm@ and poetry@ with a PEP 440 version, and nothing a shell could misread', () => {
    expect(parseToolSpec('virtualenv@20.25.0')).toEqual({
      kind: 'release',
      name: 'virtualenv',
      version: '20.25.0',
      text: 'virtualenv@20.25.0',
    });
    expect(parseToolSpec('pdm@2.0.0b1')).toMatchObject({ kind: 'release', name: 'pdm' });
    expect(parseToolSpec('poetry@1.8.3.post1')).toMatchObject({ kind: 'release', name: 'poetry' });
    expect(parseToolSpec('poetry@1.8; rm -rf /')).toEqual({
      error: 'poetry@1.8; rm -rf /: "1.8; rm -rf /" is not a release version (e.g. poetry@1.2.3)',
    });
    expect(parseToolSpec('pdm@')).toHaveProperty('error');
  });
});

describe('the pip installer', () => {
  const install = (version: string) =>
    installPypiRelease({
      name: 'virtualenv',
      version,
      cacheDir: join(dir, 'cache'),
      python: python3,
      indexUrl: index.index,
      env: { PATH: SYSTEM_PATH, PIP_EXTRA_INDEX_URL: 'http://127.0.0.1:9/simple' },
      runner: runProcess,
    });

  it('installs the release into its own environment, once', async () => {
    const program = await install('20.24.0');
    expect(program).toMatch(
      /\/tools\/virtualenv-20\.24\.0-py\d+\.\d+-[0-9a-f]{8}\/env-[\w-]+\/bin\/virtualenv$/,
    );
    const out = await runProcess(program, ['--version'], { env: {}, timeoutMs: 10_000 });
    expect(out).toMatchObject({ kind: 'exited', code: 0 });
    expect(out.kind === 'exited' && out.stdout).toMatch(/^virtualenv 20\.24\.0 from \//);
    const fetched = index.hits.get('/files/virtualenv-20.24.0-py3-none-any.whl');
    expect(fetched).toBe(1);
    expect(await install('20.24.0')).toBe(program);
    expect(index.hits.get('/files/virtualenv-20.24.0-py3-none-any.whl')).toBe(fetched);
  });

  it('says why when pip cannot install it, and leaves nothing behind', async () => {
    await expect(install('9.9.9')).rejects.toThrow(
      /^pip could not install virtualenv==9\.9\.9 from http:\/\/127\.0\.0\.1:\d+\/simple: exit code 1: .*No matching distribution found for virtualenv==9\.9\.9/,
    );
    const home = (await readdir(join(dir, 'cache', 'tools'))).find((d) =>
      d.startsWith('virtualenv-9.9.9'),
    );
    expect(await readdir(join(dir, 'cache', 'tools', home ?? ''))).toEqual([]);
  });

  it('runs a release and an older one as current and baseline, as discover --tool does', async () => {
    const made = await runProcess(python3, ['-m', 'venv', '--without-pip', join(dir, 'venv')], {
      env: { PATH: SYSTEM_PATH },
      timeoutMs: 60_000,
    });
    expect(made).toMatchObject({ kind: 'exited', code: 0 });
    const ctx = testContext(join(dir, 'home'), dir, {
      env: { PATH: join(dir, 'venv', 'bin') },
    });
    const inventory = await takeInventory(ctx, {
      cache: ProbeCache.disabled(),
      timeoutMs: 10_000,
      concurrency: 2,
      providers: ['path'],
    });
    const options = {
      tool: 'virtualenv@20.25.0',
      baselineTool: 'virtualenv@20.24.0',
      requests: ['default'],
      uvPreference: undefined,
      timeoutMs: 30_000,
      cacheDir: join(dir, 'cache'),
    };
    const [current, baseline] = await runTools(parseToolOptions(options), options, {
      os: 'linux',
      platform: 'linux',
      cwd: dir,
      callerEnv: { PATH: SYSTEM_PATH, PIP_INDEX_URL: index.index },
      inventory: inventory.interpreters,
      locations: inventory.locations,
      progress: null,
    });
    const venvPython = join(dir, 'venv', 'bin', 'python3');
    expect(baseline).toMatchObject({
      role: 'baseline',
      version: '20.24.0',
      spec: 'virtualenv@20.24.0',
    });
    expect(baseline?.scenarios[0]?.outcome.selected).toBe(venvPython);
    expect(current).toMatchObject({ role: 'current', version: '20.25.0' });
    expect(current?.scenarios[0]?.decisions.find((d) => d.path === venvPython)).toMatchObject({
      verdict: 'rejected',
      reasonKind: 'query-failed',
    });
  });
});
