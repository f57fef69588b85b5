// Nix: the profiles (NIX_PROFILES, else the usual ones) and the interpreters and
// withPackages envs lying in the store itself (NIX_STORE_DIR, default /nix/store).
import { join } from 'node:path';
import type { Provider } from '../context.js';
import { entriesOf, pythonsIn } from './fs-helpers.js';

// `<hash>-python3-3.12.8`, `<hash>-python3-3.12.8-env`, `<hash>-pypy3-7.3.17`; not packages
// such as `<hash>-python3.12-requests-2.32.3` (a letter follows the dash).
const STORE_INTERPRETER = /^[0-9a-z]{32}-(?:python|pypy)[0-9.]*-[0-9][0-9a-z.]*(?:-env)?$/;

export const nixProvider: Provider = {
  name: 'nix',
  os: ['linux', 'macos'],
  async find(ctx, where) {
    const storeEntries = (await entriesOf(where.nixStoreDir)).filter((n) =>
      STORE_INTERPRETER.test(n),
    );
    const dirs = [
      ...where.nixProfiles.map((p) => join(p, 'bin')),
      ...storeEntries.map((n) => join(where.nixStoreDir, n, 'bin')),
    ];
    const found = await Promise.all(dirs.map((d) => pythonsIn(d, ctx.os)));
    return found.flat();
  },
};
