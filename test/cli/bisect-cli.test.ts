// `interpreter-guard bisect` in process: fake uv releases on a loopback GitHub and a fake
// virtualenv on a loopback simple index (see test/tools/release-servers.ts), one interpreter (a
// virtual environment) given with --python; the table, the JSON document, progress on stderr,
// exit codes.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseBisectResult } from '../../src/core/tools/bisect-search.js';
import { runProcess } from '../../src/discovery/process-runner.js';
import { capturedCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixtures.js';
import { SYSTEM_PATH } from '../helpers/machine.js';
import {
  fakeUvReleases,
  fakeVirtualenvIndex,
  type FakeIndex,
  type FakeUvReleases,
} from '../tools/release-servers.js';

let dir: string;
let cleanup: () => Promise<void>;
let uv: FakeUvReleases;
let index: FakeIndex;
const uvVersions = ['0.4.30', '0.4.31', ...Array.from({ length: 12 }, (_, i) => `0.5.${i}`)];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('ig-bisect-cli-'));
  const made = await runProcess('python3', ['-m', 'venv', '--without-pip', join(dir, 'venv')], {
    env: { PATH: SYSTEM_PATH },
    timeoutMs: 60_000,
  });
  expect(made).toMatchObject({ kind: 'exited', code: 0 });
  uv = await fakeUvReleases(dir, { versions: uvVersions, strictFrom: '0.5.0', broken: ['0.5.4'] });
  index = await fakeVirtualenvIndex(dir, {
    versions: ['20.24.0', '20.24.1', '20.24.2', '20.25.0', '20.25.1'],
    strictFrom: '20.25.0',
    broken: [],
  });
});
afterAll(async () => {
  await uv.close();
  await index.close();
  await cleanup();
});

const captured = (env: NodeJS.ProcessEnv = {}) =>
  capturedCli({
    env: {
      PATH: SYSTEM_PATH,
      HOME: join(dir, 'home'),
      GITHUB_API_URL: uv.url,
      UV_INSTALLER_GITHUB_BASE_URL: uv.url,
      ...env,
    },
    cwd: dir,
    home: join(dir, 'home'),
  });

const common = () => [
  '--providers',
  'explicit',
  '--python',
  join(dir, 'venv', 'bin', 'python3'),
  '--request',
  'default',
  '--cache-dir',
  join(dir, 'cache'),
];

describe('interpreter-guard bisect', () => {
  it('names the first bad uv release, what changed there and each probe; progress on stderr', async () => {
    const c = captured();
    const code = await main(
      ['bisect', '--tool', 'uv', '--good', '0.4.30', '--bad', '0.5.11', ...common()],
      c.io,
    );
    expect(c.err()).not.toMatch(/interpreter-guard bisect:/);
    expect(code).toBe(0);
    const out = c.out();
    expect(out).toMatch(
      /^First bad: uv 0\.5\.0 {3}https:\/\/github\.com\/astral-sh\/uv\/releases\/tag\/0\.5\.0\nLast good: uv 0\.4\.31\n/,
    );
    expect(out).toMatch(
      /\n {2}regression +uv:python-find---system:default {2}\S+\/venv\/bin\/python3: selected → rejected: system interpreter required\n/,
    );
    // 13 releases after 0.4.30 up to 0.5.11: ⌈log2 13⌉ + 1 = 5; 0.5.4 cannot be installed.
    expect(out).toMatch(/\nProbes: \d of at most 5 for 13 releases; /);
    expect(out).toMatch(/\n {2}0\.5\.4 +skipped +\d+\.\d s {2}checksum mismatch for /);
    expect(out).toMatch(/\n {2}0\.4\.30 +good \(good end\)/);
    const probes = out.match(/^ {2}\d+\.\d+\.\d+ +(?:good|bad|skipped) {2,}/gm) ?? [];
    expect(probes.length).toBeLessThanOrEqual(5);
    expect(c.err()).toMatch(/^uv 0\.4\.30 \(good\) … 0\.5\.11 \(bad\): 12 releases between$/m);
    expect(c.err()).toMatch(/^probe 1: uv 0\.5\.4 skipped \(checksum mismatch/m);
  });

  it('prints the bisect@1 document with --json, from versions given offline', async () => {
    const c = captured({ GITHUB_API_URL: 'http://127.0.0.1:9' });
    const code = await main(
      [
        'bisect',
        '--tool',
        'uv',
        '--good',
        '0.4.30',
        '--bad',
        '0.5.3',
        '--versions',
        '0.4.30,0.4.31,0.5.0',
        '--versions',
        '0.5.1,0.5.2,0.5.3',
        '--json',
        ...common(),
      ],
      c.io,
    );
    expect(code).toBe(0);
    const parsed = parseBisectResult(JSON.parse(c.out()));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      schema: 'interpreter-guard/bisect@1',
      status: 'found',
      firstBad: '0.5.0',
      lastGood: '0.4.31',
      releases: ['0.4.31', '0.5.0', '0.5.1', '0.5.2', '0.5.3'],
      probeBound: 4,
    });
  });

  it('bisects a PyPI tool from the index at PIP_INDEX_URL', async () => {
    const c = captured({ PIP_INDEX_URL: index.index });
    const code = await main(
      [
        'bisect',
        '--tool',
        'virtualenv',
        '--good',
        '20.24.0',
        '--bad',
        '20.25.1',
        '--json',
        ...common(),
      ],
      c.io,
    );
    expect(c.err()).not.toMatch(/interpreter-guard bisect:/);
    expect(code).toBe(0);
    expect(JSON.parse(c.out())).toMatchObject({
      firstBad: '20.25.0',
      lastGood: '20.24.2',
      notesUrl: 'https://github.com/pypa/virtualenv/releases/tag/20.25.0',
    });
  });

  it('exits 1 when the ends decide alike, 2 on wrong options', async () => {
    const same = captured();
    expect(
      await main(
        ['bisect', '--tool', 'uv', '--good', '0.5.1', '--bad', '0.5.3', ...common()],
        same.io,
      ),
    ).toBe(1);
    expect(same.out()).toMatch(/decide the same about every interpreter here/);
    for (const [args, message] of [
      [['--tool', 'uv', '--good', '0.5.3', '--bad', '0.5.1'], 'must be an older release'],
      [['--tool', 'hatch', '--good', '1.0', '--bad', '2.0'], '--tool must be one of'],
      [['--tool', 'uv', '--good', 'latest', '--bad', '0.5.1'], '--good must be a release version'],
      [['--tool', 'uv', '--good', '0.4.30', '--bad', '0.5.1', '--max-probes', '0'], '--max-probes'],
    ] as const) {
      const c = captured();
      expect(await main(['bisect', ...args], c.io)).toBe(2);
      expect(c.err()).toContain(message);
    }
  });
});
