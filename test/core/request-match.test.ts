// When a measured interpreter satisfies a scenario's request: true or false only when the
// measurement decides it, null ("cannot say") where a tool may legitimately go either way.
import { describe, expect, it } from 'vitest';
import { expectedNames, satisfies } from '../../src/core/diff/request-match.js';

const cpython = (version: string, over: Partial<Parameters<typeof satisfies>[1]> = {}) => ({
  implementation: 'cpython',
  version,
  freeThreaded: false,
  debug: false,
  error: null,
  path: '/usr/bin/python3',
  ...over,
});

describe('satisfies', () => {
  it('matches versions by their leading components', () => {
    expect(satisfies('3.12', cpython('3.12.8'))).toBe(true);
    expect(satisfies('3', cpython('3.12.8'))).toBe(true);
    expect(satisfies('3.12.8', cpython('3.12.8'))).toBe(true);
    expect(satisfies('3.12.7', cpython('3.12.8'))).toBe(false);
    expect(satisfies('3.11', cpython('3.12.8'))).toBe(false);
    expect(satisfies('3.1', cpython('3.12.8'))).toBe(false);
  });

  it('reads ranges', () => {
    expect(satisfies('>=3.9', cpython('3.12.8'))).toBe(true);
    expect(satisfies('>=3.9,<3.12', cpython('3.12.8'))).toBe(false);
    expect(satisfies('==3.12.*', cpython('3.12.8'))).toBe(true);
    expect(satisfies('~=3.10', cpython('3.12.8'))).toBe(true);
    expect(satisfies('~=3.10.2', cpython('3.12.8'))).toBe(false);
  });

  it('keeps variants, pre-releases, other implementations and unqueried interpreters apart', () => {
    expect(satisfies('3.13', cpython('3.13.1', { freeThreaded: true }))).toBe(false);
    expect(satisfies('3.13t', cpython('3.13.1', { freeThreaded: true }))).toBe(true);
    expect(satisfies('3.11', cpython('3.11.2', { debug: true }))).toBeNull();
    expect(satisfies('3.14', cpython('3.14.0rc1'))).toBeNull();
    expect(satisfies('3.9', cpython('3.9.16', { implementation: 'pypy' }))).toBeNull();
    expect(satisfies('pypy', cpython('3.9.16', { implementation: 'pypy' }))).toBe(true);
    expect(satisfies('pypy@3.10', cpython('3.9.16', { implementation: 'pypy' }))).toBe(false);
    expect(
      satisfies('3.11', cpython('3.11.2', { error: { kind: 'exit', detail: 'x' } })),
    ).toBeNull();
    expect(satisfies(null, cpython('3.11.2'))).toBeNull();
    expect(satisfies('default', cpython('3.11.2'))).toBe(true);
    expect(satisfies('python', cpython('3.11.2', { path: '/x/bin/python' }))).toBe(true);
    expect(satisfies('python', cpython('3.11.2'))).toBeNull();
    expect(satisfies('/x/bin/python3', cpython('3.11.2'))).toBeNull();
  });
});

describe('expectedNames', () => {
  it('lists the names every tool looks for', () => {
    expect(expectedNames('3.12')).toEqual(['python', 'python3', 'python3.12']);
    expect(expectedNames('default')).toEqual(['python', 'python3']);
    expect(expectedNames('pypy')).toEqual(['pypy', 'pypy3']);
    expect(expectedNames('python3.12')).toEqual(['python3.12']);
    expect(expectedNames('/x/python')).toEqual([]);
    expect(expectedNames(null)).toEqual([]);
  });
});
