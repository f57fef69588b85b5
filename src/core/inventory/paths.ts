// Path helpers for the pure core, which cannot use node:path. They accept both separators so
// Windows paths recorded on a Windows runner classify the same on a Linux machine.

export function normalizeSeparators(p: string): string {
  return p.replace(/\\/g, '/');
}

function trimTrailing(p: string): string {
  let end = p.length;
  while (end > 1 && p[end - 1] === '/') end--;
  return p.slice(0, end);
}

/** A drive path, or a UNC path with either separator (`\\srv\share`, `//srv/share`). */
export function isWindowsLike(p: string): boolean {
  return /^(?:[A-Za-z]:[\\/]|\\\\|\/\/)/.test(p);
}

/** True when `child` is `parent` or lies below it (case-insensitive for Windows paths). */
export function isWithin(child: string, parent: string): boolean {
  if (!parent) return false;
  let c = trimTrailing(normalizeSeparators(child));
  let p = trimTrailing(normalizeSeparators(parent));
  if (isWindowsLike(child) || isWindowsLike(parent)) {
    c = c.toLowerCase();
    p = p.toLowerCase();
  }
  if (c === p) return true;
  return c.startsWith(p.endsWith('/') ? p : `${p}/`);
}

export function baseName(p: string): string {
  const n = trimTrailing(normalizeSeparators(p));
  return n.slice(n.lastIndexOf('/') + 1);
}

export function dirName(p: string): string {
  const n = trimTrailing(normalizeSeparators(p));
  const at = n.lastIndexOf('/');
  if (at < 0) return '.';
  return at === 0 ? '/' : n.slice(0, at);
}

/** The path segments below `parent` (empty when `child` is not within it). */
export function segmentsBelow(child: string, parent: string): string[] {
  if (!isWithin(child, parent)) return [];
  const rest = trimTrailing(normalizeSeparators(child)).slice(
    trimTrailing(normalizeSeparators(parent)).length,
  );
  return rest.split('/').filter(Boolean);
}
