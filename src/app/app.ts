// The Probot app: triages issues about interpreter discovery from the logs in them. Thin glue:
// the work is done by src/github/issue-triage.ts over the issue port. Deliveries about one issue
// are handled in turn; the response is sent once the effects are written, so a failure shows in
// the app's delivery log, and the redelivery sweep asks GitHub to send it again. Around Probot:
// the webhook intake is bounded (intake.ts), every GitHub request has a time limit
// (request-timeout.ts), and only the app's own account's comments are its own (identity.ts).
import type { Context, Probot } from 'probot';
import { parseTriageConfig, unreadableConfig, type TriageConfig } from '../core/triage/config.js';
import { issuePort } from '../github/octokit-comments.js';
import { readIssueEvent } from '../github/issue-event.js';
import { triageThread, type TriagePort } from '../github/issue-triage.js';
import { attachmentFetcher, type AttachmentOptions } from '../github/attachments.js';
import { statusOf } from '../github/port.js';
import { againOnTransient, isTransient } from '../github/transient.js';
import { OwnLogin } from './identity.js';
import { DEFAULT_INTAKE, guardWebhooks, type IntakeOptions } from './intake.js';
import { REDELIVERY_POLICY, Redeliverer } from './redeliver.js';
import { RepoMemory } from './repo-memory.js';
import { limitRequestTime } from './request-timeout.js';
import { KeyedSerial } from './serial.js';
import { DEFAULT_SETTINGS, type AppSettings } from './settings.js';

export const CONFIG_FILE = 'interpreter-guard.yml';
const RETRIAGE = /^\s*\/interpreter-guard\s+retriage\b/m;
const WRITERS = new Set(['admin', 'maintain', 'write']);

type EventName =
  | 'issues.opened'
  | 'issues.edited'
  | 'issues.reopened'
  | 'issue_comment.created'
  | 'issue_comment.edited';
const EVENTS: EventName[] = [
  'issues.opened',
  'issues.edited',
  'issues.reopened',
  'issue_comment.created',
  'issue_comment.edited',
];

/** Builds the app; tests pass their own attachment fetch and host allow-list, and intake limits. */
export function createApp(
  deps: {
    settings?: AppSettings;
    attachments?: AttachmentOptions;
    intake?: Partial<Omit<IntakeOptions, 'path' | 'warn'>>;
  } = {},
) {
  const settings = deps.settings ?? DEFAULT_SETTINGS;
  const memory = new RepoMemory(settings.configCacheMs);
  const serial = new KeyedSerial();
  return (app: Probot) => {
    // The app's own Octokit (authenticated as the app, not an installation).
    const asApp = async () => limitRequestTime(await app.auth(), settings.requestTimeoutMs);
    const self = new OwnLogin(async () => {
      const { data } = await (await asApp()).request('GET /app');
      return data?.slug ?? '';
    });
    const redeliverer = new Redeliverer(
      asApp,
      { ...REDELIVERY_POLICY, events: new Set<string>(EVENTS) },
      { info: (m) => app.log.info(m), warn: (m) => app.log.warn(m) },
    );
    // Probot's server asks for its webhook middleware when it starts: the app hands it back behind
    // the intake guard, and starts its redelivery sweep once the server is about to listen.
    const middleware = app.getNodeMiddleware.bind(app);
    app.getNodeMiddleware = async (options = {}) => {
      const inner = await middleware(options);
      if (settings.redeliverEveryMs > 0) redeliverer.start(1000, settings.redeliverEveryMs);
      return guardWebhooks(inner, {
        ...DEFAULT_INTAKE,
        ...deps.intake,
        path: options.path ?? app.webhookPath,
        warn: (m) => app.log.warn(m),
      });
    };

    app.on(EVENTS, async (context: Context<EventName>) => {
      const log = context.log.child({ delivery: context.id, event: context.name });
      const read = readIssueEvent(context.payload);
      if ('error' in read) {
        log.error(`delivery ignored: ${read.error}`);
        return;
      }
      const { event } = read;
      if (event.sender.isBot || event.onPullRequest || !event.repository) return;
      limitRequestTime(context.octokit, settings.requestTimeoutMs); // its config reads too
      const ctx = deps_(context, event.repository, event.installationId, log, self);
      await serial.run(`${ctx.repoKey}#${event.thread.issue}`, async () => {
        let force = false;
        if (event.comment && RETRIAGE.test(event.comment.body)) {
          const login = event.sender.login;
          if (WRITERS.has(await ctx.port.permission(login))) {
            force = true;
            await ctx.port.react(event.comment.id, '+1');
          } else {
            log.info(`ignoring /interpreter-guard retriage from ${login}: no write access`);
          }
        }
        await triage(ctx, event.thread, force);
      });
    });
  };

  /** What a handler needs from its context, taken once (keeps the context's types out of the work). */
  function deps_(
    context: MinimalContext,
    repo: { owner: string; repo: string },
    installationId: number | null,
    log: Context['log'],
    self: OwnLogin,
  ): HandlerDeps {
    const repoKey = `${installationId ?? 0}/${repo.owner}/${repo.repo}`;
    return {
      repoKey,
      log,
      self: () => self.get(),
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
    const attachments = attachmentFetcher({
      ...deps.attachments,
      onSkip: (url, why) => log.warn(`attachment ${url} left out: ${why}`),
    });
    const outcome = await againOnTransient(
      async () => {
        let config: TriageConfig;
        try {
          config = parseTriageConfig(await ctx.readConfig());
        } catch (error) {
          if (isTransient(error)) throw error; // GitHub failing, not the file: run again
          config = unreadableConfig((error as Error).message); // YAML syntax, say
        }
        if (config.error) log.error(config.error);
        return triageThread(
          port,
          thread,
          config,
          { info: (m) => log.info(m), warn: (m) => log.warn(m) },
          { force, attachments, self: await ctx.self() },
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
  port: TriagePort;
  log: Context['log'];
  /** The app's own login, `<slug>[bot]`. */
  self(): Promise<string>;
}

/** The part of a Probot context the handler uses besides the payload. */
interface MinimalContext {
  octokit: Parameters<typeof issuePort>[0];
  config(file: string): Promise<unknown>;
}
