// Installs a release of a tool published on PyPI (`--tool virtualenv@20.25.0`, pdm, poetry) into
// its own virtual environment in the tool cache: the environment is made with the system python3
// (no pip in it, so it is quick), then pip installs `<name>==<version>` into it from
// `PIP_INDEX_URL` (or pip's default index) and nowhere else: no user or site pip configuration,
// no extra index, no find-links. pip checks each file against the hash the index publishes. The
// release is installed once per version and base interpreter; an install that fails leaves
// nothing behind, and a finished one is recorded last, so a half-made environment is never used.
import { createHash, randomBytes } from 'node:crypto';
import { withoutCredentials } from './url-redact.js';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { devNull } from 'node:os';
import { join } from 'node:path';
import { lastLines, type ProcessRunner, type RunResult } from '../discovery/process-runner.js';
import { isFile } from '../discovery/which.js';
import { ToolSetupError } from './prepare.js';
import type { PypiTool } from './spec.js';

export interface PypiReleaseOptions {
  name: PypiTool;
  version: string;
  cacheDir: string;
  /** The interpreter the environment is made with: the system's python3. */
  python: string;
  /** A PEP 503 simple index; pip's default (PyPI) when null. */
  indexUrl: string | null;
  /** The caller's environment, for pip's network settings (proxies, certificates). */
  env: NodeJS.ProcessEnv;
  runner: ProcessRunner;
  windows?: boolean;
  /** Per pip run (default 10 minutes). */
  timeoutMs?: number;
  onProgress?: (message: string) => void;
}

const INSTALLED = 'installed.json';

/** Returns the path of the tool's console script in its environment. */
export async function installPypiRelease(o: PypiReleaseOptions): Promise<string> {
  const timeoutMs = o.timeoutMs ?? 600_000;
  const base = await baseInterpreter(o, timeoutMs);
  const pathHash = createHash('sha256').update(base.executable).digest('hex').slice(0, 8);
  const home = join(o.cacheDir, 'tools', `${o.name}-${o.version}-py${base.minor}-${pathHash}`);
  const done = await installedScript(home, o);
  if (done) return done;

  await mkdir(home, { recursive: true });
  const envName = `env-${process.pid}-${randomBytes(4).toString('hex')}`;
  const envDir = join(home, envName);
  try {
    o.onProgress?.(
      `installing ${o.name}==${o.version} from ${o.indexUrl ? withoutCredentials(o.indexUrl) : 'the default index'} into ${envDir}`,
    );
    await pipInstall(o, envDir, timeoutMs);
    const script = scriptOf(envDir, o);
    if (!(await isFile(script)))
      throw new ToolSetupError(`${o.name}==${o.version} installed no ${o.name} command`);
    const installed = await installedVersion(o, envDir, timeoutMs);
    if (installed !== o.version)
      throw new ToolSetupError(
        `pip installed ${o.name} ${installed ?? '(unknown version)'}, not ${o.version}`,
      );
    // Another process may have finished first: its environment is as good as this one.
    const theirs = await installedScript(home, o);
    if (theirs) {
      await rm(envDir, { recursive: true, force: true });
      return theirs;
    }
    const record = join(home, `${INSTALLED}.${envName}`);
    await writeFile(record, `${JSON.stringify({ env: envName, version: o.version })}\n`);
    await rename(record, join(home, INSTALLED));
    return script;
  } catch (error) {
    await rm(envDir, { recursive: true, force: true });
    throw error;
  }
}

async function installedScript(home: string, o: PypiReleaseOptions): Promise<string | null> {
  try {
    const record = JSON.parse(await readFile(join(home, INSTALLED), 'utf8')) as { env?: unknown };
    if (typeof record.env !== 'string' || !/^env-[\w-]+$/.test(record.env)) return null;
    const script = scriptOf(join(home, record.env), o);
    return (await isFile(script)) ? script : null;
  } catch {
    return null;
  }
}

function scriptOf(envDir: string, o: PypiReleaseOptions): string {
  return o.windows ? join(envDir, 'Scripts', `${o.name}.exe`) : join(envDir, 'bin', o.name);
}

function pythonOf(envDir: string, o: PypiReleaseOptions): string {
  return o.windows ? join(envDir, 'Scripts', 'python.exe') : join(envDir, 'bin', 'python');
}

