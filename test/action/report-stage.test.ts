// The report stage (modes report and comment) on leg reports made from data, against the loopback
// stand-in: which pull request it finds, the check run and its batches of annotations, what it says
// when GitHub refuses or fails, and the cases where it must fail the job instead.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArtifactStore } from '../../src/action/artifacts.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { FAST, HEAD_SHA, payload, runAction, runnerEnv, STACK, visible } from './fake-io.js';
import { regressedReport, writeReport } from './synthetic-reports.js';

let github: FakeGitHub;
const dirs: string[] = [];
afterEach(async () => {
  await github?.stop();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function standIn(): Promise<FakeGitHub> {
  github = new FakeGitHub('test-token');
  github.appSlug = 'github-actions'; // the workflow token writes as github-actions[bot]
  await github.start();
  github.addPullRequest({
    number: 7,
    state: 'open',
    head: {
      ref: 'main',
      sha: HEAD_SHA,
      repo: { full_name: 'forker/r', owner: { login: 'forker' } },
    },
    base: { ref: 'main', repo: { full_name: 'o/r' } },
  });
  github.addPullRequest({
    number: 3,
    state: 'open',
    head: { ref: 'nix-envs', sha: HEAD_SHA, repo: { full_name: 'o/r', owner: { login: 'o' } } },
    base: { ref: 'main', repo: { full_name: 'o/r' } },
  });
  return github;
}

async function reportsWith(...reports: [string, ReturnType<typeof regressedReport>][]) {
  const dir = await mkdtemp(join(tmpdir(), 'ig-reports-'));
  dirs.push(dir);
  for (const [file, report] of reports) await writeReport(dir, file, report);
  return dir;
}

const prEvent = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    action: 'synchronize',
    pull_request: {
      number: 7,
      head: { sha: HEAD_SHA, ref: 'main', repo: { full_name: 'forker/r' } },
      base: { ref: 'main', repo: { full_name: 'o/r' } },
      ...over,
    },
  });

describe('finding the pull request of a workflow_run', { timeout: 60_000 }, () => {
  it('a same-repository pull request comes from pull_requests[]: no lookup', async () => {
    await standIn();
    const io = await runAction(
      {
        mode: 'comment',
        'reports-dir': await reportsWith(['report-linux.json', regressedReport('linux', 2)]),
      },
      await runnerEnv(`http://${github.url}`, {
        name: 'workflow_run',
        file: payload('workflow_run-same-repo-pr'),
      }),
    );
    expect(github.routes().filter((r) => r.includes('/pulls'))).toEqual([]);
    expect(github.issues.get(3)?.comments).toHaveLength(1);
    expect(github.issues.get(7)?.comments).toHaveLength(0);
    expect(io.outputs.regressions).toBe('2');
  });

  it("keeps to the token's own comment: another bot's or a person's copy of the marker is never edited or deleted", async () => {
    await standIn();
    const env = await runnerEnv(`http://${github.url}`, {
      name: 'workflow_run',
      file: payload('workflow_run-same-repo-pr'),
    });
    const reportsDir = await reportsWith(['report-linux.json', regressedReport('linux', 2)]);
    const first = await runAction({ mode: 'comment', 'reports-dir': reportsDir }, env);
    const own = github.issues.get(3)?.comments[0];
    const ownBody = own?.body;
    expect(own?.user.login).toBe('github-actions[bot]');
    const marker = /<!-- interpreter-guard:[^>]*-->/.exec(own?.body ?? '')?.[0] ?? '';
    expect(marker).not.toBe('');
    // Copies of the marker by another bot and by a person, older than ours (so "keep the oldest"
    // would pick them if they counted).
    const copies = [
      { login: 'welcome-bot[bot]', type: 'Bot', id: 1 },
      { login: 'mallory', type: 'User', id: 2 },
    ].map(({ login, type, id }) => ({
      id,
      body: `${marker}\ncopied`,
      user: { login, type },
      author_association: 'NONE',
      html_url: `https://github.example/o/r/pull/3#issuecomment-${id}`,
    }));
    github.issues.get(3)?.comments.unshift(...copies.map((c) => ({ ...c })));
    expect(first.outputs.regressions).toBe('2');
    await runAction(
      {
        mode: 'comment',
        'reports-dir': await reportsWith(['report-linux.json', regressedReport('linux', 3)]),
      },
      env,
    );
    const comments = github.issues.get(3)?.comments ?? [];
    expect(comments.slice(0, 2)).toEqual(copies);
    expect(comments).toHaveLength(3);
    expect(comments[2]?.id).toBe(own?.id);
    expect(comments[2]?.body).not.toBe(ownBody);
    expect(comments[2]?.body).toContain('3 regressions');
    expect(github.routes().filter((r) => /comments\/[12]$/.test(r))).toEqual([]);
  });

  it('a fork PR that is not open says so in one line, and no comment is made', async () => {
    await standIn();
    github.pulls.get(7)!.state = 'closed';
    const io = await runAction(
      {
        mode: 'comment',
        'fail-on': 'never',
        'reports-dir': await reportsWith(['report-linux.json', regressedReport('linux', 1)]),
      },
      await runnerEnv(`http://${github.url}`, {
        name: 'workflow_run',
        file: payload('workflow_run-fork-pr'),
      }),
    );
    expect(io.warnings).toEqual([
      `interpreter-guard: no pull request in this workflow_run (fork PR not found for head sha ${HEAD_SHA.slice(0, 7)} on forker:main)`,
    ]);
    expect(github.routes().filter((r) => r.includes('/comments'))).toEqual([]);
    // The check run still goes on the head commit: it shows on the pull request once it reopens.
    expect(github.checkRuns).toHaveLength(1);
    expect(io.failures).toEqual([]);
  });
});

