// Decides what an interpreter is. Pure: every fact comes in through `ClassifyInput`.
// Rules run in order and the first that matches wins; each one says why in plain words.
import type { InterpreterKind, OsName, ProviderName } from '../model.js';
import { isPythonEnvName, parseStorePath } from './nix-store.js';
import { baseName, dirName, isWithin, normalizeSeparators, segmentsBelow } from './paths.js';
import type { ProbeFacts } from './probe-output.js';

export interface ManagerDir {
  /** Who owns the directory: pyenv, asdf, mise, rye, uv. */
  manager: string;
  dir: string;
}

/** Where this machine keeps things; the discovery adapter fills it from the environment. */
export interface ClassifyContext {
  os: OsName;
  nixStoreDir: string;
  /** Version-manager shim directories (pyenv/asdf/mise): each file runs a version chosen at run time. */
  shimDirs: ManagerDir[];
  /** Directories holding one folder per installed version, built from source (pyenv, asdf, mise). */
  versionDirs: ManagerDir[];
  /** Directories of python-build-standalone installs (uv, rye). */
  managedDirs: ManagerDir[];
  homebrewPrefixes: string[];
}

export interface ClassifyInput {
  path: string;
  realpath: string | null;
  providers: readonly ProviderName[];
  /** Null when the interpreter could not be queried: only its path is known. */
  facts: ProbeFacts | null;
  /** The file starts with `#!`: a script, not an interpreter binary. */
  isScript: boolean;
  context: ClassifyContext;
}

export interface Classification {
  kind: InterpreterKind;
  why: string;
}

interface Rule {
  kind: InterpreterKind;
  /** Returns the reason when the rule applies. */
  test(input: ClassifyInput, view: View): string | null;
}

/** Facts derived once for all rules. */
interface View {
  /** Where the interpreter lives: its resolved prefix, or the resolved path when unqueried. */
  location: string;
  isVenvLike: boolean;
  /** Directory of the pyvenv.cfg that governs sys.prefix, when the prefix has one. */
  cfgAtPrefix: boolean;
}

const sameDir = (a: string, b: string) => isWithin(a, b) && isWithin(b, a);

