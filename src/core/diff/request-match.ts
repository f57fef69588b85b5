// Whether an interpreter, as the inventory measured it, satisfies a scenario's request, and under
// which file names a tool looking for that request is expected to find it. Conservative on
// purpose: `null` ("cannot say") whenever a tool could legitimately decide either way, so a
// disagreement is only claimed when the measurement leaves no room for the tool's verdict.
import { baseName } from '../inventory/paths.js';
import type { InterpreterEntry } from '../model.js';
import { parseRequest } from '../tools/requests.js';

type Measured = Pick<
  InterpreterEntry,
  'implementation' | 'version' | 'freeThreaded' | 'debug' | 'error' | 'path'
>;

/** True or false when the measurement decides it; null when it cannot (unqueried, pre-release, …). */
export function satisfies(requestText: string | null, entry: Measured): boolean | null {
  if (requestText === null || entry.error || !entry.version || !entry.implementation) return null;
  const parsed = parseRequest(requestText);
  if ('error' in parsed) return null;
  const version = release(entry.version);
  // Pre-releases and debug builds are deferred or skipped by default requests (uv), by design.
  if (!version || entry.debug) return null;
  switch (parsed.kind) {
    case 'default':
      return entry.implementation === 'cpython' && !entry.freeThreaded ? true : null;
    case 'version': {
      if (entry.implementation !== 'cpython') return null;
      const wantsFreeThreaded = parsed.version.endsWith('t');
      if (wantsFreeThreaded !== entry.freeThreaded) return false;
      return prefixMatches(parsed.version.replace(/t$/, ''), version);
    }
    case 'range':
      if (entry.implementation !== 'cpython' || entry.freeThreaded) return null;
      return inRange(parsed.spec, version);
    case 'implementation':
      if (entry.implementation !== parsed.implementation) return false;
      if (entry.freeThreaded) return null;
      return parsed.version ? prefixMatches(parsed.version, version) : true;
    case 'name':
      return executableName(entry.path) === parsed.name ? true : null;
    case 'path':
      return null;
  }
}

/** The file names every tool looks for when asked for `request` (`python`, `python3`, `python3.12`). */
export function expectedNames(requestText: string | null): readonly string[] {
  if (requestText === null) return [];
  const parsed = parseRequest(requestText);
  if ('error' in parsed) return [];
  const minorNames = (v: string | null) => {
    const m = v ? /^(\d+)\.(\d+)/.exec(v) : null;
    return m ? [`python${m[1]}.${m[2]}`] : [];
  };
  switch (parsed.kind) {
    case 'default':
      return ['python', 'python3'];
    case 'version':
      return ['python', 'python3', ...minorNames(parsed.version.replace(/t$/, ''))];
    case 'range':
      return ['python', 'python3'];
    case 'implementation':
      return parsed.implementation === 'cpython'
        ? ['python', 'python3', ...minorNames(parsed.version)]
        : [parsed.implementation, `${parsed.implementation}3`];
    case 'name':
      return [parsed.name];
    case 'path':
      return [];
  }
}

/** The file name without directory and without a Windows `.exe`. */
export function executableName(path: string): string {
  return baseName(path).replace(/\.exe$/i, '');
}

/** `3.12.8` from `3.12.8`; null for a pre-release (`3.13.0rc1`) or anything unparsable. */
function release(version: string): number[] | null {
  return /^\d+(?:\.\d+){0,2}$/.test(version) ? version.split('.').map(Number) : null;
}

/** `3.12` matches `3.12.8`; `3` matches `3.x.y`; `3.12.8` only itself. */
function prefixMatches(requested: string, version: readonly number[]): boolean {
  const want = requested.split('.').map(Number);
  return want.every((n, i) => version[i] === n);
}

/** PEP 440 specifiers joined by commas, for plain releases: `>=3.9,<3.13`, `==3.12.*`, `~=3.10`. */
function inRange(spec: string, version: readonly number[]): boolean | null {
  for (const part of spec.split(',').filter(Boolean)) {
    const m = /^(~=|==|!=|<=|>=|<|>)(\d+(?:\.\d+)*)(\.\*)?$/.exec(part);
    if (!m) return null;
    const [, op, text = '', star] = m;
    const bound = text.split('.').map(Number);
    const cmp = compare(version, bound);
    const ok = (() => {
      switch (op) {
        case '==':
          return star ? prefixMatches(text, version) : cmp === 0;
        case '!=':
          return star ? !prefixMatches(text, version) : cmp !== 0;
        case '<=':
          return cmp <= 0;
        case '>=':
          return cmp >= 0;
        case '<':
          return cmp < 0;
        case '>':
          return cmp > 0;
        case '~=':
          return (
            cmp >= 0 && bound.length > 1 && prefixMatches(bound.slice(0, -1).join('.'), version)
          );
        default:
          return null;
      }
    })();
    if (ok !== true) return ok;
  }
  return true;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
