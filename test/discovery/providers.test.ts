// Providers on fake trees holding real (relocated) interpreters, and the Windows providers on
// recorded command outputs.
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterpreterEntry, ProviderName } from '../../src/core/model.js';
import { ProbeCache } from '../../src/discovery/cache.js';
import type { DiscoveryContext } from '../../src/discovery/context.js';
import { takeInventory } from '../../src/discovery/inventory.js';
import { runProcess, type ProcessRunner } from '../../src/discovery/process-runner.js';
import type { BasePython } from '../../src/fixtures/base-python.js';
import { makeVenv } from '../../src/fixtures/nix-emulation.js';
import { relocateInterpreter } from '../../src/fixtures/relocate.js';
import { basePython, tempDir, testContext } from '../helpers/fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
let base: BasePython;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('ig-providers-'));
  base = await basePython();
});
afterAll(() => cleanup());

async function inventory(
  provider: ProviderName,
  env: NodeJS.ProcessEnv,
  over: Partial<DiscoveryContext> = {},
): Promise<InterpreterEntry[]> {
  const ctx = testContext(join(dir, 'home'), dir, { env: { PATH: '', ...env }, ...over });
  const result = await takeInventory(ctx, {
    cache: ProbeCache.disabled(),
    timeoutMs: 10_000,
    concurrency: 2,
    providers: [provider],
  });
  return result.interpreters;
}

const kinds = (entries: InterpreterEntry[]) => [...new Set(entries.map((e) => e.kind))];

describe('version managers and managed installs', () => {
  it('finds uv-managed installs under UV_PYTHON_INSTALL_DIR', async () => {
    const root = join(dir, 'uv-python');
    await relocateInterpreter(base, join(root, `cpython-${base.version}-linux-x86_64-gnu`));
    const entries = await inventory('uv-managed', { UV_PYTHON_INSTALL_DIR: root });
    expect(entries.length).toBe(3);
    expect(kinds(entries)).toEqual(['uv-managed']);
    expect(entries[0]?.why).toContain(`cpython-${base.version}-linux-x86_64-gnu`);
  });

  it('finds asdf and mise installs and names the manager', async () => {
    const asdf = join(dir, 'asdf');
    await relocateInterpreter(base, join(asdf, 'installs', 'python', base.version));
    const asdfEntries = await inventory('asdf', { ASDF_DATA_DIR: asdf });
    expect(kinds(asdfEntries)).toEqual(['pyenv']);
    expect(asdfEntries[0]?.why).toMatch(/^asdf-installed/);

    const mise = join(dir, 'mise');
    await relocateInterpreter(base, join(mise, 'installs', 'python', base.version));
    const miseEntries = await inventory('mise', { MISE_DATA_DIR: mise });
    expect(miseEntries[0]?.why).toMatch(/^mise-installed/);
  });

  it('finds rye toolchains in both layouts', async () => {
    const rye = join(dir, 'rye');
    await relocateInterpreter(base, join(rye, 'py', `cpython@${base.version}`, 'install'));
    const entries = await inventory('rye', { RYE_HOME: rye });
    expect(entries.length).toBe(3);
    expect(kinds(entries)).toEqual(['uv-managed']);
    expect(entries[0]?.why).toContain('rye-managed');
  });
});

describe('activated and nearby environments', () => {
  let venv: string;
  beforeAll(async () => {
    venv = join(dir, 'project', '.venv');
    await makeVenv(base.path, venv);
    await mkdir(join(dir, 'project', 'src', 'deep'), { recursive: true });
  });

  it('finds VIRTUAL_ENV', async () => {
    const entries = await inventory('virtual-env', { VIRTUAL_ENV: venv });
    expect(entries.map((e) => e.path)).toContain(join(venv, 'bin', 'python'));
    expect(kinds(entries)).toEqual(['venv']);
  });

  it('finds the nearest .venv from a subdirectory', async () => {
    const entries = await inventory('dot-venv', {}, { cwd: join(dir, 'project', 'src', 'deep') });
    expect(entries.map((e) => e.path)).toContain(join(venv, 'bin', 'python'));
  });

  it('finds CONDA_PREFIX and environments conda recorded in ~/.conda/environments.txt', async () => {
    const env = join(dir, 'somewhere', 'condaenv');
    await relocateInterpreter(base, env);
    await mkdir(join(env, 'conda-meta'), { recursive: true });
    expect(kinds(await inventory('conda-prefix', { CONDA_PREFIX: env }))).toEqual(['conda-env']);

    await mkdir(join(dir, 'home', '.conda'), { recursive: true });
    await writeFile(
      join(dir, 'home', '.conda', 'environments.txt'),
      `# written by conda\n${env}\n`,
    );
    const listed = await inventory('conda', {});
    expect(listed.map((e) => e.path)).toContain(join(env, 'bin', 'python3'));
  });
});

