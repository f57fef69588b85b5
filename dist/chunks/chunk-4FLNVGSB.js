import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  ProbeCache,
  defaultCacheDir,
  osFromPlatform
} from "./chunk-M76EFTY3.js";
import {
  runProcess
} from "./chunk-QCEWS4X5.js";
import {
  PROVIDER_NAMES
} from "./chunk-RCXO3FIE.js";
import {
  listOption,
  secondsOption
} from "./chunk-NYYF4YTF.js";

// src/cli/inventory-args.ts
import { resolve } from "node:path";
var INVENTORY_ARGS = {
  providers: { type: "string", multiple: true },
  python: { type: "string", multiple: true },
  timeout: { type: "string" },
  "cache-dir": { type: "string" },
  "no-cache": { type: "boolean" }
};
function parseInventoryArgs(values, io) {
  const os = osFromPlatform(io.platform);
  return {
    os,
    timeoutMs: secondsOption(values.timeout, "timeout", 10),
    providers: listOption(values.providers, PROVIDER_NAMES, "providers"),
    extraPaths: values.python?.map((p) => resolve(io.cwd, p)),
    cacheDir: resolve(io.cwd, values["cache-dir"] ?? defaultCacheDir(io.env, os, io.home)),
    noCache: !!values["no-cache"]
  };
}
async function inventorySetup(a, io, command, env = io.env) {
  const ctx = {
    os: a.os,
    env,
    home: io.home,
    cwd: io.cwd,
    user: io.user,
    runner: runProcess,
    commandTimeoutMs: a.timeoutMs
  };
  const cache = a.noCache ? ProbeCache.disabled() : await ProbeCache.load(
    a.cacheDir,
    (m) => io.stderr(`interpreter-guard ${command}: warning: ${m}
`)
  );
  return {
    ctx,
    inventory: { cache, timeoutMs: a.timeoutMs, providers: a.providers, extraPaths: a.extraPaths }
  };
}

export {
  INVENTORY_ARGS,
  parseInventoryArgs,
  inventorySetup
};
