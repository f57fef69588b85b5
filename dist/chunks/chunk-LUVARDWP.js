import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  AbortError,
  pRetry
} from "./chunk-EZS5K6N4.js";
import {
  lastLines,
  runProcess
} from "./chunk-QCEWS4X5.js";
import {
  normalizeSeparators
} from "./chunk-TX6BET3S.js";
import {
  ToolSetupError,
  withoutCredentials
} from "./chunk-DAVLWF5Z.js";
import {
  findOnPath,
  isFile
} from "./chunk-6SR56VY4.js";
import {
  requestText,
  scenarioId
} from "./chunk-IDZS62K4.js";

// src/tools/adapters/types.ts
function planId(tool, plan) {
  return scenarioId(tool, plan.command, plan.request) + (plan.context ? `:${plan.context}` : "");
}

// src/tools/runner.ts
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/core/tools/decide.ts
var RANK = {
  unseen: 0,
  accepted: 1,
  skipped: 2,
  rejected: 3,
  selected: 4
};
function decide(inventory, observation) {
  const idsOf = pathIndex(inventory, observation.cwd);
  const printed = /* @__PURE__ */ new Map();
  const set = (path, verdict, reason2, reasonKind) => {
    const current = printed.get(path);
    if (current && RANK[current.verdict] >= RANK[verdict]) return;
    printed.set(path, { path, interpreterId: idsOf(path)[0] ?? null, verdict, reason: reason2, reasonKind });
  };
  let lastFound = null;
  let selected = null;
  let error = null;
  for (const e of observation.events) {
    switch (e.type) {
      case "found":
        set(e.path, "accepted", null, null);
        lastFound = e.path;
        break;
      case "rejected":
      case "skipped":
      case "query-failed": {
        const verdict = e.type === "skipped" ? "skipped" : "rejected";
        const reason2 = e.type === "query-failed" ? e.detail.split("\n")[0] ?? e.detail : e.reason;
        set(e.path, verdict, reason2, e.reasonKind);
        if (lastFound && lastFound !== e.path && e.tool !== "exec")
          set(lastFound, verdict, reason2, e.reasonKind);
        lastFound = null;
        break;
      }
      case "selected":
        selected = e.path;
        set(e.path, "selected", null, null);
        break;
      case "final-error":
        error = e.message;
        break;
      default:
        break;
    }
  }
  if (observation.answer) {
    selected = observation.answer;
    set(observation.answer, "selected", null, null);
  }
  if (!selected && !error && observation.exitCode !== 0)
    error = observation.stderrTail || `exit code ${observation.exitCode}`;
  const byId = /* @__PURE__ */ new Map();
  for (const d of printed.values()) {
    for (const id of idsOf(d.path)) {
      const known = byId.get(id);
      if (!known || RANK[known.verdict] < RANK[d.verdict]) byId.set(id, d);
    }
  }
  const decisions = [];
  const covered = /* @__PURE__ */ new Set();
  for (const entry of inventory) {
    const own = printed.get(entry.path);
    if (own) {
      decisions.push({ ...own, interpreterId: entry.id });
      covered.add(entry.path);
      continue;
    }
    const via = byId.get(entry.id);
    if (via) {
      const verdict = via.verdict === "selected" ? "accepted" : via.verdict;
      decisions.push({
        path: entry.path,
        interpreterId: entry.id,
        verdict,
        reason: via.reason,
        reasonKind: via.reasonKind
      });
    } else {
      decisions.push({
        path: entry.path,
        interpreterId: entry.id,
        verdict: "unseen",
        reason: null,
        reasonKind: null
      });
    }
  }
  for (const d of printed.values())
    if (!covered.has(d.path) && !inventory.some((e) => e.path === d.path)) decisions.push(d);
  return { decisions, outcome: { selected, error } };
}
function pathIndex(inventory, cwd) {
  const index = /* @__PURE__ */ new Map();
  const add = (path, id) => {
    if (!path) return;
    const key = normalizeSeparators(path);
    const ids = index.get(key) ?? /* @__PURE__ */ new Set();
    ids.add(id);
    index.set(key, ids);
  };
  for (const e of inventory) {
    add(e.path, e.id);
    add(e.executable, e.id);
    add(e.realpath, e.id);
  }
  return (path) => {
    const direct = index.get(normalizeSeparators(path));
    if (direct) return [...direct];
    const absolute = index.get(normalizeSeparators(joinPath(cwd, path)));
    return absolute ? [...absolute] : [];
  };
}
function joinPath(cwd, path) {
  if (/^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(path)) return path;
  const parts = normalizeSeparators(cwd).split("/");
  for (const part of normalizeSeparators(path).split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/") || "/";
}

// src/tools/runner.ts
var LOG_KEEP = 32 * 1024;
async function runTool(o) {
  const version = o.adapter.versionArgs ? await readVersion(o) : null;
  const plans = o.adapter.plans(o.requests);
  const scenarios = [];
  for (const [i, plan] of plans.entries()) {
    const id = planId(o.adapter.name, plan);
    const cwd = await o.sandbox.workdir(id);
    for (const [name, content] of Object.entries(plan.files ?? {}))
      await writeFile(join(cwd, name), content);
    const started = Date.now();
    const first = await run(o, [...o.programArgs ?? [], ...plan.args], cwd);
    const second = first.exitCode === 0 && plan.followUp ? await run(o, plan.followUp, cwd) : null;
    const output2 = {
      stdout: second ? `${first.stdout}
${second.stdout}` : first.stdout,
      stderr: second ? `${first.stderr}
${second.stderr}` : first.stderr,
      exitCode: first.exitCode
    };
    const observed = o.adapter.observe(output2, plan);
    const { decisions, outcome } = decide(o.inventory, {
      events: observed.events,
      cwd,
      answer: observed.answer,
      exitCode: output2.exitCode,
      stderrTail: lastLines(first.failure ?? output2.stderr, 3)
    });
    const problems = observed.problems?.length ? `
[interpreter-guard: ${observed.problems.join("; ")}]` : "";
    scenarios.push({
      id,
      command: plan.command,
      request: plan.request ? requestText(plan.request) : null,
      context: plan.context,
      outcome,
      decisions,
      durationMs: Date.now() - started,
      exitCode: output2.exitCode,
      log: bounded(
        `$ ${[o.adapter.name, ...plan.args].join(" ")}
${output2.stderr}
${output2.stdout}${problems}`
      )
    });
    o.onScenario?.(i + 1, plans.length, id);
  }
  return { name: o.adapter.name, version, role: o.role, spec: o.spec, scenarios };
}
async function run(o, args, cwd) {
  const result = await o.runner(o.program, args, {
    env: o.sandbox.env,
    cwd,
    timeoutMs: o.timeoutMs,
    maxOutputBytes: 4 * 1024 * 1024
  });
  switch (result.kind) {
    case "exited":
      return { stdout: result.stdout, stderr: result.stderr, exitCode: result.code, failure: null };
    case "timeout":
      return {
        stdout: result.stdout,
        stderr: result.stderr,
        exitCode: null,
        failure: `no answer within ${o.timeoutMs} ms; the tool was stopped`
      };
    case "spawn-error":
      return {
        stdout: "",
        stderr: "",
        exitCode: null,
        failure: `cannot run ${o.program}: ${result.message}`
      };
  }
}
async function readVersion(o) {
  const cwd = await o.sandbox.workdir("version");
  const result = await run(o, [...o.programArgs ?? [], ...o.adapter.versionArgs ?? []], cwd);
  return o.adapter.readVersion(`${result.stdout}
${result.stderr}`);
}
function bounded(text) {
  if (text.length <= 2 * LOG_KEEP) return text;
  return `${text.slice(0, LOG_KEEP)}
[\u2026 ${text.length - 2 * LOG_KEEP} characters of the log omitted \u2026]
${text.slice(-LOG_KEEP)}`;
}

// src/tools/sandbox.ts
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter as hostDelimiter, dirname, join as join2 } from "node:path";
var KEPT = [
  "LANG",
  "LC_ALL",
  "TZ",
  "SYSTEMROOT",
  "SystemRoot",
  "COMSPEC",
  "PATHEXT",
  "WINDIR",
  "PYENV_ROOT",
  "PYENV_VERSION",
  "UV_PYTHON_INSTALL_DIR",
  "NIX_STORE_DIR",
  "LOCALAPPDATA",
  "APPDATA",
  "PROGRAMFILES",
  "ProgramFiles"
];
async function createSandbox(options) {
  const root = await mkdtemp(join2(tmpdir(), "interpreter-guard-run-"));
  const home = join2(root, "home");
  const dirs = {
    home,
    cache: join2(root, "cache"),
    data: join2(root, "data"),
    config: join2(root, "config"),
    state: join2(root, "state")
  };
  await Promise.all(Object.values(dirs).map((d) => mkdir(d, { recursive: true })));
  const path = pathFromInventory(
    options.inventory,
    options.extraPath ?? defaultExtraPath(options.os)
  );
  const env = {};
  for (const key of KEPT)
    if (options.callerEnv[key] !== void 0) env[key] = options.callerEnv[key];
  Object.assign(env, {
    PATH: path.join(options.os === "windows" ? ";" : hostDelimiter),
    HOME: home,
    USERPROFILE: home,
    XDG_CACHE_HOME: dirs.cache,
    XDG_DATA_HOME: dirs.data,
    XDG_CONFIG_HOME: dirs.config,
    XDG_STATE_HOME: dirs.state,
    // uv: no downloads, no configuration files, no colour, no wrapping, own cache.
    UV_CACHE_DIR: join2(dirs.cache, "uv"),
    UV_PYTHON_DOWNLOADS: "never",
    UV_NO_CONFIG: "1",
    UV_NO_WRAP: "1",
    UV_PYTHON_INSTALL_DIR: options.callerEnv.UV_PYTHON_INSTALL_DIR ?? options.uvPythonDir,
    NO_COLOR: "1",
    // virtualenv, pdm, poetry: their own data and caches, no update checks.
    VIRTUALENV_OVERRIDE_APP_DATA: join2(dirs.data, "virtualenv"),
    PDM_CHECK_UPDATE: "false",
    PDM_HOME: join2(dirs.data, "pdm"),
    POETRY_CACHE_DIR: join2(dirs.cache, "poetry"),
    POETRY_VIRTUALENVS_PATH: join2(root, "poetry-venvs"),
    POETRY_CONFIG_DIR: join2(dirs.config, "poetry")
  });
  let count = 0;
  return {
    root,
    env,
    path,
    async workdir(name) {
      const dir = join2(
        root,
        "work",
        `${String(++count).padStart(3, "0")}-${name.replace(/[^\w.-]+/g, "_").slice(0, 60)}`
      );
      await mkdir(dir, { recursive: true });
      return dir;
    },
    dispose: () => rm(root, { recursive: true, force: true })
  };
}
async function withSandbox(options, work) {
  const sandbox = await createSandbox(options);
  try {
    return await work(sandbox);
  } finally {
    await sandbox.dispose();
  }
}
function pathFromInventory(inventory, extra) {
  const dirs = [];
  for (const e of inventory) {
    const dir = dirname(e.path);
    if (!dirs.includes(dir)) dirs.push(dir);
  }
  for (const d of extra) if (!dirs.includes(d)) dirs.push(d);
  return dirs;
}
function defaultExtraPath(os) {
  return os === "windows" ? [] : ["/usr/local/bin", "/usr/bin", "/bin"];
}

