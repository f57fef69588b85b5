// A path's identity across runs and machines: the parts that change between two runs of the same
// setup are replaced, so one interpreter has one key on every runner. In this order:
//   1. `\` becomes `/` and a drive letter is upper-cased (`c:\x` and `C:/x` are one path).
//   2. The sandbox a tool ran in (`…/interpreter-guard-run-XXXXXX`, see tools/sandbox.ts): `<sandbox>`.
//   3. The directories of the report the path comes from (see `Runner`), most specific first: its
//      Nix store → `/nix/store`, temp → `<tmp>`, checkout → `<workspace>`, home → `~`. Windows-shaped
//      directories match whatever their case. What lies below is kept (the fixtures are built in
//      `<tmp>/interpreter-guard-fixtures` on every runner). A report that records none gets the
//      caller's directories.
//   4. What differs on any runner: a store path's hash (`/nix/store/<32 chars>-name` is compared by
//      name), a system temp directory with the random directory made in it, a home directory.
// Steps 1–3 only respell: one runner has one temp dir, home and checkout (and a tool's sandbox
// stands for whichever run made it), so two files of a runner stay apart (`local`). Step 4 loses
// what told two files apart (`erasedPart`); keys.ts tells them apart again where that happens.
import { isWindowsLike, isWithin, normalizeSeparators } from '../inventory/paths.js';
import type { Runner } from '../model.js';
import { escapeRegExp } from '../text.js';
import { scenarioId } from '../tools/requests.js';

const STORE_HASH = /\/nix\/store\/[0-9abcdfghijklmnpqrsvwxyz]{32}-/g;
const STORE_HASH_IN_ID = /(?<=[:-])nix-store-[0-9abcdfghijklmnpqrsvwxyz]{32}-/g;
const START = String.raw`(?:^|(?<=[\s\x60'"=]))`;
const END = String.raw`(?=[/\s\x60'"]|$)`;
const SANDBOX = new RegExp(
  String.raw`${START}[^\s\x60'"]*?/interpreter-guard-run-[A-Za-z0-9]{6}${END}`,
  'g',
);
const TEMP = new RegExp(
  String.raw`${START}(?:/tmp|/var/tmp|/private/var/folders/[^/]+/[^/]+/T|/var/folders/[^/]+/[^/]+/T)/+[^/]+`,
  'g',
);
const WINDOWS_TEMP = new RegExp(
  String.raw`${START}[A-Z]:/Users/[^/]+/AppData/Local/Temp/+[^/]+`,
  'gi',
);
const HOME = new RegExp(String.raw`${START}(?:/home/[^/\s]+|/Users/[^/\s]+|/root)${END}`, 'g');
const WINDOWS_HOME = new RegExp(String.raw`${START}[A-Z]:/Users/[^/\s]+${END}`, 'gi');

export interface NormalizeOptions {
  /** Directories standing for "home" (e.g. the runner's HOME). */
  homes?: readonly string[];
  /** Temporary directories (RUNNER_TEMP, fixture roots). */
  temps?: readonly string[];
  /** Checkouts (GITHUB_WORKSPACE). */
  workspaces?: readonly string[];
  /** Nix store directories other than /nix/store (NIX_STORE_DIR, an emulated store). */
  storeDirs?: readonly string[];
}

/** One path's identity; for many paths, `normalizer` compiles the options once. */
export function normalizePath(path: string, options: NormalizeOptions = {}): string {
  return normalizer(options).path(path);
}

export interface Normalizer {
  path(path: string): string;
  /** Steps 1–3 alone, one spelling per file: for telling two files of one runner apart. */
  local(path: string): string;
  /** A scenario id (`tool:command:request`), whose request may be a path in id form. */
  scenario(id: string): string;
}

export function normalizer(options: NormalizeOptions): Normalizer {
  const dirs = identityDirs(options);
  const inPaths = dirs.map(({ dir, to, windows }) => ({
    re: new RegExp(`${START}${macPrivate(dir)}${escapeRegExp(dir)}${END}`, windows ? 'gi' : 'g'),
    to,
  }));
  const inIds = dirs.map(({ dir, to, windows }) => ({
    re: new RegExp(
      `(?<=:)${escapeRegExp(scenarioId('t', 'c', { kind: 'path', path: dir }).slice(4))}(?=[-:]|$)`,
      windows ? 'gi' : 'g',
    ),
    to: to === '/nix/store' ? 'nix-store' : to,
  }));
  // Asked twice for most paths (`local`, then `path`): remembered for the last one.
  let last = { raw: '', respelled: '' };
  const respell = (raw: string): string => {
    if (raw === last.raw) return last.respelled;
    let p = slashes(raw).replace(SANDBOX, '<sandbox>');
    for (const { re, to } of inPaths) p = p.replace(re, to);
    last = { raw, respelled: p };
    return p;
  };
  // One file under two names: macOS's /tmp and /private/tmp, a Windows path in any case.
  const local = (raw: string): string => {
    const p = respell(raw).replace(/^\/private(?=\/(?:tmp|var)(?:\/|$))/, '');
    return isWindowsLike(p) ? p.toLowerCase() : p;
  };
  const path = (raw: string): string => {
    return respell(raw)
      .replace(STORE_HASH, '/nix/store/<hash>-')
      .replace(TEMP, '<tmp>')
      .replace(WINDOWS_TEMP, '<tmp>')
      .replace(HOME, '~')
      .replace(WINDOWS_HOME, '~');
  };
  const scenario = (id: string): string => {
    let s = id;
    for (const { re, to } of inIds) s = s.replace(re, to);
    return path(s.replace(STORE_HASH_IN_ID, 'nix-store-<hash>-'));
  };
  return { path, local, scenario };
}

