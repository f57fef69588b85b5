// The VS Code Python extensions' output channels: `2024-01-02 10:11:12.345 [info] <message>`
// (the Python Environments extension too), the older `Info 2021-09-29 12:19:50: <message>`, and
// the bare lines older extensions printed (`Python interpreter path: …`, the interpreterInfo.py
// query). Messages relayed from pet, its locator, are read by pet.ts.
import type { LogEvent } from '../events.js';
import { failureKind } from '../reason-kinds.js';
import { charTable, clip, codeIn, indentOf, isDigitCode, type LineStarts } from './lines.js';
import { BRACKET_LEVEL_STAMP } from '../log-presence-lines.js';
import { petMessage } from './pet.js';

const STAMPED =
  /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \[(?:trace|debug|info|warning|error)\] (?:\[[\w-]+\] )?(.*)$/;
const OLD_STAMPED =
  /^(?:Info|Error|Warn|Warning|Verbose|Trace) \d{4}-\d\d-\d\d \d\d:\d\d:\d\d: (.*)$/;
const LEVEL_STARTS = charTable('IEWVT');
// Stamps, `[Error: …`, `> /x/python …`, `~/…` and `/…` paths, `Python interpreter path:`.
const STARTING = '0123456789IEWVTP>~/[';
const STARTS = charTable(STARTING);
export const VSCODE_PYTHON_LINES: LineStarts = { starts: STARTING };
// A Node error for a path that does not exist: `ENOENT: no such file or directory, lstat '/x'`,
// or a failed spawn `spawn /x ENOENT`.
const ENOENT = /ENOENT: no such file or directory, (\w+) '([^']+)'|spawn (\S+) ENOENT/;
// What the extension's locators search for (not tests, not packages).
const SEARCHED = /env|interpreter|conda|python|pyenv|poetry|pipenv|hatch|pixi|store/i;
const INTERPRETER_NAME = /(?:^|[\\/])(?:python|pypy)[\d.]*[tw]?(?:\.exe)?$/i;

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parseVscodePython(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const raw = lines[i] ?? '';
    if (!raw) continue;
    const at = indentOf(raw);
    if (
      !codeIn(STARTS, raw.charCodeAt(at)) ||
      (isDigitCode(raw.charCodeAt(at)) && raw.charCodeAt(at + 4) !== 45)
    )
      continue;
    const text = at > 0 ? raw.slice(at) : raw;
    const line = i + 1;
    // A stamp opens with the year (a digit) or with the level's capital.
    const first = text.charCodeAt(0);
    const stamped = isDigitCode(first)
      ? STAMPED.exec(text)
      : codeIn(LEVEL_STARTS, first) && levelWordThenDigit(text)
        ? OLD_STAMPED.exec(text)
        : first === 91 /* [ */
          ? bracketStamped(text)
          : null;
    if (text.includes('ENOENT')) {
      const event = missingInterpreter(text, line, stamped?.[1] ?? null);
      if (event) events.push(event);
      continue;
    }
    // Unstamped, only the two lines older extensions printed bare are specific enough.
    const event = stamped
      ? (extensionMessage(stamped[1] ?? '', line) ??
        petMessage(stamped[1] ?? '', 'vscode-python', line))
      : bareLine(text, line);
    if (event) events.push(event);
  }
  return events;
}

