// Version managers: pyenv (and pyenv-win), asdf, mise, rye, and uv's managed installs.
import type { DiscoveryContext, Provider } from '../context.js';
import { managedDir, type Locations } from '../locations.js';
import { pythonsIn, pythonsOfChildren } from './fs-helpers.js';

const POSIX_AND_WINDOWS = ['linux', 'macos', 'windows', 'freebsd', 'other'] as const;

function managerProvider(name: 'pyenv' | 'asdf' | 'mise', os: Provider['os']): Provider {
  return {
    name,
    os,
    async find(ctx: DiscoveryContext, where: Locations) {
      const versions = where.versionDirs.find((d) => d.manager === name);
      const shims = where.shimDirs.find((d) => d.manager === name);
      const [installed, shimmed] = await Promise.all([
        versions ? pythonsOfChildren(versions.dir, ctx.os) : [],
        shims ? pythonsIn(shims.dir, ctx.os) : [],
      ]);
      return [...installed, ...shimmed];
    },
  };
}

export const pyenvProvider = managerProvider('pyenv', POSIX_AND_WINDOWS);
export const asdfProvider = managerProvider('asdf', ['linux', 'macos', 'freebsd']);
export const miseProvider = managerProvider('mise', POSIX_AND_WINDOWS);

/** rye keeps toolchains in `~/.rye/py/<impl>@<version>/` (older releases add `install/`). */
export const ryeProvider: Provider = {
  name: 'rye',
  os: POSIX_AND_WINDOWS,
  async find(ctx, where) {
    const dir = managedDir(where, 'rye');
    return dir ? pythonsOfChildren(dir, ctx.os, [[], ['install']]) : [];
  },
};

export const uvManagedProvider: Provider = {
  name: 'uv-managed',
  os: POSIX_AND_WINDOWS,
  async find(ctx, where) {
    const dir = managedDir(where, 'uv');
    return dir ? pythonsOfChildren(dir, ctx.os) : [];
  },
};
