// rye: its version lines and its verdict on a toolchain it was given (`rye self install
// --toolchain`, `rye toolchain register`), often inside a container build's output.
import type { LogEvent } from '../events.js';
import { charTable, contentStartingWith } from './lines.js';

const STARTS = charTable('rRITOpe');

// Reasons rye gives for refusing a toolchain, in its own words.
const REFUSALS = [
  /Toolchain (\S+) is not version compatible for internal use\.?/,
  /Only cpython toolchains are allowed, got '([^']+)'/,
  /passed path does not appear to be a valid Python installation/,
];

// What each of REFUSALS cannot match without: one scan rules out all three on most lines.
const ANY_REFUSAL =
  /Toolchain \S+ is not version compatible|Only cpython toolchains are allowed, got '|passed path does not appear/;

export function parseRye(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  let registering: string | null = null;
  let internal: string | null = null;
  const refusals: { line: number; reason: string; key: string | null }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? '';
    const raw = line0 ? contentStartingWith(line0, STARTS) : null;
    if (!raw) continue;
    const line = i + 1;
    // The anchored patterns run only on lines that start as they do (`r`/`R`, `R`, `I`).
    const first = raw.charAt(0);
    let m =
      first === 'r' || first === 'R' ? /^(?:rye|Rye Version:) (\d+\.\d+\.\d+\S*)$/.exec(raw) : null;
    if (m) {
      events.push({ type: 'tool-version', tool: 'rye', line, version: m[1] ?? '' });
      continue;
    }
    // An error printed on the same line cuts the path: `… at /usr/bin/python cpython@3.13.0 is not a valid toolchain`.
    m =
      first === 'R'
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
    if (!ANY_REFUSAL.test(raw)) continue;
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