/** The extension's own discovery messages (and the bare lines it printed), or null. */
function extensionMessage(message: string, line: number): LogEvent | null {
  const tool = 'vscode-python';
  const found = (path: string, source: string): LogEvent => ({
    type: 'found',
    tool,
    line,
    path,
    key: null,
    version: null,
    source,
  });
  const search = (scope: string): LogEvent => ({
    type: 'search',
    tool,
    line,
    request: null,
    scope,
  });
  const bare = bareLine(message, line);
  if (bare) return bare;
  let m = /^Selected interpreter (\S.*?) for creating virtual environment/.exec(message);
  if (m) return { type: 'selected', tool, line, path: m[1] ?? '', version: null };
  m = /^Found interpreter for (?:>> (.+?) <<|([^,]+),)/.exec(message);
  if (m) return found(m[1] ?? m[2] ?? '', 'interpreter query');
  m = /^Found (?:conda|Python) executable: (\S.*)$/.exec(message);
  if (m) return found(m[1] ?? '', 'locator');
  // 2024: `Found: /opt/homebrew/bin/python3 --> /opt/homebrew/Cellar/…/python3.12` (link resolved).
  m = message.startsWith('Found: ') ? /^Found: (\S.*?) --> (\S.*)$/.exec(message) : null;
  if (m) return found(m[1] ?? '', `resolves to ${m[2] ?? ''}`);
  // The commands its locators run: `> conda info --json`, `> pyenv which python`.
  m = message.startsWith('> ') ? LOCATOR_COMMAND.exec(message) : null;
  if (m) return search(`${m[1]} ${m[2] ?? ''}`.trim());
  // 2022's conda locator: each env it looks into, and the one whose executable is missing.
  m = /^Looking into conda env for executable: (\{.*\})$/.exec(message);
  if (m) return search(`conda env ${condaPrefix(m[1] ?? '') ?? ''}`.trim());
  m =
    /^(Executable does not exist within conda env, assume the executable to be `python`) (\{.*\})$/.exec(
      message,
    );
  if (m) {
    const prefix = condaPrefix(m[2] ?? '');
    if (prefix)
      return {
        type: 'skipped',
        tool,
        line,
        path: prefix,
        reason: m[1] ?? '',
        reasonKind: 'query-failed',
        source: 'conda locator',
      };
  }
  m = /^(\w+ Virtual Environment): \[(added|skipped)\] (\S.*)$/.exec(message);
  if (m && m[2] === 'added') return found(m[3] ?? '', 'locator');
  if (m)
    return {
      type: 'skipped',
      tool,
      line,
      path: m[3] ?? '',
      reason: `${m[1]}: [skipped]`,
      reasonKind: 'other',
      source: 'locator',
    };
  // A pipenv environment whose `.project` file does not lead back to a project.
  m =
    /^The \.project file inside environment folder: (\S.*?) doesn't contain a valid path to the project$/.exec(
      message,
    );
  if (m)
    return {
      type: 'rejected',
      tool,
      line,
      path: m[1] ?? '',
      reason:
        "The .project file inside environment folder doesn't contain a valid path to the project",
      reasonKind: 'other',
      source: 'pipenv locator',
    };
  m = /^Resolved (\S.*?)(?: using downstream locator)?$/.exec(message);
  if (m && INTERPRETER_NAME.test(m[1] ?? '')) return found(m[1] ?? '', 'resolver');
  m = /^(?:Searching for|Finished searching for|Probing conda binary:) (.*)$/.exec(message);
  if (m && SEARCHED.test(m[1] ?? '')) return search(m[1] ?? '');
  m = /^Failed to parse interpreter information for >> (.+?) << with (.*)$/.exec(message);
  if (m) {
    const detail = clip(`Failed to parse interpreter information: ${m[2]}`, 2000);
    return {
      type: 'query-failed',
      tool,
      line,
      path: m[1] ?? '',
      detail,
      reasonKind: failureKind(detail, m[1]),
    };
  }
  m = /^Failed to (resolve|process environment:) (\S.*)$/.exec(message);
  if (m && INTERPRETER_NAME.test(m[2] ?? ''))
    return {
      type: 'rejected',
      tool,
      line,
      path: m[2] ?? '',
      reason: m[1] === 'resolve' ? 'Failed to resolve' : 'Failed to process environment',
      reasonKind: 'query-failed',
      source: null,
    };
  return null;
}

