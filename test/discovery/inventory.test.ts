// The inventory on real layouts: the fixtures (emulated Nix store in both nixpkgs regimes,
// venvs, conda, a pyenv root, broken files) and this machine's Debian interpreters.
import { chmod, mkdir, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterpreterEntry } from '../../src/core/model.js';
import { ProbeCache } from '../../src/discovery/cache.js';
import type { DiscoveryContext } from '../../src/discovery/context.js';
import { takeInventory, type InventoryOptions } from '../../src/discovery/inventory.js';
import { runProcess, type ProcessRunner } from '../../src/discovery/process-runner.js';
import type { FixtureManifest } from '../../src/fixtures/manifest.js';
import { basePython, buildTestFixtures, tempDir, testContext } from '../helpers/fixtures.js';
import { debugBuildOf, lacking } from '../helpers/machine.js';

// The fixtures are copies of the distribution's newest /usr/bin/python3.X; its debug build comes
// from python3-dbg (scripts/setup.sh), where the distribution has one.
const base = await basePython();
const debugBuild = debugBuildOf(base);

let dir: string;
let cleanup: () => Promise<void>;
let fx: FixtureManifest;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  fx = await buildTestFixtures(dir);
});
afterAll(() => cleanup());

function context(
  over: Partial<DiscoveryContext> = {},
  env: NodeJS.ProcessEnv = {},
): DiscoveryContext {
  const path = [...fx.pathDirs, join(fx.dir, 'pyenv-shim', 'shims'), '/usr/bin', '/bin'].join(':');
  return testContext(join(dir, 'home'), dir, {
    env: { ...fx.env, HOME: join(dir, 'home'), PATH: path, ...env },
    ...over,
  });
}

function options(over: Partial<InventoryOptions> = {}): InventoryOptions {
  return { cache: ProbeCache.disabled(), timeoutMs: 3000, concurrency: 2, ...over };
}

const byPath = (entries: InterpreterEntry[], path: string | undefined) => {
  const entry = entries.find((e) => e.path === path);
  if (!entry)
    throw new Error(`no entry for ${path}; have ${entries.map((e) => e.path).join(', ')}`);
  return entry;
};