// src/tools/pypi-release.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir as mkdir2, readFile, rename, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { devNull } from "node:os";
import { join as join3 } from "node:path";
var INSTALLED = "installed.json";
async function installPypiRelease(o) {
  const timeoutMs = o.timeoutMs ?? 6e5;
  const base = await baseInterpreter(o, timeoutMs);
  const pathHash = createHash("sha256").update(base.executable).digest("hex").slice(0, 8);
  const home = join3(o.cacheDir, "tools", `${o.name}-${o.version}-py${base.minor}-${pathHash}`);
  const done = await installedScript(home, o);
  if (done) return done;
  await mkdir2(home, { recursive: true });
  const envName = `env-${process.pid}-${randomBytes(4).toString("hex")}`;
  const envDir = join3(home, envName);
  try {
    o.onProgress?.(
      `installing ${o.name}==${o.version} from ${o.indexUrl ? withoutCredentials(o.indexUrl) : "the default index"} into ${envDir}`
    );
    await pipInstall(o, envDir, timeoutMs);
    const script = scriptOf(envDir, o);
    if (!await isFile(script))
      throw new ToolSetupError(`${o.name}==${o.version} installed no ${o.name} command`);
    const installed = await installedVersion(o, envDir, timeoutMs);
    if (installed !== o.version)
      throw new ToolSetupError(
        `pip installed ${o.name} ${installed ?? "(unknown version)"}, not ${o.version}`
      );
    const theirs = await installedScript(home, o);
    if (theirs) {
      await rm2(envDir, { recursive: true, force: true });
      return theirs;
    }
    const record = join3(home, `${INSTALLED}.${envName}`);
    await writeFile2(record, `${JSON.stringify({ env: envName, version: o.version })}
`);
    await rename(record, join3(home, INSTALLED));
    return script;
  } catch (error) {
    await rm2(envDir, { recursive: true, force: true });
    throw error;
  }
}
async function installedScript(home, o) {
  try {
    const record = JSON.parse(await readFile(join3(home, INSTALLED), "utf8"));
    if (typeof record.env !== "string" || !/^env-[\w-]+$/.test(record.env)) return null;
    const script = scriptOf(join3(home, record.env), o);
    return await isFile(script) ? script : null;
  } catch {
    return null;
  }
}
function scriptOf(envDir, o) {
  return o.windows ? join3(envDir, "Scripts", `${o.name}.exe`) : join3(envDir, "bin", o.name);
}
function pythonOf(envDir, o) {
  return o.windows ? join3(envDir, "Scripts", "python.exe") : join3(envDir, "bin", "python");
}
async function baseInterpreter(o, timeoutMs) {
  const result = await o.runner(
    o.python,
    ["-c", 'import sys; print("%d.%d" % sys.version_info[:2]); print(sys.executable)'],
    { env: cleanEnv(o.env), timeoutMs }
  );
  const [minor = "", executable = ""] = output(result)?.stdout.trim().split("\n") ?? [];
  if (!/^\d+\.\d+$/.test(minor))
    throw new ToolSetupError(
      `cannot install ${o.name}@${o.version}: ${o.python} does not run (${failure(result)})`
    );
  return { minor, executable: executable.trim() || o.python };
}
async function pipInstall(o, envDir, timeoutMs) {
  const env = cleanEnv(o.env, join3(o.cacheDir, "pip-cache"));
  const venv = (args) => o.runner(o.python, ["-m", "venv", ...args, envDir], { env, timeoutMs });
  const made = await venv(["--without-pip"]);
  if (!succeeded(made))
    throw new ToolSetupError(
      `cannot make a virtual environment with ${o.python}: ${failure(made)}`
    );
  const pipArgs = [
    "install",
    "--no-input",
    "--disable-pip-version-check",
    "--retries",
    "2",
    ...o.indexUrl ? ["--index-url", o.indexUrl] : [],
    `${o.name}==${o.version}`
  ];
  const run2 = (file, args) => o.runner(file, args, { env, timeoutMs, maxOutputBytes: 256 * 1024 });
  let result = await run2(o.python, ["-m", "pip", "--python", pythonOf(envDir, o), ...pipArgs]);
  const text = output(result)?.stderr ?? "";
  if (!succeeded(result) && /No module named pip|no such option: --python/.test(text)) {
    await rm2(envDir, { recursive: true, force: true });
    const withPip = await venv([]);
    if (!succeeded(withPip))
      throw new ToolSetupError(`cannot make a virtual environment with pip: ${failure(withPip)}`);
    result = await run2(pythonOf(envDir, o), ["-m", "pip", ...pipArgs]);
  }
  if (!succeeded(result))
    throw new ToolSetupError(
      `pip could not install ${o.name}==${o.version}${o.indexUrl ? ` from ${withoutCredentials(o.indexUrl)}` : ""}: ${failure(result)}`
    );
}
async function installedVersion(o, envDir, timeoutMs) {
  const result = await o.runner(
    pythonOf(envDir, o),
    ["-c", `import importlib.metadata as m; print(m.version(${JSON.stringify(o.name)}))`],
    { env: cleanEnv(o.env), timeoutMs }
  );
  return succeeded(result) ? output(result)?.stdout.trim() ?? null : null;
}
function cleanEnv(env, pipCache) {
  const clean = {};
  for (const [key, value] of Object.entries(env))
    if (value !== void 0 && PASSED.test(key)) clean[key] = value;
  clean.PIP_CONFIG_FILE = devNull;
  if (pipCache) clean.PIP_CACHE_DIR = pipCache;
  return clean;
}
var PASSED = /^(?:PATH|HOME|USERPROFILE|TMPDIR|TEMP|TMP|LANG|LC_[A-Z]+|TZ|SYSTEMROOT|SystemRoot|COMSPEC|PATHEXT|WINDIR|APPDATA|LOCALAPPDATA|(?:HTTPS?|NO|ALL)_PROXY|(?:https?|no|all)_proxy|SSL_CERT_(?:FILE|DIR)|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|NIX_STORE_DIR)$/;
function output(result) {
  return result.kind === "spawn-error" ? null : result;
}
function succeeded(result) {
  return result.kind === "exited" && result.code === 0;
}
function failure(result) {
  if (result.kind === "spawn-error") return result.message;
  const tail = lastLines(result.stderr || result.stdout, 4, " / ");
  if (result.kind === "timeout") return `no answer in time${tail ? `: ${tail}` : ""}`;
  return `exit code ${result.code ?? result.signal}${tail ? `: ${tail}` : ""}`;
}