const RULES: Rule[] = [
  {
    // A Microsoft Store "App Execution Alias": a zero-length reparse point that opens the Store
    // or starts the packaged Python. Tools treat it specially, so it is its own kind.
    kind: 'windows-store-shim',
    test: ({ path }) =>
      /\/microsoft\/windowsapps\/[^/]+$/i.test(normalizeSeparators(path))
        ? 'Microsoft Store app execution alias in WindowsApps'
        : null,
  },
  {
    // A version-manager shim runs whichever version is selected when it starts.
    kind: 'shim',
    test: ({ path, context }) => {
      const shim = context.shimDirs.find((d) => sameDir(dirName(path), d.dir));
      return shim
        ? `${shim.manager} shim in ${shim.dir}; runs the version ${shim.manager} selects`
        : null;
    },
  },
  {
    // Legacy nixpkgs withPackages (2020 to autumn 2025): sitecustomize sets sys.prefix to the env
    // but leaves sys.base_prefix on the bare interpreter, with no pyvenv.cfg: a venv look-alike.
    kind: 'nix-env',
    test: ({ facts, context }, view) => {
      if (!facts || !view.isVenvLike || view.cfgAtPrefix) return null;
      const env = parseStorePath(facts.prefixRealpath, context.nixStoreDir);
      if (!env || !isPythonEnvName(env.name)) return null;
      return `legacy nixpkgs withPackages env ${env.name}: sys.prefix is the env but sys.base_prefix is the bare interpreter and there is no pyvenv.cfg (looks like a venv)`;
    },
  },
  {
    kind: 'venv',
    test: ({ facts }, view) => {
      if (!facts || !view.isVenvLike) return null;
      if (view.cfgAtPrefix)
        return `sys.prefix differs from sys.base_prefix and ${facts.prefix} holds pyvenv.cfg`;
      if (facts.realPrefix) return 'legacy virtualenv (<20): sys.real_prefix is set';
      return null;
    },
  },
  {
    // Current nixpkgs (after NixOS/nixpkgs#442540): the env wrapper lets CPython root itself at
    // the env, so prefix == base_prefix == the -env store path.
    kind: 'nix-env',
    test: ({ context }, view) => {
      const env = parseStorePath(view.location, context.nixStoreDir);
      return env && isPythonEnvName(env.name)
        ? `nixpkgs withPackages env ${env.name} (prefix and base_prefix are the env)`
        : null;
    },
  },
  {
    kind: 'nix-store',
    test: ({ context }, view) => {
      const store = parseStorePath(view.location, context.nixStoreDir);
      return store ? `Nix store interpreter ${store.name}` : null;
    },
  },
  {
    kind: 'conda-base',
    test: ({ facts }) =>
      facts?.condaMeta && facts.condaBase
        ? `conda base environment (${facts.prefix} has conda-meta and condabin)`
        : null,
  },
  {
    kind: 'conda-env',
    test: ({ facts }) =>
      facts?.condaMeta
        ? `conda environment (${facts.prefix} has conda-meta but no condabin)`
        : null,
  },
  {
    kind: 'uv-managed',
    test: ({ context }, view) => {
      for (const d of context.managedDirs) {
        const install = segmentsBelow(view.location, d.dir)[0];
        if (install && /^(cpython|pypy|graalpy)[-@][0-9]/.test(install)) {
          return `${d.manager}-managed python-build-standalone install ${install}`;
        }
      }
      return null;
    },
  },
  {
    kind: 'pyenv',
    test: ({ context }, view) => {
      const owner = context.versionDirs.find((d) => segmentsBelow(view.location, d.dir).length > 0);
      return owner
        ? `${owner.manager}-installed version ${segmentsBelow(view.location, owner.dir)[0]}`
        : null;
    },
  },
  {
    kind: 'homebrew',
    test: ({ context, facts, realpath }, view) => {
      const where = [view.location, facts?.executableRealpath ?? realpath ?? ''];
      const prefix = context.homebrewPrefixes.find((p) =>
        where.some((w) => isWithin(w, `${p}/Cellar`) || isWithin(w, `${p}/opt`)),
      );
      return prefix ? `Homebrew keg under ${prefix}` : null;
    },
  },
  {
    kind: 'framework',
    test: ({ facts }, view) =>
      facts?.framework || /\.framework\/Versions\//.test(normalizeSeparators(view.location))
        ? `macOS framework build (${facts?.framework ?? 'Python'}.framework)`
        : null,
  },
  {
    kind: 'registry',
    test: ({ providers }) =>
      providers.includes('windows-registry') || providers.includes('py-launcher')
        ? 'registered under PEP 514 (Windows registry / py launcher)'
        : null,
  },
  {
    // A script that started a different file: some launcher we do not know by name.
    kind: 'shim',
    test: ({ facts, isScript, realpath }) =>
      isScript && facts?.executableRealpath && facts.executableRealpath !== realpath
        ? `script that launches ${facts.executableRealpath}`
        : null,
  },
  {
    kind: 'unknown',
    test: ({ facts }, view) =>
      facts && view.isVenvLike
        ? 'sys.prefix differs from sys.base_prefix but there is no pyvenv.cfg: a venv look-alike of unknown origin'
        : null,
  },
  {
    kind: 'system',
    test: ({ facts }) =>
      facts
        ? `base interpreter (sys.prefix == sys.base_prefix == ${facts.prefix}) not owned by a known manager`
        : null,
  },
];

export function classify(input: ClassifyInput): Classification {
  const { facts } = input;
  const view: View = {
    location: facts ? facts.prefixRealpath : (input.realpath ?? input.path),
    isVenvLike: !!facts && facts.prefix !== facts.basePrefix,
    cfgAtPrefix: !!facts?.pyvenvCfg && sameDir(dirName(facts.pyvenvCfg.path), facts.prefix),
  };
  for (const rule of RULES) {
    const why = rule.test(input, view);
    if (why) return { kind: rule.kind, why };
  }
  return {
    kind: 'unknown',
    why: `could not be queried and ${baseName(input.path)}'s location matches no known layout`,
  };
}

/** PEP 668: the marker only counts outside a virtual environment. */
export function isExternallyManaged(facts: ProbeFacts | null): boolean {
  return !!facts && facts.externallyManagedMarker && facts.prefix === facts.basePrefix;
}
