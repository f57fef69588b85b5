// The few GitHub REST calls the faces make, behind an interface each face wires to its own Octokit.

export interface IssueComment {
  id: number;
  body: string;
  url: string;
  /** The login of the author (bots end in `[bot]`). */
  author: string;
}

export interface CommentsPort {
  /** Every comment of the issue or pull request, all pages. */
  list(issue: number): Promise<IssueComment[]>;
  create(issue: number, body: string): Promise<IssueComment>;
  update(commentId: number, body: string): Promise<IssueComment>;
  remove(commentId: number): Promise<void>;
}

/** A REST error's status, when the error came from the API. */
export function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : null;
}
