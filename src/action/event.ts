// The parts of the triggering event the Action uses, validated (the event file is input too).
import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';

const Repo = z.nullable(z.object({ full_name: z.string() }));
const Event = z.object({
  pull_request: z.optional(
    z.object({
      number: z.int(),
      head: z.object({ sha: z.string(), repo: z.optional(Repo) }),
      base: z.object({ repo: Repo, ref: z.optional(z.string()) }),
    }),
  ),
  workflow_run: z.optional(
    z.object({
      id: z.optional(z.int()),
      head_sha: z.string(),
      head_branch: z.optional(z.nullable(z.string())),
      pull_requests: z.optional(z.array(z.object({ number: z.int() }))),
    }),
  ),
});

export interface EventFacts {
  pullRequest: number | null;
  /** The pull request comes from a fork: its token is read-only. */
  fromFork: boolean;
  headSha: string | null;
  /** The run that triggered a workflow_run stage. */
  runId: number | null;
  /** The branch a pull request goes into. */
  baseRef: string | null;
}

export async function readEvent(path: string | undefined): Promise<EventFacts> {
  if (!path)
    return { pullRequest: null, fromFork: false, headSha: null, runId: null, baseRef: null };
  const parsed = Event.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success)
    return { pullRequest: null, fromFork: false, headSha: null, runId: null, baseRef: null };
  const { pull_request: pr, workflow_run: wr } = parsed.data;
  if (pr) {
    const head = pr.head.repo?.full_name;
    const base = pr.base.repo?.full_name;
    return {
      pullRequest: pr.number,
      fromFork: !!head && !!base && head !== base,
      headSha: pr.head.sha,
      runId: null,
      baseRef: pr.base.ref ?? null,
    };
  }
  if (wr)
    return {
      pullRequest: wr.pull_requests?.[0]?.number ?? null,
      fromFork: false,
      headSha: wr.head_sha,
      runId: wr.id ?? null,
      baseRef: null,
    };
  return { pullRequest: null, fromFork: false, headSha: null, runId: null, baseRef: null };
}
