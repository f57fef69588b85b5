// Takes an issue body (Markdown) apart: code and log blocks wherever they are (fenced with ``` or
// ~~~, indented, inside <details> or quotes, or bare log lines in the prose), issue-form sections,
// and the prose itself with template comments removed. Linear, capped, never executes anything.

import { charTable, isDigitCode, isSpaceCode, startsWithOneOf } from './grammars/lines.js';

export const MAX_ISSUE_CHARS = 1024 * 1024;
const MAX_PROSE_LINE = 8192;

export interface LogBlock {
  source: 'fenced' | 'indented' | 'bare';
  info: string;
  text: string;
  /** The prose line right before a fenced block (`Output of uv sync -v:`, a `<summary>`), or ''. */
  caption?: string;
}

export interface ExtractedText {
  /** The issue's title: the first level-1 heading (the app and the CLI render an issue as `# title` + body). */
  title: string;
  /** What people wrote, headings and the title included. */
  prose: string;
  blocks: LogBlock[];
  /** Issue-form sections by lower-cased heading (`### Platform` → `platform`), `_No response_` dropped. */
  form: Record<string, string>;
  /** Every block's text, in order: what the grammars read. */
  logText: string;
  /** `logText` cut at its line breaks, when the extraction has the lines at hand already. */
  logLines?: readonly string[];
  /** Set when the input was over the cap: the middle was dropped. */
  truncated: { originalLength: number } | null;
}

// ANSI CSI/OSC sequences, and the bare `[34m` left when a paste lost the ESC byte.
const ANSI =
  // eslint-disable-next-line no-control-regex -- removing control sequences is the point
  /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
