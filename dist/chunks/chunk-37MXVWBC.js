import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  runProcess
} from "./chunk-RFPC6Q6C.js";

// src/fixtures/base-python.ts
import { constants } from "node:fs";
import { access } from "node:fs/promises";
var QUERY = `import json, platform, sys, sysconfig
print(json.dumps({"version": platform.python_version(), "minor": "%d.%d" % sys.version_info[:2],
  "stdlib": sysconfig.get_path("stdlib"), "sysconfigData": sysconfig._get_sysconfigdata_name()}))`;
async function describeBasePython(path) {
  const result = await runProcess(path, ["-E", "-s", "-c", QUERY], {
    env: { PATH: "/usr/bin:/bin" },
    timeoutMs: 2e4
  });
  if (result.kind !== "exited" || result.code !== 0) {
    const why = result.kind === "exited" ? result.stderr.trim() : result.kind;
    throw new Error(`base interpreter ${path} cannot be queried: ${why}`);
  }
  return { path, ...JSON.parse(result.stdout) };
}
async function defaultBasePython() {
  for (let minor = 20; minor >= 6; minor--) {
    const candidate = `/usr/bin/python3.${minor}`;
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return null;
}

export {
  describeBasePython,
  defaultBasePython
};