describe('Homebrew and macOS frameworks', () => {
  it('finds Homebrew kegs and the links brew puts in <prefix>/bin', async () => {
    const brew = join(dir, 'brew');
    const keg = join(brew, 'Cellar', `python@${base.minor}`, base.version);
    await relocateInterpreter(base, keg);
    await mkdir(join(brew, 'bin'), { recursive: true });
    await symlink(
      join(keg, 'bin', `python${base.minor}`),
      join(brew, 'bin', `python${base.minor}`),
    );
    const entries = await inventory('homebrew', { HOMEBREW_PREFIX: brew });
    expect(entries.map((e) => e.path)).toContain(join(brew, 'bin', `python${base.minor}`));
    expect(kinds(entries)).toEqual(['homebrew']);
  });

  it('finds framework builds under ~/Library/Frameworks on macOS only', async () => {
    const fw = join(
      dir,
      'home',
      'Library',
      'Frameworks',
      'Python.framework',
      'Versions',
      base.minor,
    );
    await relocateInterpreter(base, fw);
    await symlink(
      base.minor,
      join(dir, 'home', 'Library', 'Frameworks', 'Python.framework', 'Versions', 'Current'),
    );
    const entries = await inventory('macos-framework', {}, { os: 'macos' });
    expect(entries.length).toBe(3);
    expect(entries.every((e) => !e.path.includes('/Current/'))).toBe(true);
    expect(kinds(entries)).toEqual(['framework']);
    expect(await inventory('macos-framework', {}, { os: 'linux' })).toEqual([]);
  });
});

describe('Windows providers', () => {
  const REG = [
    'HKEY_CURRENT_USER\\Software\\Python\\PythonCore\\3.12\\InstallPath',
    '    (Default)    REG_SZ    C:\\Users\\me\\AppData\\Local\\Programs\\Python\\Python312\\',
    '    ExecutablePath    REG_SZ    C:\\Users\\me\\AppData\\Local\\Programs\\Python\\Python312\\python.exe',
    '',
  ].join('\r\n');
  const recorded: ProcessRunner = async (file, args, options) => {
    if (file === 'reg') {
      return args[1] === 'HKCU\\Software\\Python'
        ? { kind: 'exited', code: 0, signal: null, stdout: REG, stderr: '' }
        : {
            kind: 'exited',
            code: 1,
            signal: null,
            stdout: '',
            stderr: 'ERROR: The system was unable to find the specified registry key or value.',
          };
    }
    if (file === 'py')
      return {
        kind: 'exited',
        code: 0,
        signal: null,
        stdout: ' -V:3.13 *        C:\\Python313\\python.exe\r\n',
        stderr: '',
      };
    return runProcess(file, args, options);
  };

  it('lists PEP 514 registry installs as registry entries', async () => {
    const entries = await inventory('windows-registry', {}, { os: 'windows', runner: recorded });
    expect(entries.map((e) => e.path)).toEqual([
      'C:\\Users\\me\\AppData\\Local\\Programs\\Python\\Python312\\python.exe',
    ]);
    expect(entries[0]).toMatchObject({ kind: 'registry', providers: ['windows-registry'] });
  });

  it('lists py launcher paths', async () => {
    const entries = await inventory('py-launcher', {}, { os: 'windows', runner: recorded });
    expect(entries.map((e) => [e.path, e.kind])).toEqual([
      ['C:\\Python313\\python.exe', 'registry'],
    ]);
  });

  it('lists Microsoft Store aliases as windows-store-shim', async () => {
    const apps = join(dir, 'local', 'Microsoft', 'WindowsApps');
    await mkdir(apps, { recursive: true });
    for (const name of ['python.exe', 'python3.exe', 'python3.12.exe', 'winget.exe']) {
      await writeFile(join(apps, name), '');
      await chmod(join(apps, name), 0o644);
    }
    const entries = await inventory(
      'windows-store',
      { LOCALAPPDATA: join(dir, 'local') },
      { os: 'windows' },
    );
    expect(entries.map((e) => e.path.slice(apps.length + 1))).toEqual([
      'python.exe',
      'python3.12.exe',
      'python3.exe',
    ]);
    expect(kinds(entries)).toEqual(['windows-store-shim']);
    expect(entries.every((e) => e.error !== null)).toBe(true);
  });

  it('skips Windows providers on Linux', async () => {
    expect(await inventory('windows-registry', {}, { runner: recorded })).toEqual([]);
  });
});