const LOST_ESC = /\[\d{1,3}(?:;\d{1,3}){0,4}m/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}#{1,6} +(.+?) *#* *$/;
const QUOTE = /^ {0,3}> ?/;
// One `<details>`/`<summary>` tag (opening or closing) at `lastIndex`, after optional spaces.
const DETAILS_TAG = /\s*<(\/?)(details|summary)\b[^>]*>/iy;
// Lines that are plainly log records even when pasted without a fence: level tokens (also after
// uv's uptime and duration columns), timestamped records (`2024-01-02 10:11:12.345 [info] …`,
// `Info 2021-11-13 08:47:08: …`, `[10:11:12] …`), `[debug]`-style levels, and messages only a
// discovery log prints.
const BARE_LOG =
  /^\s*(?:\d+\.\d+s +(?:\d+(?:\.\d+)?[mµn]?s +)?)?(?:TRACE|DEBUG|INFO|WARN|ERROR) \S|^\s*\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\]? |^\s*(?:Info|Error|Warn|Warning|Debug|Trace) \d{4}-\d\d-\d\d \d\d:\d\d:\d\d|^\s*\[\d\d:\d\d:\d\d(?:\.\d+)?\] |^\s*\[(?:info|debug|error|warning|warn|trace)\] |^\s*\[(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR) \d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d\d|^\s*(?:Skipping interpreter at|Ignoring Python interpreter at|Searching for (?:a )?(?:default )?Python|Found `c?p?y?\w*-\d) |^\s*(?:error|warning|hint): \S|^\s*Caused by: |^\s*[×╰├]─?[▶>]? ?\S|^\d+ .+ \[(?:DEBUG|INFO|WARNING|ERROR|NOTSET) +[\w./-]+:\d+\]$|^pipx >\(|^pyenv: |^RuntimeError: failed to find interpreter|^\s*\[(?:[a-z_][\w-]{1,60}(?:[.:][\w-]{1,60}){1,8}|virtualenv|python_discovery|findpython|poetry|filelock|urllib3|keyring|cachecontrol)\] +\S|^\s*Version \S{1,40} was not found in the local cache\s*$|^(?:DEBUG|INFO|WARNING|ERROR|CRITICAL):[\w.-]{1,60}:\S/;

/**
 * `<pre>` blocks (issues written in HTML, logs pasted by some tools) are code blocks: their tags
 * become fences on lines of their own.
 */
export function preAsFences(text: string): string {
  if (!text.includes('<pre') && !text.includes('<PRE')) return text;
  return text.replace(PRE_OPEN, '\n`````\n').replace(PRE_CLOSE, '\n`````\n');
}
const PRE_OPEN = /<pre(?:\s[^>\n]{0,200})?>/gi;
const PRE_CLOSE = /<\/pre\s{0,10}>/gi;

export function stripAnsi(text: string): string {
  // Both scans are skipped when there is nothing to remove (the common case, and big logs).
  const withoutEsc = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  return hasLostEscape(withoutEsc, 100_000) ? withoutEsc.replace(LOST_ESC, '') : withoutEsc;
}

/**
 * Whether `/\[\d{1,3}m/` matches within the first `limit` characters: each `[` is found by a
 * plain search (brackets are few) and checked by hand.
 */
function hasLostEscape(text: string, limit: number): boolean {
  for (let at = text.indexOf('['); at >= 0 && at < limit; at = text.indexOf('[', at + 1)) {
    let end = at + 1;
    while (end <= at + 3 && end < limit && isDigitCode(text.charCodeAt(end))) end++;
    if (end > at + 1 && end < limit && text.charCodeAt(end) === 109 /* m */) return true;
  }
  return false;
}

/** Removes `<!-- … -->` (template instructions) without a regex that could backtrack. */
export function stripHtmlComments(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('<!--', at);
    if (open < 0) return out + text.slice(at);
    out += text.slice(at, open);
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
}

/** Keeps the head and the tail of an over-long input, and says how long it was. */
export function capText(
  text: string,
  max: number,
): { text: string; truncated: { originalLength: number } | null } {
  if (text.length <= max) return { text, truncated: null };
  const half = Math.floor(max / 2);
  const omitted = text.length - 2 * half;
  return {
    text: `${text.slice(0, half)}\n[… ${omitted} characters omitted by interpreter-guard …]\n${text.slice(text.length - half)}`,
    truncated: { originalLength: text.length },
  };
}

export function extractIssue(markdown: string, maxChars = MAX_ISSUE_CHARS): ExtractedText {
  const capped = capText(markdown, maxChars);
  const unified = capped.text.includes('\r') ? capped.text.replace(/\r\n?/g, '\n') : capped.text;
  const text = preAsFences(stripHtmlComments(stripAnsi(unified)));
  const blocks: LogBlock[] = [];
  // The blocks' lines end to end: `logText` split at its line breaks, without splitting it again.
  const logLines: string[] = [];
  const prose: string[] = [];
  const form: Record<string, string> = {};
  // The headings answered already: `heading in form` without looking a fresh string up as a
  // property name (the keys `form` inherits count as answered, as they do for `in`).
  const answered = new Set<string>();
  let heading: string | null = null;
  let title: string | null = null;
  let sectionLines: string[] = [];
  // `start`: where the fence's first line begins in `text`; `verbatim`: no line was changed (a
  // quote mark removed), so the block is that stretch of `text` and need not be joined again.
  let fence: {
    char: string;
    code: number;
    length: number;
    info: string;
    lines: string[];
    start: number;
    verbatim: boolean;
    caption: string;
  } | null = null;
  // Where the next line begins in `text`.
  let nextLineStart = 0;
  let indented: string[] | null = null;
  let bare: string[] | null = null;
  let previousBlank = true;
  // The last prose line, and the blank lines since: what a block that follows is captioned with.
  let lastProse = '';
  let blanksSinceProse = 2;

  const endSection = () => {
    // The first answer under a heading is the one kept: a later one is not even joined.
    if (heading !== null && !answered.has(heading) && !INHERITED.has(heading)) {
      const value = sectionLines.join('\n').trim();
      if (value && value !== '_No response_') {
        form[heading] = value.slice(0, 4000);
        answered.add(heading);
      }
    }
    sectionLines = [];
  };
  const flushIndented = () => {
    if (indented?.length) {
      blocks.push({ source: 'indented', info: '', text: indented.join('\n') });
      append(logLines, indented);
    }
    indented = null;
  };
  const flushBare = () => {
    if (bare?.length) {
      blocks.push({ source: 'bare', info: '', text: bare.join('\n') });
      append(logLines, bare);
    }
    bare = null;
  };

  for (const original of text.split('\n')) {
    const lineStart = nextLineStart;
    nextLineStart += original.length + 1;
    // Quoted text is read like any other (a quoted log is still a log).
    let line = original;
    while (leadOf(line) === 62 /* > */ && QUOTE.test(line)) line = line.replace(QUOTE, '');
    // The line's first character after up to three spaces: what each Markdown mark is told by.
    const lead = leadOf(line);

    if (fence) {
      const close = lead === fence.code ? fenceOf(line) : null;
      if (
        close &&
        close.marker[0] === fence.char &&
        close.marker.length >= fence.length &&
        !close.rest.trim()
      ) {
        blocks.push({
          source: 'fenced',
          info: fence.info,
          text: fenceText(fence, lineStart - 1),
          caption: fence.caption,
        });
        append(logLines, fence.lines.length ? fence.lines : ['']);
        sectionLines.push('[code block]');
        fence = null;
      } else {
        fence.lines.push(line);
        if (line !== original) fence.verbatim = false;
      }
      continue;
    }
    const open = lead === 96 /* ` */ || lead === 126 /* ~ */ ? fenceOf(line) : null;
    if (open) {
      flushIndented();
      flushBare();
      const marker = open.marker;
      // A backtick fence's info string may not contain backticks: that is inline code.
      if (!(marker[0] === '`' && open.rest.includes('`'))) {
        fence = {
          char: marker[0] ?? '`',
          code: (marker[0] ?? '`').charCodeAt(0),
          length: marker.length,
          info: open.rest.trim().slice(0, 100),
          lines: [],
          start: nextLineStart,
          verbatim: true,
          caption: blanksSinceProse <= 1 ? lastProse : '',
        };
        continue;
      }
    }
    const blank = isBlank(line);
    if ((indented || previousBlank) && !blank && isIndentedCode(line)) {
      flushBare();
      (indented ??= []).push(line.slice(line.startsWith('    ') ? 4 : 1));
      previousBlank = false;
      continue;
    }
    if (indented && blank) {
      indented.push('');
      previousBlank = true;
      continue;
    }
    flushIndented();

    const details = line.includes('<') ? detailsLine(line) : null;
    if (details) {
      // `<details><summary>Log</summary>DEBUG …` on one line: the summary is prose, the rest is
      // read like any line.
      if (details.summary && details.rest) {
        prose.push(details.summary);
        sectionLines.push(details.summary);
        lastProse = details.summary.length > 300 ? '' : details.summary;
        blanksSinceProse = 0;
      }
      line = details.rest || details.summary;
    }
    const h = leadOf(line) === 35 /* # */ ? HEADING.exec(line) : null;
    if (h) {
      flushBare();
      endSection();
      const words = (h[1] ?? '').trim().slice(0, 1000);
      heading = words.toLowerCase().slice(0, 200);
      // Headings are prose too: the title above all is the strongest signal an issue has.
      if (title === null && /^ {0,3}# /.test(line)) title = words;
      prose.push(words);
      previousBlank = true;
      lastProse = words.length > 300 ? '' : words;
      blanksSinceProse = 0;
      continue;
    }
    // A log line alone on its line, or alone in an inline code span (`` `error: …` ``).
    const logLine = isBareLogLine(line) ? line : inlineLogLine(line);
    if (logLine !== null) {
      (bare ??= []).push(logLine);
      sectionLines.push(line);
      previousBlank = false;
      continue;
    }
    // A blank line or prose between log lines ends the bare block, but continuation lines of
    // a multi-line record (`[stderr]` bodies) stay with it while they look like output.
    if (bare && !blank && /^\s|^\[(?:stdout|stderr)\]$/.test(line)) {
      bare.push(line);
      sectionLines.push(line);
      continue;
    }
    if (bare && blank) bare.push('');
    else flushBare();
    // A line longer than any human writes is not prose worth reading whole.
    prose.push(line.length > MAX_PROSE_LINE ? line.slice(0, MAX_PROSE_LINE) : line);
    sectionLines.push(line);
    previousBlank = blank;
    if (blank) blanksSinceProse++;
    else {
      lastProse = line.length > 300 ? '' : line.trim();
      blanksSinceProse = 0;
    }
  }
  if (fence) {
    blocks.push({
      source: 'fenced',
      info: fence.info,
      text: fenceText(fence, text.length),
      caption: fence.caption,
    });
    append(logLines, fence.lines.length ? fence.lines : ['']);
  }
  flushIndented();
  flushBare();
  endSection();

  return {
    title: title ?? '',
    prose: prose.join('\n'),
    blocks,
    form,
    logText: blocks.map((b) => b.text).join('\n'),
    // No block: `logText` is empty, one empty line.
    logLines: blocks.length ? logLines : [''],
    truncated: capped.truncated,
  };

  /** A fenced block's text: the stretch of `text` it spans when no line of it was changed. */
  function fenceText(block: { lines: string[]; start: number; verbatim: boolean }, end: number) {
    return block.verbatim ? text.slice(block.start, end) : block.lines.join('\n');
  }
}

/**
 * A line that starts with `<details>`/`<summary>` tags, any number of them nested on the line:
 * the summary's text and what follows the tags (closing tags at the end dropped), or null when
 * the line does not start with a tag. Each tag is matched once where it stands: linear.
 */
function detailsLine(line: string): { summary: string; rest: string } | null {
  let at = skipDetailsTags(line, 0);
  if (at.end === 0) return null;
  let summary = '';
  if (at.summaryOpen) {
    const close = line.toLowerCase().indexOf('</summary>', at.end);
    if (close >= 0) {
      summary = line.slice(at.end, close).trim();
      at = skipDetailsTags(line, close);
    }
  }
  // Closing tags at the end of the line (`…</summary>`, `…</details>`), both ten characters.
  let end = line.length;
  for (;;) {
    while (end > at.end && isSpaceCode(line.charCodeAt(end - 1))) end--;
    const tail = line.slice(Math.max(at.end, end - 10), end).toLowerCase();
    if (tail !== '</summary>' && tail !== '</details>') break;
    end -= 10;
  }
  return { summary, rest: line.slice(at.end, end) };
}

/** Skips the tags from `from` on: where they end, and whether the last one opened a summary. */
function skipDetailsTags(line: string, from: number): { end: number; summaryOpen: boolean } {
  let end = from;
  let summaryOpen = false;
  for (;;) {
    DETAILS_TAG.lastIndex = end;
    const tag = DETAILS_TAG.exec(line);
    if (!tag) return { end, summaryOpen };
    end = DETAILS_TAG.lastIndex;
    summaryOpen = !tag[1] && tag[2]?.toLowerCase() === 'summary';
  }
}

/** What `!line.trim()` says, without making the trimmed copy. */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isSpaceCode(line.charCodeAt(i))) return false;
  return true;
}

// What every object inherits: a heading named so is never taken as a form answer.
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Adds the lines one by one (a spread would put every line of a huge block on the stack). */
function append(target: string[], lines: readonly string[]): void {
  for (const line of lines) target.push(line);
}

/** Indented code: four spaces or a tab. */
function isIndentedCode(line: string): boolean {
  return line.startsWith('    ') || line.charCodeAt(0) === 9;
}

/**
 * A fence line as FENCE reads it, read by hand for the usual short marker: up to three spaces, a
 * run of three or more backticks or tildes, and the rest of the line (no line break in it).
 */
function fenceOf(line: string): { marker: string; rest: string } | null {
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 32) at++;
  const code = line.charCodeAt(at);
  if (code !== 96 && code !== 126) return null;
  let end = at + 1;
  while (end - at < 16 && line.charCodeAt(end) === code) end++;
  if (end - at === 16) {
    // A longer run (a line of nothing but backticks) is left to the pattern, which is quicker at it.
    const m = FENCE.exec(line);
    return m ? { marker: m[1] ?? '', rest: m[2] ?? '' } : null;
  }
  if (end - at < 3) return null;
  for (let i = end; i < line.length; i++) if (isLineBreak(line.charCodeAt(i))) return null;
  return { marker: line.slice(at, end), rest: line.slice(end) };
}

