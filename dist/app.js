import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  attachmentFetcher,
  issuePort,
  parseTriageConfig,
  triageThread
} from "./chunks/chunk-N27BDQVV.js";
import "./chunks/chunk-P2X5ZL6V.js";
import "./chunks/chunk-ZIAB7TVI.js";
import "./chunks/chunk-MJ6ZI7G6.js";
import "./chunks/chunk-X6NQ3OUU.js";
import "./chunks/chunk-237DE32T.js";
import "./chunks/chunk-7RDAVAKQ.js";

// src/app/index.ts
var CONFIG_FILE = "interpreter-guard.yml";
var RETRIAGE = /^\s*\/interpreter-guard\s+retriage\b/m;
var WRITERS = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
function createApp(deps = {}) {
  return (app) => {
    app.on(["issues.opened", "issues.edited", "issues.reopened"], async (context) => {
      if (isBot(context.payload.sender)) return;
      const issue = context.payload.issue;
      await triage(
        deps_(context),
        {
          issue: issue.number,
          title: issue.title,
          author: issue.user?.login ?? "",
          body: issue.body ?? "",
          labels: labelNames(issue.labels)
        },
        false
      );
    });
    app.on(["issue_comment.created", "issue_comment.edited"], async (context) => {
      const { comment, issue, sender } = context.payload;
      if (isBot(sender) || issue.pull_request) return;
      const thread = {
        issue: issue.number,
        title: issue.title,
        author: issue.user?.login ?? "",
        body: issue.body ?? "",
        labels: labelNames(issue.labels)
      };
      let force = false;
      if (RETRIAGE.test(comment.body ?? "")) {
        const port = issuePort(context.octokit, context.repo());
        if (WRITERS.has(await port.permission(sender.login))) {
          force = true;
          await port.react(comment.id, "+1");
        } else {
          logger(context).info(
            `ignoring /interpreter-guard retriage from ${sender.login}: no write access`
          );
        }
      }
      await triage(deps_(context), thread, force);
    });
  };
  async function triage(ctx, thread, force) {
    const { log, port } = ctx;
    let raw;
    try {
      raw = await ctx.readConfig();
    } catch (error) {
      raw = { invalid: `cannot read .github/${CONFIG_FILE}: ${error.message}` };
    }
    const config = parseTriageConfig(raw);
    if (config.error) log.error(config.error);
    const attachments = attachmentFetcher({
      ...deps.attachments,
      onSkip: (url, why) => log.warn(`attachment ${url} left out: ${why}`)
    });
    const outcome = await triageThread(
      port,
      thread,
      config,
      { info: (m) => log.info(m), warn: (m) => log.warn(m) },
      { force, attachments }
    );
    if (outcome.skipped) log.debug(`issue #${thread.issue}: ${outcome.skipped}`);
  }
}
function deps_(context) {
  return {
    readConfig: () => context.config(CONFIG_FILE),
    port: issuePort(context.octokit, context.repo()),
    log: logger(context)
  };
}
function logger(context) {
  return context.log.child({ delivery: context.id, event: context.name });
}
function isBot(sender) {
  return sender?.type === "Bot" || (sender?.login ?? "").endsWith("[bot]");
}
function labelNames(labels) {
  return (labels ?? []).map((l) => typeof l === "string" ? l : l?.name ?? "").filter(Boolean);
}
var app_default = createApp();
export {
  CONFIG_FILE,
  createApp,
  app_default as default
};
