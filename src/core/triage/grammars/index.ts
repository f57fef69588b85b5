// Runs every grammar over the same prepared lines. Each grammar only recognises its own shapes.
import type { LogEvent } from '../events.js';
import { levelLength, splitLines } from './lines.js';
import { parsePdm } from './pdm.js';
import { parsePipx } from './pipx.js';
import { parsePoetry } from './poetry.js';
import { parsePyenv } from './pyenv.js';
import { parseTox } from './tox.js';
import { parseUv } from './uv.js';
import { parseUvOutput } from './uv-output.js';
import { parseVirtualenv } from './virtualenv.js';

// Grammars for tools whose lines never start with uv's level token (`TRACE `, `DEBUG `, …).
const PLAIN_GRAMMARS = [
  parseUvOutput,
  parseVirtualenv,
  parsePdm,
  parsePoetry,
  parseTox,
  parsePipx,
  parsePyenv,
];

/** At most this many events are kept: a huge log cannot blow up what follows. */
export const MAX_EVENTS = 5000;

export function parseLogs(text: string): LogEvent[] {
  const lines = splitLines(text);
  // One pass blanks the level-prefixed lines (most of a big uv log) for the other grammars,
  // keeping line numbers, so each of them skips those lines with a single check.
  const plain = lines.map((line) => (levelLength(line) > 0 ? '' : line));
  const events = [...parseUv(lines), ...PLAIN_GRAMMARS.flatMap((grammar) => grammar(plain))];
  events.sort((a, b) => a.line - b.line);
  return events.length > MAX_EVENTS ? events.slice(0, MAX_EVENTS) : events;
}
