// Runs one program with an argument array (never a shell), a timeout and capped output.
import { spawn } from 'node:child_process';

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

/** The seam discovery and tool runs take their processes through; tests may pass their own. */
export type ProcessRunner = (
  file: string,
  args: readonly string[],
  options: RunOptions,
) => Promise<RunResult>;

const DEFAULT_MAX_OUTPUT = 1024 * 1024;

export const runProcess: ProcessRunner = (file, args, options) =>
  new Promise((resolve) => {
    const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    const stdout = new CappedBuffer(max, 'head');
    const stderr = new CappedBuffer(Math.min(max, 64 * 1024), 'tail');
    let settled = false;
    const settle = (result: RunResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };

    let child;
    try {
      child = spawn(file, [...args], {
        env: options.env,
        cwd: options.cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: false,
        windowsHide: true,
        // Own process group on POSIX, so a timeout can end the interpreter and anything it started.
        detached: process.platform !== 'win32',
      });
    } catch (error) {
      resolve(spawnError(error));
      return;
    }
    const timer = setTimeout(() => {
      killTree(child.pid);
      settle({ kind: 'timeout', stdout: stdout.text(), stderr: stderr.text() });
    }, options.timeoutMs);

    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => settle(spawnError(error)));
    child.on('close', (code, signal) =>
      settle({ kind: 'exited', code, signal, stdout: stdout.text(), stderr: stderr.text() }),
    );
  });

function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (process.platform === 'win32') process.kill(pid, 'SIGKILL');
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
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
