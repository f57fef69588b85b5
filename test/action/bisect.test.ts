// The Action's `bisect: on-regression` in mode all, in process: fake uv releases on a loopback
// GitHub (release listing and checksummed downloads, see test/tools/release-servers.ts) turning
// strict at 0.5.0, one of them uninstallable, and the stand-in GitHub API for the pull request's
// comment. One loopback front serves both at GITHUB_API_URL, as api.github.com does. The leg
// regresses (uv@0.5.11 against uv@0.4.30 turns down the virtual environment first on PATH), bisects
// there, and the comment names the release that brought it.
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/core/inventory/report.js';
import { probeBound } from '../../src/core/tools/bisect-search.js';
import { runProcess } from '../../src/discovery/process-runner.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { tempDir } from '../helpers/fixtures.js';
import { SYSTEM_PATH } from '../helpers/machine.js';
import { fakeUvReleases, type FakeUvReleases } from '../tools/release-servers.js';
import { HEAD_SHA, runAction, runnerEnv, STACK, visible } from './fake-io.js';

const VERSIONS = ['0.4.30', '0.4.31', ...Array.from({ length: 12 }, (_, i) => `0.5.${i}`)];
const RELEASES = '/repos/astral-sh/uv/releases';

let dir: string;
let cleanup: () => Promise<void>;
let uv: FakeUvReleases;
let github: FakeGitHub;
let front: Server;
let frontUrl: string;
/** The release listing answers this status instead, when set. */
let listingDown: number | null = null;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('ig-action-bisect-'));
  const made = await runProcess('python3', ['-m', 'venv', '--without-pip', join(dir, 'venv')], {
    env: { PATH: SYSTEM_PATH },
    timeoutMs: 60_000,
  });
  expect(made).toMatchObject({ kind: 'exited', code: 0 });
  uv = await fakeUvReleases(dir, { versions: VERSIONS, strictFrom: '0.5.0', broken: ['0.5.4'] });
  github = new FakeGitHub('test-token');
  github.appSlug = 'github-actions'; // the workflow token writes as github-actions[bot]
  await github.start();
  // The release listing goes to the releases' server, everything else to the stand-in API.
  front = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path.startsWith(RELEASES) && listingDown) {
      res.writeHead(listingDown).end('{"message":"unavailable"}');
      return;
    }
    const to = new URL(path.startsWith(RELEASES) ? uv.url : `http://${github.url}`);
    const forward = request(
      { host: to.hostname, port: to.port, path, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
});
afterAll(async () => {
  front.closeAllConnections();
  await new Promise((resolve) => front.close(resolve));
  await github.stop();
  await uv.close();
  await cleanup();
});

let nextPr = 20;
/** A pull request of its own for each run, so each test reads only its own comment, and its runner. */
async function pullRequestRun() {
  const number = nextPr++;
  github.addPullRequest({
    number,
    state: 'open',
    head: { ref: `b${number}`, sha: HEAD_SHA, repo: { full_name: 'o/r', owner: { login: 'o' } } },
    base: { ref: 'main', repo: { full_name: 'o/r' } },
  });
  const event = JSON.stringify({
    action: 'synchronize',
    pull_request: {
      number,
      head: { sha: HEAD_SHA, ref: `b${number}`, repo: { full_name: 'o/r' } },
      base: { ref: 'main', repo: { full_name: 'o/r' } },
    },
  });
  const env = await runnerEnv(
    frontUrl,
    { name: 'pull_request', body: event },
    {
      PATH: `${join(dir, 'venv', 'bin')}:${SYSTEM_PATH}`,
      UV_INSTALLER_GITHUB_BASE_URL: uv.url,
      // Installed releases are shared between the runs, as a runner's tool cache is.
      RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    },
  );
  return { number, env, comment: () => github.issues.get(number)?.comments[0]?.body ?? '' };
}

const LEG = {
  tool: 'uv@0.5.11',
  'baseline-tool': 'uv@0.4.30',
  requests: 'default',
  'fail-on': 'never',
  comment: 'always',
};

async function bisectRun(inputs: Record<string, string>) {
  const { env, comment } = await pullRequestRun();
  const calls = (await readFile(uv.calls, 'utf8')).split('\n').filter(Boolean).length;
  const io = await runAction({ mode: 'all', ...LEG, ...inputs }, env);
  const report = parseReport(JSON.parse(await readFile(io.outputs['report-path'] ?? '', 'utf8')));
  if (!report.ok) throw new Error(report.error);
  const ran = (await readFile(uv.calls, 'utf8')).split('\n').filter(Boolean).slice(calls);
  return {
    io,
    report: report.report,
    comment: comment(),
    /** The fake uv's scenario runs in this run (its --version calls left out). */
    scenarioRuns: ran.filter((c) => !c.includes('--version')),
  };
}

