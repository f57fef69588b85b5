// What the embedded probe script prints, validated before anything trusts it.
import { clip } from '../text.js';
import * as z from 'zod/mini';
import { Libc, PyvenvCfg } from '../model.js';
import { describeSchemaError } from '../schema-error.js';

export const PROBE_MARKER = '@@interpreter-guard-probe@@';

const str = z.nullable(z.string());

export const ProbeFacts = z.object({
  implementation: z.string().check(z.maxLength(64)),
  version: z.string().check(z.maxLength(64)),
  arch: str,
  pointerSize: z.nullable(z.int()),
  platform: z.string().check(z.maxLength(64)),
  libc: z.nullable(Libc),
  executable: str,
  executableRealpath: str,
  baseExecutable: str,
  prefix: z.string(),
  basePrefix: z.string(),
  execPrefix: z.string(),
  baseExecPrefix: z.string(),
  prefixRealpath: z.string(),
  basePrefixRealpath: z.string(),
  realPrefix: str,
  pyvenvCfg: z.nullable(PyvenvCfg),
  externallyManagedMarker: z.boolean(),
  freeThreaded: z.boolean(),
  debug: z.boolean(),
  framework: str,
  condaMeta: z.boolean(),
  condaBase: z.boolean(),
  sitePackages: z.array(z.string()).check(z.maxLength(200)),
});
export type ProbeFacts = z.infer<typeof ProbeFacts>;

export type ProbeParse = { ok: true; facts: ProbeFacts } | { ok: false; detail: string };

/** Finds the probe's marked line in stdout (a sitecustomize may print before it) and validates it. */
export function parseProbeOutput(stdout: string): ProbeParse {
  const at = stdout.lastIndexOf(PROBE_MARKER);
  if (at < 0) return { ok: false, detail: `no probe result in output: ${excerpt(stdout)}` };
  const end = stdout.indexOf('\n', at);
  const text = stdout.slice(at + PROBE_MARKER.length, end < 0 ? undefined : end);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, detail: `probe result is not JSON: ${excerpt(text)}` };
  }
  const parsed = ProbeFacts.safeParse(json);
  if (!parsed.success) {
    return { ok: false, detail: `probe result ${describeSchemaError(parsed.error)}` };
  }
  return { ok: true, facts: parsed.data };
}

function excerpt(text: string): string {
  return clip(text.trim(), 200) || '(empty)';
}
