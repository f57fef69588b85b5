// One leg's report, the same way for the CLI (`discover --tool`) and the Action: fixtures (Action
// only) → inventory → each tool in turn → the report. Each step (each tool too) runs as a named
// phase, so the Action can fold it into a log group.
import type { Report } from '../core/model.js';
import { assembleReport } from '../core/inventory/report.js';
import type { ToolRun } from '../core/tools/model.js';
import type { DiscoveryContext } from '../discovery/context.js';
import { takeInventory, type InventoryOptions } from '../discovery/inventory.js';
import type { Locations } from '../discovery/locations.js';
import { runnerInfo } from '../discovery/runner-info.js';
import type { parseToolOptions, Phase, ToolOptions } from '../tools/plan.js';
import { VERSION } from '../version.js';

export interface DiscoverReportOptions {
  ctx: DiscoveryContext;
  inventory: InventoryOptions;
  /** Builds interpreter layouts first; the environment it returns makes them discoverable. */
  fixtures?: () => Promise<NodeJS.ProcessEnv>;
  /** The tools to run over the inventory (parsed up front, so a typo fails before any work). */
  tools: { options: ToolOptions; parsed: ReturnType<typeof parseToolOptions> } | null;
  platform: NodeJS.Platform;
  leg: string | null;
  progress: ((text: string) => void) | null;
  phase?: Phase;
  /** Details for a debug log: counts, paths. */
  debug?: (message: string) => void;
}

/** The leg's report, and where this machine's managers keep interpreters (for a bisection). */
export interface DiscoveredLeg {
  report: Report;
  locations: Locations;
}

export async function discoverReport(o: DiscoverReportOptions): Promise<DiscoveredLeg> {
  const phase: Phase = o.phase ?? ((_name, work) => work());
  const debug = o.debug ?? (() => {});
  const extraEnv = o.fixtures ? await phase('fixtures', o.fixtures) : {};
  const ctx = { ...o.ctx, env: { ...o.ctx.env, ...extraEnv } };

  const inventory = await phase('inventory', () => takeInventory(ctx, o.inventory));
  debug(`inventory: ${inventory.interpreters.length} interpreter paths`);
  for (const i of inventory.interpreters) debug(`  ${i.path} (${i.providers.join(', ')})`);

  let tools: ToolRun[] = [];
  if (o.tools) {
    // The tool-run machinery is loaded only when a tool is to be run.
    const { runTools } = await import('../tools/plan.js');
    // One call for the leg's tools (one sandbox); runTools runs each as its own phase.
    tools = await runTools(o.tools.parsed, o.tools.options, {
      os: o.ctx.os,
      platform: o.platform,
      cwd: o.ctx.cwd,
      // The caller's own environment: fixture interpreters reach the tool through the inventory.
      callerEnv: o.ctx.env,
      inventory: inventory.interpreters,
      locations: inventory.locations,
      progress: o.progress,
      phase,
    });
    for (const run of tools)
      debug(`${run.role} ${run.name} ${run.version ?? ''}: ${run.scenarios.length} scenarios`);
  }

  const report = assembleReport({
    generatorVersion: VERSION,
    generatedAt: new Date().toISOString(),
    runner: runnerInfo(o.ctx.os, ctx.env, o.leg, o.ctx.cwd),
    interpreters: inventory.interpreters,
    tools,
  });
  return { report, locations: inventory.locations };
}