/** What `.` does not match. */
function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** The code of the line's first character after up to three spaces (Markdown's marks sit there). */
function leadOf(line: string): number {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  return line.charCodeAt(i);
}

// First characters (after indentation) that BARE_LOG can match: level tokens, `error:`,
// `warning:`, `hint:`, `Caused by:`, miette marks, timestamps and virtualenv's milliseconds,
// `[` levels, clock times and logger names (Poetry's `-vvv` prints `[virtualenv] …`,
// `[findpython:findpython] …`; a bare `[word]` is a logger only when it is one Poetry names, not
// a tag such as `[edit]`), `pipx`, `pyenv`, `RuntimeError`, uv's `Skipping`/`Searching`/`Found`,
// setup-python's `Version … was not found in the local cache`, Python logging's default format
// (`DEBUG:root:…`).
const LOG_STARTS = charTable('TDIWEewhCx×╰├0123456789pR[SFV');

/** The log line a prose line holds as its only content, in one inline code span; or null. */
function inlineLogLine(line: string): string | null {
  // Read only where a backtick opens the line (after up to three spaces): most lines end here.
  if (leadOf(line) !== 96 /* ` */) return null;
  const start = line.indexOf('`');
  if (line.charCodeAt(start + 1) === 96) return null;
  const end = line.indexOf('`', start + 1);
  if (end < 0 || line.slice(end + 1).trim()) return null;
  const code = line.slice(start + 1, end);
  return mayStartLogLine(code) && (BARE_LOG.test(code) || TOOL_EXCEPTION.test(code)) ? code : null;
}
// pdm prints an error as its exception class in brackets: `[InvalidPyVersion]: …`.
const TOOL_EXCEPTION = /^\[[A-Z][a-z]{1,20}[A-Z][A-Za-z]{1,40}\]: \S/;

/** A line that is a log record on its own, as the extraction takes it out of prose. */
export function isBareLogLine(line: string): boolean {
  return mayStartLogLine(line) && BARE_LOG.test(line);
}

function mayStartLogLine(line: string): boolean {
  return startsWithOneOf(line, LOG_STARTS);
}
