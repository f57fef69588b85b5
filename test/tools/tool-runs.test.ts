// Tool runs end to end: the real virtualenv, pdm and poetry from Debian against the fixtures (the
// legacy Nix env included), two exec tools with different policies, uv through a replay double,
// and the uv release installer against a loopback server (which also fails, cuts and stalls).
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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
import { basePython, buildTestFixtures, tempDir, testContext } from '../helpers/fixtures.js';
import { SYSTEM_PATH, lacking, systemPython, systemTool } from '../helpers/machine.js';

const toolsDir = fileURLToPath(new URL('../fixtures/tools/', import.meta.url));
// The fixtures are copies of the distribution's python3.X: the requests ask for its version.
const base = await basePython();
const minor = base.minor.replace('.', '\\.');
// The distribution's python3 runs the exec tools; its virtualenv, pdm and poetry are the real ones.
const python3 = systemPython().path;
const virtualenv = systemTool('virtualenv');
const pdm = systemTool('pdm');
const poetry = systemTool('poetry');
const missing = (tool: string | null, name: string) =>
  lacking(tool ? null : `${name} in ${SYSTEM_PATH}`);
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
  const path = [join(legacyDir(), 'bin'), ...fx.pathDirs, SYSTEM_PATH].join(':');
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

const baseVersion: PythonRequest = { kind: 'version', version: base.minor };
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
      python3,
      [baseVersion],
    );
    const lenient = await run(
      execAdapter([join(toolsDir, 'policy-tool.py'), '--lenient', '{request}']),
      python3,
      [baseVersion],
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
    expect(strict.scenarios[0]?.id).toBe(`exec:run:${base.minor}`);
    expect(lenient.role).toBe('baseline');
    // The broken python on PATH is turned down by both.
    expect(decisionOf(strict, 0, fx.paths.broken ?? '')).toMatchObject({
      verdict: 'rejected',
      reason: 'query failed',
    });
  });
});

describe.skipIf(!virtualenv)(
  `virtualenv (the distribution's)${missing(virtualenv, 'virtualenv')}`,
  () => {
    it('records its version, the selected interpreter and its reasons', async () => {
      const result = await run(virtualenvAdapter, virtualenv ?? '', [
        baseVersion,
        { kind: 'version', version: '3.99' },
      ]);
      expect(result.version).toMatch(/^\d+\.\d+/);
      const found = result.scenarios[0];
      expect(found?.outcome.selected).toBeTruthy();
      expect(found?.decisions.some((d) => d.verdict === 'selected')).toBe(true);
      // virtualenv stops at its first match: for the base version it never ran the broken python…
      expect(decisionOf(result, 0, fx.paths.broken ?? '')?.verdict).toBe('unseen');
      // …but looking for 3.99 it walks all of PATH, and the broken one fails its query.
      expect(decisionOf(result, 1, fx.paths.broken ?? '')).toMatchObject({
        verdict: 'rejected',
        reasonKind: 'query-failed',
        reason: expect.stringMatching(/failed to query\b.*\bcode 1\b/),
      });
      const missing = result.scenarios[1];
      expect(missing?.outcome).toMatchObject({
        selected: null,
        error: expect.stringMatching(/failed to find interpreter for .*python_spec='3\.99'/),
      });
      expect(missing?.log).toContain('find interpreter for spec');
    });

    it('builds on the bare interpreter when given the legacy env explicitly', async () => {
      const legacy = fx.paths['nix.legacy-env'] ?? '';
      const result = await run(virtualenvAdapter, virtualenv ?? '', [
        { kind: 'path', path: legacy },
      ]);
      expect(decisionOf(result, 0, legacy)?.verdict).toBe('selected');
      expect(result.scenarios[0]?.log).toMatch(/system=\S*-python3-[0-9.]+\/bin\/python3/);
    });
  },
);

