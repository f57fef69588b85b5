// Runs one tool through its scenarios in the sandbox and records what it decided.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InterpreterEntry } from '../core/model.js';
import { decide } from '../core/tools/decide.js';
import type { ScenarioRun, ToolRun } from '../core/tools/model.js';
import { requestText, type PythonRequest } from '../core/tools/requests.js';
import { lastLines, type ProcessRunner } from '../discovery/process-runner.js';
import { planId, type ToolAdapter } from './adapters/types.js';
import type { Sandbox } from './sandbox.js';

const LOG_KEEP = 32 * 1024;

export interface RunToolOptions {
  adapter: ToolAdapter;
  /** The program to run (absolute path). */
  program: string;
  /** Arguments before the adapter's (an `exec` template's own leading arguments). */
  programArgs?: readonly string[];
  role: ToolRun['role'];
  spec: string;
  inventory: readonly InterpreterEntry[];
  requests: readonly PythonRequest[];
  sandbox: Sandbox;
  runner: ProcessRunner;
  timeoutMs: number;
  onScenario?: (done: number, total: number, id: string) => void;
}

export async function runTool(o: RunToolOptions): Promise<ToolRun> {
  const version = o.adapter.versionArgs ? await readVersion(o) : null;
  const plans = o.adapter.plans(o.requests);
  const scenarios: ScenarioRun[] = [];
  for (const [i, plan] of plans.entries()) {
    const id = planId(o.adapter.name, plan);
    const cwd = await o.sandbox.workdir(id);
    for (const [name, content] of Object.entries(plan.files ?? {}))
      await writeFile(join(cwd, name), content);
    const started = Date.now();
    const first = await run(o, [...(o.programArgs ?? []), ...plan.args], cwd);
    const second = first.exitCode === 0 && plan.followUp ? await run(o, plan.followUp, cwd) : null;
    const output = {
      stdout: second ? `${first.stdout}\n${second.stdout}` : first.stdout,
      stderr: second ? `${first.stderr}\n${second.stderr}` : first.stderr,
      exitCode: first.exitCode,
    };
    const observed = o.adapter.observe(output, plan);
    const { decisions, outcome } = decide(o.inventory, {
      events: observed.events,
      cwd,
      answer: observed.answer,
      exitCode: output.exitCode,
      stderrTail: lastLines(first.failure ?? output.stderr, 3),
    });
    const problems = observed.problems?.length
      ? `\n[interpreter-guard: ${observed.problems.join('; ')}]`
      : '';
    scenarios.push({
      id,
      command: plan.command,
      request: plan.request ? requestText(plan.request) : null,
      context: plan.context,
      outcome,
      decisions,
      durationMs: Date.now() - started,
      exitCode: output.exitCode,
      log: bounded(
        `$ ${[o.adapter.name, ...plan.args].join(' ')}\n${output.stderr}\n${output.stdout}${problems}`,
      ),
    });
    o.onScenario?.(i + 1, plans.length, id);
  }
  return { name: o.adapter.name, version, role: o.role, spec: o.spec, scenarios };
}

async function run(
  o: RunToolOptions,
  args: readonly string[],
  cwd: string,
): Promise<{ stdout: string; stderr: string; exitCode: number | null; failure: string | null }> {
  const result = await o.runner(o.program, args, {
    env: o.sandbox.env,
    cwd,
    timeoutMs: o.timeoutMs,
    maxOutputBytes: 4 * 1024 * 1024,
  });
  switch (result.kind) {
    case 'exited':
      return { stdout: result.stdout, stderr: result.stderr, exitCode: result.code, failure: null };
    case 'timeout':
      return {
        stdout: result.stdout,
        stderr: result.stderr,
        exitCode: null,
        failure: `no answer within ${o.timeoutMs} ms; the tool was stopped`,
      };
    case 'spawn-error':
      return {
        stdout: '',
        stderr: '',
        exitCode: null,
        failure: `cannot run ${o.program}: ${result.message}`,
      };
  }
}

async function readVersion(o: RunToolOptions): Promise<string | null> {
  const cwd = await o.sandbox.workdir('version');
  const result = await run(o, [...(o.programArgs ?? []), ...(o.adapter.versionArgs ?? [])], cwd);
  return o.adapter.readVersion(`${result.stdout}\n${result.stderr}`);
}

function bounded(text: string): string {
  if (text.length <= 2 * LOG_KEEP) return text;
  return `${text.slice(0, LOG_KEEP)}\n[… ${text.length - 2 * LOG_KEEP} characters of the log omitted …]\n${text.slice(-LOG_KEEP)}`;
}