describe(
  "stage 1's hint: the pull request number the reports recorded",
  { timeout: 60_000 },
  () => {
    const forkRun = () =>
      runnerEnv(`http://${github.url}`, {
        name: 'workflow_run',
        file: payload('workflow_run-fork-pr'),
      });
    const hinted = (...numbers: number[]) =>
      reportsWith(
        ...numbers.map((n, i): [string, ReturnType<typeof regressedReport>] => [
          `report-leg${i}.json`,
          regressedReport(`leg${i}`, 1, { pullRequest: n }),
        ]),
      );
    const search = () => github.requests.filter((r) => r.path === '/repos/o/r/pulls');
    const commentedOn = () =>
      github
        .routes()
        .filter((r) => /^POST \/repos\/o\/r\/issues\/\d+\/comments$/.test(r))
        .map((r) => Number(/issues\/(\d+)/.exec(r)?.[1]));

    it('a correct hint finds the fork PR, checked with GitHub, without the head-branch search', async () => {
      await standIn();
      const io = await runAction(
        { mode: 'comment', 'fail-on': 'never', 'reports-dir': await hinted(7, 7) },
        await forkRun(),
      );
      expect(github.routes().filter((r) => r.includes('/pulls'))).toEqual([
        'GET /repos/o/r/pulls/7',
      ]);
      expect(search()).toEqual([]);
      expect(commentedOn()).toEqual([7]);
      expect(github.checkRuns.map((c) => c.head_sha)).toEqual([HEAD_SHA]);
      expect(io.warnings).toEqual([]);
      expect(io.infos.filter((l) => l.includes('recorded in the reports'))).toEqual([]);
    });

    // Each is a pull request of o/r (or none) that is not the run's: it is never commented on, and
    // the head-branch search finds #7.
    const forgeries: [string, number, (g: FakeGitHub) => void, string][] = [
      [
        "another pull request at the same commit, from o/r's own branch",
        3,
        () => {},
        'it comes from o/r:nix-envs, not forker/r:main',
      ],
      [
        'a closed pull request of the same fork branch and commit',
        8,
        (g) => g.addPullRequest({ ...g.pulls.get(7)!, number: 8, state: 'closed' }),
        'it is closed',
      ],
      [
        'a pull request of the fork at another commit',
        9,
        (g) =>
          g.addPullRequest({
            ...g.pulls.get(7)!,
            number: 9,
            head: { ...g.pulls.get(7)!.head, ref: 'other', sha: 'b'.repeat(40) },
          }),
        `its head is bbbbbbb, not ${HEAD_SHA.slice(0, 7)}; it comes from forker/r:other, not forker/r:main`,
      ],
      [
        'a pull request into another repository',
        10,
        (g) =>
          g.addPullRequest({
            ...g.pulls.get(7)!,
            number: 10,
            base: { ref: 'main', repo: { full_name: 'other/r' } },
          }),
        'it goes into other/r',
      ],
      ['a number that is no pull request', 999, () => {}, 'o/r has no such pull request'],
    ];
    it.each(forgeries)('a wrong hint is not used: %s', async (_what, number, add, why) => {
      await standIn();
      add(github);
      const io = await runAction(
        { mode: 'comment', 'fail-on': 'never', 'reports-dir': await hinted(number) },
        await forkRun(),
      );
      expect(github.routes()).toContain(`GET /repos/o/r/pulls/${number}`);
      expect(io.infos).toContain(
        `interpreter-guard: pull request #${number}, recorded in the reports, is not used (${why}); looking it up by head branch`,
      );
      expect(search().map((r) => r.query.get('head'))).toEqual(['forker:main']);
      expect(commentedOn()).toEqual([7]);
      expect(io.warnings).toEqual([]);
      expect(visible(io)).not.toMatch(STACK);
    });

    it('a wrong hint with no pull request to find: no comment anywhere', async () => {
      await standIn();
      github.pulls.get(7)!.state = 'closed';
      const io = await runAction(
        { mode: 'comment', 'fail-on': 'never', 'reports-dir': await hinted(3) },
        await forkRun(),
      );
      expect(commentedOn()).toEqual([]);
      expect(io.warnings).toEqual([
        `interpreter-guard: no pull request in this workflow_run (fork PR not found for head sha ${HEAD_SHA.slice(0, 7)} on forker:main)`,
      ]);
    });

    it('legs that disagree: the hint is ignored (a debug line says so) and the search runs', async () => {
      await standIn();
      const io = await runAction(
        { mode: 'comment', 'fail-on': 'never', 'reports-dir': await hinted(7, 3) },
        await forkRun(),
      );
      expect(io.log).toContain(
        "debug: the legs' reports record different pull requests (#7, #3); the hint is not used",
      );
      expect(github.routes().filter((r) => /\/pulls\/\d+$/.test(r))).toEqual([]);
      expect(search()).toHaveLength(1);
      expect(commentedOn()).toEqual([7]);
    });

    it('a leg without the hint is a disagreement too; no hint at all is the search, said nowhere', async () => {
      await standIn();
      const partly = await reportsWith(
        ['report-a.json', regressedReport('a', 1, { pullRequest: 7 })],
        ['report-b.json', regressedReport('b', 1)],
      );
      const io = await runAction(
        { mode: 'comment', 'fail-on': 'never', 'reports-dir': partly },
        await forkRun(),
      );
      expect(io.log).toContain(
        "debug: the legs' reports record different pull requests (#7, none); the hint is not used",
      );
      const none = await runAction(
        {
          mode: 'comment',
          'fail-on': 'never',
          'reports-dir': await reportsWith(['report-linux.json', regressedReport('linux', 1)]),
        },
        await forkRun(),
      );
      expect(none.log.filter((l) => l.includes('hint'))).toEqual([]);
      expect(github.routes().filter((r) => /\/pulls\/\d+$/.test(r))).toEqual([]);
      expect(search()).toHaveLength(2);
      expect(github.issues.get(7)?.comments).toHaveLength(1);
    });

    it('a same-repository pull request from pull_requests[] needs no hint: the hint is not read', async () => {
      await standIn();
      await runAction(
        { mode: 'comment', 'reports-dir': await hinted(7) },
        await runnerEnv(`http://${github.url}`, {
          name: 'workflow_run',
          file: payload('workflow_run-same-repo-pr'),
        }),
      );
      expect(github.routes().filter((r) => r.includes('/pulls'))).toEqual([]);
      expect(commentedOn()).toEqual([3]);
    });
  },
);

