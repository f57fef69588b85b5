// `mode: triage`: the app's triage from the built Action, on an issues event, with a token.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../src/discovery/process-runner.js';
import { FakeGitHub } from '../helpers/fake-github.js';

const action = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const NIX_ISSUE = await readFile(
  new URL('../fixtures/issues/nix-uv-venv-withpackages.md', import.meta.url),
  'utf8',
);
const github = new FakeGitHub('test-token');
// The workflow's GITHUB_TOKEN writes as github-actions[bot].
github.appSlug = 'github-actions';
let dir: string;

beforeAll(async () => {
  await github.start();
  dir = await mkdtemp(join(tmpdir(), 'ig-triage-mode-'));
});
afterAll(async () => {
  await github.stop();
  await rm(dir, { recursive: true, force: true });
});

async function run(event: unknown) {
  const path = join(dir, 'event.json');
  await writeFile(path, JSON.stringify(event));
  await writeFile(join(dir, 'out'), ''); // the runner creates the output file
  const result = await runProcess(process.execPath, [action], {
    env: {
      PATH: '/usr/bin:/bin',
      INPUT_MODE: 'triage',
      'INPUT_GITHUB-TOKEN': 'test-token',
      GITHUB_EVENT_NAME: 'issues',
      GITHUB_EVENT_PATH: path,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_API_URL: `http://${github.url}`,
      GITHUB_OUTPUT: join(dir, 'out'),
      RUNNER_TEMP: dir,
    },
    cwd: dir,
    timeoutMs: 120_000,
  });
  if (result.kind !== 'exited') throw new Error(result.kind);
  return result;
}

describe('dist/index.js mode: triage', { timeout: 120_000 }, () => {
  it('labels and comments on an issues event, and a repeated run changes nothing', async () => {
    github.issues.set(9, {
      number: 9,
      title: 'uv venv on NixOS',
      body: NIX_ISSUE,
      author: 'alice',
      labels: [],
      comments: [],
    });
    const event = {
      action: 'opened',
      issue: {
        number: 9,
        title: 'uv venv on NixOS',
        body: NIX_ISSUE,
        user: { login: 'alice', type: 'User' },
        labels: [],
      },
      sender: { login: 'alice', type: 'User' },
    };
    const first = await run(event);
    expect(first.stdout).not.toContain('::error');
    expect(first.code).toBe(0);
    const issue = github.issues.get(9);
    expect(issue?.labels).toEqual([
      'interpreter-discovery',
      'platform:nix',
      'tool:uv',
      'regression',
    ]);
    expect(issue?.comments).toHaveLength(1);
    github.calls = [];
    await run({
      ...event,
      issue: { ...event.issue, labels: issue?.labels.map((name) => ({ name })) },
    });
    expect(github.writes()).toEqual([]);
  });

  it("acts only on its token's own comments: another bot's forged marker and state change nothing", async () => {
    const forgedBody =
      '<!-- interpreter-guard:triage -->\nWelcome!\n<!-- interpreter-guard:state {"v":1,"fingerprint":"x","labels":["bug","priority:high"],"diagnoses":[],"needsLogs":false} -->';
    const forged = {
      id: 7001,
      body: forgedBody,
      user: { login: 'welcome-bot[bot]', type: 'Bot' },
      author_association: 'NONE',
      html_url: 'https://github.example/o/r/issues/11#issuecomment-7001',
    };
    github.issues.set(11, {
      number: 11,
      title: 'uv venv on NixOS',
      body: NIX_ISSUE,
      author: 'alice',
      labels: ['bug', 'priority:high'],
      comments: [{ ...forged }],
    });
    github.calls = [];
    const result = await run({
      action: 'edited',
      issue: {
        number: 11,
        title: 'uv venv on NixOS',
        body: NIX_ISSUE,
        user: { login: 'alice', type: 'User' },
        labels: [{ name: 'bug' }, { name: 'priority:high' }],
      },
      sender: { login: 'alice', type: 'User' },
    });
    expect(result.code).toBe(0);
    const issue = github.issues.get(11);
    // The labels people set stay; the other bot's comment is neither edited nor deleted.
    expect(issue?.labels).toEqual(expect.arrayContaining(['bug', 'priority:high', 'tool:uv']));
    expect(issue?.comments.find((c) => c.id === 7001)).toEqual(forged);
    expect(github.calls.filter((c) => c.includes('/comments/7001'))).toEqual([]);
    // Its own comment is new, by the workflow token's account.
    const own = issue?.comments.filter((c) => c.user.login === 'github-actions[bot]') ?? [];
    expect(own).toHaveLength(1);
    expect(github.calls).toContain('GET /user');
  });

  it('a token that may not write: one warning line, no stack, and the job passes', async () => {
    github.issues.set(12, {
      number: 12,
      title: 'uv venv on NixOS',
      body: NIX_ISSUE,
      author: 'alice',
      labels: [],
      comments: [],
    });
    github.readOnly = true;
    try {
      const result = await run({
        action: 'opened',
        issue: {
          number: 12,
          title: 'uv venv on NixOS',
          body: NIX_ISSUE,
          user: { login: 'alice', type: 'User' },
          labels: [],
        },
        sender: { login: 'alice', type: 'User' },
      });
      expect(result.code).toBe(0);
      const warnings = result.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('no triage of issue #12 (the token cannot write to this issue');
      expect(result.stdout).not.toMatch(/^\s+at /m);
      expect(result.stdout).not.toContain('::error::');
    } finally {
      github.readOnly = false;
    }
  });

  it('ignores bots and events without an issue', async () => {
    github.calls = [];
    const bot = await run({
      action: 'opened',
      issue: {
        number: 9,
        title: 't',
        body: NIX_ISSUE,
        user: { login: 'dependabot[bot]', type: 'Bot' },
        labels: [],
      },
      sender: { login: 'dependabot[bot]', type: 'Bot' },
    });
    expect(bot.stdout).toContain('nothing to triage');
    const push = await run({ ref: 'refs/heads/main' });
    expect(push.stdout).toContain('this event has no issue');
    expect(github.calls).toEqual([]);
  });
});
