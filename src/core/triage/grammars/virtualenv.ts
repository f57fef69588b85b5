// virtualenv `-vv`/`-vvv` (20.x in-tree discovery, 21.x python-discovery; tox 4 logs the same
// messages). A record is `<ms> <message> [<LEVEL> <module>:<line>]`; tox 4 prefixes `<env>: `
// and writes the level as one letter. A candidate is "proposed", then "accepted" or dropped.
import type { LogEvent } from '../events.js';
import { failureKind } from '../reason-kinds.js';
import { clip } from './lines.js';

const PREFIX = /^(?:[\w.-]+: )?\d+ (?:[DIWEC] )?/;
const SUFFIX = /^ \[(?:(?:DEBUG|INFO|WARNING|ERROR|CRITICAL|NOTSET) +)?[\w./\\-]+:\d+\]$/;
const INFO = /^(proposed|accepted) (\w*PythonInfo)\((.*)\)$/;
const SPEC_VERSION = /^([A-Za-z]+)(\d+)\.(\d+)\.(\d+)\.\w+\.\d+(t?)(d?)-/;

export function parseVirtualenv(lines: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  const proposed = new Map<string, { line: number; spec: string }>();
  const accepted = new Set<string>();
  let request: string | null = null;
  let failed = false;

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    // Cheap test first: records start with milliseconds (or tox 4's `env: ms`), the rest name themselves.
    if (
      !raw ||
      !(isDigit(raw.charCodeAt(0)) || raw.includes(': ') || raw.startsWith('virtualenv '))
    )
      continue;
    const lineNo = i + 1;
    const version = /^virtualenv (\d+\.\d+(?:\.\d+)?\S*) from /.exec(raw);
    if (version) {
      events.push({
        type: 'tool-version',
        tool: 'virtualenv',
        line: lineNo,
        version: version[1] ?? '',
      });
      continue;
    }
    const runtime = /RuntimeError: failed to find interpreter for (.+)$/.exec(raw);
    if (runtime) {
      failed = true;
      const message = `failed to find interpreter for ${(runtime[1] ?? '').replace(/ \[ERROR [^\]]*\]$/, '')}`;
      events.push({
        type: 'final-error',
        tool: 'virtualenv',
        line: lineNo,
        message,
        causes: [],
        hints: [],
      });
      continue;
    }
    const message = recordMessage(raw);
    if (message === null) continue;

    if (message.startsWith('find interpreter for spec ')) {
      request = message.slice(26);
      events.push({
        type: 'request',
        tool: 'virtualenv',
        line: lineNo,
        request: requestOfSpec(request),
        origin: null,
      });
      continue;
    }
    const info = INFO.exec(message);
    if (info) {
      const fields = infoFields(info[3] ?? '');
      const path = fields.exe ?? '';
      if (!path) continue;
      const spec = fields.spec ?? '';
      if (info[1] === 'proposed') {
        if (!proposed.has(path)) proposed.set(path, { line: lineNo, spec });
        events.push({
          type: 'found',
          tool: 'virtualenv',
          line: lineNo,
          path,
          key: spec || null,
          version: versionOfSpec(spec),
          source: fields.system ? `system=${fields.system}` : null,
        });
      } else {
        accepted.add(path);
        events.push({
          type: 'selected',
          tool: 'virtualenv',
          line: lineNo,
          path,
          version: versionOfSpec(spec),
        });
      }
      continue;
    }
    const query = /^failed to query (.+?) with code (-?\d+) err: (.*)$/.exec(message);
    if (query) {
      const path = query[1] ?? '';
      const detail = clip(`exit code ${query[2]}: ${unquote(query[3] ?? '')}`, 2000);
      events.push({
        type: 'query-failed',
        tool: 'virtualenv',
        line: lineNo,
        path,
        detail,
        reasonKind: failureKind(detail, path),
      });
      continue;
    }
    if (message.startsWith('discover PATH[')) {
      const eq = message.indexOf(']=');
      if (eq > 0)
        events.push({
          type: 'search',
          tool: 'virtualenv',
          line: lineNo,
          request: request ? requestOfSpec(request) : null,
          scope: `PATH entry ${message.slice(eq + 2)}`,
        });
    }
  }
  // Proposed but never accepted: did not match the spec (only meaningful once the search ended).
  if (failed || accepted.size > 0) {
    for (const [path, { line, spec }] of proposed) {
      if (accepted.has(path)) continue;
      const variant = request !== null && /(free_threaded=True|debug=True)/.test(request);
      events.push({
        type: 'skipped',
        tool: 'virtualenv',
        line,
        path,
        reason: `${spec || 'interpreter'} does not match ${request ?? 'the spec'}`,
        reasonKind: variant ? 'variant-mismatch' : 'version-mismatch',
        source: null,
      });
    }
  }
  return events;
}

/** The message of a virtualenv log record, or null when the line is not one. */
function recordMessage(raw: string): string | null {
  const prefix = PREFIX.exec(raw);
  if (!prefix) return null;
  const open = raw.lastIndexOf(' [');
  if (open < prefix[0].length || !SUFFIX.test(raw.slice(open))) return null;
  return raw.slice(prefix[0].length, open);
}

/** `spec=CPython3.11.2.final.0-64, system=/x, exe=/y, platform=linux, …` → fields (values have no commas we need). */
function infoFields(body: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const part of body.split(', ')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq);
    if (key === 'spec' || key === 'exe' || key === 'system' || key === 'original')
      fields[key] = part.slice(eq + 1);
  }
  return fields;
}

function versionOfSpec(spec: string): string | null {
  const m = SPEC_VERSION.exec(spec);
  return m ? `${m[2]}.${m[3]}.${m[4]}` : null;
}

/** `PythonSpec(major=3, minor=12, free_threaded=False)` → `3.12`; other specs as written. */
function requestOfSpec(spec: string): string {
  const impl = /implementation=(\w+)/.exec(spec)?.[1];
  const major = /major=(\d+)/.exec(spec)?.[1];
  const minor = /minor=(\d+)/.exec(spec)?.[1];
  const path = /path=([^,)]+)/.exec(spec)?.[1];
  if (path) return path;
  const version = [major, minor].filter(Boolean).join('.');
  const flags = `${/free_threaded=True/.test(spec) ? 't' : ''}${/debug=True/.test(spec) ? 'd' : ''}`;
  return [impl, version ? `${version}${flags}` : ''].filter(Boolean).join(' ') || spec;
}

function unquote(text: string): string {
  const t = text.trim();
  const inner = t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
  return inner.replace(/\\n/g, '\n').trim();
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
