import { delimiter as hostDelimiter } from 'node:path';
import type { Provider } from '../context.js';
import { pythonsIn } from './fs-helpers.js';

/** Every python-like name in every PATH directory, in PATH order. */
export const pathProvider: Provider = {
  name: 'path',
  os: ['linux', 'macos', 'windows', 'freebsd', 'other'],
  async find(ctx) {
    const delimiter = ctx.os === 'windows' ? ';' : hostDelimiter;
    const dirs = [
      ...new Set((ctx.env.PATH ?? ctx.env.Path ?? '').split(delimiter).filter(Boolean)),
    ];
    const found = await Promise.all(dirs.map((d) => pythonsIn(d, ctx.os)));
    return found.flat();
  },
};
