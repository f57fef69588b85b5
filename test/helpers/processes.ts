// Whether processes are still running, checked by PID: what the process-hygiene tests assert.
import { readFileSync } from 'node:fs';

/** Running (or stopped), not gone and not a zombie waiting to be reaped. */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 1) return false;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  // `pid (comm) S …`: the state follows the last ')' (comm may hold spaces and parentheses).
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state !== 'Z' && state !== 'X';
}

/** The PIDs still running after up to `ms` of waiting for them to go. */
export async function waitGone(pids: readonly number[], ms = 3000): Promise<number[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const left = pids.filter(isRunning);
    if (!left.length || Date.now() > deadline) return left;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Cleans up after a test: ends the PIDs that are still running. */
export function endAll(pids: readonly number[]): void {
  for (const pid of pids.filter(isRunning)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone meanwhile.
    }
  }
}
