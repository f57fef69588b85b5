// Small read-only filesystem helpers shared by the providers. A missing directory is empty.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isPythonLikeName } from '../../core/inventory/names.js';
import type { OsName } from '../../core/model.js';

export async function entriesOf(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}

/** Python-like executables directly in `dir`, as absolute paths. */
export async function pythonsIn(dir: string, os: OsName): Promise<string[]> {
  return (await entriesOf(dir))
    .filter((name) => isPythonLikeName(name, os))
    .map((name) => join(dir, name));
}

/** Where a prefix keeps its interpreters: `bin/` on POSIX, the prefix itself and `Scripts\` on Windows. */
export function binDirs(prefix: string, os: OsName): string[] {
  return os === 'windows' ? [prefix, join(prefix, 'Scripts')] : [join(prefix, 'bin')];
}

export async function pythonsOfPrefix(prefix: string, os: OsName): Promise<string[]> {
  const found = await Promise.all(binDirs(prefix, os).map((d) => pythonsIn(d, os)));
  return found.flat();
}

/** Every `<root>/<child>` prefix's interpreters, for directories holding one install per child. */
export async function pythonsOfChildren(
  root: string,
  os: OsName,
  binSubdirs: string[][] = [[]],
): Promise<string[]> {
  const children = await entriesOf(root);
  const found = await Promise.all(
    children.flatMap((child) =>
      binSubdirs.map((sub) => pythonsOfPrefix(join(root, child, ...sub), os)),
    ),
  );
  return found.flat();
}

export async function readTextOrNull(file: string, maxBytes = 1024 * 1024): Promise<string | null> {
  try {
    const text = await readFile(file, 'utf8');
    return text.length > maxBytes ? text.slice(0, maxBytes) : text;
  } catch {
    return null;
  }
}
