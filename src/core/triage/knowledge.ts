// Known causes of interpreter-discovery failures, one rule each, kept as data. A rule matches when
// every condition it states holds; conditions on a turned-down interpreter must hold for one and
// the same interpreter. Repositories can add rules of the same shape in their configuration.
import * as z from 'zod/mini';
import { INTERPRETER_KINDS } from '../model.js';
import { TOOL_NAMES } from './events.js';
import { PLATFORMS } from './platform.js';
import { REASON_KINDS } from './reason-kinds.js';

export const KnowledgeRule = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,60}$/)),
  title: z.string().check(z.maxLength(200)),
  when: z.strictObject({
    tools: z.optional(z.array(z.enum(TOOL_NAMES))),
    /** Inclusive bounds on the tool version, e.g. `{ min: '0.2.0', max: '0.5.999' }`. */
    versions: z.optional(
      z.strictObject({ min: z.optional(z.string()), max: z.optional(z.string()) }),
    ),
    platforms: z.optional(z.array(z.enum(PLATFORMS))),
    /** One turned-down interpreter must have one of these reason kinds… */
    reasonKinds: z.optional(z.array(z.enum(REASON_KINDS))),
    /** …and one of these kinds… */
    interpreterKinds: z.optional(z.array(z.enum(INTERPRETER_KINDS))),
    /** …and a path containing one of these (case-insensitive substrings). */
    pathContains: z.optional(z.array(z.string())),
    /** The final error, the log or the prose contains one of these (case-insensitive substrings). */
    textContains: z.optional(z.array(z.string())),
  }),
  explanation: z.string().check(z.maxLength(2000)),
  workarounds: z.array(z.string().check(z.maxLength(1000))),
  related: z.array(z.string().check(z.regex(/^[\w.-]+\/[\w.-]+#\d+$/))),
  /** A catch-all: shown only when no other rule matched. */
  fallback: z.optional(z.boolean()),
});
export type KnowledgeRule = z.infer<typeof KnowledgeRule>;

export const BUILTIN_RULES: KnowledgeRule[] = [
  {
    id: 'nix-env-seen-as-venv',
    title: 'A Nix `python3.withPackages` environment is taken for a virtual environment',
    when: { tools: ['uv'], reasonKinds: ['system-required'], interpreterKinds: ['nix-env'] },
    explanation:
      'nixpkgs `python3.withPackages` environments built before autumn 2025 wrap the interpreter so that `sys.prefix` is the `-env` store path while `sys.base_prefix` stays on the bare interpreter. uv calls any interpreter with `sys.prefix != sys.base_prefix` a virtual environment, so every command that needs a system interpreter (`uv venv`, `uv python list`, `uv init`, `uv tool`, project environments, `--system`) ignores it with "system interpreter required".',
    workarounds: [
      'Point uv at the interpreter explicitly; path requests skip the system/virtual filter: `uv venv --python "$(which python3)"` or `export UV_PYTHON="$(which python3)"`.',
      'Put the bare nixpkgs `python3` (without packages) on `PATH` and set `UV_PYTHON_PREFERENCE=only-system` (and `UV_PYTHON_DOWNLOADS=never`).',
      'Newer nixpkgs (25.11 and unstable since autumn 2025) builds `withPackages` envs whose `bin/python3.X` roots `sys.prefix` and `sys.base_prefix` at the env, which uv accepts.',
    ],
    related: [
      'astral-sh/uv#4450',
      'astral-sh/uv#10711',
      'astral-sh/uv#11529',
      'astral-sh/uv#16324',
      'astral-sh/uv#16106',
    ],
  },
  {
    id: 'venv-first-on-path-rejected',
    title: 'An activated virtual environment is not a system interpreter',
    when: { tools: ['uv'], reasonKinds: ['system-required'], interpreterKinds: ['venv'] },
    explanation:
      'The command needs a system (base) interpreter, and the interpreter it found first on `PATH` belongs to a virtual environment (an activated venv, a tox or pipx environment). uv skips it with "system interpreter required".',
    workarounds: [
      'Deactivate the environment, or remove its `bin`/`Scripts` directory from `PATH`, before running the command.',
      'Or request the base interpreter explicitly: `--python /path/to/base/python3.X`.',
    ],
    related: ['tox-dev/tox-uv#189', 'astral-sh/uv#11214'],
  },
  {
    id: 'nixos-dynamic-managed-python',
    title: 'NixOS cannot run the managed (downloaded) Python',
    when: {
      platforms: ['nix'],
      textContains: [
        'nixos cannot run dynamically linked',
        'stub-ld',
        'could not start dynamically linked executable',
      ],
    },
    explanation:
      'Managed Python builds are dynamically linked for generic Linux distributions. NixOS has no global dynamic loader at the usual path, so running them fails (exit status 127) and querying the interpreter fails.',
    workarounds: [
      'Use a Python from nixpkgs instead: `UV_PYTHON_DOWNLOADS=never UV_PYTHON_PREFERENCE=only-system` with `python3` on `PATH`.',
      'Or enable `programs.nix-ld.enable = true;` in the NixOS configuration so generic binaries can run.',
    ],
    related: ['astral-sh/uv#11529'],
  },
  {
    id: 'pyenv-shim-uninstalled-version',
    title: 'A pyenv shim for a version that is not selected or installed',
    when: {
      reasonKinds: ['query-failed'],
      interpreterKinds: ['shim'],
      textContains: ['command not found', 'exit status 127', 'exit code 127', 'status: 127'],
    },
    explanation:
      'pyenv puts a shim on `PATH` for every command of every installed version. A shim only works when the version pyenv selects (`PYENV_VERSION`, `.python-version`, the global version) provides that command; otherwise it exits with status 127 ("command not found"). Discovery tools run each shim they find and see the failure.',
    workarounds: [
      'Select the version that provides it, e.g. `pyenv global 3.12.1 3.11.7` (several versions can be active at once), or `pyenv local …` in the project.',
      'Or install the missing version with `pyenv install 3.X`, or upgrade the tool: uv skips failing shims since 0.8.12.',
    ],
    related: ['astral-sh/uv#12155', 'astral-sh/uv#21047'],
  },
  {
    id: 'windows-store-alias',
    title: 'The Microsoft Store `python.exe` alias is not a usable interpreter',
    when: {
      reasonKinds: ['store-shim', 'not-executable'],
      interpreterKinds: ['windows-store-shim'],
    },
    explanation:
      'Windows ships "App Execution Aliases" named `python.exe` and `python3.exe` in `%LOCALAPPDATA%\\Microsoft\\WindowsApps`. Without the Store Python installed they open the Store; for a Store install they cannot be run by other programs outside the package identity ("Access is denied", os error 5 or 15700).',
    workarounds: [
      'Turn the aliases off: Settings → Apps → Advanced app settings → App execution aliases → switch off `python.exe` and `python3.exe`.',
      'Install Python from python.org or with `uv python install`, and upgrade the tool (uv skips these since 0.7.22/0.8.16).',
    ],
    related: ['astral-sh/uv#15651', 'astral-sh/uv#14637', 'astral-sh/uv#14642'],
  },
  {
    id: 'conda-base-not-explicit',
    title: 'The conda base environment counts as a system Python',
    when: { tools: ['uv'], reasonKinds: ['not-explicit'], interpreterKinds: ['conda-base'] },
    explanation:
      'Since uv 0.5.0 the conda base environment is treated as a system interpreter, so `uv pip` will not modify it unless asked to explicitly.',
    workarounds: [
      'Activate a named conda environment (`conda activate myenv`), or pass `--system` / `--python "$CONDA_PREFIX"` to modify base deliberately.',
    ],
    related: ['astral-sh/uv#7124', 'astral-sh/uv#7691'],
  },
  {
    id: 'system-python-not-explicit',
    title: '`uv pip` found only system interpreters and no virtual environment',
    when: {
      tools: ['uv'],
      textContains: [
        'no virtual environment found',
        'system interpreter not explicitly requested',
        'system interpreter not explicit',
      ],
    },
    explanation:
      '`uv pip install`/`sync`/`uninstall` only change a virtual environment unless told otherwise. It found system interpreters but none was requested explicitly.',
    workarounds: [
      'Create and use a virtual environment: `uv venv && uv pip install …`.',
      'Or target the system interpreter on purpose with `--system` (or `UV_SYSTEM_PYTHON=1`).',
    ],
    related: ['astral-sh/uv#3837', 'astral-sh/uv#7907'],
  },
  {
    id: 'externally-managed',
    title: 'The selected interpreter is externally managed (PEP 668)',
    when: { textContains: ['is externally managed', 'externally-managed-environment'] },
    explanation:
      'The interpreter was found, but its distribution (Debian, Ubuntu, Homebrew, Nix, Alpine…) marks it with an `EXTERNALLY-MANAGED` file: packages must not be installed into it with pip-like tools.',
    workarounds: [
      'Install into a virtual environment instead: `uv venv` / `python3 -m venv .venv`.',
      'Only if you accept the risk: `--break-system-packages`.',
    ],
    related: [],
  },
  {
    id: 'variant-mismatch',
    title: 'The build variant (free-threaded or debug) does not match the request',
    when: { reasonKinds: ['variant-mismatch'] },
    explanation:
      'The interpreter is a free-threaded (`3.13t`) or debug (`3.11d`) build, or a GIL build was found for a free-threaded request. Default requests skip free-threaded builds before 3.14 and debug builds.',
    workarounds: [
      'Ask for the variant you mean: `--python 3.13t` (uv ≥ 0.8.18: `3.13+freethreaded`), or `3.13+gil` for the standard build.',
      'Install the standard build next to the variant (`uv python install 3.13`).',
    ],
    related: ['astral-sh/uv#8228', 'astral-sh/uv#16142'],
  },
  {
    id: 'unknown-os-or-libc',
    title: 'The operating system or C library was not recognised',
    when: {
      textContains: [
        'unknown operating system',
        'could not detect a glibc or a musl libc',
        "couldn't detect either glibc",
        'failed to detect the operating system version',
      ],
    },
    explanation:
      'While querying an interpreter the tool could not classify the platform (a musl or glibc-less system such as Alpine, Termux or a distroless image, or an unusual OS), so every interpreter failed to query.',
    workarounds: [
      'Upgrade the tool: uv handles musl since 0.2.x and glibc-less systems (Termux) since 0.5.5.',
      'On Alpine, install a Python from the distribution (`apk add python3`) and pass it with `--python`.',
    ],
    related: ['astral-sh/uv#1427', 'astral-sh/uv#7373', 'astral-sh/uv#9005'],
  },
  {
    id: 'python2-unsupported',
    title: 'A Python 2 (or too old) interpreter was found',
    when: { reasonKinds: ['python2-unsupported'] },
    explanation:
      'The tool runs its probe with options Python 2 does not know (`-I`) or refuses versions older than it supports. Such interpreters are skipped or fail the query.',
    workarounds: [
      'Request a supported version explicitly (`--python 3.12`), or remove the old interpreter from `PATH` ahead of the new one.',
    ],
    related: [],
  },
  {
    id: 'missing-distutils',
    title: 'The interpreter lacks `distutils`',
    when: { textContains: ['is missing `distutils`'] },
    explanation:
      'Older Pythons from distributions such as deadsnakes ship `distutils` in a separate package, and the tool needs it on these versions.',
    workarounds: [
      'Install it: `apt install python3.X-distutils` (deadsnakes) or `python3-distutils`.',
    ],
    related: [],
  },
  {
    id: 'preference-only-managed',
    title: 'Only managed interpreters are allowed',
    when: { tools: ['uv'], reasonKinds: ['managed-only'] },
    explanation:
      '`--managed-python`, `python-preference = "only-managed"` or `UV_PYTHON_PREFERENCE=only-managed` makes uv ignore every interpreter it did not install itself.',
    workarounds: [
      'Install one: `uv python install 3.X`, or relax the preference (`UV_PYTHON_PREFERENCE=managed`).',
    ],
    related: ['astral-sh/uv#15059'],
  },
  {
    id: 'preference-only-system',
    title: 'Only system interpreters are allowed',
    when: { tools: ['uv'], reasonKinds: ['system-only'] },
    explanation:
      '`--no-managed-python`, `python-preference = "only-system"` or `UV_PYTHON_PREFERENCE=only-system` makes uv ignore the interpreters it installed itself.',
    workarounds: [
      'Install the version from your system or a version manager and make sure it is on `PATH`, or relax the preference (`UV_PYTHON_PREFERENCE=system`).',
    ],
    related: ['astral-sh/uv#15061'],
  },
  {
    id: 'request-outside-requires-python',
    title:
      'The requested interpreter is outside the `requires-python` of the project, script or workspace',
    when: {
      tools: ['uv'],
      // The project's, the script's, the workspace's, a dependency group's requirement.
      textContains: ["'s python requirement:"],
    },
    explanation:
      'uv resolved the Python request (from `--python`, `UV_PYTHON`, or a `.python-version` file) to an interpreter whose version the `requires-python` of the project, the script, the workspace or a dependency group excludes. The version file need not be in the current directory: uv also reads one from a parent directory, and a user-level pin.',
    workarounds: [
      'Run the command with `-v`: the line ``Using Python request `…` from version file at `…` `` names the file the request came from.',
      'Pin a version that satisfies `requires-python` (`uv python pin 3.X`), or remove the stray `.python-version`.',
    ],
    related: [],
  },
  {
    id: 'no-interpreter-on-path',
    fallback: true,
    title: 'No interpreter satisfying the request was found',
    when: {
      textContains: [
        'no interpreter found for',
        'no python interpreters found',
        'failed to find interpreter for',
        'interpreternotfound',
        'could not find python interpreter with spec',
        'nocompatiblepythonversionfound',
        'unable to find a compatible version',
        'no python that satisfies',
        'no executable for the provided python version',
      ],
    },
    explanation:
      'None of the interpreters the tool looked at satisfied the request. Either the version is not installed where the tool looks (`PATH`, the registry, the managed directory), or every candidate was turned down for one of the reasons in the log.',
    workarounds: [
      'Check what is there: `uv python list --only-installed -v` (or `which -a python3`), and install the version if it is missing (`uv python install 3.X`).',
      'Pass the interpreter you expect explicitly (`--python /full/path/to/python3.X`) to see whether it is accepted.',
    ],
    related: [],
  },
];