/**
 * The directory (or file) whose name step 4 leaves out, in a `local` path: the deepest one, as it
 * is the closest to the interpreter — a store path (`…/nix/store/<hash>-python3-3.11.2-env`), a
 * temp directory with the one made in it, a home. The whole path when none is left out.
 */
export function erasedPart(local: string): string {
  let end = -1;
  for (const re of [STORE_HASH, TEMP, WINDOWS_TEMP, HOME, WINDOWS_HOME])
    for (const m of local.matchAll(re)) end = Math.max(end, m.index + m[0].length);
  if (end < 0) return local;
  const slash = local.indexOf('/', end);
  return slash < 0 ? local : local.slice(0, slash);
}

/**
 * The directories a report's paths are normalised with: the ones its runner recorded, or, for a
 * report from before they were recorded, the caller's (`fallback`). The Nix store dir is always
 * recorded.
 */
export function runnerDirs(runner: Runner, fallback: NormalizeOptions = {}): NormalizeOptions {
  const storeDirs = [runner.nixStoreDir, ...(fallback.storeDirs ?? [])];
  if (!runner.tempDir && !runner.homeDir && !runner.workspaceDir) return { ...fallback, storeDirs };
  return {
    storeDirs: [runner.nixStoreDir],
    temps: runner.tempDir ? [runner.tempDir] : [],
    homes: runner.homeDir ? [runner.homeDir] : [],
    workspaces: runner.workspaceDir ? [runner.workspaceDir] : [],
  };
}

interface IdentityDir {
  dir: string;
  to: string;
  windows: boolean;
}

/** The usable directories, longest first so the most specific wins. */
function identityDirs(options: NormalizeOptions): IdentityDir[] {
  const clean = (list: readonly string[] | undefined) =>
    (list ?? []).map((d) => slashes(d).replace(/\/+$/, '')).filter(isSpecific);
  const homes = clean(options.homes);
  // A temp that holds the home (a test runner's HOME under RUNNER_TEMP) stays: longest first, the
  // home is replaced before it, and what else lies in the temp still matches across runs.
  const temps = clean(options.temps).filter(
    (t) => !homes.some((h) => isWithin(h, t) && isWithin(t, h)),
  );
  // A checkout that is the home directory (a laptop's cwd) or holds it stands for neither.
  const workspaces = clean(options.workspaces).filter(
    (w) => ![...homes, ...temps].some((d) => isWithin(d, w)),
  );
  const stores = clean(options.storeDirs).filter((s) => s !== '/nix/store');
  const dirs = [
    ...stores.map((dir) => ({ dir, to: '/nix/store' })),
    ...temps.map((dir) => ({ dir, to: '<tmp>' })),
    ...workspaces.map((dir) => ({ dir, to: '<workspace>' })),
    ...homes.map((dir) => ({ dir, to: '~' })),
  ];
  return dirs
    .map((d) => ({ ...d, windows: isWindowsLike(d.dir) }))
    .sort((a, b) => b.dir.length - a.dir.length);
}

/** Forward slashes, and each drive letter in upper case (`c:/` is `C:/`). */
function slashes(p: string): string {
  return normalizeSeparators(p).replace(
    /(^|[\s`'"=])([a-z]):(?=\/|$)/g,
    (_, pre: string, l: string) => `${pre}${l.toUpperCase()}:`,
  );
}

/** An absolute directory below the root: `/` or `C:` alone would match every path. */
function isSpecific(dir: string): boolean {
  return /^(?:\/[^/]|[A-Z]:\/[^/]|\/\/[^/]+\/[^/])/i.test(dir);
}

/** macOS shows /tmp and /var as /private/tmp and /private/var once a path is resolved. */
function macPrivate(dir: string): string {
  return /^\/(?:tmp|var)(?:\/|$)/.test(dir) ? '(?:/private)?' : '';
}
