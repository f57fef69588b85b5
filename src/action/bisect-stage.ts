// A leg's bisection (modes all and discover, `bisect: on-regression`): when this leg's tool
// regressed against baseline-tool and both are releases of one tool, find the first release between
// them that brings the change, here, where it was seen (this runner's inventory and fixtures; a
// report job has neither), and record it in the leg's report for the report stage to show.
// Deciding (`bisectPlan`) is apart from doing (`bisectLeg`); a bisection that fails is one warning
// and never the job's failure.
import { analyze } from '../core/diff/analyze.js';
import type { Waiver } from '../core/diff/waivers.js';
import type { Report } from '../core/model.js';
import type { PythonRequest } from '../core/tools/requests.js';
import type { ToolRun } from '../core/tools/model.js';
import type { DiscoveryContext } from '../discovery/context.js';
import { managedDir, type Locations } from '../discovery/locations.js';
import { bisect } from '../tools/bisect.js';
import { compareVersions, isStable, sourceFromEnv } from '../tools/releases.js';
import { parseToolSpec, type NamedTool } from '../tools/spec.js';
import { why } from './guard.js';
import type { Inputs } from './inputs.js';
import type { ActionIo } from './io.js';

export interface BisectPlan {
  tool: NamedTool;
  good: string;
  bad: string;
  goodRun: ToolRun;
  badRun: ToolRun;
}

/**
 * Whether this leg bisects: null when `bisect` is off, a reason when it cannot or need not (said in
 * one line), else the two ends. A release spec's version is the one asked for; a tool from PATH is
 * at the version it printed, when that is a release.
 */
export function bisectPlan(
  inputs: Inputs,
  report: Report,
  waivers: readonly Waiver[],
): BisectPlan | { skip: string } | null {
  if (inputs.bisect === 'off') return null;
  if (inputs.baseline.kind !== 'tool')
    return { skip: `baseline is ${inputs.baseline.kind}, not tool: no two releases to bisect` };
  const runs = report.tools ?? [];
  const current = runs.find((r) => r.role === 'current');
  const baseline = runs.find((r) => r.role === 'baseline');
  const bad = releaseOf(inputs.tool, current);
  const good = releaseOf(inputs['baseline-tool'], baseline);
  if (!current || !baseline || typeof bad === 'string' || typeof good === 'string')
    return {
      skip: `tool and baseline-tool must be releases of one tool (uv@0.5.31, virtualenv@20.26.0, …): ${typeof bad === 'string' ? bad : typeof good === 'string' ? good : 'a tool did not run'}`,
    };
  if (bad.name !== good.name)
    return { skip: `tool (${bad.name}) and baseline-tool (${good.name}) are different tools` };
  if (compareVersions(good.version, bad.version) >= 0)
    return {
      skip: `baseline-tool (${good.name} ${good.version}) is not older than tool (${bad.version})`,
    };
  const analysis = analyze({
    reports: [report],
    baseline: { kind: 'tool', description: 'baseline-tool', reports: null },
    waivers,
    expectedLegs: [],
  });
  if (!analysis.counts.regression)
    return {
      skip: `no regression on this leg between ${good.name} ${good.version} and ${bad.version}`,
    };
  return {
    tool: good.name,
    good: good.version,
    bad: bad.version,
    goodRun: baseline,
    badRun: current,
  };
}

/** The tool and release version a spec ran, or why it is not one. */
function releaseOf(
  text: string | null,
  run: ToolRun | undefined,
): { name: NamedTool; version: string } | string {
  const spec = text ? parseToolSpec(text) : null;
  if (!spec || 'error' in spec || spec.kind === 'exec') return `"${text ?? ''}" is not a release`;
  const version = spec.kind === 'release' ? spec.version : (run?.version ?? '');
  const release = parseToolSpec(`${spec.name}@${version}`);
  if ('error' in release || !isStable(version))
    return `${spec.text} is at "${version || 'an unknown version'}", not a release`;
  return { name: spec.name, version };
}

export interface LegMachine {
  ctx: DiscoveryContext;
  /** Where managers keep interpreters, as the leg's inventory found them. */
  locations: Locations;
  platform: NodeJS.Platform;
  cacheDir: string;
  toolTimeoutMs: number;
  /** The requests the leg's tools ran; derived from the inventory when null, as they were. */
  requests: PythonRequest[] | null;
}

/** The leg's report, with the bisection's result when there was one to make. */
export async function bisectLeg(
  inputs: Inputs,
  io: ActionIo,
  report: Report,
  machine: LegMachine,
  waivers: readonly Waiver[],
): Promise<Report> {
  const plan = bisectPlan(inputs, report, waivers);
  if (!plan) return report;
  if ('skip' in plan) {
    io.info(`interpreter-guard: not bisected: ${plan.skip}.`);
    return report;
  }
  const { tool, good, bad } = plan;
  return io.group(`bisect: ${tool} ${good} … ${bad}`, async () => {
    const { ctx } = machine;
    try {
      const result = await bisect({
        tool,
        good,
        bad,
        versions: null,
        requests: machine.requests,
        inventory: report.interpreters,
        runner: report.runner,
        os: ctx.os,
        platform: machine.platform,
        callerEnv: ctx.env,
        cwd: ctx.cwd,
        uvPythonDir: managedDir(machine.locations, 'uv'),
        cacheDir: machine.cacheDir,
        timeoutMs: machine.toolTimeoutMs,
        uvPreference: inputs['python-preference'],
        maxProbes: inputs['bisect-max-probes'],
        endpoints: { good: plan.goodRun, bad: plan.badRun },
        // uv's releases are listed with the workflow's token: GitHub's unauthenticated limit is
        // shared by every job on a hosted runner's address.
        releaseSource: {
          ...sourceFromEnv(ctx.env),
          token: ctx.env.GITHUB_TOKEN || inputs['github-token'] || null,
        },
        onProgress: (line) => io.info(line),
      });
      io.info(`interpreter-guard: ${result.summary}.`);
      return { ...report, bisect: result };
    } catch (error) {
      if (error instanceof Error && error.stack) io.debug(error.stack);
      io.warning(
        `interpreter-guard: no bisection of ${tool} ${good} … ${bad} (${why(error)}); the report goes on without it.`,
      );
      return report;
    }
  });
}
