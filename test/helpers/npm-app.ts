// The Probot app as a deployment runs it (`npm start` in this checkout) against a fresh stand-in
// GitHub API: started before the tests of the file that calls `npmStartedApp`, stopped after them.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import { startProbot, type ProbotServer } from './probot-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface NpmApp {
  github: FakeGitHub;
  /** Set once the app answers, before the first test. */
  probot: ProbotServer;
}

/** `env` is added to Probot's environment (see startProbot). */
export function npmStartedApp(env: Record<string, string | undefined>): NpmApp {
  const app = { github: new FakeGitHub() } as NpmApp;
  beforeAll(async () => {
    await app.github.start();
    app.probot = await startProbot({
      command: 'npm',
      args: ['start', '--silent'],
      cwd: ROOT,
      apiHost: app.github.url,
      env,
    });
  }, 60_000);
  afterAll(async () => {
    app.probot?.stop();
    await app.github.stop();
  });
  return app;
}
