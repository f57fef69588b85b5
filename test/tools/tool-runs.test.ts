// Tool runs end to end: the real virtualenv, pdm and poetry from Debian against the fixtures (the
// legacy Nix env included), two exec tools with different policies, uv through a replay double,
// and the uv release installer against a loopback server.
import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterpreterEntry } from '../../src/core/model.js';
import type { ToolRun } from '../../src/core/tools/model.js';
import type { PythonRequest } from '../../src/core/tools/requests.js';
import { ProbeCache } from '../../src/discovery/cache.js';
import { takeInventory } from '../../src/discovery/inventory.js';
import { runProcess } from '../../src/discovery/process-runner.js';
import type { FixtureManifest } from '../../src/fixtures/manifest.js';
import { execAdapter } from '../../src/tools/adapters/exec.js';
import { pdmAdapter } from '../../src/tools/adapters/pdm.js';
import { poetryAdapter } from '../../src/tools/adapters/poetry.js';
import type { ToolAdapter } from '../../src/tools/adapters/types.js';
import { uvAdapter } from '../../src/tools/adapters/uv.js';
import { virtualenvAdapter } from '../../src/tools/adapters/virtualenv.js';
import { runTool } from '../../src/tools/runner.js';
import { createSandbox, type Sandbox } from '../../src/tools/sandbox.js';
import { installUvRelease } from '../../src/tools/uv-release.js';
import { buildTestFixtures, tempDir, testContext } from '../helpers/fixtures.js';

const toolsDir = fileURLToPath(new URL('../fixtures/tools/', import.meta.url));
let dir: string;
let cleanup: () => Promise<void>;
let fx: FixtureManifest;
let inventory: InterpreterEntry[];
let sandbox: Sandbox;
const legacyDir = () => (fx.paths['nix.legacy-env'] ?? '').replace(/\/bin\/python3$/, '');

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('ig-tools-'));
  fx = await buildTestFixtures(dir, ['nix', 'venv', 'broken']);
  // The legacy env first on PATH, as on a NixOS machine of 2024, then the venv and a broken python.
  const path = [join(legacyDir(), 'bin'), ...fx.pathDirs, '/usr/bin', '/bin'].join(':');
  const ctx = testContext(join(dir, 'home'), dir, {
    env: { ...fx.env, PATH: path, HOME: join(dir, 'home') },
  });
  inventory = (
    await takeInventory(ctx, {
      cache: ProbeCache.disabled(),
      timeoutMs: 10_000,
      concurrency: 2,
      providers: ['path'],
    })
  ).interpreters;
  sandbox = await createSandbox({
    os: 'linux',
    inventory,
    callerEnv: ctx.env,
    uvPythonDir: join(dir, 'uv-python'),
  });
});
afterAll(async () => {
  await sandbox.dispose();
  await cleanup();
});

const V311: PythonRequest = { kind: 'version', version: '3.11' };
const run = (
  adapter: ToolAdapter,
  program: string,
  requests: PythonRequest[],
  role: ToolRun['role'] = 'current',
) =>
  runTool({
    adapter,
    program,
    role,
    spec: adapter.name,
    inventory,
    requests,
    sandbox,
    runner: runProcess,
    timeoutMs: 120_000,
  });
const decisionOf = (run: ToolRun, scenario: number, path: string) =>
  run.scenarios[scenario]?.decisions.find((d) => d.path === path);

describe('the sandbox', () => {
  it('puts the inventory on PATH in report order and isolates HOME, caches and downloads', () => {
    expect(sandbox.path[0]).toBe(join(legacyDir(), 'bin'));
    expect(sandbox.env.HOME?.startsWith(sandbox.root)).toBe(true);
    expect(sandbox.env).toMatchObject({
      UV_PYTHON_DOWNLOADS: 'never',
      UV_NO_CONFIG: '1',
      UV_NO_WRAP: '1',
      NO_COLOR: '1',
    });
    expect(sandbox.env.UV_CACHE_DIR?.startsWith(sandbox.root)).toBe(true);
  });
});

