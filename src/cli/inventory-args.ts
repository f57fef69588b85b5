// The options discover and bisect share for taking this machine's inventory (--providers, --python,
// --timeout, --cache-dir, --no-cache): checked up front, then turned into the discovery context
// and the inventory's options, probe cache included.
import { resolve } from 'node:path';
import { PROVIDER_NAMES, type OsName, type ProviderName } from '../core/model.js';
import { defaultCacheDir, ProbeCache } from '../discovery/cache.js';
import { osFromPlatform, type DiscoveryContext } from '../discovery/context.js';
import type { InventoryOptions } from '../discovery/inventory.js';
import { runProcess } from '../discovery/process-runner.js';
import type { CliIo } from './io.js';
import { listOption, secondsOption } from './usage.js';

/** The shared options, for parseCommandArgs (spread into a command's own). */
export const INVENTORY_ARGS = {
  providers: { type: 'string', multiple: true },
  python: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
} as const;

export interface InventoryArgs {
  os: OsName;
  /** Per-interpreter query timeout, also the discovery context's command timeout. */
  timeoutMs: number;
  providers: ProviderName[] | undefined;
  /** --python paths, resolved against the working directory. */
  extraPaths: string[] | undefined;
  /** Interpreter queries, and the tools' releases. */
  cacheDir: string;
  noCache: boolean;
}

/** The shared options' values, checked: a wrong one is a usage error naming it. */
export function parseInventoryArgs(
  values: {
    providers?: string[];
    python?: string[];
    timeout?: string;
    'cache-dir'?: string;
    'no-cache'?: boolean;
  },
  io: CliIo,
): InventoryArgs {
  const os = osFromPlatform(io.platform);
  return {
    os,
    timeoutMs: secondsOption(values.timeout, 'timeout', 10),
    providers: listOption(values.providers, PROVIDER_NAMES, 'providers'),
    extraPaths: values.python?.map((p) => resolve(io.cwd, p)),
    cacheDir: resolve(io.cwd, values['cache-dir'] ?? defaultCacheDir(io.env, os, io.home)),
    noCache: !!values['no-cache'],
  };
}

/**
 * The discovery context over `env` (the caller's, or with fixtures' variables) and the inventory's
 * options but its concurrency. The probe cache is loaded here; one that cannot be read or written
 * is a warning on stderr, never a failure.
 */
export async function inventorySetup(
  a: InventoryArgs,
  io: CliIo,
  command: string,
  env: NodeJS.ProcessEnv = io.env,
): Promise<{
  ctx: DiscoveryContext;
  inventory: Pick<InventoryOptions, 'cache' | 'timeoutMs' | 'providers' | 'extraPaths'>;
}> {
  const ctx: DiscoveryContext = {
    os: a.os,
    env,
    home: io.home,
    cwd: io.cwd,
    user: io.user,
    runner: runProcess,
    commandTimeoutMs: a.timeoutMs,
  };
  const cache = a.noCache
    ? ProbeCache.disabled()
    : await ProbeCache.load(a.cacheDir, (m) =>
        io.stderr(`interpreter-guard ${command}: warning: ${m}\n`),
      );
  return {
    ctx,
    inventory: { cache, timeoutMs: a.timeoutMs, providers: a.providers, extraPaths: a.extraPaths },
  };
}
