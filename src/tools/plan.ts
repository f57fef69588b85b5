// Running the tool under test (and a baseline) over an inventory: options parsed once, then the
// sandbox, the tools and their scenarios. Shared by the CLI and the Action.
import type { InterpreterEntry, OsName } from '../core/model.js';
import type { ToolRun } from '../core/tools/model.js';
import {
  defaultRequests,
  parseRequest,
  PYTHON_PREFERENCES,
  type PythonRequest,
} from '../core/tools/requests.js';
import { managedDir, type Locations } from '../discovery/locations.js';
import { runProcess } from '../discovery/process-runner.js';
import { prepareContext, prepareTool } from './prepare.js';
import { runTool } from './runner.js';
import { withSandbox } from './sandbox.js';
import { parseToolSpec, type ToolSpec } from './spec.js';
import { installerContext } from './installers.js';

/** A `--tool`/`--request` value that cannot be used; the message names the option. */
export class ToolOptionError extends Error {}

export interface ToolOptions {
  tool: string;
  baselineTool: string | undefined;
  requests: string[] | undefined;
  uvPreference: string | undefined;
  timeoutMs: number;
  cacheDir: string;
}

/** Parses the tool options up front, so a typo fails before the inventory is taken. */
export function parseToolOptions(o: ToolOptions): {
  current: ToolSpec;
  baseline: ToolSpec | null;
  requests: PythonRequest[] | null;
} {
  const spec = (text: string, flag: string): ToolSpec => {
    const parsed = parseToolSpec(text);
    if ('error' in parsed) throw new ToolOptionError(`--${flag}: ${parsed.error}`);
    return parsed;
  };
  const requests = parseRequestOptions(o.requests, o.uvPreference);
  return {
    current: spec(o.tool, 'tool'),
    baseline: o.baselineTool ? spec(o.baselineTool, 'baseline-tool') : null,
    requests,
  };
}

/** `--request` values and `--python-preference`, checked (for `discover --tool` and bisect). */
export function parseRequestOptions(
  requests: string[] | undefined,
  uvPreference: string | undefined,
): PythonRequest[] | null {
  if (uvPreference && !(PYTHON_PREFERENCES as readonly string[]).includes(uvPreference))
    throw new ToolOptionError(
      `--python-preference must be one of ${PYTHON_PREFERENCES.join(', ')}`,
    );
  return (
    requests?.map((r) => {
      const parsed = parseRequest(r);
      if ('error' in parsed) throw new ToolOptionError(`--request: ${parsed.error}`);
      return parsed;
    }) ?? null
  );
}

/** Runs `work` as a named step (the Action's log group); by default it just runs it. */
export type Phase = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/**
 * Runs the tool, then the baseline tool, in one call: each is set up and run as its own phase (so a
 * leg's log shows one group per tool), each in a sandbox of its own.
 */
export async function runTools(
  parsed: ReturnType<typeof parseToolOptions>,
  o: ToolOptions,
  env: {
    os: OsName;
    platform: NodeJS.Platform;
    cwd: string;
    callerEnv: NodeJS.ProcessEnv;
    inventory: InterpreterEntry[];
    locations: Locations;
    progress: ((text: string) => void) | null;
    phase?: Phase;
  },
): Promise<ToolRun[]> {
  const { os, inventory, progress } = env;
  const phase: Phase = env.phase ?? ((_name, work) => work());
  const requests = parsed.requests ?? defaultRequests(inventory);
  const context = prepareContext(
    { cwd: env.cwd, callerEnv: env.callerEnv, os, uvPreference: o.uvPreference ?? null },
    installerContext({
      cacheDir: o.cacheDir,
      platform: env.platform,
      callerEnv: env.callerEnv,
      onProgress: progress ?? undefined,
    }),
  );
  const specs: [ToolSpec, ToolRun['role']][] = [[parsed.current, 'current']];
  if (parsed.baseline) specs.push([parsed.baseline, 'baseline']);

  // A tool is set up (installed, for a release) inside its phase, so its group holds the install.
  // Each tool has a sandbox of its own: the baseline must not read the caches (uv's interpreter
  // info, virtualenv's py_info) the tool under test wrote, or a difference could hide behind them.
  const sandboxOptions = {
    os,
    inventory,
    callerEnv: env.callerEnv,
    uvPythonDir: managedDir(env.locations, 'uv'),
  };
  const setUpAndRun = async (spec: ToolSpec, role: ToolRun['role']): Promise<ToolRun> => {
    const tool = await prepareTool(spec, context);
    const run = await withSandbox(sandboxOptions, (sandbox) =>
      runTool({
        ...tool,
        role,
        inventory,
        requests,
        sandbox,
        runner: runProcess,
        timeoutMs: o.timeoutMs,
        onScenario: progress
          ? (done, total, id) =>
              progress(`\r\x1b[K${role} ${tool.adapter.name}: ${done}/${total} ${id}`)
          : undefined,
      }),
    );
    if (progress) progress('\r\x1b[K');
    return run;
  };
  const runs: ToolRun[] = [];
  for (const [spec, role] of specs)
    runs.push(await phase(`${role} tool: ${spec.text}`, () => setUpAndRun(spec, role)));
  return runs;
}
