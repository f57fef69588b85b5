// Assembles and validates inventory reports.
import { Report, REPORT_SCHEMA_ID, type InterpreterEntry, type Runner } from '../model.js';

export function assembleReport(parts: {
  generatorVersion: string;
  generatedAt: string;
  runner: Runner;
  interpreters: InterpreterEntry[];
}): Report {
  return {
    schema: REPORT_SCHEMA_ID,
    generator: { name: 'interpreter-guard', version: parts.generatorVersion },
    generatedAt: parts.generatedAt,
    runner: parts.runner,
    interpreters: parts.interpreters,
  };
}

export type ReportParse = { ok: true; report: Report } | { ok: false; error: string };

/** Validates untrusted report data; the error names the first offending field. */
export function parseReport(data: unknown): ReportParse {
  const parsed = Report.safeParse(data);
  if (parsed.success) return { ok: true, report: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : '(root)';
  return { ok: false, error: `invalid report: field "${field}": ${issue?.message ?? 'invalid'}` };
}
