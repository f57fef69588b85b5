// One comment per issue or pull request and marker: created when absent, updated only when its
// body changed, duplicates (from races) deleted keeping the oldest. Only comments written by our
// own account count (`self`; any bot when it is unknown): anyone can paste the marker into a
// comment, and another account's comment is never edited or deleted.
import type { CommentsPort, IssueComment } from './port.js';

export interface Upserted {
  action: 'created' | 'updated' | 'unchanged';
  url: string;
  removedDuplicates: number;
}

export async function upsertComment(
  port: CommentsPort,
  issue: number,
  marker: string,
  body: string,
  /** The issue's comments when the caller has just listed them (saves listing them again). */
  listed?: readonly IssueComment[],
  /** The login our comments are written by. */
  self?: string,
): Promise<Upserted> {
  const ours = (listed ?? (await port.list(issue)))
    .filter((c) => isOurs(c, marker, self))
    .sort((a, b) => a.id - b.id);
  const [keep, ...duplicates] = ours;
  for (const d of duplicates) await port.remove(d.id);
  if (!keep) {
    const created = await port.create(issue, body);
    return { action: 'created', url: created.url, removedDuplicates: 0 };
  }
  if (keep.body === body)
    return { action: 'unchanged', url: keep.url, removedDuplicates: duplicates.length };
  const updated = await port.update(keep.id, body);
  return { action: 'updated', url: updated.url, removedDuplicates: duplicates.length };
}

/** A comment this tool wrote: by our account (by a bot, when it is not known), carrying the marker. */
export function isOurs(comment: IssueComment, marker: string, self?: string): boolean {
  const byUs = self === undefined ? comment.isBot : comment.author === self;
  return byUs && comment.body.includes(marker);
}