describe('bisect: on-regression in mode all', { timeout: 300_000 }, () => {
  it('finds the release that brought the regression, within ⌈log2 n⌉ + 1 probes, and the comment names it', async () => {
    const { io, report, comment, scenarioRuns } = await bisectRun({ bisect: 'on-regression' });
    expect(io.failures).toEqual([]);
    expect(io.warnings).toEqual([]);
    expect(Number(io.outputs.regressions)).toBeGreaterThan(0);
    expect(io.groups).toContain('bisect: uv 0.4.30 … 0.5.11');

    // The leg's report carries the result (schema-checked when read back above).
    const result = report.bisect;
    expect(result).toMatchObject({
      status: 'found',
      firstBad: '0.5.0',
      lastGood: '0.4.31',
      notesUrl: 'https://github.com/astral-sh/uv/releases/tag/0.5.0',
    });
    // 0.4.31 … 0.5.11: 13 releases, so at most ⌈log2 13⌉ + 1 = 5 probes, the skipped one included.
    expect(result?.releases).toHaveLength(13);
    const probes = result?.probes.filter((p) => p.role === 'probe') ?? [];
    expect(probes.length).toBeGreaterThan(0);
    expect(probes.length).toBeLessThanOrEqual(probeBound(13));
    expect(probeBound(13)).toBe(5);
    expect(probes[0]).toMatchObject({ version: '0.5.4', verdict: 'skipped' });
    // The two ends were the leg's own runs: not run again. Each probe reran the changed scenarios only.
    expect(result?.probes.slice(0, 2)).toMatchObject([
      { role: 'good', installMs: 0, runMs: 0 },
      { role: 'bad', installMs: 0, runMs: 0 },
    ]);
    const ran = probes.filter((p) => p.verdict !== 'skipped').length;
    expect(scenarioRuns).toHaveLength(2 * 5 + ran * result!.scenarios.length);

    // The comment (and the summary) say it, with the link, the last good release, the probes and
    // their time, and the release skipped.
    const line = comment.split('\n').find((l) => l.startsWith('**Introduced in'));
    expect(line).toMatch(
      new RegExp(
        `^\\*\\*Introduced in uv 0\\.5\\.0\\*\\* \\(\\[release notes\\]\\(https://github\\.com/astral-sh/uv/releases/tag/0\\.5\\.0\\)\\)\\. ` +
          `Last good: uv 0\\.4\\.31\\. Bisected on \`linux-x64\`: ${probes.length} probes \\(at most 5 for 13 releases, budget 8\\), \\d+\\.\\d s; ` +
          'skipped 0\\.5\\.4 \\(`checksum mismatch for uv-x86_64-unknown-linux-gnu\\.tar\\.gz',
      ),
    );
    // Up front: right after the headline and the context line.
    expect(comment.split('\n').indexOf(line ?? '')).toBe(5);
    expect(io.summaryText).toContain(line);
    expect(io.summaryText).toMatch(
      /\n\| 0\.5\.4 \| skipped \| \d+\.\d s \| 0\.0 s \| `checksum mismatch/,
    );
    expect(io.summaryText).toMatch(
      /\n\| 0\.5\.0 \| bad \| \d+\.\d s \| \d+\.\d s \| shows (\d+) of \1 changes \|/,
    );
    expect(io.infos).toContain(
      'interpreter-guard: uv 0.5.0 is the first release that shows the change; 0.4.31 is the last that does not.',
    );
    expect(visible(io)).not.toMatch(STACK);
  });

  it('with bisect: off (the default) nothing is bisected or listed', async () => {
    const listed = [...uv.hits.keys()].filter((k) => k.startsWith(RELEASES)).length;
    const { io, report, comment, scenarioRuns } = await bisectRun({});
    expect(Number(io.outputs.regressions)).toBeGreaterThan(0);
    expect(report.bisect).toBeUndefined();
    expect(io.groups.some((g) => g.startsWith('bisect'))).toBe(false);
    expect(comment).toMatch(/❌ interpreter-guard: \d+ regressions?/);
    expect(comment).not.toContain('Introduced in');
    expect(scenarioRuns).toHaveLength(2 * 5);
    expect([...uv.hits.keys()].filter((k) => k.startsWith(RELEASES))).toHaveLength(listed);
    expect(io.warnings).toEqual([]);
  });

  it('a release listing that fails is one warning: the job and the comment go on without it', async () => {
    listingDown = 503;
    try {
      const { io, report, comment } = await bisectRun({
        bisect: 'on-regression',
        'fail-on': 'regression',
      });
      expect(io.warnings).toEqual([
        `interpreter-guard: no bisection of uv 0.4.30 … 0.5.11 (cannot list releases: ${frontUrl}${RELEASES}?per_page=100: HTTP 503); the report goes on without it.`,
      ]);
      expect(report.bisect).toBeUndefined();
      expect(comment).toMatch(/❌ interpreter-guard: \d+ regressions?/);
      expect(comment).not.toContain('Introduced in');
      // Only fail-on decides the job: the regressions fail it, the bisection does not.
      expect(io.failures).toHaveLength(1);
      expect(io.failures[0]).toMatch(/turned down now/);
      expect(visible(io)).not.toMatch(STACK);
    } finally {
      listingDown = null;
    }
  });

  it('says in one line why a leg is not bisected: no two releases of one tool', async () => {
    const { io, report } = await bisectRun({
      bisect: 'on-regression',
      'baseline-tool': `exec:python3 -c "print()" {request}`,
      comment: 'off',
    });
    expect(report.bisect).toBeUndefined();
    expect(io.infos).toContain(
      'interpreter-guard: not bisected: tool and baseline-tool must be releases of one tool (uv@0.5.31, virtualenv@20.26.0, …): "exec:python3 -c "print()" {request}" is not a release.',
    );
  });
});

describe('bisect: on-regression in a matrix', { timeout: 300_000 }, () => {
  it('a discover leg does not bisect a regression its waivers cover', async () => {
    const waivers = join(dir, 'waivers.yml');
    await writeFile(waivers, 'waivers:\n  - reason: known since uv 0.5\n    class: regression\n');
    const pr = await pullRequestRun();
    const listed = [...uv.hits.keys()].filter((k) => k.startsWith(RELEASES)).length;
    const leg = await runAction(
      {
        mode: 'discover',
        ...LEG,
        bisect: 'on-regression',
        waivers,
        leg: 'linux',
        'reports-dir': join(dir, 'waived-reports'),
      },
      pr.env,
    );
    expect(leg.failures).toEqual([]);
    expect(leg.infos).toContain(
      'interpreter-guard: not bisected: no regression on this leg between uv 0.4.30 and 0.5.11.',
    );
    expect([...uv.hits.keys()].filter((k) => k.startsWith(RELEASES))).toHaveLength(listed);
  });

  it('the discover leg bisects where the change was seen; the report job shows what it recorded', async () => {
    const reportsDir = join(dir, 'matrix-reports');
    const pr = await pullRequestRun();
    const leg = await runAction(
      {
        mode: 'discover',
        ...LEG,
        bisect: 'on-regression',
        leg: 'linux',
        'reports-dir': reportsDir,
      },
      pr.env,
    );
    expect(leg.failures).toEqual([]);
    expect(leg.warnings).toEqual([]);
    expect(leg.infos).toContain(
      'interpreter-guard: uv 0.5.0 is the first release that shows the change; 0.4.31 is the last that does not.',
    );
    // The report job runs no tool and has none of the leg's interpreters: it renders the leg's record.
    const checks = github.checkRuns.length;
    const io = await runAction(
      { mode: 'report', 'reports-dir': reportsDir, 'fail-on': 'never', comment: 'always' },
      pr.env,
    );
    expect(io.failures).toEqual([]);
    expect(io.groups.some((g) => g.startsWith('bisect'))).toBe(false);
    const said =
      /^\*\*Introduced in uv 0\.5\.0\*\* \(\[release notes\]\(https:\/\/github\.com\/astral-sh\/uv\/releases\/tag\/0\.5\.0\)\)\. Last good: uv 0\.4\.31\. Bisected on `linux`: [1-5] probes \(at most 5 for 13 releases, budget 8\), \d+\.\d s; skipped 0\.5\.4 /m;
    expect(pr.comment()).toMatch(said);
    expect(io.summaryText).toMatch(said);
    // The check run's output is the comment's text.
    expect(github.checkRuns.slice(checks)[0]?.output.summary).toMatch(said);
  });
});
