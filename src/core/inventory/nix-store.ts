// Nix store path recognition: `<storeDir>/<32 chars of nix-base32>-<name>`.
import { segmentsBelow } from './paths.js';

const NIX_BASE32 = /^[0-9abcdfghijklmnpqrsvwxyz]{32}$/;

export interface StorePath {
  /** `<storeDir>/<hash>-<name>` */
  root: string;
  hash: string;
  name: string;
}

export function parseStorePath(path: string | null, storeDir: string): StorePath | null {
  if (!path) return null;
  const first = segmentsBelow(path, storeDir)[0];
  if (!first || first.length < 34 || first[32] !== '-') return null;
  const hash = first.slice(0, 32);
  if (!NIX_BASE32.test(hash)) return null;
  const dir = storeDir.replace(/[\\/]+$/, '');
  return { root: `${dir}/${first}`, hash, name: first.slice(33) };
}

/** `python3-3.12.8-env`, `python3.12-env`: a `python.withPackages` / `python.buildEnv` output. */
export function isPythonEnvName(name: string): boolean {
  return /^python[0-9.]*-[0-9][0-9a-z.]*-env$/.test(name) || /^python[0-9.]*-env$/.test(name);
}
