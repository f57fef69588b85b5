// actions/setup-python: a runner's step log. It looks for the version in the runner's tool cache,
// then in its manifest of downloadable builds; the `##[debug]` lines are the tool cache's own.
import type { LogEvent } from '../events.js';
import { charTable, contentStartingWith, RUNNER_PREFIX_STARTS, type LineStarts } from './lines.js';

const STARTING = 'VFT#SE';
// `check 3.10.2 satisfies 3.10.2` and `x64===x64 && linux===linux` (`&& 22.04===22.04` since v4).
const MANIFEST_MATCH =
  /^(?:check (\S{1,60}) satisfies (\S{1,60})$|[\w.-]{1,40}===[\w.-]{1,40}(?: && [\w.-]{1,40}===[\w.-]{1,40}){1,3}$)/;
const STARTS = charTable(STARTING);
export const SETUP_PYTHON_LINES: LineStarts = { starts: STARTING + RUNNER_PREFIX_STARTS };

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parseSetupPython(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const line0 = lines[i] ?? '';
    let raw = line0 ? contentStartingWith(line0, STARTS) : null;
    if (!raw) continue;
    const debug = raw.startsWith('##[');
    if (debug) raw = raw.replace(/^##\[(?:debug|error|warning)\]/, '');
    const line = i + 1;
    // Each pattern runs only on lines that open as it does.
    const version = raw.startsWith('Version ');
    let m = version ? /^Version (\S+) was not found in the local cache$/.exec(raw) : null;
    if (m) {
      // The cache miss names the version it did not find; alone (an error pasted with it) it is
      // no log of the step.
      events.push({
        type: 'search',
        tool: 'setup-python',
        line,
        request: m[1] ?? null,
        scope: 'runner tool cache',
        plain: true,
      });
      events.push({
        type: 'skipped',
        tool: 'setup-python',
        line,
        path: m[1] ?? '',
        reason: raw,
        reasonKind: 'other',
        source: 'runner tool cache',
        plain: true,
      });
      continue;
    }
    m = version ? /^Version (\S+) is available for downloading$/.exec(raw) : null;
    if (m) {
      events.push({
        type: 'search',
        tool: 'setup-python',
        line,
        request: m[1] ?? null,
        scope: 'versions manifest',
      });
      continue;
    }
    m =
      debug && (raw.startsWith('checking cache: ') || raw.startsWith('Found tool in cache '))
        ? /^(?:checking cache: (\S.*)|Found tool in cache (\S.*))$/.exec(raw)
        : null;
    if (m) {
      events.push({
        type: 'search',
        tool: 'setup-python',
        line,
        request: null,
        scope: m[1] ? `tool cache ${m[1]}` : `tool cache (found ${m[2]})`,
      });
      continue;
    }
    // The tool cache's manifest lookup (`findFromManifest`): each candidate's version, then its
    // architecture and platform, against what was asked.
    m = debug ? MANIFEST_MATCH.exec(raw) : null;
    if (m) {
      events.push({
        type: 'search',
        tool: 'setup-python',
        line,
        request: m[2] ?? null,
        scope: m[1] ? `versions manifest (${m[1]})` : `versions manifest (${raw.slice(0, 120)})`,
      });
      continue;
    }
    m = raw.startsWith('Found in cache @ ') ? /^Found in cache @ (\S.*)$/.exec(raw) : null;
    if (m) {
      events.push({
        type: 'selected',
        tool: 'setup-python',
        line,
        path: m[1] ?? '',
        version: null,
      });
      continue;
    }
    m =
      version || raw.startsWith('Error: ') || raw.startsWith("The version '")
        ? /^(?:Error: )?(The version '[^']+' with architecture '[^']+' was not found for .+|Version \S+ with arch \S+ not found)/.exec(
            raw,
          )
        : null;
    if (m)
      events.push({
        type: 'final-error',
        tool: 'setup-python',
        line,
        message: m[1] ?? raw,
        causes: [],
        hints: [],
      });
  }
  return events;
}
