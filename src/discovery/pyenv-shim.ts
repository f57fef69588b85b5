// Resolves a pyenv shim to the file it would run, without running it (python-discovery does the
// same). A shim is a bash script that starts `pyenv exec`, which costs ~80 ms per call; reading
// pyenv's version files is what pyenv itself does to decide. `--run-shims` turns this off.
import { basename, dirname, join, resolve } from 'node:path';
import type { DiscoveryContext } from './context.js';
import { entriesOf, readTextOrNull } from './providers/fs-helpers.js';
import { findOnPath, isExecutable } from './which.js';

export type ShimResolution =
  | { kind: 'resolved'; target: string; version: string }
  | { kind: 'unresolved'; exitCode: number; detail: string };

const SHIM_ROOT = /export PYENV_ROOT="([^"\n]+)"/;

/** The pyenv root named inside a pyenv shim script, or null when the text is not one. */
export function pyenvRootOfShim(head: string): string | null {
  if (!head.startsWith('#!') || !head.includes('/libexec/pyenv" exec "$program"')) return null;
  return SHIM_ROOT.exec(head)?.[1] ?? null;
}

export async function resolvePyenvShim(
  shimPath: string,
  pyenvRoot: string,
  ctx: DiscoveryContext,
): Promise<ShimResolution> {
  const program = basename(shimPath);
  const { versions, origin } = await selectedVersions(pyenvRoot, ctx);
  for (const requested of versions) {
    if (requested === 'system') {
      const found = await findOnPath(program, ctx.env.PATH ?? '', {
        windows: ctx.os === 'windows',
        skipDirs: [dirname(shimPath)],
      });
      if (found) return { kind: 'resolved', target: found, version: 'system' };
      continue;
    }
    const version = await installedVersion(pyenvRoot, requested);
    if (!version) {
      return {
        kind: 'unresolved',
        exitCode: 1,
        detail: `pyenv: version \`${requested}' is not installed (set by ${origin})`,
      };
    }
    const target = join(pyenvRoot, 'versions', version, 'bin', program);
    if (await isExecutable(target)) return { kind: 'resolved', target, version };
  }
  return {
    kind: 'unresolved',
    exitCode: 127,
    detail: `pyenv: ${program}: command not found (selected: ${versions.join(':')}, set by ${origin})`,
  };
}

async function selectedVersions(
  root: string,
  ctx: DiscoveryContext,
): Promise<{ versions: string[]; origin: string }> {
  if (ctx.env.PYENV_VERSION)
    return {
      versions: splitVersions(ctx.env.PYENV_VERSION, /:/),
      origin: 'PYENV_VERSION environment variable',
    };
  for (let dir = resolve(ctx.env.PYENV_DIR ?? ctx.cwd); ; dir = dirname(dir)) {
    const file = join(dir, '.python-version');
    const text = await readTextOrNull(file, 64 * 1024);
    if (text !== null) return { versions: versionsInFile(text), origin: file };
    if (dirname(dir) === dir) break;
  }
  const global = join(root, 'version');
  const text = await readTextOrNull(global, 64 * 1024);
  if (text !== null) return { versions: versionsInFile(text), origin: global };
  return { versions: ['system'], origin: 'default' };
}

function versionsInFile(text: string): string[] {
  const lines = text.split(/\r?\n/).filter((l) => !l.trim().startsWith('#'));
  const versions = splitVersions(lines.join(' '), /\s+/);
  return versions.length ? versions : ['system'];
}

function splitVersions(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((v) => v.trim())
    .filter(Boolean);
}

/** An exact install, else the newest install with that prefix (`3.12` → `3.12.1`), as pyenv does. */
async function installedVersion(root: string, requested: string): Promise<string | null> {
  const installed = await entriesOf(join(root, 'versions'));
  if (installed.includes(requested)) return requested;
  const matching = installed.filter((v) => v.startsWith(`${requested}.`) && /^[0-9.]+$/.test(v));
  matching.sort(compareNumeric);
  return matching.at(-1) ?? null;
}

function compareNumeric(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
