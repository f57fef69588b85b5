// `mode: triage`: the app's issue triage from the Action, on `issues` and `issue_comment` events,
// with the workflow's GITHUB_TOKEN and the checked-out `.github/interpreter-guard.yml`.
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { parseTriageConfig, unreadableConfig, type TriageConfig } from '../core/triage/config.js';
import { attachmentFetcher } from '../github/attachments.js';
import { readIssueEvent } from '../github/issue-event.js';
import { issuePort } from '../github/octokit-comments.js';
import { triageThread } from '../github/issue-triage.js';
import { tokenLogin } from '../github/token-identity.js';
import { UserError } from './errors.js';
import { readEventFile } from './event.js';
import { gitHubAccess, type GitHubSettings } from './guard.js';
import type { ActionIo } from './io.js';

export async function runTriageMode(
  io: ActionIo,
  token: string,
  settings: Partial<GitHubSettings> = {},
): Promise<void> {
  const path = io.env.GITHUB_EVENT_PATH;
  const file = path ? await readEventFile(path) : { problem: 'no GITHUB_EVENT_PATH' };
  const read = 'problem' in file ? { error: file.problem } : readIssueEvent(file.payload);
  if ('error' in read) {
    io.warning(
      `interpreter-guard: mode triage runs on issues and issue_comment events; this event has no issue (${read.error}), so nothing was done.`,
    );
    return;
  }
  const { event } = read;
  if (event.sender.isBot || event.onPullRequest) {
    io.info('interpreter-guard: event from a bot or on a pull request; nothing to triage.');
    return;
  }
  const github = gitHubAccess(io, token, settings);
  if ('unavailable' in github)
    throw new UserError('mode triage needs github-token and GITHUB_REPOSITORY');
  const config = await readConfig();
  if (config.error) io.warning(`interpreter-guard: ${config.error}`);
  // A refusal (a permission left out, a read-only token) or an outage: one line, no stack.
  const outcome = await github.call(
    `triage of issue #${event.thread.issue}`,
    async (octokit) =>
      triageThread(
        issuePort(octokit, { owner: github.owner, repo: github.repo }),
        { ...event.thread, repo: event.thread.repo ?? `${github.owner}/${github.repo}` },
        config,
        {
          info: (m) => io.info(`interpreter-guard: ${m}`),
          warn: (m) => io.warning(`interpreter-guard: ${m}`),
        },
        {
          attachments: attachmentFetcher({
            onSkip: (url, reason) =>
              io.info(`interpreter-guard: attachment ${url} left out: ${reason}`),
          }),
          // Only the token's own comments are ours: another bot's marker is never read or edited.
          self: await tokenLogin(octokit),
        },
      ),
    { forbidden: 'the token cannot write to this issue; the job needs issues: write' },
  );
  if (!outcome) return;
  io.setOutput('triage-labels', (outcome.triage?.result.labels ?? []).join(','));
  if (outcome.skipped)
    io.info(`interpreter-guard: issue #${event.thread.issue}: ${outcome.skipped}`);
}

/** The checked-out configuration file (YAML), validated; the defaults when there is none. */
async function readConfig(): Promise<TriageConfig> {
  try {
    return parseTriageConfig(parseYaml(await readFile('.github/interpreter-guard.yml', 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return parseTriageConfig(null);
    return unreadableConfig((error as Error).message); // unreadable, or not YAML
  }
}