describe('the check run', { timeout: 60_000 }, () => {
  it('carries 120 regressions in batches of 50 (create, then updates), and a rerun adds none', async () => {
    await standIn();
    const reportsDir = await reportsWith(['report-linux.json', regressedReport('linux', 120)]);
    const env = await runnerEnv(`http://${github.url}`, { name: 'pull_request', body: prEvent() });
    const io = await runAction({ mode: 'report', 'reports-dir': reportsDir }, env);
    expect(io.outputs.regressions).toBe('120');
    expect(github.checkRuns).toHaveLength(1);
    const check = github.checkRuns[0]!;
    expect(check.batches).toEqual([50, 50, 20]);
    expect(check.annotations).toHaveLength(120);
    expect(new Set(check.annotations.map((a) => a.message)).size).toBe(120);
    expect(check.conclusion).toBe('failure');
    expect(github.routes().filter((r) => r.includes('check-runs'))).toEqual([
      `GET /repos/o/r/commits/${HEAD_SHA}/check-runs`,
      'POST /repos/o/r/check-runs',
      `PATCH /repos/o/r/check-runs/${check.id}`,
      `PATCH /repos/o/r/check-runs/${check.id}`,
    ]);

    const again = await runAction({ mode: 'report', 'reports-dir': reportsDir }, env);
    expect(github.checkRuns).toHaveLength(1);
    expect(check.annotations).toHaveLength(120);
    expect(again.infos).toContain(
      `interpreter-guard: check run "interpreter-guard" updated (failure, 0 new annotations): ${check.html_url}`,
    );
  });

  it('is neutral for a regression fail-on lets through, and success when nothing changed', async () => {
    await standIn();
    const env = await runnerEnv(`http://${github.url}`, { name: 'pull_request', body: prEvent() });
    await runAction(
      {
        mode: 'report',
        'fail-on': 'never',
        'report-name': 'lenient',
        'reports-dir': await reportsWith(['report-linux.json', regressedReport('linux', 1)]),
      },
      env,
    );
    await runAction(
      {
        mode: 'report',
        'report-name': 'clean',
        'reports-dir': await reportsWith(['report-linux.json', regressedReport('linux', 0)]),
      },
      env,
    );
    expect(github.checkRuns.map((c) => [c.name, c.conclusion])).toEqual([
      ['lenient', 'neutral'],
      ['clean', 'success'],
    ]);
  });

  it('without checks: write: one line in the log (not a warning), and the comment still goes out', async () => {
    await standIn();
    github.noChecks = true;
    const io = await runAction(
      {
        mode: 'report',
        'reports-dir': await reportsWith(['report-linux.json', regressedReport('linux', 1)]),
      },
      await runnerEnv(`http://${github.url}`, { name: 'pull_request', body: prEvent() }),
    );
    expect(io.infos.filter((l) => l.includes('check run'))).toEqual([
      'interpreter-guard: no check run (the token lacks checks: write)',
    ]);
    expect(io.warnings).toEqual([]);
    expect(github.issues.get(7)?.comments).toHaveLength(1);
  });
});

