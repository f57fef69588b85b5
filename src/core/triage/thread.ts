// An issue thread as the triage reads it: the title, the body, and the comments of the people who
// can speak for the issue (its author and the maintainers). The app builds one from the API; the
// CLI also reads a thread exported as text:
//
//   owner/repo · issue #12 · open
//   labels: bug, windows
//   # the title
//
//   [turn 0 by reporter]
//   the body
//
//   [turn 3 by maintainer]
//   a comment
//
// Of other people's comments only the code blocks are read: a log someone else posted helps, but
// their prose ("same here on Windows") describes their own machine.

import { isBareLogLine } from './extract.js';

export type TurnRole = 'reporter' | 'maintainer' | 'commenter';

export interface IssueThread {
  /** `owner/name`, when known. */
  repo: string | null;
  number: number | null;
  title: string;
  turns: { role: TurnRole; body: string }[];
}

const HEADER =
  /^([\w.-]{1,100}\/[\w.-]{1,100}) · (?:issue|pull request|pr|discussion) #(\d{1,9})\b/;
const TURN = /^\[turn \d{1,6} by (reporter|maintainer|commenter|author|member|bot)[^\]\n]{0,40}\]$/;
const MAX_EXPORT = 25 * 1024 * 1024;

/** Reads a thread exported as text (see above), or null when the text is not one. */
export function parseThreadExport(text: string): IssueThread | null {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '');
  const header = HEADER.exec(head);
  if (!header) return null;
  const lines = text
    .slice(0, MAX_EXPORT)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  let title = '';
  const turns: IssueThread['turns'] = [];
  let current: { role: TurnRole; lines: string[] } | null = null;
  const close = () => {
    if (current) turns.push({ role: current.role, body: current.lines.join('\n').trim() });
  };
  // Header lines come before the first turn: the title is the first `# ` line there.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const turn = TURN.exec(line);
    if (turn) {
      close();
      current = { role: roleOf(turn[1] ?? ''), lines: [] };
      continue;
    }
    if (current) current.lines.push(line);
    else if (!title && line.startsWith('# ')) title = line.slice(2).trim();
  }
  close();
  return { repo: header[1] ?? null, number: Number(header[2]), title, turns };
}

function roleOf(word: string): TurnRole {
  if (word === 'reporter' || word === 'author') return 'reporter';
  if (word === 'maintainer' || word === 'member') return 'maintainer';
  return 'commenter';
}

/**
 * The Markdown the triage reads: `# title`, the reporter's and maintainers' turns, and of other
 * people's turns only their code blocks and log lines (a log someone else posted helps; their
 * prose describes their own machine).
 */
export function threadMarkdown(thread: Pick<IssueThread, 'title' | 'turns'>): string {
  const parts = [`# ${thread.title.replace(/\s+/g, ' ').trim()}`];
  for (const turn of thread.turns) {
    if (turn.role !== 'commenter') parts.push(turn.body);
    else {
      // A log pasted without a fence helps as much as a fenced one.
      const { fenced, bare } = codeOf(turn.body);
      if (fenced) parts.push(fenced);
      if (bare) parts.push(bare);
    }
  }
  return parts.join('\n\n');
}

/**
 * A post's fenced code blocks, fences included, in order; and its lines outside fences that are
 * log records on their own, as one more fenced block. Either is '' when there is none.
 */
function codeOf(body: string): { fenced: string; bare: string } {
  const fenced: string[] = [];
  const bare: string[] = [];
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null) {
      if (marker) {
        fence = marker;
        fenced.push(line);
      } else if (isBareLogLine(line)) bare.push(line);
    } else {
      fenced.push(line);
      if (
        marker &&
        marker[0] === fence[0] &&
        marker.length >= fence.length &&
        !line.trim().slice(marker.length).trim()
      )
        fence = null;
    }
  }
  if (fence !== null) fenced.push(fence);
  return {
    fenced: fenced.join('\n'),
    bare: bare.length ? ['`````', ...bare, '`````'].join('\n') : '',
  };
}
