// The kind of interpreter a path implies, read from the path alone (logs carry no probe data).
// Windows paths are compared with forward slashes and case-insensitively.
import type { InterpreterKind } from '../model.js';

const RULES: [RegExp, InterpreterKind][] = [
  [
    /\/microsoft\/windowsapps\/|\/program files\/windowsapps\/pythonsoftwarefoundation/,
    'windows-store-shim',
  ],
  [/\/nix\/store\/[0-9a-z]{32}-[^/]*-env(?:\/|$)/, 'nix-env'],
  [/\/nix\/store\/[0-9a-z]{32}-/, 'nix-store'],
  [
    /\/\.nix-profile\/|\/etc\/profiles\/per-user\/|\/run\/current-system\/sw\/|\/nix\/var\/nix\/profiles\//,
    'nix-store',
  ],
  [/\/\.pyenv\/(?:pyenv-win\/)?shims\/|\/\.asdf\/shims\/|\/mise\/shims\//, 'shim'],
  [/\/\.pyenv\/versions\/[^/]+\/envs\//, 'venv'],
  [
    /\/\.pyenv\/(?:pyenv-win\/)?versions\/|\/\.asdf\/installs\/python\/|\/mise\/installs\/python\//,
    'pyenv',
  ],
  [/\/uv\/(?:data\/)?python\/(?:cpython|pypy|graalpy)-|\/\.rye\/py\//, 'uv-managed'],
  [
    /\/(?:(?:mini|ana)conda\d*|miniforge\d*|mambaforge|micromamba|conda|\.conda|\.pixi)\/envs\/[^/]+\//,
    'conda-env',
  ],
  [
    /\/(?:(?:mini|ana)conda\d*|miniforge\d*|mambaforge)\/(?:bin\/|python(?:\.exe)?$)|^\/opt\/conda\/bin\//,
    'conda-base',
  ],
  [
    /(?:^|\/)\.?venv\/(?:bin|scripts)\/|\/\.tox\/[^/]+\/(?:bin|scripts)\/|\/virtualenvs\/|\/\.virtualenvs\/|\/pipx\/venvs\/|\/hatch\/env\/|\/pypoetry\/virtualenvs\//,
    'venv',
  ],
  [
    /^\/opt\/homebrew\/|^\/usr\/local\/cellar\/|^\/usr\/local\/opt\/python|\/linuxbrew\//,
    'homebrew',
  ],
  [/\/library\/frameworks\/python\.framework\/|python3\.framework\//, 'framework'],
  [
    /^[a-z]:\/python\d*\/|\/program files(?: \(x86\))?\/python|\/appdata\/local\/programs\/python\//,
    'registry',
  ],
  [/^\/(?:usr\/)?(?:local\/)?bin\/|^\/opt\/hostedtoolcache\/python\//, 'system'],
];

export function kindOfPath(path: string): InterpreterKind {
  const p = (path.includes('\\') ? path.replace(/\\/g, '/') : path).toLowerCase();
  for (const [pattern, kind] of RULES) if (pattern.test(p)) return kind;
  return 'unknown';
}
