// How `<tool>@<version>` specs are installed, read from the caller's environment once: uv releases
// from `UV_INSTALLER_GITHUB_BASE_URL` (the variable uv's own installer reads for a mirror; GitHub
// otherwise), PyPI releases with the caller's `python3` from `PIP_INDEX_URL` (PyPI otherwise).
import { findOnPath } from '../discovery/which.js';
import { runProcess, type ProcessRunner } from '../discovery/process-runner.js';
import { ToolSetupError } from './prepare.js';
import { installPypiRelease } from './pypi-release.js';
import type { PypiTool } from './spec.js';
import { installUvRelease, type DownloadRetry } from './uv-release.js';

export interface InstallerOptions {
  cacheDir: string;
  platform: NodeJS.Platform;
  callerEnv: NodeJS.ProcessEnv;
  arch?: string;
  runner?: ProcessRunner;
  fetch?: typeof globalThis.fetch;
  retry?: Partial<DownloadRetry>;
  onProgress?: (message: string) => void;
}

export interface Installers {
  installUv: (version: string) => Promise<string>;
  installPypi: (name: PypiTool, version: string) => Promise<string>;
}

export function installerContext(o: InstallerOptions): Installers {
  const runner = o.runner ?? runProcess;
  const windows = o.platform === 'win32';
  return {
    installUv: (version) =>
      installUvRelease({
        version,
        cacheDir: o.cacheDir,
        platform: o.platform,
        arch: o.arch ?? process.arch,
        baseUrl: o.callerEnv.UV_INSTALLER_GITHUB_BASE_URL || undefined,
        fetch: o.fetch,
        retry: o.retry,
        runner,
        onProgress: o.onProgress,
      }),
    installPypi: async (name, version) => {
      const python = await findOnPath(windows ? 'python' : 'python3', o.callerEnv.PATH ?? '', {
        windows,
      });
      if (!python)
        throw new ToolSetupError(
          `${name}@${version}: installing from PyPI needs ${windows ? 'python' : 'python3'} on PATH`,
        );
      return installPypiRelease({
        name,
        version,
        cacheDir: o.cacheDir,
        python,
        indexUrl: o.callerEnv.PIP_INDEX_URL || null,
        env: o.callerEnv,
        runner,
        windows,
        onProgress: o.onProgress,
      });
    },
  };
}
