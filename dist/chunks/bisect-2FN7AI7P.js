import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  NAMED_TOOLS
} from "./chunk-B3HPZIZI.js";
import {
  INVENTORY_ARGS,
  inventorySetup,
  parseInventoryArgs
} from "./chunk-4FLNVGSB.js";
import {
  runnerInfo,
  takeInventory
} from "./chunk-M76EFTY3.js";
import {
  managedDir
} from "./chunk-OBQXWPN7.js";
import {
  FIXTURE_KINDS
} from "./chunk-5D53ZA3F.js";
import "./chunk-QCEWS4X5.js";
import {
  PROVIDER_NAMES
} from "./chunk-RCXO3FIE.js";
import "./chunk-V3IDQTPU.js";
import "./chunk-TX6BET3S.js";
import {
  EXIT,
  UsageError,
  countOption,
  listOption,
  parseCommandArgs,
  parseToolArgs,
  secondsOption,
  splitList
} from "./chunk-NYYF4YTF.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-6SR56VY4.js";
import "./chunk-IDZS62K4.js";
import "./chunk-ZA7TPQS4.js";
import "./chunk-7RDAVAKQ.js";

// src/cli/bisect.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
      ...INVENTORY_ARGS,
      tool: { type: "string" },
      good: { type: "string" },
      bad: { type: "string" },
      versions: { type: "string", multiple: true },
      "max-probes": { type: "string" },
      json: { type: "boolean" },
      request: { type: "string", multiple: true },
      fixtures: { type: "string", multiple: true },
      "python-preference": { type: "string" },
      "tool-timeout": { type: "string" }
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
  const { compareVersions } = await import("./releases-33BPDRFM.js");
  if (compareVersions(good, bad) >= 0)
    throw new UsageError(`bisect: --good (${good}) must be an older release than --bad (${bad})`);
  const versions = values.versions && splitList(values.versions);
  const preference = values["python-preference"];
  const requests = await parseToolArgs(
    (plan) => plan.parseRequestOptions(values.request, preference),
    "bisect: "
  );
  const maxProbes = countOption(values["max-probes"], "max-probes", 16, { min: 1, max: 64 });
  const machine = parseInventoryArgs(values, io);
  const toolTimeoutMs = secondsOption(values["tool-timeout"], "tool-timeout", 60);
  const fixtures = listOption(values.fixtures, FIXTURE_KINDS, "fixtures");
  const { os, cacheDir } = machine;
  const say = (line) => io.stderr(`${line}
`);
  const scratch = fixtures ? await mkdtemp(join(tmpdir(), "interpreter-guard-fixtures-")) : null;
  try {
    const env = scratch && fixtures ? await fixturesEnv(io, scratch, fixtures, say) : io.env;
    const setup = await inventorySetup(machine, io, "bisect", env);
    const inventory = await takeInventory(setup.ctx, { ...setup.inventory, concurrency: io.cpus });
    say(`inventory: ${inventory.interpreters.length} interpreter paths`);
    const { bisect } = await import("./bisect-QN6L5CEO.js");
    const result = await bisect({
      tool,
      good,
      bad,
      versions: versions ?? null,
      requests,
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
