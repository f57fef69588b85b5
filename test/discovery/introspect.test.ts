// The embedded probe on the real interpreters of this machine.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { introspect, outcomeOf, scrubEnvironment } from '../../src/discovery/introspect.js';
import { runProcess } from '../../src/discovery/process-runner.js';

const options = { runner: runProcess, env: { PATH: '/usr/bin:/bin' }, cwd: '/', timeoutMs: 20_000 };
const pyenv27 = join(
  process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'),
  'versions',
  '2.7.18',
  'bin',
  'python2.7',
);

describe('introspect', () => {
  it('reads PyPy', async () => {
    const outcome = await introspect('/usr/bin/pypy3', options);
    expect(outcome.error).toBeNull();
    expect(outcome.facts).toMatchObject({
      implementation: 'pypy',
      prefix: '/usr',
      debug: false,
      freeThreaded: false,
    });
    expect(outcome.facts?.version).toMatch(/^3\.\d+\.\d+$/);
  });

  it('reads a debug build', async () => {
    const outcome = await introspect('/usr/bin/python3.11d', options);
    expect(outcome.facts).toMatchObject({ debug: true, externallyManagedMarker: true });
  });

  // pyenv's 2.7 is on this image but not promised by CI: the test runs where it exists.
  it.runIf(existsSync(pyenv27))('runs on Python 2.7', async () => {
    const outcome = await introspect(pyenv27, options);
    expect(outcome.error).toBeNull();
    expect(outcome.facts).toMatchObject({
      implementation: 'cpython',
      version: '2.7.18',
      baseExecutable: null,
    });
  });

  it('is not fooled by PYTHONPATH or PYTHONHOME in the caller environment', async () => {
    const env = scrubEnvironment({
      PATH: '/usr/bin:/bin',
      PYTHONHOME: '/nonexistent',
      PYTHONPATH: '/evil',
      NIX_PYTHONPREFIX: '/fake',
    });
    expect(Object.keys(env)).toEqual(['PATH']);
    expect((await introspect('/usr/bin/python3', { ...options, env })).facts?.prefix).toBe('/usr');
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
