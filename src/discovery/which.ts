// Finds a program on a PATH string, as a shell would (without running anything).
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { delimiter as hostDelimiter, join, resolve } from 'node:path';

export async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether `file` is a file (a symlink to one counts): an installed program is there. */
export async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The first `dir/program` on `pathVar` that can be executed, skipping `skipDirs`; null if none. */
export async function findOnPath(
  program: string,
  pathVar: string,
  options: { windows?: boolean; skipDirs?: readonly string[] } = {},
): Promise<string | null> {
  const delimiter = options.windows ? ';' : hostDelimiter;
  const skip = new Set((options.skipDirs ?? []).map((d) => resolve(d)));
  const names =
    options.windows && !/\.[a-z0-9]+$/i.test(program)
      ? [`${program}.exe`, `${program}.cmd`, `${program}.bat`, program]
      : [program];
  for (const dir of pathVar.split(delimiter)) {
    if (!dir || skip.has(resolve(dir))) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      if (await isExecutable(candidate)) return candidate;
    }
  }
  return null;
}
