// uv's turn-downs, one log record at a time: `Ignoring Python interpreter at …` (the environment or
// the Python preference rules it out), `Skipping interpreter at …` (version, variant, platform),
// bad, unexecutable and missing interpreters, and managed installations skipped or deferred. A
// reason an issue wrapped onto the next line is joined; a path cut off is marked for completion.
import { failureKind, type ReasonKind } from '../reason-kinds.js';
import { backticked, clip, withoutEdgeBackticks } from './lines.js';
import { summarize } from './uv-body.js';
import { event, type MessageContext, type UvStep } from './uv-step.js';

const REJECTION_REASONS: [string, ReasonKind][] = [
  ['system interpreter required', 'system-required'],
  ['system intepreter required', 'system-required'],
  ['system interpreter not explicitly requested', 'not-explicit'],
  ['system interpreter not explicit', 'not-explicit'],
  ['system intepreter not explicit', 'not-explicit'],
  ['only virtual environments allowed', 'venv-required'],
  ['system interpreter not allowed', 'venv-required'],
  ['system intepreter not allowed', 'venv-required'],
  ['only managed interpreters allowed', 'managed-only'],
  ['only system interpreters allowed', 'system-only'],
];
/** Reason openings a wrapped line may have cut: the rest is on the next line. */
const REASON_STARTS = [...REJECTION_REASONS.map(([text]) => text), 'does not satisfy request `'];

/** The kind of a rejection reason in uv's words (once per `Ignoring …` record, not per line). */
function rejectionKind(reason: string): ReasonKind {
  return REJECTION_REASONS.find(([text]) => reason.startsWith(text))?.[1] ?? 'other';
}

/** A path after `at`: backticked, or cut off before its closing backtick. */
function pathAt(msg: string, start: number): { value: string; end: number; cut: boolean } | null {
  if (msg.charAt(start) !== '`') return null;
  const close = msg.indexOf('`', start + 1);
  if (close >= 0) return { value: msg.slice(start + 1, close), end: close + 1, cut: false };
  const value = msg
    .slice(start + 1)
    .trim()
    .replace(/(?:…|\.\.\.)$/, '');
  return value ? { value, end: msg.length, cut: true } : null;
}

const LONGEST_REASON_START = Math.max(...REASON_STARTS.map((s) => s.length));

/** The reason opening that `reason` is a cut-off start of, if any. */
function cutReasonStart(reason: string): string | undefined {
  for (const s of REASON_STARTS) if (s.length > reason.length && s.startsWith(reason)) return s;
  return undefined;
}

/** A reason a terminal or an issue wrapped: its end is on the next line. */
function completeReason(reason: string, more: readonly string[]): string {
  const next = (more[0] ?? '').trim();
  if (!next) return reason;
  if (!reason) return next;
  const cutPhrase = reason.length < LONGEST_REASON_START ? cutReasonStart(reason) : undefined;
  if (cutPhrase) {
    const tight = reason + next;
    return tight.startsWith(cutPhrase) ? tight : `${reason} ${next}`;
  }
  if ((reason.endsWith('does not satisfy') || reason.endsWith('request')) && next.startsWith('`'))
    return `${reason} ${next}`;
  return reason;
}

export function parseIgnoring(msg: string, more: readonly string[], line: number): UvStep | null {
  if (msg.startsWith(MALFORMED)) return malformedEntry(msg, more, line);
  // Ignoring Python interpreter at `/path`: system interpreter required   (`intepreter` ≤0.2.2)
  const path = pathAt(msg, msg.indexOf('`'));
  if (!path) return null;
  const rest = msg.slice(path.end);
  if (!path.cut && rest && !rest.startsWith(':')) return null;
  // Only a message that reached its colon has a reason (on the next line when it was wrapped).
  const reason =
    path.cut || !rest.startsWith(':') ? '' : completeReason(rest.slice(1).trim(), more);
  if (!reason && !path.cut) return null;
  return event(
    {
      type: 'rejected',
      tool: 'uv',
      line,
      path: path.value,
      reason,
      reasonKind: rejectionKind(reason),
      source: null,
    },
    path.cut,
  );
}

