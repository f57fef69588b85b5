// The sticky pull-request comment: one per workflow and report name (a hidden marker), created when
// there is something to say, kept up to date once it exists. Never fails the job.
import type { Analysis } from '../core/diff/analyze.js';
import { commentMarker, renderComment } from '../core/render/action/comment.js';
import { commentsPort } from '../github/octokit-comments.js';
import { isOurs, upsertComment } from '../github/sticky.js';
import { tokenLogin } from '../github/token-identity.js';
import type { GitHubAccess } from './guard.js';
import type { ActionIo } from './io.js';

export async function postComment(
  github: GitHubAccess,
  io: ActionIo,
  o: {
    pullRequest: number;
    analysis: Analysis;
    /** The marker's id: the workflow and the report name. */
    id: string;
    wanted: boolean;
    runUrl: string | null;
  },
): Promise<string | null> {
  const marker = commentMarker(o.id);
  const body = renderComment(o.analysis, { marker, summaryUrl: o.runUrl });
  return github.call(
    'pull request comment',
    async (octokit) => {
      const port = commentsPort(octokit, { owner: github.owner, repo: github.repo });
      // Only comments by the token's own account are ours to update or remove.
      const [self, listed] = await Promise.all([tokenLogin(octokit), port.list(o.pullRequest)]);
      io.debug(`writing as ${self}`);
      // Nothing to say now; an earlier comment is brought up to date rather than left stale.
      if (!o.wanted && !listed.some((c) => isOurs(c, marker, self))) {
        io.info(
          `interpreter-guard: nothing to comment on #${o.pullRequest} (${o.analysis.status}).`,
        );
        return null;
      }
      const result = await upsertComment(port, o.pullRequest, marker, body, listed, self);
      io.info(`interpreter-guard: pull request comment ${result.action}: ${result.url}`);
      return result.url;
    },
    {
      forbidden:
        'the token cannot write to this pull request (a fork?); use the two-stage workflow in examples/',
      then: 'The report is in the job summary.',
    },
  );
}
