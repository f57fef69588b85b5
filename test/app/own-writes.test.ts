// What the app writes, and as whom, as `npm start` runs it against the stand-in API: only its own
// account's comments are its own (learnt from GET /app), a redelivered stale payload writes
// nothing, and a GitHub request that hangs is cut off and tried again.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { issueComment, webhookPayload, type Issue } from '../helpers/fake-github.js';
import { npmStartedApp } from '../helpers/npm-app.js';
import { deliver } from '../helpers/probot-server.js';

const NIX_ISSUE = readFileSync(
  new URL('../fixtures/issues/nix-uv-venv-withpackages.md', import.meta.url),
  'utf8',
);
const MARKER = '<!-- interpreter-guard:triage -->';

const app = npmStartedApp({
  REQUEST_TIMEOUT_SECONDS: '1',
  REDELIVER_EVERY_SECONDS: '0',
  LOG_FORMAT: 'json',
});
const github = app.github;

beforeEach(() => {
  github.calls = [];
});

function newIssue(number: number, body: string, labels: string[] = []): Issue {
  const issue = { number, title: `Issue ${number}`, body, author: 'alice', labels, comments: [] };
  github.issues.set(number, issue);
  return issue;
}

const ours = (issue: Issue) =>
  issue.comments.filter(
    (c) => c.user.login === 'interpreter-guard[bot]' && c.body.includes(MARKER),
  );

describe('what the app writes (npm start, stand-in API)', { timeout: 90_000 }, () => {
  it("leaves another bot's comment with the marker alone and takes no state from it", async () => {
    const issue = newIssue(1, NIX_ISSUE, ['bug', 'priority:high']);
    const forged = issueComment(
      7001,
      `${MARKER}\nWelcome!\n<!-- interpreter-guard:state {"v":1,"fingerprint":"x","labels":["bug","priority:high"],"diagnoses":[],"needsLogs":false} -->`,
      'welcome-bot[bot]',
      'Bot',
    );
    issue.comments.push(forged);
    expect(
      await deliver(app.probot.url, 'issues', webhookPayload(issue, { action: 'edited' })),
    ).toBe(200);
    // The labels people set stay; the other bot's comment is neither edited nor deleted.
    expect(issue.labels).toEqual(expect.arrayContaining(['bug', 'priority:high', 'platform:nix']));
    expect(issue.comments.find((c) => c.id === 7001)).toEqual(forged);
    expect(github.calls.filter((c) => c.includes('/comments/7001'))).toEqual([]);
    expect(ours(issue)).toHaveLength(1);
    expect(github.calls.filter((c) => c === 'GET /app')).toHaveLength(1);
    // Its login is learnt once (as the app, with a JWT); its own comment is found again by it.
    github.calls = [];
    expect(
      await deliver(app.probot.url, 'issues', webhookPayload(issue, { action: 'edited' })),
    ).toBe(200);
    expect(github.writes()).toEqual([]);
    expect(github.calls).not.toContain('GET /app');
  });

  it('a stale payload redelivered 20 times: one comment, and no write after the first triage', async () => {
    const issue = newIssue(2, NIX_ISSUE, ['bug']);
    // The payload as GitHub sent it when the issue was opened: the app's labels are not in it.
    const stale = webhookPayload(issue, { action: 'opened' });
    const id = crypto.randomUUID();
    expect(await deliver(app.probot.url, 'issues', stale, { id })).toBe(200);
    const first = github.writes();
    expect(first).toContain('POST /repos/o/r/issues/2/labels');
    expect(first).toContain('POST /repos/o/r/issues/2/comments');
    github.calls = [];
    for (let i = 0; i < 20; i++)
      expect(await deliver(app.probot.url, 'issues', stale, { id })).toBe(200);
    expect(github.writes()).toEqual([]);
    expect(ours(issue)).toHaveLength(1);
    // The labels were read from GitHub once per triage, not taken from the payload.
    expect(github.calls.filter((c) => c === 'GET /repos/o/r/issues/2/labels')).toHaveLength(20);
  });

  it('an edit that changes nothing writes nothing, even when the payload lists no labels', async () => {
    const issue = github.issues.get(2) as Issue;
    const payload = webhookPayload({ ...issue, labels: [] }, { action: 'edited' });
    expect(await deliver(app.probot.url, 'issues', payload)).toBe(200);
    expect(github.writes()).toEqual([]);
  });

  it('cuts off a GitHub request that hangs (REQUEST_TIMEOUT_SECONDS=1) and tries it again', async () => {
    const issue = newIssue(3, NIX_ISSUE);
    github.hangs.push({ route: /^GET \/repos\/o\/r\/issues\/3\/comments$/, times: 1 });
    const started = Date.now();
    expect(
      await deliver(app.probot.url, 'issues', webhookPayload(issue, { action: 'opened' })),
    ).toBe(200);
    const took = Date.now() - started;
    expect(github.calls.filter((c) => c === 'GET /repos/o/r/issues/3/comments')).toHaveLength(2);
    expect(ours(issue)).toHaveLength(1);
    expect(issue.labels).toContain('platform:nix');
    // One second for the cut-off, Octokit's first retry a second later: not Node's minutes.
    expect(took).toBeGreaterThanOrEqual(1000);
    expect(took).toBeLessThan(9000);
  });
});
