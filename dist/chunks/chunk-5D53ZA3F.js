import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  _enum,
  array,
  literal,
  object,
  record,
  string
} from "./chunk-ZA7TPQS4.js";

// src/fixtures/manifest.ts
var FIXTURE_KINDS = [
  "venv",
  "nix",
  "conda",
  "pyenv-shim",
  "broken",
  "hanging",
  "not-executable",
  "symlink-chain",
  "symlink-loop"
];
var FixtureManifest = object({
  schema: literal("interpreter-guard/fixtures@1"),
  dir: string(),
  basePython: string(),
  /** `emulated` (a fake store under NIX_STORE_DIR) or `nix` (built by real Nix). */
  nixMode: _enum(["emulated", "nix", "none"]),
  /** Interpreter paths by fixture, e.g. `nix.legacy-env`. */
  paths: record(string(), string()),
  /** Directories to put on PATH so discovery sees every fixture. */
  pathDirs: array(string()),
  /** Variables discovery should run with (NIX_STORE_DIR, PYENV_ROOT, NIX_PROFILES, …). */
  env: record(string(), string())
});

export {
  FIXTURE_KINDS
};
