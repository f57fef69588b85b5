// Does the text carry a verbose, debug or trace log of some tool, whatever it is about? A resolver
// trace counts; one error line, a command with its error, or a bare traceback does not. Each code
// block (and the prose, where logs are pasted without a fence) is read line by line for the shape
// of log records (log-presence-lines.ts) and for a command run verbosely followed by its output
// (log-presence-commands.ts); a log is several such lines, never one.
import type { ExtractedText } from './extract.js';
import { startsCommand, verboseCommand } from './log-presence-commands.js';
import { lineShape } from './log-presence-lines.js';

// A log over this size is read at its head and tail: a log shows itself well before.
const HEAD_CHARS = 1024 * 1024;
const TAIL_CHARS = 256 * 1024;
// Output lines after a verbose command (or a build's log tail) that make a log.
const MIN_OUTPUT_LINES = 3;
// In prose, this many ordinary lines in a row end a run of log lines.
const PROSE_BREAK = 3;

// The grammars' events are not used: they also come from plain errors, and a discovery log is
// counted by the caller.
export function hasVerboseLog(text: ExtractedText): boolean {
  for (const block of text.blocks) if (blockReadsAsLog(block)) return true;
  return readsAsLog(text.prose, { prose: true, xtrace: false, commands: true });
}

// A block's reading, kept: the presence check and the discovery-log check both ask.
const READ = new WeakMap<ExtractedText['blocks'][number], boolean>();

function blockReadsAsLog(block: ExtractedText['blocks'][number]): boolean {
  let reads = READ.get(block);
  if (reads === undefined) READ.set(block, (reads = readBlock(block)));
  return reads;
}

function readBlock(block: ExtractedText['blocks'][number]): boolean {
  const info = block.info.toLowerCase();
  const code = CODE_INFO.test(info);
  const diff =
    /^(?:diff|patch)\b/.test(info) || block.text.startsWith('@@ ') || block.text.includes('\n@@ ');
  const options = { prose: false, xtrace: !diff && !code, commands: !code };
  if (readsAsLog(block.text, options)) return true;
  // `Output of `pdm install -v`:` (or a `<summary>` naming it) over a block of its output.
  return options.commands && !!block.caption && captionsOutput(block.caption, block.text);
}

/**
 * The lines of `logText` (1-based, as the grammars number them) that lie in a block read as a
 * verbose log: a tool's default-verbosity messages there are steps of that log.
 */
export function verboseBlockLines(text: ExtractedText): (line: number) => boolean {
  // Each block's first line, in order: a line is found by binary search, however many events ask.
  const starts: number[] = [];
  const verbose: boolean[] = [];
  let start = 1;
  for (const block of text.blocks) {
    starts.push(start);
    verbose.push(blockReadsAsLog(block));
    start += lineCount(block.text);
  }
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= line) lo = mid;
      else hi = mid - 1;
    }
    return line >= 1 && line < start && verbose[lo] === true;
  };
}

function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

function captionsOutput(caption: string, text: string): boolean {
  const kind = verboseCommand(caption);
  if (kind === null) return false;
  // A mention captions output unless it asks for a run (`please run `uv -v sync``).
  if (kind === 'mention' && !/[:：]\s*$/.test(caption) && ASKS.test(caption)) return false;
  let lines = 0;
  for (const line of text.split('\n', 200)) {
    if (line.trim() && isOutput(line) && ++lines >= MIN_OUTPUT_LINES) return true;
  }
  return false;
}

const ASKS =
  /\b(?:please|pls|could you|can you|would you|try|run|paste|share|provide|attach|send)\b/i;

// Blocks of code or configuration: a `RUN uv sync -v` there is a step, not a run's output.
const CODE_INFO =
  /^(?:docker|dockerfile|containerfile|ya?ml|toml|ini|cfg|conf|json|jsonc|python|py|nix|diff|patch|make|makefile|rust|rs|ts|js|javascript|typescript|c|cpp|go|java|xml|html)\b/;

interface ReadOptions {
  /** Prose: runs are broken by ordinary lines and blank lines end a command's output. */
  prose: boolean;
  /** Count `+ command` lines (not in a diff or code, not in prose where `+` starts list items). */
  xtrace: boolean;
  /** Read a verbose command and its output (not in code or configuration). */
  commands: boolean;
}

