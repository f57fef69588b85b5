// The parts of the triggering event the Action uses, validated: the event file is input too. A file
// that cannot be read, is not JSON or does not fit the schema gives no facts and one line saying why.
import { readFile, stat } from 'node:fs/promises';
import * as z from 'zod/mini';
import { describeSchemaError, firstLineOf } from '../core/schema-error.js';

const MAX_EVENT_BYTES = 32 * 1024 * 1024;
const Sha = z.string().check(z.regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, 'expected a commit SHA'));
const FullName = z.string().check(z.regex(/^[\w.-]+\/[\w.-]+$/, 'expected OWNER/REPO'));

const PullRequest = z.object({
  number: z.int(),
  head: z.object({
    sha: Sha,
    ref: z.optional(z.string()),
    // null when the fork was deleted
    repo: z.optional(z.nullable(z.object({ full_name: FullName }))),
  }),
  base: z.object({ ref: z.string(), repo: z.object({ full_name: FullName }) }),
});

// https://docs.github.com/en/webhooks/webhook-events-and-payloads#workflow_run
const WorkflowRun = z.object({
  id: z.int(),
  workflow_id: z.optional(z.int()),
  event: z.optional(z.string()),
  head_sha: Sha,
  head_branch: z.optional(z.nullable(z.string())),
  head_repository: z.optional(
    z.nullable(z.object({ full_name: FullName, owner: z.object({ login: z.string() }) })),
  ),
  repository: z.optional(z.object({ id: z.optional(z.int()), full_name: FullName })),
  // Same-repository pull requests only: GitHub leaves this empty for forks.
  pull_requests: z.optional(
    z.array(
      z.object({
        number: z.int(),
        head: z.object({ sha: z.string(), ref: z.optional(z.string()) }),
        base: z.object({
          ref: z.optional(z.string()),
          repo: z.object({ id: z.optional(z.int()), url: z.optional(z.string()) }),
        }),
      }),
    ),
  ),
});

export interface PullRequestFacts {
  number: number;
  headSha: string;
  baseRef: string;
  baseRepo: string;
  headRepo: string | null;
}

export interface WorkflowRunFacts {
  /** The run that triggered this workflow_run stage: its artifacts hold the legs' reports. */
  id: number;
  workflowId: number | null;
  /** What triggered that run: pull_request, push, … */
  event: string | null;
  headSha: string;
  headBranch: string | null;
  /** OWNER/REPO of the head commit: a fork's name for a fork pull request. */
  headRepo: string | null;
  headOwner: string | null;
  repositoryId: number | null;
  pullRequests: {
    number: number;
    headSha: string;
    baseRef: string | null;
    baseRepoId: number | null;
    baseRepoUrl: string | null;
  }[];
}

export interface EventFacts {
  name: string;
  pullRequest: PullRequestFacts | null;
  workflowRun: WorkflowRunFacts | null;
  /** Why the event file gave no facts, in one line; null when it was read (or there is none). */
  problem: string | null;
}

export async function readEvent(env: NodeJS.ProcessEnv): Promise<EventFacts> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const none = (problem: string | null): EventFacts => ({
    name,
    pullRequest: null,
    workflowRun: null,
    problem,
  });
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return none(null);
  const read = await readEventFile(path);
  if ('problem' in read) return none(read.problem);
  const payload = read.payload;
  if (payload.pull_request !== undefined) {
    const pr = z.object({ pull_request: PullRequest }).safeParse(payload);
    if (!pr.success) return none(misfit('pull_request', pr.error));
    const p = pr.data.pull_request;
    return {
      ...none(null),
      pullRequest: {
        number: p.number,
        headSha: p.head.sha,
        baseRef: p.base.ref,
        baseRepo: p.base.repo.full_name,
        headRepo: p.head.repo?.full_name ?? null,
      },
    };
  }
  if (payload.workflow_run !== undefined) {
    const wr = z.object({ workflow_run: WorkflowRun }).safeParse(payload);
    if (!wr.success) return none(misfit('workflow_run', wr.error));
    const w = wr.data.workflow_run;
    return {
      ...none(null),
      workflowRun: {
        id: w.id,
        workflowId: w.workflow_id ?? null,
        event: w.event ?? null,
        headSha: w.head_sha,
        headBranch: w.head_branch ?? null,
        headRepo: w.head_repository?.full_name ?? null,
        headOwner: w.head_repository?.owner.login ?? null,
        repositoryId: w.repository?.id ?? null,
        pullRequests: (w.pull_requests ?? []).map((p) => ({
          number: p.number,
          headSha: p.head.sha,
          baseRef: p.base.ref ?? null,
          baseRepoId: p.base.repo.id ?? null,
          baseRepoUrl: p.base.repo.url ?? null,
        })),
      },
    };
  }
  return none(null);
}

/** The event file's JSON object, size-capped; or why it cannot be had, in one line. */
export async function readEventFile(
  path: string,
): Promise<{ payload: Record<string, unknown> } | { problem: string }> {
  let data: unknown;
  try {
    const { size } = await stat(path);
    if (size > MAX_EVENT_BYTES)
      return { problem: `the event file is ${size} bytes, over the ${MAX_EVENT_BYTES}-byte limit` };
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return {
      problem:
        error instanceof SyntaxError
          ? `the event file is not JSON: ${firstLineOf(error.message)}`
          : `the event file cannot be read: ${firstLineOf((error as Error).message)}`,
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { problem: 'the event file does not hold a JSON object' };
  return { payload: data as Record<string, unknown> };
}

function misfit(kind: string, error: Parameters<typeof describeSchemaError>[0]): string {
  return `the event file does not fit a ${kind} event: ${describeSchemaError(error)}`;
}

/** The running workflow's file in its repository (`.github/workflows/ci.yml`), from GITHUB_WORKFLOW_REF. */
export function workflowPathOf(env: NodeJS.ProcessEnv): string | undefined {
  return /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
}