describe('reporting never fails the job and never stays silent', { timeout: 60_000 }, () => {
  it('a read-only token in mode comment, fail-on never: job passes, one warning line, no stack', async () => {
    await standIn();
    github.readOnly = true;
    const io = await runAction(
      {
        mode: 'comment',
        'fail-on': 'never',
        'reports-dir': await reportsWith(['report-linux.json', regressedReport('linux', 3)]),
      },
      await runnerEnv(`http://${github.url}`, {
        name: 'workflow_run',
        file: payload('workflow_run-fork-pr'),
      }),
    );
    expect(io.failures).toEqual([]);
    expect(io.warnings).toEqual([
      'interpreter-guard: no pull request comment (the token cannot write to this pull request (a fork?); use the two-stage workflow in examples/). The report is in the job summary.',
    ]);
    expect(io.infos).toContain('interpreter-guard: no check run (the token lacks checks: write)');
    expect(io.summaryText).toContain('3 regressions');
    expect(visible(io)).not.toMatch(STACK);
  });

  it('a 502 is tried again; one that persists is one warning, and the job still passes', async () => {
    await standIn();
    const reportsDir = await reportsWith(['report-linux.json', regressedReport('linux', 1)]);
    const env = await runnerEnv(`http://${github.url}`, { name: 'pull_request', body: prEvent() });
    github.failures.push({
      route: /^POST \/repos\/o\/r\/issues\/7\/comments$/,
      status: 502,
      times: 1,
    });
    const once = await runAction(
      { mode: 'report', 'fail-on': 'never', 'reports-dir': reportsDir },
      env,
    );
    expect(once.warnings).toEqual([]);
    expect(github.issues.get(7)?.comments).toHaveLength(1);

    github.failures.push({
      route: /^GET \/repos\/o\/r\/commits\/.*\/check-runs$/,
      status: 503,
      times: 99,
    });
    const always = await runAction(
      { mode: 'report', 'fail-on': 'never', 'reports-dir': reportsDir },
      env,
    );
    expect(always.warnings).toEqual([
      'interpreter-guard: no check run (GitHub failed (HTTP 503) after retries)',
    ]);
    // retries: 2 in these tests: three attempts, then the guard.
    expect(
      github.routes().filter((r) => r.endsWith('/check-runs') && r.startsWith('GET')),
    ).toHaveLength(1 + 3);
    expect(always.failures).toEqual([]);
    expect(visible(always)).not.toMatch(STACK);
  });

  it('a malformed event file: one line saying so, no API call, no stack', async () => {
    await standIn();
    const io = await runAction(
      {
        mode: 'report',
        'fail-on': 'never',
        'reports-dir': await reportsWith(['report-linux.json', regressedReport('linux', 1)]),
      },
      await runnerEnv(`http://${github.url}`, { name: 'pull_request', body: '{"pull_request": ' }),
    );
    expect(io.warnings).toHaveLength(1);
    expect(io.warnings[0]).toMatch(
      /^interpreter-guard: no pull request comment or check run \(the event file is not JSON: .+\)$/,
    );
    expect(github.requests).toEqual([]);
    expect(io.failures).toEqual([]);
    expect(visible(io)).not.toMatch(STACK);
  });

  it('an event that does not fit the schema names the field', async () => {
    await standIn();
    const io = await runAction(
      {
        mode: 'report',
        'fail-on': 'never',
        'reports-dir': await reportsWith(['report-linux.json', regressedReport('linux', 1)]),
      },
      await runnerEnv(`http://${github.url}`, {
        name: 'pull_request',
        body: prEvent({ base: { ref: 'main' } }),
      }),
    );
    expect(io.warnings).toEqual([
      'interpreter-guard: no pull request comment or check run (the event file does not fit a pull_request event: field "pull_request.base.repo": expected an object)',
    ]);
    expect(github.requests).toEqual([]);
  });

  it('a workflow_run of a push has no pull request to find: said, not warned', async () => {
    await standIn();
    const event = JSON.stringify({
      workflow_run: {
        id: 1,
        event: 'push',
        head_sha: HEAD_SHA,
        head_branch: 'main',
        pull_requests: [],
      },
    });
    const io = await runAction(
      {
        mode: 'comment',
        comment: 'always',
        'reports-dir': await reportsWith(['report-linux.json', regressedReport('linux', 0)]),
      },
      await runnerEnv(`http://${github.url}`, { name: 'workflow_run', body: event }),
    );
    expect(io.warnings).toEqual([]);
    expect(io.infos).toContain(
      'interpreter-guard: the workflow run was triggered by push, not a pull request; nothing to comment on.',
    );
    expect(github.routes().filter((r) => r.includes('pulls') || r.includes('comments'))).toEqual(
      [],
    );
  });
});