describe('inventory of the fixtures', () => {
  let entries: InterpreterEntry[];
  let elapsedMs: number;

  beforeAll(async () => {
    const start = Date.now();
    entries = (
      await takeInventory(
        context(),
        options({
          extraPaths: [
            fx.paths['nix.venv-from-current-env'] ?? '',
            fx.paths['nix.venv-from-legacy-env'] ?? '',
          ],
        }),
      )
    ).interpreters;
    elapsedMs = Date.now() - start;
  });

  it('classifies the legacy Nix withPackages env as nix-env: prefix is the env, base_prefix the bare python', () => {
    const e = byPath(entries, fx.paths['nix.legacy-env']);
    expect(e.kind).toBe('nix-env');
    expect(e.prefix).toMatch(/-python3-[0-9.]+-env$/);
    expect(e.basePrefix).toMatch(/-python3-[0-9.]+$/);
    expect(e.pyvenvCfg).toBeNull();
    expect(e.executable).toMatch(/-env\/bin\/python3\.\d+$/);
    expect(e.providers).toContain('nix');
  });

  it('classifies the plain store python as nix-store, externally managed', () => {
    const e = byPath(entries, fx.paths['nix.store-python']);
    expect(e).toMatchObject({ kind: 'nix-store', externallyManaged: true });
    expect(e.prefix).toBe(e.basePrefix);
  });

  it('classifies the current-regime env as nix-env with prefix == base_prefix == the env', () => {
    const e = byPath(entries, fx.paths['nix.current-env']);
    expect(e.kind).toBe('nix-env');
    expect(e.prefix).toBe(e.basePrefix);
    expect(e.prefix).toMatch(/-env$/);
    // Its bin/python keeps the legacy wrapping: a venv look-alike inside the same env.
    const python = byPath(entries, fx.paths['nix.current-env-python']);
    expect(python.kind).toBe('nix-env');
    expect(python.prefix).not.toBe(python.basePrefix);
    // Same prefix and binary, different base prefix: not the same interpreter to a tool.
    expect(python.id).not.toBe(e.id);
  });

  it('follows profiles into the store: a user profile to the env, NixOS system-path to the bare python', () => {
    const profile = byPath(entries, fx.paths['nix.profile-python']);
    expect(profile.kind).toBe('nix-env');
    expect(profile.executable).toBe(fx.paths['nix.profile-python']);
    expect(byPath(entries, fx.paths['nix.system-python']).kind).toBe('nix-store');
  });

  it('tells a real venv made from the current env from the ineffective one made from the legacy env', () => {
    const good = byPath(entries, fx.paths['nix.venv-from-current-env']);
    expect(good.kind).toBe('venv');
    expect(good.basePrefix).toMatch(/-env$/);
    const bad = byPath(entries, fx.paths['nix.venv-from-legacy-env']);
    expect(bad.kind).toBe('nix-env');
    expect(bad.prefix).toMatch(/-env$/);
    expect(bad.pyvenvCfg?.path).toBe(join(fx.dir, 'nix', 'venv-from-legacy-env', 'pyvenv.cfg'));
  });

  it('classifies a venv, with its pyvenv.cfg home, not externally managed', () => {
    const e = byPath(entries, fx.paths.venv);
    expect(e).toMatchObject({ kind: 'venv', externallyManaged: false });
    expect(e.pyvenvCfg?.home).toBe(dirname(fx.basePython));
  });

  it('tells conda base from a conda env', () => {
    expect(byPath(entries, fx.paths['conda.base']).kind).toBe('conda-base');
    expect(byPath(entries, fx.paths['conda.env']).kind).toBe('conda-env');
  });

  it('resolves a pyenv shim without running it and groups it with its target', () => {
    const shim = byPath(entries, fx.paths['pyenv.shim']);
    const version = byPath(entries, fx.paths['pyenv.version']);
    expect(shim.kind).toBe('shim');
    expect(shim.resolvedTo).toBe(
      join(fx.dir, 'pyenv-shim', 'versions', version.version ?? '', 'bin', 'python3'),
    );
    expect(shim.id).toBe(version.id);
    expect(version.kind).toBe('pyenv');
  });

  it('records a pyenv shim of an uninstalled version as exit 127', () => {
    const e = byPath(entries, fx.paths['pyenv.shim-missing']);
    expect(e.kind).toBe('shim');
    expect(e.error).toMatchObject({ kind: 'exit' });
    expect(e.error?.detail).toContain('exit code 127: pyenv: python3.99: command not found');
  });

  it('records broken, hanging, non-executable and looping interpreters as errors', () => {
    expect(byPath(entries, fx.paths.broken).error).toMatchObject({
      kind: 'exit',
      detail: expect.stringContaining('exit code 1: Fatal Python error'),
    });
    expect(byPath(entries, fx.paths.hanging).error).toMatchObject({ kind: 'timeout' });
    expect(byPath(entries, fx.paths['not-executable']).error).toMatchObject({
      kind: 'not-executable',
    });
    expect(byPath(entries, fx.paths['symlink-loop']).error).toMatchObject({
      kind: 'spawn',
      detail: expect.stringContaining('symlink loop'),
    });
  });

  it('gives up on the hanging interpreter within its timeout', () => {
    // Everything ran in parallel with a 3 s timeout: the hang cannot have held the run much longer.
    expect(elapsedMs).toBeLessThan(15_000);
  });

  it('follows a symlink chain to the real interpreter but keeps the path that was found', () => {
    const e = byPath(entries, fx.paths['symlink-chain']);
    expect(e.error).toBeNull();
    expect(e.executable).toBe(fx.paths['symlink-chain']);
    expect(e.realpath).toBe(fx.basePython);
    expect(e.kind).toBe('system');
  });

  it('reports the distribution interpreter as system and externally managed, with the version it reports', () => {
    const system = byPath(entries, fx.basePython);
    expect(system).toMatchObject({
      kind: 'system',
      externallyManaged: true,
      debug: false,
      implementation: 'cpython',
      version: base.version,
    });
    expect(system.libc?.name).toBe('glibc');
  });

  it.skipIf(!debugBuild)(
    `reports the distribution's debug build as system and debug${lacking(debugBuild ? null : `python${base.minor}d (the python3-dbg package)`)}`,
    () => {
      expect(byPath(entries, debugBuild ?? '')).toMatchObject({
        kind: 'system',
        debug: true,
        externallyManaged: true,
        version: base.version,
      });
    },
  );

  it('keeps every path separate but groups paths to one interpreter by id', () => {
    const paths = entries.map((e) => e.path);
    expect(new Set(paths).size).toBe(paths.length);
    const store = byPath(entries, fx.paths['nix.store-python']);
    const siblings = entries.filter((e) => e.id === store.id).map((e) => e.path);
    expect(siblings.length).toBeGreaterThan(1);
    expect(siblings.every((p) => p.includes('-python3-') || p.includes('current-system'))).toBe(
      true,
    );
  });
});

