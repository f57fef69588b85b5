// What this machine has, read from the machine itself, so that no test assumes one image: the
// distribution's python3 (Debian 12 has 3.11, Debian 13 3.13, Ubuntu 24.04 3.12), its debug
// build, the tools on PATH and optional interpreters. Read synchronously and once, so that
// `it.skipIf(…)` can use it while the tests are collected; a test that needs something missing is
// skipped with the reason in its name (see `lacking`), never passed silently.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** The PATH the tests give the tools they run: the distribution's directories only. */
export const SYSTEM_PATH = '/usr/bin:/bin';

export interface PythonFacts {
  path: string;
  realpath: string;
  /** `3.13.5` */
  version: string;
  /** `3.13` */
  minor: string;
}

const QUERY =
  'import platform, sys; print(platform.python_version()); print("%d.%d" % sys.version_info[:2])';

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Asks an interpreter for its version; null when it is missing or does not answer. */
export function queryPython(path: string): PythonFacts | null {
  if (!isExecutable(path)) return null;
  const result = spawnSync(path, ['-c', QUERY], {
    env: { PATH: SYSTEM_PATH },
    encoding: 'utf8',
    timeout: 20_000,
  });
  const [version, minor] = (result.stdout ?? '').trim().split('\n');
  if (result.status !== 0 || !version || !minor) return null;
  return { path, realpath: realpathSync(path), version, minor };
}

/** The first `name` in `path` (a PATH value), like `which`; null when there is none. */
export function which(name: string, path = SYSTEM_PATH): string | null {
  for (const dir of path.split(':')) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

function once<T>(read: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: read() }).v;
}

/**
 * The distribution's python3, the one `#!/usr/bin/python3` tools and `PATH=/usr/bin:/bin` run.
 * Tests that run Debian's tools depend on it by nature; they read its version here.
 */
export const systemPython = once((): PythonFacts => {
  const path = which('python3');
  const facts = path ? queryPython(path) : null;
  if (!facts) throw new Error(`tests need python3 in ${SYSTEM_PATH} (apt-get install python3)`);
  return facts;
});

/**
 * The debug build of a distribution interpreter (`/usr/bin/python3.Xd`, from Debian's and Ubuntu's
 * `python3-dbg`, which `scripts/setup.sh` installs where the distribution has it), or null.
 */
export function debugBuildOf(python: { path: string; minor: string }): string | null {
  const d = join(dirname(python.path), `python${python.minor}d`);
  return queryPython(d)?.minor === python.minor ? d : null;
}

/** A tool from the distribution (`virtualenv`, `pdm`, `poetry`, `pypy3`, …), or null. */
export const systemTool = (name: string): string | null => which(name);

/**
 * A CPython 2.7 to run the probe on, if the machine has one: `python2.7` on PATH (shims left out)
 * or a pyenv build. No current distribution ships one, so the test that needs it may skip.
 */
export const python27 = once((): PythonFacts | null => {
  const dirs = (process.env.PATH ?? '').split(':').filter((d) => d && !d.endsWith('/shims'));
  const candidates = dirs.map((d) => join(d, 'python2.7'));
  const versions = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  try {
    for (const v of readdirSync(versions)
      .filter((n) => /^2\.7\.\d+$/.test(n))
      .sort())
      candidates.push(join(versions, v, 'bin', 'python2.7'));
  } catch {
    // No pyenv root.
  }
  for (const candidate of candidates) {
    const facts = queryPython(candidate);
    if (facts?.minor === '2.7') return facts;
  }
  return null;
});

/**
 * The suffix for a test's name that says why it is skipped: '' when nothing is lacking. The
 * reason is also printed once, so a run's output says what it could not test.
 */
export function lacking(what: string | null): string {
  if (!what) return '';
  console.warn(`skipped (this machine lacks ${what})`);
  return ` [skipped: this machine lacks ${what}]`;
}
