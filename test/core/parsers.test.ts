import { describe, expect, it } from 'vitest';
import { stableHash, interpreterId } from '../../src/core/identity.js';
import { isPythonLikeName } from '../../src/core/inventory/names.js';
import { parseStorePath } from '../../src/core/inventory/nix-store.js';
import { isWithin } from '../../src/core/inventory/paths.js';
import { parseProbeOutput, PROBE_MARKER } from '../../src/core/inventory/probe-output.js';
import { parseReport } from '../../src/core/inventory/report.js';
import {
  parsePyListPaths,
  parseRegQuery,
  registryExecutable,
} from '../../src/core/inventory/windows-output.js';
import { PROBE_SCRIPT } from '../../src/discovery/probe-script.js';

describe('isPythonLikeName', () => {
  it.each([
    'python',
    'python3',
    'python3.12',
    'python3.13t',
    'python3.11d',
    'python3.6m',
    'python3.11-dbg',
    'pypy3',
    'pypy3.9',
    'graalpy',
  ])('accepts %s', (name) => expect(isPythonLikeName(name, 'linux')).toBe(true));
  it.each([
    'python3-config',
    'python3.11-config',
    'python3.11-gdb.py',
    'pypy3clean',
    'python-argcomplete-tcsh',
    'pythonw',
    'ipython',
  ])('rejects %s', (name) => expect(isPythonLikeName(name, 'linux')).toBe(false));
  it('wants .exe on Windows', () => {
    expect(isPythonLikeName('python.exe', 'windows')).toBe(true);
    expect(isPythonLikeName('python3.13t.exe', 'windows')).toBe(true);
    expect(isPythonLikeName('python_d.exe', 'windows')).toBe(true);
    expect(isPythonLikeName('python3', 'windows')).toBe(false);
    expect(isPythonLikeName('pythonw.exe', 'windows')).toBe(false);
  });
  it('stays fast on hostile names', () => {
    const start = performance.now();
    for (let i = 0; i < 1000; i++) isPythonLikeName(`python${'3'.repeat(5000)}x`, 'linux');
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('paths and store paths', () => {
  it('compares Windows paths case-insensitively and with either separator', () => {
    expect(isWithin('C:\\Users\\Me\\x\\python.exe', 'c:/users/me')).toBe(true);
    expect(isWithin('/usr/binary', '/usr/bin')).toBe(false);
    // UNC paths, raw or with forward slashes (as the diff's identity normalises them).
    expect(isWithin('\\\\Srv\\Share\\py\\python.exe', '\\\\srv\\share')).toBe(true);
    expect(isWithin('//Srv/Share/py/python.exe', '//srv/share')).toBe(true);
    expect(isWithin('//srv/shared/python.exe', '//srv/share')).toBe(false);
  });
  it('parses a store path below a trailing-slash store dir', () => {
    const h = 'x'.repeat(32);
    expect(parseStorePath(`/nix/store/${h}-python3-3.12.8-env/bin/python3`, '/nix/store/')).toEqual(
      {
        root: `/nix/store/${h}-python3-3.12.8-env`,
        hash: h,
        name: 'python3-3.12.8-env',
      },
    );
    expect(parseStorePath('/nix/store/short-python3', '/nix/store')).toBeNull();
  });
});

describe('identity', () => {
  it('is stable and separates prefixes', () => {
    expect(stableHash('abc')).toBe(stableHash('abc'));
    const a = interpreterId({
      implementation: 'cpython',
      version: '3.12.8',
      prefix: '/usr',
      basePrefix: '/usr',
      executableRealpath: '/usr/bin/python3.12',
    });
    const b = interpreterId({
      implementation: 'cpython',
      version: '3.12.8',
      prefix: '/v',
      basePrefix: '/usr',
      executableRealpath: '/usr/bin/python3.12',
    });
    // Same prefix and binary, different base prefix: a Nix env's bin/python next to its bin/python3.X.
    const c = interpreterId({
      implementation: 'cpython',
      version: '3.12.8',
      prefix: '/v',
      basePrefix: '/v',
      executableRealpath: '/usr/bin/python3.12',
    });
    expect(a).not.toBe(b);
    expect(b).not.toBe(c);
    expect(a).toMatch(/^py-[0-9a-f]{12}$/);
  });
});

describe('parseProbeOutput', () => {
  it('shares its marker with the embedded script', () => {
    expect(PROBE_SCRIPT).toContain(PROBE_MARKER);
  });
  it('skips noise printed before the marker and names a bad field', () => {
    expect(parseProbeOutput('hello from sitecustomize\n')).toMatchObject({ ok: false });
    const bad = parseProbeOutput(`${PROBE_MARKER}{"implementation": 3}\n`);
    expect(bad).toMatchObject({ ok: false });
    expect(bad.ok ? '' : bad.detail).toContain('"implementation"');
    expect(parseProbeOutput(`${PROBE_MARKER}{not json`)).toMatchObject({
      ok: false,
      detail: expect.stringContaining('not JSON'),
    });
  });
});

describe('parseReport', () => {
  it('names the offending field of an invalid report', () => {
    const result = parseReport({
      schema: 'interpreter-guard/report@1',
      generator: { name: 'interpreter-guard', version: '1' },
      generatedAt: 'x',
      runner: { os: 'linux', arch: 'x', release: '', leg: null, nixStoreDir: '/nix/store' },
      interpreters: [{ id: 'a' }],
    });
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? '' : result.error).toMatch(/field "interpreters\.0\.\w+"/);
  });
});

// Recorded on Windows 11 with python.org 3.12 (per user) and Anaconda (all users).
const REG_QUERY = [
  '',
  'HKEY_CURRENT_USER\\Software\\Python\\PythonCore',
  '    DisplayName    REG_SZ    Python Software Foundation',
  '',
  'HKEY_CURRENT_USER\\Software\\Python\\PythonCore\\3.12',
  '    DisplayName    REG_SZ    Python 3.12 (64-bit)',
  '    SysVersion    REG_SZ    3.12',
  '',
  'HKEY_CURRENT_USER\\Software\\Python\\PythonCore\\3.12\\InstallPath',
  '    (Default)    REG_SZ    C:\\Users\\me\\AppData\\Local\\Programs\\Python\\Python312\\',
  '    ExecutablePath    REG_SZ    C:\\Users\\me\\AppData\\Local\\Programs\\Python\\Python312\\python.exe',
  '    WindowedExecutablePath    REG_SZ    C:\\Users\\me\\AppData\\Local\\Programs\\Python\\Python312\\pythonw.exe',
  '',
  'HKEY_LOCAL_MACHINE\\Software\\Python\\ContinuumAnalytics\\Anaconda39-64\\InstallPath',
  '    (Default)    REG_SZ    C:\\ProgramData\\Anaconda3',
  '',
].join('\r\n');

describe('Windows command outputs', () => {
  it('reads PEP 514 installs from reg query', () => {
    const installs = parseRegQuery(REG_QUERY);
    expect(installs.map(registryExecutable)).toEqual([
      'C:\\Users\\me\\AppData\\Local\\Programs\\Python\\Python312\\python.exe',
      'C:\\ProgramData\\Anaconda3\\python.exe',
    ]);
    expect(installs[1]).toMatchObject({ company: 'ContinuumAnalytics', tag: 'Anaconda39-64' });
  });
  it('reads py --list-paths in both launcher formats', () => {
    const modern =
      ' -V:3.13 *        C:\\Python313\\python.exe\r\n -V:3.12          C:\\Python312\\python.exe\r\n';
    expect(parsePyListPaths(modern)).toEqual([
      { tag: '3.13', path: 'C:\\Python313\\python.exe', isDefault: true },
      { tag: '3.12', path: 'C:\\Python312\\python.exe', isDefault: false },
    ]);
    const old =
      'Installed Pythons found by py Launcher for Windows\n -3.9-64        C:\\Python39\\python.exe *\n';
    expect(parsePyListPaths(old)).toEqual([
      { tag: '3.9-64', path: 'C:\\Python39\\python.exe', isDefault: true },
    ]);
  });
});
