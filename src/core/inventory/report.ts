// Assembles and validates inventory reports.
import { Report, REPORT_SCHEMA_ID, type InterpreterEntry, type Runner } from '../model.js';
import type { ToolRun } from '../tools/model.js';
import { describeSchemaError } from '../schema-error.js';

export function assembleReport(parts: {
  generatorVersion: string;
  generatedAt: string;
  runner: Runner;
  interpreters: InterpreterEntry[];
  tools?: ToolRun[];
}): Report {
  return {
    schema: REPORT_SCHEMA_ID,
    generator: { name: 'interpreter-guard', version: parts.generatorVersion },
    generatedAt: parts.generatedAt,
    runner: parts.runner,
    interpreters: parts.interpreters,
    tools: parts.tools ?? [],
  };
}

export type ReportParse = { ok: true; report: Report } | { ok: false; error: string };

/** Validates untrusted report data; the error names the first offending field. */
export function parseReport(data: unknown): ReportParse {
  const parsed = Report.safeParse(data);
  if (parsed.success) return { ok: true, report: parsed.data };
  return { ok: false, error: `invalid report: ${describeSchemaError(parsed.error)}` };
}
