// What the filesystem says about a candidate before anything runs: where it resolves, whether
// it can run, whether it is a script, and the identity the cache is keyed on.
import { constants } from 'node:fs';
import { access, open, realpath, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { OsName, ProbeError } from '../core/model.js';
import type { FileIdentity } from './cache.js';
import { pyenvRootOfShim } from './pyenv-shim.js';

export interface CandidateFile {
  path: string;
  realpath: string | null;
  identity: FileIdentity | null;
  isScript: boolean;
  /** Set when the file is a pyenv shim: the PYENV_ROOT it names. */
  pyenvShimRoot: string | null;
  /** Safe to derive from another path to the same binary (no pyvenv.cfg nearby, not a script). */
  shareable: boolean;
  /** Set when the file cannot be run at all; the probe is then skipped. */
  error: ProbeError | null;
}

/** Remembers, per directory, whether it holds a pyvenv.cfg: candidates crowd into few directories. */
export type CfgLookups = Map<string, Promise<boolean>>;

export async function inspectCandidate(
  path: string,
  os: OsName,
  cfgLookups: CfgLookups = new Map(),
): Promise<CandidateFile> {
  const base: CandidateFile = {
    path,
    realpath: null,
    identity: null,
    isScript: false,
    pyenvShimRoot: null,
    shareable: false,
    error: null,
  };
  let resolved: string;
  try {
    resolved = await realpath(path);
  } catch (error) {
    return { ...base, error: fileError(error) };
  }
  let info;
  try {
    info = await stat(resolved);
  } catch (error) {
    return { ...base, realpath: resolved, error: fileError(error) };
  }
  const identity: FileIdentity = {
    realpath: resolved,
    ctimeMs: info.ctimeMs,
    mtimeMs: info.mtimeMs,
    size: info.size,
    ino: info.ino,
  };
  const found = { ...base, realpath: resolved, identity };
  if (info.isDirectory())
    return { ...found, error: { kind: 'not-executable', detail: 'is a directory' } };
  if (os !== 'windows') {
    try {
      await access(resolved, constants.X_OK);
    } catch {
      return {
        ...found,
        error: { kind: 'not-executable', detail: `permission denied: ${path} is not executable` },
      };
    }
  }
  const head = await readHead(resolved);
  const isScript = head.startsWith('#!');
  const cfgNearby =
    (await hasCfg(dirname(path), cfgLookups)) || (await hasCfg(dirname(dirname(path)), cfgLookups));
  return {
    ...found,
    isScript,
    pyenvShimRoot: isScript ? pyenvRootOfShim(head) : null,
    shareable: !isScript && !cfgNearby && os !== 'windows',
  };
}

async function readHead(file: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } catch {
    return '';
  } finally {
    await handle?.close();
  }
}

function hasCfg(dir: string, lookups: CfgLookups): Promise<boolean> {
  let known = lookups.get(dir);
  if (!known) {
    known = access(join(dir, 'pyvenv.cfg')).then(
      () => true,
      () => false,
    );
    lookups.set(dir, known);
  }
  return known;
}

function fileError(error: unknown): ProbeError {
  const err = error as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ELOOP':
      return { kind: 'spawn', detail: 'symlink loop (ELOOP): the path never resolves to a file' };
    case 'ENOENT':
      return { kind: 'spawn', detail: 'no such file (a dangling symlink?)' };
    case 'EACCES':
      return { kind: 'not-executable', detail: `permission denied: ${err.message}` };
    default:
      return { kind: 'spawn', detail: err.message ?? String(error) };
  }
}
