// Every GitHub call of the report, comment and check paths goes through `call`: a failure is
// classified by its status and said in one line (its stack only in the debug log), and the caller
// gets null. Reporting never fails the job; only the verdict does.
import { firstLineOf } from '../core/schema-error.js';
import { statusOf } from '../github/port.js';
import {
  createOctokit,
  EventFileError,
  OCTOKIT_DEFAULTS,
  type Octokit,
  type OctokitSettings,
} from '../github/octokit.js';
import type { ActionIo } from './io.js';

export interface CallWords {
  /** Why, for a 403 (the token lacks a permission) or a 404 (often the same, said by GitHub). */
  forbidden?: string;
  /** Said after the reason, e.g. where the report can be read instead. */
  then?: string;
  /** A 403/404 is a choice the workflow made (a permission left out): a log line, not a warning. */
  forbiddenIsInfo?: boolean;
}

export interface GitHubAccess {
  owner: string;
  repo: string;
  /** Runs `work` with the one client; on failure says `no <what> (<why>)` and gives null. */
  call<T>(
    what: string,
    work: (octokit: Octokit) => Promise<T>,
    words?: CallWords,
  ): Promise<T | null>;
}

export type GitHubSettings = Omit<OctokitSettings, 'token' | 'baseUrl' | 'debug'>;

/** The repository's API access, or why there is none (no token, no GITHUB_REPOSITORY). */
export function gitHubAccess(
  io: ActionIo,
  token: string,
  settings: Partial<GitHubSettings> = {},
): GitHubAccess | { unavailable: string } {
  const [owner = '', repo = ''] = (io.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token) return { unavailable: 'no github-token' };
  if (!owner || !repo) return { unavailable: 'GITHUB_REPOSITORY is not set' };
  let client: Promise<Octokit> | null = null;
  const octokit = () =>
    (client ??= createOctokit({
      ...OCTOKIT_DEFAULTS,
      ...settings,
      token,
      baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
      debug: (m) => io.debug(`octokit: ${m}`),
    }));
  const timeoutMs = settings.timeoutMs ?? OCTOKIT_DEFAULTS.timeoutMs;
  return {
    owner,
    repo,
    async call(what, work, words = {}) {
      try {
        return await work(await octokit());
      } catch (error) {
        if (error instanceof Error && error.stack) io.debug(error.stack);
        const line = `interpreter-guard: no ${what} (${why(error, words, timeoutMs)})${words.then ? `. ${words.then}` : ''}`;
        const forbidden = statusOf(error) === 403 || statusOf(error) === 404;
        if (forbidden && words.forbiddenIsInfo) io.info(line);
        else io.warning(line);
        return null;
      }
    },
  };
}

/** The reason in a few words, by the status GitHub answered. */
export function why(
  error: unknown,
  words: CallWords = {},
  timeoutMs: number = OCTOKIT_DEFAULTS.timeoutMs,
): string {
  if (error instanceof EventFileError) return error.message;
  const status = statusOf(error);
  const message = firstLineOf(String((error as Error)?.message ?? error), 160);
  if (status === null) return message;
  if (status === 401) return 'the token was refused (HTTP 401)';
  if (status === 429 || (status === 403 && /rate limit/i.test(message)))
    return `GitHub's rate limit was reached (HTTP ${status})`;
  if (status === 403 || status === 404)
    return words.forbidden ?? `HTTP ${status} from GitHub: ${message}`;
  if (status === 422) return `GitHub refused the request (HTTP 422: ${message})`;
  if (status >= 500)
    return /timeout|aborted/i.test(message)
      ? `GitHub did not answer within ${Math.round(timeoutMs / 1000)} s, after retries`
      : `GitHub failed (HTTP ${status}) after retries`;
  return `HTTP ${status} from GitHub: ${message}`;
}
