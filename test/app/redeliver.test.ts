// Nothing lost while the app is down: GitHub's deliveries to a stopped app fail and are not sent
// again by GitHub itself. Started again (`npm start`), the app lists its recent deliveries and asks
// for each failed one of its events to be redelivered, once, paced; a delivery that succeeded
// later, one older than 24 hours and one of an event it does not handle are left alone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeGitHub, webhookPayload, type Issue } from '../helpers/fake-github.js';
import { randomPort, startProbot, type ProbotServer } from '../helpers/probot-server.js';
import { WebhookDeliveries } from '../helpers/webhook-deliveries.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const NIX_ISSUE = readFileSync(
  new URL('../fixtures/issues/nix-uv-venv-withpackages.md', import.meta.url),
  'utf8',
);
const MARKER = '<!-- interpreter-guard:triage -->';
const HOUR = 3600_000;

const github = new FakeGitHub();
const port = randomPort();
const hook = new WebhookDeliveries(`http://127.0.0.1:${port}/api/github/webhooks`);
github.hook = hook;
let probot: ProbotServer | undefined;

afterAll(async () => {
  probot?.stop();
  await hook.settled();
  await github.stop();
});

function start(env: Record<string, string> = {}) {
  return startProbot({
    command: 'npm',
    args: ['start', '--silent'],
    cwd: root,
    apiHost: github.url,
    port,
    env: { LOG_FORMAT: 'json', ...env },
  });
}

function newIssue(number: number): Issue {
  const issue = {
    number,
    title: `Issue ${number}`,
    body: NIX_ISSUE,
    author: 'alice',
    labels: [],
    comments: [],
  };
  github.issues.set(number, issue);
  return issue;
}

const opened = (issue: Issue) => webhookPayload(issue, { action: 'opened' });
const comments = (issue: Issue) => issue.comments.filter((c) => c.body.includes(MARKER)).length;

describe('deliveries lost while the app is down', { timeout: 120_000 }, () => {
  it('are redelivered once the app is back: each issue triaged once, nothing else asked for', async () => {
    await github.start();
    probot = await start();
    const before = newIssue(1);
    expect((await hook.send('issues', opened(before))).status_code).toBe(200);
    probot.stop();
    await probot.exited;

    // While it is down: three issues opened, their deliveries fail.
    const lost = [newIssue(11), newIssue(12), newIssue(13)];
    const failed = [];
    for (const issue of lost) failed.push(await hook.send('issues', opened(issue)));
    expect(failed.map((a) => a.status_code)).toEqual([0, 0, 0]);
    // A delivery that failed and then succeeded (redelivered by hand, from elsewhere).
    const later = await hook.send('issues', opened(newIssue(14)));
    hook.record({
      ...later,
      delivered_at: new Date().toISOString(),
      redelivery: true,
      status_code: 200,
    });
    // One that failed 25 hours ago, and one of an event the app does not handle.
    hook.record({
      ...later,
      guid: 'old',
      delivered_at: new Date(Date.now() - 25 * HOUR).toISOString(),
      redelivery: false,
      status_code: 0,
    });
    const labeled = await hook.send('issues', webhookPayload(newIssue(15), { action: 'labeled' }));
    expect(labeled.status_code).toBe(0);
    // Enough successful deliveries since that the failed ones are on the second page.
    for (let i = 0; i < 150; i++)
      hook.record({
        ...later,
        guid: `ok-${i}`,
        delivered_at: new Date().toISOString(),
        redelivery: false,
        status_code: 200,
      });

    // Back up, with a sweep every 2 seconds: the first runs at start-up.
    probot = await start({ REDELIVER_EVERY_SECONDS: '2' });
    await expect.poll(() => hook.redeliveryRequests.length, { timeout: 30_000 }).toBe(3);
    await hook.settled();
    await new Promise((r) => setTimeout(r, 5000)); // two more sweeps
    await hook.settled();

    // Each lost delivery asked for once (the latest attempt of its guid), in the order they happened.
    expect(hook.redeliveryRequests.map((r) => r.id)).toEqual(failed.map((a) => a.id));
    const gaps = hook.redeliveryRequests
      .slice(1)
      .map((r, i) => r.at - (hook.redeliveryRequests[i]?.at ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(900);
    for (const issue of lost) {
      expect(comments(issue)).toBe(1);
      expect(issue.labels).toContain('platform:nix');
    }
    const redelivered = hook.attempts.filter((a) => a.redelivery && a.guid !== later.guid);
    expect(redelivered.map((a) => a.status_code)).toEqual([200, 200, 200]);
    // The pages were walked by cursor.
    expect(
      github.requests
        .filter((r) => r.path === '/app/hook/deliveries')
        .some((r) => r.query.get('cursor')),
    ).toBe(true);
    expect(comments(github.issues.get(14) as Issue)).toBe(0);
    expect(comments(github.issues.get(15) as Issue)).toBe(0);
  });
});
