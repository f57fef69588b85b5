// The built Action (dist/index.js), run the way a runner runs it, against a real HTTP server on
// loopback standing in for the GitHub API. The two exec tools' policies differ on Nix envs that
// look like venvs, so the strict "current" tool regresses against the lenient "baseline".
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../src/discovery/process-runner.js';
import { basePython } from '../helpers/fixtures.js';

const action = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const SHA = 'abc1230000000000000000000000000000000000';
const policyTool = fileURLToPath(new URL('../fixtures/tools/policy-tool.py', import.meta.url));

interface Comment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string };
}

/** A stand-in for the few comment endpoints the Action calls, recording every request. */
class FakeGitHub {
  comments: Comment[] = [];
  requests: { method: string; url: string }[] = [];
  readOnly = false;
  private server: Server = createServer((req, res) => void this.handle(req, res));
  private nextId = 100;
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(
    req: IncomingMessage,
    res: import('node:http').ServerResponse,
  ): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length
      ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { body?: string })
      : {};
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({ method: req.method ?? '', url: url.pathname });
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    };
    if (req.headers.authorization !== 'token test-token')
      return send(401, { message: 'Bad credentials' });
    const list = /^\/repos\/o\/r\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && req.method === 'GET') return send(200, this.comments);
    if (/^\/repos\/o\/r\/commits\/[0-9a-f]+\/pulls$/.test(url.pathname) && req.method === 'GET')
      return send(200, [{ number: 7 }]);
    if (url.pathname === '/repos/o/r/pulls' && req.method === 'GET')
      return send(
        200,
        url.searchParams.get('head') === 'o:feature'
          ? [{ number: 7, head: { sha: SHA }, base: { ref: 'main', repo: { full_name: 'o/r' } } }]
          : [],
      );
    if (
      (list && req.method === 'POST') ||
      (one && req.method === 'PATCH') ||
      (one && req.method === 'DELETE')
    ) {
      if (this.readOnly) return send(403, { message: 'Resource not accessible by integration' });
    }
    if (list && req.method === 'POST') {
      const comment = {
        id: this.nextId++,
        body: body.body ?? '',
        html_url: `https://github.example/o/r/pull/${list[1]}#issuecomment-${this.nextId}`,
        user: { login: 'github-actions[bot]' },
      };
      this.comments.push(comment);
      return send(201, comment);
    }
    if (one && req.method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(one[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = body.body ?? '';
      return send(200, comment);
    }
    if (one && req.method === 'DELETE') {
      this.comments = this.comments.filter((c) => c.id !== Number(one[1]));
      return send(204, {});
    }
    send(404, { message: 'Not Found' });
  }
}

let root: string;
const github = new FakeGitHub();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ig-action-'));
  await github.start();
});
afterAll(async () => {
  await github.stop();
  await rm(root, { recursive: true, force: true });
});

async function runAction(
  name: string,
  inputs: Record<string, string>,
  reuseTemp?: string,
  eventBody?: unknown,
) {
  const dir = join(root, name);
  // Under root, which goes after the tests; each run its own directory (A/A across temp dirs).
  const temp = reuseTemp ?? (await mkdtemp(join(root, `runner-${name}-`)));
  const event = join(temp, 'event.json');
  await writeFile(
    event,
    JSON.stringify(
      eventBody ?? {
        pull_request: {
          number: 7,
          head: { sha: SHA, repo: { full_name: 'o/r' } },
          base: { ref: 'main', repo: { full_name: 'o/r' } },
        },
      },
    ),
  );
  const output = join(temp, 'output.txt');
  const summary = join(temp, 'summary.md');
  await writeFile(output, '');
  await writeFile(summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: '/usr/bin:/bin',
    HOME: join(temp, 'home'),
    RUNNER_TEMP: temp,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_API_URL: github.url,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKFLOW: 'ci',
    'INPUT_GITHUB-TOKEN': 'test-token',
    INPUT_MODE: 'all',
    INPUT_FIXTURES: 'nix',
    INPUT_TOOL: `exec:python3 ${policyTool} {request}`,
    'INPUT_BASELINE-TOOL': `exec:python3 ${policyTool} --lenient {request}`,
    // The version the fixtures are built from, whatever the distribution's python3 is.
    INPUT_REQUESTS: (await basePython()).minor,
    ...inputs,
  };
  const result = await runProcess(process.execPath, [action], {
    env,
    cwd: root,
    timeoutMs: 300_000,
  });
  if (result.kind !== 'exited') throw new Error(`the action did not finish: ${result.kind}`);
  const outputs: Record<string, string> = {};
  for (const m of (await readFile(output, 'utf8')).matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1] ?? ''] = m[3] ?? '';
  return {
    code: result.code,
    stdout: result.stdout,
    outputs,
    summary: await readFile(summary, 'utf8'),
    temp,
    dir,
  };
}