// src/tools/uv-release.ts
import { createHash as createHash2 } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir as mkdir3, readdir, readFile as readFile2, rename as rename2, rm as rm3, writeFile as writeFile3 } from "node:fs/promises";
import { join as join4 } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var MAX_ARCHIVE = 200 * 1024 * 1024;
var MAX_CHECKSUM = 4096;
var DEFAULT_RETRY = { attempts: 4, minDelayMs: 1e3, attemptTimeoutMs: 3e5 };
function uvTarget(platform, arch) {
  const cpu = arch === "x64" ? "x86_64" : arch === "arm64" ? "aarch64" : arch === "ia32" ? "i686" : null;
  if (!cpu) throw new ToolSetupError(`no uv release is published for the ${arch} architecture`);
  if (platform === "linux") return { triple: `${cpu}-unknown-linux-gnu`, archive: "tar.gz" };
  if (platform === "darwin") return { triple: `${cpu}-apple-darwin`, archive: "tar.gz" };
  if (platform === "win32") return { triple: `${cpu}-pc-windows-msvc`, archive: "zip" };
  throw new ToolSetupError(`no uv release is published for ${platform}`);
}
async function installUvRelease(o) {
  const { triple, archive } = uvTarget(o.platform, o.arch);
  const binary = o.platform === "win32" ? "uv.exe" : "uv";
  const home = join4(o.cacheDir, "tools", `uv-${o.version}-${triple}`);
  const installed = join4(home, binary);
  if (await isFile(installed)) return installed;
  const asset = `uv-${triple}.${archive}`;
  const url = `${(o.baseUrl ?? "https://github.com").replace(/\/+$/, "")}/astral-sh/uv/releases/download/${o.version}/${asset}`;
  const downloader = {
    fetch: o.fetch ?? globalThis.fetch,
    retry: { ...DEFAULT_RETRY, ...o.retry },
    onProgress: o.onProgress ?? (() => {
    })
  };
  const staging = `${home}.partial-${process.pid}`;
  await rm3(staging, { recursive: true, force: true });
  await mkdir3(staging, { recursive: true });
  try {
    o.onProgress?.(`downloading ${url}`);
    const checksumFile = join4(staging, `${asset}.sha256`);
    await download(downloader, `${url}.sha256`, checksumFile, MAX_CHECKSUM);
    const expected = (await readFile2(checksumFile, "utf8")).trim().split(/\s+/)[0]?.toLowerCase() ?? "";
    if (!/^[0-9a-f]{64}$/.test(expected))
      throw new ToolSetupError(`${url}.sha256 does not hold a SHA-256 checksum`);
    const file = join4(staging, asset);
    const actual = await download(downloader, url, file, MAX_ARCHIVE);
    if (actual !== expected)
      throw new ToolSetupError(
        `checksum mismatch for ${asset}: expected ${expected}, got ${actual}; nothing was installed`
      );
    const unpacked = join4(staging, "unpacked");
    await mkdir3(unpacked);
    const args = archive === "zip" ? ["-xf", file, "-C", unpacked] : ["-xzf", file, "-C", unpacked];
    const result = await o.runner("tar", args, {
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
      timeoutMs: 12e4
    });
    if (result.kind !== "exited" || result.code !== 0) {
      throw new ToolSetupError(
        `cannot unpack ${asset}: ${result.kind === "exited" ? result.stderr.trim() : result.kind}`
      );
    }
    const found = await findFile(unpacked, binary, 3);
    if (!found) throw new ToolSetupError(`${asset} holds no ${binary}`);
    await mkdir3(home, { recursive: true });
    await rename2(found, installed);
    await writeFile3(join4(home, "sha256"), `${expected}  ${asset}
`);
    return installed;
  } finally {
    await rm3(staging, { recursive: true, force: true });
  }
}
var TransientError = class extends Error {
};
async function download(d, url, file, max) {
  const { attempts, minDelayMs, attemptTimeoutMs } = d.retry;
  try {
    return await pRetry(() => downloadOnce(d.fetch, url, file, max, attemptTimeoutMs), {
      retries: Math.max(0, attempts - 1),
      minTimeout: minDelayMs,
      factor: 2,
      randomize: true,
      shouldRetry: ({ error }) => error instanceof TransientError,
      onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
        if (error instanceof TransientError && retriesLeft > 0)
          d.onProgress(
            `${url}: ${error.message}; trying again (attempt ${attemptNumber + 1} of ${attempts})`
          );
      }
    });
  } catch (error) {
    if (error instanceof TransientError)
      throw new ToolSetupError(
        `cannot download ${url}: ${error.message} (${attempts} attempt${attempts === 1 ? "" : "s"})`
      );
    throw error;
  }
}
async function downloadOnce(fetch, url, file, max, timeoutMs) {
  const signal = AbortSignal.timeout(timeoutMs);
  let response;
  try {
    response = await fetch(url, { redirect: "follow", signal });
  } catch (error) {
    throw new TransientError(signal.aborted ? `timed out after ${timeoutMs} ms` : reason(error));
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => void 0);
    const status = `HTTP ${response.status}`;
    if (response.status >= 500 || response.status === 429) throw new TransientError(status);
    throw new AbortError(new ToolSetupError(`cannot download ${url}: ${status}`));
  }
  const header = response.headers.get("content-length");
  const encoding = response.headers.get("content-encoding") ?? "identity";
  const length = header === null || encoding !== "identity" ? null : Number(header);
  const tooBig = (bytes2) => new ToolSetupError(`${url} is ${bytes2} bytes, over the ${max}-byte limit`);
  if (length !== null && length > max) {
    await response.body?.cancel().catch(() => void 0);
    throw new AbortError(tooBig(length));
  }
  if (!response.body) throw new TransientError("the response has no body");
  const hash = createHash2("sha256");
  let bytes = 0;
  let over = false;
  const meter = new Transform({
    transform(chunk, _encoding, done) {
      bytes += chunk.length;
      if (bytes > max) {
        over = true;
        done(tooBig(bytes));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    }
  });
  try {
    await pipeline(
      Readable.fromWeb(response.body),
      meter,
      createWriteStream(file),
      { signal }
    );
  } catch (error) {
    if (over) throw new AbortError(tooBig(bytes));
    const why = signal.aborted ? `timed out after ${timeoutMs} ms` : reason(error);
    throw new TransientError(`the download broke off after ${bytes} bytes: ${why}`);
  }
  if (length !== null && bytes !== length)
    throw new TransientError(`the body ended after ${bytes} of ${length} bytes`);
  return hash.digest("hex");
}
function reason(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${error.message}${cause}`;
}
async function findFile(dir, name, depth) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join4(dir, entry.name);
    if (entry.isFile() && entry.name === name) return path;
    if (entry.isDirectory() && depth > 0) {
      const found = await findFile(path, name, depth - 1);
      if (found) return found;
    }
  }
  return null;
}

// src/tools/installers.ts
function installerContext(o) {
  const runner = o.runner ?? runProcess;
  const windows = o.platform === "win32";
  return {
    installUv: (version) => installUvRelease({
      version,
      cacheDir: o.cacheDir,
      platform: o.platform,
      arch: o.arch ?? process.arch,
      baseUrl: o.callerEnv.UV_INSTALLER_GITHUB_BASE_URL || void 0,
      fetch: o.fetch,
      retry: o.retry,
      runner,
      onProgress: o.onProgress
    }),
    installPypi: async (name, version) => {
      const python = await findOnPath(windows ? "python" : "python3", o.callerEnv.PATH ?? "", {
        windows
      });
      if (!python)
        throw new ToolSetupError(
          `${name}@${version}: installing from PyPI needs ${windows ? "python" : "python3"} on PATH`
        );
      return installPypiRelease({
        name,
        version,
        cacheDir: o.cacheDir,
        python,
        indexUrl: o.callerEnv.PIP_INDEX_URL || null,
        env: o.callerEnv,
        runner,
        windows,
        onProgress: o.onProgress
      });
    }
  };
}

export {
  planId,
  runTool,
  withSandbox,
  installerContext
};
