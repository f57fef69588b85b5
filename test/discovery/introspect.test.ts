// The embedded probe on the real interpreters of this machine.
import { describe, expect, it } from 'vitest';
import { introspect, outcomeOf, scrubEnvironment } from '../../src/discovery/introspect.js';
import { runProcess } from '../../src/discovery/process-runner.js';
import {
  SYSTEM_PATH,
  debugBuildOf,
  lacking,
  python27,
  systemPython,
  systemTool,
} from '../helpers/machine.js';

const options = { runner: runProcess, env: { PATH: SYSTEM_PATH }, cwd: '/', timeoutMs: 20_000 };
const system = systemPython();
const pypy = systemTool('pypy3');
const debug = debugBuildOf(system);
const py27 = python27();

describe('introspect', () => {
  it.skipIf(!pypy)(`reads PyPy${lacking(pypy ? null : `pypy3 in ${SYSTEM_PATH}`)}`, async () => {
    const outcome = await introspect(pypy ?? '', options);
    expect(outcome.error).toBeNull();
    expect(outcome.facts).toMatchObject({
      implementation: 'pypy',
      prefix: '/usr',
      debug: false,
      freeThreaded: false,
    });
    expect(outcome.facts?.version).toMatch(/^3\.\d+\.\d+$/);
  });

  it('reads the system python3 as the interpreter itself reports it', async () => {
    const outcome = await introspect(system.path, options);
    expect(outcome.error).toBeNull();
    expect(outcome.facts).toMatchObject({
      implementation: 'cpython',
      version: system.version,
      debug: false,
      externallyManagedMarker: true,
    });
  });

  it.skipIf(!debug)(
    `reads a debug build${lacking(debug ? null : `python${system.minor}d (the python3-dbg package)`)}`,
    async () => {
      const outcome = await introspect(debug ?? '', options);
      expect(outcome.facts).toMatchObject({
        debug: true,
        version: system.version,
        externallyManagedMarker: true,
      });
    },
  );

  // No current distribution ships Python 2.7 and none can be built here: the test runs where one
  // exists (python2.7 on PATH, or a pyenv build) and says so where it does not.
  it.skipIf(!py27)(
    `runs on Python 2.7${lacking(py27 ? null : 'a CPython 2.7 (python2.7 on PATH or in pyenv)')}`,
    async () => {
      const outcome = await introspect(py27?.path ?? '', options);
      expect(outcome.error).toBeNull();
      expect(outcome.facts).toMatchObject({
        implementation: 'cpython',
        version: py27?.version,
        baseExecutable: null,
      });
    },
  );

  it('is not fooled by PYTHONPATH or PYTHONHOME in the caller environment', async () => {
    const env = scrubEnvironment({
      PATH: SYSTEM_PATH,
      PYTHONHOME: '/nonexistent',
      PYTHONPATH: '/evil',
      NIX_PYTHONPREFIX: '/fake',
    });
    expect(Object.keys(env)).toEqual(['PATH']);
    expect((await introspect(system.path, { ...options, env })).facts?.prefix).toBe('/usr');
  });

  it('maps every way of failing to an error kind', () => {
    expect(
      outcomeOf({ kind: 'spawn-error', code: 'EACCES', message: 'denied' }, 1).error?.kind,
    ).toBe('not-executable');
    expect(outcomeOf({ kind: 'spawn-error', code: 'ENOEXEC', message: 'x' }, 1).error?.kind).toBe(
      'not-executable',
    );
    expect(outcomeOf({ kind: 'spawn-error', code: 'ELOOP', message: 'x' }, 1).error).toMatchObject({
      kind: 'spawn',
      detail: expect.stringContaining('symlink loop'),
    });
    expect(outcomeOf({ kind: 'timeout', stdout: '', stderr: '' }, 10).error).toMatchObject({
      kind: 'timeout',
      detail: expect.stringContaining('10 ms'),
    });
    expect(
      outcomeOf({ kind: 'exited', code: null, signal: 'SIGSEGV', stdout: '', stderr: '' }, 1).error
        ?.detail,
    ).toBe('killed by SIGSEGV');
    expect(
      outcomeOf({ kind: 'exited', code: 0, signal: null, stdout: 'Python 3.12.0\n', stderr: '' }, 1)
        .error?.kind,
    ).toBe('invalid-output');
  });
});
