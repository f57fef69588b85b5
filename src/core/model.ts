// The inventory data model: what one interpreter is, and the report that carries them.
// These schemas are the contract other layers, the Action and users' tooling rely on.
// zod/mini: the same validation with a tree-shakeable API; full zod adds ~750 KB to every
// bundle and ~35 ms to every start of the CLI.
import * as z from 'zod/mini';
import { BisectResult } from './tools/bisect-search.js';
import { ToolRun } from './tools/model.js';

export const REPORT_SCHEMA_ID = 'interpreter-guard/report@1';

/** What an interpreter is, decided by `classify` (see classify.ts for each rule). */
export const INTERPRETER_KINDS = [
  'system',
  'venv',
  'nix-store',
  'nix-env',
  'conda-base',
  'conda-env',
  'pyenv',
  'shim',
  'homebrew',
  'framework',
  'uv-managed',
  'windows-store-shim',
  'registry',
  'unknown',
] as const;
export const InterpreterKind = z.enum(INTERPRETER_KINDS);
export type InterpreterKind = z.infer<typeof InterpreterKind>;

/** How querying an interpreter failed; failures are data, never crashes. */
export const ERROR_KINDS = [
  'exit',
  'timeout',
  'spawn',
  'not-executable',
  'invalid-output',
] as const;
export const ProbeErrorKind = z.enum(ERROR_KINDS);
export type ProbeErrorKind = z.infer<typeof ProbeErrorKind>;

export const ProbeError = z.object({
  kind: ProbeErrorKind,
  detail: z.string().check(z.maxLength(4000)),
});
export type ProbeError = z.infer<typeof ProbeError>;

/** Where a candidate path came from. */
export const PROVIDER_NAMES = [
  'path',
  'virtual-env',
  'conda-prefix',
  'dot-venv',
  'pyenv',
  'asdf',
  'mise',
  'rye',
  'uv-managed',
  'conda',
  'nix',
  'homebrew',
  'macos-framework',
  'windows-registry',
  'py-launcher',
  'windows-store',
  'explicit',
] as const;
export const ProviderName = z.enum(PROVIDER_NAMES);
export type ProviderName = z.infer<typeof ProviderName>;

export const OS_NAMES = ['linux', 'macos', 'windows', 'freebsd', 'other'] as const;
export const OsName = z.enum(OS_NAMES);
export type OsName = z.infer<typeof OsName>;

const nullableString = z.nullable(z.string());

export const Libc = z.object({
  name: z.nullable(z.enum(['glibc', 'musl'])),
  version: nullableString,
});

export const PyvenvCfg = z.object({
  /** Path of the pyvenv.cfg that applies to this interpreter, if any. */
  path: z.string(),
  home: nullableString,
});

export const InterpreterEntry = z.object({
  /** Shared by every path that reaches the same interpreter (python, python3, a shim, …). */
  id: z.string().check(z.minLength(1)),
  /** The path as found (absolute, not resolved). */
  path: z.string().check(z.minLength(1)),
  realpath: nullableString,
  kind: InterpreterKind,
  /** One short sentence saying which rule decided `kind`. */
  why: z.string(),
  implementation: nullableString,
  version: nullableString,
  arch: nullableString,
  pointerSize: z.nullable(z.int()),
  os: nullableString,
  libc: z.nullable(Libc),
  executable: nullableString,
  baseExecutable: nullableString,
  prefix: nullableString,
  basePrefix: nullableString,
  execPrefix: nullableString,
  baseExecPrefix: nullableString,
  pyvenvCfg: z.nullable(PyvenvCfg),
  externallyManaged: z.boolean(),
  freeThreaded: z.boolean(),
  debug: z.boolean(),
  sitePackages: z.array(z.string()),
  providers: z.array(ProviderName).check(z.minLength(1)),
  /** Set when the path was resolved without running it (a pyenv shim read statically). */
  resolvedTo: nullableString,
  error: z.nullable(ProbeError),
});
export type InterpreterEntry = z.infer<typeof InterpreterEntry>;

export const Runner = z.object({
  os: OsName,
  arch: z.string(),
  release: z.string(),
  /** Leg name in a matrix; null on a laptop. */
  leg: nullableString,
  nixStoreDir: z.string(),
  // The directories that differ from one runner to the next, so a comparison can match paths
  // below them with the same paths on another runner. Optional: reports made before they were
  // recorded still parse, and are compared with the directories the caller supplies.
  /** The runner's temporary directory: RUNNER_TEMP, else the OS's (where fixtures are built). */
  tempDir: z.optional(z.string()),
  /** The user's home directory (HOME, USERPROFILE on Windows). */
  homeDir: z.optional(z.string()),
  /** The checkout: GITHUB_WORKSPACE, else the working directory discovery ran in. */
  workspaceDir: z.optional(z.string()),
});
export type Runner = z.infer<typeof Runner>;

/** What the run that made a report was for; every field optional, so older reports still parse. */
export const ReportContext = z.object({
  /**
   * The pull request of the event the leg ran on (the Action's mode discover on `pull_request`).
   * Only a hint: the second stage of the fork-safe setup checks it with GitHub before using it.
   */
  pullRequest: z.optional(z.int().check(z.positive())),
});
export type ReportContext = z.infer<typeof ReportContext>;

export const Report = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  generator: z.object({ name: z.literal('interpreter-guard'), version: z.string() }),
  generatedAt: z.string(),
  runner: Runner,
  interpreters: z.array(InterpreterEntry),
  /** What discovery tools decided about these interpreters (empty when no tool was run). */
  tools: z.optional(z.array(ToolRun)),
  /** Which release brought this leg's regressions (the Action's `bisect: on-regression`). */
  bisect: z.optional(BisectResult),
  context: z.optional(ReportContext),
});
export type Report = z.infer<typeof Report>;
