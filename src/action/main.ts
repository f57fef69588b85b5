// The Action: per leg, inventory + fixtures + tool runs → report; then (mode report/all) merge the
// legs, compare with the baseline, and report: job summary, annotations, outputs, one sticky
// pull-request comment. Reporting never fails the job; only `fail-on` does.
import { arch, homedir, tmpdir, userInfo } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { assembleReport } from '../core/inventory/report.js';
import { analyze, type Analysis } from '../core/diff/analyze.js';
import type { Waiver } from '../core/diff/waivers.js';
import type { Report } from '../core/model.js';
import { annotationsFor } from '../core/render/action/annotations.js';
import { commentMarker, renderComment } from '../core/render/action/comment.js';
import { renderSummary } from '../core/render/action/summary.js';
import { defaultCacheDir, ProbeCache } from '../discovery/cache.js';
import { osFromPlatform, type DiscoveryContext } from '../discovery/context.js';
import { takeInventory } from '../discovery/inventory.js';
import { runProcess } from '../discovery/process-runner.js';
import { runnerInfo } from '../discovery/runner-info.js';
import { findOnPath } from '../discovery/which.js';
import { defaultBasePython, describeBasePython } from '../fixtures/base-python.js';
import { buildFixtures } from '../fixtures/build.js';
import { FIXTURE_KINDS, type FixtureKind } from '../fixtures/manifest.js';
import { commentsPort } from '../github/octokit-comments.js';
import { statusOf } from '../github/port.js';
import { upsertComment } from '../github/sticky.js';
import { parseToolOptions, runTools, ToolOptionError } from '../tools/plan.js';
import { ToolSetupError } from '../tools/prepare.js';
import { VERSION } from '../version.js';
import { ARTIFACT_PREFIX, artifactStore } from './artifacts.js';
import { readEvent } from './event.js';
import { runTriageMode } from './triage-mode.js';
import { InputError, parseInputs, type Inputs } from './inputs.js';
import { runnerIo, type ActionIo } from './io.js';
import { loadReportFile, loadReports, loadWaivers, writeLegReport } from './reports.js';

export async function run(io: ActionIo = runnerIo()): Promise<void> {
  try {
    const inputs = parseInputs(io.inputs());
    if (inputs.mode === 'triage') {
      await runTriageMode(io, inputs.githubToken);
      return;
    }
    const reportsDir = resolve(
      inputs.reportsDir ?? join(io.env.RUNNER_TEMP ?? tmpdir(), 'interpreter-guard-reports'),
    );
    if (inputs.mode === 'discover' || inputs.mode === 'all') {
      const { report, path } = await discoverLeg(inputs, io, reportsDir);
      io.setOutput('report-path', path);
      if (inputs.mode === 'discover') {
        const store = artifactStore(io.env);
        if (store.available) {
          await store.upload(report.runner.leg ?? 'leg', path, reportsDir);
          io.info(
            `interpreter-guard: ${report.interpreters.length} interpreter paths; report uploaded as artifact ${ARTIFACT_PREFIX}${report.runner.leg}.`,
          );
        } else {
          io.info(
            `interpreter-guard: ${report.interpreters.length} interpreter paths; ${store.reason ?? ''}, so the report stays in ${path} (upload ${reportsDir} with actions/upload-artifact for the report job).`,
          );
        }
        return;
      }
    }
    await reportAndComment(inputs, io, reportsDir);
  } catch (error) {
    if (
      error instanceof InputError ||
      error instanceof ToolOptionError ||
      error instanceof ToolSetupError
    )
      io.fail(error.message);
    else io.fail(`interpreter-guard failed: ${(error as Error).stack ?? String(error)}`);
  }
}

