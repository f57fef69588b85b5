// Which pull request (and head commit) this run reports on. A pull_request event names it. A
// workflow_run stage finds it: from `pull_requests[]` (same-repository pull requests only), else
// from the number the legs' reports recorded (a hint: the reports are the fork's data), else by
// asking for the open pull requests of `head_owner:head_branch`. Every way, only an open pull
// request whose head is the run's exact commit and whose base is this repository counts. (The
// commit's `/pulls` lookup is not used: for a commit that lives only in a fork it answers [].)
import type { Report } from '../core/model.js';
import { statusOf } from '../github/port.js';
import type { EventFacts, WorkflowRunFacts } from './event.js';
import type { GitHubAccess } from './guard.js';
import type { ActionIo } from './io.js';

export interface Target {
  /** The commit a check run goes on; null when the event names none. */
  headSha: string | null;
  pullRequest: { number: number; baseRef: string | null } | null;
}

const NONE: Target = { headSha: null, pullRequest: null };

export async function findTarget(
  event: EventFacts,
  github: GitHubAccess | { unavailable: string },
  io: ActionIo,
  /** The legs' reports: the number they recorded is a hint for a workflow_run stage. */
  reports: readonly Report[] = [],
): Promise<Target> {
  const say = (why: string) => io.warning(`interpreter-guard: ${why}`);
  if (event.problem) {
    say(`no pull request comment or check run (${event.problem})`);
    return NONE;
  }
  const repo =
    'unavailable' in github ? (io.env.GITHUB_REPOSITORY ?? '') : `${github.owner}/${github.repo}`;
  const pr = event.pullRequest;
  if (pr) {
    if (pr.baseRepo.toLowerCase() !== repo.toLowerCase()) {
      say(
        `no pull request comment or check run (the pull request goes into ${pr.baseRepo}, not ${repo})`,
      );
      return NONE;
    }
    return { headSha: pr.headSha, pullRequest: { number: pr.number, baseRef: pr.baseRef } };
  }
  const run = event.workflowRun;
  if (!run) {
    io.info(
      `interpreter-guard: no pull request in this ${event.name || 'run'} event; nothing to comment on.`,
    );
    return NONE;
  }
  if (run.event && !run.event.startsWith('pull_request')) {
    io.info(
      `interpreter-guard: the workflow run was triggered by ${run.event}, not a pull request; nothing to comment on.`,
    );
    return { headSha: run.headSha, pullRequest: null };
  }
  const listed = fromPayload(run, repo);
  if (listed) return { headSha: run.headSha, pullRequest: listed };
  const hint = hintOf(reports, io);
  const hinted = hint === null ? null : await byHint(hint, run, github, repo, io);
  if (hinted) return { headSha: run.headSha, pullRequest: hinted };
  const found = await byHeadBranch(run, github, repo, say);
  return { headSha: run.headSha, pullRequest: found };
}

/** A same-repository pull request GitHub listed in the payload, checked like any other. */
function fromPayload(run: WorkflowRunFacts, repo: string): Target['pullRequest'] {
  const suffix = `/repos/${repo}`.toLowerCase();
  const ours = run.pullRequests
    .filter((p) => p.headSha === run.headSha)
    .filter((p) =>
      p.baseRepoId !== null && run.repositoryId !== null
        ? p.baseRepoId === run.repositoryId
        : (p.baseRepoUrl ?? '').toLowerCase().endsWith(suffix),
    )
    .sort((a, b) => a.number - b.number);
  const first = ours[0];
  return first ? { number: first.number, baseRef: first.baseRef } : null;
}

/**
 * The pull request number every leg's report recorded, or null: none recorded, or the legs differ
 * (then a debug line says so and none is used).
 */
function hintOf(reports: readonly Report[], io: ActionIo): number | null {
  const numbers = new Set(reports.map((r) => r.context?.pullRequest ?? null));
  const [only] = numbers;
  if (numbers.size === 1) return only ?? null;
  const listed = [...numbers].map((n) => (n === null ? 'none' : `#${n}`)).join(', ');
  io.debug(`the legs' reports record different pull requests (${listed}); the hint is not used`);
  return null;
}

