// Webhook payloads as GitHub sends them, from @octokit/webhooks-examples (the examples GitHub's
// documentation and Probot's own tests use): every field, nullable ones included.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Definition {
  name: string;
  examples: Record<string, unknown>[];
}

let definitions: Definition[] | undefined;

export function recordedPayloads(event: string, action?: string): Record<string, unknown>[] {
  definitions ??= JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('@octokit/webhooks-examples'), 'utf8'),
  ) as Definition[];
  const examples = definitions.find((d) => d.name === event)?.examples ?? [];
  return examples
    .filter((e) => action === undefined || e.action === action)
    .map((e) => structuredClone(e));
}

/**
 * A recorded payload aimed at the stand-in: repository o/r, installation 42, and the issue's
 * number, body and labels set as given; everything else as GitHub sent it.
 */
export function recordedIssuePayload(
  event: 'issues' | 'issue_comment',
  action: string,
  issue: { number: number; body: string; labels: string[]; author: string },
  comment?: { id: number; body: string },
): Record<string, unknown> {
  const [payload] = recordedPayloads(event, action);
  if (!payload) throw new Error(`no recorded ${event}.${action} payload`);
  const recorded = payload as {
    issue: Record<string, unknown> & { user: Record<string, unknown> };
    comment?: Record<string, unknown> & { user: Record<string, unknown> };
    repository: Record<string, unknown> & { owner: Record<string, unknown> };
    sender: Record<string, unknown>;
  };
  const labelTemplate = (recorded.issue.labels as Record<string, unknown>[] | undefined)?.[0] ?? {};
  Object.assign(recorded.issue, {
    number: issue.number,
    body: issue.body,
    labels: issue.labels.map((name, i) => ({ ...labelTemplate, id: 9000 + i, name })),
    pull_request: undefined,
  });
  delete recorded.issue.pull_request;
  Object.assign(recorded.issue.user, { login: issue.author, type: 'User' });
  Object.assign(recorded.sender, { login: issue.author, type: 'User' });
  Object.assign(recorded.repository, { name: 'r', full_name: 'o/r' });
  Object.assign(recorded.repository.owner, { login: 'o' });
  if (recorded.comment && comment) {
    Object.assign(recorded.comment, comment);
    Object.assign(recorded.comment.user, { login: issue.author, type: 'User' });
  }
  return {
    ...recorded,
    installation: { id: 42, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNDI=' },
  };
}
