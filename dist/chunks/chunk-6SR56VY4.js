import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/discovery/which.ts
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { delimiter as hostDelimiter, join, resolve } from "node:path";
async function isExecutable(file) {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
async function findOnPath(program, pathVar, options = {}) {
  const delimiter = options.windows ? ";" : hostDelimiter;
  const skip = new Set((options.skipDirs ?? []).map((d) => resolve(d)));
  const names = options.windows && !/\.[a-z0-9]+$/i.test(program) ? [`${program}.exe`, `${program}.cmd`, `${program}.bat`, program] : [program];
  for (const dir of pathVar.split(delimiter)) {
    if (!dir || skip.has(resolve(dir))) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      if (await isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

export {
  isExecutable,
  isFile,
  findOnPath
};
