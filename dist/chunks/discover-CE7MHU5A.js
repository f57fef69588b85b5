import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  INVENTORY_ARGS,
  inventorySetup,
  parseInventoryArgs
} from "./chunk-4FLNVGSB.js";
import {
  discoverReport
} from "./chunk-7F7RKHAN.js";
import "./chunk-M76EFTY3.js";
import "./chunk-CVTBCMPL.js";
import "./chunk-OBQXWPN7.js";
import "./chunk-QCEWS4X5.js";
import {
  PROVIDER_NAMES
} from "./chunk-RCXO3FIE.js";
import "./chunk-V3IDQTPU.js";
import "./chunk-TX6BET3S.js";
import {
  CONCURRENCY_RANGE,
  EXIT,
  UsageError,
  countOption,
  parseCommandArgs,
  parseToolArgs,
  secondsOption
} from "./chunk-NYYF4YTF.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-6SR56VY4.js";
import {
  clip
} from "./chunk-IDZS62K4.js";
import "./chunk-ZA7TPQS4.js";
import "./chunk-7RDAVAKQ.js";

// src/cli/discover.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/core/render/text-table.ts
function textTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

// src/core/render/inventory-table.ts
function renderInventory(report) {
  const rows = report.interpreters.map((e) => [
    printable(e.path),
    e.kind,
    e.implementation ?? "-",
    e.version ?? "-",
    flagsOf(e),
    e.providers.join(","),
    e.error ? `${e.error.kind}: ${firstLine(e.error.detail)}` : ""
  ]);
  const table = textTable(["PATH", "KIND", "IMPL", "VERSION", "FLAGS", "PROVIDERS", "ERROR"], rows);
  const groups = new Set(report.interpreters.map((e) => e.id)).size;
  const broken = report.interpreters.filter((e) => e.error).length;
  const summary = `${report.interpreters.length} paths, ${groups} distinct interpreters, ${broken} could not be queried (${report.runner.os}/${report.runner.arch})`;
  return `${table}

${summary}
`;
}
function flagsOf(e) {
  const flags = [
    e.externallyManaged ? "externally-managed" : "",
    e.freeThreaded ? "free-threaded" : "",
    e.debug ? "debug" : "",
    e.resolvedTo ? "shim-resolved" : ""
  ].filter(Boolean);
  return flags.join(",") || "-";
}
function firstLine(text) {
  const line = text.split("\n", 1)[0] ?? "";
  return clip(line, 100);
}
function printable(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}

// src/core/render/tool-table.ts
function renderToolRuns(runs) {
  const out = [];
  for (const run of runs) {
    out.push(
      `== ${run.name}${run.version ? ` ${run.version}` : ""} (${run.role}: ${printable2(run.spec)})`
    );
    for (const s of run.scenarios) {
      const outcome = s.outcome.selected ? `selected ${printable2(s.outcome.selected)}` : s.outcome.error ? `error: ${printable2(firstLine2(s.outcome.error))}` : "no answer";
      out.push("", `-- ${s.id}  \u2192  ${outcome}`);
      const shown = s.decisions.filter((d) => d.verdict !== "unseen");
      if (shown.length) {
        out.push(
          textTable(
            ["VERDICT", "PATH", "REASON"],
            shown.map((d) => [
              d.verdict,
              printable2(d.path),
              d.reason ? `${printable2(firstLine2(d.reason))} (${d.reasonKind ?? "other"})` : ""
            ])
          )
        );
      }
      const unseen = s.decisions.length - shown.length;
      if (unseen) out.push(`(${unseen} interpreter path${unseen === 1 ? "" : "s"} not looked at)`);
    }
    out.push("");
  }
  return out.join("\n");
}
function firstLine2(text) {
  const line = text.split("\n", 1)[0] ?? "";
  return clip(line, 120);
}
function printable2(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}

