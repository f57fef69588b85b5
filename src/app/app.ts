// The Probot app: triages issues about interpreter discovery from the logs in them. Thin glue:
// the work is done by src/github/issue-triage.ts over the issue port. Deliveries about one issue
// are handled in turn; the response is sent once the effects are written, so a failure shows in
// the app's delivery log, where it can be redelivered.
import type { Context, Probot } from 'probot';
import { parseTriageConfig } from '../core/triage/config.js';
import { issuePort } from '../github/octokit-comments.js';
import { triageThread } from '../github/issue-triage.js';
import { attachmentFetcher, type AttachmentOptions } from '../github/attachments.js';
import { statusOf, type IssuePort } from '../github/port.js';
import { againOnTransient, isTransient } from '../github/transient.js';
import { RepoMemory } from './repo-memory.js';
import { KeyedSerial } from './serial.js';
import { DEFAULT_SETTINGS, type AppSettings } from './settings.js';

export const CONFIG_FILE = 'interpreter-guard.yml';
const RETRIAGE = /^\s*\/interpreter-guard\s+retriage\b/m;
const WRITERS = new Set(['admin', 'maintain', 'write']);

type IssueEvent = Context<'issues.opened' | 'issues.edited' | 'issues.reopened'>;
type CommentEvent = Context<'issue_comment.created' | 'issue_comment.edited'>;

/** Builds the app; tests pass their own attachment fetch and host allow-list. */
export function createApp(deps: { settings?: AppSettings; attachments?: AttachmentOptions } = {}) {
  const memory = new RepoMemory((deps.settings ?? DEFAULT_SETTINGS).configCacheMs);
  const serial = new KeyedSerial();
  return (app: Probot) => {
    app.on(['issues.opened', 'issues.edited', 'issues.reopened'], async (context: IssueEvent) => {
      if (isBot(context.payload.sender)) return;
      const issue = context.payload.issue;
      const ctx = deps_(context);
      await serial.run(`${ctx.repoKey}#${issue.number}`, () =>
        triage(
          ctx,
          {
            issue: issue.number,
            title: issue.title,
            author: issue.user?.login ?? '',
            body: issue.body ?? '',
            labels: labelNames(issue.labels),
          },
          false,
        ),
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
      const ctx = deps_(context);
      await serial.run(`${ctx.repoKey}#${issue.number}`, async () => {
        let force = false;
        if (RETRIAGE.test(comment.body ?? '')) {
          if (WRITERS.has(await ctx.port.permission(sender.login))) {
            force = true;
            await ctx.port.react(comment.id, '+1');
          } else {
            ctx.log.info(
              `ignoring /interpreter-guard retriage from ${sender.login}: no write access`,
            );
          }
        }
        await triage(ctx, thread, force);
      });
    });
  };

  /** What a handler needs from its context, taken once (keeps the context's types out of the work). */
  function deps_(context: MinimalContext): HandlerDeps {
    const repo = context.repo();
    const repoKey = `${context.payload.installation?.id ?? 0}/${repo.owner}/${repo.repo}`;
    const log = context.log.child({ delivery: context.id, event: context.name });
    return {
      repoKey,
      log,
      port: memory.withMemory(repoKey, issuePort(context.octokit, repo)),
      readConfig: () =>
        memory.config(repoKey, async () => {
          try {
            return await context.config(CONFIG_FILE);
          } catch (error) {
            const status = statusOf(error);
            if (status !== 403 && status !== 404) throw error;
            // No access to the file (the app lacks the single-file permission): defaults.
            log.warn(
              `cannot read .github/${CONFIG_FILE} (HTTP ${status}); using the defaults. Grant the app read access to that file (single file permission) to configure it.`,
            );
            return null;
          }
        }),
    };
  }

  async function triage(
    ctx: HandlerDeps,
    thread: Parameters<typeof triageThread>[1],
    force: boolean,
  ): Promise<void> {
    const { log, port } = ctx;
    const outcome = await againOnTransient(
      async () => {
        let raw: unknown;
        try {
          raw = await ctx.readConfig();
        } catch (error) {
          if (isTransient(error)) throw error; // GitHub failing, not the file: run again
          raw = { invalid: `cannot read .github/${CONFIG_FILE}: ${(error as Error).message}` };
        }
        const config = parseTriageConfig(raw);
        if (config.error) log.error(config.error);
        const attachments = attachmentFetcher({
          ...deps.attachments,
          onSkip: (url, why) => log.warn(`attachment ${url} left out: ${why}`),
        });
        return triageThread(
          port,
          thread,
          config,
          { info: (m) => log.info(m), warn: (m) => log.warn(m) },
          { force, attachments },
        );
      },
      { retries: 2, delayMs: 1000, onRetry: (m) => log.warn(`issue #${thread.issue}: ${m}`) },
    );
    const result = outcome.triage?.result;
    if (result?.discovery && outcome.comment !== 'none' && outcome.comment !== 'dry-run')
      memory.noteTriaged(ctx.repoKey, result.fingerprint, {
        number: thread.issue,
        title: thread.title,
      });
    if (outcome.skipped) log.debug(`issue #${thread.issue}: ${outcome.skipped}`);
  }
}

interface HandlerDeps {
  /** Installation, owner and repository: what per-repository memory is keyed by. */
  repoKey: string;
  readConfig(): Promise<unknown>;
  port: IssuePort;
  log: Context['log'];
}

/** The part of a Probot context the handlers use (the same for both events). */
interface MinimalContext {
  id: string;
  name: string;
  octokit: Parameters<typeof issuePort>[0];
  repo(): { owner: string; repo: string };
  config(file: string): Promise<unknown>;
  log: Context['log'];
  payload: { installation?: { id: number } | null };
}

function isBot(sender: { type?: string; login?: string } | null | undefined): boolean {
  return sender?.type === 'Bot' || (sender?.login ?? '').endsWith('[bot]');
}

function labelNames(
  labels: readonly ({ name?: string } | string | null)[] | null | undefined,
): string[] {
  return (labels ?? []).map((l) => (typeof l === 'string' ? l : (l?.name ?? ''))).filter(Boolean);
}
