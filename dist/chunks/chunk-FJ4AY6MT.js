import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  COMMENT_MARKER,
  DEFAULT_LABELS,
  KnowledgeRule,
  TOOL_NAMES,
  escapeText,
  readState,
  threadMarkdown,
  triageIssue
} from "./chunk-Q7I6SJ4M.js";
import {
  describeSchemaError,
  firstLineOf
} from "./chunk-GFEQNXH2.js";
import {
  _enum,
  _gte,
  _lte,
  _maxLength,
  _minLength,
  _positive,
  array,
  boolean,
  int,
  nullable,
  object,
  optional,
  strictObject,
  string,
  union,
  unknown
} from "./chunk-ZA7TPQS4.js";

// src/github/port.ts
function isBotUser(user) {
  return user?.type === "Bot" || (user?.login ?? "").endsWith("[bot]");
}
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : null;
}

// src/github/octokit-comments.ts
function commentsPort(octokit, repo) {
  const toComment = (c) => ({
    id: c.id,
    body: c.body ?? "",
    url: c.html_url,
    author: c.user?.login ?? "",
    association: c.author_association ?? "NONE",
    isBot: isBotUser(c.user)
  });
  return {
    async list(issue) {
      const all = await octokit.paginate(
        "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
        { ...repo, issue_number: issue, per_page: 100 }
      );
      return all.map(toComment);
    },
    async create(issue, body) {
      const { data } = await octokit.request(
        "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
        { ...repo, issue_number: issue, body }
      );
      return toComment(data);
    },
    async update(commentId, body) {
      const { data } = await octokit.request(
        "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
        { ...repo, comment_id: commentId, body }
      );
      return toComment(data);
    },
    async remove(commentId) {
      await octokit.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        ...repo,
        comment_id: commentId
      });
    }
  };
}
function issuePort(octokit, repo) {
  const comments = commentsPort(octokit, repo);
  return {
    ...comments,
    async addLabels(issue, labels) {
      await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
        ...repo,
        issue_number: issue,
        labels
      });
    },
    async currentLabels(issue) {
      const labels = await octokit.paginate(
        "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
        {
          ...repo,
          issue_number: issue,
          per_page: 100
        }
      );
      return labels.map((l) => l.name);
    },
    async removeLabel(issue, label) {
      try {
        await octokit.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
          ...repo,
          issue_number: issue,
          name: label
        });
      } catch (error) {
        if (error.status !== 404) throw error;
      }
    },
    async ensureLabel(name, color, description) {
      try {
        await octokit.request("GET /repos/{owner}/{repo}/labels/{name}", { ...repo, name });
      } catch (error) {
        if (error.status !== 404) throw error;
        await octokit.request("POST /repos/{owner}/{repo}/labels", {
          ...repo,
          name,
          color,
          description
        });
      }
    },
    async searchIssues(text, limit) {
      const { data } = await octokit.request("GET /search/issues", {
        q: `repo:${repo.owner}/${repo.repo} "${text}"`,
        sort: "created",
        order: "asc",
        per_page: Math.max(1, limit)
      });
      return (data.items ?? []).map((i) => ({
        number: i.number,
        title: i.title
      }));
    },
    async permission(user) {
      try {
        const { data } = await octokit.request(
          "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
          { ...repo, username: user }
        );
        return data.permission ?? "none";
      } catch (error) {
        if (error.status === 404) return "none";
        throw error;
      }
    },
    async react(commentId, content) {
      await octokit.request("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
        ...repo,
        comment_id: commentId,
        content
      });
    }
  };
}

