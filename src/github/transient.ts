// Idempotent work run again when GitHub failed it for a passing reason, after Octokit's own
// per-request retries gave up: the triage of a thread converges, so running it again is safe.
import pRetry from 'p-retry';
import { statusOf } from './port.js';

export interface AgainOptions {
  /** Runs after the first one (0: none). */
  retries: number;
  /** Wait before the first rerun; later ones wait twice as long each time. */
  delayMs: number;
  onRetry(message: string): void;
}

/** 5xx (the fetch failures Octokit reports as 500 included) and 429; not 4xx answers. */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  return status !== null && (status >= 500 || status === 429);
}

export function againOnTransient<T>(work: () => Promise<T>, options: AgainOptions): Promise<T> {
  return pRetry(work, {
    retries: options.retries,
    minTimeout: options.delayMs,
    factor: 2,
    randomize: false,
    shouldRetry: ({ error }) => isTransient(error),
    onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
      if (retriesLeft > 0 && isTransient(error))
        options.onRetry(
          `attempt ${attemptNumber} failed (HTTP ${statusOf(error)}: ${error.message.slice(0, 200)}); running the triage again`,
        );
    },
  });
}