describe('merging fails closed', () => {
  it('two reports of one leg: an error naming both files, before any call to GitHub', async () => {
    await standIn();
    const dir = await reportsWith(
      ['report-linux.json', regressedReport('linux', 6)],
      ['report-linux-rerun.json', regressedReport('linux', 0)],
    );
    const io = await runAction(
      { mode: 'report', 'reports-dir': dir },
      await runnerEnv(`http://${github.url}`, { name: 'pull_request', body: prEvent() }),
    );
    expect(io.failures).toEqual([
      `two reports for leg "linux": ${join(dir, 'report-linux-rerun.json')} and ${join(dir, 'report-linux.json')} (each leg must report once; remove one, or give the legs distinct names with the leg input)`,
    ]);
    expect(github.requests).toEqual([]);
    expect(io.summaryText).toBe('');
  });

  it('no readable report at all: the job fails, it is not "no change"', async () => {
    await standIn();
    const empty = await reportsWith();
    const io = await runAction(
      { mode: 'report', 'reports-dir': empty },
      await runnerEnv(`http://${github.url}`, { name: 'pull_request', body: prEvent() }),
    );
    expect(io.failures).toEqual([
      `interpreter-guard: no readable report in ${empty}; nothing was compared`,
    ]);
    expect(io.summaryText).toBe('');
    expect(github.requests).toEqual([]);
  });
});