async function discoverLeg(
  inputs: Inputs,
  io: ActionIo,
  reportsDir: string,
): Promise<{ report: Report; path: string }> {
  const env = io.env;
  const os = osFromPlatform(process.platform);
  const leg = inputs.leg ?? `${env.RUNNER_OS ?? os}-${env.RUNNER_ARCH ?? arch()}`.toLowerCase();
  const discoveryEnv = { ...env, ...(await fixturesEnv(inputs, io)) };
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  const ctx: DiscoveryContext = {
    os,
    env: discoveryEnv,
    home,
    cwd: process.cwd(),
    user: env.USER ?? env.USERNAME ?? safeUser(),
    runner: runProcess,
    commandTimeoutMs: 10_000,
  };
  const cacheDir = env.RUNNER_TOOL_CACHE
    ? join(env.RUNNER_TOOL_CACHE, 'interpreter-guard')
    : defaultCacheDir(env, os, home);
  const inventory = await takeInventory(ctx, {
    cache: ProbeCache.disabled(),
    timeoutMs: 10_000,
    concurrency: 4,
  });
  io.info(`interpreter-guard: found ${inventory.interpreters.length} interpreter paths on ${leg}`);

  const toolOptions = {
    tool: inputs.tool ?? '',
    baselineTool: inputs.baseline.kind === 'tool' ? (inputs.baselineTool ?? undefined) : undefined,
    requests: inputs.requests.length ? inputs.requests : undefined,
    uvPreference: inputs.pythonPreference ?? undefined,
    timeoutMs: 120_000,
    cacheDir,
  };
  const tools = await runTools(parseToolOptions(toolOptions), toolOptions, {
    os,
    platform: process.platform,
    cwd: process.cwd(),
    callerEnv: env,
    inventory: inventory.interpreters,
    locations: inventory.locations,
    progress: null,
  });
  const report = assembleReport({
    generatorVersion: VERSION,
    generatedAt: new Date().toISOString(),
    runner: runnerInfo(os, discoveryEnv, leg),
    interpreters: inventory.interpreters,
    tools,
  });
  return { report, path: await writeLegReport(reportsDir, leg, report) };
}

/** Builds the requested fixture layouts and returns the environment that makes them discoverable. */
async function fixturesEnv(inputs: Inputs, io: ActionIo): Promise<NodeJS.ProcessEnv> {
  if (!inputs.fixtures.length) return {};
  const unknown = inputs.fixtures.filter((k) => !(FIXTURE_KINDS as readonly string[]).includes(k));
  if (unknown.length)
    throw new InputError(
      `input "fixtures": unknown kind ${unknown.join(', ')} (expected ${FIXTURE_KINDS.join(', ')})`,
    );
  const basePath = await defaultBasePython();
  if (!basePath) {
    io.warning(
      'interpreter-guard: fixtures need a /usr/bin/python3.X to copy; none on this runner, so none were built.',
    );
    return {};
  }
  const manifest = await buildFixtures({
    dir: join(io.env.RUNNER_TEMP ?? tmpdir(), 'interpreter-guard-fixtures'),
    kinds: inputs.fixtures as FixtureKind[],
    base: await describeBasePython(basePath),
    compiler: 'cc',
    storeDir: io.env.NIX_STORE_DIR,
    nixBuild: await findOnPath('nix-build', io.env.PATH ?? ''),
  });
  io.info(
    `interpreter-guard: built fixtures (${inputs.fixtures.join(', ')}; Nix: ${manifest.nixMode})`,
  );
  return { ...manifest.env, PATH: [...manifest.pathDirs, io.env.PATH ?? ''].join(delimiter) };
}

