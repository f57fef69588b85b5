import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  buildFixtures,
  defaultBasePython,
  describeBasePython
} from "./chunk-4FDS7KLO.js";
import {
  FIXTURE_KINDS
} from "./chunk-5D53ZA3F.js";
import "./chunk-QCEWS4X5.js";
import {
  EXIT,
  UsageError,
  listOption,
  parseCommandArgs
} from "./chunk-NYYF4YTF.js";
import {
  findOnPath
} from "./chunk-6SR56VY4.js";
import "./chunk-ZA7TPQS4.js";
import "./chunk-7RDAVAKQ.js";

// src/cli/fixtures.ts
import { delimiter } from "node:path";
var FIXTURES_HELP = `Usage: interpreter-guard fixtures --dir DIR [options]

Builds real interpreter layouts under DIR, one folder per kind, and prints where they are.

Kinds: ${FIXTURE_KINDS.join(", ")}
  nix  without Nix: an emulated store (NIX_STORE_DIR, else DIR/nix/store) holding a bare
       python3 and python3.withPackages envs in the legacy and current nixpkgs regimes, built
       from a copy of the base interpreter and compiled wrappers (needs a C compiler);
       with nix-build on PATH: the real python3 and python3.withPackages from <nixpkgs>.

Options:
  --dir DIR              where to build (required; created if missing)
  --kinds LIST           comma-separated kinds (default: all)
  --base-python PATH     interpreter to copy (default: /usr/bin/python3.X, the newest present)
  --cc PATH              C compiler for the Nix wrappers (default: cc)
  --emulate-nix          emulate Nix even when nix-build is on PATH
  --json                 print the manifest (paths, PATH dirs, environment) as JSON
  -h, --help             show this help
`;
async function runFixtures(args, io) {
  const { values } = parseCommandArgs(
    args,
    {
      dir: { type: "string" },
      kinds: { type: "string", multiple: true },
      "base-python": { type: "string" },
      cc: { type: "string" },
      "emulate-nix": { type: "boolean" },
      json: { type: "boolean" }
    },
    "fixtures"
  );
  if (!values.dir) throw new UsageError("fixtures: --dir DIR is required");
  const kinds = listOption(values.kinds, FIXTURE_KINDS, "kinds") ?? FIXTURE_KINDS;
  const basePath = values["base-python"] ?? await defaultBasePython();
  if (!basePath)
    throw new UsageError("fixtures: no /usr/bin/python3.X found; pass --base-python PATH");
  const base = await describeBasePython(basePath);
  const nixBuild = values["emulate-nix"] ? null : await findOnPath("nix-build", io.env.PATH ?? "");
  const manifest = await buildFixtures({
    dir: values.dir,
    kinds,
    base,
    compiler: values.cc ?? "cc",
    storeDir: io.env.NIX_STORE_DIR,
    nixBuild,
    onStep: (kind) => io.stderr(`building ${kind}\u2026
`)
  });
  if (values.json) {
    io.stdout(`${JSON.stringify(manifest, null, 2)}
`);
    return EXIT.ok;
  }
  io.stdout(`Fixtures in ${manifest.dir} (Nix: ${manifest.nixMode})
`);
  for (const [name, path] of Object.entries(manifest.paths))
    io.stdout(`  ${name.padEnd(28)} ${path}
`);
  const env = Object.entries(manifest.env).map(([k, v]) => `${k}='${v}'`);
  if (manifest.pathDirs.length)
    env.push(`PATH='${manifest.pathDirs.join(delimiter)}${delimiter}'"$PATH"`);
  if (env.length)
    io.stdout(`
To discover them:
  env ${env.join(" ")} interpreter-guard discover
`);
  return EXIT.ok;
}
export {
  FIXTURES_HELP,
  runFixtures
};
