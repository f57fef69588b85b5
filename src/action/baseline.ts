// What the current reports are compared with: the baseline tool's runs in the same reports, a
// committed report, or the base branch's latest reports. The base branch's come from reports-dir/base
// when an earlier step put them there, else from the artifacts of the last successful `push` run of
// the same workflow on the base branch of this repository (never a fork's run of a branch that
// happens to share the name).
import { join, resolve } from 'node:path';
import type { analyze } from '../core/diff/analyze.js';
import type { ArtifactStore } from './artifacts.js';
import { workflowPathOf, type EventFacts } from './event.js';
import type { GitHubAccess } from './guard.js';
import type { Inputs } from './inputs.js';
import type { ActionIo } from './io.js';
import { loadReportFile, loadReports } from './reports.js';

export type Baseline = Parameters<typeof analyze>[0]['baseline'];

export interface BaselineContext {
  inputs: Inputs;
  reportsDir: string;
  io: ActionIo;
  github: GitHubAccess | { unavailable: string };
  store: ArtifactStore;
  event: EventFacts;
  /** The branch the pull request goes into, when there is one. */
  baseRef: string | null;
}

export async function loadBaseline(c: BaselineContext): Promise<Baseline> {
  const { inputs, io } = c;
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
      const dir = join(c.reportsDir, 'base');
      let loaded = await loadReports(dir);
      if (!loaded.reports.length && (await fetchBaseBranchReports(c, dir)))
        loaded = await loadReports(dir);
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

interface ListedRun {
  id: number;
  head_branch: string | null;
  head_repository?: { full_name?: string } | null;
  repository?: { full_name?: string } | null;
}

/** Downloads the base branch's report artifacts into `dir`; says why when it cannot. */
async function fetchBaseBranchReports(c: BaselineContext, dir: string): Promise<boolean> {
  const { io, github, store, event, baseRef } = c;
  // In a workflow_run stage the reports come from the workflow that triggered it.
  const workflow =
    event.workflowRun?.workflowId ??
    workflowPathOf(io.env)?.match(/^\.github\/workflows\/([^/]+)$/)?.[1];
  const cannot = !store.available
    ? store.reason
    : 'unavailable' in github
      ? github.unavailable
      : !baseRef
        ? 'not a pull request'
        : !workflow
          ? 'GITHUB_WORKFLOW_REF names no workflow file'
          : null;
  if (cannot || 'unavailable' in github || !baseRef || !workflow) {
    io.warning(
      `interpreter-guard: cannot fetch the base branch's reports (${cannot ?? ''}); put them in ${dir} in an earlier step.`,
    );
    return false;
  }
  const repo = `${github.owner}/${github.repo}`.toLowerCase();
  const count = await github.call(
    "base branch's reports",
    async (octokit) => {
      const { data } = await octokit.request(
        'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
        {
          owner: github.owner,
          repo: github.repo,
          workflow_id: workflow,
          branch: baseRef,
          event: 'push',
          status: 'success',
          per_page: 20,
        },
      );
      const run = (data as { workflow_runs: ListedRun[] }).workflow_runs.find(
        (r) =>
          r.head_branch === baseRef &&
          r.head_repository?.full_name?.toLowerCase() === repo &&
          (r.repository?.full_name ?? repo).toLowerCase() === repo,
      );
      if (!run) {
        io.warning(
          `interpreter-guard: no successful push run of ${workflow} on ${baseRef} in ${repo} to take a baseline from.`,
        );
        return 0;
      }
      const n = await store.downloadAll(dir, {
        runId: run.id,
        owner: github.owner,
        repo: github.repo,
        token: c.inputs['github-token'],
      });
      io.info(
        `interpreter-guard: baseline: ${n} report artifact${n === 1 ? '' : 's'} of run ${run.id} on ${baseRef}`,
      );
      return n;
    },
    { forbidden: "the token cannot read this repository's workflow runs (actions: read)" },
  );
  return (count ?? 0) > 0;
}