describe('exec tools', () => {
  it('two policies decide differently about the legacy Nix env, with the tools’ own reasons', async () => {
    const strict = await run(
      execAdapter([join(toolsDir, 'policy-tool.py'), '{request}']),
      '/usr/bin/python3',
      [V311],
    );
    const lenient = await run(
      execAdapter([join(toolsDir, 'policy-tool.py'), '--lenient', '{request}']),
      '/usr/bin/python3',
      [V311],
      'baseline',
    );
    const legacy = fx.paths['nix.legacy-env'] ?? '';
    expect(decisionOf(strict, 0, legacy)).toMatchObject({
      verdict: 'rejected',
      reason: 'is a virtual environment',
      reasonKind: 'system-required',
    });
    expect(decisionOf(lenient, 0, legacy)).toMatchObject({ verdict: 'selected', reason: null });
    expect(strict.scenarios[0]?.outcome.selected).not.toBe(legacy);
    expect(strict.scenarios[0]?.id).toBe('exec:run:3.11');
    expect(lenient.role).toBe('baseline');
    // The broken python on PATH is turned down by both.
    expect(decisionOf(strict, 0, fx.paths.broken ?? '')).toMatchObject({
      verdict: 'rejected',
      reason: 'query failed',
    });
  });
});

describe('virtualenv (Debian)', () => {
  it('records its version, the selected interpreter and its reasons', async () => {
    const result = await run(virtualenvAdapter, '/usr/bin/virtualenv', [
      V311,
      { kind: 'version', version: '3.99' },
    ]);
    expect(result.version).toMatch(/^\d+\.\d+/);
    const found = result.scenarios[0];
    expect(found?.outcome.selected).toBeTruthy();
    expect(found?.decisions.some((d) => d.verdict === 'selected')).toBe(true);
    // virtualenv stops at its first match: for 3.11 it never ran the broken python…
    expect(decisionOf(result, 0, fx.paths.broken ?? '')?.verdict).toBe('unseen');
    // …but looking for 3.99 it walks all of PATH, and the broken one fails its query.
    expect(decisionOf(result, 1, fx.paths.broken ?? '')).toMatchObject({
      verdict: 'rejected',
      reasonKind: 'query-failed',
      reason: expect.stringContaining('failed to query with code 1'),
    });
    const missing = result.scenarios[1];
    expect(missing?.outcome).toMatchObject({
      selected: null,
      error: expect.stringContaining(
        "failed to find interpreter for Builtin discover of python_spec='3.99'",
      ),
    });
    expect(missing?.log).toContain('find interpreter for spec');
  });

  it('builds on the bare interpreter when given the legacy env explicitly', async () => {
    const legacy = fx.paths['nix.legacy-env'] ?? '';
    const result = await run(virtualenvAdapter, '/usr/bin/virtualenv', [
      { kind: 'path', path: legacy },
    ]);
    expect(decisionOf(result, 0, legacy)?.verdict).toBe('selected');
    expect(result.scenarios[0]?.log).toMatch(/system=\S*-python3-[0-9.]+\/bin\/python3/);
  });
});

describe('pdm and poetry (Debian)', () => {
  it('pdm use selects an interpreter for 3.11 and reports a missing version in its words', async () => {
    const result = await run(pdmAdapter, '/usr/bin/pdm', [
      V311,
      { kind: 'version', version: '3.99' },
    ]);
    expect(result.version).toMatch(/^\d+\.\d+/);
    expect(result.scenarios[0]?.outcome.selected).toMatch(/python3\.11$/);
    expect(result.scenarios[1]?.outcome.error).toMatch(
      /No Python interpreter matching 3\.99|No Python that satisfies/,
    );
  });

  it('poetry env use reports the base interpreter from env info: the bare store python behind the legacy env', async () => {
    const result = await run(poetryAdapter, '/usr/bin/poetry', [V311]);
    expect(result.version).toMatch(/^\d+\.\d+/);
    // python3.11 on PATH is the legacy env's; poetry (through virtualenv) builds on the bare
    // interpreter behind it, so the env's packages are not in the new environment.
    const selected = result.scenarios[0]?.outcome.selected ?? '';
    expect(selected).toMatch(/-python3-[0-9.]+\/bin\/python3\.11$/);
    expect(selected.startsWith(legacyDir())).toBe(false);
    expect(result.scenarios[0]?.decisions.find((d) => d.path === selected)).toMatchObject({
      verdict: 'selected',
      interpreterId: null,
    });
  });
});

