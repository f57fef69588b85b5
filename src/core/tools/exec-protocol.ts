// The `exec` protocol: a tool of your own prints one JSON object per line on stdout,
// {"path": "...", "verdict": "selected|accepted|rejected|skipped", "reason": "..." | null},
// and exits 0 when it selected an interpreter, non-zero (stderr = its error) when it found none.
import * as z from 'zod/mini';
import type { LogEvent } from '../triage/events.js';
import { reasonKindOfText } from '../triage/reason-kinds.js';
import { describeSchemaError } from '../schema-error.js';

const ExecLine = z.object({
  path: z.string().check(z.minLength(1), z.maxLength(4096)),
  verdict: z.enum(['selected', 'accepted', 'rejected', 'skipped']),
  reason: z.optional(z.nullable(z.string().check(z.maxLength(2000)))),
});

export interface ExecParse {
  events: LogEvent[];
  /** Lines that were not protocol objects, with why: shown to the user, never fatal. */
  problems: string[];
}

export function parseExecOutput(stdout: string): ExecParse {
  const events: LogEvent[] = [];
  const problems: string[] = [];
  const lines = stdout.split('\n');
  for (let i = 0; i < lines.length && events.length < 5000; i++) {
    const text = (lines[i] ?? '').trim();
    if (!text) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      if (problems.length < 20) problems.push(`line ${i + 1}: not JSON`);
      continue;
    }
    const parsed = ExecLine.safeParse(data);
    if (!parsed.success) {
      if (problems.length < 20)
        problems.push(`line ${i + 1}: ${describeSchemaError(parsed.error)}`);
      continue;
    }
    const { path, verdict } = parsed.data;
    const reason = parsed.data.reason ?? null;
    const base = { tool: 'exec' as const, line: i + 1 };
    if (verdict === 'selected') events.push({ ...base, type: 'selected', path, version: null });
    else if (verdict === 'accepted')
      events.push({ ...base, type: 'found', path, key: null, version: null, source: null });
    else
      events.push({
        ...base,
        type: verdict,
        path,
        reason: reason ?? verdict,
        reasonKind: reasonKindOfText(reason ?? ''),
        source: null,
      });
  }
  return { events, problems };
}