describe("pdm and poetry (the distribution's)", () => {
  it.skipIf(!pdm)(
    `pdm use selects an interpreter for the base version and reports a missing version in its words${missing(pdm, 'pdm')}`,
    async () => {
      const result = await run(pdmAdapter, pdm ?? '', [
        baseVersion,
        { kind: 'version', version: '3.99' },
      ]);
      expect(result.version).toMatch(/^\d+\.\d+/);
      expect(result.scenarios[0]?.outcome.selected).toMatch(new RegExp(`python${minor}$`));
      expect(result.scenarios[1]?.outcome.selected).toBeNull();
      expect(result.scenarios[1]?.outcome.error).toMatch(
        // pdm 2.2 names the request; pdm 2.20 (Debian 13) names requires-python instead.
        /No Python interpreter matching|No Python that satisfies/,
      );
    },
  );

  it.skipIf(!poetry)(
    `poetry env use reports the base interpreter from env info: the bare store python behind the legacy env${missing(poetry, 'poetry')}`,
    async () => {
      const result = await run(poetryAdapter, poetry ?? '', [baseVersion]);
      expect(result.version).toMatch(/^\d+\.\d+/);
      // python3.X on PATH is the legacy env's; poetry (through virtualenv) builds on the bare
      // interpreter behind it, so the env's packages are not in the new environment.
      const selected = result.scenarios[0]?.outcome.selected ?? '';
      expect(selected).toMatch(new RegExp(`-python3-[0-9.]+/bin/python${minor}$`));
      expect(selected.startsWith(legacyDir())).toBe(false);
      expect(result.scenarios[0]?.decisions.find((d) => d.path === selected)).toMatchObject({
        verdict: 'selected',
        interpreterId: null,
      });
    },
  );
});

describe('uv (replay double)', () => {
  it('maps the rejection of sys.executable to the found path and to the inventory entry', async () => {
    const template = await readFile(join(toolsDir, 'fake-uv.sh'), 'utf8');
    const fake = join(dir, 'fake-uv');
    await writeFile(
      fake,
      template
        .split('@ENV@')
        .join(legacyDir())
        .split('@VERSION@')
        .join(base.version)
        .split('@MINOR@')
        .join(base.minor),
    );
    await chmod(fake, 0o755);
    const result = await run(uvAdapter(), fake, [baseVersion]);
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
      `No interpreter found for Python ${base.minor} in search path`,
    );
    expect(
      byCommand.venv?.decisions.find((d) => d.path === `${legacyDir()}/bin/python${base.minor}`)
        ?.verdict,
    ).toBe('rejected');
    expect(result.scenarios.map((s) => s.id)).toEqual([
      `uv:python-find:${base.minor}`,
      `uv:python-find---system:${base.minor}`,
      `uv:venv:${base.minor}`,
      'uv:python-list',
      'uv:python-list---output-format-json',
    ]);
  });
});

