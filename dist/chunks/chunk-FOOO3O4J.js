import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  installerContext,
  runTool,
  withSandbox
} from "./chunk-LUVARDWP.js";
import {
  parseToolSpec
} from "./chunk-B3HPZIZI.js";
import {
  managedDir
} from "./chunk-OBQXWPN7.js";
import {
  runProcess
} from "./chunk-QCEWS4X5.js";
import {
  prepareContext,
  prepareTool
} from "./chunk-DAVLWF5Z.js";
import {
  PYTHON_PREFERENCES,
  defaultRequests,
  parseRequest
} from "./chunk-IDZS62K4.js";

// src/tools/plan.ts
var ToolOptionError = class extends Error {
};
function parseToolOptions(o) {
  const spec = (text, flag) => {
    const parsed = parseToolSpec(text);
    if ("error" in parsed) throw new ToolOptionError(`--${flag}: ${parsed.error}`);
    return parsed;
  };
  const requests = parseRequestOptions(o.requests, o.uvPreference);
  return {
    current: spec(o.tool, "tool"),
    baseline: o.baselineTool ? spec(o.baselineTool, "baseline-tool") : null,
    requests
  };
}
function parseRequestOptions(requests, uvPreference) {
  if (uvPreference && !PYTHON_PREFERENCES.includes(uvPreference))
    throw new ToolOptionError(
      `--python-preference must be one of ${PYTHON_PREFERENCES.join(", ")}`
    );
  return requests?.map((r) => {
    const parsed = parseRequest(r);
    if ("error" in parsed) throw new ToolOptionError(`--request: ${parsed.error}`);
    return parsed;
  }) ?? null;
}
async function runTools(parsed, o, env) {
  const { os, inventory, progress } = env;
  const phase = env.phase ?? ((_name, work) => work());
  const requests = parsed.requests ?? defaultRequests(inventory);
  const context = prepareContext(
    { cwd: env.cwd, callerEnv: env.callerEnv, os, uvPreference: o.uvPreference ?? null },
    installerContext({
      cacheDir: o.cacheDir,
      platform: env.platform,
      callerEnv: env.callerEnv,
      onProgress: progress ?? void 0
    })
  );
  const specs = [[parsed.current, "current"]];
  if (parsed.baseline) specs.push([parsed.baseline, "baseline"]);
  const sandboxOptions = {
    os,
    inventory,
    callerEnv: env.callerEnv,
    uvPythonDir: managedDir(env.locations, "uv")
  };
  const setUpAndRun = async (spec, role) => {
    const tool = await prepareTool(spec, context);
    const run = await withSandbox(
      sandboxOptions,
      (sandbox) => runTool({
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
    if (progress) progress("\r\x1B[K");
    return run;
  };
  const runs = [];
  for (const [spec, role] of specs)
    runs.push(await phase(`${role} tool: ${spec.text}`, () => setUpAndRun(spec, role)));
  return runs;
}

export {
  ToolOptionError,
  parseToolOptions,
  parseRequestOptions,
  runTools
};
