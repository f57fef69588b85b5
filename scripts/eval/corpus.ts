// Reads an annotated corpus of real issue threads (`issues/*.md` + `annotations-*.jsonl`) and the
// project's corrections to it (`eval/corrections.jsonl`). Every line is validated; a bad one is
// named by file, line and field.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';

export const Annotation = z.object({
  file: z.string().regex(/^[\w.-]+\.md$/),
  repo: z.string(),
  number: z.number().int(),
  category: z.enum(['A', 'B', 'C', 'D']),
  discovery: z.boolean(),
  has_log: z.boolean(),
  has_discovery_log: z.boolean(),
  tool: z.string().nullable(),
  tool_version: z.string().nullable(),
  platform: z.string(),
  reasons: z.array(z.string()),
  rejected_paths: z.array(z.string()),
  selected_path: z.string().nullable(),
  final_error: z.string().nullable(),
});
export type Annotation = z.infer<typeof Annotation>;

const CORRECTABLE = [
  'discovery',
  'has_log',
  'has_discovery_log',
  'tool',
  'tool_version',
  'platform',
  'reasons',
  'rejected_paths',
  'selected_path',
  'final_error',
] as const;

export const Correction = z.strictObject({
  file: z.string(),
  field: z.enum(CORRECTABLE),
  value: z.unknown(),
  reason: z.string().min(10),
});
export type Correction = z.infer<typeof Correction>;

export interface CorpusIssue {
  annotation: Annotation;
  text: string;
}

export class CorpusError extends Error {}

export function loadCorpus(dir: string): CorpusIssue[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new CorpusError(
      `no corpus at ${dir}: give --corpus DIR (a folder with issues/*.md and annotations-*.jsonl)`,
    );
  const issuesDir = join(dir, 'issues');
  const files = readdirSync(dir).filter((f) => /^annotations.*\.jsonl$/.test(f));
  if (!files.length || !existsSync(issuesDir))
    throw new CorpusError(`${dir} has no annotations-*.jsonl or no issues/ folder`);
  const issues: CorpusIssue[] = [];
  for (const file of files.sort()) {
    readJsonLines(join(dir, file)).forEach(({ value, line }) => {
      const parsed = Annotation.safeParse(value);
      if (!parsed.success) throw new CorpusError(`${file}:${line}: ${fieldError(parsed.error)}`);
      const path = join(issuesDir, parsed.data.file);
      if (!existsSync(path))
        throw new CorpusError(`${file}:${line}: issues/${parsed.data.file} is missing`);
      issues.push({ annotation: parsed.data, text: readFileSync(path, 'utf8') });
    });
  }
  return issues.sort((a, b) => a.annotation.file.localeCompare(b.annotation.file));
}

export function loadCorrections(path: string): Correction[] {
  if (!existsSync(path)) return [];
  return readJsonLines(path).map(({ value, line }) => {
    const parsed = Correction.safeParse(value);
    if (!parsed.success) throw new CorpusError(`${path}:${line}: ${fieldError(parsed.error)}`);
    return parsed.data;
  });
}

/** Applies the corrections that name an issue of this corpus; returns how many did. */
export function applyCorrections(issues: CorpusIssue[], corrections: Correction[]): number {
  const byFile = new Map(issues.map((i) => [i.annotation.file, i]));
  let applied = 0;
  for (const c of corrections) {
    const issue = byFile.get(c.file);
    if (!issue) continue;
    const next = Annotation.safeParse({ ...issue.annotation, [c.field]: c.value });
    if (!next.success) throw new CorpusError(`correction for ${c.file}: ${fieldError(next.error)}`);
    issue.annotation = next.data;
    applied++;
  }
  return applied;
}

function readJsonLines(path: string): { value: unknown; line: number }[] {
  const out: { value: unknown; line: number }[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text.trim()) return;
      try {
        out.push({ value: JSON.parse(text), line: i + 1 });
      } catch (error) {
        throw new CorpusError(`${path}:${i + 1}: not JSON (${(error as Error).message})`);
      }
    });
  return out;
}

function fieldError(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `field "${issue.path.join('.') || '(root)'}": ${issue.message}` : 'invalid';
}
