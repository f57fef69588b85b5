// The tool a repository is about: an issue filed in astral-sh/uv is about uv even when its text
// never says so. Names are the ones the tools use for themselves.
import type { ToolName } from './events.js';

const REPOSITORY_TOOLS: Record<string, ToolName> = {
  'astral-sh/uv': 'uv',
  'astral-sh/rye': 'rye',
  'astral-sh/setup-uv': 'setup-uv',
  'pypa/virtualenv': 'virtualenv',
  'pypa/pipx': 'pipx',
  'pypa/hatch': 'hatch',
  'pypa/pip': 'pip',
  'pypa/pipenv': 'pipenv',
  'tox-dev/tox': 'tox',
  'tox-dev/tox-uv': 'tox-uv',
  'tox-dev/python-discovery': 'python-discovery',
  'python-poetry/poetry': 'poetry',
  'python-poetry/install.python-poetry.org': 'poetry',
  'pdm-project/pdm': 'pdm',
  'frostming/pdm': 'pdm',
  'pdm-project/findpython': 'findpython',
  'frostming/findpython': 'findpython',
  'conda/conda': 'conda',
  'mamba-org/mamba': 'micromamba',
  'mamba-org/micromamba-releases': 'micromamba',
  'prefix-dev/pixi': 'pixi',
  'pyenv/pyenv': 'pyenv',
  'pyenv/pyenv-virtualenv': 'pyenv',
  'pyenv-win/pyenv-win': 'pyenv-win',
  'jdx/mise': 'mise',
  'asdf-community/asdf-python': 'asdf',
  'asdf-vm/asdf': 'asdf',
  'danhper/asdf-python': 'asdf',
  'microsoft/vscode-python': 'vscode-python',
  'microsoft/vscode-python-environments': 'vscode-python-environments',
  'microsoft/python-environment-tools': 'python-environment-tools',
  'actions/setup-python': 'setup-python',
  'homebrew/brew': 'homebrew',
  'homebrew/homebrew-core': 'homebrew',
  'spack/spack': 'spack',
};

/** The tool of a well-known repository (`owner/name`, any case), or null. */
export function toolOfRepository(repo: string | null | undefined): ToolName | null {
  return repo ? (REPOSITORY_TOOLS[repo.toLowerCase()] ?? null) : null;
}