// src/cli/discover.ts
var DISCOVER_HELP = `Usage: interpreter-guard discover [options]

Finds every Python interpreter on this machine (PATH, active venv/conda, .venv, pyenv, asdf,
mise, rye, uv, conda, Nix, Homebrew, macOS frameworks, the Windows registry, py launcher and
Store aliases), queries each one once and classifies it.

Options:
  --json                 print the report (interpreter-guard/report@1) as JSON on stdout
  --out FILE             also write the JSON report to FILE
  --providers LIST       only these providers (comma-separated): ${PROVIDER_NAMES.join(", ")}
  --python PATH          include this interpreter path too (repeatable)
  --timeout SECONDS      per-interpreter query timeout, 0.1 to 3600 (default 10)
  --concurrency N        interpreters queried at once, 1 to 1024 (default: CPU count)
  --cache-dir DIR        where query results are cached (default: $XDG_CACHE_HOME/interpreter-guard)
  --no-cache             query every interpreter afresh and write no cache
  --run-shims            run pyenv shims instead of reading pyenv's version files
  --probe-every-path     query every path, even symlinks to a binary already queried
  --leg NAME             name of this machine in a matrix, recorded in the report
  -h, --help             show this help

Running a discovery tool over the inventory (its decisions go into the report's tools[]):
  --tool SPEC            uv | virtualenv | pdm | poetry (found on PATH), TOOL=/path/to/program,
                         uv@VERSION (a uv release, downloaded and checksum-verified), or
                         "exec:COMMAND {request}" (your own tool; see the README's exec protocol)
  --baseline-tool SPEC   a second tool (e.g. an older uv) run the same way, recorded as baseline
  --request R            what to ask for (repeatable): default, 3.12, 3, >=3.9, cpython@3.12,
                         pypy, python, /path/to/python (default: derived from the inventory)
  --python-preference P  uv's --python-preference for its scenarios (only-managed, managed,
                         system, only-system)
  --tool-timeout SECONDS per tool run, 0.1 to 3600 (default 60)

Broken interpreters are reported with an error, not as a failure, and a cache that cannot be
read or written is a warning. Exit codes: 0 the report was made; 1 it cannot be written, or a
tool cannot be set up; 2 the options are wrong.
`;
async function runDiscover(args, io) {
  const { values } = parseCommandArgs(
    args,
    {
      ...INVENTORY_ARGS,
      json: { type: "boolean" },
      out: { type: "string" },
      concurrency: { type: "string" },
      "run-shims": { type: "boolean" },
      "probe-every-path": { type: "boolean" },
      leg: { type: "string" },
      tool: { type: "string" },
      "baseline-tool": { type: "string" },
      request: { type: "string", multiple: true },
      "python-preference": { type: "string" },
      "tool-timeout": { type: "string" }
    },
    "discover"
  );
  const machine = parseInventoryArgs(values, io);
  const toolTimeoutMs = secondsOption(values["tool-timeout"], "tool-timeout", 60);
  const concurrency = countOption(values.concurrency, "concurrency", io.cpus, CONCURRENCY_RANGE);
  const toolOptions = values.tool ? {
    tool: values.tool,
    baselineTool: values["baseline-tool"],
    requests: values.request,
    uvPreference: values["python-preference"],
    timeoutMs: toolTimeoutMs,
    cacheDir: machine.cacheDir
  } : null;
  if (!toolOptions && (values["baseline-tool"] || values.request || values["python-preference"])) {
    throw new UsageError(
      "discover: --baseline-tool, --request and --python-preference need --tool"
    );
  }
  const toolPlan = toolOptions ? await parseToolArgs((plan) => plan.parseToolOptions(toolOptions)) : null;
  const { ctx, inventory } = await inventorySetup(machine, io, "discover");
  const progress = io.interactive && !values.json ? io.stderr : null;
  const { report } = await discoverReport({
    ctx,
    inventory: {
      ...inventory,
      concurrency,
      runShims: values["run-shims"],
      probeEveryPath: values["probe-every-path"],
      onProgress: progress ? ({ done, total }) => progress(`\rquerying interpreters: ${done}/${total}`) : void 0
    },
    tools: toolOptions && toolPlan ? { options: toolOptions, parsed: toolPlan } : null,
    platform: io.platform,
    leg: values.leg ?? null,
    progress,
    phase: async (name, work) => {
      const result = await work();
      if (progress && name === "inventory") progress("\r\x1B[K");
      return result;
    }
  });
  const tools = report.tools ?? [];
  const json = `${JSON.stringify(report, null, 2)}
`;
  if (values.out) {
    const out = resolve(io.cwd, values.out);
    try {
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, json);
    } catch (error) {
      io.stderr(
        `interpreter-guard discover: cannot write the report to ${out}: ${error.message}
`
      );
      return EXIT.failure;
    }
  }
  io.stdout(
    values.json ? json : `${renderInventory(report)}${tools.length ? `
${renderToolRuns(tools)}` : ""}`
  );
  return EXIT.ok;
}
export {
  DISCOVER_HELP,
  runDiscover
};
