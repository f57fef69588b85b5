// An inventory entry as the probe would record it, for tests that build reports by hand: a queried
// CPython 3.11.2 on Linux at `path`, with `over` saying what differs.
import type { InterpreterEntry } from '../../src/core/model.js';

export function interpreterEntry(
  path: string,
  over: Partial<InterpreterEntry> = {},
): InterpreterEntry {
  return {
    id: `py-${path}`,
    path,
    realpath: path,
    kind: 'system',
    why: '',
    implementation: 'cpython',
    version: '3.11.2',
    arch: 'x86_64',
    pointerSize: 64,
    os: 'linux',
    libc: null,
    executable: path,
    baseExecutable: path,
    prefix: '/usr',
    basePrefix: '/usr',
    execPrefix: null,
    baseExecPrefix: null,
    pyvenvCfg: null,
    externallyManaged: false,
    freeThreaded: false,
    debug: false,
    sitePackages: [],
    providers: ['path'],
    resolvedTo: null,
    error: null,
    ...over,
  };
}
