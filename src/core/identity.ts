// Stable, dependency-free ids. Not cryptographic: they group paths, they do not authenticate.

/** Two 32-bit FNV-1a lanes (different offset bases) as 16 hex digits; 32-bit arithmetic is fast. */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
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