describe('layouts outside the known places', () => {
  it('calls a launcher script that execs another interpreter a shim', async () => {
    const bin = join(dir, 'launcher');
    await mkdir(bin, { recursive: true });
    await writeFile(join(bin, 'python3'), `#!/bin/sh\nexec ${fx.basePython} "$@"\n`);
    await chmod(join(bin, 'python3'), 0o755);
    const entries = (
      await takeInventory(context({}, { PATH: bin }), options({ providers: ['path'] }))
    ).interpreters;
    expect(byPath(entries, join(bin, 'python3'))).toMatchObject({
      kind: 'shim',
      why: `script that launches ${fx.basePython}`,
    });
  });

  it('does not call the legacy env nix-env when its store is not the configured store dir', async () => {
    const legacy = fx.paths['nix.legacy-env'] ?? '';
    const entries = (
      await takeInventory(
        context({}, { NIX_STORE_DIR: '/nix/store' }),
        options({ providers: ['explicit'], extraPaths: [legacy] }),
      )
    ).interpreters;
    expect(byPath(entries, legacy)).toMatchObject({
      kind: 'unknown',
      why: expect.stringContaining('venv look-alike'),
    });
  });
});

describe('running pyenv shims (--run-shims)', () => {
  it('gets the same answers from the shims as reading the version files', async () => {
    const ctx = context();
    const opts = options({ runShims: true, providers: ['pyenv'] });
    const entries = (await takeInventory(ctx, opts)).interpreters;
    const shim = byPath(entries, fx.paths['pyenv.shim']);
    expect(shim.resolvedTo).toBeNull();
    expect(shim.kind).toBe('shim');
    expect(shim.id).toBe(byPath(entries, fx.paths['pyenv.version']).id);
    expect(byPath(entries, fx.paths['pyenv.shim-missing']).error).toMatchObject({
      kind: 'exit',
      detail: expect.stringContaining('exit code 127'),
    });
  });

  it('honours PYENV_VERSION when reading version files', async () => {
    const entries = (
      await takeInventory(context({}, { PYENV_VERSION: '9.9' }), options({ providers: ['pyenv'] }))
    ).interpreters;
    expect(byPath(entries, fx.paths['pyenv.shim']).error?.detail).toContain(
      "version `9.9' is not installed (set by PYENV_VERSION",
    );
  });
});

describe('the probe cache', () => {
  it('answers from the cache on the second run and re-queries a changed file', async () => {
    const { dir: cacheDir, cleanup: done } = await tempDir('ig-cache-');
    try {
      const ran: string[] = [];
      const counting: ProcessRunner = (file, args, opts) => {
        ran.push(file);
        return runProcess(file, args, opts);
      };
      const ctx = context(
        { runner: counting },
        { PATH: join(fx.dir, 'conda', 'bin') + ':' + join(fx.dir, 'broken', 'bin') },
      );
      const run = async () =>
        (
          await takeInventory(
            ctx,
            options({ cache: await ProbeCache.load(cacheDir), providers: ['path'] }),
          )
        ).interpreters;

      const first = await run();
      expect(ran.length).toBeGreaterThan(0);
      ran.length = 0;
      const second = await run();
      // The broken script is a script: never cached. The relocated interpreter is.
      expect(ran).toEqual([fx.paths.broken]);
      expect(second.map((e) => [e.path, e.kind, e.id])).toEqual(
        first.map((e) => [e.path, e.kind, e.id]),
      );

      // Touching the interpreter (the fixture's own copy) invalidates its entries.
      const real = byPath(first, fx.paths['conda.base']).realpath ?? '';
      const info = await stat(real);
      ran.length = 0;
      await utimes(real, info.atime, new Date(info.mtimeMs + 5000));
      try {
        await run();
        expect(ran.length).toBeGreaterThan(1);
      } finally {
        await utimes(real, info.atime, info.mtime);
      }
    } finally {
      await done();
    }
  });

  it('starts afresh from a corrupt cache file', async () => {
    const { dir: cacheDir, cleanup: done } = await tempDir('ig-cache-');
    try {
      await writeFile(
        join(cacheDir, 'probe-cache-v1.json'),
        '{"entries": {"/x": {"fingerprint": 1}}, garbage',
      );
      const cache = await ProbeCache.load(cacheDir);
      const entries = (
        await takeInventory(
          context({}, { PATH: join(fx.dir, 'venv', 'bin') }),
          options({ cache, providers: ['path'] }),
        )
      ).interpreters;
      expect(entries.every((e) => e.kind === 'venv')).toBe(true);
    } finally {
      await done();
    }
  });
});
