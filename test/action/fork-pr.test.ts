// The fork-safe two-stage setup end to end, on loopback. Stage 1 runs on a fork's pull_request
// event (read-only token, fail-on: never) and leaves its leg report; stage 2 runs on the matching
// workflow_run event with the base repository's token, against a stand-in API in which the head
// commit's /pulls lookup answers [] (as GitHub does for a commit only a fork has); it finds the
// pull request from the number stage 1 recorded, checked with GitHub, and never trusts a forged
// one. The two exec tools' policies differ on Nix envs that look like venvs, so the current tool
// regresses.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub, type PullRequest } from '../helpers/fake-github.js';
import { HEAD_SHA, payload, policyTool, runAction, runnerEnv, STACK, visible } from './fake-io.js';

const github = new FakeGitHub('test-token');
// The workflow's GITHUB_TOKEN writes as github-actions[bot].
github.appSlug = 'github-actions';
let reportsDir = '';

const forkPr = (
  number: number,
  sha: string,
  state: PullRequest['state'] = 'open',
): PullRequest => ({
  number,
  state,
  head: { ref: 'main', sha, repo: { full_name: 'forker/r', owner: { login: 'forker' } } },
  base: { ref: 'main', repo: { full_name: 'o/r' } },
});

beforeAll(async () => {
  await github.start();
  reportsDir = await mkdtemp(join(tmpdir(), 'ig-fork-reports-'));
  github.addPullRequest(forkPr(7, HEAD_SHA));
  // The fork pushed again since: same branch, another head. And an older, closed one.
  github.addPullRequest(forkPr(5, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'closed'));
  // Another fork's branch of the same name.
  github.addPullRequest({
    ...forkPr(6, HEAD_SHA),
    head: { ref: 'main', sha: HEAD_SHA, repo: { full_name: 'other/r', owner: { login: 'other' } } },
  });
});
afterAll(async () => {
  await github.stop();
  await rm(reportsDir, { recursive: true, force: true });
});

const stage2 = async () =>
  runAction(
    { mode: 'comment', 'reports-dir': reportsDir },
    await runnerEnv(`http://${github.url}`, {
      name: 'workflow_run',
      file: payload('workflow_run-fork-pr'),
    }),
  );

