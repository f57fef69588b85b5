// Each classification rule on crafted facts. The same rules are checked on real layouts in
// test/discovery/inventory.test.ts.
import { describe, expect, it } from 'vitest';
import {
  classify,
  isExternallyManaged,
  type ClassifyContext,
  type ClassifyInput,
} from '../../src/core/inventory/classify.js';
import type { ProbeFacts } from '../../src/core/inventory/probe-output.js';

const STORE = '/nix/store';
const H = '0123456789abcdfghijklmnpqrsvwxyz';
const context: ClassifyContext = {
  os: 'linux',
  nixStoreDir: STORE,
  shimDirs: [{ manager: 'pyenv', dir: '/home/u/.pyenv/shims' }],
  versionDirs: [
    { manager: 'pyenv', dir: '/home/u/.pyenv/versions' },
    { manager: 'asdf', dir: '/home/u/.asdf/installs/python' },
  ],
  managedDirs: [{ manager: 'uv', dir: '/home/u/.local/share/uv/python' }],
  homebrewPrefixes: ['/opt/homebrew'],
};

function facts(over: Partial<ProbeFacts>): ProbeFacts {
  const prefix = over.prefix ?? '/usr';
  return {
    implementation: 'cpython',
    version: '3.12.8',
    arch: 'x86_64',
    pointerSize: 64,
    platform: 'linux',
    libc: { name: 'glibc', version: '2.36' },
    executable: '/usr/bin/python3',
    executableRealpath: '/usr/bin/python3.12',
    baseExecutable: '/usr/bin/python3',
    prefix,
    basePrefix: prefix,
    execPrefix: prefix,
    baseExecPrefix: prefix,
    prefixRealpath: prefix,
    basePrefixRealpath: prefix,
    realPrefix: null,
    pyvenvCfg: null,
    externallyManagedMarker: false,
    freeThreaded: false,
    debug: false,
    framework: null,
    condaMeta: false,
    condaBase: false,
    sitePackages: [],
    ...over,
  };
}

function input(over: Partial<ClassifyInput>): ClassifyInput {
  return {
    path: '/usr/bin/python3',
    realpath: '/usr/bin/python3.12',
    providers: ['path'],
    facts: facts({}),
    isScript: false,
    context,
    ...over,
  };
}