describe('uv release installer', () => {
  let server: Server;
  let base: string;
  let archive: Buffer;
  const files = new Map<string, Buffer>();
  /** What the server does instead of answering, per path, one entry per request. */
  const faults = new Map<string, ('502' | '503' | 'cut' | 'stall')[]>();
  const hits = new Map<string, number>();
  const progress: string[] = [];
  const release = (version: string) =>
    `/astral-sh/uv/releases/download/${version}/uv-x86_64-unknown-linux-gnu.tar.gz`;
  const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
  const publish = (version: string, data: Buffer, checksum = sha256(data)) => {
    files.set(release(version), data);
    files.set(
      `${release(version)}.sha256`,
      Buffer.from(`${checksum} *uv-x86_64-unknown-linux-gnu.tar.gz\n`),
    );
  };
  const toolsDir = () => join(dir, 'tool-cache', 'tools');

  beforeAll(async () => {
    // A release archive as astral-sh/uv publishes it: uv-<triple>/uv inside a .tar.gz.
    const stage = join(dir, 'release', 'uv-x86_64-unknown-linux-gnu');
    await mkdir(stage, { recursive: true });
    await writeFile(join(stage, 'uv'), '#!/bin/sh\necho "uv 0.4.30 (61ed2a236 2024-11-04)"\n');
    await chmod(join(stage, 'uv'), 0o755);
    // Some incompressible padding, so that a body cut in half is cut mid-stream.
    await writeFile(join(stage, 'padding'), randomBytes(256 * 1024));
    const tarball = join(dir, 'release', 'uv.tar.gz');
    const tar = await runProcess(
      'tar',
      ['-czf', tarball, '-C', join(dir, 'release'), 'uv-x86_64-unknown-linux-gnu'],
      { env: { PATH: SYSTEM_PATH }, timeoutMs: 30_000 },
    );
    expect(tar).toMatchObject({ kind: 'exited', code: 0 });
    archive = await readFile(tarball);
    publish('0.4.30', archive);
    server = createServer((req, res) => {
      const url = req.url ?? '';
      hits.set(url, (hits.get(url) ?? 0) + 1);
      const body = files.get(url);
      const fault = faults.get(url)?.shift();
      if (fault === '502' || fault === '503') {
        res.writeHead(Number(fault)).end('upstream failed');
      } else if (body && (fault === 'cut' || fault === 'stall')) {
        // The whole length announced, half of the body sent; then the connection drops, or hangs.
        res.writeHead(200, { 'content-length': body.length });
        res.write(body.subarray(0, body.length >> 1), () => {
          if (fault === 'cut') res.destroy();
        });
      } else {
        res.writeHead(body ? 200 : 404).end(body ?? 'not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );

  const install = (version: string) =>
    installUvRelease({
      version,
      cacheDir: join(dir, 'tool-cache'),
      platform: 'linux',
      arch: 'x64',
      baseUrl: base,
      retry: { attempts: 3, minDelayMs: 5, attemptTimeoutMs: 1_000 },
      runner: runProcess,
      onProgress: (m) => progress.push(m),
    });
  /** Nothing left behind in the tool cache but installed releases. */
  const leftovers = async () =>
    (await readdir(toolsDir()).catch(() => [] as string[])).filter((f) => f.includes('.partial'));

  it('downloads, verifies and unpacks a release, and reuses it from the cache', async () => {
    const uv = await install('0.4.30');
    expect(uv).toBe(join(toolsDir(), 'uv-0.4.30-x86_64-unknown-linux-gnu', 'uv'));
    const out = await runProcess(uv, ['--version'], { env: {}, timeoutMs: 10_000 });
    expect(out).toMatchObject({
      kind: 'exited',
      code: 0,
      stdout: 'uv 0.4.30 (61ed2a236 2024-11-04)\n',
    });
    const before = hits.get(release('0.4.30'));
    expect(await install('0.4.30')).toBe(uv);
    expect(hits.get(release('0.4.30'))).toBe(before);
    expect(await leftovers()).toEqual([]);
  });

  it('retries a 502, a body cut mid-stream and a stalled body, then installs', async () => {
    publish('0.5.0', archive);
    faults.set(release('0.5.0'), ['502']);
    faults.set(`${release('0.5.0')}.sha256`, ['503']);
    progress.length = 0;
    expect(await install('0.5.0')).toMatch(/uv-0\.5\.0-x86_64-unknown-linux-gnu\/uv$/);
    expect(hits.get(release('0.5.0'))).toBe(2);
    expect(hits.get(`${release('0.5.0')}.sha256`)).toBe(2);
    expect(progress).toContainEqual(
      expect.stringMatching(/\.tar\.gz: HTTP 502; trying again \(attempt 2 of 3\)$/),
    );

    publish('0.5.1', archive);
    faults.set(release('0.5.1'), ['cut', 'stall']);
    progress.length = 0;
    expect(await install('0.5.1')).toMatch(/uv-0\.5\.1-x86_64-unknown-linux-gnu\/uv$/);
    expect(hits.get(release('0.5.1'))).toBe(3);
    expect(progress).toEqual([
      expect.stringMatching(/^downloading /),
      expect.stringMatching(/: the download broke off after \d+ bytes: .*attempt 2 of 3\)$/),
      expect.stringMatching(
        /: the download broke off after \d+ bytes: timed out after 1000 ms; .*attempt 3 of 3\)$/,
      ),
    ]);
    expect(await leftovers()).toEqual([]);
  });

  it('gives up after the last attempt, saying why, and leaves nothing behind', async () => {
    publish('0.5.2', archive);
    faults.set(release('0.5.2'), ['cut', '502', 'cut']);
    await expect(install('0.5.2')).rejects.toThrow(
      /^cannot download http:.*\/0\.5\.2\/uv-x86_64-unknown-linux-gnu\.tar\.gz: the download broke off after \d+ bytes: .* \(3 attempts\)$/,
    );
    expect(hits.get(release('0.5.2'))).toBe(3);
    expect(await leftovers()).toEqual([]);
    expect(await readdir(toolsDir())).not.toContain('uv-0.5.2-x86_64-unknown-linux-gnu');
  });

  it('refuses an archive whose checksum does not match at once, and a missing release', async () => {
    publish('0.4.31', Buffer.from('tampered'), '0'.repeat(64));
    await expect(install('0.4.31')).rejects.toThrow(
      `checksum mismatch for uv-x86_64-unknown-linux-gnu.tar.gz: expected ${'0'.repeat(64)}, got ${sha256(Buffer.from('tampered'))}; nothing was installed`,
    );
    expect(hits.get(release('0.4.31'))).toBe(1); // a complete download is not retried
    await expect(install('9.9.9')).rejects.toThrow(/HTTP 404$/);
    expect(hits.get(`${release('9.9.9')}.sha256`)).toBe(1);
    expect(await leftovers()).toEqual([]);
    expect(await readdir(toolsDir())).not.toContain('uv-0.4.31-x86_64-unknown-linux-gnu');
  });
});
