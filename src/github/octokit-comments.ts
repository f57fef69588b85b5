// The comments port over an Octokit (the Action's, or Probot's): both are @octokit/core 7.
interface RestComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login?: string } | null;
}

/** The slice of Octokit this port needs. */
export interface OctokitLike {
  paginate(route: string, params: Record<string, unknown>): Promise<unknown[]>;
  request(route: string, params: Record<string, unknown>): Promise<{ data: unknown }>;
}

export function commentsPort(octokit: OctokitLike, repo: { owner: string; repo: string }) {
  const toComment = (c: RestComment) => ({
    id: c.id,
    body: c.body ?? '',
    url: c.html_url,
    author: c.user?.login ?? '',
  });
  return {
    async list(issue: number) {
      const all = (await octokit.paginate(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        { ...repo, issue_number: issue, per_page: 100 },
      )) as RestComment[];
      return all.map(toComment);
    },
    async create(issue: number, body: string) {
      const { data } = await octokit.request(
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        { ...repo, issue_number: issue, body },
      );
      return toComment(data as RestComment);
    },
    async update(commentId: number, body: string) {
      const { data } = await octokit.request(
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        { ...repo, comment_id: commentId, body },
      );
      return toComment(data as RestComment);
    },
    async remove(commentId: number) {
      await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...repo,
        comment_id: commentId,
      });
    },
  };
}
