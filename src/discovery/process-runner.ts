// Runs one program with an argument array (never a shell), a timeout and capped output.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface RunOptions {
  env: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs: number;
  /** Bytes kept of each stream; the rest is dropped (the tail of stderr is kept). */
  maxOutputBytes?: number;
}

export type RunResult =
  | {
      kind: 'exited';
      code: number | null;
      signal: NodeJS.Signals | null;
      stdout: string;
      stderr: string;
    }
  | { kind: 'timeout'; stdout: string; stderr: string }
  | { kind: 'spawn-error'; code: string; message: string };

/** The last `count` lines of a process's output, for a short why; `separator` joins them. */
export function lastLines(text: string, count: number, separator = '\n'): string {
  return text.trim().split(/\r?\n/).slice(-count).join(separator).trim();
}

/** The seam discovery and tool runs take their processes through; tests may pass their own. */
export type ProcessRunner = (
  file: string,
  args: readonly string[],
  options: RunOptions,
) => Promise<RunResult>;

const DEFAULT_MAX_OUTPUT = 1024 * 1024;
/**
 * How long output is still read after the program itself exited: its group is killed then, but a
 * process that left the group (setsid) may hold the pipes open, and it is not waited for.
 */
export const EXIT_GRACE_MS = 250;

export const runProcess: ProcessRunner = (file, args, options) =>
  new Promise((resolve) => {
    const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    const stdout = new CappedBuffer(max, 'head');
    const stderr = new CappedBuffer(Math.min(max, 64 * 1024), 'tail');
    let settled = false;
    let grace: NodeJS.Timeout | undefined;
    const settle = (result: RunResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      // Nothing more is read: the pipes are let go even if a stray process still holds them.
      child?.stdout?.destroy();
      child?.stderr?.destroy();
      resolve(result);
    };

    let child: ChildProcessByStdio<null, Readable, Readable> | undefined;
    try {
      child = spawn(file, [...args], {
        env: options.env,
        cwd: options.cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: false,
        windowsHide: true,
        // Own process group (and session) on POSIX, so it can be ended with all it started.
        detached: process.platform !== 'win32',
      });
    } catch (error) {
      resolve(spawnError(error));
      return;
    }
    const pid = child.pid;
    if (pid !== undefined) {
      liveGroups.add(pid);
      if (!hooked) hookShutdown();
    }
    const timer = setTimeout(() => {
      killGroup(pid);
      settle({ kind: 'timeout', stdout: stdout.text(), stderr: stderr.text() });
    }, options.timeoutMs);

    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      killGroup(pid);
      settle(spawnError(error));
    });
    const exited = (code: number | null, signal: NodeJS.Signals | null) =>
      settle({ kind: 'exited', code, signal, stdout: stdout.text(), stderr: stderr.text() });
    child.on('exit', (code, signal) => {
      // The program is done: whatever it left running in its group goes with it. (On Windows
      // there is no group, and the program itself is gone.)
      if (process.platform === 'win32') liveGroups.delete(pid ?? -1);
      else killGroup(pid);
      // Output already in the pipes is still read; a pipe held open by a process outside the
      // group is given up after a short grace. setImmediate runs after the poll phase, so what
      // is waiting in the pipes when the timer fires is read first.
      grace = setTimeout(() => setImmediate(() => exited(code, signal)), EXIT_GRACE_MS);
    });
    child.on('close', exited);
  });

/** Process groups started here and not yet ended. */
const liveGroups = new Set<number>();
let hooked = false;

/** Ends a child's process group (the child alone on Windows) and forgets it. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  liveGroups.delete(pid);
  try {
    if (process.platform === 'win32') process.kill(pid, 'SIGKILL');
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * The children run in process groups of their own, so a Ctrl-C or a `kill` of this process does
 * not reach them: when this process exits, or is ended by a signal nobody else handles, the
 * groups still running are ended first.
 */
function hookShutdown(): void {
  hooked = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      killAll();
      // Whoever else listens decides what the signal does; alone, the default is restored and
      // the signal raised again, so the exit status still says which signal it was.
      if (process.listenerCount(signal) > 1) return;
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    // Taking over a signal someone else already handles is not ours to do.
    if (process.listenerCount(signal) === 0) process.on(signal, onSignal);
  }
}

function killAll(): void {
  for (const pid of [...liveGroups]) killGroup(pid);
}

function spawnError(error: unknown): RunResult {
  const err = error as NodeJS.ErrnoException;
  return {
    kind: 'spawn-error',
    code: err.code ?? 'UNKNOWN',
    message: err.message ?? String(error),
  };
}

class CappedBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  private dropped = false;

  constructor(
    private readonly max: number,
    private readonly keep: 'head' | 'tail',
  ) {}

  push(chunk: Buffer): void {
    if (this.keep === 'head' && this.size >= this.max) {
      this.dropped = true;
      return;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size <= this.max) return;
    this.dropped = true;
    const all = Buffer.concat(this.chunks);
    const kept =
      this.keep === 'head' ? all.subarray(0, this.max) : all.subarray(all.length - this.max);
    this.chunks = [kept];
    this.size = kept.length;
  }

  text(): string {
    const body = Buffer.concat(this.chunks).toString('utf8');
    if (!this.dropped) return body;
    return this.keep === 'head' ? `${body}\n[output truncated]` : `[output truncated]\n${body}`;
  }
}
