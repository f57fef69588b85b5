// The command line in tests: in process with captured output (a CliIo whose stdout and stderr are
// kept), and the shipped bundle dist/cli.js run as its own process.
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/io.js';
import { runProcess, type RunOptions } from '../../src/discovery/process-runner.js';

/** The committed bundle; tests that run it need `npm run build` after a change to src/. */
export const DIST_CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface Captured {
  io: CliIo;
  /** Everything written to standard output so far. */
  out(): string;
  /** Everything written to standard error so far. */
  err(): string;
}

/**
 * A CliIo for `main(args, io)` that keeps what is written: not a terminal, Linux, user `tester`,
 * 2 CPUs, empty standard input, and the home directory `cwd` unless `io` says otherwise.
 */
export function capturedCli(io: Partial<CliIo> & Pick<CliIo, 'cwd' | 'env'>): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      interactive: false,
      platform: 'linux',
      home: io.cwd,
      user: 'tester',
      cpus: 2,
      readStdin: () => Promise.resolve(''),
      ...io,
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

/** Runs `node dist/cli.js ARGS` to its end (killed after `timeoutMs`). */
export function runDistCli(args: string[], options: RunOptions) {
  return runProcess(process.execPath, [DIST_CLI, ...args], options);
}
