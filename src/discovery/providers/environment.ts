// Interpreters the current shell has activated: VIRTUAL_ENV, CONDA_PREFIX, and a .venv nearby.
import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Provider } from '../context.js';
import { pythonsOfPrefix } from './fs-helpers.js';

const ALL = ['linux', 'macos', 'windows', 'freebsd', 'other'] as const;

export const virtualEnvProvider: Provider = {
  name: 'virtual-env',
  os: ALL,
  find: (ctx) =>
    ctx.env.VIRTUAL_ENV ? pythonsOfPrefix(ctx.env.VIRTUAL_ENV, ctx.os) : Promise.resolve([]),
};

export const condaPrefixProvider: Provider = {
  name: 'conda-prefix',
  os: ALL,
  find: (ctx) =>
    ctx.env.CONDA_PREFIX ? pythonsOfPrefix(ctx.env.CONDA_PREFIX, ctx.os) : Promise.resolve([]),
};

/** The nearest `.venv` holding a pyvenv.cfg, from the working directory up (as uv looks). */
export const dotVenvProvider: Provider = {
  name: 'dot-venv',
  os: ALL,
  async find(ctx) {
    for (let dir = ctx.cwd; ; dir = dirname(dir)) {
      const venv = join(dir, '.venv');
      try {
        await access(join(venv, 'pyvenv.cfg'));
        return await pythonsOfPrefix(venv, ctx.os);
      } catch {
        // Not here; look one level up.
      }
      if (dirname(dir) === dir) return [];
    }
  },
};