describe('dist/index.js (the Action)', () => {
  let first: Awaited<ReturnType<typeof runAction>>;

  it('finds the regression, comments once naming the interpreter, writes outputs and summary, and fails', async () => {
    first = await runAction('first', {});
    const posts = github.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.url)).toEqual(['/repos/o/r/issues/7/comments']);
    expect(github.comments).toHaveLength(1);
    const body = github.comments[0]?.body ?? '';
    expect(body).toContain('<!-- interpreter-guard:report:ci:interpreter-guard -->');
    expect(body).toMatch(/❌ interpreter-guard: \d+ regressions?/);
    expect(body).toMatch(/-python3-3\.\d+\.\d+-env\/bin\/python3/);
    expect(body).toContain('is a virtual environment');
    expect(Number(first.outputs.regressions)).toBeGreaterThan(0);
    expect(first.outputs['comment-url']).toMatch(/issuecomment-/);
    expect(first.outputs['report-path']).toMatch(/report-.*\.json$/);
    expect(first.summary).toMatch(/-python3-3\.\d+\.\d+-env\/bin\/python3/);
    expect(first.stdout).toMatch(/::error title=Interpreter discovery regression on /);
    expect(first.code).not.toBe(0);
  });

  it('a second identical run posts nothing new; a changed one updates the same comment', async () => {
    let before = github.requests.length;
    const second = await runAction('first', {}, first.temp);
    expect(github.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(second.outputs.regressions).toBe(first.outputs.regressions);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);

    before = github.requests.length;
    await runAction('moved', {});
    // Fixtures under a new RUNNER_TEMP change the paths in the body: an update, not a new comment.
    expect(
      github.requests
        .slice(before)
        .filter((r) => r.method !== 'GET')
        .map((r) => r.method),
    ).toEqual(['PATCH']);
    expect(github.comments).toHaveLength(1);
  });

  it('with a read-only token (a fork) keeps the summary, warns, and does not fail for that reason', async () => {
    github.readOnly = true;
    try {
      github.comments = [];
      const run = await runAction('fork', { 'INPUT_FAIL-ON': 'never' });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        '::warning::interpreter-guard: no pull request comment (the token cannot write to this pull request',
      );
      expect(run.summary).toMatch(/regression/);
      expect(github.comments).toHaveLength(0);
    } finally {
      github.readOnly = false;
    }
  });

  it('A/A: the same tool as baseline and current finds no change (disagreements both sides show are not repeated)', async () => {
    const run = await runAction('aa', {
      'INPUT_BASELINE-TOOL': `exec:python3 ${policyTool} {request}`,
      INPUT_COMMENT: 'off',
    });
    expect(run.outputs.regressions).toBe('0');
    expect(run.outputs.fixes).toBe('0');
    expect(run.outputs.drift).toBe('0');
    // The strict policy turns the legacy Nix env (no pyvenv.cfg) down as a venv: on both sides,
    // so nothing new, and the summary says what it did not repeat.
    expect(run.outputs.disagreements).toBe('0');
    expect(run.summary).not.toMatch(/### Regressions/);
    expect(run.summary).toMatch(/with the inventory the baseline showed too (is|are) not repeated/);
    expect(run.code).toBe(0);

    // A tool that agrees with the inventory, against itself: nothing at all.
    const lenient = await runAction('aa-lenient', {
      INPUT_TOOL: `exec:python3 ${policyTool} --lenient {request}`,
      'INPUT_BASELINE-TOOL': `exec:python3 ${policyTool} --lenient {request}`,
      INPUT_COMMENT: 'off',
    });
    expect(lenient.outputs.regressions).toBe('0');
    expect(lenient.outputs.disagreements).toBe('0');
    expect(lenient.summary).toContain('no change in interpreter discovery');
    expect(lenient.code).toBe(0);
  });

  it('A/A across runs: fixtures rebuilt under another temporary directory match a committed baseline', async () => {
    const baselineFile = first.outputs['report-path'] ?? '';
    const run = await runAction('rebuilt', {
      INPUT_BASELINE: `file:${baselineFile}`,
      'INPUT_BASELINE-TOOL': '',
      INPUT_COMMENT: 'off',
    });
    expect(run.temp).not.toBe(first.temp);
    expect(run.outputs.regressions).toBe('0');
    expect(run.outputs.drift).toBe('0');
    expect(run.code).toBe(0);
  });

  it('mode comment (a workflow_run stage) finds the pull request by head branch and sha and posts from the reports', async () => {
    github.comments = [];
    const before = github.requests.length;
    const reportsDir = (first.outputs['report-path'] ?? '').replace(/\/report-[^/]+\.json$/, '');
    const run = await runAction(
      'stage2',
      {
        INPUT_MODE: 'comment',
        'INPUT_REPORTS-DIR': reportsDir,
        INPUT_TOOL: '',
        'INPUT_BASELINE-TOOL': '',
      },
      undefined,
      {
        workflow_run: {
          id: 99,
          event: 'pull_request',
          head_sha: SHA,
          head_branch: 'feature',
          head_repository: { full_name: 'o/r', owner: { login: 'o' } },
          pull_requests: [],
        },
      },
    );
    const requests = github.requests.slice(before).map((r) => `${r.method} ${r.url}`);
    expect(requests).toContain('GET /repos/o/r/pulls');
    expect(requests).not.toContain(`GET /repos/o/r/commits/${SHA}/pulls`);
    expect(requests).toContain('POST /repos/o/r/issues/7/comments');
    expect(github.comments[0]?.body).toMatch(/❌ interpreter-guard: \d+ regressions?/);
    expect(run.outputs.regressions).toBe(first.outputs.regressions);
  });

  it('mode discover without an artifact service keeps the leg report in reports-dir and says so', async () => {
    const run = await runAction('leg', {
      INPUT_MODE: 'discover',
      INPUT_LEG: 'nix',
      INPUT_COMMENT: 'off',
    });
    expect(run.code).toBe(0);
    expect(run.outputs['report-path']).toMatch(/interpreter-guard-reports\/report-nix\.json$/);
    expect(run.stdout).toContain('no artifact service on this runner, so the report stays in');
    const report = JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8')) as {
      runner: { leg: string };
      tools: unknown[];
    };
    expect(report.runner.leg).toBe('nix');
    expect(report.tools).toHaveLength(2);
  });

  it('baseline base-branch: uses reports an earlier step put in reports-dir/base, or says why there are none', async () => {
    const temp = await mkdtemp(join(root, 'runner-base-'));
    await mkdir(join(temp, 'interpreter-guard-reports', 'base'), { recursive: true });
    await copyFile(
      first.outputs['report-path'] ?? '',
      join(temp, 'interpreter-guard-reports', 'base', 'report-linux.json'),
    );
    const withBase = await runAction(
      'base',
      { INPUT_BASELINE: 'base-branch', 'INPUT_BASELINE-TOOL': '', INPUT_COMMENT: 'off' },
      temp,
    );
    expect(withBase.outputs.regressions).toBe('0');
    expect(withBase.summary).toContain("the base branch's latest reports");

    const without = await runAction('nobase', {
      INPUT_BASELINE: 'base-branch',
      'INPUT_BASELINE-TOOL': '',
      INPUT_COMMENT: 'off',
    });
    expect(without.stdout).toContain(
      "cannot fetch the base branch's reports (no artifact service on this runner)",
    );
    expect(without.summary).toContain('no baseline to compare with');
    expect(without.code).toBe(0);
  });

  it('names a bad input', async () => {
    const run = await runAction('bad', { 'INPUT_FAIL-ON': 'sometimes' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('::error::input "fail-on"');
  });
});
