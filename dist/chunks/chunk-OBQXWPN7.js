import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/discovery/locations.ts
import { join } from "node:path";
function locate(ctx) {
  const { env, home, os } = ctx;
  const dataHome = env.XDG_DATA_HOME || join(home, ".local", "share");
  const pyenvRoot = env.PYENV_ROOT || (os === "windows" ? join(home, ".pyenv", "pyenv-win") : join(home, ".pyenv"));
  const asdfRoot = env.ASDF_DATA_DIR || join(home, ".asdf");
  const miseRoot = env.MISE_DATA_DIR || join(dataHome, "mise");
  const ryeRoot = env.RYE_HOME || join(home, ".rye");
  const uvDir = env.UV_PYTHON_INSTALL_DIR || (os === "windows" ? join(env.APPDATA || join(home, "AppData", "Roaming"), "uv", "data", "python") : join(dataHome, "uv", "python"));
  const shimDirs = [
    { manager: "pyenv", dir: join(pyenvRoot, "shims") },
    { manager: "asdf", dir: join(asdfRoot, "shims") },
    { manager: "mise", dir: join(miseRoot, "shims") }
  ];
  const versionDirs = [
    { manager: "pyenv", dir: join(pyenvRoot, "versions") },
    { manager: "asdf", dir: join(asdfRoot, "installs", "python") },
    { manager: "mise", dir: join(miseRoot, "installs", "python") }
  ];
  const managedDirs = [
    { manager: "uv", dir: uvDir },
    { manager: "rye", dir: join(ryeRoot, "py") }
  ];
  const homebrewPrefixes = unique([
    ...env.HOMEBREW_PREFIX ? [env.HOMEBREW_PREFIX] : [],
    ...os === "macos" ? ["/opt/homebrew", "/usr/local"] : [],
    ...os === "linux" ? ["/home/linuxbrew/.linuxbrew", join(home, ".linuxbrew")] : []
  ]);
  const condaRoots = unique([
    ...env.CONDA_ROOT ? [env.CONDA_ROOT] : [],
    ...env._CONDA_ROOT ? [env._CONDA_ROOT] : [],
    ...env.MAMBA_ROOT_PREFIX ? [env.MAMBA_ROOT_PREFIX] : [],
    ...["miniconda3", "anaconda3", "miniforge3", "mambaforge", "micromamba"].map(
      (d) => join(home, d)
    ),
    ...os === "windows" ? [] : ["/opt/conda", "/opt/miniconda3", "/opt/anaconda3", "/opt/miniforge3"]
  ]);
  const nixProfiles = env.NIX_PROFILES ? env.NIX_PROFILES.split(/\s+/).filter(Boolean) : [
    join(home, ".nix-profile"),
    join(dataHome, "..", "state", "nix", "profile"),
    "/nix/var/nix/profiles/default",
    "/run/current-system/sw",
    `/etc/profiles/per-user/${ctx.user}`
  ];
  return {
    os,
    nixStoreDir: env.NIX_STORE_DIR || "/nix/store",
    shimDirs,
    versionDirs,
    managedDirs,
    homebrewPrefixes,
    pyenvRoot,
    condaRoots,
    nixProfiles: unique(nixProfiles)
  };
}
function managedDir(where, manager) {
  return where.managedDirs.find((d) => d.manager === manager)?.dir ?? "";
}
function unique(values) {
  return [...new Set(values)];
}

export {
  locate,
  managedDir
};
