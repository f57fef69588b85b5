// One check run per report name on the pull request's head commit: the verdict as its conclusion,
// the comment's tables as its summary, each regression as an annotation. GitHub takes at most 50
// annotations per request, so the first 50 go with the create (or update) and the rest follow in
// updates, which append. A rerun updates the check run it made before and adds only annotations it
// does not already carry (annotations cannot be removed).
import type { Analysis } from '../core/diff/analyze.js';
import { renderComment } from '../core/render/action/comment.js';
import { headline } from '../core/render/action/shared.js';
import type { GitHubAccess } from './guard.js';
import type { ActionIo } from './io.js';
import type { Conclusion } from './verdict.js';

export const ANNOTATIONS_PER_REQUEST = 50;
const OUTPUT_LIMIT = 65_535;
// Check runs made with the workflow's token belong to this app; another app's run is not ours to
// update (GitHub would refuse it anyway).
const ACTIONS_APP = 'github-actions';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export interface CheckRunPlan {
  name: string;
  headSha: string;
  conclusion: Conclusion;
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
  detailsUrl: string | null;
}

/** Everything the check run says, from the analysis (pure). */
export function planCheckRun(
  a: Analysis,
  o: {
    name: string;
    headSha: string;
    conclusion: Conclusion;
    /** The file annotations are attached to: the workflow's own file, as nothing else fits. */
    path: string;
    runUrl: string | null;
  },
): CheckRunPlan {
  const cap = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const at = { path: o.path, start_line: 1, end_line: 1 };
  const annotations: CheckAnnotation[] = a.changes
    .filter((c) => c.class === 'regression' && !c.waived)
    .map((c) => ({
      ...at,
      annotation_level: 'failure',
      title: cap(`Interpreter discovery regression on ${c.leg}`, 255),
      message: cap(`${c.scenario}: ${c.path} — before: ${c.before}; now: ${c.after}`, 4000),
    }));
  if (a.missingLegs.length)
    annotations.push({
      ...at,
      annotation_level: 'failure',
      title: 'Runners missing',
      message: cap(`No report from ${a.missingLegs.join(', ')}`, 4000),
    });
  return {
    name: o.name,
    headSha: o.headSha,
    conclusion: o.conclusion,
    title: cap(headline(a), 255),
    summary: renderComment(a, {
      marker: '',
      summaryUrl: o.runUrl,
      budget: OUTPUT_LIMIT - 1,
    }).trim(),
    annotations,
    detailsUrl: o.runUrl,
  };
}

export function batches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface ListedCheckRun {
  id: number;
  name: string;
  html_url?: string | null;
  app?: { slug?: string } | null;
  output?: { annotations_count?: number } | null;
}

/** Creates or updates the check run; says why in one line when it cannot. */
export async function publishCheckRun(
  github: GitHubAccess,
  io: ActionIo,
  plan: CheckRunPlan,
): Promise<string | null> {
  const repo = { owner: github.owner, repo: github.repo };
  const url = await github.call(
    'check run',
    async (octokit) => {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        ...repo,
        ref: plan.headSha,
        check_name: plan.name,
        filter: 'all',
        per_page: 100,
      });
      const existing = (data as { check_runs: ListedCheckRun[] }).check_runs
        .filter((r) => r.name === plan.name && r.app?.slug === ACTIONS_APP)
        .sort((a, b) => b.id - a.id)[0];
      let pending = plan.annotations;
      if (existing?.output?.annotations_count) {
        const had = (await octokit.paginate(
          'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
          { ...repo, check_run_id: existing.id, per_page: 100 },
        )) as CheckAnnotation[];
        const seen = new Set(had.map(annotationKey));
        pending = pending.filter((x) => !seen.has(annotationKey(x)));
      }
      const [first = [], ...rest] = batches(pending);
      const body = {
        ...repo,
        status: 'completed' as const,
        conclusion: plan.conclusion,
        completed_at: new Date().toISOString(),
        ...(plan.detailsUrl ? { details_url: plan.detailsUrl } : {}),
        output: { title: plan.title, summary: plan.summary, annotations: first },
      };
      const made = existing
        ? await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            ...body,
            check_run_id: existing.id,
          })
        : await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
            ...body,
            name: plan.name,
            head_sha: plan.headSha,
          });
      const run = made.data as ListedCheckRun;
      for (const batch of rest)
        await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          ...repo,
          check_run_id: run.id,
          output: { title: plan.title, summary: plan.summary, annotations: batch },
        });
      io.info(
        `interpreter-guard: check run "${plan.name}" ${existing ? 'updated' : 'created'} (${plan.conclusion}, ${pending.length} new annotation${pending.length === 1 ? '' : 's'})${run.html_url ? `: ${run.html_url}` : ''}`,
      );
      return run.html_url ?? '';
    },
    // Many workflows leave checks: write out on purpose: a line in the log, not a warning.
    { forbidden: 'the token lacks checks: write', forbiddenIsInfo: true },
  );
  return url;
}

function annotationKey(a: Pick<CheckAnnotation, 'path' | 'title' | 'message'>): string {
  return JSON.stringify([a.path, a.title, a.message]);
}
