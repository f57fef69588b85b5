import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  issuePort,
  upsertComment
} from "./chunks/chunk-TLSKWS6U.js";
import {
  COMMENT_MARKER,
  DEFAULT_LABELS,
  KnowledgeRule,
  TOOL_NAMES,
  readState,
  triageIssue
} from "./chunks/chunk-ZHGIJTL3.js";
import {
  escapeText
} from "./chunks/chunk-EJ4JYHDI.js";
import "./chunks/chunk-ZIAB7TVI.js";
import "./chunks/chunk-MZYS4R3C.js";
import "./chunks/chunk-X6NQ3OUU.js";
import {
  _enum,
  _gte,
  _lte,
  _maxLength,
  _minLength,
  array,
  boolean,
  int,
  object,
  optional,
  string
} from "./chunks/chunk-B7O3WK22.js";
import "./chunks/chunk-7RDAVAKQ.js";

// src/core/triage/config.ts
var labelName = string().check(_minLength(1), _maxLength(50));
var TriageConfigFile = object({
  labels: optional(
    object({
      discovery: optional(labelName),
      platformPrefix: optional(string().check(_maxLength(30))),
      toolPrefix: optional(string().check(_maxLength(30))),
      needsLogs: optional(labelName),
      regression: optional(labelName)
    })
  ),
  /** Only issues about these tools are triaged (all when absent). */
  tools: optional(array(_enum(TOOL_NAMES))),
  rules: optional(array(KnowledgeRule).check(_maxLength(100))),
  comment: optional(boolean()),
  dryRun: optional(boolean()),
  relatedLimit: optional(int().check(_gte(0), _lte(10)))
});
var DEFAULT_CONFIG = {
  labels: DEFAULT_LABELS,
  tools: null,
  rules: [],
  comment: true,
  dryRun: false,
  relatedLimit: 3,
  error: null
};
function parseTriageConfig(raw) {
  if (raw === null || raw === void 0) return DEFAULT_CONFIG;
  const parsed = TriageConfigFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ...DEFAULT_CONFIG,
      error: `.github/interpreter-guard.yml: field "${issue?.path.join(".") || "(root)"}": ${issue?.message ?? "invalid"}`
    };
  }
  const c = parsed.data;
  return {
    labels: { ...DEFAULT_LABELS, ...c.labels },
    tools: c.tools ?? null,
    rules: c.rules ?? [],
    comment: c.comment ?? true,
    dryRun: c.dryRun ?? false,
    relatedLimit: c.relatedLimit ?? 3,
    error: null
  };
}

