// actions/setup-python: a runner's step log. It looks for the version in the runner's tool cache,
// then in its manifest of downloadable builds; the `##[debug]` lines are the tool cache's own.
import type { LogEvent } from '../events.js';
import { charTable, contentStartingWith } from './lines.js';

const STARTS = charTable('VFT#SE');

export function parseSetupPython(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? '';
    let raw = line0 ? contentStartingWith(line0, STARTS) : null;
    if (!raw) continue;
    const debug = raw.startsWith('##[');
    if (debug) raw = raw.replace(/^##\[(?:debug|error|warning)\]/, '');
    const line = i + 1;
    let m = /^Version (\S+) was not found in the local cache$/.exec(raw);
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
    m = /^Version (\S+) is available for downloading$/.exec(raw);
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
    m = /^(?:checking cache: (\S.*)|Found tool in cache (\S.*))$/.exec(raw);
    if (debug && m) {
      events.push({
        type: 'search',
        tool: 'setup-python',
        line,
        request: null,
        scope: m[1] ? `tool cache ${m[1]}` : `tool cache (found ${m[2]})`,
      });
      continue;
    }
    m = /^Found in cache @ (\S.*)$/.exec(raw);
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
      /^(?:Error: )?(The version '[^']+' with architecture '[^']+' was not found for .+|Version \S+ with arch \S+ not found)/.exec(
        raw,
      );
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