describe('classify', () => {
  it('calls a Microsoft Store alias a windows-store-shim, even when it cannot be run', () => {
    const c = classify(
      input({
        path: 'C:\\Users\\me\\AppData\\Local\\Microsoft\\WindowsApps\\python3.exe',
        facts: null,
        realpath: null,
      }),
    );
    expect(c.kind).toBe('windows-store-shim');
  });

  it('calls a file in a version manager shim directory a shim, naming the manager', () => {
    const c = classify(
      input({ path: '/home/u/.pyenv/shims/python3.12', isScript: true, facts: null }),
    );
    expect(c).toMatchObject({ kind: 'shim' });
    expect(c.why).toContain('pyenv');
  });

  it('recognises the legacy Nix withPackages env by prefix ≠ base_prefix without pyvenv.cfg', () => {
    const env = `${STORE}/${H}-python3-3.12.8-env`;
    const bare = `${STORE}/${H.replace('0', '1')}-python3-3.12.8`;
    const c = classify(
      input({
        facts: facts({
          prefix: env,
          prefixRealpath: env,
          basePrefix: bare,
          basePrefixRealpath: bare,
        }),
      }),
    );
    expect(c.kind).toBe('nix-env');
    expect(c.why).toContain('legacy');
  });

  it('recognises the current Nix env (prefix == base_prefix == the -env store path)', () => {
    const env = `${STORE}/${H}-python3-3.12.8-env`;
    const c = classify(input({ facts: facts({ prefix: env, prefixRealpath: env }) }));
    expect(c.kind).toBe('nix-env');
    expect(c.why).not.toContain('legacy');
  });

  it('recognises a current env reached through an out-link (prefix is ./result, its realpath the env)', () => {
    const env = `${STORE}/${H}-python3-3.12.8-env`;
    expect(
      classify(input({ facts: facts({ prefix: '/home/u/result', prefixRealpath: env }) })).kind,
    ).toBe('nix-env');
  });

  it('calls a bare store interpreter nix-store, and honours a custom store dir', () => {
    const py = `/tmp/store/${H}-python3-3.12.8`;
    expect(
      classify(
        input({
          facts: facts({ prefix: py, prefixRealpath: py }),
          context: { ...context, nixStoreDir: '/tmp/store' },
        }),
      ).kind,
    ).toBe('nix-store');
    expect(classify(input({ facts: facts({ prefix: py, prefixRealpath: py }) })).kind).toBe(
      'system',
    );
  });

  it('rejects store-looking paths whose hash uses letters outside nix-base32', () => {
    const py = `${STORE}/${'e'.repeat(32)}-python3-3.12.8`;
    expect(classify(input({ facts: facts({ prefix: py, prefixRealpath: py }) })).kind).toBe(
      'system',
    );
  });

  it('calls a PEP 405 environment a venv', () => {
    const c = classify(
      input({
        facts: facts({
          prefix: '/w/.venv',
          prefixRealpath: '/w/.venv',
          basePrefix: '/usr',
          pyvenvCfg: { path: '/w/.venv/pyvenv.cfg', home: '/usr/bin' },
        }),
      }),
    );
    expect(c.kind).toBe('venv');
  });

  it('calls a legacy virtualenv (sys.real_prefix) a venv', () => {
    expect(
      classify(
        input({ facts: facts({ prefix: '/w/env', basePrefix: '/usr', realPrefix: '/usr' }) }),
      ).kind,
    ).toBe('venv');
  });

  it('tells conda base from a conda env', () => {
    expect(
      classify(
        input({
          facts: facts({
            prefix: '/opt/conda',
            prefixRealpath: '/opt/conda',
            condaMeta: true,
            condaBase: true,
          }),
        }),
      ).kind,
    ).toBe('conda-base');
    expect(
      classify(
        input({
          facts: facts({
            prefix: '/opt/conda/envs/x',
            prefixRealpath: '/opt/conda/envs/x',
            condaMeta: true,
          }),
        }),
      ).kind,
    ).toBe('conda-env');
  });

  it('recognises uv-managed installs only under an installation-key directory', () => {
    const p = '/home/u/.local/share/uv/python/cpython-3.12.8-linux-x86_64-gnu';
    expect(classify(input({ facts: facts({ prefix: p, prefixRealpath: p }) })).kind).toBe(
      'uv-managed',
    );
    const odd = '/home/u/.local/share/uv/python/.cache';
    expect(classify(input({ facts: facts({ prefix: odd, prefixRealpath: odd }) })).kind).toBe(
      'system',
    );
  });

  it('names the version manager of a pyenv or asdf install', () => {
    const p = '/home/u/.asdf/installs/python/3.12.8';
    const c = classify(input({ facts: facts({ prefix: p, prefixRealpath: p }) }));
    expect(c).toMatchObject({ kind: 'pyenv' });
    expect(c.why).toContain('asdf');
  });

  it('recognises Homebrew kegs and macOS frameworks', () => {
    const keg = '/opt/homebrew/Cellar/python@3.12/3.12.8/Frameworks/Python.framework/Versions/3.12';
    expect(
      classify(input({ facts: facts({ prefix: keg, prefixRealpath: keg, framework: 'Python' }) }))
        .kind,
    ).toBe('homebrew');
    const fw = '/Library/Frameworks/Python.framework/Versions/3.12';
    expect(
      classify(input({ facts: facts({ prefix: fw, prefixRealpath: fw, framework: 'Python' }) }))
        .kind,
    ).toBe('framework');
  });

  it('calls PEP 514 registered installs registry', () => {
    const p = 'C:\\Python312';
    expect(
      classify(
        input({
          path: `${p}\\python.exe`,
          providers: ['windows-registry'],
          facts: facts({ prefix: p, prefixRealpath: p }),
        }),
      ).kind,
    ).toBe('registry');
  });

  it('calls an unknown script that launched another file a shim', () => {
    const c = classify(
      input({ path: '/opt/tools/python', realpath: '/opt/tools/python', isScript: true }),
    );
    expect(c.kind).toBe('shim');
  });

  it('does not pretend to know a venv look-alike outside the Nix store', () => {
    expect(classify(input({ facts: facts({ prefix: '/opt/odd', basePrefix: '/usr' }) })).kind).toBe(
      'unknown',
    );
  });

  it('falls back to system for a base interpreter, and unknown when nothing is known', () => {
    expect(classify(input({})).kind).toBe('system');
    expect(
      classify(input({ facts: null, path: '/opt/x/python3', realpath: '/opt/x/python3' })).kind,
    ).toBe('unknown');
  });

  it('classifies an unqueried store path by its location', () => {
    const env = `${STORE}/${H}-python3-3.12.8-env`;
    expect(
      classify(input({ facts: null, path: `${env}/bin/python3`, realpath: `${env}/bin/python3` }))
        .kind,
    ).toBe('nix-env');
  });

  it('counts the EXTERNALLY-MANAGED marker only outside a venv (PEP 668)', () => {
    expect(isExternallyManaged(facts({ externallyManagedMarker: true }))).toBe(true);
    expect(
      isExternallyManaged(
        facts({ externallyManagedMarker: true, prefix: '/v', basePrefix: '/usr' }),
      ),
    ).toBe(false);
    expect(isExternallyManaged(null)).toBe(false);
  });
});
