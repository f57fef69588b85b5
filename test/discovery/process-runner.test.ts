import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_GRACE_MS, runProcess } from '../../src/discovery/process-runner.js';
import { tempDir } from '../helpers/fixtures.js';
import { endAll, isRunning, waitGone } from '../helpers/processes.js';

const env = { PATH: '/usr/bin:/bin' };

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('ig-runner-'));
});
afterAll(() => cleanup());

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

  it('ends what the program left running in its group when it exits', async () => {
    const result = await runProcess(
      '/bin/sh',
      ['-c', 'sleep 200 </dev/null >/dev/null 2>&1 & echo $!'],
      { env, timeoutMs: 20_000 },
    );
    expect(result).toMatchObject({ kind: 'exited', code: 0 });
    if (result.kind !== 'exited') return;
    const pid = Number(result.stdout.trim());
    expect(pid).toBeGreaterThan(1);
    expect(await waitGone([pid])).toEqual([]);
  });

  it('answers "exit code 1" at once when a background child keeps the output pipe open', async () => {
    const start = Date.now();
    const result = await runProcess('/bin/sh', ['-c', 'sleep 200 & echo $!; exit 1'], {
      env,
      timeoutMs: 20_000,
    });
    expect(result).toMatchObject({ kind: 'exited', code: 1 });
    expect(Date.now() - start).toBeLessThan(5000);
    if (result.kind !== 'exited') return;
    expect(await waitGone([Number(result.stdout.trim())])).toEqual([]);
  });

  it('stops reading shortly after the exit when a process outside the group holds the pipe', async () => {
    // setsid puts the sleep in a session of its own: the group kill cannot reach it, so only
    // the grace ends the wait. The shell waits until it has left the group; the test ends it.
    const started = join(dir, 'escaped');
    const start = Date.now();
    const result = await runProcess(
      '/bin/sh',
      [
        '-c',
        `setsid sh -c 'echo $$ > "$0"; exec sleep 200' "$0" &
         while [ ! -s "$0" ]; do sleep 0.01; done; cat "$0"; echo bye >&2; exit 3`,
        started,
      ],
      { env, timeoutMs: 20_000 },
    );
    const elapsed = Date.now() - start;
    const escaped = result.kind === 'exited' ? Number(result.stdout.trim()) : NaN;
    try {
      expect(result).toMatchObject({ kind: 'exited', code: 3, stderr: 'bye\n' });
      expect(elapsed).toBeGreaterThanOrEqual(EXIT_GRACE_MS - 20);
      expect(elapsed).toBeLessThan(5000);
      expect(isRunning(escaped)).toBe(true);
    } finally {
      endAll([escaped]);
    }
  });

  it('ends the running groups when the process that started them is ended by a signal', async () => {
    // A separate Node process runs a program that starts a background child and waits; that
    // process is then ended with SIGTERM, as a CI cancellation would end it.
    const pidFile = join(dir, 'pids');
    const entry = join(dir, 'starter.ts');
    const runner = fileURLToPath(new URL('../../src/discovery/process-runner.ts', import.meta.url));
    await writeFile(
      entry,
      `import { runProcess } from ${JSON.stringify(runner)};
void runProcess('/bin/sh', ['-c', 'sleep 200 & echo $$ $! > ${pidFile}; wait'], {
  env: { PATH: '/usr/bin:/bin' },
  timeoutMs: 60_000,
});
`,
    );
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: join(dir, 'starter.mjs'),
      logLevel: 'silent',
    });
    const starter = spawn(process.execPath, [join(dir, 'starter.mjs')], { stdio: 'ignore' });
    const ended = new Promise<NodeJS.Signals | null>((r) => starter.on('exit', (_c, s) => r(s)));
    let pids: number[] = [];
    try {
      for (let i = 0; i < 100 && pids.length < 2; i++) {
        await new Promise((r) => setTimeout(r, 50));
        pids = (await readFile(pidFile, 'utf8').catch(() => '')).trim().split(' ').map(Number);
        if (pids.some((p) => !Number.isInteger(p) || p <= 1)) pids = [];
      }
      expect(pids).toHaveLength(2);
      expect(pids.every(isRunning)).toBe(true);
      starter.kill('SIGTERM');
      // The signal still ends the starter as a signal does, and its children go with it.
      expect(await ended).toBe('SIGTERM');
      expect(await waitGone(pids)).toEqual([]);
    } finally {
      starter.kill('SIGKILL');
      endAll(pids);
    }
  });
});
