// Triage of one issue thread and its effects, idempotent: labels it decided are added, labels it
// added earlier and no longer decides are removed (its state is in its own comment), labels people
// set are never touched, and there is one comment, updated only when its body changes. The labels
// are compared with the issue's labels as GitHub has them now, read once per triage, not with a
// webhook payload's (a redelivered payload is stale): a redelivery or an unchanged edit writes
// nothing. Its own comment is one written by its own account and carrying the marker.
import type { TriageConfig } from '../core/triage/config.js';
import { triageIssue, type Triage } from '../core/triage/index.js';
import { escapeText } from '../core/triage/markdown.js';
import { COMMENT_MARKER, readState } from '../core/triage/render.js';
import { threadMarkdown, type IssueThread } from '../core/triage/thread.js';
import type { IssueComment, IssuePort } from './port.js';
import { isOurs, upsertComment } from './sticky.js';

/** The issue's labels as GitHub has them now. */
export interface TriagePort extends IssuePort {
  currentLabels(issue: number): Promise<string[]>;
}

export interface Thread {
  issue: number;
  /** `owner/name`: names the tool when the text does not (astral-sh/uv is about uv). */
  repo: string | null;
  title: string;
  author: string;
  body: string;
  /** The issue's labels when the event was sent (the triage reads them again: see above). */
  labels: string[];
}

export interface TriageLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface ThreadOutcome {
  triage: Triage | null;
  /** Why nothing was done, when nothing was. */
  skipped: string | null;
  added: string[];
  removed: string[];
  comment: 'created' | 'updated' | 'unchanged' | 'none' | 'dry-run';
}

const MAX_THREAD = 1024 * 1024;
/** Issues asked of the search: enough for the largest related-issue limit (10) after filtering. */
export const RELATED_SEARCH = 20;
const MAINTAINERS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
const LABEL_STYLE: Record<string, [string, string]> = {
  discovery: ['1d76db', 'Python interpreter discovery (interpreter-guard)'],
  needsLogs: ['fbca04', 'Needs a verbose discovery log (interpreter-guard)'],
  regression: ['b60205', 'Worked with an earlier version (interpreter-guard)'],
  platform: ['c5def5', 'Platform (interpreter-guard)'],
  tool: ['bfdadc', 'Tool (interpreter-guard)'],
};

export interface TriageOptions {
  force?: boolean;
  attachments?: (urls: string[]) => Promise<string[]>;
  /**
   * The login this triage writes as (`<slug>[bot]` for an app): only its comments are ours. A
   * caller that does not know it falls back on "any bot", which another bot can imitate.
   */
  self?: string;
}