function readsAsLog(text: string, options: ReadOptions): boolean {
  if (text.length <= HEAD_CHARS + TAIL_CHARS) return scan(text, options);
  return (
    scan(text.slice(0, HEAD_CHARS), options) || scan(text.slice(text.length - TAIL_CHARS), options)
  );
}

/** Counts of line shapes in the current run. */
interface Tally {
  verbose: number;
  record: number;
  level: number;
  xtrace: number;
  configure: number;
}

function emptyTally(): Tally {
  return { verbose: 0, record: 0, level: 0, xtrace: 0, configure: 0 };
}

function isLog(t: Tally, xtrace: boolean): boolean {
  return (
    t.verbose >= 2 ||
    (t.verbose >= 1 && t.record + t.level >= 1) ||
    t.record >= 3 ||
    (xtrace && t.xtrace >= 5) ||
    t.configure >= 3
  );
}

function scan(text: string, options: ReadOptions): boolean {
  let tally = emptyTally();
  let ordinaryRun = 0;
  // Output lines since a verbose command or a log tail (-1: not after one).
  let output = -1;
  // Inside a traceback (Python's, or cleo's `Exception trace:`), until a blank line.
  let inTrace = false;
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    at = end + 1;

    if (!line.trim()) {
      // In prose a blank line ends a command's output; in a block output may have gaps.
      if (options.prose) output = -1;
      inTrace = false;
      continue;
    }
    const shape = lineShape(line);
    if (shape === 'other') {
      if (
        LOG_TAIL.test(line) ||
        (options.commands && startsVerboseOutput(line, text, at, options))
      ) {
        output = 0;
        continue;
      }
      if (output >= 0) {
        // A traceback, to the next blank line, is an error's, not the run's output.
        if (TRACE_START.test(line)) inTrace = true;
        if (startsCommand(line)) output = -1;
        else if (!inTrace && isOutput(line) && ++output >= MIN_OUTPUT_LINES) return true;
      }
      if (options.prose && ++ordinaryRun >= PROSE_BREAK) tally = emptyTally();
      continue;
    }
    ordinaryRun = 0;
    // A bare level (`WARNING: …`) after a verbose command is counted as its output only when it
    // is not a warning or an error, as other output lines are.
    if (output >= 0 && (shape !== 'level' || isOutput(line)) && ++output >= MIN_OUTPUT_LINES)
      return true;
    tally[shape]++;
    if (isLog(tally, options.xtrace)) return true;
  }
  return false;
}

/**
 * The line runs a tool verbosely and what follows is its output. In prose the command must stand
 * on its own line, or introduce what follows (`… of `uv sync -v`:`, a `<pre>` block): a sentence
 * asking for `uv sync -v` is not a run.
 */
function startsVerboseOutput(
  line: string,
  text: string,
  next: number,
  options: ReadOptions,
): boolean {
  const kind = verboseCommand(line);
  if (kind === null) return false;
  if (!options.prose || kind === 'command' || line.trimEnd().endsWith(':')) return true;
  return /^\s*<pre\b/i.test(nextNonBlankLine(text, next));
}

function nextNonBlankLine(text: string, from: number): string {
  let at = from;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, Math.min(end, at + 200));
    if (line.trim()) return line;
    at = end + 1;
  }
  return '';
}

const TRACE_START = /^\s*(?:Traceback \(most recent call last\):|Exception trace:)\s*$/;
// A build tool's pointer to the end of its log (python-build: `Last 10 log lines:`).
const LOG_TAIL = /^\s*Last \d{1,4} (?:log )?lines:?\s*$/;
// Lines that are not a log's content: decoration, a warning, an error with its causes (pdm's
// `[NoPythonVersion]: …` too, cleo's `[RuntimeError]` alone on its line), a traceback, a cut.
const NOT_OUTPUT =
  /^\s*(?:[-=_─━~*.·•]{3,}\s*$|\[…\]|\.\.\.\s*$|(?:error|Error|ERROR|warning|Warning|WARNING|hint|Caused by|Traceback)\b|File "|[×╰├│]|\[[A-Z][A-Za-z]{2,60}\](?::|\s*$))/;

function isOutput(line: string): boolean {
  return !NOT_OUTPUT.test(line);
}
