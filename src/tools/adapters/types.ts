// What an adapter knows about one tool: how to ask its version, which scenarios it can run and in
// which argument syntax, and how to read what it printed.
import { scenarioId, type PythonRequest } from '../../core/tools/requests.js';
import type { LogEvent } from '../../core/triage/events.js';

export interface ScenarioPlan {
  /** For people and for the scenario id: `python find --system`, `-p`, `use`. */
  command: string;
  request: PythonRequest | null;
  context: string | null;
  args: string[];
  /** Run after a successful `args` (poetry's `env info`, which names the base interpreter). */
  followUp?: string[];
  /** Files to create in the working directory first (a pyproject.toml for pdm and poetry). */
  files?: Record<string, string>;
}

/** The id a plan's scenario runs under (`uv:python-find:3.12`, plus `:context`): one for every caller. */
export function planId(tool: string, plan: ScenarioPlan): string {
  return scenarioId(tool, plan.command, plan.request) + (plan.context ? `:${plan.context}` : '');
}

export interface RunOutput {
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

export interface ToolAdapter {
  name: string;
  versionArgs: string[] | null;
  readVersion(output: string): string | null;
  plans(requests: readonly PythonRequest[]): ScenarioPlan[];
  /** Events from the run, and the path the command printed as its answer (if it prints one). */
  observe(
    output: RunOutput,
    plan: ScenarioPlan,
  ): { events: LogEvent[]; answer: string | null; problems?: string[] };
}
