import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  BisectResult
} from "./chunk-V3IDQTPU.js";
import {
  REASON_KINDS
} from "./chunk-IDZS62K4.js";
import {
  _enum,
  _maxLength,
  _minLength,
  _positive,
  array,
  boolean,
  int,
  literal,
  nullable,
  number,
  object,
  optional,
  string
} from "./chunk-ZA7TPQS4.js";

// src/core/tools/model.ts
var VERDICTS = ["selected", "accepted", "rejected", "skipped", "unseen"];
var Verdict = _enum(VERDICTS);
var TOOL_ROLES = ["current", "baseline"];
var str = nullable(string());
var Decision = object({
  /** The path as the tool printed it, or the inventory path for interpreters it never mentioned. */
  path: string(),
  /** The inventory entry the path belongs to (by path, executable or resolved path); null if none. */
  interpreterId: str,
  verdict: Verdict,
  /** The tool's own words; null for selected, accepted and unseen. */
  reason: str,
  reasonKind: nullable(_enum(REASON_KINDS))
});
var ScenarioRun = object({
  /** Stable across runs and machines: `<tool>:<command>:<request>[:<context>]`. */
  id: string(),
  command: string(),
  request: str,
  context: str,
  outcome: object({ selected: str, error: str }),
  decisions: array(Decision),
  durationMs: number(),
  exitCode: nullable(int()),
  /** The run's output, bounded: the evidence behind the decisions. */
  log: string().check(_maxLength(7e4))
});
var ToolRun = object({
  name: string(),
  version: str,
  role: _enum(TOOL_ROLES),
  /** How it was invoked: a path, `exec:<template>`, or `uv@<version>`. */
  spec: string(),
  scenarios: array(ScenarioRun)
});

// src/core/model.ts
var REPORT_SCHEMA_ID = "interpreter-guard/report@1";
var INTERPRETER_KINDS = [
  "system",
  "venv",
  "nix-store",
  "nix-env",
  "conda-base",
  "conda-env",
  "pyenv",
  "shim",
  "homebrew",
  "framework",
  "uv-managed",
  "windows-store-shim",
  "registry",
  "unknown"
];
var InterpreterKind = _enum(INTERPRETER_KINDS);
var ERROR_KINDS = [
  "exit",
  "timeout",
  "spawn",
  "not-executable",
  "invalid-output"
];
var ProbeErrorKind = _enum(ERROR_KINDS);
var ProbeError = object({
  kind: ProbeErrorKind,
  detail: string().check(_maxLength(4e3))
});
var PROVIDER_NAMES = [
  "path",
  "virtual-env",
  "conda-prefix",
  "dot-venv",
  "pyenv",
  "asdf",
  "mise",
  "rye",
  "uv-managed",
  "conda",
  "nix",
  "homebrew",
  "macos-framework",
  "windows-registry",
  "py-launcher",
  "windows-store",
  "explicit"
];
var ProviderName = _enum(PROVIDER_NAMES);
var OS_NAMES = ["linux", "macos", "windows", "freebsd", "other"];
var OsName = _enum(OS_NAMES);
var nullableString = nullable(string());
var Libc = object({
  name: nullable(_enum(["glibc", "musl"])),
  version: nullableString
});
var PyvenvCfg = object({
  /** Path of the pyvenv.cfg that applies to this interpreter, if any. */
  path: string(),
  home: nullableString
});
var InterpreterEntry = object({
  /** Shared by every path that reaches the same interpreter (python, python3, a shim, …). */
  id: string().check(_minLength(1)),
  /** The path as found (absolute, not resolved). */
  path: string().check(_minLength(1)),
  realpath: nullableString,
  kind: InterpreterKind,
  /** One short sentence saying which rule decided `kind`. */
  why: string(),
  implementation: nullableString,
  version: nullableString,
  arch: nullableString,
  pointerSize: nullable(int()),
  os: nullableString,
  libc: nullable(Libc),
  executable: nullableString,
  baseExecutable: nullableString,
  prefix: nullableString,
  basePrefix: nullableString,
  execPrefix: nullableString,
  baseExecPrefix: nullableString,
  pyvenvCfg: nullable(PyvenvCfg),
  externallyManaged: boolean(),
  freeThreaded: boolean(),
  debug: boolean(),
  sitePackages: array(string()),
  providers: array(ProviderName).check(_minLength(1)),
  /** Set when the path was resolved without running it (a pyenv shim read statically). */
  resolvedTo: nullableString,
  error: nullable(ProbeError)
});
var Runner = object({
  os: OsName,
  arch: string(),
  release: string(),
  /** Leg name in a matrix; null on a laptop. */
  leg: nullableString,
  nixStoreDir: string(),
  // The directories that differ from one runner to the next, so a comparison can match paths
  // below them with the same paths on another runner. Optional: reports made before they were
  // recorded still parse, and are compared with the directories the caller supplies.
  /** The runner's temporary directory: RUNNER_TEMP, else the OS's (where fixtures are built). */
  tempDir: optional(string()),
  /** The user's home directory (HOME, USERPROFILE on Windows). */
  homeDir: optional(string()),
  /** The checkout: GITHUB_WORKSPACE, else the working directory discovery ran in. */
  workspaceDir: optional(string())
});
var ReportContext = object({
  /**
   * The pull request of the event the leg ran on (the Action's mode discover on `pull_request`).
   * Only a hint: the second stage of the fork-safe setup checks it with GitHub before using it.
   */
  pullRequest: optional(int().check(_positive()))
});
var Report = object({
  schema: literal(REPORT_SCHEMA_ID),
  generator: object({ name: literal("interpreter-guard"), version: string() }),
  generatedAt: string(),
  runner: Runner,
  interpreters: array(InterpreterEntry),
  /** What discovery tools decided about these interpreters (empty when no tool was run). */
  tools: optional(array(ToolRun)),
  /** Which release brought this leg's regressions (the Action's `bisect: on-regression`). */
  bisect: optional(BisectResult),
  context: optional(ReportContext)
});

export {
  REPORT_SCHEMA_ID,
  INTERPRETER_KINDS,
  InterpreterKind,
  ProbeError,
  PROVIDER_NAMES,
  Libc,
  PyvenvCfg,
  Report
};
