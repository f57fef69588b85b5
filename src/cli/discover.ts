// `interpreter-guard discover`: inventory this machine's interpreters.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PROVIDER_NAMES } from '../core/model.js';
import { renderInventory } from '../core/render/inventory-table.js';
import { renderToolRuns } from '../core/render/tool-table.js';
import { discoverReport } from '../pipeline/discover-report.js';
import type { ToolOptions } from '../tools/plan.js';
import { INVENTORY_ARGS, inventorySetup, parseInventoryArgs } from './inventory-args.js';
import type { CliIo } from './io.js';
import {
  CONCURRENCY_RANGE,
  countOption,
  EXIT,
  parseCommandArgs,
  parseToolArgs,
  secondsOption,
  UsageError,
} from './usage.js';

export const DISCOVER_HELP = `Usage: interpreter-guard discover [options]

Finds every Python interpreter on this machine (PATH, active venv/conda, .venv, pyenv, asdf,
mise, rye, uv, conda, Nix, Homebrew, macOS frameworks, the Windows registry, py launcher and
Store aliases), queries each one once and classifies it.

Options:
  --json                 print the report (interpreter-guard/report@1) as JSON on stdout
  --out FILE             also write the JSON report to FILE
  --providers LIST       only these providers (comma-separated): ${PROVIDER_NAMES.join(', ')}
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

export async function runDiscover(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      ...INVENTORY_ARGS,
      json: { type: 'boolean' },
      out: { type: 'string' },
      concurrency: { type: 'string' },
      'run-shims': { type: 'boolean' },
      'probe-every-path': { type: 'boolean' },
      leg: { type: 'string' },
      tool: { type: 'string' },
      'baseline-tool': { type: 'string' },
      request: { type: 'string', multiple: true },
      'python-preference': { type: 'string' },
      'tool-timeout': { type: 'string' },
    },
    'discover',
  );
  const machine = parseInventoryArgs(values, io);
  const toolTimeoutMs = secondsOption(values['tool-timeout'], 'tool-timeout', 60);
  const concurrency = countOption(values.concurrency, 'concurrency', io.cpus, CONCURRENCY_RANGE);
  const toolOptions: ToolOptions | null = values.tool
    ? {
        tool: values.tool,
        baselineTool: values['baseline-tool'],
        requests: values.request,
        uvPreference: values['python-preference'],
        timeoutMs: toolTimeoutMs,
        cacheDir: machine.cacheDir,
      }
    : null;
  if (!toolOptions && (values['baseline-tool'] || values.request || values['python-preference'])) {
    throw new UsageError(
      'discover: --baseline-tool, --request and --python-preference need --tool',
    );
  }
  // The tool-run machinery is loaded only when a tool is to be run.
  const toolPlan = toolOptions
    ? await parseToolArgs((plan) => plan.parseToolOptions(toolOptions))
    : null;
  // A cache (or HOME) that cannot be read or written is a warning: the report is still made.
  const { ctx, inventory } = await inventorySetup(machine, io, 'discover');

  const progress = io.interactive && !values.json ? io.stderr : null;
  const { report } = await discoverReport({
    ctx,
    inventory: {
      ...inventory,
      concurrency,
      runShims: values['run-shims'],
      probeEveryPath: values['probe-every-path'],
      onProgress: progress
        ? ({ done, total }) => progress(`\rquerying interpreters: ${done}/${total}`)
        : undefined,
    },
    tools: toolOptions && toolPlan ? { options: toolOptions, parsed: toolPlan } : null,
    platform: io.platform,
    leg: values.leg ?? null,
    progress,
    phase: async (name, work) => {
      const result = await work();
      if (progress && name === 'inventory') progress('\r\x1b[K');
      return result;
    },
  });
  const tools = report.tools ?? [];
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (values.out) {
    const out = resolve(io.cwd, values.out);
    try {
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, json);
    } catch (error) {
      io.stderr(
        `interpreter-guard discover: cannot write the report to ${out}: ${(error as Error).message}\n`,
      );
      return EXIT.failure;
    }
  }
  io.stdout(
    values.json
      ? json
      : `${renderInventory(report)}${tools.length ? `\n${renderToolRuns(tools)}` : ''}`,
  );
  return EXIT.ok;
}
