import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  runnerInfo,
  takeInventory
} from "./chunk-M76EFTY3.js";
import {
  VERSION
} from "./chunk-CVTBCMPL.js";
import {
  REPORT_SCHEMA_ID,
  Report
} from "./chunk-RCXO3FIE.js";
import {
  describeSchemaError
} from "./chunk-GFEQNXH2.js";

// src/core/inventory/report.ts
function assembleReport(parts) {
  return {
    schema: REPORT_SCHEMA_ID,
    generator: { name: "interpreter-guard", version: parts.generatorVersion },
    generatedAt: parts.generatedAt,
    runner: parts.runner,
    interpreters: parts.interpreters,
    tools: parts.tools ?? []
  };
}
function parseReport(data) {
  const parsed = Report.safeParse(data);
  if (parsed.success) return { ok: true, report: parsed.data };
  return { ok: false, error: `invalid report: ${describeSchemaError(parsed.error)}` };
}

// src/pipeline/discover-report.ts
async function discoverReport(o) {
  const phase = o.phase ?? ((_name, work) => work());
  const debug = o.debug ?? (() => {
  });
  const extraEnv = o.fixtures ? await phase("fixtures", o.fixtures) : {};
  const ctx = { ...o.ctx, env: { ...o.ctx.env, ...extraEnv } };
  const inventory = await phase("inventory", () => takeInventory(ctx, o.inventory));
  debug(`inventory: ${inventory.interpreters.length} interpreter paths`);
  for (const i of inventory.interpreters) debug(`  ${i.path} (${i.providers.join(", ")})`);
  let tools = [];
  if (o.tools) {
    const { runTools } = await import("./plan-SIZT2VWZ.js");
    tools = await runTools(o.tools.parsed, o.tools.options, {
      os: o.ctx.os,
      platform: o.platform,
      cwd: o.ctx.cwd,
      // The caller's own environment: fixture interpreters reach the tool through the inventory.
      callerEnv: o.ctx.env,
      inventory: inventory.interpreters,
      locations: inventory.locations,
      progress: o.progress,
      phase
    });
    for (const run of tools)
      debug(`${run.role} ${run.name} ${run.version ?? ""}: ${run.scenarios.length} scenarios`);
  }
  const report = assembleReport({
    generatorVersion: VERSION,
    generatedAt: (/* @__PURE__ */ new Date()).toISOString(),
    runner: runnerInfo(o.ctx.os, ctx.env, o.leg, o.ctx.cwd),
    interpreters: inventory.interpreters,
    tools
  });
  return { report, locations: inventory.locations };
}

export {
  parseReport,
  discoverReport
};
