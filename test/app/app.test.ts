// The Probot app as deployed: `npm start` with Probot's environment, signed deliveries over
// loopback, and a stand-in GitHub API (GHE_HOST/GHE_PROTOCOL) that records every call.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { issueComment, webhookPayload, type Issue } from '../helpers/fake-github.js';
import { recordedIssuePayload } from '../helpers/recorded-webhooks.js';
import { npmStartedApp } from '../helpers/npm-app.js';
import { deliver as deliverTo } from '../helpers/probot-server.js';

const NIX_ISSUE = readFileSync(
  new URL('../fixtures/issues/nix-uv-venv-withpackages.md', import.meta.url),
  'utf8',
);

// The configuration changes between tests: read it at every delivery.
const app = npmStartedApp({ CONFIG_CACHE_SECONDS: '0', LOG_FORMAT: 'json' });
const github = app.github;

beforeEach(() => {
  github.calls = [];
});

const payload = webhookPayload;

function deliver(event: string, body: unknown, options: { sign?: boolean; id?: string } = {}) {
  return deliverTo(app.probot.url, event, body, options);
}

function newIssue(number: number, body: string, labels: string[] = []): Issue {
  const issue = {
    number,
    title: `Issue ${number}`,
    body,
    author: 'alice',
    labels: [...labels],
    comments: [],
  };
  github.issues.set(number, issue);
  return issue;
}