/**
 * The hinted pull request, if GitHub says it is open, into this repository, and at the run's head
 * commit, repository and branch; else null (said in one line), and the head-branch search runs.
 */
async function byHint(
  number: number,
  run: WorkflowRunFacts,
  github: GitHubAccess | { unavailable: string },
  repo: string,
  io: ActionIo,
): Promise<Target['pullRequest']> {
  if ('unavailable' in github) return null;
  const pr = await github.call('pull request lookup', async (octokit) => {
    try {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: github.owner,
        repo: github.repo,
        pull_number: number,
      });
      return data;
    } catch (error) {
      if (statusOf(error) === 404) return 'absent' as const;
      throw error;
    }
  });
  if (!pr) return null; // the guard said why
  const wrong = pr === 'absent' ? [`${repo} has no such pull request`] : mismatches(pr, run, repo);
  if (pr === 'absent' || wrong.length) {
    io.info(
      `interpreter-guard: pull request #${number}, recorded in the reports, is not used (${wrong.join('; ')}); looking it up by head branch`,
    );
    return null;
  }
  io.debug(
    `pull request #${number}, recorded in the reports: open, at ${run.headSha}, into ${repo}`,
  );
  return { number: pr.number, baseRef: pr.base.ref };
}

/** What keeps a pull request GitHub returned from being this run's, in a few words each. */
function mismatches(
  pr: {
    state: string;
    head: { sha: string; ref: string; repo: { full_name: string } | null };
    base: { repo: { full_name: string } };
  },
  run: WorkflowRunFacts,
  repo: string,
): string[] {
  const same = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();
  const from = pr.head.repo?.full_name;
  const wrong: string[] = [];
  if (pr.state !== 'open') wrong.push(`it is ${pr.state}`);
  if (pr.head.sha !== run.headSha)
    wrong.push(`its head is ${pr.head.sha.slice(0, 7)}, not ${run.headSha.slice(0, 7)}`);
  if (!same(pr.base.repo.full_name, repo)) wrong.push(`it goes into ${pr.base.repo.full_name}`);
  if (
    (run.headRepo && !same(from, run.headRepo)) ||
    (run.headBranch && pr.head.ref !== run.headBranch)
  )
    wrong.push(
      `it comes from ${from ?? '?'}:${pr.head.ref}, not ${run.headRepo ?? '?'}:${run.headBranch ?? '?'}`,
    );
  return wrong;
}

async function byHeadBranch(
  run: WorkflowRunFacts,
  github: GitHubAccess | { unavailable: string },
  repo: string,
  say: (why: string) => void,
): Promise<Target['pullRequest']> {
  const short = run.headSha.slice(0, 7);
  const where = `${run.headOwner ?? '?'}:${run.headBranch ?? '?'}`;
  const kind =
    run.headRepo && run.headRepo.toLowerCase() !== repo.toLowerCase() ? 'fork PR' : 'pull request';
  if (!run.headOwner || !run.headBranch) {
    say(
      `no pull request in this workflow_run (it names no head repository or branch for ${short})`,
    );
    return null;
  }
  if ('unavailable' in github) {
    say(`no pull request in this workflow_run (cannot look up ${where}: ${github.unavailable})`);
    return null;
  }
  const pulls = await github.call('pull request lookup', async (octokit) => {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
      owner: github.owner,
      repo: github.repo,
      head: `${run.headOwner}:${run.headBranch}`,
      state: 'open',
      per_page: 100,
    });
    return data;
  });
  if (!pulls) return null;
  const match = pulls
    .filter((p) => p.head.sha === run.headSha)
    .filter((p) => p.base.repo?.full_name.toLowerCase() === repo.toLowerCase())
    .sort((a, b) => a.number - b.number)[0];
  if (!match) {
    say(
      `no pull request in this workflow_run (${kind} not found for head sha ${short} on ${where})`,
    );
    return null;
  }
  return { number: match.number, baseRef: match.base.ref };
}
