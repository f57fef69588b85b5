// What a discovery tool decided about each interpreter, per scenario: the `tools` part of a report.
import * as z from 'zod/mini';
import { REASON_KINDS } from '../triage/reason-kinds.js';

export const VERDICTS = ['selected', 'accepted', 'rejected', 'skipped', 'unseen'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

export const TOOL_ROLES = ['current', 'baseline'] as const;

const str = z.nullable(z.string());

export const Decision = z.object({
  /** The path as the tool printed it, or the inventory path for interpreters it never mentioned. */
  path: z.string(),
  /** The inventory entry the path belongs to (by path, executable or resolved path); null if none. */
  interpreterId: str,
  verdict: Verdict,
  /** The tool's own words; null for selected, accepted and unseen. */
  reason: str,
  reasonKind: z.nullable(z.enum(REASON_KINDS)),
});
export type Decision = z.infer<typeof Decision>;

export const ScenarioRun = z.object({
  /** Stable across runs and machines: `<tool>:<command>:<request>[:<context>]`. */
  id: z.string(),
  command: z.string(),
  request: str,
  context: str,
  outcome: z.object({ selected: str, error: str }),
  decisions: z.array(Decision),
  durationMs: z.number(),
  exitCode: z.nullable(z.int()),
  /** The run's output, bounded: the evidence behind the decisions. */
  log: z.string().check(z.maxLength(70_000)),
});
export type ScenarioRun = z.infer<typeof ScenarioRun>;

export const ToolRun = z.object({
  name: z.string(),
  version: str,
  role: z.enum(TOOL_ROLES),
  /** How it was invoked: a path, `exec:<template>`, or `uv@<version>`. */
  spec: z.string(),
  scenarios: z.array(ScenarioRun),
});
export type ToolRun = z.infer<typeof ToolRun>;
