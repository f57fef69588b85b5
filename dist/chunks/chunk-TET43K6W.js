import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  parseLogs
} from "./chunk-ZIAB7TVI.js";
import {
  INTERPRETER_KINDS,
  InterpreterKind,
  stableHash
} from "./chunk-L5P4BBSB.js";
import {
  REASON_KINDS,
  REASON_KIND_TEXT
} from "./chunk-X6NQ3OUU.js";
import {
  _enum,
  _maxLength,
  _regex,
  array,
  boolean,
  int,
  literal,
  nullable,
  object,
  optional,
  strictObject,
  string
} from "./chunk-ZECZWOOO.js";

// src/core/triage/events.ts
var TOOL_NAMES = [
  "uv",
  "virtualenv",
  "pdm",
  "poetry",
  "pipx",
  "tox",
  "hatch",
  "rye",
  "pyenv",
  "findpython",
  "conda",
  // A tool of the user's own, speaking the exec protocol (src/core/tools/exec-protocol.ts).
  "exec"
];
var DISCOVERY_LOG_EVENTS = /* @__PURE__ */ new Set([
  "search",
  "found",
  "rejected",
  "skipped",
  "query-failed",
  "selected"
]);

// src/core/triage/platform.ts
var PLATFORMS = [
  "nix",
  "conda",
  "docker",
  "wsl",
  "windows",
  "macos",
  "linux",
  "unknown"
];
var PATH_CUES = [
  [
    /\/nix\/store\/|\/\.nix-profile\/|\/run\/current-system\/|\/etc\/profiles\/per-user\//,
    "nix",
    3
  ],
  [
    /\/(?:mini|ana)conda\d*\/|\/miniforge\d*\/|\/mambaforge\/|\/\.conda\/envs\/|\/opt\/conda\/|\/\.pixi\/envs\//i,
    "conda",
    3
  ],
  [/^\/mnt\/[a-z]\/|\/\/wsl(?:\$|\.localhost)\//i, "wsl", 3],
  [/^[a-z]:[\\/]|\\users\\|\.exe$/i, "windows", 3],
  [/^\/users\/|^\/opt\/homebrew\/|^\/library\/|^\/applications\//i, "macos", 3],
  [/^\/home\/|^\/usr\/|^\/root\/|^\/opt\/|^\/bin\//, "linux", 1]
];
var TEXT_CUES = [
  [/\b(?:nixos|nix-shell|nix develop|flake\.nix|home-manager|nixpkgs|nix-ld|devenv)\b/, "nix", 2],
  [/\/nix\/store\//, "nix", 3],
  [
    /\b(?:(?:mini|ana)conda\d*|miniforge|mambaforge|conda (?:activate|create|install|env)|conda_prefix)\b/,
    "conda",
    2
  ],
  [/\b(?:conda|mamba|pixi)\b/, "conda", 1],
  [
    /\b(?:dockerfile|docker (?:run|build|compose|exec)|devcontainer)\b|^from [\w./-]+(?::[\w.-]+)?(?: as \w+)?$/m,
    "docker",
    2
  ],
  [/\b(?:docker|container|podman)\b/, "docker", 1],
  [/\bwsl ?2?\b|microsoft-standard-wsl|\bwindows subsystem for linux\b/, "wsl", 2],
  [/\b(?:windows(?: (?:10|11|server))?|powershell|cmd\.exe|win(?:32|64|-amd64))\b/, "windows", 1],
  [
    /\b(?:macos|os ?x|darwin|macbook|apple silicon|homebrew|m[1-4] (?:mac|pro|max|chip))\b/,
    "macos",
    1
  ],
  [
    /\b(?:ubuntu|debian|fedora|linux|arch|centos|alpine|rhel|rocky|opensuse|manylinux)\b/,
    "linux",
    1
  ]
];
var KEY_CUES = [
  [/-linux-(?:x86_64|aarch64|i686|armv7|ppc64le|s390x|riscv64)/, "linux"],
  [/-macos-(?:x86_64|aarch64)/, "macos"],
  [/-windows-(?:x86_64|aarch64|x86|i686)/, "windows"]
];
var FORM_KEYS = /^(?:platform|operating system|os|environment|system|os version|platform \/ os|which platform.*)$/;
function detectPlatform(input) {
  const scores = { nix: 0, conda: 0, docker: 0, wsl: 0, windows: 0, macos: 0, linux: 0 };
  const evidence = [];
  const add = (p, weight, why) => {
    if (scores[p] === 0 && evidence.length < 8) evidence.push(`${p}: ${why}`);
    scores[p] += weight;
  };
  for (const path of new Set(input.paths)) {
    for (const [re, p, weight] of PATH_CUES)
      if (re.test(path)) add(p, weight, `path ${path.slice(0, 80)}`);
  }
  for (const kind of input.interpreterKinds) {
    if (kind === "windows-store-shim" || kind === "registry")
      add("windows", 3, `a ${kind} interpreter`);
  }
  const sample = headAndTail(input.logText, 64 * 1024);
  for (const [re, p] of KEY_CUES) if (re.test(sample)) add(p, 2, "interpreter keys in the log");
  for (const [key, value] of Object.entries(input.form)) {
    if (!FORM_KEYS.test(key)) continue;
    for (const [re, p] of TEXT_CUES)
      if (re.test(value.toLowerCase())) add(p, 3, `issue form "${key}"`);
  }
  const words = `${input.prose.slice(0, 64 * 1024)}
${sample}`.toLowerCase();
  for (const [re, p, weight] of TEXT_CUES)
    if (re.test(words)) add(p, weight, `the text mentions it`);
  for (const p of ["nix", "conda", "docker", "wsl"]) {
    if (scores[p] >= 2) return { platform: p, evidence };
  }
  const os = ["windows", "macos", "linux"].filter((p) => scores[p] > 0).sort((a, b) => scores[b] - scores[a])[0];
  return { platform: os ?? "unknown", evidence };
}
function headAndTail(text, each) {
  return text.length <= 2 * each ? text : `${text.slice(0, each)}
${text.slice(-each)}`;
}

// src/core/triage/knowledge.ts
var KnowledgeRule = strictObject({
  id: string().check(_regex(/^[a-z0-9][a-z0-9-]{1,60}$/)),
  title: string().check(_maxLength(200)),
  when: strictObject({
    tools: optional(array(_enum(TOOL_NAMES))),
    /** Inclusive bounds on the tool version, e.g. `{ min: '0.2.0', max: '0.5.999' }`. */
    versions: optional(
      strictObject({ min: optional(string()), max: optional(string()) })
    ),
    platforms: optional(array(_enum(PLATFORMS))),
    /** One turned-down interpreter must have one of these reason kinds… */
    reasonKinds: optional(array(_enum(REASON_KINDS))),
    /** …and one of these kinds… */
    interpreterKinds: optional(array(_enum(INTERPRETER_KINDS))),
    /** …and a path containing one of these (case-insensitive substrings). */
    pathContains: optional(array(string())),
    /** The final error, the log or the prose contains one of these (case-insensitive substrings). */
    textContains: optional(array(string()))
  }),
  explanation: string().check(_maxLength(2e3)),
  workarounds: array(string().check(_maxLength(1e3))),
  related: array(string().check(_regex(/^[\w.-]+\/[\w.-]+#\d+$/))),
  /** A catch-all: shown only when no other rule matched. */
  fallback: optional(boolean())
});
var BUILTIN_RULES = [
  {
    id: "nix-env-seen-as-venv",
    title: "A Nix `python3.withPackages` environment is taken for a virtual environment",
    when: { tools: ["uv"], reasonKinds: ["system-required"], interpreterKinds: ["nix-env"] },
    explanation: 'nixpkgs `python3.withPackages` environments built before autumn 2025 wrap the interpreter so that `sys.prefix` is the `-env` store path while `sys.base_prefix` stays on the bare interpreter. uv calls any interpreter with `sys.prefix != sys.base_prefix` a virtual environment, so every command that needs a system interpreter (`uv venv`, `uv python list`, `uv init`, `uv tool`, project environments, `--system`) ignores it with "system interpreter required".',
    workarounds: [
      'Point uv at the interpreter explicitly; path requests skip the system/virtual filter: `uv venv --python "$(which python3)"` or `export UV_PYTHON="$(which python3)"`.',
      "Put the bare nixpkgs `python3` (without packages) on `PATH` and set `UV_PYTHON_PREFERENCE=only-system` (and `UV_PYTHON_DOWNLOADS=never`).",
      "Newer nixpkgs (25.11 and unstable since autumn 2025) builds `withPackages` envs whose `bin/python3.X` roots `sys.prefix` and `sys.base_prefix` at the env, which uv accepts."
    ],
    related: [
      "astral-sh/uv#4450",
      "astral-sh/uv#10711",
      "astral-sh/uv#11529",
      "astral-sh/uv#16324",
      "astral-sh/uv#16106"
    ]
  },
  {
    id: "venv-first-on-path-rejected",
    title: "An activated virtual environment is not a system interpreter",
    when: { tools: ["uv"], reasonKinds: ["system-required"], interpreterKinds: ["venv"] },
    explanation: 'The command needs a system (base) interpreter, and the interpreter it found first on `PATH` belongs to a virtual environment (an activated venv, a tox or pipx environment). uv skips it with "system interpreter required".',
    workarounds: [
      "Deactivate the environment, or remove its `bin`/`Scripts` directory from `PATH`, before running the command.",
      "Or request the base interpreter explicitly: `--python /path/to/base/python3.X`."
    ],
    related: ["tox-dev/tox-uv#189", "astral-sh/uv#11214"]
  },
  {
    id: "nixos-dynamic-managed-python",
    title: "NixOS cannot run the managed (downloaded) Python",
    when: {
      platforms: ["nix"],
      textContains: [
        "nixos cannot run dynamically linked",
        "stub-ld",
        "could not start dynamically linked executable"
      ]
    },
    explanation: "Managed Python builds are dynamically linked for generic Linux distributions. NixOS has no global dynamic loader at the usual path, so running them fails (exit status 127) and querying the interpreter fails.",
    workarounds: [
      "Use a Python from nixpkgs instead: `UV_PYTHON_DOWNLOADS=never UV_PYTHON_PREFERENCE=only-system` with `python3` on `PATH`.",
      "Or enable `programs.nix-ld.enable = true;` in the NixOS configuration so generic binaries can run."
    ],
    related: ["astral-sh/uv#11529"]
  },
  {
    id: "pyenv-shim-uninstalled-version",
    title: "A pyenv shim for a version that is not selected or installed",
    when: {
      reasonKinds: ["query-failed"],
      interpreterKinds: ["shim"],
      textContains: ["command not found", "exit status 127", "exit code 127", "status: 127"]
    },
    explanation: 'pyenv puts a shim on `PATH` for every command of every installed version. A shim only works when the version pyenv selects (`PYENV_VERSION`, `.python-version`, the global version) provides that command; otherwise it exits with status 127 ("command not found"). Discovery tools run each shim they find and see the failure.',
    workarounds: [
      "Select the version that provides it, e.g. `pyenv global 3.12.1 3.11.7` (several versions can be active at once), or `pyenv local \u2026` in the project.",
      "Or install the missing version with `pyenv install 3.X`, or upgrade the tool: uv skips failing shims since 0.8.12."
    ],
    related: ["astral-sh/uv#12155", "astral-sh/uv#21047"]
  },
  {
    id: "windows-store-alias",
    title: "The Microsoft Store `python.exe` alias is not a usable interpreter",
    when: {
      reasonKinds: ["store-shim", "not-executable"],
      interpreterKinds: ["windows-store-shim"]
    },
    explanation: 'Windows ships "App Execution Aliases" named `python.exe` and `python3.exe` in `%LOCALAPPDATA%\\Microsoft\\WindowsApps`. Without the Store Python installed they open the Store; for a Store install they cannot be run by other programs outside the package identity ("Access is denied", os error 5 or 15700).',
    workarounds: [
      "Turn the aliases off: Settings \u2192 Apps \u2192 Advanced app settings \u2192 App execution aliases \u2192 switch off `python.exe` and `python3.exe`.",
      "Install Python from python.org or with `uv python install`, and upgrade the tool (uv skips these since 0.7.22/0.8.16)."
    ],
    related: ["astral-sh/uv#15651", "astral-sh/uv#14637", "astral-sh/uv#14642"]
  },
  {
    id: "conda-base-not-explicit",
    title: "The conda base environment counts as a system Python",
    when: { tools: ["uv"], reasonKinds: ["not-explicit"], interpreterKinds: ["conda-base"] },
    explanation: "Since uv 0.5.0 the conda base environment is treated as a system interpreter, so `uv pip` will not modify it unless asked to explicitly.",
    workarounds: [
      'Activate a named conda environment (`conda activate myenv`), or pass `--system` / `--python "$CONDA_PREFIX"` to modify base deliberately.'
    ],
    related: ["astral-sh/uv#7124", "astral-sh/uv#7691"]
  },
  {
    id: "system-python-not-explicit",
    title: "`uv pip` found only system interpreters and no virtual environment",
    when: {
      tools: ["uv"],
      textContains: [
        "no virtual environment found",
        "system interpreter not explicitly requested",
        "system interpreter not explicit"
      ]
    },
    explanation: "`uv pip install`/`sync`/`uninstall` only change a virtual environment unless told otherwise. It found system interpreters but none was requested explicitly.",
    workarounds: [
      "Create and use a virtual environment: `uv venv && uv pip install \u2026`.",
      "Or target the system interpreter on purpose with `--system` (or `UV_SYSTEM_PYTHON=1`)."
    ],
    related: ["astral-sh/uv#3837", "astral-sh/uv#7907"]
  },
  {
    id: "externally-managed",
    title: "The selected interpreter is externally managed (PEP 668)",
    when: { textContains: ["is externally managed", "externally-managed-environment"] },
    explanation: "The interpreter was found, but its distribution (Debian, Ubuntu, Homebrew, Nix, Alpine\u2026) marks it with an `EXTERNALLY-MANAGED` file: packages must not be installed into it with pip-like tools.",
    workarounds: [
      "Install into a virtual environment instead: `uv venv` / `python3 -m venv .venv`.",
      "Only if you accept the risk: `--break-system-packages`."
    ],
    related: []
  },
  {
    id: "variant-mismatch",
    title: "The build variant (free-threaded or debug) does not match the request",
    when: { reasonKinds: ["variant-mismatch"] },
    explanation: "The interpreter is a free-threaded (`3.13t`) or debug (`3.11d`) build, or a GIL build was found for a free-threaded request. Default requests skip free-threaded builds before 3.14 and debug builds.",
    workarounds: [
      "Ask for the variant you mean: `--python 3.13t` (uv \u2265 0.8.18: `3.13+freethreaded`), or `3.13+gil` for the standard build.",
      "Install the standard build next to the variant (`uv python install 3.13`)."
    ],
    related: ["astral-sh/uv#8228", "astral-sh/uv#16142"]
  },
  {
    id: "unknown-os-or-libc",
    title: "The operating system or C library was not recognised",
    when: {
      textContains: [
        "unknown operating system",
        "could not detect a glibc or a musl libc",
        "couldn't detect either glibc",
        "failed to detect the operating system version"
      ]
    },
    explanation: "While querying an interpreter the tool could not classify the platform (a musl or glibc-less system such as Alpine, Termux or a distroless image, or an unusual OS), so every interpreter failed to query.",
    workarounds: [
      "Upgrade the tool: uv handles musl since 0.2.x and glibc-less systems (Termux) since 0.5.5.",
      "On Alpine, install a Python from the distribution (`apk add python3`) and pass it with `--python`."
    ],
    related: ["astral-sh/uv#1427", "astral-sh/uv#7373", "astral-sh/uv#9005"]
  },
  {
    id: "python2-unsupported",
    title: "A Python 2 (or too old) interpreter was found",
    when: { reasonKinds: ["python2-unsupported"] },
    explanation: "The tool runs its probe with options Python 2 does not know (`-I`) or refuses versions older than it supports. Such interpreters are skipped or fail the query.",
    workarounds: [
      "Request a supported version explicitly (`--python 3.12`), or remove the old interpreter from `PATH` ahead of the new one."
    ],
    related: []
  },
  {
    id: "missing-distutils",
    title: "The interpreter lacks `distutils`",
    when: { textContains: ["is missing `distutils`"] },
    explanation: "Older Pythons from distributions such as deadsnakes ship `distutils` in a separate package, and the tool needs it on these versions.",
    workarounds: [
      "Install it: `apt install python3.X-distutils` (deadsnakes) or `python3-distutils`."
    ],
    related: []
  },
  {
    id: "preference-only-managed",
    title: "Only managed interpreters are allowed",
    when: { tools: ["uv"], reasonKinds: ["managed-only"] },
    explanation: '`--managed-python`, `python-preference = "only-managed"` or `UV_PYTHON_PREFERENCE=only-managed` makes uv ignore every interpreter it did not install itself.',
    workarounds: [
      "Install one: `uv python install 3.X`, or relax the preference (`UV_PYTHON_PREFERENCE=managed`)."
    ],
    related: ["astral-sh/uv#15059"]
  },
  {
    id: "preference-only-system",
    title: "Only system interpreters are allowed",
    when: { tools: ["uv"], reasonKinds: ["system-only"] },
    explanation: '`--no-managed-python`, `python-preference = "only-system"` or `UV_PYTHON_PREFERENCE=only-system` makes uv ignore the interpreters it installed itself.',
    workarounds: [
      "Install the version from your system or a version manager and make sure it is on `PATH`, or relax the preference (`UV_PYTHON_PREFERENCE=system`)."
    ],
    related: ["astral-sh/uv#15061"]
  },
  {
    id: "no-interpreter-on-path",
    fallback: true,
    title: "No interpreter satisfying the request was found",
    when: {
      textContains: [
        "no interpreter found for",
        "no python interpreters found",
        "failed to find interpreter for",
        "interpreternotfound",
        "could not find python interpreter with spec",
        "nocompatiblepythonversionfound",
        "unable to find a compatible version",
        "no python that satisfies",
        "no executable for the provided python version"
      ]
    },
    explanation: "None of the interpreters the tool looked at satisfied the request. Either the version is not installed where the tool looks (`PATH`, the registry, the managed directory), or every candidate was turned down for one of the reasons in the log.",
    workarounds: [
      "Check what is there: `uv python list --only-installed -v` (or `which -a python3`), and install the version if it is missing (`uv python install 3.X`).",
      "Pass the interpreter you expect explicitly (`--python /full/path/to/python3.X`) to see whether it is accepted."
    ],
    related: []
  }
];

// src/core/triage/decisions.ts
var STRONG = [
  /no (?:python )?interpreters? (?:was |were )?found/,
  /no python (?:interpreters? )?(?:found|is found)/,
  /interpreter ?not ?found/,
  /(?:could not|couldn't|can ?not|can't|cannot|unable to|fails? to|failed to|does ?n[o']t|won't|didn't|never) (?:find|detect|discover|locate|recogni[sz]e|see|pick up|use|list)(?: [\w.@+-]+){0,3}? (?:pythons?|interpreters?|pyenv|conda|venv|virtual ?env)\b/,
  /nocompatiblepythonversionfound|interpreternotfound|failed to find interpreter/,
  /system interpreter (?:required|not explicitly requested|not allowed)/,
  /only (?:managed|system) interpreters allowed|only virtual environments allowed/,
  /python[- ]preference|python discovery|interpreter discovery/,
  /(?:picks?|picked|selects?|selected|uses?|used|finds?|found) (?:up )?(?:the |a )?wrong (?:python|interpreter|version)/,
  /ignor(?:es|ed|ing) (?:my |the )?(?:python|interpreter)/,
  /not (?:detecting|finding|recogni[sz]ing) (?:my |the )?(?:python|interpreter)/,
  /skipping (?:bad|unexecutable) interpreter/
];
var WEAK = [
  /\buv_python\b/,
  /--python\b|\s-p \d/,
  /\.python-version/,
  /\bwhich python\b|\bwhere python\b/,
  /\bpyenv\b/,
  /\bshims?\b/,
  /sys\.prefix|base_prefix/,
  /\bwithpackages\b/
];
var OTHER_AREAS = [
  /no solution found when resolving|because .* depends on|version solving failed|resolutionimpossible/,
  /failed to download|error sending request|connection (?:refused|reset|timed out)|dns error|certificate verify failed|ssl|proxy|http status|tcp connect/,
  /failed to build|build backend|error: command '.*' failed|setup\.py|metadata-generation-failed|subprocess-exited-with-error/,
  /modulenotfounderror|importerror|no module named/
];
function isDiscoveryIssue(facts, prose, diagnosisIds) {
  if (facts.rejected.length || facts.skipped.length) return true;
  if (diagnosisIds.some((id) => id !== "externally-managed")) return true;
  const error = (facts.finalError ?? "").toLowerCase();
  if (error && STRONG.some((re) => re.test(error))) return true;
  const text = prose.slice(0, 64 * 1024).toLowerCase();
  if (STRONG.some((re) => re.test(text))) return true;
  const weak = WEAK.filter((re) => re.test(text)).length;
  if (error && OTHER_AREAS.some((re) => re.test(error))) return false;
  return weak >= 2;
}
var REGRESSION = /\b(?:used to work|worked (?:fine |well |perfectly )?(?:before|with|in|on|until)|regression|regressed|after (?:upgrading|updating|the update)|since (?:upgrading|updating|version|v?\d+\.\d+)|broke (?:in|after|with|since)|no longer (?:works?|finds?|detects?)|stopped (?:working|finding|detecting)|downgrad(?:e|ing) to)\b/i;
function mentionsRegression(prose) {
  return REGRESSION.test(prose.slice(0, 64 * 1024));
}
var DEFAULT_LABELS = {
  discovery: "interpreter-discovery",
  platformPrefix: "platform:",
  toolPrefix: "tool:",
  needsLogs: "needs-logs",
  regression: "regression"
};
function labelsFor(d, names) {
  if (!d.discovery) return [];
  const labels = [names.discovery];
  if (d.platform !== "unknown") labels.push(`${names.platformPrefix}${d.platform}`);
  if (d.tool) labels.push(`${names.toolPrefix}${d.tool}`);
  if (d.needsLogs) labels.push(names.needsLogs);
  if (d.regression) labels.push(names.regression);
  return labels;
}
function fingerprintOf(facts, diagnosisIds) {
  const turnedDown = [...facts.rejected, ...facts.skipped];
  const reasons = [...new Set(turnedDown.map((r) => r.kind))].sort();
  const kinds = [...new Set(turnedDown.map((r) => r.interpreterKind))].sort();
  const basis = turnedDown.length ? "" : [...diagnosisIds].sort().join(",");
  return `ig1-${stableHash(JSON.stringify([facts.tool ?? "", facts.platform, reasons, kinds, basis]))}`;
}
var UV_COMMAND = /(?:^|[\s`$>(])uv (venv|sync|run|lock|init|add|python find|python list|python install|pip install|pip sync|pip compile|tool install|tool run)\b/m;
function logRequestFor(tool, platform, text) {
  const shells = platform === "windows" ? ["powershell", "cmd"] : platform === "unknown" ? ["bash", "powershell", "cmd"] : ["bash"];
  const log = `${tool ?? "python"}-discovery.log`;
  const capture = (shell, command) => shell === "bash" ? `${command} 2>&1 | tee ${log}` : shell === "powershell" ? `${command} 2>&1 | Tee-Object -FilePath ${log}` : `${command} > ${log} 2>&1`;
  const withEnv = (shell, name, value, command) => shell === "bash" ? `${name}=${value} ${command}` : shell === "powershell" ? `$env:${name}="${value}"; ${command}` : `set ${name}=${value}&& ${command}`;
  const build = (shell) => {
    switch (tool) {
      case "uv": {
        const sub = UV_COMMAND.exec(text)?.[1] ?? "python find";
        return [
          "uv --version",
          capture(shell, withEnv(shell, "RUST_LOG", "uv=trace", `uv -v ${sub}`)),
          "uv python list --only-installed -v"
        ];
      }
      case "virtualenv":
        return [
          "virtualenv --version",
          capture(shell, "virtualenv -vvv -p 3 --no-download --no-seed debug-venv")
        ];
      case "poetry":
        return [
          "poetry --version",
          capture(shell, "poetry env use -vvv python3"),
          capture(shell, "poetry env info -vvv")
        ];
      case "pdm":
        return [
          "pdm --version",
          capture(shell, withEnv(shell, "PDM_CHECK_UPDATE", "false", "pdm use -vv"))
        ];
      case "tox":
        return ["tox --version", capture(shell, "tox -vv --notest")];
      case "pipx":
        return ["pipx --version", capture(shell, "pipx install --verbose <package>")];
      case "hatch":
        return ["hatch --version", capture(shell, "hatch -v env create")];
      case "rye":
        return ["rye --version", capture(shell, "rye -v sync")];
      case "pyenv":
        return shell === "bash" ? [
          "pyenv --version",
          "pyenv versions",
          capture(shell, "PYENV_DEBUG=1 pyenv which python3")
        ] : ["pyenv --version", "pyenv versions", "pyenv which python"];
      default:
        return shell === "bash" ? [
          "which -a python3 python",
          'python3 -c "import sys; print(sys.executable, sys.version, sys.prefix, sys.base_prefix)"'
        ] : shell === "powershell" ? [
          "Get-Command python -All",
          "py --list-paths",
          'python -c "import sys; print(sys.executable, sys.version, sys.prefix, sys.base_prefix)"'
        ] : ["where python", "py --list-paths"];
    }
  };
  return { tool, shells: shells.map((shell) => ({ shell, commands: build(shell) })) };
}

// src/core/triage/diagnose.ts
function diagnose(facts, rules, text) {
  const haystack = [facts.finalError ?? "", ...facts.finalErrorCauses, ...facts.hints, text].join("\n").toLowerCase();
  const found = [];
  for (const rule of rules) {
    const evidence = matches(rule, facts, haystack);
    if (evidence === false) continue;
    if (found.some((d) => d.id === rule.id)) continue;
    found.push({
      id: rule.id,
      title: rule.title,
      explanation: rule.explanation,
      workarounds: rule.workarounds,
      related: rule.related,
      evidence,
      fallback: rule.fallback === true
    });
  }
  const specific = found.filter((d) => !d.fallback);
  return specific.length ? specific : found;
}
function matches(rule, facts, haystack) {
  const w = rule.when;
  if (w.tools && (!facts.tool || !w.tools.includes(facts.tool))) return false;
  if (w.platforms && !w.platforms.includes(facts.platform)) return false;
  if (w.versions && !inRange(facts.toolVersion, w.versions.min, w.versions.max)) return false;
  if (w.textContains && !w.textContains.some((s) => haystack.includes(s.toLowerCase())))
    return false;
  if (!w.reasonKinds && !w.interpreterKinds && !w.pathContains) return null;
  const candidates = [...facts.rejected, ...facts.skipped];
  const hit = candidates.find(
    (r) => (!w.reasonKinds || w.reasonKinds.includes(r.kind)) && (!w.interpreterKinds || w.interpreterKinds.includes(r.interpreterKind)) && (!w.pathContains || w.pathContains.some((s) => r.path.toLowerCase().includes(s.toLowerCase())))
  );
  return hit ? hit.path : false;
}
function inRange(version, min, max) {
  if (!version) return false;
  if (min && compareVersions(version, min) < 0) return false;
  if (max && compareVersions(version, max) > 0) return false;
  return true;
}
function compareVersions(a, b) {
  const pa = a.split(/[.+-]/).map((p) => parseInt(p, 10) || 0);
  const pb = b.split(/[.+-]/).map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

// src/core/triage/extract.ts
var MAX_ISSUE_CHARS = 1024 * 1024;
var MAX_PROSE_LINE = 8192;
var ANSI = (
  // eslint-disable-next-line no-control-regex -- removing control sequences is the point
  /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g
);
var LOST_ESC = /\[\d{1,3}(?:;\d{1,3}){0,4}m/g;
var FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
var HEADING = /^ {0,3}#{1,6} +(.+?) *#* *$/;
var QUOTE = /^ {0,3}> ?/;
var DETAILS_TAG = /^\s*<\/?(?:details|summary)\b[^>]*>(.*?)(?:<\/summary>)?\s*$/i;
var BARE_LOG = /^\s*(?:\d+\.\d+s +)?(?:TRACE|DEBUG|INFO|WARN|ERROR) \S|^\s*(?:error|warning|hint): \S|^\s*Caused by: |^\s*[×╰├]─?[▶>]? ?\S|^\d+ .+ \[(?:DEBUG|INFO|WARNING|ERROR|NOTSET) +[\w./-]+:\d+\]$|^pipx >\(|^pyenv: |^RuntimeError: failed to find interpreter/;
function stripAnsi(text) {
  const withoutEsc = text.includes("\x1B") ? text.replace(ANSI, "") : text;
  return /\[\d{1,3}m/.test(withoutEsc.slice(0, 1e5)) ? withoutEsc.replace(LOST_ESC, "") : withoutEsc;
}
function stripHtmlComments(text) {
  let out = "";
  let at = 0;
  for (; ; ) {
    const open = text.indexOf("<!--", at);
    if (open < 0) return out + text.slice(at);
    out += text.slice(at, open);
    const close = text.indexOf("-->", open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
}
function capText(text, max) {
  if (text.length <= max) return { text, truncated: null };
  const half = Math.floor(max / 2);
  const omitted = text.length - 2 * half;
  return {
    text: `${text.slice(0, half)}
[\u2026 ${omitted} characters omitted by interpreter-guard \u2026]
${text.slice(text.length - half)}`,
    truncated: { originalLength: text.length }
  };
}
function extractIssue(markdown, maxChars = MAX_ISSUE_CHARS) {
  const capped = capText(markdown, maxChars);
  const unified = capped.text.includes("\r") ? capped.text.replace(/\r\n?/g, "\n") : capped.text;
  const text = stripHtmlComments(stripAnsi(unified));
  const blocks = [];
  const prose = [];
  const form = {};
  let heading = null;
  let sectionLines = [];
  let fence = null;
  let indented = null;
  let bare = null;
  let previousBlank = true;
  const endSection = () => {
    if (heading !== null) {
      const value = sectionLines.join("\n").trim();
      if (value && value !== "_No response_" && !(heading in form))
        form[heading] = value.slice(0, 4e3);
    }
    sectionLines = [];
  };
  const flushIndented = () => {
    if (indented?.length) blocks.push({ source: "indented", info: "", text: indented.join("\n") });
    indented = null;
  };
  const flushBare = () => {
    if (bare?.length) blocks.push({ source: "bare", info: "", text: bare.join("\n") });
    bare = null;
  };
  for (const original of text.split("\n")) {
    let line = original;
    while (startsAfterIndent(line, ">") && QUOTE.test(line)) line = line.replace(QUOTE, "");
    if (fence) {
      const close = startsAfterIndent(line, fence.char) ? FENCE.exec(line) : null;
      if (close && (close[1] ?? "")[0] === fence.char && (close[1] ?? "").length >= fence.length && !(close[2] ?? "").trim()) {
        blocks.push({ source: "fenced", info: fence.info, text: fence.lines.join("\n") });
        sectionLines.push("[code block]");
        fence = null;
      } else {
        fence.lines.push(line);
      }
      continue;
    }
    const open = startsAfterIndent(line, "`") || startsAfterIndent(line, "~") ? FENCE.exec(line) : null;
    if (open) {
      flushIndented();
      flushBare();
      const marker = open[1] ?? "```";
      if (!(marker[0] === "`" && (open[2] ?? "").includes("`"))) {
        fence = {
          char: marker[0] ?? "`",
          length: marker.length,
          info: (open[2] ?? "").trim().slice(0, 100),
          lines: []
        };
        continue;
      }
    }
    const blank = !line.trim();
    if ((indented || previousBlank) && /^(?: {4}|\t)/.test(line) && !blank) {
      flushBare();
      (indented ??= []).push(line.replace(/^(?: {4}|\t)/, ""));
      previousBlank = false;
      continue;
    }
    if (indented && blank) {
      indented.push("");
      previousBlank = true;
      continue;
    }
    flushIndented();
    const details = line.includes("<") ? DETAILS_TAG.exec(line) : null;
    if (details) line = details[1] ?? "";
    const h = startsAfterIndent(line, "#") ? HEADING.exec(line) : null;
    if (h) {
      flushBare();
      endSection();
      heading = (h[1] ?? "").trim().toLowerCase().slice(0, 200);
      previousBlank = true;
      continue;
    }
    if (mayStartLogLine(line) && BARE_LOG.test(line)) {
      (bare ??= []).push(line);
      sectionLines.push(line);
      previousBlank = false;
      continue;
    }
    if (bare && !blank && /^\s|^\[(?:stdout|stderr)\]$/.test(line)) {
      bare.push(line);
      sectionLines.push(line);
      continue;
    }
    if (bare && blank) bare.push("");
    else flushBare();
    prose.push(line.length > MAX_PROSE_LINE ? line.slice(0, MAX_PROSE_LINE) : line);
    sectionLines.push(line);
    previousBlank = blank;
  }
  if (fence) blocks.push({ source: "fenced", info: fence.info, text: fence.lines.join("\n") });
  flushIndented();
  flushBare();
  endSection();
  return {
    prose: prose.join("\n"),
    blocks,
    form,
    logText: blocks.map((b) => b.text).join("\n"),
    truncated: capped.truncated
  };
}
function startsAfterIndent(line, char) {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  return line[i] === char;
}
var LOG_STARTS = new Set("TDIWEewhCx\xD7\u2570\u251C0123456789pR");
function mayStartLogLine(line) {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return LOG_STARTS.has(line.charAt(i));
}

// src/core/triage/path-kind.ts
var RULES = [
  [
    /\/microsoft\/windowsapps\/|\/program files\/windowsapps\/pythonsoftwarefoundation/,
    "windows-store-shim"
  ],
  [/\/nix\/store\/[0-9a-z]{32}-[^/]*-env(?:\/|$)/, "nix-env"],
  [/\/nix\/store\/[0-9a-z]{32}-/, "nix-store"],
  [
    /\/\.nix-profile\/|\/etc\/profiles\/per-user\/|\/run\/current-system\/sw\/|\/nix\/var\/nix\/profiles\//,
    "nix-store"
  ],
  [/\/\.pyenv\/(?:pyenv-win\/)?shims\/|\/\.asdf\/shims\/|\/mise\/shims\//, "shim"],
  [/\/\.pyenv\/versions\/[^/]+\/envs\//, "venv"],
  [
    /\/\.pyenv\/(?:pyenv-win\/)?versions\/|\/\.asdf\/installs\/python\/|\/mise\/installs\/python\//,
    "pyenv"
  ],
  [/\/uv\/(?:data\/)?python\/(?:cpython|pypy|graalpy)-|\/\.rye\/py\//, "uv-managed"],
  [
    /\/(?:(?:mini|ana)conda\d*|miniforge\d*|mambaforge|micromamba|conda|\.conda|\.pixi)\/envs\/[^/]+\//,
    "conda-env"
  ],
  [
    /\/(?:(?:mini|ana)conda\d*|miniforge\d*|mambaforge)\/(?:bin\/|python(?:\.exe)?$)|^\/opt\/conda\/bin\//,
    "conda-base"
  ],
  [
    /(?:^|\/)\.?venv\/(?:bin|scripts)\/|\/\.tox\/[^/]+\/(?:bin|scripts)\/|\/virtualenvs\/|\/\.virtualenvs\/|\/pipx\/venvs\/|\/hatch\/env\/|\/pypoetry\/virtualenvs\//,
    "venv"
  ],
  [
    /^\/opt\/homebrew\/|^\/usr\/local\/cellar\/|^\/usr\/local\/opt\/python|\/linuxbrew\//,
    "homebrew"
  ],
  [/\/library\/frameworks\/python\.framework\/|python3\.framework\//, "framework"],
  [
    /^[a-z]:\/python\d*\/|\/program files(?: \(x86\))?\/python|\/appdata\/local\/programs\/python\//,
    "registry"
  ],
  [/^\/(?:usr\/)?(?:local\/)?bin\/|^\/opt\/hostedtoolcache\/python\//, "system"]
];
function kindOfPath(path) {
  const p = path.replace(/\\/g, "/").toLowerCase();
  for (const [pattern, kind] of RULES) if (pattern.test(p)) return kind;
  return "unknown";
}

// src/core/triage/facts.ts
var LIST_CAP = 200;
function factsOf(events, text) {
  const kinds = /* @__PURE__ */ new Map();
  const kindOfPath2 = (path) => {
    let kind = kinds.get(path);
    if (kind === void 0) kinds.set(path, kind = kindOfPath(path));
    return kind;
  };
  const tool = detectTool(events, text);
  const own = (e) => !tool || e.tool === tool || e.tool === "pyenv" || tool === "pdm" && e.tool === "findpython" || tool === "tox" && e.tool === "virtualenv";
  const found = /* @__PURE__ */ new Map();
  const rejected = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  let selected = null;
  let finalError = null;
  let request = null;
  for (const e of events) {
    if (!own(e)) continue;
    switch (e.type) {
      case "found":
        if (!found.has(e.path) && found.size < LIST_CAP)
          found.set(e.path, {
            path: e.path,
            key: e.key,
            version: e.version,
            source: e.source,
            interpreterKind: kindOfPath2(e.path)
          });
        break;
      case "rejected":
      case "skipped": {
        const target = e.type === "rejected" ? rejected : skipped;
        const id = `${e.reasonKind}\0${e.path}`;
        if (!target.has(id) && target.size < LIST_CAP)
          target.set(id, {
            path: e.path,
            reason: e.reason,
            kind: e.reasonKind,
            source: e.source,
            interpreterKind: kindOfPath2(e.path)
          });
        break;
      }
      case "query-failed": {
        const id = `${e.reasonKind}\0${e.path}`;
        const reason = e.detail.split("\n").find((l) => l.trim())?.trim() ?? "query failed";
        if (!rejected.has(id) && rejected.size < LIST_CAP)
          rejected.set(id, {
            path: e.path,
            reason,
            kind: e.reasonKind,
            source: null,
            interpreterKind: e.interpreterKind ?? kindOfPath2(e.path)
          });
        break;
      }
      case "selected":
        selected = { path: e.path, version: e.version, interpreterKind: kindOfPath2(e.path) };
        break;
      case "final-error":
        finalError = e;
        break;
      case "request":
      case "search":
        request ??= e.request;
        break;
      case "tool-version":
        break;
    }
  }
  const mentions = [
    ...found.values(),
    ...rejected.values(),
    ...skipped.values(),
    ...selected ? [selected] : []
  ];
  const { platform, evidence } = detectPlatform({
    paths: mentions.map((m) => m.path),
    interpreterKinds: mentions.map((m) => m.interpreterKind),
    logText: text.logText,
    prose: text.prose,
    form: text.form
  });
  const fe = finalError;
  return {
    tool,
    toolVersion: tool ? detectToolVersion(tool, events, text) : null,
    platform,
    platformEvidence: evidence,
    request,
    found: [...found.values()],
    rejected: [...rejected.values()],
    skipped: [...skipped.values()],
    selected,
    finalError: fe?.message ?? null,
    finalErrorCauses: fe?.causes ?? [],
    hints: fe?.hints ?? [],
    hasDiscoveryLog: events.some(
      (e) => DISCOVERY_LOG_EVENTS.has(e.type) && e.tool !== "pyenv" && !(e.type === "query-failed" && e.fromError)
    ),
    eventCount: events.length
  };
}
var COMMANDS = [
  [
    /(?:^|[\s`$>(])uv(?:\.exe)? (?:-[-\w]+ )*(?:venv|sync|run|pip|python|init|add|lock|tool|tree|export|build|publish|self)\b/m,
    "uv"
  ],
  [/(?:^|[\s`$>(])uvx (?:--?[\w-]+ )*\w/m, "uv"],
  [/(?:^|[\s`$>(])virtualenv (?:-[-\w]+ ?)*/m, "virtualenv"],
  [/(?:^|[\s`$>(])poetry (?:env|install|lock|add|run|shell|update|show|sync)\b/m, "poetry"],
  [/(?:^|[\s`$>(])pdm (?:use|install|add|lock|sync|run|venv|init|python)\b/m, "pdm"],
  [/(?:^|[\s`$>(])pipx (?:install|run|reinstall|upgrade|inject|list)\b/m, "pipx"],
  [/(?:^|[\s`$>(])tox(?: -[-\w]+| run| -e)/m, "tox"],
  [/(?:^|[\s`$>(])hatch (?:env|run|shell|python|build|test)\b/m, "hatch"],
  [/(?:^|[\s`$>(])rye (?:sync|pin|toolchain|run|init|add)\b/m, "rye"],
  [/(?:^|[\s`$>(])pyenv (?:install|global|local|shell|versions|which|exec)\b/m, "pyenv"]
];
function detectTool(events, text) {
  const versioned = events.find((e) => e.type === "tool-version" && e.tool !== "pyenv");
  if (versioned) return versioned.tool;
  const counts = /* @__PURE__ */ new Map();
  for (const e of events) {
    if (e.tool === "pyenv" || e.type === "tool-version") continue;
    const tool = e.tool === "findpython" ? "pdm" : e.tool;
    counts.set(tool, (counts.get(tool) ?? 0) + (e.type === "final-error" ? 1 : 2));
  }
  const byEvents = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (byEvents) return byEvents[0];
  for (const [key, value] of Object.entries(text.form)) {
    for (const tool of TOOL_NAMES)
      if (key.startsWith(`${tool} version`) || key === tool) return tool;
    if (/^(?:tool|which tool|package manager)/.test(key)) {
      const named = TOOL_NAMES.find((t) => new RegExp(`\\b${t}\\b`, "i").test(value));
      if (named) return named;
    }
  }
  const words = `${text.prose.slice(0, 64 * 1024)}
${text.logText.slice(0, 16 * 1024)}`;
  const commands = /* @__PURE__ */ new Map();
  for (const [re, tool] of COMMANDS) {
    if (re.test(words)) commands.set(tool, (commands.get(tool) ?? 0) + 1);
  }
  const byCommand = [...commands].sort((a, b) => b[1] - a[1])[0];
  if (byCommand) return byCommand[0];
  for (const [key, value] of Object.entries(text.form)) {
    if (!key.includes("version")) continue;
    const named = /^\s*([a-z]+)\b/i.exec(value)?.[1]?.toLowerCase();
    const tool = TOOL_NAMES.find((t) => t === named);
    if (tool) return tool;
  }
  if (events.some((e) => e.tool === "pyenv")) return "pyenv";
  const mentions = /* @__PURE__ */ new Map();
  for (const m of text.prose.slice(0, 1e5).matchAll(/\b(uv|virtualenv|poetry|pdm|pipx|tox|hatch|rye)\b/gi)) {
    const tool = (m[1] ?? "").toLowerCase();
    mentions.set(tool, (mentions.get(tool) ?? 0) + 1);
  }
  return [...mentions].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
function detectToolVersion(tool, events, text) {
  const fromLog = events.find(
    (e) => e.type === "tool-version" && e.tool === tool
  );
  if (fromLog) return fromLog.version;
  const versionOf = (s) => /(?:^|[^\d.])(\d+\.\d+\.\d+(?:[.-]?(?:a|b|rc|dev|post)\d*)?)(?![\d.])/.exec(s)?.[1] ?? null;
  for (const [key, value] of Object.entries(text.form)) {
    if (key === "version" || key === `${tool} version` || key.includes("version") && key.includes(tool)) {
      const v = versionOf(value);
      if (v) return v;
    }
  }
  const inText = new RegExp(
    `\\b${tool}(?:,? version|,? v| \\(version)? ?(\\d+\\.\\d+\\.\\d+(?:[-+.]?[0-9A-Za-z]+)*)`,
    "im"
  ).exec(`${text.prose}
${text.logText.slice(0, 1e5)}`);
  return inText?.[1] ?? null;
}

// src/core/triage/redact.ts
var SECRETS = [
  [/\bgh[pousr]_[A-Za-z0-9]{20,255}\b/g, "<redacted-token>"],
  [/\bgithub_pat_[A-Za-z0-9_]{20,255}\b/g, "<redacted-token>"],
  [/\bglpat-[A-Za-z0-9_-]{20,64}\b/g, "<redacted-token>"],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,255}\b/g, "<redacted-token>"],
  [/\bAKIA[0-9A-Z]{16}\b/g, "<redacted-key>"],
  [/\bsk-[A-Za-z0-9_-]{20,255}\b/g, "<redacted-key>"],
  [/\bpypi-[A-Za-z0-9_-]{20,255}\b/g, "<redacted-token>"],
  [/\b(Bearer|token|Basic) [A-Za-z0-9._~+/-]{16,}=*/g, "$1 <redacted>"],
  [
    /\b((?:[A-Z_]{0,40}(?:TOKEN|PASSWORD|PASSWD|SECRET|API_?KEY|AUTH)[A-Z_]{0,40}) {0,8}[=:] {0,8})("[^"\n]{0,200}"|'[^'\n]{0,200}'|\S{1,200})/gi,
    "$1<redacted>"
  ],
  [/\b([a-z][a-z0-9+.-]{1,20}:\/\/)[^\s/@:]{1,100}:[^\s/@]{1,200}@/gi, "$1<redacted>@"]
];
var HOME_POSIX = /(\/(?:var\/)?home|\/Users)\/([^/\s`'"<>:;,]{1,64})/g;
var HOME_WINDOWS = /\b([A-Za-z]:[\\/]+Users[\\/]+)([^\\/\s`'"<>:;,]{1,64})/gi;
var NOT_USERS = /* @__PURE__ */ new Set([
  "shared",
  "public",
  "default",
  "all users",
  "<user>",
  "runner",
  "user",
  "username"
]);
function makeRedactor(fullText) {
  const names = /* @__PURE__ */ new Set();
  for (const re of [HOME_POSIX, HOME_WINDOWS]) {
    re.lastIndex = 0;
    for (const m of fullText.slice(0, 2e6).matchAll(re)) {
      const name = m[2] ?? "";
      if (name.length >= 3 && !NOT_USERS.has(name.toLowerCase())) names.add(name);
      if (names.size >= 20) break;
    }
  }
  const nameList = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const nameRe = nameList.length ? new RegExp(`(?<![\\w.-])(?:${nameList.join("|")})(?![\\w-])`, "g") : null;
  return (text) => {
    let out = text.replace(
      HOME_POSIX,
      (_m, _root, name) => NOT_USERS.has(name.toLowerCase()) ? _m : "~"
    );
    out = out.replace(
      HOME_WINDOWS,
      (_m, root, name) => NOT_USERS.has(name.toLowerCase()) ? _m : `${root}<user>`
    );
    out = out.replace(/\b[\w.-]{1,64}@[\w.-]{1,253}:(?=~|\/|\s*\$)/g, "<user>@<host>:");
    out = out.replace(/^(Linux|Darwin|FreeBSD) \S{1,253} (\d+\.\d+)/gm, "$1 <host> $2");
    for (const [re, replacement] of SECRETS) out = out.replace(re, replacement);
    if (nameRe) out = out.replace(nameRe, "<user>");
    return out;
  };
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/core/triage/markdown.ts
function escapeText(text) {
  return oneLine(text).replace(/[\\`*_{}[\]()#+!|>]/g, "\\$&").replace(/~~/g, "\\~\\~").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/@/g, "&#64;");
}
function inlineCode(text, options = {}) {
  let body = oneLine(text);
  if (options.inTable) body = body.replace(/\|/g, "\\|");
  if (!body) return "` `";
  const fence = "`".repeat(longestRun(body, "`") + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function codeBlock(text, info = "") {
  const fence = "`".repeat(Math.max(3, longestRun(text, "`") + 1));
  const safeInfo = info.replace(/[^\w+-]/g, "");
  return `${fence}${safeInfo}
${text.replace(/\r/g, "")}
${fence}`;
}
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
}
function longestRun(text, char) {
  let longest = 0;
  let run2 = 0;
  for (const c of text) {
    run2 = c === char ? run2 + 1 : 0;
    if (run2 > longest) longest = run2;
  }
  return longest;
}

// src/core/triage/render.ts
var COMMENT_MARKER = "<!-- interpreter-guard:triage -->";
var STATE_OPEN = "<!-- interpreter-guard:state ";
var MAX_COMMENT = 65536;
var MAX_ROWS = 15;
var PLATFORM_NAMES = {
  nix: "Nix / NixOS",
  conda: "conda",
  docker: "a container",
  wsl: "WSL",
  windows: "Windows",
  macos: "macOS",
  linux: "Linux",
  unknown: "an unknown platform"
};
function renderComment(result, diagnoses, options) {
  const r = (text, max = 300) => options.redact(text.length > max ? `${text.slice(0, max)}\u2026` : text);
  const out = [COMMENT_MARKER];
  const tool = result.tool ? inlineCode(result.toolVersion ? `${result.tool} ${result.toolVersion}` : result.tool) : "unknown tool";
  out.push(
    `**interpreter-guard** read this issue: ${tool} on ${PLATFORM_NAMES[result.platform]}${result.regression ? ", reported as a regression" : ""}.`
  );
  for (const notice of options.notices ?? []) out.push("", notice);
  for (const d of diagnoses.slice(0, 3)) {
    out.push("", `#### Likely cause: ${d.title}`, "", d.explanation);
    if (d.evidence) out.push("", `Seen for ${inlineCode(r(d.evidence, 200))}.`);
    if (d.workarounds.length) out.push("", "**What helps**", ...d.workarounds.map((w) => `- ${w}`));
    if (d.related.length) {
      const refs = d.related.map((ref) => options.linkRelated ? ref : inlineCode(ref));
      out.push("", `Related: ${refs.join(", ")}`);
    }
  }
  if (result.hasLog) out.push("", ...logSummary(result, r));
  else if (result.finalError) out.push("", `**Error:** ${inlineCode(r(result.finalError, 500))}`);
  if (result.needsLogs && result.logRequest) {
    out.push(
      "",
      "#### Please add a verbose log",
      "",
      "The log that shows which interpreters were found and why each was turned down is missing. Please run the following and paste the output (or attach the file):"
    );
    const named = result.logRequest.shells.length > 1;
    for (const { shell, commands } of result.logRequest.shells) {
      if (named)
        out.push(
          "",
          `${shell === "bash" ? "bash / zsh" : shell === "powershell" ? "PowerShell" : "cmd.exe"}:`
        );
      out.push("", codeBlock(commands.join("\n"), shell === "cmd" ? "bat" : shell));
    }
    out.push(
      "",
      "Home directories are fine to leave in; this bot redacts user names and tokens when it quotes the log."
    );
  }
  if (result.discovery) {
    const evidence = result.platformEvidence.slice(0, 4).map((e) => escapeText(r(e, 120)));
    out.push(
      "",
      "<details><summary>How this was worked out</summary>",
      "",
      `- Platform: ${PLATFORM_NAMES[result.platform]}${evidence.length ? ` (${evidence.join("; ")})` : ""}`,
      `- Fingerprint: ${inlineCode(result.fingerprint)} (shared by issues with the same tool, platform and reasons)`,
      `- Labels: ${result.labels.length ? result.labels.map((l) => inlineCode(l)).join(", ") : "none"}`,
      ...result.truncatedFrom ? [
        `- The issue was ${result.truncatedFrom} characters long; only its beginning and end were read.`
      ] : [],
      "",
      "</details>"
    );
  }
  const state = {
    v: 1,
    fingerprint: result.fingerprint,
    labels: result.labels,
    diagnoses: diagnoses.map((d) => d.id),
    needsLogs: result.needsLogs
  };
  out.push("", `${STATE_OPEN}${encodeState(state)} -->`);
  return fitBudget(out.join("\n"));
}
function logSummary(result, r) {
  const lines = ["#### What the log shows", ""];
  if (result.request) lines.push(`- Request: ${inlineCode(r(result.request, 200))}`);
  lines.push(
    `- Interpreters found: ${result.found.length}; turned down: ${result.rejected.length + result.skipped.length}`
  );
  lines.push(`- Selected: ${result.selected ? inlineCode(r(result.selected.path, 200)) : "none"}`);
  if (result.finalError) lines.push(`- Error: ${inlineCode(r(result.finalError, 500))}`);
  const rows = [...result.rejected, ...result.skipped];
  if (rows.length) {
    lines.push("", "| Interpreter | Looks like | Why it was turned down |", "| --- | --- | --- |");
    for (const row of rows.slice(0, MAX_ROWS)) {
      lines.push(
        `| ${inlineCode(r(row.path, 200), { inTable: true })} | ${row.interpreterKind} | ${inlineCode(r(row.reason, 200), { inTable: true })} (${REASON_KIND_TEXT[row.kind]}) |`
      );
    }
    if (rows.length > MAX_ROWS) lines.push("", `\u2026and ${rows.length - MAX_ROWS} more.`);
  }
  return lines;
}
function encodeState(state) {
  return JSON.stringify(state).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/--/g, "-\\u002d");
}
function readState(body) {
  const at = body.lastIndexOf(STATE_OPEN);
  if (at < 0) return null;
  const end = body.indexOf(" -->", at);
  if (end < 0) return null;
  try {
    const data = JSON.parse(body.slice(at + STATE_OPEN.length, end));
    if (data.v !== 1 || typeof data.fingerprint !== "string" || !Array.isArray(data.labels))
      return null;
    return {
      v: 1,
      fingerprint: data.fingerprint,
      labels: data.labels.filter((l) => typeof l === "string"),
      diagnoses: Array.isArray(data.diagnoses) ? data.diagnoses.filter((d) => typeof d === "string") : [],
      needsLogs: data.needsLogs === true
    };
  } catch {
    return null;
  }
}
function fitBudget(body) {
  if (body.length <= MAX_COMMENT) return body;
  const tail = body.slice(body.lastIndexOf(STATE_OPEN));
  return `${body.slice(0, MAX_COMMENT - tail.length - 40)}

\u2026(shortened)

${tail}`;
}

// src/core/triage/result.ts
var TRIAGE_SCHEMA_ID = "interpreter-guard/triage@1";
var str = nullable(string());
var Mention = { path: string(), interpreterKind: InterpreterKind };
var TurnedDown = object({
  ...Mention,
  reason: string(),
  kind: _enum(REASON_KINDS),
  source: str
});
var TriageResult = object({
  schema: literal(TRIAGE_SCHEMA_ID),
  discovery: boolean(),
  hasLog: boolean(),
  needsLogs: boolean(),
  regression: boolean(),
  tool: nullable(_enum(TOOL_NAMES)),
  toolVersion: str,
  platform: _enum(PLATFORMS),
  platformEvidence: array(string()),
  request: str,
  found: array(object({ ...Mention, key: str, version: str, source: str })),
  rejected: array(TurnedDown),
  skipped: array(TurnedDown),
  selected: nullable(object({ ...Mention, version: str })),
  finalError: str,
  finalErrorCauses: array(string()),
  labels: array(string()),
  fingerprint: string(),
  diagnoses: array(object({ id: string(), title: string(), evidence: str })),
  logRequest: nullable(
    object({
      tool: nullable(_enum(TOOL_NAMES)),
      shells: array(
        object({ shell: _enum(["bash", "powershell", "cmd"]), commands: array(string()) })
      )
    })
  ),
  /** Set when the input was longer than the cap and its middle was not read. */
  truncatedFrom: nullable(int())
});

// src/core/triage/index.ts
var MAX_LOG_CHARS = 25 * 1024 * 1024;
function triageIssue(markdown, options = {}) {
  return run(extractIssue(markdown), options);
}
function triageLog(log, options = {}) {
  const capped = capText(log, MAX_LOG_CHARS);
  const text = stripAnsi(
    capped.text.includes("\r") ? capped.text.replace(/\r\n?/g, "\n") : capped.text
  );
  return run(
    {
      prose: "",
      blocks: [{ source: "bare", info: "", text }],
      form: {},
      logText: text,
      truncated: capped.truncated
    },
    options
  );
}
function run(text, options) {
  const events = parseLogs(text.logText);
  const facts = factsOf(events, text);
  const rules = [...BUILTIN_RULES, ...options.extraRules ?? []];
  const diagnoses = diagnose(
    facts,
    rules,
    `${headAndTail2(text.logText, 256 * 1024)}
${text.prose}`
  );
  const ids = diagnoses.map((d) => d.id);
  const discovery = isDiscoveryIssue(facts, text.prose, ids);
  const explained = diagnoses.some((d) => !d.fallback);
  const needsLogs = discovery && !facts.hasDiscoveryLog && !explained;
  const regression = discovery && mentionsRegression(text.prose);
  const result = {
    schema: TRIAGE_SCHEMA_ID,
    discovery,
    hasLog: facts.hasDiscoveryLog,
    needsLogs,
    regression,
    tool: facts.tool,
    toolVersion: facts.toolVersion,
    platform: facts.platform,
    platformEvidence: facts.platformEvidence,
    request: facts.request,
    found: facts.found,
    rejected: facts.rejected,
    skipped: facts.skipped,
    selected: facts.selected,
    finalError: facts.finalError,
    finalErrorCauses: facts.finalErrorCauses,
    labels: labelsFor(
      { discovery, needsLogs, regression, platform: facts.platform, tool: facts.tool },
      options.labels ?? DEFAULT_LABELS
    ),
    fingerprint: fingerprintOf(facts, ids),
    diagnoses: diagnoses.map((d) => ({ id: d.id, title: d.title, evidence: d.evidence })),
    logRequest: needsLogs ? logRequestFor(
      facts.tool,
      facts.platform,
      `${text.prose}
${text.logText.slice(0, 1e5)}`
    ) : null,
    truncatedFrom: text.truncated?.originalLength ?? null
  };
  const quoted = [
    result.request ?? "",
    result.finalError ?? "",
    ...result.finalErrorCauses,
    ...result.platformEvidence,
    ...[...result.found, ...result.rejected, ...result.skipped].map((m) => m.path),
    result.selected?.path ?? ""
  ];
  const redact = makeRedactor(`${text.prose}
${quoted.join("\n")}`);
  const comment = renderComment(result, discovery ? diagnoses : [], {
    redact,
    linkRelated: options.linkRelated,
    notices: options.notices
  });
  return { result, diagnoses, comment };
}
function headAndTail2(text, each) {
  return text.length <= 2 * each ? text : `${text.slice(0, each)}
${text.slice(-each)}`;
}

export {
  TOOL_NAMES,
  KnowledgeRule,
  DEFAULT_LABELS,
  escapeText,
  inlineCode,
  COMMENT_MARKER,
  readState,
  MAX_LOG_CHARS,
  triageIssue,
  triageLog
};
