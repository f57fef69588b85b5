// Reading an issues / issue_comment payload: what the app and the Action's triage mode act on.
import { describe, expect, it } from 'vitest';
import { readIssueEvent } from '../../src/github/issue-event.js';
import { recordedPayloads } from '../helpers/recorded-webhooks.js';

const base = {
  issue: {
    number: 7,
    title: 'uv ignores python',
    body: null,
    user: { login: 'alice', type: 'User' },
    labels: [{ name: 'bug' }, 'platform:nix'],
  },
  sender: { login: 'alice', type: 'User' },
  repository: { name: 'r', owner: { login: 'o' } },
  installation: { id: 42 },
};

describe('readIssueEvent', () => {
  it('takes the thread, the sender, the comment and where it happened', () => {
    const read = readIssueEvent({
      ...base,
      comment: { id: 9, body: '/interpreter-guard retriage' },
    });
    expect(read).toEqual({
      event: {
        thread: {
          issue: 7,
          repo: 'o/r',
          title: 'uv ignores python',
          author: 'alice',
          body: '',
          labels: ['bug', 'platform:nix'],
        },
        sender: { login: 'alice', isBot: false },
        comment: { id: 9, body: '/interpreter-guard retriage' },
        onPullRequest: false,
        repository: { owner: 'o', repo: 'r' },
        installationId: 42,
      },
    });
  });

  it('knows bots and comments on pull requests', () => {
    const bot = readIssueEvent({ ...base, sender: { login: 'renovate[bot]' } });
    expect('event' in bot && bot.event.sender.isBot).toBe(true);
    const app = readIssueEvent({ ...base, sender: { login: 'ci', type: 'Bot' } });
    expect('event' in app && app.event.sender.isBot).toBe(true);
    const pr = readIssueEvent({ ...base, issue: { ...base.issue, pull_request: { url: 'x' } } });
    expect('event' in pr && pr.event.onPullRequest).toBe(true);
  });

  it('names the first field that does not fit', () => {
    expect(readIssueEvent({ ...base, issue: { ...base.issue, number: -1 } })).toEqual({
      error: expect.stringMatching(/^webhook payload: field "issue\.number": /) as unknown,
    });
    expect(readIssueEvent({ ...base, issue: { ...base.issue, labels: [3] } })).toEqual({
      error: expect.stringMatching(/^webhook payload: field "issue\.labels\.0": /) as unknown,
    });
    expect(readIssueEvent({ pull_request: {} })).toEqual({
      error: expect.stringMatching(/^webhook payload: field "issue": /) as unknown,
    });
    expect(readIssueEvent('not an object')).toEqual({
      error: expect.stringMatching(/^webhook payload: field "\(root\)": /) as unknown,
    });
  });
});

describe('readIssueEvent on payloads as GitHub sends them', () => {
  const cases = [
    ['issues', 'opened'],
    ['issues', 'edited'],
    ['issues', 'reopened'],
    ['issue_comment', 'created'],
    ['issue_comment', 'edited'],
  ] as const;
  for (const [event, action] of cases)
    it(`reads every recorded ${event}.${action}`, () => {
      const payloads = recordedPayloads(event, action);
      expect(payloads.length).toBeGreaterThan(0);
      for (const payload of payloads) {
        const read = readIssueEvent(payload);
        if ('error' in read) throw new Error(read.error);
        const issue = payload.issue as { number: number; title: string; user: { login: string } };
        expect(read.event.thread.issue).toBe(issue.number);
        expect(read.event.thread.title).toBe(issue.title);
        expect(read.event.thread.author).toBe(issue.user.login);
        expect(read.event.comment !== null).toBe(event === 'issue_comment');
        expect(read.event.repository?.repo).toBe((payload.repository as { name: string }).name);
      }
    });
});
