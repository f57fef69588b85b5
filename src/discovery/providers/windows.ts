// Windows: PEP 514 registry entries (`reg query`), the py launcher, and Microsoft Store aliases.
import { join } from 'node:path';
import {
  parsePyListPaths,
  parseRegQuery,
  registryExecutable,
} from '../../core/inventory/windows-output.js';
import type { DiscoveryContext, Provider } from '../context.js';
import { pythonsIn } from './fs-helpers.js';

const REGISTRY_ROOTS = [
  'HKCU\\Software\\Python',
  'HKLM\\Software\\Python',
  'HKLM\\Software\\WOW6432Node\\Python',
];

async function commandOutput(ctx: DiscoveryContext, file: string, args: string[]): Promise<string> {
  const result = await ctx.runner(file, args, {
    env: ctx.env,
    timeoutMs: ctx.commandTimeoutMs,
    cwd: ctx.cwd,
  });
  return result.kind === 'exited' && result.code === 0 ? result.stdout : '';
}

export const windowsRegistryProvider: Provider = {
  name: 'windows-registry',
  os: ['windows'],
  async find(ctx) {
    const outputs = await Promise.all(
      REGISTRY_ROOTS.map((key) => commandOutput(ctx, 'reg', ['query', key, '/s'])),
    );
    return outputs
      .flatMap((out) => parseRegQuery(out).map(registryExecutable))
      .filter((p): p is string => !!p);
  },
};

export const pyLauncherProvider: Provider = {
  name: 'py-launcher',
  os: ['windows'],
  async find(ctx) {
    return parsePyListPaths(await commandOutput(ctx, 'py', ['--list-paths'])).map((e) => e.path);
  },
};

export const windowsStoreProvider: Provider = {
  name: 'windows-store',
  os: ['windows'],
  async find(ctx) {
    const local = ctx.env.LOCALAPPDATA ?? join(ctx.home, 'AppData', 'Local');
    return pythonsIn(join(local, 'Microsoft', 'WindowsApps'), ctx.os);
  },
};
