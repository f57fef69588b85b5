// Leg reports made from data, for the report stage's tests: a baseline tool that accepted `n`
// interpreters and a current tool that turns them all down (n regressions). The runner comes from
// the real runnerInfo and each report passes the real schema, so they stay what a leg writes.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assembleReport, parseReport } from '../../src/core/inventory/report.js';
import type { Report } from '../../src/core/model.js';
import type { ToolRun } from '../../src/core/tools/model.js';
import { runnerInfo } from '../../src/discovery/runner-info.js';

/** `context`: what stage 1 records, e.g. `{ pullRequest: 7 }` (the fork's data: only a hint). */
export function regressedReport(leg: string, n: number, context?: Report['context']): Report {
  const paths = Array.from({ length: n }, (_, i) => `/opt/envs/env-${i}/bin/python3`);
  const run = (role: ToolRun['role'], accept: boolean): ToolRun => ({
    name: 'policy',
    version: role === 'current' ? '2.0' : '1.0',
    role,
    spec: `exec:policy-tool${accept ? ' --lenient' : ''} {request}`,
    scenarios: [
      {
        id: 'policy:find:3.12',
        command: 'find',
        request: '3.12',
        context: null,
        outcome: { selected: null, error: null },
        decisions: paths.map((path) => ({
          path,
          interpreterId: null,
          verdict: accept ? 'accepted' : 'rejected',
          reason: accept ? null : 'is a virtual environment',
          reasonKind: null,
        })),
        durationMs: 1,
        exitCode: 0,
        log: '',
      },
    ],
  });
  const report = assembleReport({
    generatorVersion: 'test',
    generatedAt: '2026-11-25T00:00:00.000Z',
    runner: runnerInfo('linux', {}, leg),
    interpreters: [],
    tools: [run('current', false), run('baseline', true)],
  });
  const parsed = parseReport(JSON.parse(JSON.stringify(context ? { ...report, context } : report)));
  if (!parsed.ok)
    throw new Error(`the synthetic report no longer fits the schema: ${parsed.error}`);
  return parsed.report;
}

export async function writeReport(dir: string, file: string, report: Report): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, file);
  await writeFile(path, JSON.stringify(report));
  return path;
}
