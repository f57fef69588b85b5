// Modes report, comment and all (after its leg): gather the legs' reports, compare them with the
// baseline, and report — job summary, annotations, outputs, the check run and the pull-request
// comment — then let the verdict decide the job. Nothing here but the verdict and a missing or
// doubled report fails the job.
import { analyze, type Analysis } from '../core/diff/analyze.js';
import type { Waiver } from '../core/diff/waivers.js';
import type { Report } from '../core/model.js';
import { annotationsFor } from '../core/render/action/annotations.js';
import { renderSummary } from '../core/render/action/summary.js';
import type { ArtifactStore } from './artifacts.js';
import { loadBaseline } from './baseline.js';
import { planCheckRun, publishCheckRun } from './check-run.js';
import { postComment } from './comment.js';
import { UserError } from './errors.js';
import { workflowPathOf, type EventFacts } from './event.js';
import { why, type GitHubAccess } from './guard.js';
import type { Inputs } from './inputs.js';
import type { ActionIo } from './io.js';
import { findTarget } from './pull-request.js';
import { loadReports } from './reports.js';
import { annotates, conclusionOf, failureOf, wantsComment } from './verdict.js';

export interface ReportStage {
  inputs: Inputs;
  io: ActionIo;
  reportsDir: string;
  event: EventFacts;
  github: GitHubAccess | { unavailable: string };
  store: ArtifactStore;
  waivers: Waiver[];
}

export async function reportStage(s: ReportStage): Promise<void> {
  const { inputs, io } = s;
  // Reports first: a missing or doubled one fails the job before any call to GitHub.
  const reports = await io.group('reports', () => gatherReports(s));
  const target = await io.group('pull request', () => findTarget(s.event, s.github, io, reports));
  const analysis = await io.group('compare', async () => {
    const baseline = await loadBaseline({ ...s, baseRef: target.pullRequest?.baseRef ?? null });
    const analysis = analyze({
      reports,
      baseline,
      waivers: s.waivers,
      expectedLegs: inputs['expected-legs'],
      // This run's own directories, for reports that do not record theirs.
      normalize: {
        temps: [io.env.RUNNER_TEMP ?? ''].filter(Boolean),
        homes: [io.env.HOME ?? ''].filter(Boolean),
      },
    });
    io.debug(
      `compared ${reports.length} reports (legs ${analysis.legs.join(', ')}): ${JSON.stringify(analysis.counts)}`,
    );
    return analysis;
  });
  if (!analysis.baseline.found)
    io.warning(
      `interpreter-guard: no baseline (${analysis.baseline.description}); nothing was compared.`,
    );

  await io.group('report', async () => {
    await io.summary(renderSummary(analysis));
    if (annotates(inputs, analysis)) for (const a of annotationsFor(analysis)) io.annotate(a);
    io.setOutput('regressions', analysis.counts.regression);
    io.setOutput('fixes', analysis.counts.fix);
    io.setOutput('drift', analysis.counts.drift);
    io.setOutput('disagreements', analysis.counts.disagreement);
    await publish(s, analysis, target);
  });

  const failure = failureOf(inputs, analysis);
  if (failure) io.fail(failure);
}

/** The check run and the comment, each skipped with a reason when it cannot be made. */
async function publish(
  s: ReportStage,
  analysis: Analysis,
  target: Awaited<ReturnType<typeof findTarget>>,
): Promise<void> {
  const { inputs, io, github } = s;
  const runUrl =
    io.env.GITHUB_SERVER_URL && io.env.GITHUB_REPOSITORY && io.env.GITHUB_RUN_ID
      ? `${io.env.GITHUB_SERVER_URL}/${io.env.GITHUB_REPOSITORY}/actions/runs/${io.env.GITHUB_RUN_ID}`
      : null;
  // The check run belongs to the report job and the second stage; a one-job `all` run's own job
  // status already shows on the pull request.
  const checkRun = inputs['check-run'] !== 'off' && inputs.mode !== 'all';
  const wanted = checkRun || inputs.comment !== 'off';
  if (wanted && 'unavailable' in github && (target.headSha || target.pullRequest)) {
    io.warning(
      `interpreter-guard: no pull request comment or check run (${github.unavailable}). The report is in the job summary.`,
    );
    return;
  }
  if ('unavailable' in github) return;

  if (checkRun && target.headSha) {
    const workflowFile = workflowPathOf(io.env);
    await publishCheckRun(
      github,
      io,
      planCheckRun(analysis, {
        name: inputs['report-name'],
        headSha: target.headSha,
        conclusion: conclusionOf(inputs, analysis),
        path: workflowFile ?? '.github',
        runUrl,
      }),
    );
  }
  if (inputs.comment !== 'off' && target.pullRequest) {
    const url = await postComment(github, io, {
      pullRequest: target.pullRequest.number,
      analysis,
      id: `${io.env.GITHUB_WORKFLOW ?? 'workflow'}:${inputs['report-name']}`,
      wanted: wantsComment(inputs, analysis),
      runUrl,
    });
    if (url) io.setOutput('comment-url', url);
  }
}

/** Every leg's report: downloaded where there is an artifact service, then read from reports-dir. */
async function gatherReports(s: ReportStage): Promise<Report[]> {
  await downloadReports(s);
  const loaded = await loadReports(s.reportsDir);
  for (const p of loaded.problems) s.io.warning(`interpreter-guard: report left out: ${p}`);
  if (!loaded.reports.length)
    throw new UserError(
      `interpreter-guard: no readable report in ${s.reportsDir}${loaded.problems.length ? ` (${loaded.problems.length} left out, see the warnings)` : ''}; nothing was compared`,
    );
  return loaded.reports;
}

/** The legs' artifacts: of this run, or (a workflow_run stage) of the run that triggered it. */
async function downloadReports(s: ReportStage): Promise<void> {
  const { inputs, io, store, github } = s;
  if (!store.available || inputs.mode === 'all') return;
  const run = s.event.workflowRun;
  let from: Parameters<ArtifactStore['downloadAll']>[1];
  if (inputs.mode === 'comment') {
    const cannot = !run
      ? (s.event.problem ?? `a ${s.event.name || 'non-workflow_run'} event names no triggering run`)
      : 'unavailable' in github
        ? github.unavailable
        : null;
    if (cannot || !run || 'unavailable' in github) {
      io.warning(
        `interpreter-guard: the triggering run's reports were not downloaded (${cannot ?? ''}); reading ${s.reportsDir} as it is.`,
      );
      return;
    }
    from = { runId: run.id, owner: github.owner, repo: github.repo, token: inputs['github-token'] };
  }
  try {
    const count = await store.downloadAll(s.reportsDir, from);
    io.info(
      `interpreter-guard: downloaded ${count} report artifact${count === 1 ? '' : 's'} into ${s.reportsDir}`,
    );
  } catch (error) {
    if (error instanceof Error && error.stack) io.debug(error.stack);
    io.warning(
      `interpreter-guard: no report artifacts downloaded (${why(error)}); reading ${s.reportsDir} as it is.`,
    );
  }
}
