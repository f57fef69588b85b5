// The Probot app: triages issues about interpreter discovery from the logs in them. Thin glue:
// the work is done by src/github/issue-triage.ts over the issue port.
import type { Context, Probot } from 'probot';
import { parseTriageConfig } from '../core/triage/config.js';
import { issuePort } from '../github/octokit-comments.js';
import { triageThread } from '../github/issue-triage.js';
import { attachmentFetcher, type AttachmentOptions } from '../github/attachments.js';

export const CONFIG_FILE = 'interpreter-guard.yml';
const RETRIAGE = /^\s*\/interpreter-guard\s+retriage\b/m;
const WRITERS = new Set(['admin', 'maintain', 'write']);

type IssueEvent = Context<'issues.opened' | 'issues.edited' | 'issues.reopened'>;
type CommentEvent = Context<'issue_comment.created' | 'issue_comment.edited'>;

/** Builds the app; tests pass their own attachment fetch and host allow-list. */
export function createApp(deps: { attachments?: AttachmentOptions } = {}) {
  return (app: Probot) => {
    app.on(['issues.opened', 'issues.edited', 'issues.reopened'], async (context: IssueEvent) => {
      if (isBot(context.payload.sender)) return;
      const issue = context.payload.issue;
      await triage(
        deps_(context),
        {
          issue: issue.number,
          title: issue.title,
          author: issue.user?.login ?? '',
          body: issue.body ?? '',
          labels: labelNames(issue.labels),
        },
        false,
      );
    });

    app.on(['issue_comment.created', 'issue_comment.edited'], async (context: CommentEvent) => {
      const { comment, issue, sender } = context.payload;
      if (isBot(sender) || issue.pull_request) return;
      const thread = {
        issue: issue.number,
        title: issue.title,
        author: issue.user?.login ?? '',
        body: issue.body ?? '',
        labels: labelNames(issue.labels),
      };
      let force = false;
      if (RETRIAGE.test(comment.body ?? '')) {
        const port = issuePort(context.octokit, context.repo());
        if (WRITERS.has(await port.permission(sender.login))) {
          force = true;
          await port.react(comment.id, '+1');
        } else {
          logger(context).info(
            `ignoring /interpreter-guard retriage from ${sender.login}: no write access`,
          );
        }
      }
      await triage(deps_(context), thread, force);
    });
  };

  async function triage(
    ctx: HandlerDeps,
    thread: Parameters<typeof triageThread>[1],
    force: boolean,
  ): Promise<void> {
    const { log, port } = ctx;
    let raw: unknown;
    try {
      raw = await ctx.readConfig();
    } catch (error) {
      raw = { invalid: `cannot read .github/${CONFIG_FILE}: ${(error as Error).message}` };
    }
    const config = parseTriageConfig(raw);
    if (config.error) log.error(config.error);
    const attachments = attachmentFetcher({
      ...deps.attachments,
      onSkip: (url, why) => log.warn(`attachment ${url} left out: ${why}`),
    });
    const outcome = await triageThread(
      port,
      thread,
      config,
      { info: (m) => log.info(m), warn: (m) => log.warn(m) },
      { force, attachments },
    );
    if (outcome.skipped) log.debug(`issue #${thread.issue}: ${outcome.skipped}`);
  }
}

interface HandlerDeps {
  readConfig(): Promise<unknown>;
  port: ReturnType<typeof issuePort>;
  log: ReturnType<typeof logger>;
}

/** What a handler needs from its context, taken once (keeps the context's types out of the work). */
function deps_(context: MinimalContext): HandlerDeps {
  return {
    readConfig: () => context.config(CONFIG_FILE),
    port: issuePort(context.octokit, context.repo()),
    log: logger(context),
  };
}

/** The part of a Probot context the handlers use (the same for both events). */
interface MinimalContext {
  id: string;
  name: string;
  octokit: Parameters<typeof issuePort>[0];
  repo(): { owner: string; repo: string };
  config(file: string): Promise<unknown>;
  log: Context['log'];
}

function logger(context: MinimalContext) {
  return context.log.child({ delivery: context.id, event: context.name });
}

function isBot(sender: { type?: string; login?: string } | null | undefined): boolean {
  return sender?.type === 'Bot' || (sender?.login ?? '').endsWith('[bot]');
}

function labelNames(
  labels: readonly ({ name?: string } | string | null)[] | null | undefined,
): string[] {
  return (labels ?? []).map((l) => (typeof l === 'string' ? l : (l?.name ?? ''))).filter(Boolean);
}

export default createApp();