async function reportAndComment(inputs: Inputs, io: ActionIo, reportsDir: string): Promise<void> {
  const store = artifactStore(io.env);
  if (store.available && inputs.mode !== 'all') {
    // The legs' artifacts: of this run, or (a workflow_run stage) of the run that triggered it.
    const event = await readEvent(io.env.GITHUB_EVENT_PATH);
    const [owner = '', repo = ''] = (io.env.GITHUB_REPOSITORY ?? '').split('/');
    const from =
      inputs.mode === 'comment' && event.runId
        ? { runId: event.runId, owner, repo, token: inputs.githubToken }
        : undefined;
    const count = await store.downloadAll(reportsDir, from);
    io.info(
      `interpreter-guard: downloaded ${count} report artifact${count === 1 ? '' : 's'} into ${reportsDir}`,
    );
  }
  const loaded = await loadReports(reportsDir);
  for (const p of loaded.problems) io.warning(`interpreter-guard: report left out: ${p}`);
  const baseline = await loadBaseline(inputs, reportsDir, io);
  const waivers: Waiver[] = inputs.waivers ? await loadWaivers(inputs.waivers) : [];
  const analysis = analyze({
    reports: loaded.reports,
    baseline,
    waivers,
    expectedLegs: inputs.expectedLegs,
    normalize: {
      temps: [io.env.RUNNER_TEMP ?? ''].filter(Boolean),
      homes: [io.env.HOME ?? ''].filter(Boolean),
    },
  });
  if (!analysis.baseline.found)
    io.warning(
      `interpreter-guard: no baseline (${analysis.baseline.description}); nothing was compared.`,
    );

  const runUrl =
    io.env.GITHUB_SERVER_URL && io.env.GITHUB_REPOSITORY && io.env.GITHUB_RUN_ID
      ? `${io.env.GITHUB_SERVER_URL}/${io.env.GITHUB_REPOSITORY}/actions/runs/${io.env.GITHUB_RUN_ID}`
      : null;
  await io.summary(renderSummary(analysis));
  // warn-on: any-change annotates every change; regression only a run with a regression.
  const annotate =
    inputs.warnOn === 'any-change' ||
    (inputs.warnOn === 'regression' && analysis.counts.regression > 0) ||
    analysis.status === 'incomplete';
  if (annotate) for (const a of annotationsFor(analysis)) io.annotate(a);
  io.setOutput('regressions', analysis.counts.regression);
  io.setOutput('fixes', analysis.counts.fix);
  io.setOutput('drift', analysis.counts.drift);

  const url = await comment(inputs, io, analysis, runUrl);
  if (url) io.setOutput('comment-url', url);

  const failure = failureOf(inputs, analysis);
  if (failure) io.fail(failure);
}

async function loadBaseline(
  inputs: Inputs,
  reportsDir: string,
  io: ActionIo,
): Promise<Parameters<typeof analyze>[0]['baseline']> {
  switch (inputs.baseline.kind) {
    case 'tool':
      return { kind: 'tool', description: 'the baseline tool in this run', reports: null };
    case 'none':
      return { kind: 'none', description: 'baseline: none', reports: null };
    case 'file': {
      const result = await loadReportFile(resolve(inputs.baseline.path));
      if ('problem' in result)
        io.warning(`interpreter-guard: baseline file left out: ${result.problem}`);
      return {
        kind: 'file',
        description: `the committed report ${inputs.baseline.path}`,
        reports: 'report' in result ? [result.report] : null,
      };
    }
    case 'base-branch': {
      const dir = join(reportsDir, 'base');
      let loaded = await loadReports(dir);
      if (!loaded.reports.length) {
        const fetched = await fetchBaseBranchReports(inputs, io, dir);
        if (fetched) loaded = await loadReports(dir);
      }
      for (const p of loaded.problems)
        io.warning(`interpreter-guard: baseline report left out: ${p}`);
      return {
        kind: 'base-branch',
        description: `the base branch's latest reports (${dir})`,
        reports: loaded.reports.length ? loaded.reports : null,
      };
    }
  }
}

/**
 * The base branch's last successful run of this workflow, and its report artifacts downloaded into
 * `dir`. Needs the artifact service and a token; says why when it cannot.
 */
