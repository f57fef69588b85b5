// The `--tool` part of `discover`: run the tool under test (and a baseline) over the inventory.
import type { InterpreterEntry, OsName } from '../core/model.js';
import type { ToolRun } from '../core/tools/model.js';
import { defaultRequests, parseRequest, type PythonRequest } from '../core/tools/requests.js';
import type { Locations } from '../discovery/locations.js';
import { runProcess } from '../discovery/process-runner.js';
import { prepareTool, type PreparedTool } from '../tools/prepare.js';
import { runTool } from '../tools/runner.js';
import { createSandbox } from '../tools/sandbox.js';
import { parseToolSpec, type ToolSpec } from '../tools/spec.js';
import { installUvRelease } from '../tools/uv-release.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage.js';

export interface ToolOptions {
  tool: string;
  baselineTool: string | undefined;
  requests: string[] | undefined;
  uvPreference: string | undefined;
  timeoutMs: number;
  cacheDir: string;
}

const PREFERENCES = ['only-managed', 'managed', 'system', 'only-system'];

/** Parses the tool options up front, so a typo fails before the inventory is taken. */
export function parseToolOptions(o: ToolOptions): {
  current: ToolSpec;
  baseline: ToolSpec | null;
  requests: PythonRequest[] | null;
} {
  const spec = (text: string, flag: string): ToolSpec => {
    const parsed = parseToolSpec(text);
    if ('error' in parsed) throw new UsageError(`--${flag}: ${parsed.error}`);
    return parsed;
  };
  if (o.uvPreference && !PREFERENCES.includes(o.uvPreference))
    throw new UsageError(`--python-preference must be one of ${PREFERENCES.join(', ')}`);
  const requests = o.requests?.map((r) => {
    const parsed = parseRequest(r);
    if ('error' in parsed) throw new UsageError(`--request: ${parsed.error}`);
    return parsed;
  });
  return {
    current: spec(o.tool, 'tool'),
    baseline: o.baselineTool ? spec(o.baselineTool, 'baseline-tool') : null,
    requests: requests ?? null,
  };
}

export async function runTools(
  parsed: ReturnType<typeof parseToolOptions>,
  o: ToolOptions,
  env: {
    io: CliIo;
    os: OsName;
    inventory: InterpreterEntry[];
    locations: Locations;
    progress: ((text: string) => void) | null;
  },
): Promise<ToolRun[]> {
  const { io, os, inventory, locations, progress } = env;
  const requests = parsed.requests ?? defaultRequests(inventory);
  const context = {
    cwd: io.cwd,
    pathVar: io.env.PATH ?? '',
    windows: os === 'windows',
    uvPreference: o.uvPreference ?? null,
    installUv: (version: string) =>
      installUvRelease({
        version,
        cacheDir: o.cacheDir,
        platform: io.platform,
        arch: process.arch,
        runner: runProcess,
        onProgress: progress ?? undefined,
      }),
  };
  const tools: [PreparedTool, ToolRun['role']][] = [
    [await prepareTool(parsed.current, context), 'current'],
  ];
  if (parsed.baseline) tools.push([await prepareTool(parsed.baseline, context), 'baseline']);

  const sandbox = await createSandbox({
    os,
    inventory,
    callerEnv: io.env,
    uvPythonDir: locations.managedDirs.find((d) => d.manager === 'uv')?.dir ?? '',
  });
  try {
    const runs: ToolRun[] = [];
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
          onScenario: progress
            ? (done, total, id) =>
                progress(`\r\x1b[K${role} ${tool.adapter.name}: ${done}/${total} ${id}`)
            : undefined,
        }),
      );
    }
    if (progress) progress('\r\x1b[K');
    return runs;
  } finally {
    await sandbox.dispose();
  }
}
