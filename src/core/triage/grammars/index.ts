// Runs every grammar over the same prepared lines. Each grammar only recognises its own shapes.
import type { LogEvent } from '../events.js';
import { inLineOrder, isPythonLogRecord, levelLength, prepareLines, splitLines } from './lines.js';
import { parseHatch } from './hatch.js';
import { parsePdm } from './pdm.js';
import { parsePet } from './pet.js';
import { parsePip } from './pip.js';
import { parsePipenv } from './pipenv.js';
import { parsePipx } from './pipx.js';
import { parsePoetry } from './poetry.js';
import { parsePyenv } from './pyenv.js';
import { parsePyenvWin } from './pyenv-win.js';
import { parseRye } from './rye.js';
import { parseSetupPython } from './setup-python.js';
import { parseTox } from './tox.js';
import { parseUv } from './uv.js';
import { parseVirtualenv } from './virtualenv.js';
import { parseVscodePython } from './vscode-python.js';

// Grammars for tools whose lines never start with uv's level token (`TRACE `, `DEBUG `, …).
const PLAIN_GRAMMARS = [
  parseVirtualenv,
  parsePdm,
  parsePoetry,
  parseTox,
  parsePipx,
  parsePyenv,
  parsePyenvWin,
  parsePipenv,
  parseHatch,
  parseRye,
  parsePip,
  parseSetupPython,
  parseVscodePython,
  parsePet,
];

/** At most this many events are kept: a huge log cannot blow up what follows. */
export const MAX_EVENTS = 5000;

/** `lines`: `text` already split at its line breaks (by the extraction), read and never changed. */
export function parseLogs(text: string, lines?: readonly string[]): LogEvent[] {
  return readLines(lines ? prepareLines(lines) : splitLines(text));
}

function readLines(lines: readonly string[]): LogEvent[] {
  // One pass blanks the level-prefixed lines (most of a big uv log) for the other grammars,
  // keeping line numbers, so each of them skips those lines with a single check.
  // Python `logging` records of virtualenv's discovery also start with a level token: kept.
  const plain = lines.map((line) => {
    const level = levelLength(line);
    return level > 0 && !isPythonLogRecord(line, level) ? '' : line;
  });
  const events = inLineOrder([parseUv(lines), ...PLAIN_GRAMMARS.map((grammar) => grammar(plain))]);
  return events.length > MAX_EVENTS ? events.slice(0, MAX_EVENTS) : events;
}
