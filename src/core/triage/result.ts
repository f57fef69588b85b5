// The triage result: what `triage --json` prints and what the app stores and acts on.
import * as z from 'zod/mini';
import { InterpreterKind } from '../model.js';
import { TOOL_NAMES } from './events.js';
import { PLATFORMS } from './platform.js';
import { REASON_KINDS } from './reason-kinds.js';

export const TRIAGE_SCHEMA_ID = 'interpreter-guard/triage@1';

const str = z.nullable(z.string());
const Mention = { path: z.string(), interpreterKind: InterpreterKind };
const TurnedDown = z.object({
  ...Mention,
  reason: z.string(),
  kind: z.enum(REASON_KINDS),
  source: str,
});

export const TriageResult = z.object({
  schema: z.literal(TRIAGE_SCHEMA_ID),
  discovery: z.boolean(),
  /** Why `discovery` was decided so: each signal that fired, where, and its weight. */
  discoveryEvidence: z.array(z.string()),
  hasLog: z.boolean(),
  hasDiscoveryLog: z.boolean(),
  needsLogs: z.boolean(),
  regression: z.boolean(),
  tool: z.nullable(z.enum(TOOL_NAMES)),
  toolVersion: str,
  platform: z.enum(PLATFORMS),
  platformEvidence: z.array(z.string()),
  request: str,
  found: z.array(z.object({ ...Mention, key: str, version: str, source: str })),
  rejected: z.array(TurnedDown),
  skipped: z.array(TurnedDown),
  selected: z.nullable(z.object({ ...Mention, version: str })),
  finalError: str,
  finalErrorCauses: z.array(z.string()),
  labels: z.array(z.string()),
  fingerprint: z.string(),
  diagnoses: z.array(z.object({ id: z.string(), title: z.string(), evidence: str })),
  logRequest: z.nullable(
    z.object({
      tool: z.nullable(z.enum(TOOL_NAMES)),
      shells: z.array(
        z.object({ shell: z.enum(['bash', 'powershell', 'cmd']), commands: z.array(z.string()) }),
      ),
    }),
  ),
  /** Set when the input was longer than the cap and its middle was not read. */
  truncatedFrom: z.nullable(z.int()),
});
export type TriageResult = z.infer<typeof TriageResult>;
