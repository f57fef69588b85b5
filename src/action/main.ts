// The Action, as a list of steps: inputs (all of them, checked before any work) → mode triage, or
// this leg's report (discover, all) → the report stage (report, comment, all). Each step lives in
// its own module; this file only dispatches and turns user errors into one line.
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ToolOptionError } from '../tools/plan.js';
import { ToolSetupError } from '../tools/prepare.js';
import { artifactStore, type ArtifactStore } from './artifacts.js';
import { discoverLeg, uploadLeg } from './discover-leg.js';
import { UserError } from './errors.js';
import { readEvent } from './event.js';
import { gitHubAccess, type GitHubSettings } from './guard.js';
import { parseInputs } from './inputs.js';
import { runnerIo, type ActionIo } from './io.js';
import { reportStage } from './report-stage.js';
import { loadWaivers } from './reports.js';
import { runTriageMode } from './triage-mode.js';

export interface RunOptions {
  /** Octokit's timing: tests shorten the retry waits. */
  github?: Partial<GitHubSettings>;
  /** The artifact service: tests stand one in. */
  artifacts?: ArtifactStore;
}

export async function run(io: ActionIo = runnerIo(), options: RunOptions = {}): Promise<void> {
  try {
    // 1. Inputs, the waivers file included: a typo fails here, not after the inventory.
    const inputs = parseInputs(io.inputs());
    if (inputs.mode === 'triage') {
      await runTriageMode(io, inputs['github-token'], options.github);
      return;
    }
    // A discover leg needs them only to bisect: a waived regression is not bisected.
    const needsWaivers = inputs.mode !== 'discover' || inputs.bisect !== 'off';
    const waivers = needsWaivers && inputs.waivers ? await loadWaivers(inputs.waivers) : [];
    const reportsDir = resolve(
      inputs['reports-dir'] ?? join(io.env.RUNNER_TEMP ?? tmpdir(), 'interpreter-guard-reports'),
    );
    const store = options.artifacts ?? artifactStore(io.env);

    const event = await readEvent(io.env);

    // 2. This runner's leg; in mode discover (stage 1) its report names the event's pull request.
    if (inputs.mode === 'discover' || inputs.mode === 'all') {
      const context =
        inputs.mode === 'discover' && event.pullRequest
          ? { pullRequest: event.pullRequest.number }
          : undefined;
      const leg = await discoverLeg(inputs, io, reportsDir, waivers, context);
      io.setOutput('report-path', leg.path);
      if (inputs.mode === 'discover') {
        await uploadLeg(store, io, leg, reportsDir);
        return;
      }
    }

    // 3. Every leg's report against the baseline, reported where the token allows.
    await reportStage({
      inputs,
      io,
      reportsDir,
      event,
      github: gitHubAccess(io, inputs['github-token'], options.github),
      store,
      waivers,
    });
  } catch (error) {
    if (
      error instanceof UserError ||
      error instanceof ToolOptionError ||
      error instanceof ToolSetupError
    )
      io.fail(error.message);
    else io.fail(`interpreter-guard failed: ${(error as Error).stack ?? String(error)}`);
  }
}
