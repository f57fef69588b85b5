// A path's identity across runs and machines: the parts that change between two runs of the same
// setup (Nix store hashes, temporary directories, home directories and user names) are replaced.

const STORE_HASH = /\/nix\/store\/[0-9abcdfghijklmnpqrsvwxyz]{32}-/g;
const TEMP =
  /(?:^|(?<=[\s`'"=]))(?:\/tmp|\/var\/tmp|\/private\/var\/folders\/[^/]+\/[^/]+\/T|\/var\/folders\/[^/]+\/[^/]+\/T|[A-Za-z]:[\\/]Users[\\/][^\\/]+[\\/]AppData[\\/]Local[\\/]Temp)[\\/]+[^\\/]+/g;
const HOME =
  /(?:^|(?<=[\s`'"=]))(?:\/home\/[^/\s]+|\/Users\/[^/\s]+|\/root|[A-Za-z]:[\\/]Users[\\/][^\\/\s]+)(?=[\\/]|$)/g;

export interface NormalizeOptions {
  /** Extra directories standing for "home" (e.g. the runner's HOME). */
  homes?: readonly string[];
  /** Extra temporary directories (RUNNER_TEMP, fixture roots). */
  temps?: readonly string[];
}

export function normalizePath(path: string, options: NormalizeOptions = {}): string {
  let p = path.replace(/\\/g, '/');
  for (const temp of options.temps ?? [])
    if (temp) p = p.split(temp.replace(/\\/g, '/')).join('<tmp>');
  for (const home of options.homes ?? []) if (home) p = p.split(home.replace(/\\/g, '/')).join('~');
  return p.replace(STORE_HASH, '/nix/store/<hash>-').replace(TEMP, '<tmp>').replace(HOME, '~');
}
