// Facts about the machine the inventory was taken on.
import { arch, release } from 'node:os';
import type { OsName, Runner } from '../core/model.js';

const ARCH_NAMES: Record<string, string> = {
  x64: 'x86_64',
  arm64: 'aarch64',
  ia32: 'i686',
  arm: 'armv7',
};

export function runnerInfo(os: OsName, env: NodeJS.ProcessEnv, leg: string | null): Runner {
  return {
    os,
    arch: ARCH_NAMES[arch()] ?? arch(),
    release: release(),
    leg,
    nixStoreDir: env.NIX_STORE_DIR || '/nix/store',
  };
}
