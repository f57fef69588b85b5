// Parsers for the output of Windows commands the discovery adapter runs: `reg query … /s`
// (PEP 514) and `py --list-paths`. Pure, so recorded outputs test them on any OS.

export interface RegistryInstall {
  /** `PythonCore`, `ContinuumAnalytics`, … */
  company: string;
  tag: string;
  installPath: string | null;
  executablePath: string | null;
}

const KEY_LINE = /\\Software\\(?:WOW6432Node\\)?Python\\([^\\]+)\\([^\\]+)(\\InstallPath)?$/i;
const VALUE_LINE =
  /^\s+(\(Default\)|ExecutablePath|WindowedExecutablePath)\s+REG_(?:EXPAND_)?SZ\s+(.*)$/i;

/** Reads `reg query HKCU\Software\Python /s` output into one record per company\tag. */
export function parseRegQuery(output: string): RegistryInstall[] {
  const byKey = new Map<string, RegistryInstall>();
  let current: { install: RegistryInstall; inInstallPath: boolean } | null = null;
  for (const raw of output.split(/\r?\n/)) {
    if (raw.startsWith('HKEY_')) {
      const m = KEY_LINE.exec(raw.trim());
      if (!m) {
        current = null;
        continue;
      }
      const company = m[1] ?? '';
      const tag = m[2] ?? '';
      const id = `${company}\\${tag}`.toLowerCase();
      const install = byKey.get(id) ?? { company, tag, installPath: null, executablePath: null };
      byKey.set(id, install);
      current = { install, inInstallPath: !!m[3] };
      continue;
    }
    const v = VALUE_LINE.exec(raw);
    if (!v || !current?.inInstallPath) continue;
    const value = (v[2] ?? '').trim();
    if (!value) continue;
    if (/^\(Default\)$/i.test(v[1] ?? '')) current.install.installPath = value;
    else if (/^ExecutablePath$/i.test(v[1] ?? '')) current.install.executablePath = value;
  }
  return [...byKey.values()].filter((i) => i.installPath || i.executablePath);
}

/** The interpreter a registry record names: ExecutablePath, else `<InstallPath>\python.exe`. */
export function registryExecutable(install: RegistryInstall): string | null {
  if (install.executablePath) return install.executablePath;
  if (!install.installPath) return null;
  return `${install.installPath.replace(/[\\/]+$/, '')}\\python.exe`;
}

/**
 * `py --list-paths` lines: ` -V:3.12 *        C:\…\python.exe` (py ≥ 3.11) or
 * ` -3.9-64        C:\…\python.exe *` (older launchers). The `*` marks the default.
 */
export function parsePyListPaths(
  output: string,
): { tag: string; path: string; isDefault: boolean }[] {
  const found: { tag: string; path: string; isDefault: boolean }[] = [];
  for (const line of output.split(/\r?\n/)) {
    const m = /^\s*-(?:V:)?(\S+)\s+(\*\s+)?(\S.*)$/.exec(line);
    if (!m) continue;
    let path = (m[3] ?? '').trimEnd();
    // Launchers before 3.11 put the default marker after the path.
    const trailingStar = path.endsWith(' *');
    if (trailingStar) path = path.slice(0, -2).trimEnd();
    if (!/\.exe$/i.test(path)) continue;
    found.push({ tag: m[1] ?? '', path, isDefault: !!m[2] || trailingStar });
  }
  return found;
}
