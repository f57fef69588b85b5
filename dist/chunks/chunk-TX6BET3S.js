import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/core/inventory/paths.ts
function normalizeSeparators(p) {
  return p.replace(/\\/g, "/");
}
function trimTrailing(p) {
  let end = p.length;
  while (end > 1 && p[end - 1] === "/") end--;
  return p.slice(0, end);
}
function isWindowsLike(p) {
  return /^(?:[A-Za-z]:[\\/]|\\\\|\/\/)/.test(p);
}
function isWithin(child, parent) {
  if (!parent) return false;
  let c = trimTrailing(normalizeSeparators(child));
  let p = trimTrailing(normalizeSeparators(parent));
  if (isWindowsLike(child) || isWindowsLike(parent)) {
    c = c.toLowerCase();
    p = p.toLowerCase();
  }
  if (c === p) return true;
  return c.startsWith(p.endsWith("/") ? p : `${p}/`);
}
function baseName(p) {
  const n = trimTrailing(normalizeSeparators(p));
  return n.slice(n.lastIndexOf("/") + 1);
}
function dirName(p) {
  const n = trimTrailing(normalizeSeparators(p));
  const at = n.lastIndexOf("/");
  if (at < 0) return ".";
  return at === 0 ? "/" : n.slice(0, at);
}
function segmentsBelow(child, parent) {
  if (!isWithin(child, parent)) return [];
  const rest = trimTrailing(normalizeSeparators(child)).slice(
    trimTrailing(normalizeSeparators(parent)).length
  );
  return rest.split("/").filter(Boolean);
}

export {
  normalizeSeparators,
  isWindowsLike,
  isWithin,
  baseName,
  dirName,
  segmentsBelow
};
