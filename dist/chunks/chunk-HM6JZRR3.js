import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  createSandbox,
  installerContext,
  runTool
} from "./chunk-TRF62OMY.js";
import {
  parseToolSpec
} from "./chunk-B3HPZIZI.js";
import {
  prepareTool
} from "./chunk-VRY4GEV3.js";
import {
  runProcess
} from "./chunk-RFPC6Q6C.js";
import {
  PYTHON_PREFERENCES,
  defaultRequests,
  parseRequest
} from "./chunk-UNIR2CZ6.js";

// src/tools/plan.ts
var ToolOptionError = class extends Error {
};
function parseToolOptions(o) {
  const spec = (text, flag) => {
    const parsed = parseToolSpec(text);
    if ("error" in parsed) throw new ToolOptionError(`--${flag}: ${parsed.error}`);
    return parsed;
  };
  if (o.uvPreference && !PYTHON_PREFERENCES.includes(o.uvPreference))
    throw new ToolOptionError(
      `--python-preference must be one of ${PYTHON_PREFERENCES.join(", ")}`
    );
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
    ...installerContext({
      cacheDir: o.cacheDir,
      platform: env.platform,
      callerEnv: env.callerEnv,
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
