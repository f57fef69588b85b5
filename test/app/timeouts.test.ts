// Time limits on the app's GitHub requests, in process (Probot with Octokit's own retries off, so
// that what the app itself does shows): a request that hangs is cut off, and the whole triage runs
// again; the installation-token request Octokit makes under the hood is bounded too.
import { readFileSync } from 'node:fs';
import { ProbotOctokit, Probot } from 'probot';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/app.js';
import { DEFAULT_SETTINGS } from '../../src/app/settings.js';
import { FakeGitHub, webhookPayload, type Issue } from '../helpers/fake-github.js';
import { appPrivateKey } from '../helpers/probot-server.js';

const NIX_ISSUE = readFileSync(
  new URL('../fixtures/issues/nix-uv-venv-withpackages.md', import.meta.url),
  'utf8',
);

const github = new FakeGitHub();
let probot: Probot;

beforeAll(async () => {
  await github.start();
  probot = new Probot({
    appId: 123,
    privateKey: appPrivateKey(),
    baseUrl: `http://${github.url}/api/v3`,
    Octokit: ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } }),
  });
  await probot.load(
    createApp({ settings: { ...DEFAULT_SETTINGS, requestTimeoutMs: 300, redeliverEveryMs: 0 } }),
  );
});

afterAll(() => github.stop());

beforeEach(() => {
  github.calls = [];
});

function newIssue(number: number): Issue {
  const issue = { number, title: 'uv', body: NIX_ISSUE, author: 'alice', labels: [], comments: [] };
  github.issues.set(number, issue);
  return issue;
}

async function receive(issue: Issue) {
  await probot.receive({
    id: crypto.randomUUID(),
    name: 'issues',
    payload: webhookPayload(issue, { action: 'opened' }) as never,
  });
}

describe('time limits on GitHub requests', { timeout: 30_000 }, () => {
  it('cuts off a request that hangs and runs the whole triage again', async () => {
    const issue = newIssue(1);
    github.hangs.push({ route: /^GET \/repos\/o\/r\/issues\/1\/comments$/, times: 1 });
    const started = Date.now();
    await receive(issue);
    // Cut off after 0.3 s; the triage ran again a second later (Octokit's retries are off here).
    expect(Date.now() - started).toBeGreaterThanOrEqual(1300);
    expect(github.calls.filter((c) => c === 'GET /repos/o/r/issues/1/comments')).toHaveLength(2);
    expect(issue.comments).toHaveLength(1);
    expect(issue.labels).toContain('platform:nix');
  });

  it('bounds the installation-token request Octokit makes under the hood', async () => {
    // A fresh Probot: the token of the first test is cached.
    const fresh = new Probot({
      appId: 123,
      privateKey: appPrivateKey(),
      baseUrl: `http://${github.url}/api/v3`,
      Octokit: ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } }),
    });
    await fresh.load(
      createApp({ settings: { ...DEFAULT_SETTINGS, requestTimeoutMs: 300, redeliverEveryMs: 0 } }),
    );
    const issue = newIssue(2);
    github.hangs.push({ route: /^POST \/app\/installations\/42\/access_tokens$/, times: 1 });
    await fresh.receive({
      id: crypto.randomUUID(),
      name: 'issues',
      payload: webhookPayload(issue, { action: 'opened' }) as never,
    });
    expect(
      github.calls.filter((c) => c === 'POST /app/installations/42/access_tokens'),
    ).toHaveLength(2);
    expect(issue.comments).toHaveLength(1);
  });
});