async function fetchBaseBranchReports(inputs: Inputs, io: ActionIo, dir: string): Promise<boolean> {
  const store = artifactStore(io.env);
  const event = await readEvent(io.env.GITHUB_EVENT_PATH);
  const [owner = '', repo = ''] = (io.env.GITHUB_REPOSITORY ?? '').split('/');
  const workflow = /\/\.github\/workflows\/([^@/]+)@/.exec(io.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  if (!store.available || !inputs.githubToken || !event.baseRef || !workflow || !owner) {
    io.warning(
      `interpreter-guard: cannot fetch the base branch's reports (${store.reason ?? (!inputs.githubToken ? 'no token' : 'not a pull request of a workflow run')}); put them in ${dir} in an earlier step.`,
    );
    return false;
  }
  const octokit = getOctokit(inputs.githubToken, {
    baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
  });
  const { data } = await octokit.request(
    'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    { owner, repo, workflow_id: workflow, branch: event.baseRef, status: 'success', per_page: 1 },
  );
  const runId = (data as { workflow_runs: { id: number }[] }).workflow_runs[0]?.id;
  if (!runId) {
    io.warning(
      `interpreter-guard: no successful run of ${workflow} on ${event.baseRef} to take a baseline from.`,
    );
    return false;
  }
  const count = await store.downloadAll(dir, { runId, owner, repo, token: inputs.githubToken });
  io.info(
    `interpreter-guard: baseline: ${count} report artifact${count === 1 ? '' : 's'} of run ${runId} on ${event.baseRef}`,
  );
  return count > 0;
}

function failureOf(inputs: Inputs, a: Analysis): string | null {
  if (a.status === 'incomplete')
    return `interpreter-guard: no report from ${a.missingLegs.join(', ')}`;
  if (inputs.failOn === 'regression' && a.counts.regression)
    return `interpreter-guard: ${a.counts.regression} interpreter${a.counts.regression === 1 ? '' : 's'} accepted before ${a.counts.regression === 1 ? 'is' : 'are'} turned down now`;
  if (inputs.failOn === 'any-change' && a.changes.some((c) => !c.waived))
    return 'interpreter-guard: interpreter discovery changed';
  return null;
}

/** Posts or updates the sticky comment; never fails the job (read-only tokens on forks). */
async function comment(
  inputs: Inputs,
  io: ActionIo,
  analysis: Analysis,
  runUrl: string | null,
): Promise<string | null> {
  if (inputs.comment === 'off') return null;
  const event = await readEvent(io.env.GITHUB_EVENT_PATH);
  const [owner, repo] = (io.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || !inputs.githubToken) return null;
  const octokit = getOctokit(
    inputs.githubToken,
    {
      baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
      throttle: {
        onRateLimit: (_after: number, _options: unknown, _octokit: unknown, count: number) =>
          count < 2,
        onSecondaryRateLimit: () => false,
      },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    },
    retry,
    throttling,
  );
  let pr = event.pullRequest;
  if (!pr && inputs.mode === 'comment' && event.headSha) {
    // A workflow_run from a fork carries no pull request: find it from the head commit.
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
      owner,
      repo,
      commit_sha: event.headSha,
    });
    pr = (data as { number: number }[])[0]?.number ?? null;
  }
  if (!pr) return null;
  const wanted =
    inputs.comment === 'always' ||
    (inputs.comment === 'on-change' && analysis.status !== 'clean') ||
    (inputs.comment === 'on-regression' && analysis.status === 'regressions');
  const marker = commentMarker(`${io.env.GITHUB_WORKFLOW ?? 'workflow'}:${inputs.reportName}`);
  const body = renderComment(analysis, { marker, summaryUrl: runUrl });
  const port = commentsPort(octokit, { owner, repo });
  try {
    if (!wanted) {
      // Nothing to say now; an earlier comment is brought up to date rather than left stale.
      const existing = (await port.list(pr)).find((c) => c.body.includes(marker));
      if (!existing) return null;
    }
    const result = await upsertComment(port, pr, marker, body);
    io.info(`interpreter-guard: pull request comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (error) {
    const status = statusOf(error);
    const why =
      status === 403 || status === 404
        ? 'the token cannot write to this pull request (a fork?); use the two-stage workflow in examples/'
        : (error as Error).message;
    io.warning(
      `interpreter-guard: no pull request comment (${why}). The report is in the job summary.`,
    );
    return null;
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