// src/core/triage/config.ts
var labelName = string().check(_minLength(1), _maxLength(50));
var TriageConfigFile = strictObject({
  labels: optional(
    strictObject({
      discovery: optional(labelName),
      platformPrefix: optional(string().check(_maxLength(30))),
      toolPrefix: optional(string().check(_maxLength(30))),
      needsLogs: optional(labelName),
      regression: optional(labelName)
    })
  ),
  /** The tool this repository is about, when the repository is not a well-known one. */
  tool: optional(_enum(TOOL_NAMES)),
  /** Only issues about these tools are triaged (all when absent). */
  tools: optional(array(_enum(TOOL_NAMES))),
  rules: optional(array(KnowledgeRule).check(_maxLength(100))),
  comment: optional(boolean()),
  dryRun: optional(boolean()),
  relatedLimit: optional(int().check(_gte(0), _lte(10)))
});
var DEFAULT_CONFIG = {
  labels: DEFAULT_LABELS,
  tool: null,
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
    return {
      ...DEFAULT_CONFIG,
      error: `.github/interpreter-guard.yml: ${describeSchemaError(parsed.error)}`
    };
  }
  const c = parsed.data;
  return {
    labels: { ...DEFAULT_LABELS, ...c.labels },
    tool: c.tool ?? null,
    tools: c.tools ?? null,
    rules: c.rules ?? [],
    comment: c.comment ?? true,
    dryRun: c.dryRun ?? false,
    relatedLimit: c.relatedLimit ?? 3,
    error: null
  };
}
function unreadableConfig(reason) {
  return {
    ...DEFAULT_CONFIG,
    error: `.github/interpreter-guard.yml cannot be read: ${firstLineOf(reason)}`
  };
}

