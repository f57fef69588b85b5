// A time limit on every GitHub request of the app. Without one, Node waits minutes for an answer
// that does not come, and the deliveries about that issue wait behind it. Probot builds the
// Octokits (`probot run` takes no Octokit options), so the app gives each one it uses a `fetch`
// with a deadline, through the request defaults of that Octokit (`octokit.request.endpoint.DEFAULTS`,
// which @octokit/endpoint merges into every request when it is made). Defaults rather than a request
// hook, because the installation-token request Octokit makes under the hood is built from them too,
// and it must not hang either: Octokit shares one pending token request among all requests of an
// installation. Every attempt gets its own deadline, for the whole answer; a request cut off fails
// as a 500, which Octokit's retry plugin and then the app (a whole new triage) retry.
import type { ProbotOctokit } from 'probot';

type Fetch = typeof globalThis.fetch;
type WithDefaults = Pick<ProbotOctokit, 'request'>;

const limited = new WeakSet<object>();
/** Statuses whose responses carry no body (the Response constructor refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** Adds the time limit to `octokit` (once; later calls change nothing) and returns it. */
export function limitRequestTime<T extends WithDefaults>(octokit: T, timeoutMs: number): T {
  if (limited.has(octokit)) return octokit;
  limited.add(octokit);
  const defaults = octokit.request.endpoint.DEFAULTS as { request?: { fetch?: Fetch } };
  const inner = defaults.request?.fetch ?? ((input, init) => globalThis.fetch(input, init));
  defaults.request = { ...defaults.request, fetch: timedFetch(inner, timeoutMs) };
  return octokit;
}

/** `fetch` with a deadline for the whole answer: the body is read before the deadline passes. */
export function timedFetch(inner: Fetch, timeoutMs: number): Fetch {
  return async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      const response = await inner(input, { ...init, signal });
      const body = NULL_BODY.has(response.status) ? null : await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      if (deadline.aborted && !init?.signal?.aborted)
        // Octokit reports a failed fetch as a 500, which its retry plugin and the app retry.
        throw timeoutError(
          `${init?.method ?? 'GET'} ${urlOf(input)}: no answer from GitHub within ${timeoutMs / 1000} s`,
        );
      throw error;
    }
  };
}

function timeoutError(message: string): Error & { status: number } {
  return Object.assign(new Error(message), { name: 'TimeoutError', status: 504 });
}

function urlOf(input: Parameters<Fetch>[0]): string {
  const url = typeof input === 'string' ? input : 'url' in input ? input.url : input.href;
  return url.replace(/\?.*$/, '');
}
