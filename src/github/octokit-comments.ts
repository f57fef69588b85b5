// The comments port over an Octokit (the Action's, or Probot's): both are @octokit/core 7.
import { isBotUser } from './port.js';

interface RestComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login?: string; type?: string } | null;
  author_association?: string;
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
    association: c.author_association ?? 'NONE',
    isBot: isBotUser(c.user),
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

/** The issue port over an Octokit: comments, labels (current ones too), search, permissions, reactions. */
export function issuePort(octokit: OctokitLike, repo: { owner: string; repo: string }) {
  const comments = commentsPort(octokit, repo);
  return {
    ...comments,
    async addLabels(issue: number, labels: string[]) {
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        ...repo,
        issue_number: issue,
        labels,
      });
    },
    async currentLabels(issue: number) {
      const labels = (await octokit.paginate(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/labels',
        {
          ...repo,
          issue_number: issue,
          per_page: 100,
        },
      )) as { name: string }[];
      return labels.map((l) => l.name);
    },
    async removeLabel(issue: number, label: string) {
      try {
        await octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
          ...repo,
          issue_number: issue,
          name: label,
        });
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error; // already gone
      }
    },
    async ensureLabel(name: string, color: string, description: string) {
      try {
        await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', { ...repo, name });
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error;
        await octokit.request('POST /repos/{owner}/{repo}/labels', {
          ...repo,
          name,
          color,
          description,
        });
      }
    },
    async searchIssues(text: string, limit: number) {
      const { data } = await octokit.request('GET /search/issues', {
        q: `repo:${repo.owner}/${repo.repo} "${text}"`,
        sort: 'created',
        order: 'asc',
        per_page: Math.max(1, limit),
      });
      return ((data as { items?: { number: number; title: string }[] }).items ?? []).map((i) => ({
        number: i.number,
        title: i.title,
      }));
    },
    async permission(user: string) {
      try {
        const { data } = await octokit.request(
          'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
          { ...repo, username: user },
        );
        return (data as { permission?: string }).permission ?? 'none';
      } catch (error) {
        if ((error as { status?: number }).status === 404) return 'none';
        throw error;
      }
    },
    async react(commentId: number, content: '+1' | 'eyes' | 'confused') {
      await octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
        ...repo,
        comment_id: commentId,
        content,
      });
    },
  };
}