// A locator's command, by the tool it runs (the path to it may come first).
const LOCATOR_COMMAND =
  /^> (?:\S*[\\/])?(conda|mamba|micromamba|hatch|pyenv|pixi|poetry|pipenv|pdm|uv|py)(?:\.exe)?(?: (.{1,200}))?$/;

/** The `prefix` of a conda env the locator logged as JSON (`{"prefix":"C:\\…","name":"x"}`). */
function condaPrefix(json: string): string | null {
  const m = /"prefix":"((?:[^"\\]|\\.){1,1000})"/.exec(json);
  if (!m) return null;
  try {
    return JSON.parse(`"${m[1] ?? ''}"`) as string;
  } catch {
    return null;
  }
}

/** Its interpreter query (`> /x/python -I …/get_output_via_markers.py …/interpreterInfo.py`)
 * and the selected interpreter, which older extensions printed without a timestamp. */
function bareLine(text: string, line: number): LogEvent | null {
  if (text.includes('interpreterInfo.py')) {
    const exe = /^(?:> )?(\S+) (?:-I |-S )?\S*(?:get_output_via_markers|interpreterInfo)\.py/.exec(
      text,
    )?.[1];
    return exe
      ? {
          type: 'found',
          tool: 'vscode-python',
          line,
          path: exe,
          key: null,
          version: null,
          source: 'interpreter query',
        }
      : null;
  }
  const m = text.startsWith('Python interpreter path: ')
    ? /^Python interpreter path: (\S.*)$/.exec(text)
    : null;
  return m
    ? { type: 'selected', tool: 'vscode-python', line, path: m[1] ?? '', version: null }
    : null;
}

/** 2021–2022: `[DEBUG 2022-2-8 8:36:10.504]: <message>`, as a match whose [1] is the message. */
function bracketStamped(text: string): [string, string] | null {
  const stamp = BRACKET_LEVEL_STAMP.exec(text);
  return stamp ? [text, text.slice(stamp[0].length)] : null;
}

/** What OLD_STAMPED cannot match without: a level word of at most 7 letters, a space, a digit. */
function levelWordThenDigit(text: string): boolean {
  const space = text.indexOf(' ');
  return space > 0 && space <= 7 && isDigitCode(text.charCodeAt(space + 1));
}

/**
 * A Node ENOENT for an interpreter path: the extension was pointed at one that is not there. In a
 * record of its output channel (`message`: the record after its stamp) it is a step of its
 * discovery, and the reason is the extension's words before the error (`Failed to resolve
 * symbolic link:  [Error: ENOENT: …]`); bare, it is an error line someone pasted.
 */
function missingInterpreter(text: string, line: number, message: string | null): LogEvent | null {
  const m = ENOENT.exec(text);
  const path = m?.[2] ?? m?.[3];
  if (!path || !INTERPRETER_NAME.test(path)) return null;
  const words = message === null ? '' : wordsBeforeError(message);
  const reason = words
    ? clip(words, 500)
    : m?.[2]
      ? `ENOENT: no such file or directory, ${m[1]}`
      : 'spawn ENOENT';
  return {
    type: 'rejected',
    tool: 'vscode-python',
    line,
    path,
    reason,
    reasonKind: 'query-failed',
    source: null,
    ...(message === null ? { plain: true } : {}),
  };
}
/**
 * The extension's words before the Node error it logs (`Failed to resolve symbolic link:  [Error:
 * ENOENT: …]`), or '' when it logged the error alone (`Error: spawn /x/python ENOENT`).
 */
function wordsBeforeError(message: string): string {
  let end = message.length;
  for (const mark of ['[', 'Error: ', 'spawn ', 'ENOENT']) {
    const at = message.indexOf(mark);
    if (at >= 0 && at < end) end = at;
  }
  const words = message.slice(0, Math.min(end, 300)).trim().replace(/:$/, '').trimEnd();
  return words.length >= 3 && words !== 'Error' ? words : '';
}
