// Runs every grammar over the same prepared lines. Each grammar only recognises its own shapes.
import type { LogEvent } from '../events.js';
import { splitLines } from './lines.js';
import { parsePdm } from './pdm.js';
import { parsePipx } from './pipx.js';
import { parsePoetry } from './poetry.js';
import { parsePyenv } from './pyenv.js';
import { parseTox } from './tox.js';
import { parseUv } from './uv.js';
import { parseVirtualenv } from './virtualenv.js';

const GRAMMARS = [parseUv, parseVirtualenv, parsePdm, parsePoetry, parseTox, parsePipx, parsePyenv];

/** At most this many events are kept: a huge log cannot blow up what follows. */
export const MAX_EVENTS = 5000;

export function parseLogs(text: string): LogEvent[] {
  const lines = splitLines(text);
  const events = GRAMMARS.flatMap((grammar) => grammar(lines));
  events.sort((a, b) => a.line - b.line);
  return events.length > MAX_EVENTS ? events.slice(0, MAX_EVENTS) : events;
}
