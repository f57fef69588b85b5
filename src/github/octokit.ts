// The one place the Action builds an Octokit: the runner's proxy settings (through @actions/github),
// retries of 5xx and timeouts, rate-limit throttling, and a time limit on every request attempt.
import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitSettings {
  token: string;
  /** GITHUB_API_URL (GitHub Enterprise Server serves the API elsewhere). */
  baseUrl: string;
  /** Per attempt: a request that hangs is cut off and, like a 5xx, tried again. */
  timeoutMs: number;
  /** Attempts after the first, for 5xx answers and timeouts (never for 4xx). */
  retries: number;
  /** The first retry waits this long, the next four times as long, and so on (plugin-retry's curve). */
  retryBaseMs: number;
  /** Octokit's own log lines (deprecations, rate-limit waits): details, not warnings. */
  debug(message: string): void;
}

export const OCTOKIT_DEFAULTS = { timeoutMs: 30_000, retries: 3, retryBaseMs: 1000 } as const;

/** Waits longer than this for a rate limit are not worth holding a job for. */
const MAX_RATE_LIMIT_WAIT_S = 60;

/**
 * @actions/github parses GITHUB_EVENT_PATH when its module loads, so it is loaded only here, when a
 * call is about to be made; a malformed event file then fails this one call with a one-line reason
 * instead of the whole process with a SyntaxError stack.
 */
export async function createOctokit(settings: OctokitSettings): Promise<Octokit> {
  const [{ getOctokit: build }, { retry }, { throttling }] = await loadModules();
  const timeout = (octokit: { hook: Octokit['hook'] }) => {
    // Registered before plugin-retry, so each attempt gets its own time limit.
    octokit.hook.wrap('request', (request, options) =>
      request({
        ...options,
        request: { ...options.request, signal: AbortSignal.timeout(settings.timeoutMs) },
      }),
    );
  };
  const withinLimit = (after: number, _options: unknown, _octokit: unknown, count: number) => {
    settings.debug(`GitHub rate limit: retry after ${after} s (attempt ${count + 1})`);
    return count < 2 && after <= MAX_RATE_LIMIT_WAIT_S;
  };
  return build(
    settings.token,
    {
      baseUrl: settings.baseUrl,
      log: {
        debug: () => {},
        info: () => {},
        warn: (m: string) => settings.debug(m),
        error: (m: string) => settings.debug(m),
      },
      retry: {
        retries: settings.retries,
        retryAfterBaseValue: settings.retryBaseMs,
        doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      },
      throttle: { onRateLimit: withinLimit, onSecondaryRateLimit: withinLimit },
    },
    timeout,
    retry,
    throttling,
  );
}

function loadModules() {
  return loadGitHubModule(() =>
    Promise.all([
      import('@actions/github'),
      import('@octokit/plugin-retry'),
      import('@octokit/plugin-throttling'),
    ]),
  );
}

/** Loads a module that may bring in @actions/github (its event-file parse included). */
export async function loadGitHubModule<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new EventFileError(error);
  }
}

/** The GitHub client could not load; the usual cause is an event file that is not JSON. */
export class EventFileError extends Error {
  constructor(cause: unknown) {
    const message = (cause as Error)?.message ?? String(cause);
    super(
      cause instanceof SyntaxError
        ? `the event file is not JSON: ${message.split('\n', 1)[0] ?? ''}`
        : `the GitHub client cannot load: ${message.split('\n', 1)[0] ?? ''}`,
    );
  }
}
