// The CLI's view of the outside world, so commands can be run in tests with captured output.
import { availableParallelism, homedir, userInfo } from 'node:os';
import type { Readable } from 'node:stream';
import { UsageError } from './usage.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: progress is shown then. */
  interactive: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  platform: NodeJS.Platform;
  home: string;
  user: string;
  cpus: number;
  readStdin: () => Promise<string>;
}

export function processIo(): CliIo {
  endOnWriteError(process.stdout, 'standard output');
  endOnWriteError(process.stderr, null);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: !!process.stderr.isTTY,
    env: process.env,
    cwd: process.cwd(),
    platform: process.platform,
    home: process.env.HOME ?? process.env.USERPROFILE ?? homedir(),
    user: process.env.USER ?? process.env.USERNAME ?? safeUser(),
    cpus: availableParallelism(),
    readStdin,
  };
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/**
 * Output that cannot be written — the reader went away (EPIPE), the disk is full (ENOSPC) — ends
 * the command at once with one line and exit code 1, never a stack trace. Nothing is said when
 * it is standard error itself that fails.
 */
function endOnWriteError(stream: NodeJS.WriteStream, name: string | null): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (name) {
      const why = WRITE_ERRORS[error.code ?? ''] ?? error.message;
      process.stderr.write(`interpreter-guard: cannot write to ${name}: ${why}\n`);
    }
    process.exit(1);
  });
}

const WRITE_ERRORS: Record<string, string> = {
  EPIPE: 'the reader closed it (EPIPE)',
  ENOSPC: 'no space left on the device (ENOSPC)',
};

/** Input over this is refused, wherever it comes from (GitHub caps an issue body far below). */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

/**
 * Reads a stream whole — a regular file, a pipe, a device, standard input alike — and refuses it
 * as soon as it is over MAX_INPUT_BYTES, so an endless one (`/dev/zero`) ends too. The stream is
 * closed either way.
 */
export async function readCapped(stream: Readable, what: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > MAX_INPUT_BYTES)
        throw new UsageError(`${what} is over the input limit of 25 MB (${MAX_INPUT_BYTES} bytes)`);
      chunks.push(buffer);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).toString('utf8');
}

function readStdin(): Promise<string> {
  return readCapped(process.stdin, 'standard input');
}
