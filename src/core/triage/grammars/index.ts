// Runs every grammar over the same prepared lines. Each grammar only recognises its own shapes.
// One pass over the lines hands each grammar (but uv's) only the lines it may read, told by
// their first character, so that no grammar walks the whole log.
import type { LogEvent } from '../events.js';
import {
  indentOf,
  inLineOrder,
  isPythonLogRecord,
  levelLengthAt,
  prepareLines,
  splitLines,
  type LineStarts,
} from './lines.js';
import { CONDA_LINES, parseConda } from './conda.js';
import { HATCH_LINES, parseHatch } from './hatch.js';
import { parsePdm, PDM_LINES } from './pdm.js';
import { parsePet, PET_LINES } from './pet.js';
import { parsePip, PIP_LINES } from './pip.js';
import { parsePipenv, PIPENV_LINES } from './pipenv.js';
import { parsePipx, PIPX_LINES } from './pipx.js';
import { parsePoetry, POETRY_LINES } from './poetry.js';
import { parsePyenv, PYENV_LINES } from './pyenv.js';
import { parsePyenvWin, PYENV_WIN_LINES } from './pyenv-win.js';
import { parseRye, RYE_LINES } from './rye.js';
import { parseSetupPython, SETUP_PYTHON_LINES } from './setup-python.js';
import { parseTox, TOX_LINES } from './tox.js';
import { parseUv } from './uv.js';
import { parseVirtualenv, VIRTUALENV_LINES } from './virtualenv.js';
import { parseVscodePython, VSCODE_PYTHON_LINES } from './vscode-python.js';

type Grammar = (lines: readonly string[], only?: readonly number[]) => LogEvent[];

// Grammars for tools whose lines never start with uv's level token (`TRACE `, `DEBUG `, …), in
// the order their events are merged.
const PLAIN_GRAMMARS: readonly [Grammar, LineStarts][] = [
  [parseVirtualenv, VIRTUALENV_LINES],
  [parsePdm, PDM_LINES],
  [parsePoetry, POETRY_LINES],
  [parseTox, TOX_LINES],
  [parsePipx, PIPX_LINES],
  [parsePyenv, PYENV_LINES],
  [parsePyenvWin, PYENV_WIN_LINES],
  [parsePipenv, PIPENV_LINES],
  [parseHatch, HATCH_LINES],
  [parseRye, RYE_LINES],
  [parsePip, PIP_LINES],
  [parseSetupPython, SETUP_PYTHON_LINES],
  [parseVscodePython, VSCODE_PYTHON_LINES],
  [parsePet, PET_LINES],
  [parseConda, CONDA_LINES],
];

// By first character: one bit for each grammar whose lines may start with it.
const ASCII_MASKS = new Int32Array(128);
const OTHER_MASKS = new Map<number, number>();
// The grammars that may read a line whatever it starts with: their bits and their tests.
const ELSEWHERE_BITS: number[] = [];
const ELSEWHERE_TESTS: NonNullable<LineStarts['elsewhere']>[] = [];
PLAIN_GRAMMARS.forEach(([, { starts, elsewhere }], g) => {
  const bit = 1 << g;
  for (const c of starts) {
    const code = c.charCodeAt(0);
    if (code < 128) ASCII_MASKS[code] = (ASCII_MASKS[code] ?? 0) | bit;
    else OTHER_MASKS.set(code, (OTHER_MASKS.get(code) ?? 0) | bit);
  }
  if (elsewhere) {
    ELSEWHERE_BITS.push(bit);
    ELSEWHERE_TESTS.push(elsewhere);
  }
});

/** At most this many events are kept: a huge log cannot blow up what follows. */
export const MAX_EVENTS = 5000;

/** `lines`: `text` already split at its line breaks (by the extraction), read and never changed. */
export function parseLogs(text: string, lines?: readonly string[]): LogEvent[] {
  return readLines(lines ? prepareLines(lines) : splitLines(text));
}

function readLines(lines: readonly string[]): LogEvent[] {
  // The level-prefixed lines (most of a big uv log) are blanked for the other grammars, keeping
  // line numbers, and handed to none of them. Python `logging` records of virtualenv's
  // discovery also start with a level token: kept.
  let plain: string[] | null = null;
  const only: number[][] = PLAIN_GRAMMARS.map(() => []);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    const at = indentOf(line);
    const level = levelLengthAt(line, at);
    if (level > 0 && !isPythonLogRecord(line, level)) {
      (plain ??= lines.slice())[i] = '';
      continue;
    }
    const code = line.charCodeAt(at);
    let mask = code < 128 ? (ASCII_MASKS[code] ?? 0) : (OTHER_MASKS.get(code) ?? 0);
    for (let e = 0; e < ELSEWHERE_BITS.length; e++) {
      const bit = ELSEWHERE_BITS[e] as number;
      const test = ELSEWHERE_TESTS[e] as (line: string, at: number) => boolean;
      if (!(mask & bit) && test(line, at)) mask |= bit;
    }
    // Each grammar whose bit is set, lowest first.
    for (; mask; mask &= mask - 1) only[31 - Math.clz32(mask & -mask)]?.push(i);
  }
  const read = plain ?? lines;
  const events = inLineOrder([
    parseUv(lines),
    ...PLAIN_GRAMMARS.map(([grammar], g) => grammar(read, only[g])),
  ]);
  return events.length > MAX_EVENTS ? events.slice(0, MAX_EVENTS) : events;
}
