// Facts about the machine the inventory was taken on, including the directories that differ from
// one runner to the next (temp, home, checkout, Nix store), so comparisons can set them aside.
import { arch, homedir, release, tmpdir } from 'node:os';
import type { OsName, Runner } from '../core/model.js';

const ARCH_NAMES: Record<string, string> = {
  x64: 'x86_64',
  arm64: 'aarch64',
  ia32: 'i686',
  arm: 'armv7',
};

export function runnerInfo(
  os: OsName,
  env: NodeJS.ProcessEnv,
  leg: string | null,
  cwd: string = process.cwd(),
): Runner {
  const home = os === 'windows' ? env.USERPROFILE || env.HOME : env.HOME || env.USERPROFILE;
  return {
    os,
    arch: ARCH_NAMES[arch()] ?? arch(),
    release: release(),
    leg,
    nixStoreDir: env.NIX_STORE_DIR || '/nix/store',
    // The same fallbacks the Action uses for the fixtures directory and the checkout.
    tempDir: env.RUNNER_TEMP || tmpdir(),
    homeDir: home || homedir(),
    workspaceDir: env.GITHUB_WORKSPACE || cwd,
  };
}
