// conda, mamba and miniforge environments: the bases we know of, their envs/, and the
// environments conda itself recorded in ~/.conda/environments.txt.
import { join } from 'node:path';
import type { Provider } from '../context.js';
import { entriesOf, pythonsOfPrefix, readTextOrNull } from './fs-helpers.js';

export const condaProvider: Provider = {
  name: 'conda',
  os: ['linux', 'macos', 'windows', 'freebsd', 'other'],
  async find(ctx, where) {
    const prefixes = new Set<string>();
    const envDirs = new Set<string>();
    for (const root of where.condaRoots) {
      prefixes.add(root);
      envDirs.add(join(root, 'envs'));
    }
    for (const d of (ctx.env.CONDA_ENVS_PATH ?? ctx.env.CONDA_ENVS_DIRS ?? '').split(
      ctx.os === 'windows' ? ';' : ':',
    )) {
      if (d) envDirs.add(d);
    }
    envDirs.add(join(ctx.home, '.conda', 'envs'));
    const listed = await readTextOrNull(join(ctx.home, '.conda', 'environments.txt'));
    for (const line of listed?.split(/\r?\n/) ?? []) {
      if (line.trim() && !line.trim().startsWith('#')) prefixes.add(line.trim());
    }
    for (const dir of envDirs) {
      for (const name of await entriesOf(dir)) prefixes.add(join(dir, name));
    }
    const found = await Promise.all([...prefixes].map((p) => pythonsOfPrefix(p, ctx.os)));
    return found.flat();
  },
};