export async function triageThread(
  port: TriagePort,
  thread: Thread,
  config: TriageConfig,
  log: TriageLog,
  options: TriageOptions = {},
): Promise<ThreadOutcome> {
  const [comments, labels] = await Promise.all([
    port.list(thread.issue),
    port.currentLabels(thread.issue),
  ]);
  // Our comment, and the state in it: another account's comment carrying the marker is neither (its
  // "state" could otherwise make the app remove labels people set).
  const ours = comments.filter((c) => isOurs(c, COMMENT_MARKER, options.self));
  const previous = ours[0] ? readState(ours[0].body) : null;

  const text = await threadText(thread, comments, options.attachments);
  const notices = config.error
    ? [
        `⚠️ This repository's interpreter-guard configuration is invalid (${escapeText(config.error)}); the defaults were used and no label was removed.`,
      ]
    : [];
  const context = { repo: thread.repo, tool: config.tool };
  let triage = triageIssue(text, {
    labels: config.labels,
    extraRules: config.rules,
    notices,
    ...context,
  });
  const { result } = triage;

  if (!result.discovery && !ours.length && !options.force)
    return {
      triage,
      skipped: 'not about interpreter discovery',
      added: [],
      removed: [],
      comment: 'none',
    };
  if (config.tools && result.tool && !config.tools.includes(result.tool))
    return {
      triage,
      skipped: `tool ${result.tool} is not enabled`,
      added: [],
      removed: [],
      comment: 'none',
    };

  // Earlier issues with the same fingerprint, the oldest first (the first report is usually the
  // one to follow): proposed, never acted upon. Only earlier ones, so that later issues do not
  // change this comment.
  if (result.discovery && config.relatedLimit > 0) {
    const related = (await port.searchIssues(result.fingerprint, RELATED_SEARCH))
      .filter((i) => i.number < thread.issue)
      .slice(0, config.relatedLimit);
    if (related.length) {
      const list = related
        .map((i) => `#${i.number} (${escapeText(i.title.slice(0, 80))})`)
        .join(', ');
      triage = triageIssue(text, {
        ...context,
        labels: config.labels,
        extraRules: config.rules,
        notices: [
          ...notices,
          `Possibly related (same tool, platform and reasons, fingerprint \`${result.fingerprint}\`): ${list}. Not marked as duplicates; maintainers decide.`,
        ],
      });
    }
  }

  const desired = triage.result.labels;
  const toAdd = desired.filter((l) => !labels.includes(l));
  // Only labels this app added earlier, still on the issue, and no longer decided; none at all
  // when the configuration is invalid.
  const toRemove = config.error
    ? []
    : (previous?.labels ?? []).filter((l) => labels.includes(l) && !desired.includes(l));

  if (config.dryRun) {
    log.info(
      `dry run: would add labels [${toAdd.join(', ')}], remove [${toRemove.join(', ')}], ${config.comment ? 'write the comment' : 'not comment'}`,
    );
    return { triage, skipped: null, added: [], removed: [], comment: 'dry-run' };
  }
  for (const label of toAdd) {
    const [color, description] = styleOf(label, config);
    await port.ensureLabel(label, color, description);
  }
  if (toAdd.length) await port.addLabels(thread.issue, toAdd);
  for (const label of toRemove) await port.removeLabel(thread.issue, label);
  if (config.error) log.warn(config.error);

  let comment: ThreadOutcome['comment'] = 'none';
  if (config.comment && (triage.result.discovery || ours.length || options.force)) {
    // Only our comments are passed: upsertComment never sees, edits or deletes anyone else's. It
    // tells ours by the same rule, so it gets `self` too (else it keeps only bots' comments, and a
    // personal token's own comment would never be updated, only added to).
    comment = (
      await upsertComment(port, thread.issue, COMMENT_MARKER, triage.comment, ours, options.self)
    ).action;
  }
  log.info(
    `issue #${thread.issue}: ${triage.result.discovery ? 'discovery' : 'not discovery'}, labels +[${toAdd.join(', ')}] -[${toRemove.join(', ')}], comment ${comment}`,
  );
  return { triage, skipped: null, added: toAdd, removed: toRemove, comment };
}

/** The title, the body and the comments by the author and maintainers (not bots, not ours), capped. */
async function threadText(
  thread: Thread,
  comments: IssueComment[],
  attachments?: (urls: string[]) => Promise<string[]>,
): Promise<string> {
  const turns: IssueThread['turns'] = [{ role: 'reporter', body: thread.body }];
  for (const c of comments) {
    if (c.isBot || c.body.includes(COMMENT_MARKER)) continue;
    const role =
      c.author === thread.author
        ? 'reporter'
        : MAINTAINERS.has(c.association)
          ? 'maintainer'
          : 'commenter';
    turns.push({ role, body: c.body });
  }
  let text = threadMarkdown({ title: thread.title, turns });
  if (attachments) {
    const urls = attachmentLinks(text);
    if (urls.length)
      for (const log of await attachments(urls))
        text += `\n\n\`\`\`\`\`\`\`\`\n${log.replace(/`{8,}/g, '')}\n\`\`\`\`\`\`\`\`\n`;
  }
  return text.length > MAX_THREAD ? text.slice(0, MAX_THREAD) : text;
}

// Attachment links GitHub makes for uploaded files: only .txt and .log are read.
const ATTACHMENT =
  /https:\/\/github\.com\/(?:user-attachments\/files\/\d+|[\w.-]+\/[\w.-]+\/files\/\d+)\/[\w.%-]+\.(?:txt|log)\b/g;

export function attachmentLinks(text: string): string[] {
  return [...new Set(text.match(ATTACHMENT) ?? [])].slice(0, 5);
}

function styleOf(label: string, config: TriageConfig): [string, string] {
  const l = config.labels;
  if (label === l.discovery) return LABEL_STYLE.discovery ?? ['ededed', ''];
  if (label === l.needsLogs) return LABEL_STYLE.needsLogs ?? ['ededed', ''];
  if (label === l.regression) return LABEL_STYLE.regression ?? ['ededed', ''];
  if (label.startsWith(l.platformPrefix)) return LABEL_STYLE.platform ?? ['ededed', ''];
  return LABEL_STYLE.tool ?? ['ededed', ''];
}
