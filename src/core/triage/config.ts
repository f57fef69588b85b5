// A repository's `.github/interpreter-guard.yml`, validated. Used by the app and by the Action's
// triage mode; an invalid file never leads to destructive actions (see issue-triage.ts).
import * as z from 'zod/mini';
import { DEFAULT_LABELS, type LabelNames } from './decisions.js';
import { TOOL_NAMES, type ToolName } from './events.js';
import { KnowledgeRule } from './knowledge.js';
import { describeSchemaError, firstLineOf } from '../schema-error.js';

const labelName = z.string().check(z.minLength(1), z.maxLength(50));

// Strict: an unknown key is an error, so that a misspelt option (`dryrun: true`) is not silently
// ignored while the app goes on writing.
export const TriageConfigFile = z.strictObject({
  labels: z.optional(
    z.strictObject({
      discovery: z.optional(labelName),
      platformPrefix: z.optional(z.string().check(z.maxLength(30))),
      toolPrefix: z.optional(z.string().check(z.maxLength(30))),
      needsLogs: z.optional(labelName),
      regression: z.optional(labelName),
    }),
  ),
  /** The tool this repository is about, when the repository is not a well-known one. */
  tool: z.optional(z.enum(TOOL_NAMES)),
  /** Only issues about these tools are triaged (all when absent). */
  tools: z.optional(z.array(z.enum(TOOL_NAMES))),
  rules: z.optional(z.array(KnowledgeRule).check(z.maxLength(100))),
  comment: z.optional(z.boolean()),
  dryRun: z.optional(z.boolean()),
  relatedLimit: z.optional(z.int().check(z.minimum(0), z.maximum(10))),
});

export interface TriageConfig {
  labels: LabelNames;
  /** The repository's own tool (`tool:`): the tool every issue there is labelled with. */
  tool: ToolName | null;
  tools: ToolName[] | null;
  rules: KnowledgeRule[];
  comment: boolean;
  dryRun: boolean;
  relatedLimit: number;
  /** Set when the file was invalid: the defaults are used and nothing destructive is done. */
  error: string | null;
}

export const DEFAULT_CONFIG: TriageConfig = {
  labels: DEFAULT_LABELS,
  tool: null,
  tools: null,
  rules: [],
  comment: true,
  dryRun: false,
  relatedLimit: 3,
  error: null,
};

export function parseTriageConfig(raw: unknown): TriageConfig {
  if (raw === null || raw === undefined) return DEFAULT_CONFIG;
  const parsed = TriageConfigFile.safeParse(raw);
  if (!parsed.success) {
    return {
      ...DEFAULT_CONFIG,
      error: `.github/interpreter-guard.yml: ${describeSchemaError(parsed.error)}`,
    };
  }
  const c = parsed.data;
  return {
    labels: { ...DEFAULT_LABELS, ...c.labels },
    tool: c.tool ?? null,
    tools: c.tools ?? null,
    rules: c.rules ?? [],
    comment: c.comment ?? true,
    dryRun: c.dryRun ?? false,
    relatedLimit: c.relatedLimit ?? 3,
    error: null,
  };
}

/** The defaults, with the reason the file could not be read (YAML syntax, say) as the error. */
export function unreadableConfig(reason: string): TriageConfig {
  return {
    ...DEFAULT_CONFIG,
    error: `.github/interpreter-guard.yml cannot be read: ${firstLineOf(reason)}`,
  };
}