// src/github/attachments.ts
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
  const schemes = options.schemes ?? ["https:"];
  return async (urls) => {
    const texts = [];
    for (const url of urls) {
      try {
        texts.push(
          await fetchOne(fetch, url, {
            hosts,
            schemes,
            max,
            timeoutMs: options.timeoutMs ?? 3e4
          })
        );
      } catch (error) {
        options.onSkip?.(url, error.message);
      }
    }
    return texts;
  };
}
async function fetchOne(fetch, start, limits) {
  const { hosts, schemes, max } = limits;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = start;
  for (let hop = 0; hop < 4; hop++) {
    const { hostname: host, protocol } = new URL(url);
    if (!schemes.includes(protocol)) throw new Error(`${protocol} URLs are not fetched`);
    if (!hosts.some((h) => h.test(host))) throw new Error(`host ${host} is not allowed`);
    const response = await fetch(url, { redirect: "manual", signal, credentials: "omit" });
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

// src/github/issue-event.ts
var User = nullable(object({ login: string(), type: optional(string()) }));
var Label = union([string(), object({ name: string() })]);
var IssueEventPayload = object({
  issue: object({
    number: int().check(_positive()),
    title: string(),
    body: optional(nullable(string())),
    user: optional(User),
    labels: optional(array(Label)),
    pull_request: optional(unknown())
  }),
  comment: optional(object({ id: int(), body: optional(nullable(string())) })),
  sender: optional(User),
  repository: optional(object({ name: string(), owner: object({ login: string() }) })),
  installation: optional(nullable(object({ id: int() })))
});
function readIssueEvent(payload) {
  const parsed = IssueEventPayload.safeParse(payload);
  if (!parsed.success) {
    return { error: `webhook payload: ${describeSchemaError(parsed.error)}` };
  }
  const { issue, comment, sender, repository, installation } = parsed.data;
  return {
    event: {
      thread: {
        issue: issue.number,
        repo: repository ? `${repository.owner.login}/${repository.name}` : null,
        title: issue.title,
        author: issue.user?.login ?? "",
        body: issue.body ?? "",
        labels: (issue.labels ?? []).map((l) => typeof l === "string" ? l : l.name)
      },
      sender: { login: sender?.login ?? "", isBot: isBotUser(sender) },
      comment: comment ? { id: comment.id, body: comment.body ?? "" } : null,
      onPullRequest: issue.pull_request !== void 0 && issue.pull_request !== null,
      repository: repository ? { owner: repository.owner.login, repo: repository.name } : null,
      installationId: installation?.id ?? null
    }
  };
}

// src/github/sticky.ts
async function upsertComment(port, issue, marker, body, listed, self) {
  const ours = (listed ?? await port.list(issue)).filter((c) => isOurs(c, marker, self)).sort((a, b) => a.id - b.id);
  const [keep, ...duplicates] = ours;
  for (const d of duplicates) await port.remove(d.id);
  if (!keep) {
    const created = await port.create(issue, body);
    return { action: "created", url: created.url, removedDuplicates: 0 };
  }
  if (keep.body === body)
    return { action: "unchanged", url: keep.url, removedDuplicates: duplicates.length };
  const updated = await port.update(keep.id, body);
  return { action: "updated", url: updated.url, removedDuplicates: duplicates.length };
}
function isOurs(comment, marker, self) {
  const byUs = self === void 0 ? comment.isBot : comment.author === self;
  return byUs && comment.body.includes(marker);
}

// src/github/issue-triage.ts
var MAX_THREAD = 1024 * 1024;
var RELATED_SEARCH = 20;
var MAINTAINERS = /* @__PURE__ */ new Set(["OWNER", "MEMBER", "COLLABORATOR"]);
var LABEL_STYLE = {
  discovery: ["1d76db", "Python interpreter discovery (interpreter-guard)"],
  needsLogs: ["fbca04", "Needs a verbose discovery log (interpreter-guard)"],
  regression: ["b60205", "Worked with an earlier version (interpreter-guard)"],
  platform: ["c5def5", "Platform (interpreter-guard)"],
  tool: ["bfdadc", "Tool (interpreter-guard)"]
};
async function triageThread(port, thread, config, log, options = {}) {
  const [comments, labels] = await Promise.all([
    port.list(thread.issue),
    port.currentLabels(thread.issue)
  ]);
  const ours = comments.filter((c) => isOurs(c, COMMENT_MARKER, options.self));
  const previous = ours[0] ? readState(ours[0].body) : null;
  const text = await threadText(thread, comments, options.attachments);
  const notices = config.error ? [
    `\u26A0\uFE0F This repository's interpreter-guard configuration is invalid (${escapeText(config.error)}); the defaults were used and no label was removed.`
  ] : [];
  const context = { repo: thread.repo, tool: config.tool };
  let triage = triageIssue(text, {
    labels: config.labels,
    extraRules: config.rules,
    notices,
    ...context
  });
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
    const related = (await port.searchIssues(result.fingerprint, RELATED_SEARCH)).filter((i) => i.number < thread.issue).slice(0, config.relatedLimit);
    if (related.length) {
      const list = related.map((i) => `#${i.number} (${escapeText(i.title.slice(0, 80))})`).join(", ");
      triage = triageIssue(text, {
        ...context,
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
  const toAdd = desired.filter((l) => !labels.includes(l));
  const toRemove = config.error ? [] : (previous?.labels ?? []).filter((l) => labels.includes(l) && !desired.includes(l));
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
    comment = (await upsertComment(port, thread.issue, COMMENT_MARKER, triage.comment, ours, options.self)).action;
  }
  log.info(
    `issue #${thread.issue}: ${triage.result.discovery ? "discovery" : "not discovery"}, labels +[${toAdd.join(", ")}] -[${toRemove.join(", ")}], comment ${comment}`
  );
  return { triage, skipped: null, added: toAdd, removed: toRemove, comment };
}
async function threadText(thread, comments, attachments) {
  const turns = [{ role: "reporter", body: thread.body }];
  for (const c of comments) {
    if (c.isBot || c.body.includes(COMMENT_MARKER)) continue;
    const role = c.author === thread.author ? "reporter" : MAINTAINERS.has(c.association) ? "maintainer" : "commenter";
    turns.push({ role, body: c.body });
  }
  let text = threadMarkdown({ title: thread.title, turns });
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

export {
  statusOf,
  commentsPort,
  issuePort,
  upsertComment,
  isOurs,
  parseTriageConfig,
  unreadableConfig,
  attachmentFetcher,
  readIssueEvent,
  triageThread
};
