// How issues name each tool: its own name and the other names it goes by (matched on lower-cased
// text), the commands people type to run it, and which tools run which (a tox issue carries
// virtualenv's log, a VS Code issue names conda). tool.ts weighs them.
import type { ToolName } from './events.js';

/** A tool's names in lower-cased text, bounded so that `tox` is not found in `tox-uv`. */
export const NAMES: readonly [ToolName, RegExp][] = [
  // tox-uv's own settings name it as well as its name does.
  ['tox-uv', /tox[-_]uv\b/],
  ['tox-uv', /uv_(?:seed|python_preference|resolution|sync_flags|sync_locked)\b/],
  ['tox', /tox(?![\w-])(?<![\w-]tox)/],
  ['uv', /uvx?(?![\w-])(?<![\w-]uvx?)/],
  ['virtualenv', /virtualenv(?![\w-])(?<![\w-]virtualenv)/],
  // `pypoetry` is Poetry's data and cache folder.
  ['poetry', /poetry\b(?<![^\Wy]poetry)/],
  ['pdm', /pdm(?![\w-])(?<![\w-]pdm)/],
  ['pipx', /pipx\b(?<!\wpipx)/],
  ['pipenv', /pip(?:env|file)\b(?<!\wpip(?:env|file))/],
  ['pip', /pip(?![\w-])(?<![\w-]pip)/],
  ['hatch', /hatch\b(?<!\whatch)/],
  ['rye', /rye\b(?<!\wrye)/],
  ['pyenv-win', /pyenv-win\b/],
  ['pyenv', /pyenv(?![\w-])(?<![\w-]pyenv)/],
  ['findpython', /findpython\b/],
  ['python-discovery', /discovery\b(?<=python[-_]discovery)/],
  ['micromamba', /mamba(?![\w-])(?<=(?:^|[^\w-])(?:micro)?mamba)/],
  ['conda', /conda(?![\w-])(?<![\w-]conda)/],
  ['pixi', /pixi\b(?<!\wpixi)/],
  ['mise', /mise(?![\w-])(?<![\w-]mise)/],
  ['asdf', /asdf\b(?<!\wasdf)/],
  ['python-environment-tools', /environment-tools\b(?<=python-environment-tools)/],
  ['python-environment-tools', /locator\b(?<=python locator)/],
  ['python-environment-tools', /pet(?:(?<=`pet)`|(?<![\w-]pet) (?:find|resolve|server)\b)/],
  [
    'vscode-python-environments',
    /environments(?: extension\b|\])(?<=python environments(?: extension|\]))/,
  ],
  ['vscode-python-environments', /-envs\.(?<=python-envs\.)/],
  ['vscode-python-environments', /ms-python\.vscode-python-envs\b/],
  ['vscode-python', /vs ?cod(?:e|ium)\b(?<![\w-]vs ?cod(?:e|ium))/],
  ['vscode-python', /visual studio code\b|ms-python\.python\b/],
  // Its commands and settings: `Python: Select Interpreter`, `python.defaultInterpreterPath`.
  [
    'vscode-python',
    /python(?:: (?:select interpreter|create environment|clear cache)|\.(?:defaultinterpreterpath|pythonpath|condapath|venvpath|venvfolders|logging\.level|terminal\.activateenvironment))\b/,
  ],
  ['vscode-python', /interpreter picker\b/],
  ['setup-python', /setup-python\b/],
  // `python-version-file` is one of the action's inputs.
  ['setup-python', /python-version-file\b/],
  ['setup-uv', /setup-uv\b/],
  ['homebrew', /brew(?![\w-])(?<=(?:^|[^\w-])(?:home)?brew)/],
  // The Cellar is where Homebrew installs.
  ['homebrew', /\/cellar\//],
  ['spack', /spack\b(?<!\wspack)/],
];

// Nouns as well as names: `a virtualenv`, `pip install` in every issue. They weigh less.
export const GENERIC: ReadonlySet<ToolName> = new Set(['virtualenv', 'pip']);

// A command starts a line, follows a prompt or opens a code span. The tool's name leads each
// pattern so that the scan looks for it; what precedes it is checked only where it is found.
function command(name: string, rest: string, prefix = ''): RegExp {
  return new RegExp(`${name}(?<=(?:^|[\\s\`$>(])${prefix}${name})(?:\\.exe)? ${rest}`, 'm');
}

