import { describe, expect, it } from 'vitest';
import { runProcess } from '../../src/discovery/process-runner.js';

const env = { PATH: '/usr/bin:/bin' };

describe('runProcess', () => {
  it('passes arguments as an array, never through a shell', async () => {
    const result = await runProcess('/bin/echo', ['$HOME', '; rm -rf /', '`id`'], {
      env,
      timeoutMs: 5000,
    });
    expect(result).toMatchObject({ kind: 'exited', code: 0, stdout: '$HOME ; rm -rf / `id`\n' });
  });

  it('kills the whole process group on timeout', async () => {
    const start = Date.now();
    // The shell starts a child that would outlive it and keep the output pipe open.
    const marker = `31.${process.pid}`;
    const result = await runProcess('/bin/sh', ['-c', `sleep ${marker} & sleep ${marker}`], {
      env,
      timeoutMs: 300,
    });
    expect(result.kind).toBe('timeout');
    expect(Date.now() - start).toBeLessThan(5000);
    await new Promise((r) => setTimeout(r, 200));
    const left = await runProcess('/usr/bin/pgrep', ['-f', `sleep ${marker}`], {
      env,
      timeoutMs: 5000,
    });
    expect(left).toMatchObject({ kind: 'exited', code: 1, stdout: '' });
  });

  it('reports a missing program as a spawn error', async () => {
    expect(await runProcess('/nonexistent/python3', [], { env, timeoutMs: 1000 })).toMatchObject({
      kind: 'spawn-error',
      code: 'ENOENT',
    });
  });

  it('caps what it keeps of the output', async () => {
    const result = await runProcess(
      '/bin/sh',
      ['-c', 'head -c 300000 /dev/zero | tr "\\0" a; echo err >&2'],
      { env, timeoutMs: 5000, maxOutputBytes: 1000 },
    );
    expect(result.kind).toBe('exited');
    if (result.kind !== 'exited') return;
    expect(result.stdout.length).toBeLessThan(1100);
    expect(result.stdout).toContain('[output truncated]');
    expect(result.stderr).toBe('err\n');
  });
});
