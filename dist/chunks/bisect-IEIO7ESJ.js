import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  NAMED_TOOLS
} from "./chunk-B3HPZIZI.js";
import {
  ProbeCache,
  defaultCacheDir,
  osFromPlatform,
  runnerInfo,
  takeInventory
} from "./chunk-ELDHRKN6.js";
import {
  managedDir
} from "./chunk-OBQXWPN7.js";
import "./chunk-GFEQNXH2.js";
import {
  FIXTURE_KINDS
} from "./chunk-5D53ZA3F.js";
import {
  runProcess
} from "./chunk-QCEWS4X5.js";
import "./chunk-6SR56VY4.js";
import {
  PROVIDER_NAMES
} from "./chunk-JKDI46SZ.js";
import "./chunk-XN6TIDKB.js";
import "./chunk-TX6BET3S.js";
import {
  PYTHON_PREFERENCES,
  parseRequest
} from "./chunk-4RRUKLFS.js";
import {
  EXIT,
  UsageError,
  countOption,
  listOption,
  parseCommandArgs,
  secondsOption
} from "./chunk-JO56LLK6.js";
import "./chunk-ZA7TPQS4.js";
import "./chunk-7RDAVAKQ.js";

// src/cli/bisect.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
var BISECT_HELP = `Usage: interpreter-guard bisect --tool TOOL --good VERSION --bad VERSION [options]

Finds the first release of TOOL (${NAMED_TOOLS.join(", ")}) whose decisions about this machine's
interpreters differ from the good release's the way the bad release's do. Both ends run every
scenario; each release probed between them reruns only the scenarios that changed, installed as
TOOL@VERSION is (uv from its GitHub releases, checksum-verified; the others from PyPI with pip),
and cached. A release that cannot be installed or run is skipped and a neighbour tried.

Options:
  --tool TOOL            ${NAMED_TOOLS.join(", ")}
  --good VERSION         a release that decides as it should
  --bad VERSION          a later release that does not
  --versions LIST        the releases to choose from (comma-separated, repeatable), instead of
                         listing them (uv: GitHub's API at GITHUB_API_URL; others: the simple
                         index at PIP_INDEX_URL, else PyPI)
  --max-probes N         probes of releases between good and bad, skipped ones included (default 16)
  --json                 print the result (interpreter-guard/bisect@1) as JSON on stdout
  --request R            what to ask for (repeatable), as for discover --tool
  --python PATH          include this interpreter path too (repeatable)
  --providers LIST       only these providers (comma-separated): ${PROVIDER_NAMES.join(", ")}
  --fixtures LIST        build these layouts in a temporary directory first and include them
                         (${FIXTURE_KINDS.join(", ")})
  --python-preference P  uv's --python-preference for its scenarios
  --timeout SECONDS      per-interpreter query timeout (default 10)
  --tool-timeout SECONDS per tool run (default 60)
  --cache-dir DIR        interpreter queries and installed releases (default: $XDG_CACHE_HOME/interpreter-guard)
  --no-cache             query every interpreter afresh (releases are still cached)
  -h, --help             show this help

Environment: GITHUB_API_URL and GITHUB_TOKEN (listing uv's releases), UV_INSTALLER_GITHUB_BASE_URL
(a mirror of uv's release downloads), PIP_INDEX_URL (where PyPI releases come from).
Progress goes to stderr. Exit code: 0 when the first bad release was found; 1 when none could be
named (the ends decide alike, releases between could not be told apart, the probes ran out) or
a release could not be listed, installed or run; 2 when the options are wrong.
`;
async function runBisect(args, io) {
  const { values } = parseCommandArgs(
    args,
    {
      tool: { type: "string" },
      good: { type: "string" },
      bad: { type: "string" },
      versions: { type: "string", multiple: true },
      "max-probes": { type: "string" },
      json: { type: "boolean" },
      request: { type: "string", multiple: true },
      python: { type: "string", multiple: true },
      providers: { type: "string", multiple: true },
      fixtures: { type: "string", multiple: true },
      "python-preference": { type: "string" },
      timeout: { type: "string" },
      "tool-timeout": { type: "string" },
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean" }
    },
    "bisect"
  );
  const tool = values.tool;
  if (!tool || !NAMED_TOOLS.includes(tool))
    throw new UsageError(`bisect: --tool must be one of ${NAMED_TOOLS.join(", ")}`);
  const version = (name) => {
    const v = values[name];
    if (!v || !/^\d+(?:\.\d+)+(?:\.post\d+)?$/.test(v))
      throw new UsageError(
        `bisect: --${name} must be a release version such as 0.4.30, got "${v ?? ""}"`
      );
    return v;
  };
  const good = version("good");
  const bad = version("bad");
  const { compareVersions } = await import("./releases-ENHSYS6U.js");
  if (compareVersions(good, bad) >= 0)
    throw new UsageError(`bisect: --good (${good}) must be an older release than --bad (${bad})`);
  const versions = values.versions?.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  const requests = values.request?.map((r) => {
    const parsed = parseRequest(r);
    if ("error" in parsed) throw new UsageError(`bisect: --request: ${parsed.error}`);
    return parsed;
  });
  const preference = values["python-preference"];
  if (preference && !PYTHON_PREFERENCES.includes(preference))
    throw new UsageError(
      `bisect: --python-preference must be one of ${PYTHON_PREFERENCES.join(", ")}`
    );
  const maxProbes = countOption(values["max-probes"], "max-probes", 16, { min: 1, max: 64 });
  const timeoutMs = secondsOption(values.timeout, "timeout", 10);
  const toolTimeoutMs = secondsOption(values["tool-timeout"], "tool-timeout", 60);
  const providers = listOption(values.providers, PROVIDER_NAMES, "providers");
  const fixtures = listOption(values.fixtures, FIXTURE_KINDS, "fixtures");
  const os = osFromPlatform(io.platform);
  const cacheDir = resolve(io.cwd, values["cache-dir"] ?? defaultCacheDir(io.env, os, io.home));
  const say = (line) => io.stderr(`${line}
`);
  const scratch = fixtures ? await mkdtemp(join(tmpdir(), "interpreter-guard-fixtures-")) : null;
  try {
    const env = scratch && fixtures ? await fixturesEnv(io, scratch, fixtures, say) : io.env;
    const ctx = {
      os,
      env,
      home: io.home,
      cwd: io.cwd,
      user: io.user,
      runner: runProcess,
      commandTimeoutMs: timeoutMs
    };
    const inventory = await takeInventory(ctx, {
      cache: values["no-cache"] ? ProbeCache.disabled() : await ProbeCache.load(cacheDir),
      timeoutMs,
      concurrency: io.cpus,
      providers,
      extraPaths: values.python?.map((p) => resolve(io.cwd, p))
    });
    say(`inventory: ${inventory.interpreters.length} interpreter paths`);
    const { bisect } = await import("./bisect-TNS5YZEM.js");
    const { ToolSetupError } = await import("./prepare-MXNSBYNX.js");
    let result;
    try {
      result = await bisect({
        tool,
        good,
        bad,
        versions: versions ?? null,
        requests: requests ?? null,
        inventory: inventory.interpreters,
        runner: runnerInfo(os, env, null, io.cwd),
        os,
        platform: io.platform,
        // The fixtures' variables (NIX_STORE_DIR, PYENV_ROOT) for the sandbox; the caller's PATH, so
        // python3 for pip installs is never a fixture.
        callerEnv: { ...env, PATH: io.env.PATH },
        cwd: io.cwd,
        uvPythonDir: managedDir(inventory.locations, "uv"),
        cacheDir,
        timeoutMs: toolTimeoutMs,
        uvPreference: preference ?? null,
        maxProbes,
        onProgress: say
      });
    } catch (error) {
      if (!(error instanceof ToolSetupError)) throw error;
      io.stderr(`interpreter-guard bisect: ${error.message}
`);
      return EXIT.failure;
    }
    io.stdout(values.json ? `${JSON.stringify(result, null, 2)}
` : renderBisect(result));
    return result.status === "found" ? EXIT.ok : EXIT.failure;
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}
function renderBisect(r) {
  const lines = [];
  if (r.status === "found") {
    lines.push(`First bad: ${r.tool} ${r.firstBad}   ${r.notesUrl}`);
    lines.push(`Last good: ${r.tool} ${r.lastGood}`);
  } else if (r.status === "inconclusive") {
    lines.push(`First bad: one of ${[...r.untested, r.firstBad].join(", ")}`);
    lines.push(`Last good: ${r.tool} ${r.lastGood}`);
  }
  lines.push(r.summary, "");
  if (r.boundary.length || r.status !== "no-change") {
    lines.push(
      r.status === "found" ? `Changed at ${r.firstBad}:` : `Changed between ${r.good} and ${r.bad}:`
    );
    for (const c of r.status === "found" ? r.boundary : r.changes)
      lines.push(`  ${c.class.padEnd(17)} ${c.scenario}  ${c.path}: ${c.before} \u2192 ${c.after}`);
    lines.push("");
  }
  const probes = r.probes.filter((p) => p.role === "probe");
  lines.push(
    `Probes: ${probes.length} of at most ${Math.min(r.maxProbes, r.probeBound)} for ${r.releases.length} release${r.releases.length === 1 ? "" : "s"}; ${(r.elapsedMs / 1e3).toFixed(1)} s in all`
  );
  for (const p of r.probes) {
    const time = `${((p.installMs + p.runMs) / 1e3).toFixed(1)} s`;
    const what = p.role === "probe" ? p.verdict : `${p.verdict} (${p.role} end)`;
    lines.push(
      `  ${p.version.padEnd(10)} ${what.padEnd(16)} ${time.padStart(7)}${p.reason ? `  ${p.reason}` : ""}`
    );
  }
  return `${lines.join("\n")}
`;
}
async function fixturesEnv(io, dir, kinds, say) {
  const { buildFixturesEnvironment } = await import("./environment-5YMZ7G6D.js");
  const built = await buildFixturesEnvironment({
    dir,
    kinds,
    env: io.env,
    onStep: (kind) => say(`building fixture ${kind}\u2026`)
  });
  if (!built) throw new UsageError("bisect: --fixtures needs a /usr/bin/python3.X to copy");
  return built.env;
}
export {
  BISECT_HELP,
  renderBisect,
  runBisect
};
