// One leg (modes discover and all): fixtures → inventory → tools → this leg's report in reports-dir,
// through the pipeline the CLI uses, bisected when asked (bisect-stage.ts); mode discover then
// uploads it as the leg's artifact. The report may carry the event's pull request number: a hint
// for the workflow_run stage, which checks it with GitHub before using it (pull-request.ts).
import { arch, homedir, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { Waiver } from '../core/diff/waivers.js';
import { legOf } from '../core/leg.js';
import type { Report, ReportContext } from '../core/model.js';
import { defaultCacheDir, ProbeCache } from '../discovery/cache.js';
import { osFromPlatform } from '../discovery/context.js';
import { runProcess } from '../discovery/process-runner.js';
import { buildFixturesEnvironment } from '../fixtures/environment.js';
import { discoverReport } from '../pipeline/discover-report.js';
import { parseToolOptions } from '../tools/plan.js';
import { ARTIFACT_PREFIX, type ArtifactStore } from './artifacts.js';
import { bisectLeg } from './bisect-stage.js';
import { UserError } from './errors.js';
import { why } from './guard.js';
import type { Inputs } from './inputs.js';
import type { ActionIo } from './io.js';
import { writeLegReport } from './reports.js';

const TIMEOUT_MS = 10_000;
const TOOL_TIMEOUT_MS = 120_000;

export async function discoverLeg(
  inputs: Inputs,
  io: ActionIo,
  reportsDir: string,
  waivers: readonly Waiver[] = [],
  context?: ReportContext,
): Promise<{ report: Report; path: string }> {
  const env = io.env;
  const os = osFromPlatform(process.platform);
  const leg = inputs.leg ?? `${env.RUNNER_OS ?? os}-${env.RUNNER_ARCH ?? arch()}`.toLowerCase();
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  const cacheDir = env.RUNNER_TOOL_CACHE
    ? join(env.RUNNER_TOOL_CACHE, 'interpreter-guard')
    : defaultCacheDir(env, os, home);
  const toolOptions = {
    tool: inputs.tool ?? '',
    baselineTool:
      inputs.baseline.kind === 'tool' ? (inputs['baseline-tool'] ?? undefined) : undefined,
    requests: inputs.requests.length ? inputs.requests : undefined,
    uvPreference: inputs['python-preference'] ?? undefined,
    timeoutMs: TOOL_TIMEOUT_MS,
    cacheDir,
  };
  const ctx = {
    os,
    env,
    home,
    cwd: process.cwd(),
    user: env.USER ?? env.USERNAME ?? safeUser(),
    runner: runProcess,
    commandTimeoutMs: TIMEOUT_MS,
  };
  // The inputs were checked when parsed; this only builds the plan.
  const parsed = parseToolOptions(toolOptions);
  const { report: discovered, locations } = await discoverReport({
    ctx,
    inventory: { cache: ProbeCache.disabled(), timeoutMs: TIMEOUT_MS, concurrency: 4 },
    fixtures: inputs.fixtures.length ? () => fixturesEnv(inputs, io) : undefined,
    tools: { options: toolOptions, parsed },
    platform: process.platform,
    leg,
    progress: null,
    phase: (name, work) => io.group(name, work),
    debug: (m) => io.debug(m),
  });
  io.info(`interpreter-guard: found ${discovered.interpreters.length} interpreter paths on ${leg}`);
  const bisected = await bisectLeg(
    inputs,
    io,
    discovered,
    {
      ctx,
      locations,
      platform: process.platform,
      cacheDir,
      toolTimeoutMs: TOOL_TIMEOUT_MS,
      requests: parsed.requests,
    },
    waivers,
  );
  const report = context ? { ...bisected, context } : bisected;
  if (context?.pullRequest)
    io.debug(`recorded pull request #${context.pullRequest} in the report, as a hint`);
  return { report, path: await writeLegReport(reportsDir, leg, report) };
}

/** Mode discover: the report goes up as this leg's artifact, or stays where a later step finds it. */
export async function uploadLeg(
  store: ArtifactStore,
  io: ActionIo,
  leg: { report: Report; path: string },
  reportsDir: string,
): Promise<void> {
  const name = legOf(leg.report.runner);
  const count = `${leg.report.interpreters.length} interpreter paths`;
  if (!store.available) {
    io.info(
      `interpreter-guard: ${count}; ${store.reason ?? ''}, so the report stays in ${leg.path} (upload ${reportsDir} with actions/upload-artifact for the report job).`,
    );
    return;
  }
  try {
    await store.upload(name, leg.path, reportsDir);
  } catch (error) {
    if (error instanceof Error && error.stack) io.debug(error.stack);
    // A leg that did not upload is a leg the report job cannot see: fail here, where it happened.
    throw new UserError(
      `interpreter-guard: the report of ${name} was not uploaded (${why(error)}); it is in ${leg.path}`,
    );
  }
  io.info(`interpreter-guard: ${count}; report uploaded as artifact ${ARTIFACT_PREFIX}${name}.`);
}

/** Builds the requested fixture layouts and returns the environment that makes them discoverable. */
async function fixturesEnv(inputs: Inputs, io: ActionIo): Promise<NodeJS.ProcessEnv> {
  const built = await buildFixturesEnvironment({
    dir: join(io.env.RUNNER_TEMP ?? tmpdir(), 'interpreter-guard-fixtures'),
    kinds: inputs.fixtures,
    env: io.env,
    onStep: (kind) => io.debug(`building fixture ${kind}`),
  });
  if (!built) {
    io.warning(
      'interpreter-guard: fixtures need a /usr/bin/python3.X to copy; none on this runner, so none were built.',
    );
    return {};
  }
  io.info(
    `interpreter-guard: built fixtures (${inputs.fixtures.join(', ')}; Nix: ${built.nixMode})`,
  );
  return built.env;
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
