// The app's own settings, read once from the environment next to Probot's (APP_ID, PORT, …).
import * as z from 'zod/mini';

export interface AppSettings {
  /** How long a repository's .github/interpreter-guard.yml is reused before it is read again. */
  configCacheMs: number;
}

export const DEFAULT_SETTINGS: AppSettings = { configCacheMs: 60_000 };

const Seconds = z.coerce.number().check(z.int(), z.minimum(0), z.maximum(86_400));

/** Throws an error naming the variable when one is set to something unusable. */
export function readAppSettings(env: Record<string, string | undefined>): AppSettings {
  const raw = env.CONFIG_CACHE_SECONDS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_SETTINGS;
  const seconds = Seconds.safeParse(raw.trim());
  if (!seconds.success)
    throw new Error(
      `CONFIG_CACHE_SECONDS must be a whole number of seconds from 0 to 86400, not ${JSON.stringify(raw)}`,
    );
  return { configCacheMs: seconds.data * 1000 };
}
