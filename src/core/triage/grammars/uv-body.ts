// uv's multi-line error texts: a header, more lines of the same message, then the interpreter's
// own output in sections (`[stdout]`/`[stderr]` since 0.5.22, `--- stdout:`/`--- stderr:`/`---`
// before). A reason is the message in one line plus the line of the interpreter's stderr that
// names the cause (a shell's error, or the exception a traceback ends with).
import { clip, isSpaceCode } from './lines.js';

const SECTION = /^(?:\[(?:stdout|stderr)\]|--- (?:stdout|stderr):|---)$/;
// A shell prompt after the error: the next command, not more of the message.
const PROMPT = /^(?:\$ |> |PS [^>]{0,200}>|[A-Za-z]:\\[^>\s]{0,200}>)/;
// Errors whose text goes on over more lines (the probe's output, a JSON error): others are one line.
const MULTILINE =
  /did not return the expected data|failed with (?:exit )?status|returned an invalid response/;
const MAX_PARTS = 6;

export function isSectionMarker(line: string): boolean {
  const text = line.trim();
  return mayBeSection(text) && SECTION.test(text);
}

/** What SECTION and PROMPT open with, checked before they run. */
function mayBeSection(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 91 /* [ */ || c === 45; /* - */
}

function mayBePrompt(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c === 36 /* $ */ || c === 62 /* > */) return true;
  if (c === 80 /* P */ && raw.charCodeAt(1) === 83 /* S */) return true;
  return ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && raw.charCodeAt(1) === 58;
}

const isSection = (text: string) => mayBeSection(text) && SECTION.test(text);
const isPrompt = (raw: string) => mayBePrompt(raw) && PROMPT.test(raw);

/**
 * The message of an error in one line. A query failure goes on: the lines that continue it
 * (indented ones were wrapped and join with a space; others are uv's own line breaks and join
 * with ": ") and the line of the interpreter's stderr that says what went wrong.
 */
export function summarize(header: string, more: readonly string[]): string {
  let summary = header.trim();
  if (!MULTILINE.test(summary)) return clip(summary, 1000);
  let parts = 1;
  let i = 0;
  for (; i < more.length && parts < MAX_PARTS; i++) {
    const raw = more[i] ?? '';
    const text = raw.trim();
    if (!text || isSection(text) || isPrompt(raw)) break;
    summary += isSpaceCode(raw.charCodeAt(0)) || summary.endsWith(':') ? ` ${text}` : `: ${text}`;
    parts++;
  }
  const stderr = stderrCause(more);
  if (stderr && !summary.includes(stderr))
    summary += summary.endsWith(':') ? ` ${stderr}` : `: ${stderr}`;
  return clip(summary, 1000);
}

/**
 * The line of the first stderr section that says what went wrong: the first one (a shell's or a
 * loader's error), or the last one of a traceback (the exception).
 */
function stderrCause(more: readonly string[]): string | null {
  let start = -1;
  for (let i = 0; i < more.length; i++) {
    const text = (more[i] ?? '').trim();
    if (text === '[stderr]' || text === '--- stderr:') {
      start = i + 1;
      break;
    }
  }
  if (start < 0) return null;
  let first: string | null = null;
  let last: string | null = null;
  for (let i = start; i < more.length; i++) {
    const raw = more[i] ?? '';
    const text = raw.trim();
    // A blank line after the output ends the section: what follows is not the interpreter's.
    if (isSection(text) || isPrompt(raw) || (!text && last)) break;
    if (text) {
      first ??= text;
      last = text;
    }
  }
  const cause = first?.startsWith('Traceback (most recent call last)') ? last : first;
  return cause ? clip(cause, 300) : null;
}