// src/github/issue-triage.ts
var MAX_THREAD = 1024 * 1024;
var MAINTAINERS = /* @__PURE__ */ new Set(["OWNER", "MEMBER", "COLLABORATOR"]);
var LABEL_STYLE = {
  discovery: ["1d76db", "Python interpreter discovery (interpreter-guard)"],
  needsLogs: ["fbca04", "Needs a verbose discovery log (interpreter-guard)"],
  regression: ["b60205", "Worked with an earlier version (interpreter-guard)"],
  platform: ["c5def5", "Platform (interpreter-guard)"],
  tool: ["bfdadc", "Tool (interpreter-guard)"]
};
async function triageThread(port, thread, config, log, options = {}) {
  const comments = await port.list(thread.issue);
  const ours = comments.filter((c) => c.body.includes(COMMENT_MARKER));
  const previous = ours[0] ? readState(ours[0].body) : null;
  const text = await threadText(thread, comments, options.attachments);
  const notices = config.error ? [
    `\u26A0\uFE0F This repository's interpreter-guard configuration is invalid (${escapeText(config.error)}); the defaults were used and no label was removed.`
  ] : [];
  let triage = triageIssue(text, { labels: config.labels, extraRules: config.rules, notices });
  const { result } = triage;
  if (!result.discovery && !ours.length && !options.force)
    return {
      triage,
      skipped: "not about interpreter discovery",
      added: [],
      removed: [],
      comment: "none"
    };
  if (config.tools && result.tool && !config.tools.includes(result.tool))
    return {
      triage,
      skipped: `tool ${result.tool} is not enabled`,
      added: [],
      removed: [],
      comment: "none"
    };
  if (result.discovery && config.relatedLimit > 0) {
    const related = (await port.searchIssues(result.fingerprint, config.relatedLimit + 1)).filter((i) => i.number !== thread.issue).slice(0, config.relatedLimit);
    if (related.length) {
      const list = related.map((i) => `#${i.number} (${escapeText(i.title.slice(0, 80))})`).join(", ");
      triage = triageIssue(text, {
        labels: config.labels,
        extraRules: config.rules,
        notices: [
          ...notices,
          `Possibly related (same tool, platform and reasons, fingerprint \`${result.fingerprint}\`): ${list}. Not marked as duplicates; maintainers decide.`
        ]
      });
    }
  }
  const desired = triage.result.labels;
  const toAdd = desired.filter((l) => !thread.labels.includes(l));
  const toRemove = config.error ? [] : (previous?.labels ?? []).filter((l) => thread.labels.includes(l) && !desired.includes(l));
  if (config.dryRun) {
    log.info(
      `dry run: would add labels [${toAdd.join(", ")}], remove [${toRemove.join(", ")}], ${config.comment ? "write the comment" : "not comment"}`
    );
    return { triage, skipped: null, added: [], removed: [], comment: "dry-run" };
  }
  for (const label of toAdd) {
    const [color, description] = styleOf(label, config);
    await port.ensureLabel(label, color, description);
  }
  if (toAdd.length) await port.addLabels(thread.issue, toAdd);
  for (const label of toRemove) await port.removeLabel(thread.issue, label);
  if (config.error) log.warn(config.error);
  let comment = "none";
  if (config.comment && (triage.result.discovery || ours.length || options.force)) {
    comment = (await upsertComment(port, thread.issue, COMMENT_MARKER, triage.comment)).action;
  }
  log.info(
    `issue #${thread.issue}: ${triage.result.discovery ? "discovery" : "not discovery"}, labels +[${toAdd.join(", ")}] -[${toRemove.join(", ")}], comment ${comment}`
  );
  return { triage, skipped: null, added: toAdd, removed: toRemove, comment };
}
async function threadText(thread, comments, attachments) {
  const parts = [`# ${thread.title}`, thread.body];
  for (const c of comments) {
    if (c.isBot || c.body.includes(COMMENT_MARKER)) continue;
    if (c.author === thread.author || MAINTAINERS.has(c.association)) parts.push(c.body);
  }
  let text = parts.join("\n\n");
  if (attachments) {
    const urls = attachmentLinks(text);
    if (urls.length)
      for (const log of await attachments(urls))
        text += `

\`\`\`\`\`\`\`\`
${log.replace(/`{8,}/g, "")}
\`\`\`\`\`\`\`\`
`;
  }
  return text.length > MAX_THREAD ? text.slice(0, MAX_THREAD) : text;
}
var ATTACHMENT = /https:\/\/github\.com\/(?:user-attachments\/files\/\d+|[\w.-]+\/[\w.-]+\/files\/\d+)\/[\w.%-]+\.(?:txt|log)\b/g;
function attachmentLinks(text) {
  return [...new Set(text.match(ATTACHMENT) ?? [])].slice(0, 5);
}
function styleOf(label, config) {
  const l = config.labels;
  if (label === l.discovery) return LABEL_STYLE.discovery ?? ["ededed", ""];
  if (label === l.needsLogs) return LABEL_STYLE.needsLogs ?? ["ededed", ""];
  if (label === l.regression) return LABEL_STYLE.regression ?? ["ededed", ""];
  if (label.startsWith(l.platformPrefix)) return LABEL_STYLE.platform ?? ["ededed", ""];
  return LABEL_STYLE.tool ?? ["ededed", ""];
}

// src/app/attachments.ts
var MAX_ATTACHMENT = 25 * 1024 * 1024;
var DEFAULT_HOSTS = [
  /^github\.com$/,
  /^objects\.githubusercontent\.com$/,
  /^github-production-user-asset-[\w-]+\.s3\.amazonaws\.com$/
];
function attachmentFetcher(options = {}) {
  const fetch = options.fetch ?? globalThis.fetch;
  const hosts = options.allowedHosts ?? DEFAULT_HOSTS;
  const max = options.maxBytes ?? MAX_ATTACHMENT;
  return async (urls) => {
    const texts = [];
    for (const url of urls) {
      try {
        texts.push(await fetchOne(fetch, url, hosts, max, options.timeoutMs ?? 3e4));
      } catch (error) {
        options.onSkip?.(url, error.message);
      }
    }
    return texts;
  };
}
async function fetchOne(fetch, start, hosts, max, timeoutMs) {
  const signal = AbortSignal.timeout(timeoutMs);
  let url = start;
  for (let hop = 0; hop < 4; hop++) {
    const host = new URL(url).hostname;
    if (!hosts.some((h) => h.test(host))) throw new Error(`host ${host} is not allowed`);
    const response = await fetch(url, { redirect: "manual", signal });
    if (response.status >= 300 && response.status < 400) {
      const next = response.headers.get("location");
      if (!next) throw new Error(`redirect without a location (${response.status})`);
      url = new URL(next, url).toString();
      continue;
    }
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const declared = Number(response.headers.get("content-length") ?? 0);
    if (declared > max) throw new Error(`${declared} bytes, over the ${max}-byte limit`);
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += chunk.length;
      if (size > max) throw new Error(`over the ${max}-byte limit`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString("utf8");
  }
  throw new Error("too many redirects");
}

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