const MALFORMED = 'Ignoring malformed managed Python entry:';

/**
 * `WARN Ignoring malformed managed Python entry:` and, indented on the next line, why: an entry of
 * uv's managed directory whose name is no installation key (`bin`, a mirror's `cache`), turned
 * down under that name.
 */
function malformedEntry(msg: string, more: readonly string[], line: number): UvStep | null {
  const reason = (msg.slice(MALFORMED.length).trim() || (more[0] ?? '').trim()).slice(0, 2000);
  if (!reason) return null;
  const at = reason.indexOf('key `');
  const key = at >= 0 ? backticked(reason, at)?.value : undefined;
  return event({
    type: 'rejected',
    tool: 'uv',
    line,
    path: key ?? 'managed Python entry',
    reason,
    reasonKind: 'other',
    source: 'managed installations',
  });
}

const SKIPPING_AT = 'Skipping interpreter at `';
const MANAGED_AT = 'Skipping managed installation ';

export function parseSkipping(
  msg: string,
  more: readonly string[],
  line: number,
  ctx: MessageContext,
): UvStep | null {
  if (!msg.startsWith('Skipping ')) return null;
  // Skipping interpreter at `/path` from search path: does not satisfy request `3.12`
  if (msg.startsWith(SKIPPING_AT)) {
    const path = pathAt(msg, SKIPPING_AT.length - 1);
    if (!path) return null;
    const rest = msg.slice(path.end);
    const found = rest.indexOf(': ');
    const colon = found >= 0 ? found : rest.endsWith(':') ? rest.length - 1 : -1;
    const source = rest.startsWith(' from ') ? rest.slice(6, colon < 0 ? undefined : colon) : null;
    const reason = colon < 0 ? '' : completeReason(rest.slice(colon + 1).trim(), more);
    if (!reason && !path.cut) return null;
    return event(
      {
        type: 'skipped',
        tool: 'uv',
        line,
        path: path.value,
        reason,
        reasonKind: skipKind(reason, path.value, ctx),
        source,
      },
      path.cut,
    );
  }
  // Skipping bad interpreter at /path from search path: <err>  (and older forms)
  const bad = /^Skipping (bad|unexecutable) interpreter at /.exec(msg);
  if (bad) {
    const { path, detail } = splitPathSourceDetail(msg.slice(bad[0].length));
    const body = [detail, ...more].join('\n').trim();
    // The reason is the error in one line; the whole body follows it.
    const summary = detail ? summarize(detail, more) : '';
    const reasonKind =
      bad[1] === 'unexecutable' && failureKind(body, path) === 'query-failed'
        ? 'not-executable'
        : failureKind(body, path);
    return event({
      type: 'query-failed',
      tool: 'uv',
      line,
      path,
      detail: clip(summary && summary !== body ? `${summary}\n${body}` : body, 2000),
      reasonKind,
    });
  }
  if (msg.startsWith('Skipping missing interpreter at ')) {
    return rejected(line, msg.slice(32).trim(), 'missing interpreter', 'other');
  }
  if (msg.startsWith('Skipping broken virtualenv at ')) {
    return rejected(line, msg.slice(30).trim(), 'broken virtualenv (no pyvenv.cfg)', 'other');
  }
  // Skipping Python interpreter (C:\…\python.exe) with invalid registry version 3: <err>   [Windows]
  const registry =
    /^Skipping Python interpreter \((.+?)\) with (invalid registry version .+)$/.exec(msg);
  if (registry) return rejected(line, registry[1] ?? '', registry[2] ?? '', 'other');
  return parseManagedSkip(msg, line);
}

function rejected(line: number, path: string, reason: string, reasonKind: ReasonKind): UvStep {
  return event({ type: 'rejected', tool: 'uv', line, path, reason, reasonKind, source: null });
}