describe('the base-branch baseline', { timeout: 60_000 }, () => {
  it("comes from the last successful push run on the base branch of this repository, not a fork's", async () => {
    await standIn();
    const run = (id: number, event: string, head: string) => ({
      id,
      workflow_id: 'interpreter-guard.yml',
      event,
      head_branch: 'main',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'success',
      head_repository: { full_name: head },
      repository: { full_name: 'o/r' },
    });
    // Newest first, as GitHub lists them: a fork PR from its own `main`, then a push of o/r.
    github.workflowRuns.push(
      run(30, 'pull_request', 'forker/r'),
      run(20, 'push', 'forker/r'),
      run(10, 'push', 'o/r'),
    );
    const baseReport = regressedReport('linux', 0);
    const downloads: number[] = [];
    const artifacts: ArtifactStore = {
      available: true,
      reason: null,
      upload: () => Promise.resolve(),
      async downloadAll(dir, from) {
        if (!from) return 0; // this run's artifacts: the reports are in reports-dir already
        downloads.push(from.runId);
        await writeReport(dir, 'report-linux.json', baseReport);
        return 1;
      },
    };
    const io = await runAction(
      {
        mode: 'report',
        baseline: 'base-branch',
        'fail-on': 'never',
        'reports-dir': await reportsWith(['report-linux.json', regressedReport('linux', 1)]),
      },
      await runnerEnv(`http://${github.url}`, { name: 'pull_request', body: prEvent() }),
      { ...FAST, artifacts },
    );
    const asked = github.requests.filter((r) => r.path.endsWith('/runs'));
    expect(asked.map((r) => r.path)).toEqual([
      '/repos/o/r/actions/workflows/interpreter-guard.yml/runs',
    ]);
    expect(Object.fromEntries(asked[0]!.query)).toMatchObject({
      branch: 'main',
      event: 'push',
      status: 'success',
    });
    expect(downloads).toEqual([10]);
    expect(io.infos).toContain('interpreter-guard: baseline: 1 report artifact of run 10 on main');
    expect(io.summaryText).toContain("the base branch's latest reports");
  });
});
