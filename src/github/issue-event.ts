// The part of an `issues` or `issue_comment` webhook payload the triage reads, validated: the app
// gets it from Probot, the Action from GITHUB_EVENT_PATH. A payload that does not fit is named by
// its first wrong field, never followed by a stack trace.
import * as z from 'zod/mini';
import type { Thread } from './issue-triage.js';
import { isBotUser } from './port.js';
import { describeSchemaError } from '../core/schema-error.js';

const User = z.nullable(z.object({ login: z.string(), type: z.optional(z.string()) }));
const Label = z.union([z.string(), z.object({ name: z.string() })]);

export const IssueEventPayload = z.object({
  issue: z.object({
    number: z.int().check(z.positive()),
    title: z.string(),
    body: z.optional(z.nullable(z.string())),
    user: z.optional(User),
    labels: z.optional(z.array(Label)),
    pull_request: z.optional(z.unknown()),
  }),
  comment: z.optional(z.object({ id: z.int(), body: z.optional(z.nullable(z.string())) })),
  sender: z.optional(User),
  repository: z.optional(z.object({ name: z.string(), owner: z.object({ login: z.string() }) })),
  installation: z.optional(z.nullable(z.object({ id: z.int() }))),
});

export interface IssueEvent {
  thread: Thread;
  sender: { login: string; isBot: boolean };
  /** The comment of an `issue_comment` event. */
  comment: { id: number; body: string } | null;
  /** A comment on a pull request (GitHub sends those as issue comments too). */
  onPullRequest: boolean;
  repository: { owner: string; repo: string } | null;
  installationId: number | null;
}

export function readIssueEvent(payload: unknown): { event: IssueEvent } | { error: string } {
  const parsed = IssueEventPayload.safeParse(payload);
  if (!parsed.success) {
    return { error: `webhook payload: ${describeSchemaError(parsed.error)}` };
  }
  const { issue, comment, sender, repository, installation } = parsed.data;
  return {
    event: {
      thread: {
        issue: issue.number,
        repo: repository ? `${repository.owner.login}/${repository.name}` : null,
        title: issue.title,
        author: issue.user?.login ?? '',
        body: issue.body ?? '',
        labels: (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name)),
      },
      sender: { login: sender?.login ?? '', isBot: isBotUser(sender) },
      comment: comment ? { id: comment.id, body: comment.body ?? '' } : null,
      onPullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
      repository: repository ? { owner: repository.owner.login, repo: repository.name } : null,
      installationId: installation?.id ?? null,
    },
  };
}