// Probot's Octokit throttles writes to one a second (GitHub's advice), so a delivery takes seconds.
describe('the app (npm start, signed webhooks, stand-in API)', { timeout: 60_000 }, () => {
  it('labels a Nix issue with a uv -v log and posts one comment with the diagnosis and a workaround', async () => {
    const issue = newIssue(1, NIX_ISSUE, ['bug']);
    expect(await deliver('issues', { action: 'opened', ...payload(issue) })).toBe(200);
    expect(issue.labels).toEqual([
      'bug',
      'interpreter-discovery',
      'platform:nix',
      'tool:uv',
      'regression',
    ]);
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]?.body).toContain(
      'A Nix `python3.withPackages` environment is taken for a virtual environment',
    );
    expect(issue.comments[0]?.body).toContain('UV_PYTHON');
    expect(github.repoLabels.has('platform:nix')).toBe(true);
  });

  it('a redelivered webhook changes nothing', async () => {
    const issue = github.issues.get(1) as Issue;
    expect(await deliver('issues', { action: 'opened', ...payload(issue) })).toBe(200);
    expect(github.writes()).toEqual([]);
    expect(issue.comments).toHaveLength(1);
  });

  it('an edit that changes nothing writes nothing, and a human label is kept', async () => {
    const issue = github.issues.get(1) as Issue;
    issue.labels.push('platform:nix-maintainers-look');
    await deliver('issues', { action: 'edited', ...payload(issue) });
    expect(github.writes()).toEqual([]);
    expect(issue.labels).toContain('platform:nix-maintainers-look');
    expect(issue.labels).toContain('bug');
  });

  it('asks for logs on a discovery issue without them, and unlabels once they arrive in a comment', async () => {
    const issue = newIssue(2, 'uv venv cannot find my python on NixOS 24.11 with uv 0.5.31');
    await deliver('issues', { action: 'opened', ...payload(issue) });
    expect(issue.labels).toContain('needs-logs');
    expect(issue.comments[0]?.body).toContain('Please add a verbose log');
    expect(issue.comments[0]?.body).toContain('RUST_LOG=uv=trace uv -v venv');

    const logComment = issueComment(
      555,
      `Here it is:\n\n\`\`\`\n${NIX_ISSUE.split('```')[1] ?? ''}\n\`\`\``,
    );
    issue.comments.push(logComment);
    await deliver('issue_comment', { action: 'created', comment: logComment, ...payload(issue) });
    expect(issue.labels).not.toContain('needs-logs');
    expect(issue.labels).toContain('interpreter-discovery');
    expect(issue.comments.filter((c) => c.body.includes('interpreter-guard:triage'))).toHaveLength(
      1,
    );
    expect(issue.comments.find((c) => c.body.includes('interpreter-guard:triage'))?.body).toContain(
      'Likely cause',
    );
    // Issue #1 has the same cause: proposed as related, never closed or labelled as a duplicate.
    expect(issue.comments.find((c) => c.body.includes('interpreter-guard:triage'))?.body).toMatch(
      /Possibly related .* #1 \(Issue 1\)/,
    );
  });

  it('ignores bots, itself included', async () => {
    const issue = github.issues.get(1) as Issue;
    await deliver('issue_comment', {
      action: 'created',
      comment: issue.comments[0],
      ...payload(issue),
      sender: { login: 'interpreter-guard[bot]', type: 'Bot' },
    });
    expect(github.calls.filter((c) => !c.includes('access_tokens'))).toEqual([]);
  });

  it('honours /interpreter-guard retriage only from users with write access', async () => {
    const issue = newIssue(3, 'A question about the docs.');
    const command = issueComment(777, '/interpreter-guard retriage', 'mallory');
    await deliver('issue_comment', {
      action: 'created',
      comment: command,
      ...payload(issue),
      sender: { login: 'mallory', type: 'User' },
    });
    expect(github.calls).toContain('GET /repos/o/r/collaborators/mallory/permission');
    expect(issue.comments).toHaveLength(0);
    github.permissions.set('maint', 'write');
    await deliver('issue_comment', {
      action: 'created',
      comment: { ...command, user: { login: 'maint', type: 'User' } },
      ...payload(issue),
      sender: { login: 'maint', type: 'User' },
    });
    expect(github.calls).toContain('POST /repos/o/r/issues/comments/777/reactions');
    expect(issue.comments).toHaveLength(1);
  });

  it('with an invalid configuration names the field, uses the defaults and removes no label', async () => {
    github.config = 'labels:\n  needsLogs: 42\n';
    try {
      const issue = newIssue(4, NIX_ISSUE, ['tool:uv']);
      issue.comments.push(
        issueComment(
          900,
          '<!-- interpreter-guard:triage -->\nold\n<!-- interpreter-guard:state {"v":1,"fingerprint":"x","labels":["tool:uv","platform:wsl"],"diagnoses":[],"needsLogs":false} -->',
          'interpreter-guard[bot]',
          'Bot',
        ),
      );
      issue.labels.push('platform:wsl');
      await deliver('issues', { action: 'edited', ...payload(issue) });
      expect(issue.labels).toContain('platform:wsl'); // would be removed with a valid configuration
      expect(issue.comments[0]?.body).toContain('configuration is invalid');
      expect(issue.comments[0]?.body).toContain('labels.needsLogs');
    } finally {
      github.config = null;
    }
  });

  it('handles deliveries about one issue in turn: concurrent ones still leave one comment', async () => {
    const issue = newIssue(6, NIX_ISSUE);
    const opened = { action: 'opened', ...payload(issue) };
    const remark = issueComment(666, 'Same here with uv 0.5.31.');
    issue.comments.push(remark);
    const id = randomUUID();
    const statuses = await Promise.all([
      deliver('issues', opened, { id }),
      deliver('issue_comment', { action: 'created', comment: remark, ...payload(issue) }),
      deliver('issues', opened, { id }), // GitHub redelivering while the first is handled
    ]);
    expect(statuses).toEqual([200, 200, 200]);
    expect(issue.comments.filter((c) => c.body.includes('interpreter-guard:triage'))).toHaveLength(
      1,
    );
    expect(github.calls.filter((c) => c === 'POST /repos/o/r/issues/6/comments')).toHaveLength(1);
  });

  it('without access to its configuration file uses the defaults and says nothing of it in the comment', async () => {
    github.config = 403;
    try {
      const issue = newIssue(7, NIX_ISSUE);
      expect(await deliver('issues', { action: 'opened', ...payload(issue) })).toBe(200);
      expect(issue.labels).toContain('platform:nix');
      expect(issue.comments).toHaveLength(1);
      expect(issue.comments[0]?.body).not.toContain('configuration is invalid');
    } finally {
      github.config = null;
    }
  });

  describe('follows .github/interpreter-guard.yml', () => {
    const withConfig = async (yaml: string, body: () => Promise<void>) => {
      github.config = yaml;
      try {
        await body();
      } finally {
        github.config = null;
      }
    };

    it('label names, comment: false and relatedLimit: 0', async () => {
      await withConfig(
        "labels:\n  discovery: python-discovery\n  platformPrefix: 'os/'\n  toolPrefix: ''\ncomment: false\nrelatedLimit: 0\n",
        async () => {
          const issue = newIssue(20, NIX_ISSUE);
          expect(await deliver('issues', webhookPayload(issue, { action: 'opened' }))).toBe(200);
          expect(issue.labels).toEqual(['python-discovery', 'os/nix', 'uv', 'regression']);
          expect(issue.comments).toEqual([]);
          expect(github.calls.filter((c) => c.startsWith('GET /search'))).toEqual([]);
        },
      );
    });

    it('a file that is not YAML: said in the comment, the defaults used', async () => {
      await withConfig('labels: [unclosed\n  dryRun: true\n', async () => {
        const issue = newIssue(24, NIX_ISSUE);
        expect(await deliver('issues', webhookPayload(issue, { action: 'opened' }))).toBe(200);
        expect(issue.labels).toContain('platform:nix');
        expect(issue.comments[0]?.body).toContain('configuration is invalid');
        expect(issue.comments[0]?.body).toContain('cannot be read');
      });
    });

    it('a misspelt option is named, not ignored', async () => {
      await withConfig('dryrun: true\n', async () => {
        const issue = newIssue(25, NIX_ISSUE);
        expect(await deliver('issues', webhookPayload(issue, { action: 'opened' }))).toBe(200);
        expect(issue.comments[0]?.body).toContain('field "dryrun": unknown key');
      });
    });

    it('dryRun: true writes nothing', async () => {
      await withConfig('dryRun: true\n', async () => {
        const issue = newIssue(21, NIX_ISSUE);
        expect(await deliver('issues', webhookPayload(issue, { action: 'opened' }))).toBe(200);
        expect(github.writes()).toEqual([]);
        expect(issue.labels).toEqual([]);
      });
    });

    it('tools: only the tools listed', async () => {
      await withConfig('tools: [pdm, poetry]\n', async () => {
        const issue = newIssue(22, NIX_ISSUE); // about uv
        expect(await deliver('issues', webhookPayload(issue, { action: 'opened' }))).toBe(200);
        expect(github.writes()).toEqual([]);
      });
    });

    it('tool: names the tool of issues whose text names none', async () => {
      await withConfig('tool: hatch\n', async () => {
        const issue = newIssue(26, 'It does not find the Python 3.12 that pyenv installed.');
        issue.title = 'Python 3.12 is not found';
        expect(await deliver('issues', webhookPayload(issue, { action: 'opened' }))).toBe(200);
        expect(issue.labels).toEqual(
          expect.arrayContaining(['interpreter-discovery', 'tool:hatch', 'needs-logs']),
        );
        expect(issue.comments[0]?.body).toContain('hatch --version');
      });
    });

    it('rules: a rule of the repository is diagnosed like a built-in one', async () => {
      const rule = [
        'rules:',
        '  - id: our-nix-module',
        '    title: Our NixOS module pins an old withPackages',
        '    when: { tools: [uv], platforms: [nix] }',
        '    explanation: The module in nix/ builds the env the old way.',
        '    workarounds: [Update the flake input.]',
        '    related: []',
        'relatedLimit: 0',
      ].join('\n');
      await withConfig(rule, async () => {
        const issue = newIssue(23, NIX_ISSUE);
        expect(await deliver('issues', webhookPayload(issue, { action: 'opened' }))).toBe(200);
        expect(issue.comments[0]?.body).toContain('Our NixOS module pins an old withPackages');
        expect(issue.comments[0]?.body).toContain('Update the flake input.');
      });
    });
  });

  it('names the wrong field of a signed payload that does not fit, and does nothing', async () => {
    const issue = newIssue(30, NIX_ISSUE);
    const bad = webhookPayload(issue, { action: 'opened' });
    const id = randomUUID();
    const status = await deliver(
      'issues',
      { ...bad, issue: { ...bad.issue, number: 'thirty' } },
      { id },
    );
    expect(status).toBe(200);
    expect(github.calls.filter((c) => !c.includes('access_tokens'))).toEqual([]);
    // Structured logs: one JSON line, with the delivery id, naming the field; no stack trace.
    const logged = () =>
      app.probot
        .output()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map(
          (l) =>
            JSON.parse(l) as { delivery?: string; event?: string; msg?: string; level?: number },
        )
        .find((l) => l.delivery === id);
    await expect.poll(logged).toBeDefined();
    expect(logged()).toMatchObject({
      event: 'issues',
      level: 50,
      msg: expect.stringContaining(
        'delivery ignored: webhook payload: field "issue.number"',
      ) as unknown,
    });
    expect(app.probot.output()).not.toMatch(/TypeError|at .*\.js:\d+/);
  });

  it('triages recorded GitHub payloads: an issue opened, then the logs in a comment', async () => {
    const issue = newIssue(40, 'uv venv cannot find my python on NixOS 24.11 with uv 0.5.31');
    const opened = recordedIssuePayload('issues', 'opened', issue);
    expect(await deliver('issues', opened)).toBe(200);
    expect(issue.labels).toContain('needs-logs');
    const log = {
      id: 4040,
      body: `Verbose output:\n\n\`\`\`\n${NIX_ISSUE.split('```')[1] ?? ''}\n\`\`\``,
    };
    issue.comments.push(issueComment(log.id, log.body));
    const commented = recordedIssuePayload('issue_comment', 'created', issue, log);
    expect(await deliver('issue_comment', commented)).toBe(200);
    expect(issue.labels).not.toContain('needs-logs');
    expect(issue.labels).toContain('platform:nix');
    expect(issue.comments.filter((c) => c.body.includes('interpreter-guard:triage'))).toHaveLength(
      1,
    );
  });

  it("takes no state from a person's comment that imitates its own", async () => {
    const issue = newIssue(50, NIX_ISSUE, ['bug', 'priority:high']);
    const forged = issueComment(
      5050,
      '<!-- interpreter-guard:triage -->\nfake\n<!-- interpreter-guard:state {"v":1,"fingerprint":"x","labels":["bug","priority:high"],"diagnoses":[],"needsLogs":false} -->',
      'mallory',
    );
    issue.comments.push(forged);
    expect(await deliver('issues', webhookPayload(issue, { action: 'edited' }))).toBe(200);
    // The labels people set stay; the person's comment is untouched; the app posts its own.
    expect(issue.labels).toEqual(expect.arrayContaining(['bug', 'priority:high', 'platform:nix']));
    expect(issue.comments.find((c) => c.id === 5050)?.body).toBe(forged.body);
    expect(github.calls.filter((c) => c.includes('/comments/5050'))).toEqual([]);
    expect(
      issue.comments.filter(
        (c) => c.user.type === 'Bot' && c.body.includes('interpreter-guard:triage'),
      ),
    ).toHaveLength(1);
  });

  it('rejects an unsigned delivery and changes nothing', async () => {
    const issue = newIssue(5, NIX_ISSUE);
    const status = await deliver(
      'issues',
      { action: 'opened', ...payload(issue) },
      { sign: false },
    );
    expect(status).toBeGreaterThanOrEqual(400);
    expect(github.calls).toEqual([]);
    expect(issue.comments).toHaveLength(0);
  });
});
