// One Probot server for `npm run bench -- app`, started the way `npm start` starts it (Probot's
// `run` with its standard environment): our app from dist/app.js, a bare app that answers each
// new issue with one comment, or an app that makes no request. For all alike, writes are not
// paced and retries back off in milliseconds instead of seconds: the stand-in API is on loopback,
// and what is measured is the app's own cost. Production keeps Probot's defaults (one write a
// second, one-second backoff).
import { ProbotOctokit, run } from 'probot';

const kind = process.argv[2];
const retryBaseMs = Number(process.env.BENCH_RETRY_BASE_MS ?? 2);

class BenchOctokit extends ProbotOctokit {
  constructor(options = {}) {
    super({
      ...options,
      throttle: { ...options.throttle, enabled: false },
      retry: { ...options.retry, retryAfterBaseValue: retryBaseMs },
    });
  }
}

/** The baseline: what any Probot app does at least (verify, dispatch, one authenticated write). */
function bareApp(app) {
  app.on('issues.opened', async (context) => {
    await context.octokit.rest.issues.createComment(context.issue({ body: 'Thanks!' }));
  });
}

/** Probot's own cost: the delivery is verified and dispatched, the handler does nothing. */
function frameworkApp(app) {
  app.on('issues.opened', () => {});
}

const apps = { framework: frameworkApp, bare: bareApp };
const appFn = apps[kind] ?? (await import('../dist/app.js')).default;
await run(appFn, process.env.BENCH_PROBOT_DEFAULTS ? {} : { Octokit: BenchOctokit });