async function baseInterpreter(
  o: PypiReleaseOptions,
  timeoutMs: number,
): Promise<{ minor: string; executable: string }> {
  const result = await o.runner(
    o.python,
    ['-c', 'import sys; print("%d.%d" % sys.version_info[:2]); print(sys.executable)'],
    { env: cleanEnv(o.env), timeoutMs },
  );
  const [minor = '', executable = ''] = output(result)?.stdout.trim().split('\n') ?? [];
  if (!/^\d+\.\d+$/.test(minor))
    throw new ToolSetupError(
      `cannot install ${o.name}@${o.version}: ${o.python} does not run (${failure(result)})`,
    );
  return { minor, executable: executable.trim() || o.python };
}

/** A bare environment, then pip (the base interpreter's, when it has `--python`) into it. */
async function pipInstall(o: PypiReleaseOptions, envDir: string, timeoutMs: number) {
  const env = cleanEnv(o.env, join(o.cacheDir, 'pip-cache'));
  const venv = (args: string[]) =>
    o.runner(o.python, ['-m', 'venv', ...args, envDir], { env, timeoutMs });
  const made = await venv(['--without-pip']);
  if (!succeeded(made))
    throw new ToolSetupError(
      `cannot make a virtual environment with ${o.python}: ${failure(made)}`,
    );
  const pipArgs = [
    'install',
    '--no-input',
    '--disable-pip-version-check',
    '--retries',
    '2',
    ...(o.indexUrl ? ['--index-url', o.indexUrl] : []),
    `${o.name}==${o.version}`,
  ];
  const run = (file: string, args: string[]) =>
    o.runner(file, args, { env, timeoutMs, maxOutputBytes: 256 * 1024 });
  let result = await run(o.python, ['-m', 'pip', '--python', pythonOf(envDir, o), ...pipArgs]);
  const text = output(result)?.stderr ?? '';
  if (!succeeded(result) && /No module named pip|no such option: --python/.test(text)) {
    // The base interpreter has no pip, or one older than 22.3: the environment gets its own.
    await rm(envDir, { recursive: true, force: true });
    const withPip = await venv([]);
    if (!succeeded(withPip))
      throw new ToolSetupError(`cannot make a virtual environment with pip: ${failure(withPip)}`);
    result = await run(pythonOf(envDir, o), ['-m', 'pip', ...pipArgs]);
  }
  if (!succeeded(result))
    throw new ToolSetupError(
      `pip could not install ${o.name}==${o.version}${o.indexUrl ? ` from ${withoutCredentials(o.indexUrl)}` : ''}: ${failure(result)}`,
    );
}

async function installedVersion(
  o: PypiReleaseOptions,
  envDir: string,
  timeoutMs: number,
): Promise<string | null> {
  const result = await o.runner(
    pythonOf(envDir, o),
    ['-c', `import importlib.metadata as m; print(m.version(${JSON.stringify(o.name)}))`],
    { env: cleanEnv(o.env), timeoutMs },
  );
  return succeeded(result) ? (output(result)?.stdout.trim() ?? null) : null;
}

/**
 * What pip and Python need of the caller's environment, and nothing else: pip runs the build code
 * of whatever the index serves, which must not see the workflow's tokens (GITHUB_TOKEN,
 * ACTIONS_RUNTIME_TOKEN, INPUT_*). The locale, the proxies and the certificates reach the index.
 */
function cleanEnv(env: NodeJS.ProcessEnv, pipCache?: string): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env))
    if (value !== undefined && PASSED.test(key)) clean[key] = value;
  clean.PIP_CONFIG_FILE = devNull;
  if (pipCache) clean.PIP_CACHE_DIR = pipCache;
  return clean;
}
const PASSED =
  /^(?:PATH|HOME|USERPROFILE|TMPDIR|TEMP|TMP|LANG|LC_[A-Z]+|TZ|SYSTEMROOT|SystemRoot|COMSPEC|PATHEXT|WINDIR|APPDATA|LOCALAPPDATA|(?:HTTPS?|NO|ALL)_PROXY|(?:https?|no|all)_proxy|SSL_CERT_(?:FILE|DIR)|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|NIX_STORE_DIR)$/;

function output(result: RunResult): { stdout: string; stderr: string } | null {
  return result.kind === 'spawn-error' ? null : result;
}

function succeeded(result: RunResult): boolean {
  return result.kind === 'exited' && result.code === 0;
}

function failure(result: RunResult): string {
  if (result.kind === 'spawn-error') return result.message;
  const tail = lastLines(result.stderr || result.stdout, 4, ' / ');
  if (result.kind === 'timeout') return `no answer in time${tail ? `: ${tail}` : ''}`;
  return `exit code ${result.code ?? result.signal}${tail ? `: ${tail}` : ''}`;
}
