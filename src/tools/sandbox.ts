// The controlled environment a tool under test runs in: PATH built from the inventory (in report
// order, so what the shell would run first comes first), temporary HOME, XDG directories and tool
// caches, no downloads and no user configuration. Every scenario gets a fresh working directory.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter as hostDelimiter, dirname, join } from 'node:path';
import type { InterpreterEntry, OsName } from '../core/model.js';

export interface Sandbox {
  root: string;
  env: NodeJS.ProcessEnv;
  /** The PATH directories, in order (also in `env.PATH`). */
  path: string[];
  /** A new, empty working directory for one scenario. */
  workdir(name: string): Promise<string>;
  dispose(): Promise<void>;
}

// Variables a tool run keeps from the caller: the rest of the environment is not passed on.
const KEPT = [
  'LANG',
  'LC_ALL',
  'TZ',
  'SYSTEMROOT',
  'SystemRoot',
  'COMSPEC',
  'PATHEXT',
  'WINDIR',
  'PYENV_ROOT',
  'PYENV_VERSION',
  'UV_PYTHON_INSTALL_DIR',
  'NIX_STORE_DIR',
  'LOCALAPPDATA',
  'APPDATA',
  'PROGRAMFILES',
  'ProgramFiles',
];

export interface SandboxOptions {
  os: OsName;
  inventory: readonly InterpreterEntry[];
  callerEnv: NodeJS.ProcessEnv;
  /** Where managed interpreters live (kept visible although HOME changes). */
  uvPythonDir: string;
  /** Directories appended after the inventory's (the tools' own runtime needs, e.g. /usr/bin). */
  extraPath?: readonly string[];
}

export async function createSandbox(options: SandboxOptions): Promise<Sandbox> {
  const root = await mkdtemp(join(tmpdir(), 'interpreter-guard-run-'));
  const home = join(root, 'home');
  const dirs = {
    home,
    cache: join(root, 'cache'),
    data: join(root, 'data'),
    config: join(root, 'config'),
    state: join(root, 'state'),
  };
  await Promise.all(Object.values(dirs).map((d) => mkdir(d, { recursive: true })));

  const path = pathFromInventory(
    options.inventory,
    options.extraPath ?? defaultExtraPath(options.os),
  );
  const env: NodeJS.ProcessEnv = {};
  for (const key of KEPT)
    if (options.callerEnv[key] !== undefined) env[key] = options.callerEnv[key];
  Object.assign(env, {
    PATH: path.join(options.os === 'windows' ? ';' : hostDelimiter),
    HOME: home,
    USERPROFILE: home,
    XDG_CACHE_HOME: dirs.cache,
    XDG_DATA_HOME: dirs.data,
    XDG_CONFIG_HOME: dirs.config,
    XDG_STATE_HOME: dirs.state,
    // uv: no downloads, no configuration files, no colour, no wrapping, own cache.
    UV_CACHE_DIR: join(dirs.cache, 'uv'),
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_CONFIG: '1',
    UV_NO_WRAP: '1',
    UV_PYTHON_INSTALL_DIR: options.callerEnv.UV_PYTHON_INSTALL_DIR ?? options.uvPythonDir,
    NO_COLOR: '1',
    // virtualenv, pdm, poetry: their own data and caches, no update checks.
    VIRTUALENV_OVERRIDE_APP_DATA: join(dirs.data, 'virtualenv'),
    PDM_CHECK_UPDATE: 'false',
    PDM_HOME: join(dirs.data, 'pdm'),
    POETRY_CACHE_DIR: join(dirs.cache, 'poetry'),
    POETRY_VIRTUALENVS_PATH: join(root, 'poetry-venvs'),
    POETRY_CONFIG_DIR: join(dirs.config, 'poetry'),
  });
  let count = 0;
  return {
    root,
    env,
    path,
    async workdir(name) {
      const dir = join(
        root,
        'work',
        `${String(++count).padStart(3, '0')}-${name.replace(/[^\w.-]+/g, '_').slice(0, 60)}`,
      );
      await mkdir(dir, { recursive: true });
      return dir;
    },
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

/** Runs `work` in a fresh sandbox, removed afterwards whatever happens. */
export async function withSandbox<T>(
  options: SandboxOptions,
  work: (sandbox: Sandbox) => Promise<T>,
): Promise<T> {
  const sandbox = await createSandbox(options);
  try {
    return await work(sandbox);
  } finally {
    await sandbox.dispose();
  }
}

/** The directory of every inventory path, first appearance first, then the extra directories. */
export function pathFromInventory(
  inventory: readonly InterpreterEntry[],
  extra: readonly string[],
): string[] {
  const dirs: string[] = [];
  for (const e of inventory) {
    const dir = dirname(e.path);
    if (!dirs.includes(dir)) dirs.push(dir);
  }
  for (const d of extra) if (!dirs.includes(d)) dirs.push(d);
  return dirs;
}

function defaultExtraPath(os: OsName): string[] {
  return os === 'windows' ? [] : ['/usr/local/bin', '/usr/bin', '/bin'];
}
