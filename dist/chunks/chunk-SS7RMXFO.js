import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  buildFixtures,
  defaultBasePython,
  describeBasePython
} from "./chunk-4FDS7KLO.js";
import {
  findOnPath
} from "./chunk-6SR56VY4.js";

// src/fixtures/environment.ts
import { delimiter } from "node:path";
async function buildFixturesEnvironment(o) {
  const basePath = await defaultBasePython();
  if (!basePath) return null;
  const manifest = await buildFixtures({
    dir: o.dir,
    kinds: [...o.kinds],
    base: await describeBasePython(basePath),
    compiler: "cc",
    storeDir: o.env.NIX_STORE_DIR,
    nixBuild: await findOnPath("nix-build", o.env.PATH ?? ""),
    onStep: o.onStep
  });
  return {
    env: {
      ...o.env,
      ...manifest.env,
      PATH: [...manifest.pathDirs, o.env.PATH ?? ""].join(delimiter)
    },
    nixMode: manifest.nixMode
  };
}

export {
  buildFixturesEnvironment
};
