import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  ToolSetupError,
  defaultRequests,
  parseRequest,
  prepareTool,
  requestText,
  scenarioId
} from "./chunk-UG65IKGW.js";
import {
  normalizeSeparators
} from "./chunk-EOPLNTQ7.js";
import {
  runProcess
} from "./chunk-5RUZIJIU.js";

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
  const set = (path, verdict, reason, reasonKind) => {
    const current = printed.get(path);
    if (current && RANK[current.verdict] >= RANK[verdict]) return;
    printed.set(path, { path, interpreterId: idsOf(path)[0] ?? null, verdict, reason, reasonKind });
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
        const reason = e.type === "query-failed" ? e.detail.split("\n")[0] ?? e.detail : e.reason;
        set(e.path, verdict, reason, e.reasonKind);
        if (lastFound && lastFound !== e.path) set(lastFound, verdict, reason, e.reasonKind);
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
    const id = scenarioId(o.adapter.name, plan.command, plan.request) + (plan.context ? `:${plan.context}` : "");
    const cwd = await o.sandbox.workdir(id);
    for (const [name, content] of Object.entries(plan.files ?? {}))
      await writeFile(join(cwd, name), content);
    const started = Date.now();
    const first = await run(o, [...o.programArgs ?? [], ...plan.args], cwd);
    const second = first.exitCode === 0 && plan.followUp ? await run(o, plan.followUp, cwd) : null;
    const output = {
      stdout: second ? `${first.stdout}
${second.stdout}` : first.stdout,
      stderr: second ? `${first.stderr}
${second.stderr}` : first.stderr,
      exitCode: first.exitCode
    };
    const observed = o.adapter.observe(output, plan);
    const { decisions, outcome } = decide(o.inventory, {
      events: observed.events,
      cwd,
      answer: observed.answer,
      exitCode: output.exitCode,
      stderrTail: lastLines(first.failure ?? output.stderr, 3)
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
      exitCode: output.exitCode,
      log: bounded(
        `$ ${[o.adapter.name, ...plan.args].join(" ")}
${output.stderr}
${output.stdout}${problems}`
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
function lastLines(text, count) {
  return text.trimEnd().split("\n").slice(-count).join("\n").trim();
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

// src/tools/spec.ts
var NAMED_TOOLS = ["uv", "virtualenv", "pdm", "poetry"];
function parseToolSpec(text) {
  const t = text.trim();
  if (t.startsWith("exec:")) {
    const split = splitCommandLine(t.slice(5));
    if ("error" in split) return { error: `${t}: ${split.error}` };
    if (!split.args.length)
      return { error: 'exec: needs a command, e.g. "exec:python3 mytool.py {request}"' };
    if (!split.args.some((a) => a.includes("{request}")))
      return { error: `${t}: the command must contain {request}` };
    return { kind: "exec", argv: split.args, text: t };
  }
  const release = /^uv@(\d+\.\d+\.\d+(?:[-.]?[a-z]+\d*)?)$/.exec(t);
  if (release) return { kind: "release", name: "uv", version: release[1] ?? "", text: t };
  const [name, program] = t.split(/=(.*)/s);
  if (!NAMED_TOOLS.includes(name ?? "")) {
    return {
      error: `unknown tool "${t}" (expected ${NAMED_TOOLS.join(", ")}, uv@<version>, <tool>=<path>, or exec:<command with {request}>)`
    };
  }
  if (program !== void 0 && !program) return { error: `${t}: the path after = is empty` };
  return { kind: "named", name, program: program ?? null, text: t };
}
function splitCommandLine(line) {
  const args = [];
  let current = "";
  let has = false;
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? "";
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"' && i + 1 < line.length && '"\\$`'.includes(line[i + 1] ?? ""))
        current += line[++i];
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      has = true;
    } else if (c === "\\" && i + 1 < line.length) {
      current += line[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || current) args.push(current);
      current = "";
      has = false;
    } else {
      current += c;
      has = true;
    }
  }
  if (quote) return { error: `unclosed ${quote} quote` };
  if (has || current) args.push(current);
  return { args };
}

// src/tools/uv-release.ts
import { createHash } from "node:crypto";
import { mkdir as mkdir2, readdir, rename, rm as rm2, stat, writeFile as writeFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";
var MAX_ARCHIVE = 200 * 1024 * 1024;
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
  const home = join3(o.cacheDir, "tools", `uv-${o.version}-${triple}`);
  const installed = join3(home, binary);
  if (await exists(installed)) return installed;
  const fetch = o.fetch ?? globalThis.fetch;
  const asset = `uv-${triple}.${archive}`;
  const url = `${(o.baseUrl ?? "https://github.com").replace(/\/+$/, "")}/astral-sh/uv/releases/download/${o.version}/${asset}`;
  o.onProgress?.(`downloading ${url}`);
  const expected = (await download(fetch, `${url}.sha256`, 4096)).toString("utf8").trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  if (!/^[0-9a-f]{64}$/.test(expected))
    throw new ToolSetupError(`${url}.sha256 does not hold a SHA-256 checksum`);
  const data = await download(fetch, url, MAX_ARCHIVE);
  const actual = createHash("sha256").update(data).digest("hex");
  if (actual !== expected)
    throw new ToolSetupError(
      `checksum mismatch for ${asset}: expected ${expected}, got ${actual}; nothing was installed`
    );
  const staging = `${home}.partial-${process.pid}`;
  await rm2(staging, { recursive: true, force: true });
  await mkdir2(staging, { recursive: true });
  try {
    const file = join3(staging, asset);
    await writeFile2(file, data);
    const args = archive === "zip" ? ["-xf", file, "-C", staging] : ["-xzf", file, "-C", staging];
    const result = await o.runner("tar", args, {
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
      timeoutMs: 12e4
    });
    if (result.kind !== "exited" || result.code !== 0) {
      throw new ToolSetupError(
        `cannot unpack ${asset}: ${result.kind === "exited" ? result.stderr.trim() : result.kind}`
      );
    }
    const found = await findFile(staging, binary, 3);
    if (!found) throw new ToolSetupError(`${asset} holds no ${binary}`);
    await mkdir2(home, { recursive: true });
    await rename(found, installed);
    await writeFile2(join3(home, "sha256"), `${expected}  ${asset}
`);
    return installed;
  } finally {
    await rm2(staging, { recursive: true, force: true });
  }
}
async function download(fetch, url, max) {
  let response;
  try {
    response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(3e5) });
  } catch (error) {
    throw new ToolSetupError(`cannot download ${url}: ${error.message}`);
  }
  if (!response.ok) throw new ToolSetupError(`cannot download ${url}: HTTP ${response.status}`);
  const length = Number(response.headers.get("content-length") ?? 0);
  if (length > max)
    throw new ToolSetupError(`${url} is ${length} bytes, over the ${max}-byte limit`);
  const body = Buffer.from(await response.arrayBuffer());
  if (body.length > max) throw new ToolSetupError(`${url} is over the ${max}-byte limit`);
  return body;
}
async function findFile(dir, name, depth) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join3(dir, entry.name);
    if (entry.isFile() && entry.name === name) return path;
    if (entry.isDirectory() && depth > 0) {
      const found = await findFile(path, name, depth - 1);
      if (found) return found;
    }
  }
  return null;
}
async function exists(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

// src/tools/plan.ts
var ToolOptionError = class extends Error {
};
var PREFERENCES = ["only-managed", "managed", "system", "only-system"];
function parseToolOptions(o) {
  const spec = (text, flag) => {
    const parsed = parseToolSpec(text);
    if ("error" in parsed) throw new ToolOptionError(`--${flag}: ${parsed.error}`);
    return parsed;
  };
  if (o.uvPreference && !PREFERENCES.includes(o.uvPreference))
    throw new ToolOptionError(`--python-preference must be one of ${PREFERENCES.join(", ")}`);
  const requests = o.requests?.map((r) => {
    const parsed = parseRequest(r);
    if ("error" in parsed) throw new ToolOptionError(`--request: ${parsed.error}`);
    return parsed;
  });
  return {
    current: spec(o.tool, "tool"),
    baseline: o.baselineTool ? spec(o.baselineTool, "baseline-tool") : null,
    requests: requests ?? null
  };
}
async function runTools(parsed, o, env) {
  const { os, inventory, locations, progress } = env;
  const requests = parsed.requests ?? defaultRequests(inventory);
  const context = {
    cwd: env.cwd,
    pathVar: env.callerEnv.PATH ?? "",
    windows: os === "windows",
    uvPreference: o.uvPreference ?? null,
    installUv: (version) => installUvRelease({
      version,
      cacheDir: o.cacheDir,
      platform: env.platform,
      arch: process.arch,
      runner: runProcess,
      onProgress: progress ?? void 0
    })
  };
  const tools = [
    [await prepareTool(parsed.current, context), "current"]
  ];
  if (parsed.baseline) tools.push([await prepareTool(parsed.baseline, context), "baseline"]);
  const sandbox = await createSandbox({
    os,
    inventory,
    callerEnv: env.callerEnv,
    uvPythonDir: locations.managedDirs.find((d) => d.manager === "uv")?.dir ?? ""
  });
  try {
    const runs = [];
    for (const [tool, role] of tools) {
      runs.push(
        await runTool({
          ...tool,
          role,
          inventory,
          requests,
          sandbox,
          runner: runProcess,
          timeoutMs: o.timeoutMs,
          onScenario: progress ? (done, total, id) => progress(`\r\x1B[K${role} ${tool.adapter.name}: ${done}/${total} ${id}`) : void 0
        })
      );
    }
    if (progress) progress("\r\x1B[K");
    return runs;
  } finally {
    await sandbox.dispose();
  }
}

export {
  ToolOptionError,
  parseToolOptions,
  runTools
};