describe('a fork pull request through both stages', { timeout: 300_000 }, () => {
  let regressions = 0;

  it('stage 1 (pull_request from the fork, discover) writes its report and calls no API', async () => {
    const io = await runAction(
      {
        mode: 'discover',
        tool: `exec:python3 ${policyTool} {request}`,
        'baseline-tool': `exec:python3 ${policyTool} --lenient {request}`,
        requests: '3.11',
        fixtures: 'nix',
        'fail-on': 'never',
        leg: 'linux',
        'reports-dir': reportsDir,
        'github-token': 'read-only-token',
      },
      await runnerEnv(`http://${github.url}`, {
        name: 'pull_request',
        file: payload('pull_request-fork'),
      }),
    );
    expect(io.failures).toEqual([]);
    expect(io.outputs['report-path']).toBe(join(reportsDir, 'report-linux.json'));
    // One log group per phase, each tool in its own.
    expect(io.groups).toEqual([
      'fixtures',
      'inventory',
      `current tool: exec:python3 ${policyTool} {request}`,
      `baseline tool: exec:python3 ${policyTool} --lenient {request}`,
    ]);
    expect(io.log.some((l) => l.startsWith('debug: inventory: '))).toBe(true);
    expect(github.requests).toEqual([]);
    const report = JSON.parse(await readFile(io.outputs['report-path'] ?? '', 'utf8')) as {
      tools: { role: string }[];
      context?: { pullRequest?: number };
    };
    expect(report.tools.map((t) => t.role)).toEqual(['current', 'baseline']);
    // The event's pull request, as a hint for stage 2.
    expect(report.context).toEqual({ pullRequest: 7 });
  });

  it("stage 2 (workflow_run) finds the fork PR from stage 1's hint, checked with GitHub: one comment, one failing check run", async () => {
    const io = await stage2();
    regressions = Number(io.outputs.regressions);
    expect(regressions).toBeGreaterThan(0);

    // The hint, checked (open, head sha, base o/r, head forker/r:main): no head-branch search,
    // never the commit's /pulls.
    expect(github.routes().filter((r) => r.includes('/pulls'))).toEqual(['GET /repos/o/r/pulls/7']);

    // Exactly one comment, on #7 (not #6, the other fork's branch of the same name).
    const commented = github
      .routes()
      .filter((r) => /^POST \/repos\/o\/r\/issues\/\d+\/comments$/.test(r));
    expect(commented).toEqual(['POST /repos/o/r/issues/7/comments']);
    expect(github.issues.get(7)?.comments).toHaveLength(1);
    expect(github.issues.get(7)?.comments[0]?.body).toContain(
      '<!-- interpreter-guard:report:interpreter-guard:interpreter-guard -->',
    );
    expect(github.issues.get(7)?.comments[0]?.body).toMatch(
      /❌ interpreter-guard: \d+ regressions?/,
    );
    expect(io.outputs['comment-url']).toMatch(/issues\/7#/);

    // One check run on the fork's head commit, failing, with every regression as an annotation.
    expect(github.checkRuns).toHaveLength(1);
    const check = github.checkRuns[0];
    expect(check).toMatchObject({
      name: 'interpreter-guard',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure',
      details_url: 'https://github.example/o/r/actions/runs/4242',
    });
    expect(check?.output.summary).toMatch(/regressions?/);
    expect(check?.annotations).toHaveLength(regressions);
    for (const a of check?.annotations ?? [])
      expect(a).toMatchObject({
        path: '.github/workflows/interpreter-guard.yml',
        annotation_level: 'failure',
        message: expect.stringMatching(
          /\/bin\/python[\d.]* — before: (selected|accepted); now: rejected/,
        ),
      });

    // Stage 2 runs with the default fail-on: regression, so the fork PR turns red.
    expect(io.failures).toHaveLength(1);
    expect(io.failures[0]).toMatch(/accepted before (is|are) turned down now/);
    expect(io.warnings).toEqual([]);
    expect(io.groups).toEqual(['reports', 'pull request', 'compare', 'report']);
  });

  it('a rerun of stage 2 updates the same check run and comment: nothing new, nothing doubled', async () => {
    const before = github.requests.length;
    const io = await stage2();
    const writes = github.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/o/r/check-runs/${github.checkRuns[0]?.id}`,
    ]);
    expect(github.checkRuns).toHaveLength(1);
    expect(github.checkRuns[0]?.annotations).toHaveLength(regressions);
    expect(github.issues.get(7)?.comments).toHaveLength(1);
    expect(io.infos.some((l) => l.includes('pull request comment unchanged'))).toBe(true);
    expect(visible(io)).not.toMatch(STACK);
  });

  it("a forged hint (the other fork's PR at the same commit) is refused; the head-branch search finds #7", async () => {
    const file = join(reportsDir, 'report-linux.json');
    const report = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...report, context: { pullRequest: 6 } }));
    const before = github.requests.length;
    const io = await stage2();
    const asked = github.requests.slice(before).filter((r) => r.path.includes('/pulls'));
    expect(asked.map((r) => [r.path, Object.fromEntries(r.query)])).toEqual([
      ['/repos/o/r/pulls/6', {}],
      ['/repos/o/r/pulls', { head: 'forker:main', state: 'open', per_page: '100' }],
    ]);
    expect(io.infos).toContain(
      'interpreter-guard: pull request #6, recorded in the reports, is not used (it comes from other/r:main, not forker/r:main); looking it up by head branch',
    );
    expect(github.issues.get(6)?.comments).toEqual([]);
    expect(github.issues.get(7)?.comments).toHaveLength(1);
    expect(github.checkRuns).toHaveLength(1);
    expect(io.warnings).toEqual([]);
  });
});
