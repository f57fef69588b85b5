// Stable, dependency-free ids. Not cryptographic: they group paths, they do not authenticate.

/** 64-bit FNV-1a as 16 hex digits. */
export function stableHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, '0');
}

/**
 * Paths that run the same interpreter (same build, same prefix and base prefix) share this id.
 * The base prefix matters: a Nix env's `bin/python` looks like a venv while its `bin/python3.X`
 * does not, and tools treat the two differently.
 */
export function interpreterId(parts: {
  implementation: string;
  version: string;
  prefix: string;
  basePrefix: string;
  executableRealpath: string | null;
}): string {
  const key = [
    parts.implementation,
    parts.version,
    parts.prefix,
    parts.basePrefix,
    parts.executableRealpath ?? '',
  ];
  return `py-${stableHash(key.join('\u0000')).slice(0, 12)}`;
}

/** Id for a path that could not be queried: its resolved file is all we know. */
export function unqueriedId(resolvedPath: string): string {
  return `path-${stableHash(resolvedPath).slice(0, 12)}`;
}
