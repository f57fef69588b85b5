// The app's own settings, read once from the environment next to Probot's (APP_ID, PORT, …).
import * as z from 'zod/mini';

export interface AppSettings {
  /** How long a repository's .github/interpreter-guard.yml is reused before it is read again. */
  configCacheMs: number;
  /** Each attempt of a GitHub request is cut off after this long (and counts as a 5xx). */
  requestTimeoutMs: number;
  /** How often failed deliveries are looked for and redelivered (0: never, not even at start). */
  redeliverEveryMs: number;
}

export const DEFAULT_SETTINGS: AppSettings = {
  configCacheMs: 60_000,
  requestTimeoutMs: 30_000,
  redeliverEveryMs: 5 * 60_000,
};

const WholeSeconds = z.coerce.number().check(z.int(), z.minimum(0), z.maximum(86_400));
const Seconds = z.coerce.number().check(z.minimum(0.1), z.maximum(3600));

/** Throws an error naming the variable when one is set to something unusable. */
export function readAppSettings(env: Record<string, string | undefined>): AppSettings {
  return {
    configCacheMs: read(
      env,
      'CONFIG_CACHE_SECONDS',
      WholeSeconds,
      'a whole number of seconds from 0 to 86400',
      DEFAULT_SETTINGS.configCacheMs,
    ),
    requestTimeoutMs: read(
      env,
      'REQUEST_TIMEOUT_SECONDS',
      Seconds,
      'a number of seconds from 0.1 to 3600',
      DEFAULT_SETTINGS.requestTimeoutMs,
    ),
    redeliverEveryMs: read(
      env,
      'REDELIVER_EVERY_SECONDS',
      WholeSeconds,
      'a whole number of seconds from 0 to 86400',
      DEFAULT_SETTINGS.redeliverEveryMs,
    ),
  };
}

function read(
  env: Record<string, string | undefined>,
  name: string,
  schema: typeof Seconds,
  expected: string,
  fallbackMs: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallbackMs;
  const seconds = schema.safeParse(raw.trim());
  if (!seconds.success) throw new Error(`${name} must be ${expected}, not ${JSON.stringify(raw)}`);
  return Math.round(seconds.data * 1000);
}