describe('uv (replay double)', () => {
  it('maps the rejection of sys.executable to the found path and to the inventory entry', async () => {
    const template = await readFile(join(toolsDir, 'fake-uv.sh'), 'utf8');
    const fake = join(dir, 'fake-uv');
    await writeFile(fake, template.split('@ENV@').join(legacyDir()));
    await chmod(fake, 0o755);
    const result = await run(uvAdapter(), fake, [V311]);
    expect(result.version).toBe('0.5.31');
    const byCommand = Object.fromEntries(result.scenarios.map((s) => [s.command, s]));
    const legacy = fx.paths['nix.legacy-env'] ?? '';
    expect(byCommand['python find']?.outcome.selected).toBe(legacy);
    expect(
      byCommand['python find --system']?.decisions.find((d) => d.path === legacy),
    ).toMatchObject({
      verdict: 'rejected',
      reason: 'system interpreter required',
      reasonKind: 'system-required',
    });
    expect(byCommand['python find --system']?.outcome.error).toBe(
      'No interpreter found for Python 3.11 in search path',
    );
    expect(
      byCommand.venv?.decisions.find((d) => d.path === `${legacyDir()}/bin/python3.11`)?.verdict,
    ).toBe('rejected');
    expect(result.scenarios.map((s) => s.id)).toEqual([
      'uv:python-find:3.11',
      'uv:python-find---system:3.11',
      'uv:venv:3.11',
      'uv:python-list',
      'uv:python-list---output-format-json',
    ]);
  });
});

describe('uv release installer', () => {
  let server: Server;
  let base: string;
  const files = new Map<string, Buffer>();

  beforeAll(async () => {
    // A release archive as astral-sh/uv publishes it: uv-<triple>/uv inside a .tar.gz.
    const stage = join(dir, 'release', 'uv-x86_64-unknown-linux-gnu');
    await mkdir(stage, { recursive: true });
    await writeFile(join(stage, 'uv'), '#!/bin/sh\necho "uv 0.4.30 (61ed2a236 2024-11-04)"\n');
    await chmod(join(stage, 'uv'), 0o755);
    const tarball = join(dir, 'release', 'uv.tar.gz');
    const tar = await runProcess(
      'tar',
      ['-czf', tarball, '-C', join(dir, 'release'), 'uv-x86_64-unknown-linux-gnu'],
      { env: { PATH: '/usr/bin:/bin' }, timeoutMs: 30_000 },
    );
    expect(tar).toMatchObject({ kind: 'exited', code: 0 });
    const data = await readFile(tarball);
    files.set('/astral-sh/uv/releases/download/0.4.30/uv-x86_64-unknown-linux-gnu.tar.gz', data);
    files.set(
      '/astral-sh/uv/releases/download/0.4.30/uv-x86_64-unknown-linux-gnu.tar.gz.sha256',
      Buffer.from(
        `${createHash('sha256').update(data).digest('hex')} *uv-x86_64-unknown-linux-gnu.tar.gz\n`,
      ),
    );
    files.set('/astral-sh/uv/releases/download/0.4.31/uv-x86_64-unknown-linux-gnu.tar.gz', data);
    files.set(
      '/astral-sh/uv/releases/download/0.4.31/uv-x86_64-unknown-linux-gnu.tar.gz.sha256',
      Buffer.from(`${'0'.repeat(64)}  uv-x86_64-unknown-linux-gnu.tar.gz\n`),
    );
    server = createServer((req, res) => {
      const body = files.get(req.url ?? '');
      res.writeHead(body ? 200 : 404).end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const install = (version: string) =>
    installUvRelease({
      version,
      cacheDir: join(dir, 'tool-cache'),
      platform: 'linux',
      arch: 'x64',
      baseUrl: base,
      runner: runProcess,
    });

  it('downloads, verifies and unpacks a release, and reuses it from the cache', async () => {
    const uv = await install('0.4.30');
    expect(uv).toBe(join(dir, 'tool-cache', 'tools', 'uv-0.4.30-x86_64-unknown-linux-gnu', 'uv'));
    const out = await runProcess(uv, ['--version'], { env: {}, timeoutMs: 10_000 });
    expect(out).toMatchObject({
      kind: 'exited',
      code: 0,
      stdout: 'uv 0.4.30 (61ed2a236 2024-11-04)\n',
    });
    files.clear();
    expect(await install('0.4.30')).toBe(uv);
  });

  it('refuses an archive whose checksum does not match, and a missing release', async () => {
    files.set(
      '/astral-sh/uv/releases/download/0.4.31/uv-x86_64-unknown-linux-gnu.tar.gz',
      Buffer.from('tampered'),
    );
    files.set(
      '/astral-sh/uv/releases/download/0.4.31/uv-x86_64-unknown-linux-gnu.tar.gz.sha256',
      Buffer.from(`${'0'.repeat(64)}  x\n`),
    );
    await expect(install('0.4.31')).rejects.toThrow(/checksum mismatch .* nothing was installed/);
    await expect(install('9.9.9')).rejects.toThrow(/HTTP 404/);
  });
});
