// uv's user-facing errors: `error:` (or miette's `×`) with its `Caused by:` chain and hints, and
// the errors and warnings that name an interpreter and say why it cannot be used. Those become
// turn-downs read off the error (`fromError`, `plain`), not off a verbose log.
import type { LogEvent } from '../events.js';
import { failureKind, type ReasonKind } from '../reason-kinds.js';
import { clip, isSpaceCode } from './lines.js';
import { isSectionMarker, summarize } from './uv-body.js';
import type { UvRecord } from './uv-records.js';

type UserRecord = Extract<UvRecord, { kind: 'user' }>;

export interface ErrorChain {
  top: UserRecord;
  causes: UserRecord[];
  hints: UserRecord[];
}

type FinalError = Extract<LogEvent, { type: 'final-error' }>;

// Messages that name an interpreter: its path is the backticked text the pattern ends at.
// `wrapper`: the message only says which interpreter failed; the reason is in what follows.
const NAMING_RULES: { re: RegExp; wrapper: boolean; kind: ReasonKind | null }[] = [
  { re: /^Failed to inspect Python interpreter from .{1,80}? at `/, wrapper: true, kind: null },
  { re: /^Failed to query Python interpreter at `/, wrapper: true, kind: null },
  { re: /^Failed to query python interpreter `/, wrapper: true, kind: null },
  { re: /^Can't use Python at `/, wrapper: true, kind: null },
  { re: /^Querying Python at `/, wrapper: false, kind: null },
  { re: /^Python interpreter not found at `/, wrapper: false, kind: 'other' },
  { re: /^Failed to locate Python interpreter at:? `/, wrapper: false, kind: 'other' },
  { re: /^Broken (?:symlink|Python trampoline) at `/, wrapper: false, kind: 'other' },
  { re: /^Requested interpreter path `/, wrapper: false, kind: 'other' },
  { re: /^Python interpreter at `/, wrapper: false, kind: 'not-executable' },
  { re: /^Interpreter at `/, wrapper: false, kind: 'version-mismatch' },
  {
    re: /^Ignoring existing virtual environment linked to non-existent Python interpreter: /,
    wrapper: false,
    kind: 'other',
  },
];

// Each rule with the literal its pattern opens with (up to the first special character), by the
// literal's first character: a pattern runs only on a text that starts with its literal.
type NamingRule = (typeof NAMING_RULES)[number] & { opening: string };
const RULES_BY_START = new Map<number, NamingRule[]>();
for (const rule of NAMING_RULES) {
  const opening = /^\^([\w ',-]+)(?![?*+{])/.exec(rule.re.source)?.[1] ?? '';
  const start = opening.charCodeAt(0);
  RULES_BY_START.set(start, [...(RULES_BY_START.get(start) ?? []), { ...rule, opening }]);
}

// Final errors only uv prints (`error:` alone is everybody's prefix).
const UV_ERRORS = [
  'No interpreter found',
  'No Python interpreters found',
  'No virtual environment found',
  'No system Python installation found',
  'is externally managed',
  'Requested Python executable',
  'Interpreter discovery for `',
  'Failed to detect the operating system version',
];

export function finalErrorOf(chain: ErrorChain, plain?: boolean): FinalError {
  const error: FinalError = {
    type: 'final-error',
    tool: 'uv',
    line: chain.top.line,
    message: joinWrapped(chain.top),
    causes: chain.causes.map(joinWrapped),
    hints: chain.hints.map(joinWrapped),
  };
  if (plain) error.plain = true;
  return error;
}

export function isUvError(chain: ErrorChain): boolean {
  const message = chain.top.message;
  return (
    UV_ERRORS.some((s) => message.includes(s)) ||
    [chain.top, ...chain.causes].some((r) => namesInterpreter(joinWrapped(r)) !== null)
  );
}

/** The interpreter an error (or a warning) names and why it could not be used, or null. */
export function turnDownOf(chain: ErrorChain): LogEvent | null {
  // A text that names an interpreter opens as its message does: most chains are ruled out
  // before any is unwrapped.
  if (!mayNameInterpreter(chain.top) && !chain.causes.some(mayNameInterpreter)) return null;
  const parts = [chain.top, ...chain.causes].map((record) => {
    const { text, rest } = unwrap(record);
    return { text, rest, named: namesInterpreter(text) };
  });
  const first = parts.findIndex((p) => p.named);
  const named = parts[first]?.named;
  if (!named) return null;
  // The reason: every part from the naming one on that says more than which interpreter failed.
  const from = parts.slice(first);
  const telling = from.filter((p) => !p.named?.rule.wrapper);
  const reason = (telling.length ? telling : from.slice(-1))
    .map((p) => summarize(p.text, p.rest))
    .join(': ');
  const full = parts.map((p) => p.text).join('\n');
  const kind = from.find((p) => p.named?.rule.kind)?.named?.rule.kind;
  return {
    type: 'query-failed',
    tool: 'uv',
    line: chain.top.line,
    path: named.path,
    detail: clip(`${reason}\n${full}`, 2000),
    reasonKind: kind ?? failureKind(`${reason}\n${full}`, named.path),
    fromError: true,
    plain: true,
  };
}

/**
 * Whether the record's text (its message trimmed, then its wrapped lines, as unwrap reads it)
 * may open with a naming rule's literal: the message opens with it, or is cut short of it.
 */
function mayNameInterpreter(record: { message: string }): boolean {
  const message = record.message;
  let at = 0;
  while (isSpaceCode(message.charCodeAt(at))) at++;
  const rules = RULES_BY_START.get(message.charCodeAt(at));
  if (!rules) return false;
  let end = message.length;
  while (end > at && isSpaceCode(message.charCodeAt(end - 1))) end--;
  for (const { opening } of rules) {
    if (end - at >= opening.length) {
      if (message.startsWith(opening, at)) return true;
    } else if (opening.startsWith(message.slice(at, end))) {
      return true;
    }
  }
  return false;
}

function namesInterpreter(text: string): { rule: NamingRule; path: string } | null {
  for (const rule of RULES_BY_START.get(text.charCodeAt(0)) ?? []) {
    const m = text.startsWith(rule.opening) ? rule.re.exec(text) : null;
    if (!m) continue;
    const start = m[0].length;
    // Backticked paths end at the closing backtick; the venv warning's path ends at ` -> `.
    const end = m[0].endsWith('`') ? text.indexOf('`', start) : text.indexOf(' -> ', start);
    const path = (end < 0 ? text.slice(start) : text.slice(start, end)).trim();
    return path ? { rule, path } : null;
  }
  return null;
}

const NO_LINES: readonly string[] = [];

function joinWrapped(record: { message: string; more: readonly string[] }): string {
  return unwrap(record).text;
}

interface Unwrapped {
  text: string;
  rest: readonly string[];
}

/** The message with its wrapped (indented) continuation lines, and the lines after them. */
function unwrap(record: { message: string; more: readonly string[] }): Unwrapped {
  const message = record.message.trim();
  if (!record.more.length) return { text: clip(message, 2000), rest: NO_LINES };
  // A blank line, an unindented line or an output section ends the message.
  const parts = [message];
  let i = 0;
  for (; i < record.more.length; i++) {
    const m = record.more[i] ?? '';
    if (!m.trim() || !isSpaceCode(m.charCodeAt(0)) || isSectionMarker(m)) break;
    parts.push(m.trim());
  }
  return { text: clip(parts.join(' '), 2000), rest: record.more.slice(i) };
}
