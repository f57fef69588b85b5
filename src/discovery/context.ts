// What discovery runs against: the environment, the OS and the seams for processes.
import type { OsName, ProviderName } from '../core/model.js';
import type { ProcessRunner } from './process-runner.js';
import type { Locations } from './locations.js';

export interface DiscoveryContext {
  os: OsName;
  /** The environment being inventoried (PATH, NIX_STORE_DIR, VIRTUAL_ENV, …). */
  env: NodeJS.ProcessEnv;
  home: string;
  cwd: string;
  user: string;
  runner: ProcessRunner;
  /** Timeout for helper commands such as `reg query` and `py --list-paths`. */
  commandTimeoutMs: number;
}

export interface Provider {
  name: ProviderName;
  /** The operating systems where this provider looks at all. */
  os: readonly OsName[];
  find(ctx: DiscoveryContext, where: Locations): Promise<string[]>;
}

export function osFromPlatform(platform: NodeJS.Platform): OsName {
  switch (platform) {
    case 'linux':
      return 'linux';
    case 'darwin':
      return 'macos';
    case 'win32':
      return 'windows';
    case 'freebsd':
      return 'freebsd';
    default:
      return 'other';
  }
}