/** Commands people type: the tool followed by one of its subcommands. */
export const COMMANDS: readonly [ToolName, RegExp][] = [
  [
    'uv',
    command(
      'uv',
      '(?:-[-\\w]{1,30} ){0,4}(?:venv|sync|run|pip|python|init|add|lock|tool|tree|export|build|publish|self)\\b',
    ),
  ],
  ['uv', command('uvx', '(?:--?[\\w-]{1,30} ){0,4}\\w')],
  ['virtualenv', command('virtualenv', '(?:-{1,2}[\\w-]{1,30}|\\.?[\\w./-]{1,60}$)')],
  [
    'poetry',
    command(
      'poetry',
      '(?:env|install|lock|add|run|shell|update|show|sync|debug|check|build|new|init|config|self)\\b',
    ),
  ],
  [
    'pdm',
    command('pdm', '(?:use|install|add|lock|sync|run|venv|init|python|info|update|remove)\\b'),
  ],
  [
    'pipx',
    command('pipx', '(?:install|run|reinstall|upgrade|inject|list|uninstall|ensurepath)\\b'),
  ],
  ['tox', command('tox', '(?:-[-\\w]{1,30}|run\\b|r\\b|list\\b|config\\b)')],
  ['hatch', command('hatch', '(?:env|run|shell|python|build|test|fmt|version|new)\\b')],
  ['rye', command('rye', '(?:sync|pin|toolchain|fetch|run|init|add|install|self)\\b')],
  [
    'pyenv',
    command(
      'pyenv',
      '(?:install|global|local|shell|versions|version|which|exec|virtualenv|rehash|update|doctor)\\b',
    ),
  ],
  [
    'pipenv',
    command(
      'pipenv',
      '(?:install|lock|sync|shell|run|update|graph|check|clean|requirements|--python|--py|--venv|--rm|--support)\\b',
    ),
  ],
  [
    'pixi',
    command(
      'pixi',
      '(?:run|shell|add|install|init|list|info|global|completion|task|lock|exec|upgrade|update|tree)\\b',
    ),
  ],
  [
    'mise',
    command(
      'mise',
      '(?:use|install|exec|x|run|doctor|activate|ls|settings|trust|upgrade|which|where)\\b',
    ),
  ],
  [
    'asdf',
    command('asdf', '(?:install|local|global|set|plugin|reshim|current|list|shell|exec|which)\\b'),
  ],
  [
    'conda',
    command(
      'conda',
      '(?:create|activate|deactivate|install|env|run|info|config|update|list|remove)\\b',
    ),
  ],
  [
    'micromamba',
    command(
      'mamba',
      '(?:create|activate|install|run|env|info|shell|update|list|remove)\\b',
      '(?:micro)?',
    ),
  ],
  [
    'homebrew',
    command(
      'brew',
      '(?:install|upgrade|update|reinstall|link|unlink|doctor|config|info|uninstall)\\b',
    ),
  ],
  [
    'spack',
    command(
      'spack',
      '(?:install|spec|concretize|env|external|load|find|compiler|config|python)\\b',
    ),
  ],
  ['python-environment-tools', command('pet', '(?:find|resolve|server)\\b')],
];

/** Which tools run which: when both are named, the issue is the one that runs the other's. */
export const RUNS: Partial<Record<ToolName, readonly ToolName[]>> = {
  tox: ['virtualenv', 'uv', 'pip', 'python-discovery'],
  'tox-uv': ['tox', 'uv', 'virtualenv', 'pip'],
  pdm: ['virtualenv', 'uv', 'pip', 'findpython'],
  poetry: ['virtualenv', 'pip'],
  pipenv: ['virtualenv', 'pip', 'pyenv'],
  hatch: ['virtualenv', 'uv', 'pip'],
  pipx: ['virtualenv', 'pip', 'uv'],
  rye: ['uv', 'pip'],
  pixi: ['uv', 'conda', 'pip'],
  mise: ['uv', 'pyenv', 'pip', 'asdf'],
  asdf: ['pyenv'],
  micromamba: ['conda', 'pip', 'uv'],
  conda: ['pip'],
  'python-environment-tools': [
    'conda',
    'pyenv',
    'poetry',
    'pipenv',
    'virtualenv',
    'pixi',
    'uv',
    'hatch',
    'pdm',
  ],
  'vscode-python': [
    'python-environment-tools',
    'conda',
    'pyenv',
    'pipenv',
    'poetry',
    'virtualenv',
    'pip',
    'uv',
    'pixi',
    'hatch',
    'pdm',
  ],
  'vscode-python-environments': [
    'vscode-python',
    'python-environment-tools',
    'conda',
    'pyenv',
    'pipenv',
    'poetry',
    'virtualenv',
    'pip',
    'uv',
    'pixi',
    'hatch',
    'pdm',
  ],
  'setup-python': ['pip'],
  'setup-uv': ['uv'],
  homebrew: ['pip'],
};
