// What a scenario asks the tool for. Parsed once from the user's `--request` strings, or derived
// from the inventory; each adapter renders it in its tool's syntax or says it cannot.
import type { InterpreterEntry } from '../model.js';

export type PythonRequest =
  | { kind: 'default' }
  | { kind: 'version'; version: string }
  | { kind: 'range'; spec: string }
  | { kind: 'implementation'; implementation: string; version: string | null }
  | { kind: 'name'; name: string }
  | { kind: 'path'; path: string };

const IMPLEMENTATIONS = ['cpython', 'pypy', 'graalpy'];

/** `default`, `3`, `3.12`, `3.12.8`, `>=3.9`, `cpython@3.12`, `pypy`, `python3.12`, `/path/to/python`. */
export function parseRequest(text: string): PythonRequest | { error: string } {
  const t = text.trim();
  if (!t || t === 'default') return { kind: 'default' };
  if (/^\d+(?:\.\d+){0,2}t?$/.test(t)) return { kind: 'version', version: t };
  if (/^(?:[<>=!~]=?|==)\s*\d/.test(t) || /^[<>=!~]/.test(t))
    return /^[<>=!~=,.\d\s*]+$/.test(t)
      ? { kind: 'range', spec: t.replace(/\s+/g, '') }
      : { error: `"${t}" is not a version range` };
  const impl = /^([a-z]+)(?:@(\d+(?:\.\d+){0,2}))?$/.exec(t);
  if (impl && IMPLEMENTATIONS.includes(impl[1] ?? ''))
    return { kind: 'implementation', implementation: impl[1] ?? '', version: impl[2] ?? null };
  if (/[\\/]/.test(t)) return { kind: 'path', path: t };
  if (/^(?:python|pypy|graalpy)[\w.-]*$/.test(t)) return { kind: 'name', name: t };
  return {
    error: `"${t}" is not a request this tool understands (try 3.12, >=3.9, cpython@3.12, pypy, python, a path, or default)`,
  };
}

export function requestText(r: PythonRequest): string {
  switch (r.kind) {
    case 'default':
      return 'default';
    case 'version':
      return r.version;
    case 'range':
      return r.spec;
    case 'implementation':
      return r.version ? `${r.implementation}@${r.version}` : r.implementation;
    case 'name':
      return r.name;
    case 'path':
      return r.path;
  }
}

/** Each minor version present, the default request, `python`, and `pypy` when a PyPy is there. */
export function defaultRequests(inventory: readonly InterpreterEntry[], max = 8): PythonRequest[] {
  const minors = new Set<string>();
  let pypy = false;
  for (const e of inventory) {
    if (!e.version || e.error) continue;
    if (e.implementation === 'pypy') pypy = true;
    const m = /^(\d+)\.(\d+)/.exec(e.version);
    if (m && e.implementation === 'cpython') minors.add(`${m[1]}.${m[2]}`);
  }
  const versions = [...minors]
    .sort((a, b) => compareMinor(b, a))
    .map((version): PythonRequest => ({ kind: 'version', version }));
  const requests: PythonRequest[] = [
    { kind: 'default' },
    ...versions,
    { kind: 'name', name: 'python' },
  ];
  if (pypy) requests.push({ kind: 'implementation', implementation: 'pypy', version: null });
  return requests.slice(0, max);
}

function compareMinor(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/** A stable scenario id: `<tool>:<command>:<request>`, with characters kept to a safe set. */
export function scenarioId(tool: string, command: string, request: PythonRequest | null): string {
  const part = (s: string) => s.replace(/[^\w.@>=<!~+-]+/g, '-').replace(/^-+|-+$/g, '');
  return [tool, part(command), request ? part(requestText(request)) : ''].filter(Boolean).join(':');
}

/** uv's `--python-preference` values (`uv help python`). */
export const PYTHON_PREFERENCES = ['only-managed', 'managed', 'system', 'only-system'] as const;