function parseManagedSkip(msg: string, line: number): UvStep | null {
  // Skipping incompatible managed installation `key`   [0.4.17–0.7.13]
  if (msg.startsWith('Skipping incompatible managed installation `')) {
    const key = backticked(msg);
    if (!key) return null;
    return skippedInstallation(line, key.value, 'incompatible managed installation', 'other');
  }
  // Skipping managed installation `key`: does not satisfy `3.9.0`  |  … key: system installation preferred
  if (msg.startsWith(MANAGED_AT)) {
    const at = MANAGED_AT.length;
    const quoted = msg.charAt(at) === '`' ? backticked(msg, at) : null;
    const colon = msg.indexOf(': ', quoted ? quoted.end : at);
    const key = quoted ? quoted.value : msg.slice(at, colon < 0 ? undefined : colon).trim();
    if (!key) return null;
    const reason = colon < 0 ? 'skipped' : msg.slice(colon + 2).trim();
    let kind: ReasonKind = 'other';
    if (reason.startsWith('does not satisfy `'))
      kind = isVariantRequest(backticked(reason)?.value ?? '')
        ? 'variant-mismatch'
        : 'version-mismatch';
    return skippedInstallation(line, key, reason, kind);
  }
  // Deferred to fallbacks: pre-releases, debug builds, other implementations.
  const deferred =
    /^Skipping (pre-release installation|pre-release|debug installation|alternative implementation) (.+)$/.exec(
      msg,
    );
  if (!deferred) return null;
  const what = deferred[1] ?? '';
  const kind: ReasonKind = what.startsWith('pre-release')
    ? 'version-mismatch'
    : what.startsWith('debug')
      ? 'variant-mismatch'
      : 'other';
  return event({
    type: 'skipped',
    tool: 'uv',
    line,
    path: withoutEdgeBackticks(deferred[2] ?? ''),
    reason: what,
    reasonKind: kind,
    source: null,
  });
}

function skippedInstallation(line: number, key: string, reason: string, kind: ReasonKind): UvStep {
  return event({
    type: 'skipped',
    tool: 'uv',
    line,
    path: key,
    reason,
    reasonKind: kind,
    source: 'managed installations',
  });
}

/** A version request naming a build variant: `3.13+freethreaded`, `3.13t` (≤0.8.17), `+debug`, `+gil`. */
function isVariantRequest(request: string): boolean {
  // `+` or a closing `t` first: most requests (`3.12`) have neither.
  return (
    (request.includes('+') || request.endsWith('t')) &&
    /\+(?:freethreaded|debug|gil)|^\d+(?:\.\d+)*t$/.test(request)
  );
}

/** Why a queried interpreter did not satisfy the request: its version, or its build variant. */
function skipKind(reason: string, path: string, ctx: MessageContext): ReasonKind {
  if (reason.startsWith('version `')) return 'version-mismatch';
  if (!reason.startsWith('does not satisfy')) return 'other';
  const request = backticked(reason)?.value ?? '';
  // A default request turns down what only its variant keeps out (a free-threaded 3.13).
  const variant =
    isVariantRequest(request) ||
    request === 'default' ||
    /\+(?:freethreaded|debug)/.test(ctx.keyOf(path) ?? '') ||
    /\dt(?:\.exe)?$/.test(path);
  return variant ? 'variant-mismatch' : 'version-mismatch';
}

/** `<path> from <source>: <detail>` or `<path>: <detail>` or `<path>`. Paths here have no backticks. */
function splitPathSourceDetail(rest: string): { path: string; detail: string } {
  const from = rest.indexOf(' from ');
  const colon = rest.indexOf(': ', from < 0 ? 0 : from);
  if (from >= 0 && colon > from)
    return { path: rest.slice(0, from), detail: rest.slice(colon + 2) };
  // A Windows drive letter (`C:\`) is not the separator: look for ": " only.
  if (colon >= 0) return { path: rest.slice(0, colon), detail: rest.slice(colon + 2) };
  return { path: rest.trim(), detail: '' };
}
