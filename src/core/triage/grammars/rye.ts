// rye: its version lines and its verdict on a toolchain it was given (`rye self install
// --toolchain`, `rye toolchain register`), often inside a container build's output.
import type { LogEvent } from '../events.js';
import { charTable, contentStartingWith, RUNNER_PREFIX_STARTS, type LineStarts } from './lines.js';

const STARTING = 'rRITOpe';
const STARTS = charTable(STARTING);
export const RYE_LINES: LineStarts = { starts: STARTING + RUNNER_PREFIX_STARTS };

// Reasons rye gives for refusing a toolchain, in its own words.
const REFUSALS = [
  /Toolchain (\S+) is not version compatible for internal use\.?/,
  /Only cpython toolchains are allowed, got '([^']+)'/,
  /passed path does not appear to be a valid Python installation/,
];

// What each of REFUSALS cannot match without: `oolchain` is in the first two (`Toolchain`,
// `toolchains`), so two substring scans rule out all three on most lines.
const mayRefuse = (raw: string) =>
  raw.includes('oolchain') || raw.includes('passed path does not appear');

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parseRye(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  let registering: string | null = null;
  let internal: string | null = null;
  const refusals: { line: number; reason: string; key: string | null }[] = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const line0 = lines[i] ?? '';
    const raw = line0 ? contentStartingWith(line0, STARTS) : null;
    if (!raw) continue;
    const line = i + 1;
    // The anchored patterns run only on lines that start as they do (`r`/`R`, `R`, `I`).
    const first = raw.charAt(0);
    let m =
      raw.startsWith('rye ') || raw.startsWith('Rye Version: ')
        ? /^(?:rye|Rye Version:) (\d+\.\d+\.\d+\S*)$/.exec(raw)
        : null;
    if (m) {
      events.push({ type: 'tool-version', tool: 'rye', line, version: m[1] ?? '' });
      continue;
    }
    // An error printed on the same line cuts the path: `… at /usr/bin/python cpython@3.13.0 is not a valid toolchain`.
    m = raw.startsWith('Registering toolchain at ')
      ? /^Registering toolchain at (\S.*?)(?: \w+@\S+ is not a valid toolchain)?$/.exec(raw)
      : null;
    if (m) {
      registering = m[1] ?? null;
      continue;
    }
    m = first === 'I' ? /^Internal Toolchain Path: (\S.*)$/.exec(raw) : null;
    if (m) {
      internal = m[1] ?? null;
      continue;
    }
    if (!mayRefuse(raw)) continue;
    for (const refusal of REFUSALS) {
      const r = refusal.exec(raw);
      if (r) {
        refusals.push({ line, reason: r[0], key: r[1] ?? null });
        break;
      }
    }
  }
  for (const { line, reason, key } of refusals) {
    const path = registering ?? internal ?? key;
    if (!path) continue;
    events.push({
      type: 'rejected',
      tool: 'rye',
      line,
      path,
      reason,
      reasonKind: /version compatible/.test(reason) ? 'version-mismatch' : 'other',
      source: key,
      plain: true,
    });
    events.push({ type: 'final-error', tool: 'rye', line, message: reason, causes: [], hints: [] });
  }
  return events;
}
