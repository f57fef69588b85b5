import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  INTERPRETER_KINDS,
  InterpreterKind
} from "./chunk-RCXO3FIE.js";
import {
  stableHash
} from "./chunk-V3IDQTPU.js";
import {
  charTable,
  isDigitCode,
  isSpaceCode,
  lineShape,
  parseLogs,
  startsWithOneOf
} from "./chunk-2VOHXSCD.js";
import {
  REASON_KINDS,
  REASON_KIND_TEXT,
  clip,
  escapeRegExp
} from "./chunk-IDZS62K4.js";
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
} from "./chunk-ZA7TPQS4.js";

// src/core/triage/events.ts
var TOOL_NAMES = [
  "uv",
  "virtualenv",
  "pdm",
  "poetry",
  "pipx",
  "tox",
  "tox-uv",
  "hatch",
  "rye",
  "pip",
  "pipenv",
  "pyenv",
  "pyenv-win",
  "findpython",
  "python-discovery",
  "conda",
  "micromamba",
  "pixi",
  "mise",
  "asdf",
  "python-environment-tools",
  "vscode-python",
  "vscode-python-environments",
  "setup-python",
  "setup-uv",
  "homebrew",
  "spack",
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

// src/core/triage/platform-cues.ts
var WIN_DRIVE = "a Windows drive path";
var WIN_PROFILE = "a Windows profile folder";
var MAC_TOOL = "macOS named by a tool";
var LINUX_TOOL = "Linux named by a tool";
var WSL_PATH = "a WSL path or kernel";
var DOCKER = "a container image or build";
var OTHER = "another Unix";
var SHAPES = [
  // Windows: drive paths (JSON-escaped too), the profile's folders, executables, the launcher.
  {
    re: /:\\(?<=[A-Za-z]:\\)(?<![\w\\][A-Za-z]:\\)\\?[\w$.~ %-]/,
    target: "windows",
    weight: 3,
    why: WIN_DRIVE
  },
  {
    re: /:\/(?<=[A-Za-z]:\/)(?<![\w/][A-Za-z]:\/)[\w.-]/,
    target: "windows",
    weight: 2,
    why: WIN_DRIVE
  },
  {
    re: /\\(?:AppData|Program Files|WindowsApps|System32|ProgramData)\\/,
    target: "windows",
    weight: 3,
    why: WIN_PROFILE
  },
  {
    re: /%(?:LOCALAPPDATA|APPDATA|USERPROFILE|ProgramFiles)%/,
    target: "windows",
    weight: 3,
    why: WIN_PROFILE
  },
  { re: /\$env:\w/, target: "windows", weight: 3, why: WIN_PROFILE },
  {
    re: /\.(?:exe|EXE|bat|BAT)\b(?<=[\\/][\w. ()-]{0,80}\.\w{3}|\b(?:python|pythonw|py|pip|uv|conda)\.exe)/,
    target: "windows",
    weight: 2,
    why: "a Windows executable"
  },
  // Windows' venv layout, and Git Bash's or Cygwin's view of a drive.
  {
    re: /Scripts\\(?<=[\w.]\\{1,2}Scripts\\)\\?[\w.-]/,
    target: "windows",
    weight: 3,
    why: "a Windows venv's Scripts folder"
  },
  {
    re: /\/Users\/(?<=\/(?:cygdrive\/)?[a-z]\/Users\/)(?<![\w.-]\/[a-z]\/Users\/)/,
    target: "windows",
    weight: 3,
    why: "a Windows drive seen from Git Bash"
  },
  // The `py` launcher ships with Python for Windows.
  {
    re: /py -(?:m |[23](?:\.\d{1,2})? )(?<![^\s>$`]py -(?:m |[23](?:\.\d{1,2})? ))/,
    target: "windows",
    weight: 2,
    why: "the py launcher"
  },
  {
    re: /(?:Windows_NT|win32)\b(?<=Windows_NT|(?:\bplatform |\bon |sys_platform == ['"])win32)/,
    target: "windows",
    weight: 3,
    why: "Windows named by a tool"
  },
  {
    re: /(?:-windows-(?:x86_64|aarch64|x86|i686)-none|win_(?:amd64|arm64))\b/,
    target: "windows",
    weight: 1,
    why: "a Windows platform tag"
  },
  // macOS: home folders, Homebrew and framework locations, the kernel, platform tags.
  {
    re: /\/Users\/[\w.@ -](?<![\w:.~\\/-]\/Users\/.)/,
    target: "macos",
    weight: 3,
    why: "a macOS home folder"
  },
  {
    re: /\/(?:opt\/homebrew\b|Library\/(?:Frameworks|Developer|Caches|Application Support)\/|System\/Library\/|Applications\/|private\/var\/folders\/|usr\/local\/(?:Cellar|Caskroom|opt)\/)/,
    target: "macos",
    weight: 3,
    why: "a macOS system or Homebrew path"
  },
  { re: /Python\.framework\//, target: "macos", weight: 3, why: "a macOS system or Homebrew path" },
  {
    re: /[Dd]arwin\b(?<=Darwin Kernel|(?:\bon |\bplatform[=: ]{1,3}['"]?)darwin)/,
    target: "macos",
    weight: 3,
    why: MAC_TOOL
  },
  { re: /-macos-(?:aarch64|x86_64)-none\b/, target: "macos", weight: 3, why: MAC_TOOL },
  // Homebrew bottles are tagged with the macOS release (or `x86_64_linux`) they were built for.
  {
    re: /\.bottle\b(?<=\.(?:arm64_)?(?:el_capitan|sierra|high_sierra|mojave|catalina|big_sur|monterey|ventura|sonoma|sequoia|tahoe)\.bottle)/,
    target: "macos",
    weight: 3,
    why: "a Homebrew bottle for macOS"
  },
  {
    re: /\.bottle\b(?<=\.(?:x86_64|arm64)_linux\.bottle)/,
    target: "linux",
    weight: 3,
    why: "a Homebrew bottle for Linux"
  },
  { re: /\.dylib\b/, target: "macos", weight: 2, why: "a macOS library" },
  { re: /xc(?:ode-select|run)\b/, target: "macos", weight: 2, why: "Apple's developer tools" },
  {
    re: /macosx_\d{1,2}_\d{1,2}_(?:arm64|x86_64|universal2)\b/,
    target: "macos",
    weight: 1,
    why: "a macOS platform tag"
  },
  // Hosted CI runners, by their labels.
  { re: /ubuntu-(?:latest|\d\d\.04)\b/, target: "linux", weight: 2, why: "a Linux runner" },
  { re: /macos-(?:latest|1\d|2\d)\b/, target: "macos", weight: 2, why: "a macOS runner" },
  { re: /windows-(?:latest|20\d\d)\b/, target: "windows", weight: 2, why: "a Windows runner" },
  // Linux: home folders, Debian's and the multiarch layout, the kernel, platform tags.
  {
    re: /\/home\/[\w.-](?<![\w.~-]\/home\/.)/,
    target: "linux",
    weight: 2,
    why: "a Linux home folder"
  },
  // root's home: Linux hosts and containers (macOS keeps it at /var/root).
  {
    re: /\/root\/[\w.-](?<![\w.~-]\/root\/.)/,
    target: "linux",
    weight: 1,
    why: "root's home folder"
  },
  {
    re: /\/(?:dist-packages\b|usr\/lib(?:64\/|\/(?:x86_64|aarch64)-linux-gnu\b)|snap\/\w(?<![\w.-]\/snap\/\w)|etc\/os-release\b)/,
    target: "linux",
    weight: 2,
    why: "a Linux system path"
  },
  {
    re: /linux2?\b(?!-)(?<=(?:\bon |\bplatform[=: ]{1,3}['"]?)linux2?)/,
    target: "linux",
    weight: 3,
    why: LINUX_TOOL
  },
  {
    re: /-linux-(?:x86_64|aarch64|i686|armv7|ppc64le|s390x|riscv64)-(?:gnu|musl)\b/,
    target: "linux",
    weight: 3,
    why: LINUX_TOOL
  },
  {
    re: /manylinux_?\d[\w.]{0,20}\.whl\b/,
    target: "linux",
    weight: 1,
    why: "a Linux platform tag"
  },
  // A distribution's package manager.
  {
    re: / (?:install\b(?<=\b(?:apt|apt-get|dnf|yum|zypper) install)|-S\b(?<=\bpacman -S))/,
    target: "linux",
    weight: 2,
    why: "a Linux distribution's package manager"
  },
  // WSL: Windows drives mounted in Linux, the WSL kernel, WSL's variables.
  { re: /\/mnt\/[a-z]\/(?<![\w.-]\/mnt\/[a-z]\/)/, target: "wsl", weight: 3, why: WSL_PATH },
  { re: /\\\\wsl(?:\$|\.localhost)\\/, target: "wsl", weight: 3, why: WSL_PATH },
  { re: /[-m](?:Microsoft\b|icrosoft-standard-WSL)/, target: "wsl", weight: 3, why: WSL_PATH },
  { re: /WSL_(?:DISTRO_NAME|INTEROP)\b/, target: "wsl", weight: 3, why: WSL_PATH },
  // Docker: images, build steps, containers' marks.
  { re: /\/\.dockerenv\b/, target: "docker", weight: 3, why: DOCKER },
  {
    re: /docker(?:-compose\b|(?: container)? (?:run|build|compose|exec|pull)\b)/,
    target: "docker",
    weight: 3,
    why: DOCKER
  },
  { re: /Dockerfile\b/, target: "docker", weight: 3, why: DOCKER },
  { re: /devcontainer\.json\b/, target: "docker", weight: 3, why: DOCKER },
  {
    re: /\/workspaces\/[\w.-](?<![\w.-]\/workspaces\/.)/,
    target: "docker",
    weight: 2,
    why: "a dev container workspace"
  },
  // Nix: the store and the profiles, shells and flakes.
  {
    re: /\/(?:nix\/(?:store|var\/nix)\/|\.nix-profile\/|run\/current-system\/|etc\/profiles\/per-user\/)/,
    target: "nix",
    weight: 2,
    why: "a Nix store path"
  },
  { re: /\.nix\b(?<=\b(?:shell|flake)\.nix)/, target: "nix", weight: 2, why: "a Nix shell" },
  { re: /mkShell\b/, target: "nix", weight: 2, why: "a Nix shell" },
  { re: /<nixpkgs>/, target: "nix", weight: 2, why: "a Nix shell" },
  // An active conda environment, as uv names the source it found an interpreter in.
  { re: /conda prefix\)/, target: "conda", weight: 2, why: "an active conda environment" },
  // Other Unix systems (no label of their own): Solaris' vendor packages, their platform strings.
  { re: /\/vendor-packages\//, target: "other", weight: 3, why: OTHER },
  {
    re: /platform[=: ]{1,3}['"]?(?:sunos|freebsd|openbsd|netbsd|aix)/,
    target: "other",
    weight: 3,
    why: OTHER
  }
];
var LINE = /\n[ \t>*_-]{0,8}(?:(Darwin [\w.-]{1,100} \d+\.\d+)|(Linux [\w.-]{1,100} \d+\.\d+\.\d+[\w.+-]{0,60})|(PS (?:[A-Za-z]:|~)[^\n>]{0,200}>)|(FROM [\w./:@-]{1,200}(?: [Aa][Ss] [\w-]{1,60})?(?=\n|$))|(#\d{1,3} (?:\d+\.\d+ |\[[\w -]{1,40} \d+\/\d+\]))|(\(base\) )|([\w.-]{1,64}@[\w.-]{1,64}:[~/][^\n$#]{0,200}\$ )|(?:[A-Za-z]{1,12} ){0,2}(?:[Oo][Ss]|[Oo]perating [Ss]ystem|[Pp]latform|[Ss]ystem)\b[^:\n]{0,30}:[ \t]*([^\n]{1,160}))/g;
var LINE_GROUPS = [
  { target: "macos", weight: 3, why: MAC_TOOL },
  // WSL's kernel (`…-microsoft-standard-WSL2`) is told apart by platform.ts.
  { target: "linux", weight: 3, why: LINUX_TOOL },
  { target: "windows", weight: 3, why: "a PowerShell prompt" },
  { target: "docker", weight: 3, why: DOCKER },
  { target: "docker", weight: 3, why: DOCKER },
  { target: "conda", weight: 1, why: "conda's base environment in a prompt" },
  // The prompt Debian and Ubuntu set up.
  { target: "linux", weight: 1, why: "a Linux shell prompt" }
];
var WORDS = [
  {
    // `*nix` means any Unix.
    re: /\bnixos\b|\bnix-shell\b|\bnix (?:develop|run|profile|build)\b|\bflake\.nix\b|\bhome-manager\b|\bnixpkgs\b|\bnix-ld\b|\bnix-darwin\b|(?<!\*)\bnix\b/,
    target: "nix",
    title: 4,
    prose: 2,
    log: 1,
    why: "Nix"
  },
  // Conda's names alone say only that conda is installed: the title is where they explain the issue.
  {
    re: /\b(?:ana|mini)conda\d?\b|\bminiforge\d?\b|\bmambaforge\b|\bconda\b|\bmicromamba\b|\bmamba\b/,
    target: "conda",
    title: 2,
    prose: 0,
    log: 0,
    why: "conda"
  },
  // A conda environment's interpreter is what the issue is about.
  {
    re: /\b(?:conda|mamba) (?:env|environment)s?\b|\b(?:ana|mini)conda\d? (?:python|env|environment|base|interpreter)\b|\bconda (?:activate|create)\b|\bconda_(?:prefix|default_env)\b|\banaconda prompt\b/,
    target: "conda",
    title: 3,
    prose: 1,
    log: 0,
    why: "a conda environment"
  },
  // A title that ties conda to the interpreter.
  {
    re: /\b(?:(?:ana|mini)?conda|(?:micro)?mamba)\b[^\n.]{0,30}\b(?:python|interpreter)s?\b|\b(?:python|interpreter)s?\b[^\n.]{0,40}\b(?:(?:ana|mini)?conda|(?:micro)?mamba)\b/,
    target: "conda",
    title: 3,
    prose: 0,
    log: 0,
    why: "conda's interpreter"
  },
  {
    re: /(?<![-/])\bdocker(?:file)?\b|\bdevcontainers?\b|\bdev containers?\b|\bpodman\b/,
    target: "docker",
    title: 4,
    prose: 2,
    log: 1,
    why: "Docker"
  },
  {
    re: /\bcontainers?\b|\bcodespaces?\b|\bkubernetes\b/,
    target: "docker",
    title: 2,
    prose: 1,
    log: 0,
    why: "a container"
  },
  {
    // VS Code's `Shell identified as wsl` names a terminal's shell, not the system.
    re: /(?<!identified as '?)\bwsl ?2?\b|\bwindows subsystem for linux\b|\b(?:ubuntu|debian|linux|fedora|opensuse|kali)\b[^\n,;]{0,40}\bon windows\b/,
    target: "wsl",
    title: 5,
    prose: 3,
    log: 1,
    why: "WSL"
  },
  {
    re: /\bwindows(?:_nt)?\b|\bwin ?(?:7|8|8\.1|10|11)\b|\bwin(?:32|64)\b|\bpowershell\b|\bpwsh\b|\bcmd\.exe\b|\bmsys2?\b|\bmingw(?:32|64)?\b|\bgit bash\b|\bcygwin\b/,
    target: "windows",
    title: 4,
    prose: 2,
    log: 1,
    why: "Windows"
  },
  {
    re: /\bmac ?os\b|\bos ?x\b|\bmacbook|\bimac\b|\bmac mini\b|\bmac\b|\bdarwin\b|\bapple silicon\b|\bapple m[1-4]\b|\bm[1-4] (?:mac|chip|pro|max|ultra)\b|\bhomebrew\b|\bxcode\b|\b(?:el capitan|high sierra|mojave|catalina|big sur|monterey|ventura|sonoma|sequoia|tahoe)\b/,
    target: "macos",
    title: 4,
    prose: 2,
    log: 1,
    why: "macOS"
  },
  // Homebrew runs on Linux too, but mostly on macOS.
  {
    re: /\bbrew (?:install|upgrade|update|link|unlink|doctor|config|info|reinstall)\b/,
    target: "macos",
    title: 2,
    prose: 1,
    log: 1,
    why: "Homebrew"
  },
  {
    re: /\b(?:linux|ubuntu|debian|fedora|centos|rhel|red hat|rocky linux|almalinux|alpine|arch ?linux|manjaro|opensuse|suse|gentoo|raspbian|raspberry pi|amazon linux|linux mint|pop!_os|kubuntu|xubuntu|endeavouros)\b/,
    target: "linux",
    title: 4,
    prose: 2,
    log: 1,
    why: "Linux"
  },
  {
    re: /\b(?:freebsd|openbsd|netbsd|dragonfly ?bsd|solaris|sunos\d?|illumos|openindiana|smartos|aix|haiku|android|termux)\b/,
    target: "other",
    title: 4,
    prose: 2,
    log: 2,
    why: "another OS"
  }
];
var FORM_KEYS = /^(?:platform|operating system|os|environment|system|os version|platform \/ os|which platform.*|os and version|operating system and version)$/;

// src/core/triage/required-literals.ts
var MIN_LITERAL = 3;
var MAX_EXACT = 16;
var MAX_REPEAT = 3;
var ANYTHING = { exact: null, required: null };
var EMPTY = { exact: [""], required: null };
function requiredLiterals(re) {
  if (/[^gyim]/.test(re.flags)) return null;
  try {
    const parser = new Parser(re.source);
    const info = parser.disjunction();
    if (parser.at < re.source.length) return null;
    return usable(orSet(info));
  } catch {
    return null;
  }
}
function orSet(info) {
  const list = info.exact ?? info.required;
  if (!list) return null;
  return [...new Set(list.map(longestLinePiece))];
}
function usable(list) {
  return list && list.length > 0 && list.every((l) => l.length >= MIN_LITERAL) ? list : null;
}
function longestLinePiece(literal2) {
  if (!literal2.includes("\n")) return literal2;
  return literal2.split("\n").reduce((a, b) => b.length > a.length ? b : a, "");
}
function better(a, b) {
  const sa = score(a);
  const sb = score(b);
  if (!sa && !sb) return null;
  return sb > sa ? b : a;
}
function score(list) {
  if (!list || !list.length) return 0;
  let min = Infinity;
  for (const l of list) min = Math.min(min, longestLinePiece(l).length);
  return min >= MIN_LITERAL ? min : 0;
}
function concat(parts) {
  let exact = [""];
  let best = null;
  let whole = true;
  for (const part of parts) {
    if (part.exact && exact.length * part.exact.length <= MAX_EXACT) {
      const product = [];
      for (const a of exact) for (const b of part.exact) product.push(a + b);
      exact = [...new Set(product)];
      continue;
    }
    whole = false;
    best = better(best, orSet({ exact, required: null }));
    if (part.exact) {
      exact = part.exact;
    } else {
      best = better(best, orSet(part));
      exact = [""];
    }
  }
  if (whole) return { exact, required: null };
  return { exact: null, required: better(best, orSet({ exact, required: null })) };
}
function alternation(branches) {
  if (branches.every((b) => b.exact)) {
    const union = [...new Set(branches.flatMap((b) => b.exact ?? []))];
    if (union.length <= MAX_EXACT) return { exact: union, required: null };
  }
  const required = [];
  for (const b of branches) {
    const list = usable(orSet(b));
    if (!list) return ANYTHING;
    required.push(...list);
  }
  return { exact: null, required: [...new Set(required)] };
}
function repeat(part, min, max) {
  if (part.exact && max <= MAX_REPEAT) {
    let all = [];
    let power = [""];
    for (let k = 0; k <= max; k++) {
      if (k >= min) all.push(...power);
      if (k === max) break;
      const next = [];
      for (const a of power) for (const b of part.exact) next.push(a + b);
      power = [...new Set(next)];
      if (power.length > MAX_EXACT) {
        all = [];
        break;
      }
    }
    all = [...new Set(all)];
    if (all.length && all.length <= MAX_EXACT) return { exact: all, required: null };
  }
  return min >= 1 ? { exact: null, required: orSet(part) } : ANYTHING;
}
var CLASS_ESCAPES = /* @__PURE__ */ new Set(["d", "D", "w", "W", "s", "S"]);
var CONTROL_ESCAPES = { n: "\n", r: "\r", t: "	", v: "\v", f: "\f" };
var MAX_CLASS = 8;
var Parser = class {
  constructor(src) {
    this.src = src;
  }
  src;
  at = 0;
  peek(offset = 0) {
    return this.src.charAt(this.at + offset);
  }
  disjunction() {
    const branches = [this.alternative()];
    while (this.peek() === "|") {
      this.at++;
      branches.push(this.alternative());
    }
    return branches.length === 1 ? branches[0] : alternation(branches);
  }
  alternative() {
    const parts = [];
    while (this.at < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      parts.push(this.quantified(this.term()));
    }
    return concat(parts);
  }
  term() {
    const c = this.peek();
    if (c === "^" || c === "$") {
      this.at++;
      return EMPTY;
    }
    if (c === "(") return this.group();
    if (c === "[") return this.characterClass();
    if (c === ".") {
      this.at++;
      return ANYTHING;
    }
    if (c === "\\") return this.escape();
    if (c === "*" || c === "+" || c === "?") throw new Error("nothing to repeat");
    this.at++;
    return { exact: [c], required: null };
  }
  group() {
    this.at++;
    let kind = "capture";
    if (this.peek() === "?") {
      const next = this.peek(1);
      if (next === ":") kind = "plain";
      else if (next === "=" || next === "!") kind = "look";
      else if (next === "<" && (this.peek(2) === "=" || this.peek(2) === "!")) kind = "look";
      else if (next === "<") kind = "named";
      else throw new Error("unknown group");
      if (kind === "named") {
        const end = this.src.indexOf(">", this.at);
        if (end < 0) throw new Error("unclosed name");
        this.at = end + 1;
      } else {
        this.at += kind === "look" && next === "<" ? 3 : 2;
      }
    }
    const inner = this.disjunction();
    if (this.peek() !== ")") throw new Error("unclosed group");
    this.at++;
    return kind === "look" ? EMPTY : inner;
  }
  escape() {
    const c = this.peek(1);
    this.at += 2;
    if (c === "b" || c === "B") return EMPTY;
    if (CLASS_ESCAPES.has(c)) return ANYTHING;
    const control = CONTROL_ESCAPES[c];
    if (control) return { exact: [control], required: null };
    const code = this.codeEscape(c);
    if (code !== null) return { exact: [String.fromCharCode(code)], required: null };
    if (/[0-9kc]/.test(c) || c === "") throw new Error("escape not followed");
    return { exact: [c], required: null };
  }
  /** `\xHH`, `\uHHHH` (after the letter), or null. */
  codeEscape(c) {
    const length = c === "x" ? 2 : c === "u" ? 4 : 0;
    if (!length) return null;
    const hex = this.src.slice(this.at, this.at + length);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length)
      throw new Error("escape not followed");
    this.at += length;
    return parseInt(hex, 16);
  }
  characterClass() {
    this.at++;
    const negated = this.peek() === "^";
    if (negated) this.at++;
    const chars = /* @__PURE__ */ new Set();
    let open = false;
    let first = true;
    for (; ; ) {
      if (this.at >= this.src.length) throw new Error("unclosed class");
      let c = this.peek();
      if (c === "]" && !first) {
        this.at++;
        break;
      }
      first = false;
      let code;
      if (c === "\\") {
        const e = this.peek(1);
        this.at += 2;
        if (CLASS_ESCAPES.has(e)) {
          open = true;
          continue;
        }
        const escaped = e === "b" ? 8 : CONTROL_ESCAPES[e]?.charCodeAt(0) ?? null;
        const hex = escaped ?? this.codeEscape(e);
        if (hex === null && /[0-9kc]/.test(e)) throw new Error("escape not followed");
        code = hex ?? e.charCodeAt(0);
      } else {
        if (c === "]") {
          throw new Error("empty class");
        }
        this.at++;
        code = c.charCodeAt(0);
      }
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== "") {
        this.at++;
        c = this.peek();
        let end;
        if (c === "\\") {
          const e = this.peek(1);
          this.at += 2;
          if (CLASS_ESCAPES.has(e)) throw new Error("class escape in a range");
          const escaped = CONTROL_ESCAPES[e]?.charCodeAt(0) ?? this.codeEscape(e);
          if (escaped === null && /[0-9kcb]/.test(e)) throw new Error("escape not followed");
          end = escaped ?? e.charCodeAt(0);
        } else {
          this.at++;
          end = c.charCodeAt(0);
        }
        if (end < code) throw new Error("bad range");
        if (end - code >= MAX_CLASS) open = true;
        else for (let k = code; k <= end; k++) chars.add(String.fromCharCode(k));
      } else {
        chars.add(String.fromCharCode(code));
      }
    }
    if (negated || open || chars.size > MAX_CLASS || chars.size === 0) return ANYTHING;
    return { exact: [...chars], required: null };
  }
  quantified(part) {
    let min;
    let max;
    const c = this.peek();
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) return part;
      min = Number(m[1]);
      max = m[2] ? m[3] ? Number(m[3]) : Infinity : min;
      this.at += m[0].length - 1;
    } else {
      return part;
    }
    this.at++;
    if (this.peek() === "?") this.at++;
    return repeat(part, min, max);
  }
};

// src/core/triage/trigrams.ts
var HASH_BITS = 14;
var Trigrams = class {
  parts = [];
  /**
   * Adds the trigrams of `text` from `start` to `end` as one part, with the two characters before
   * it: a trigram across the cut from the part before belongs to this one. A query may then stop
   * at a part (see `upTo`), so a reader of the text's head is not misled by its rest.
   */
  add(text, start = 0, end = text.length) {
    const bits = new Int32Array(1 << HASH_BITS >> 5);
    this.parts.push({ start, bits });
    const from = Math.max(0, start - 2);
    const stop = Math.min(end, text.length);
    if (stop - from < MIN_LITERAL) return this;
    const lower = (from > 0 || stop < text.length ? text.slice(from, stop) : text).toLowerCase();
    let window = 0;
    for (let i = 0; i < lower.length; i++) {
      window = (window << 8 | lower.charCodeAt(i) & 255) & 16777215;
      if (i < 2) continue;
      const h = hash(window);
      const word = h >>> 5;
      bits[word] = bits[word] | 1 << (h & 31);
    }
    return this;
  }
  /**
   * False only when `literal` is in no part (in any case) that starts before `upTo`. A trigram
   * with a character beyond ASCII is not looked up: lower-casing may have changed it.
   */
  mayContain(literal2, upTo = Infinity) {
    for (let i = 0; i + MIN_LITERAL <= literal2.length; i++) {
      const a = literal2.charCodeAt(i);
      const b = literal2.charCodeAt(i + 1);
      const c = literal2.charCodeAt(i + 2);
      if (a > 127 || b > 127 || c > 127) continue;
      const h = hash(lowerAscii(a) << 16 | lowerAscii(b) << 8 | lowerAscii(c));
      if (!this.has(h, upTo)) return false;
    }
    return true;
  }
  /** Whether the parts before `upTo` may hold one of the literals (null: none is required). */
  mayHold(literals, upTo = Infinity) {
    if (!literals) return true;
    for (const literal2 of literals) if (this.mayContain(literal2, upTo)) return true;
    return false;
  }
  has(h, upTo) {
    const word = h >>> 5;
    const bit = 1 << (h & 31);
    for (const part of this.parts)
      if (part.start < upTo && part.bits[word] & bit) return true;
    return false;
  }
};
function joinWindows(a, b) {
  const cuts = (x, y) => [.../* @__PURE__ */ new Set([...x, ...y])].sort((p, q) => p - q);
  return {
    prose: cuts(a.prose, b.prose),
    logHead: cuts(a.logHead, b.logHead),
    logTail: Math.max(a.logTail, b.logTail)
  };
}
function sampleTrigrams(text, windows) {
  const { prose, logText } = text;
  const logTail = new Trigrams();
  if (logText.length > last(windows.logHead))
    logTail.add(logText, Math.max(0, logText.length - windows.logTail));
  return {
    prose: inParts(prose, windows.prose),
    logs: inParts(logText, windows.logHead),
    logTail,
    windows
  };
}
function inParts(text, cuts) {
  const trigrams = new Trigrams();
  let start = 0;
  for (const cut of cuts) {
    if (start >= text.length) break;
    trigrams.add(text, start, cut);
    start = cut;
  }
  return trigrams;
}
function covers(samples, needed) {
  return !!samples && last(samples.windows.prose) >= last(needed.prose) && last(samples.windows.logHead) >= last(needed.logHead) && samples.windows.logTail >= needed.logTail;
}
function last(cuts) {
  return cuts[cuts.length - 1] ?? 0;
}
function lowerAscii(code) {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
function hash(window) {
  return Math.imul(window, 2654435761) >>> 32 - HASH_BITS;
}

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
var WINDOWS_PATH = /^[a-z]:[\\/]|\\users\\|\.exe$/i;
var PATH_CUES = [
  [
    /\/nix\/store\/|\/\.nix-profile\/|\/run\/current-system\/|\/etc\/profiles\/per-user\//,
    "nix",
    3
  ],
  [/^\/mnt\/[a-z]\/|\/\/wsl(?:\$|\.localhost)\//i, "wsl", 3],
  [WINDOWS_PATH, "windows", 3],
  [/^\/users\/|^\/opt\/homebrew\/|^\/library\/|^\/applications\//i, "macos", 3],
  [/^\/home\//, "linux", 2],
  // /usr and /opt exist on every Unix, macOS included.
  [/^\/usr\/|^\/root\/|^\/opt\/|^\/bin\//, "linux", 1]
];
var CONDA_PATH = /[\\/](?:(?:mini|ana)conda\d*|miniforge\d*|mambaforge|micromamba|\.conda|\.pixi)[\\/]|^\/opt\/conda\//i;
var PROSE_SAMPLE = 4 * 1024;
var LOG_HEAD = 4 * 1024;
var LOG_TAIL = 2 * 1024;
var PROSE_WORDS = 3 * 1024;
var LOG_WORDS = 2 * 1024;
var MAX_LINES = 64;
var WORDS_GLOBAL = WORDS.map((cue) => new RegExp(cue.re.source, "g"));
var LINK = /\bhttps?:\/\/[^\s)>\]]+/g;
var PLATFORM_WINDOWS = {
  prose: [PROSE_WORDS, PROSE_SAMPLE],
  // A log no longer than head and tail together is read whole.
  logHead: [LOG_WORDS, LOG_HEAD, LOG_HEAD + LOG_TAIL],
  logTail: LOG_TAIL
};
var SHAPE_LITERALS = SHAPES.map((cue) => requiredLiterals(cue.re));
var WORD_LITERALS = WORDS.map((cue) => requiredLiterals(cue.re));
var WORD_JOINS_LINKS = WORD_LITERALS.map(
  (literals) => (literals ?? []).some((l) => /[^\w][\s)>\]]/.test(l))
);
var ENV_THRESHOLD = 3;
var STATEMENT_WEIGHT = 6;
function detectPlatform(input) {
  const scores = {
    nix: 0,
    conda: 0,
    docker: 0,
    wsl: 0,
    windows: 0,
    macos: 0,
    linux: 0,
    other: 0
  };
  const reasons = /* @__PURE__ */ new Map();
  const add = (p, weight, why) => {
    if (weight <= 0) return;
    scores[p] += weight;
    const list = reasons.get(p) ?? [];
    if (list.length < 4 && !list.includes(why)) list.push(why);
    reasons.set(p, list);
  };
  fromInterpreterPaths(input, add);
  const seen = covers(input.samples, PLATFORM_WINDOWS) ? input.samples : sampleTrigrams({ prose: input.prose, logText: input.logText }, PLATFORM_WINDOWS);
  const wholeLog = input.logText.length <= LOG_HEAD + LOG_TAIL;
  const mayHold = (literals) => seen.prose.mayHold(literals, PROSE_SAMPLE) || seen.logs.mayHold(literals, wholeLog ? Infinity : LOG_HEAD) || !wholeLog && seen.logTail.mayHold(literals);
  const prose = input.prose.slice(0, PROSE_SAMPLE);
  const logs = headAndTail(input.logText, LOG_HEAD, LOG_TAIL);
  const title = (input.title ?? firstLine(prose)).slice(0, 300);
  for (const [key, value] of Object.entries(input.form)) {
    if (FORM_KEYS.test(key)) stated(value.slice(0, 500), `issue form "${key}"`, add);
  }
  const proseHalf = lineAfterHalf(prose);
  const logsHalf = lineAfterHalf(logs);
  const text = `
${prose.slice(0, proseHalf)}
${logs.slice(0, logsHalf)}
${prose.slice(proseHalf)}
${logs.slice(logsHalf)}`;
  const boundary = proseHalf + logsHalf + 3;
  const weigh = (index, weight) => index < boundary ? weight : weight / 2;
  fromLines(text, weigh, add);
  SHAPES.forEach((cue, i) => {
    const m = mayHold(SHAPE_LITERALS[i] ?? null) ? cue.re.exec(text) : null;
    if (m) add(cue.target, weigh(m.index, cue.weight), cue.why);
  });
  const lowerTitle = title.toLowerCase();
  const proseWords = prose.slice(0, PROSE_WORDS).toLowerCase();
  const lowerProse = proseWords.includes("http") ? proseWords.replace(LINK, "") : proseWords;
  const lowerLogs = logs.slice(0, LOG_WORDS).toLowerCase();
  const titleTrigrams = new Trigrams().add(lowerTitle);
  for (const [i, cue] of WORDS.entries()) {
    const literals = WORD_LITERALS[i] ?? null;
    if (cue.title && titleTrigrams.mayHold(literals) && cue.re.test(lowerTitle))
      add(cue.target, cue.title, `the title names ${cue.why}`);
    if (cue.prose && (WORD_JOINS_LINKS[i] || seen.prose.mayHold(literals, PROSE_WORDS))) {
      const times = countUpTo(WORDS_GLOBAL[i], lowerProse, 3);
      if (times) add(cue.target, cue.prose + (times - 1) / 2, `the text names ${cue.why}`);
    }
    if (cue.log && seen.logs.mayHold(literals, LOG_WORDS) && cue.re.test(lowerLogs))
      add(cue.target, cue.log, `the log names ${cue.why}`);
  }
  const platform = decide(scores);
  const evidence = [];
  const first = platform === "unknown" ? "other" : platform;
  for (const p of /* @__PURE__ */ new Set([first, ...Object.keys(scores)])) {
    for (const why of reasons.get(p) ?? []) if (evidence.length < 8) evidence.push(`${p}: ${why}`);
  }
  return { platform, evidence };
}
function fromInterpreterPaths(input, add) {
  const paths = [...new Set(input.paths)];
  for (const [re, p, weight] of PATH_CUES) {
    const hit = paths.find((path) => re.test(path));
    if (hit !== void 0) add(p, weight, `path ${hit.slice(0, 80)}`);
  }
  const conda = paths.filter((path) => CONDA_PATH.test(path));
  if (conda.length)
    add("conda", conda.length * 2 > paths.length ? 2 : 1, `path ${(conda[0] ?? "").slice(0, 80)}`);
  if (!paths.some((path) => WINDOWS_PATH.test(path))) {
    for (const kind of new Set(input.interpreterKinds)) {
      if (kind === "windows-store-shim" || kind === "registry")
        add("windows", 3, `a ${kind} interpreter`);
    }
  }
}
function fromLines(text, weigh, add) {
  const seen = /* @__PURE__ */ new Set();
  let n = 0;
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m && n < MAX_LINES; m = LINE.exec(text), n++) {
    const group = m.findIndex((g, i) => i > 0 && g !== void 0) - 1;
    const cue = LINE_GROUPS[group];
    if (!cue) {
      const why = `"${m[0].trim().slice(0, 60)}"`;
      const at = m.index;
      stated(m[m.length - 1] ?? "", why, (p, weight) => add(p, weigh(at, weight), why));
    } else if (!seen.has(group)) {
      seen.add(group);
      const wsl = group === 1 && /microsoft|wsl/i.test(m[0]);
      add(wsl ? "wsl" : cue.target, weigh(m.index, wsl ? 4 : cue.weight), cue.why);
    }
  }
}
function decide(scores) {
  for (const p of ["nix", "conda", "docker", "wsl"]) {
    if (scores[p] >= ENV_THRESHOLD) return p;
  }
  const ranked = ["windows", "macos", "linux", "other"].filter((p) => scores[p] > 0).sort((a, b) => scores[b] - scores[a]);
  const [top, second] = ranked;
  if (!top || top === "other" || second && scores[second] === scores[top]) return "unknown";
  return top;
}
function stated(value, why, add) {
  const lower = value.toLowerCase().split(/[.;] /, 1)[0] ?? "";
  const named = /* @__PURE__ */ new Set();
  for (const cue of WORDS)
    if (cue.prose > 0 && cue.target !== "conda" && cue.re.test(lower)) named.add(cue.target);
  if (/\bconda\b|\bmamba\b|\bminiforge/.test(lower)) named.add("conda");
  if (named.has("wsl")) {
    named.delete("windows");
    named.delete("linux");
  }
  for (const p of named) add(p, STATEMENT_WEIGHT, why);
}
function countUpTo(re, text, max) {
  if (!re) return 0;
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.exec(text)) n++;
  return n;
}
function lineAfterHalf(text) {
  const end = text.indexOf("\n", text.length >> 1);
  return end < 0 ? text.length : end;
}
function firstLine(text) {
  const start = text.search(/\S/);
  if (start < 0) return "";
  const end = text.indexOf("\n", start);
  return end < 0 ? text.slice(start) : text.slice(start, end);
}
function headAndTail(text, head, tail) {
  return text.length <= head + tail ? text : `${text.slice(0, head)}
${text.slice(-tail)}`;
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
    id: "request-outside-requires-python",
    title: "The requested interpreter is outside the `requires-python` of the project, script or workspace",
    when: {
      tools: ["uv"],
      // The project's, the script's, the workspace's, a dependency group's requirement.
      textContains: ["'s python requirement:"]
    },
    explanation: "uv resolved the Python request (from `--python`, `UV_PYTHON`, or a `.python-version` file) to an interpreter whose version the `requires-python` of the project, the script, the workspace or a dependency group excludes. The version file need not be in the current directory: uv also reads one from a parent directory, and a user-level pin.",
    workarounds: [
      "Run the command with `-v`: the line ``Using Python request `\u2026` from version file at `\u2026` `` names the file the request came from.",
      "Pin a version that satisfies `requires-python` (`uv python pin 3.X`), or remove the stray `.python-version`."
    ],
    related: []
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

// src/core/triage/discovery-model.json
var discovery_model_default = {
  schema: "interpreter-guard/discovery-model@1",
  trainedOn: "163 issues of the corpus's dev split (seed interpreter-guard-eval-2026-11-25); l2 0.03, 300 epochs, features in \u2265 3 issues",
  bias: -0.6577,
  weights: {
    "p:a": 0.0512,
    "p:a_bit": 0.0306,
    "p:a_bug": 0.047,
    "p:a_command": 0.0185,
    "p:a_different": 0.0702,
    "p:a_duplicate": 0.0365,
    "p:a_file": 0.0475,
    "p:a_gist": 0.0425,
    "p:a_local": 0.0399,
    "p:a_lot": -0.0123,
    "p:a_new": 0.0387,
    "p:a_package": -0.0653,
    "p:a_project": -0.0135,
    "p:a_python": 0.1232,
    "p:a_python#": 0.024,
    "p:a_release": 65e-4,
    "p:a_system": 0.0367,
    "p:a_user": -91e-4,
    "p:a_uv": -0.0412,
    "p:a_venv": -0.015,
    "p:a_virtual": 52e-4,
    "p:a_virtualenv": 0.0414,
    "p:about": -0.1175,
    "p:about_that": -0.0616,
    "p:about_the": 5e-3,
    "p:across": 0.0426,
    "p:actions": 0.0753,
    "p:actions_runs": 0.026,
    "p:actions_setup-python": 0.0493,
    "p:activate": 0.0319,
    "p:activating": -0.0155,
    "p:active": 0.0276,
    "p:actual": 0.0381,
    "p:actual_behavior": 0.0257,
    "p:actual_result": -68e-4,
    "p:add": -0.1235,
    "p:added": -0.0407,
    "p:adding": -0.0254,
    "p:adding_the": -0.026,
    "p:additional": -0.0718,
    "p:after": 0.0442,
    "p:after_that": -86e-4,
    "p:again": 0.0182,
    "p:all": 0.0323,
    "p:all_the": 77e-4,
    "p:along": -0.0228,
    "p:already": 0.0296,
    "p:already_been": 54e-4,
    "p:also": 0.1146,
    "p:always": -0.021,
    "p:am": 0.0161,
    "p:am_i": 0.0128,
    "p:an": -0.1976,
    "p:an_environment": -0.0508,
    "p:an_error": -0.1207,
    "p:an_exception": 0.0102,
    "p:an_issue": -0.0122,
    "p:anaconda": -85e-4,
    "p:and": 0.0741,
    "p:and_also": 0.031,
    "p:and_believe": -0.0289,
    "p:and_got": 0.011,
    "p:and_how": -0.0163,
    "p:and_https": -0.0426,
    "p:and_i": 0.0377,
    "p:and_it": 0.0427,
    "p:and_name": 0.0102,
    "p:and_put": -0.0726,
    "p:and_so": 0.0117,
    "p:and_that": 0.0926,
    "p:and_the": -0.0549,
    "p:and_then": 0.0502,
    "p:and_uv": 0.0221,
    "p:any": -0.0265,
    "p:any_python": 0.0481,
    "p:anymore": 0.0312,
    "p:anything": 96e-4,
    "p:anyway": 0.0126,
    "p:apart": 0.017,
    "p:apart_from": 0.0123,
    "p:appears": 0.0618,
    "p:appears_to": 0.0618,
    "p:arch": 0.081,
    "p:are": -0.1031,
    "p:are_the": 77e-4,
    "p:aren": 0.0816,
    "p:aren_t": 0.0816,
    "p:arm#": -0.0295,
    "p:as": -0.0514,
    "p:as_a": 0.0754,
    "p:as_expected": 0.0157,
    "p:as_i": -0.0156,
    "p:as_it": 65e-4,
    "p:as_the": -99e-4,
    "p:as_well": 0.0205,
    "p:asdf": 0.0495,
    "p:asked": 0.0127,
    "p:asking": 0.0421,
    "p:asking_for": 0.0222,
    "p:assertionerror": -0.0866,
    "p:assume": 96e-4,
    "p:assuming": -0.0683,
    "p:astral-sh": 0.0432,
    "p:astral-sh_uv": 0.0217,
    "p:at": 0.026,
    "p:at_a": 0.0357,
    "p:at_all": 0.0221,
    "p:at_first": 0.0375,
    "p:at_https": -0.0472,
    "p:at_least": 0.0178,
    "p:at_that": 0.0375,
    "p:at_the": -0.0231,
    "p:attempting": -0.0323,
    "p:attempting_to": -0.0392,
    "p:auto": 0.0404,
    "p:automatically": 0.0119,
    "p:available": -0.0464,
    "p:away": 0.0568,
    "p:b": -0.1216,
    "p:b#": -0.0245,
    "p:b_bug": -0.022,
    "p:back": 0.0743,
    "p:back_to": -53e-4,
    "p:backend": -0.0962,
    "p:base": 0.0527,
    "p:bash": -0.0158,
    "p:be": 0.1204,
    "p:be_better": -0.025,
    "p:be_fixed": 0.0278,
    "p:be_found": 0.0142,
    "p:be_installed": -0.0324,
    "p:be_on": 8e-3,
    "p:be_related": 0.0174,
    "p:be_sure": 0.0439,
    "p:be_the": 0.01,
    "p:because": 0.0344,
    "p:been": 0.0925,
    "p:been_reported": 0.017,
    "p:before": 0.0255,
    "p:behaves": 0.0238,
    "p:behavior": 0.0373,
    "p:behavior_is": 0.0207,
    "p:behavior_the": 0.0301,
    "p:behaviour": 0.0268,
    "p:being": 0.1191,
    "p:believe": 0.0386,
    "p:believe_that": -0.041,
    "p:believe_this": 0.0795,
    "p:better": -0.0133,
    "p:between": -86e-4,
    "p:bin": 0.1438,
    "p:bin_python": 0.095,
    "p:bin_python#": 0.0342,
    "p:binary": 0.0626,
    "p:bit": 0.0499,
    "p:blob_main": 0.0177,
    "p:both": 0.0295,
    "p:box": 0.0463,
    "p:break": 0.0296,
    "p:broke": 0.0434,
    "p:broken": 0.0274,
    "p:bug": -0.0797,
    "p:bug_b": -0.022,
    "p:bug_i": 0.011,
    "p:build": -0.1753,
    "p:build_backend": -0.0334,
    "p:building": -0.0933,
    "p:but": -0.1182,
    "p:but_for": -76e-4,
    "p:but_i": -0.0155,
    "p:but_if": 68e-4,
    "p:but_it": 0.1321,
    "p:but_not": 0.0164,
    "p:but_that": -0.0135,
    "p:but_the": 52e-4,
    "p:but_then": -0.0147,
    "p:but_they": -0.0123,
    "p:but_uv": -0.046,
    "p:but_when": 0.0178,
    "p:by": 0.1848,
    "p:by_default": -0.0233,
    "p:by_me": -0.0203,
    "p:by_uv": 0.0103,
    "p:c": -0.0803,
    "p:c_users": -0.0723,
    "p:cache": -0.0691,
    "p:cached": -0.0144,
    "p:caching": -0.0558,
    "p:call": -0.0377,
    "p:called": -0.0192,
    "p:calling": 0.0295,
    "p:calls": -0.0101,
    "p:came": 0.0791,
    "p:came_up": -99e-4,
    "p:can": 0.1721,
    "p:can_be": 0.0373,
    "p:can_run": 95e-4,
    "p:can_see": 0.0172,
    "p:can_t": 0.159,
    "p:can_tell": 0.0461,
    "p:can_use": 0.0111,
    "p:cannot": 0.01,
    "p:canonicalize": 0.0286,
    "p:case": 0.0397,
    "p:case_i": -0.0128,
    "p:cause": -83e-4,
    "p:cc": -0.0402,
    "p:change": 0.0264,
    "p:change_the": -0.0109,
    "p:changed": 0.0543,
    "p:changed_the": 0.0245,
    "p:changing": 0.0178,
    "p:checked": 0.0135,
    "p:checked_that": -0.0128,
    "p:checking": -0.0296,
    "p:checks": -0.0307,
    "p:checks_x": -0.0307,
    "p:ci": -0.0127,
    "p:clean": -0.041,
    "p:clear": -0.025,
    "p:clone": -0.028,
    "p:close": -0.0423,
    "p:cmd": -0.0264,
    "p:code": -0.0758,
    "p:code_version": -0.0554,
    "p:come": 0.0299,
    "p:come_from": 0.0224,
    "p:comes": 0.0142,
    "p:comes_from": 67e-4,
    "p:coming": 0.0435,
    "p:command": -0.111,
    "p:command_i": -0.0228,
    "p:command_in": -0.0268,
    "p:command_raised": 0.0102,
    "p:command_uv": 0.0184,
    "p:commands": 0.0511,
    "p:commands_with": 0.0469,
    "p:commit": -0.0408,
    "p:compatible": 0.0457,
    "p:complete": -0.0141,
    "p:concepts": -0.0368,
    "p:conda": 0.1077,
    "p:conda_env": 0.0695,
    "p:conda_environment": -96e-4,
    "p:conda_environments": 0.0596,
    "p:config": -0.0125,
    "p:configuration": 0.0242,
    "p:configured": -0.0108,
    "p:confirmed": -0.0338,
    "p:container": -0.013,
    "p:contents": 0.0425,
    "p:contents_of": 0.0425,
    "p:context": -0.0543,
    "p:copy": -0.023,
    "p:correct": -0.021,
    "p:correctly": 0.051,
    "p:could": -0.0731,
    "p:could_be": -0.019,
    "p:could_put": -0.013,
    "p:could_you": 0.0856,
    "p:couldn": -0.0467,
    "p:couldn_t": -0.0467,
    "p:cpython": -0.0415,
    "p:crates": 0.0278,
    "p:crates_uv-python": 0.0134,
    "p:create": -74e-4,
    "p:create_a": 0.0815,
    "p:create_the": 0.0415,
    "p:created": 0.0115,
    "p:created_the": 0.0354,
    "p:creates": -0.0424,
    "p:creating": -0.0309,
    "p:creating_a": -0.0453,
    "p:creation": -0.0123,
    "p:curl": -0.0239,
    "p:current": -0.0252,
    "p:d": 0.0573,
    "p:d_be": 96e-4,
    "p:d_expect": 0.0292,
    "p:d_rather": -0.0547,
    "p:darwin": -0.0364,
    "p:data": -0.015,
    "p:debian": 0.0154,
    "p:debug": -0.0926,
    "p:debug_mode": 0.0102,
    "p:debug_output": -0.0269,
    "p:debugging": -0.059,
    "p:default": 0.0871,
    "p:default_python": 0.043,
    "p:definitely": -65e-4,
    "p:deleted": 0.0625,
    "p:dependencies": -0.0484,
    "p:dependency": -0.0372,
    "p:depends": -0.0162,
    "p:depends_on": -0.0162,
    "p:describe": -0.0671,
    "p:describe_the": -0.0509,
    "p:description": 0.0822,
    "p:description_i": 0.0351,
    "p:description_since": 85e-4,
    "p:detect": 0.054,
    "p:development": 0.0464,
    "p:did": -0.0423,
    "p:didn": -0.1153,
    "p:didn_t": -0.1153,
    "p:different": 0.0859,
    "p:different_python": 0.0691,
    "p:dir": -0.0131,
    "p:directly": 0.0409,
    "p:directory": -0.0741,
    "p:directory_and": -0.0557,
    "p:disabled": 0.0267,
    "p:discord": 0.0362,
    "p:discover": -99e-4,
    "p:discovering": -0.0255,
    "p:discovery": 0.0216,
    "p:display": -0.0498,
    "p:do": -0.0545,
    "p:do_i": 0.0101,
    "p:do_you": 88e-4,
    "p:doc": -0.0432,
    "p:docker": -0.0177,
    "p:docs": -0.1038,
    "p:docs.astral.sh": -0.0462,
    "p:docs.astral.sh_uv": -0.0462,
    "p:docs_for": -0.0536,
    "p:docs_https": -94e-4,
    "p:doctor": -0.052,
    "p:documentation": -0.0607,
    "p:does_work": -0.0132,
    "p:doesn": 0.0719,
    "p:doesn_t": 0.0719,
    "p:doing": 0.0218,
    "p:don": -0.0803,
    "p:don_t": -0.0803,
    "p:done": -0.0143,
    "p:down": -0.0182,
    "p:download": -0.1274,
    "p:downloaded": 0.0223,
    "p:downloads": -0.0314,
    "p:dropped": -58e-4,
    "p:duplicate": 0.0563,
    "p:duplicate_be": 0.0628,
    "p:during": 0.0133,
    "p:e": -0.1001,
    "p:e.g_python": 0.0129,
    "p:each": 0.0157,
    "p:easy": -0.0498,
    "p:edit": 0.0222,
    "p:editable": -0.0864,
    "p:either": -0.0183,
    "p:else": 0.1086,
    "p:empty": -0.0119,
    "p:en": 0.0119,
    "p:en_latest": 0.0119,
    "p:enabled": -0.0488,
    "p:end": 0.0633,
    "p:end_up": 0.0189,
    "p:ended": -0.018,
    "p:ends": 0.0437,
    "p:ends_up": 0.0545,
    "p:enough": -0.0135,
    "p:entry": -0.0265,
    "p:env": 0.1912,
    "p:env_var": -0.025,
    "p:environment": 0.1103,
    "p:environment_creation": -0.0438,
    "p:environment_has": 0.0558,
    "p:environment_information": -0.0536,
    "p:environment_is": 0.0313,
    "p:environment_it": 0.036,
    "p:environment_provide": 0.0522,
    "p:environment_the": 0.045,
    "p:environment_variable": -0.0492,
    "p:environment_variables": -0.0466,
    "p:environment_with": 0.0478,
    "p:environments": 0.1361,
    "p:envs": -0.0735,
    "p:equivalent": -0.0275,
    "p:error": -0.0748,
    "p:error_it": 0.0272,
    "p:error_message": -0.0511,
    "p:error_output": 0.0264,
    "p:error_the": -0.0393,
    "p:errors": -0.1447,
    "p:errors_out": -0.0775,
    "p:etc": -0.0296,
    "p:even": -57e-4,
    "p:even_though": -72e-4,
    "p:even_when": 0.027,
    "p:every": -0.0856,
    "p:every_time": -0.0453,
    "p:everything": -0.0589,
    "p:exactly": 76e-4,
    "p:example": -0.111,
    "p:exception_i": 0.0102,
    "p:executable": 0.0937,
    "p:executables": 0.0235,
    "p:execute": 0.0215,
    "p:exist": -0.0435,
    "p:exists": -92e-4,
    "p:expect": 0.0358,
    "p:expected": 0.1366,
    "p:expected_behavior": 0.0403,
    "p:expected_result": 78e-4,
    "p:expected_to": -0.0228,
    "p:experiment": 0.0465,
    "p:explicitly": 0.0166,
    "p:extension": -0.0131,
    "p:extensions": -0.0234,
    "p:fail": -0.0254,
    "p:failed": -0.0804,
    "p:failed_to": 91e-4,
    "p:fails": -0.239,
    "p:fails_to": -63e-4,
    "p:fails_with": -0.0971,
    "p:fallback": 0.0133,
    "p:false": -0.0461,
    "p:far": 0.023,
    "p:far_as": 0.018,
    "p:fast": 72e-4,
    "p:feature": -0.0862,
    "p:feature_request": -0.0528,
    "p:fedora": -0.0131,
    "p:feel": -0.0319,
    "p:few": 0.0109,
    "p:figured": 0.0382,
    "p:file_that": 0.0188,
    "p:files": -0.033,
    "p:filtered": 0.0238,
    "p:find": 0.0279,
    "p:find_a": -0.0843,
    "p:find_python": 0.0486,
    "p:find_the": 0.0649,
    "p:finds": 0.0324,
    "p:fine": 0.0933,
    "p:fine_and": 0.0387,
    "p:fine_but": -0.0325,
    "p:fine_by": -0.0203,
    "p:fine_even": 0.0332,
    "p:first": 0.1128,
    "p:first_and": 0.0264,
    "p:first_i": 0.0262,
    "p:first_time": 0.012,
    "p:fix": 0.0114,
    "p:fix_it": 0.0157,
    "p:fix_the": -0.0317,
    "p:fix_this": 0.0348,
    "p:fixed": 0.0342,
    "p:fixes": -0.0156,
    "p:flag": 0.0482,
    "p:flag_before": 0.0469,
    "p:flag_i": 0.0427,
    "p:folder": -0.0465,
    "p:follow": 68e-4,
    "p:followed": 0.0372,
    "p:following": -0.0854,
    "p:for": -0.1093,
    "p:for_help": 0.0217,
    "p:for_me": -0.0173,
    "p:for_python": 0.037,
    "p:for_reporting": 0.0405,
    "p:for_the": -0.0556,
    "p:for_this": 73e-4,
    "p:for_us": -0.0276,
    "p:force": -0.0449,
    "p:found": 0.2515,
    "p:found_in": 0.0289,
    "p:fresh": -0.0444,
    "p:from": -0.0255,
    "p:from_a": -0.0445,
    "p:from_the": 0.0611,
    "p:from_this": 0.0168,
    "p:full": -0.0268,
    "p:gave": -85e-4,
    "p:get": 0.0501,
    "p:get_a": -0.0338,
    "p:get_installed": -0.064,
    "p:get_it": -0.0159,
    "p:get_python": 0.0547,
    "p:get_the": 0.0427,
    "p:get_this": 0.0147,
    "p:gets": -0.0264,
    "p:gets_created": 0.011,
    "p:gets_installed": -0.0247,
    "p:gets_set": 0.0432,
    "p:getting": 0.0905,
    "p:gist": 0.0425,
    "p:gist.github.com_with": 0.0425,
    "p:gist_https": 0.0425,
    "p:github": 0.0684,
    "p:github.com": -0.0761,
    "p:github.com_astral-sh": 0.0432,
    "p:github.com_microsoft": 0.0847,
    "p:github.com_prefix-dev": -0.0307,
    "p:github.com_pypa": 0.0434,
    "p:github.com_tox-dev": -0.0422,
    "p:github.com_user-attachments": -0.0999,
    "p:give": 0.0377,
    "p:given": 0.0483,
    "p:gives": 0.0299,
    "p:gives_a": 0.0143,
    "p:gives_me": 0.0139,
    "p:gives_the": -0.0145,
    "p:global": 62e-4,
    "p:global_python": 0.0188,
    "p:gnu": -0.0666,
    "p:gnu_linux": -0.0351,
    "p:goes": 0.0185,
    "p:going_through": -0.0166,
    "p:good": 0.0107,
    "p:got": 0.0251,
    "p:got_this": -0.0172,
    "p:great": 0.0153,
    "p:guess": 0.0102,
    "p:had": 0.0165,
    "p:had_to": 0.0149,
    "p:hand": 75e-4,
    "p:handle": 0.0388,
    "p:handy": -0.0156,
    "p:hangs": -0.0432,
    "p:happen": -0.0441,
    "p:happened": -0.0881,
    "p:happens": 87e-4,
    "p:has": 0.1073,
    "p:has_a": 0.0675,
    "p:has_been": 0.0681,
    "p:has_no": -0.0686,
    "p:has_to": 68e-4,
    "p:hatch": 0.017,
    "p:have": -0.1199,
    "p:have_a": 0.0276,
    "p:have_searched": -0.0289,
    "p:have_to": -0.096,
    "p:have_you": -73e-4,
    "p:haven": 0.0238,
    "p:haven_t": 0.0238,
    "p:having": 0.0342,
    "p:header": -0.0389,
    "p:help_if": 0.0245,
    "p:helping": 0.0108,
    "p:helps": 0.0347,
    "p:here": 0.1165,
    "p:here_https": 0.1398,
    "p:here_s": -94e-4,
    "p:here_since": 66e-4,
    "p:hey": -0.0263,
    "p:hi": -0.0332,
    "p:hit": -0.0724,
    "p:hit_a": -0.0316,
    "p:hit_this": -0.057,
    "p:hitting": -0.0784,
    "p:hm": 88e-4,
    "p:home": -76e-4,
    "p:homebrew": 0.0153,
    "p:host": 0.0883,
    "p:host_python": 0.0883,
    "p:how": 0.031,
    "p:how_do": 0.0192,
    "p:how_to": 0.0283,
    "p:http": -0.0712,
    "p:https": -0.1002,
    "p:https_docs.astral.sh": -0.0462,
    "p:https_github.com": -0.0761,
    "p:https_python-poetry.org": -0.0207,
    "p:https_user-images.githubusercontent.com": 0.0102,
    "p:i": -0.0689,
    "p:i.e": 0.0279,
    "p:i_asked": 0.0375,
    "p:i_believe": 0.0674,
    "p:i_can": 0.0328,
    "p:i_checked": -0.0142,
    "p:i_could": 67e-4,
    "p:i_create": 0.032,
    "p:i_did": 61e-4,
    "p:i_do": -0.0264,
    "p:i_don": -0.0318,
    "p:i_figured": 0.016,
    "p:i_get": -0.0309,
    "p:i_had": 0.0364,
    "p:i_have": -0.0993,
    "p:i_haven": 0.0121,
    "p:i_hit": -0.0178,
    "p:i_installed": 0.0802,
    "p:i_just": -0.013,
    "p:i_know": -0.0184,
    "p:i_ll": 0.0157,
    "p:i_looked": -0.0509,
    "p:i_m": -0.084,
    "p:i_made": 0.0349,
    "p:i_may": 74e-4,
    "p:i_ran": -0.0273,
    "p:i_run": -0.1277,
    "p:i_searched": 0.0773,
    "p:i_set": 0.0287,
    "p:i_suspect": 0.0497,
    "p:i_think": -0.0184,
    "p:i_tried": 0.0595,
    "p:i_try": -0.0325,
    "p:i_use": 0.0219,
    "p:i_ve": 0.0192,
    "p:i_want": 0.046,
    "p:i_was": 0.02,
    "p:i_wonder": 0.0288,
    "p:idea": -0.0386,
    "p:if": 0.0338,
    "p:if_a": 0.0357,
    "p:if_i": -0.0371,
    "p:if_the": 0.0488,
    "p:if_there": -0.0376,
    "p:if_we": -0.0481,
    "p:if_you": 0.0212,
    "p:ignored": 0.0164,
    "p:ignores": 0.0404,
    "p:image": -0.0284,
    "p:image_https": -0.0201,
    "p:implementation": 0.0557,
    "p:in": -0.0253,
    "p:in_a": -0.102,
    "p:in_debug": 0.0102,
    "p:in_https": -0.0201,
    "p:in_it": 55e-4,
    "p:in_my": 0.0511,
    "p:in_path": 0.0363,
    "p:in_pyproject.toml": -0.012,
    "p:in_that": 0.0231,
    "p:in_the": 0.0125,
    "p:in_this": 0.0182,
    "p:in_uv": 0.0197,
    "p:include": -0.0717,
    "p:index": -0.0645,
    "p:info": 71e-4,
    "p:information": -0.0789,
    "p:inside": 0.0842,
    "p:inside_the": 0.0574,
    "p:install": -0.2137,
    "p:install_and": -97e-4,
    "p:install_i": 82e-4,
    "p:install_python": -0.0172,
    "p:install_system": 0.0142,
    "p:install_the": -88e-4,
    "p:install_v": 0.024,
    "p:installation": 0.1503,
    "p:installation_method": 0.0106,
    "p:installations": 0.058,
    "p:installed": 0.178,
    "p:installed_and": 0.03,
    "p:installed_by": 0.0219,
    "p:installed_in": -0.042,
    "p:installed_into": 0.0248,
    "p:installed_on": 0.0418,
    "p:installed_uv": 0.0266,
    "p:installed_via": 0.0572,
    "p:installed_with": 0.0202,
    "p:installers": 0.0137,
    "p:installing": -0.0861,
    "p:installing_a": -0.0334,
    "p:installing_python": -0.0692,
    "p:installs": -66e-4,
    "p:instead": -0.0172,
    "p:instead_of": -0.0375,
    "p:instructions": 0.0195,
    "p:intentional": -6e-3,
    "p:internal": -0.0151,
    "p:interpreter": 0.3675,
    "p:interpreter_doesn": 0.0236,
    "p:interpreter_i": 0.0175,
    "p:interpreter_not": 68e-4,
    "p:interpreters": 0.0733,
    "p:into": 0.1278,
    "p:into_the": -0.0383,
    "p:into_this": 0.0952,
    "p:is": 0.1952,
    "p:is_a": -95e-4,
    "p:is_actually": 0.0155,
    "p:is_in": -0.0284,
    "p:is_installed": 0.0539,
    "p:is_not": -0.0795,
    "p:is_on": 0.0162,
    "p:is_set": 0.0146,
    "p:is_that": -0.0754,
    "p:is_the": -0.0342,
    "p:is_there": 0.0247,
    "p:is_used": 0.0187,
    "p:isn": 0.0532,
    "p:isn_t": 0.0532,
    "p:issue": 0.0206,
    "p:issue_description": 0.0486,
    "p:issue_has": 0.0224,
    "p:issue_i": 0.0165,
    "p:issue_is": -0.0155,
    "p:issue_tracker": 0.0181,
    "p:issuecomment-#": 0.0453,
    "p:issues_and": -0.031,
    "p:issues_https": 0.0144,
    "p:issues_i": -72e-4,
    "p:issues_issuecomment-#": 0.0699,
    "p:it": 76e-4,
    "p:it_and": -0.0397,
    "p:it_automatically": 0.0427,
    "p:it_d": 0.0455,
    "p:it_does": -0.0312,
    "p:it_doesn": 0.0452,
    "p:it_fails": -0.0355,
    "p:it_for": 0.0346,
    "p:it_from": -0.017,
    "p:it_i": 0.0445,
    "p:it_in": -0.012,
    "p:it_is": 0.0461,
    "p:it_isn": 94e-4,
    "p:it_just": -0.0208,
    "p:it_keeps": 0.0247,
    "p:it_looks": 0.0439,
    "p:it_now": 0.0604,
    "p:it_on": -0.0251,
    "p:it_once": -0.0132,
    "p:it_out": 81e-4,
    "p:it_right": -0.0472,
    "p:it_s": 0.028,
    "p:it_seems": 0.0232,
    "p:it_should": 0.0786,
    "p:it_shouldn": 0.0265,
    "p:it_simply": 71e-4,
    "p:it_so": -0.0381,
    "p:it_still": 0.0184,
    "p:it_the": -0.0415,
    "p:it_to": 0.0288,
    "p:it_was": 0.0151,
    "p:it_with": -76e-4,
    "p:it_works": -0.0362,
    "p:items": -0.0138,
    "p:its_own": 0.0244,
    "p:itself": 0.0516,
    "p:job": 0.026,
    "p:just": 0.0647,
    "p:just_fine": 0.0167,
    "p:keeps": 0.0268,
    "p:kernel": -0.0157,
    "p:key": 0.0288,
    "p:kind": -0.0193,
    "p:konstin": -0.0239,
    "p:l#": -0.0328,
    "p:l#-l#": 0.056,
    "p:last": -0.1055,
    "p:latest": 0.0141,
    "p:latest_https": 0.0102,
    "p:latest_poetry": 0.0699,
    "p:latest_version": -0.0593,
    "p:launcher": 0.036,
    "p:least": 0.0178,
    "p:least_os": 0.072,
    "p:less": -0.0413,
    "p:let": 0.0691,
    "p:let_me": 0.0343,
    "p:lets": 0.0205,
    "p:level": -0.0328,
    "p:lib": -0.0808,
    "p:lib_python#": -73e-4,
    "p:like": 0.0197,
    "p:like_a": 0.0306,
    "p:like_the": 0.0437,
    "p:like_this": -0.0788,
    "p:like_uv": 0.0314,
    "p:likely": -0.017,
    "p:line": -0.1044,
    "p:lines": -0.0626,
    "p:lines_of": -0.0626,
    "p:link": 0.0338,
    "p:link_of": 0.0425,
    "p:linux": 0.0519,
    "p:linux_version": -0.0161,
    "p:list": 0.2183,
    "p:list_of": 0.0454,
    "p:live": -0.0173,
    "p:lives": -0.0133,
    "p:ll": 0.0333,
    "p:local": 0.1388,
    "p:local_python": 0.0285,
    "p:local_share": 0.0435,
    "p:locally": -0.0755,
    "p:location": 0.03,
    "p:lock": -0.197,
    "p:locked": -0.049,
    "p:lockfile": -0.0682,
    "p:locking": -0.0648,
    "p:log": -0.145,
    "p:logging": -0.0564,
    "p:logs": 0.059,
    "p:longer": 0.0259,
    "p:look": -0.0165,
    "p:look_at": 0.0136,
    "p:looked": -0.06,
    "p:looking": 6e-3,
    "p:looks": 76e-4,
    "p:looks_like": 0.0192,
    "p:lot": -0.0123,
    "p:m": -0.1376,
    "p:m_a": -0.0319,
    "p:m_assuming": -0.0214,
    "p:m_not": -0.0613,
    "p:m_on": 0.0149,
    "p:m_running": -0.0105,
    "p:m_trying": 0.0851,
    "p:machine": -0.0538,
    "p:macos": 0.0593,
    "p:made": 0.0708,
    "p:main": -0.0527,
    "p:make": -0.0482,
    "p:make_a": 0.01,
    "p:make_it": 56e-4,
    "p:makes": -0.0845,
    "p:makes_it": 74e-4,
    "p:makes_sense": -0.0211,
    "p:making": 0.0481,
    "p:manage": -0.015,
    "p:managed": 0.072,
    "p:managed_to": -0.0197,
    "p:manually": -0.0153,
    "p:many": 0.0168,
    "p:match": 0.0195,
    "p:match_the": 0.0338,
    "p:matches": 0.0539,
    "p:matter": -0.0582,
    "p:matters": -0.0391,
    "p:may": 0.0392,
    "p:maybe": -0.0163,
    "p:me": 0.0668,
    "p:me_if": 0.0181,
    "p:me_so": 0.0196,
    "p:me_to": -0.0126,
    "p:mean": -0.0481,
    "p:means": 0.021,
    "p:message": -0.0511,
    "p:metadata": -0.015,
    "p:method": 0.0185,
    "p:method_pip": 0.0106,
    "p:microsoft": 0.0901,
    "p:might": -0.0753,
    "p:might_be": -0.0137,
    "p:minimal": -0.0896,
    "p:mise": -0.145,
    "p:missing": 97e-4,
    "p:mistake": 0.0287,
    "p:mode": -0.0126,
    "p:mode_vvv": 0.0102,
    "p:module": -0.0867,
    "p:more": -0.1477,
    "p:more_information": -0.0514,
    "p:most": -0.064,
    "p:mostly": 0.021,
    "p:my": 0.0255,
    "p:my_path": 0.0316,
    "p:my_pyproject.toml": -0.0152,
    "p:my_system": 0.0451,
    "p:n": 0.0367,
    "p:n_a": 0.0367,
    "p:name": 0.03,
    "p:name_ubuntu": -0.0123,
    "p:names": 0.0597,
    "p:need": -0.0304,
    "p:needs": 0.0322,
    "p:never": 94e-4,
    "p:new": 0.052,
    "p:new_project": 0.056,
    "p:new_version": 0.0181,
    "p:newest": -0.039,
    "p:newest_python": -75e-4,
    "p:next": 0.0341,
    "p:no": 0.0324,
    "p:no_longer": 0.0259,
    "p:no_python": 0.073,
    "p:no_way": 0.0774,
    "p:none": -0.018,
    "p:none_of": -58e-4,
    "p:not": -62e-4,
    "p:not_a": -0.0265,
    "p:not_found": 0.0177,
    "p:not_in": -0.0247,
    "p:not_sure": -0.0187,
    "p:not_the": 0.0285,
    "p:notes": -0.0426,
    "p:nothing": -0.0603,
    "p:now": 0.0798,
    "p:now_i": 97e-4,
    "p:now_it": 0.0546,
    "p:number": 0.0326,
    "p:obviously": 0.0256,
    "p:odd": 0.027,
    "p:of_pixi": -0.0307,
    "p:of_python": 0.1389,
    "p:of_some": -0.0131,
    "p:of_the": -0.0413,
    "p:of_them": 0.0123,
    "p:of_these": 0.0168,
    "p:of_uv": -0.042,
    "p:of_your": 0.0425,
    "p:off": -0.0272,
    "p:often": 0.0382,
    "p:oh": -0.059,
    "p:ok": 0.0237,
    "p:old": 0.0267,
    "p:on": 0.015,
    "p:on_a": 0.1297,
    "p:on_linux": -0.0207,
    "p:on_macos": 0.0511,
    "p:on_my": 0.0817,
    "p:on_path": 0.0574,
    "p:on_python": -0.0253,
    "p:on_the": -0.1735,
    "p:on_uv": -0.0365,
    "p:on_windows": 0.0174,
    "p:on_your": 0.0173,
    "p:once": 0.0172,
    "p:once_i": 76e-4,
    "p:once_more": -0.0406,
    "p:once_the": 0.022,
    "p:one": 0.0568,
    "p:one_https": -0.0387,
    "p:one_i": 0.0257,
    "p:one_of": -0.071,
    "p:one_that": -0.033,
    "p:only": 0.0803,
    "p:only_if": -0.0165,
    "p:open": -0.026,
    "p:opened": 59e-4,
    "p:operating": 0.012,
    "p:operating_system": 0.012,
    "p:opt": 0.0341,
    "p:option": 0.0567,
    "p:option_os": 0.0425,
    "p:options": -0.055,
    "p:or": -0.0278,
    "p:or_a": -0.0411,
    "p:or_is": 0.0208,
    "p:or_just": 0.0287,
    "p:or_uv": 0.0286,
    "p:order": 0.0344,
    "p:os": 0.0416,
    "p:os_version": -0.0578,
    "p:other": -0.0639,
    "p:otherwise": 0.0307,
    "p:ought": -0.0385,
    "p:ought_to": -0.0385,
    "p:our": 0.0723,
    "p:out": -0.1626,
    "p:out_a": -0.0382,
    "p:out_and": -0.0163,
    "p:out_of": 0.0399,
    "p:out_the": 0.0232,
    "p:out_with": -0.0366,
    "p:output": -0.2162,
    "p:output_of": -0.0791,
    "p:output_steps": 0.0469,
    "p:output_with": -0.0343,
    "p:outputs": -0.0125,
    "p:outside": 0.0635,
    "p:over": 0.0849,
    "p:over_the": 0.0118,
    "p:overlooked": -0.0206,
    "p:own": 0.0107,
    "p:p": 0.0741,
    "p:package": -0.0307,
    "p:packages": -0.0814,
    "p:packaging": -0.0507,
    "p:part": -0.0125,
    "p:part_of": -0.0148,
    "p:particular": -0.0624,
    "p:particularly": -0.0497,
    "p:pass": 0.015,
    "p:passing": 0.0276,
    "p:past": -0.0151,
    "p:patch": -0.0283,
    "p:path": 0.1814,
    "p:path_in": 0.0193,
    "p:path_so": 0.0199,
    "p:path_to": 0.0444,
    "p:paths": 0.0229,
    "p:pdm_install": 0.0592,
    "p:people": -0.0347,
    "p:perhaps": -0.0259,
    "p:pick": 0.0712,
    "p:pick_the": 0.0626,
    "p:picked": 0.0309,
    "p:picks": 0.0831,
    "p:picks_the": 0.0415,
    "p:picks_up": 0.0511,
    "p:pin": 0.0352,
    "p:pip": -0.1008,
    "p:pip_install": -0.1099,
    "p:pip_list": 0.0883,
    "p:pip_operating": 0.0106,
    "p:pipenv": 0.0927,
    "p:pipx": -91e-4,
    "p:pixi": -0.044,
    "p:pixi_releases": -0.0307,
    "p:pixi_version": -0.0307,
    "p:platform": -0.1119,
    "p:platform_linux": -0.0379,
    "p:platform_macos": 0.0245,
    "p:platform_ubuntu": -0.0134,
    "p:platform_windows": -0.0402,
    "p:please": 0.1287,
    "p:poetry": 0.0578,
    "p:poetry_install": -0.0375,
    "p:poetry_installation": 0.0106,
    "p:poetry_issues": 0.0102,
    "p:poetry_releases": 0.0102,
    "p:poetry_version": 0.0208,
    "p:point": 0.0553,
    "p:post": -0.0382,
    "p:powershell": -83e-4,
    "p:prefer": 0.032,
    "p:prefix-dev": -0.0307,
    "p:prefix-dev_pixi": -0.0307,
    "p:present": -0.0376,
    "p:present_on": -0.0376,
    "p:print": -0.0535,
    "p:printed": -0.0275,
    "p:prints": 0.0164,
    "p:probably": 0.0424,
    "p:problem": -0.0912,
    "p:problem_is": -0.0275,
    "p:problems": 0.0915,
    "p:process": -0.0387,
    "p:produces": -0.0604,
    "p:project": -0.0241,
    "p:projects": 0.0552,
    "p:prompt": -0.0322,
    "p:proper": -0.0235,
    "p:properly": 0.0427,
    "p:provide": 0.0685,
    "p:provide_at": 0.0522,
    "p:proxy": -0.0567,
    "p:pull": -0.1359,
    "p:put": -0.1419,
    "p:py#": -0.0122,
    "p:pyenv": 0.1053,
    "p:pyenv-win": 54e-4,
    "p:pyenv_and": 0.0568,
    "p:pyenv_install": -0.0482,
    "p:pyenv_which": 0.0179,
    "p:pypa": 0.0434,
    "p:pypa_virtualenv": 0.0399,
    "p:pypi": -0.0599,
    "p:pypi.org": -0.0913,
    "p:pyproject.toml": -0.0957,
    "p:pyproject.toml_file": -92e-4,
    "p:pyproject.toml_has": -0.0112,
    "p:pyproject.toml_with": -0.0457,
    "p:pytest": -0.0437,
    "p:python": 0.2654,
    "p:python#": 0.2351,
    "p:python#_bin": 0.0157,
    "p:python#_but": 0.0153,
    "p:python#_i": 0.021,
    "p:python#_is": 0.0304,
    "p:python#_site-packages": -0.0284,
    "p:python#_works": 0.0229,
    "p:python-poetry.org": -0.0207,
    "p:python-poetry.org_docs": -0.0207,
    "p:python-preference": 0.0716,
    "p:python-version": 0.0437,
    "p:python_but": 0.02,
    "p:python_command": 0.0317,
    "p:python_could": -0.018,
    "p:python_discovery": 0.0185,
    "p:python_doesn": -83e-4,
    "p:python_env": 0.0245,
    "p:python_environment": -0.0695,
    "p:python_environments": 0.0345,
    "p:python_executable": 0.0664,
    "p:python_find": 0.0333,
    "p:python_from": -0.0205,
    "p:python_gives": -0.0313,
    "p:python_i": 0.0566,
    "p:python_in": 0.0712,
    "p:python_install": 0.0312,
    "p:python_installation": 0.0313,
    "p:python_installations": 0.0508,
    "p:python_installed": 0.0957,
    "p:python_interpreter": 0.2021,
    "p:python_interpreters": 0.0196,
    "p:python_is": 0.0495,
    "p:python_it": 0.0229,
    "p:python_list": 0.0466,
    "p:python_m": -0.016,
    "p:python_on": -71e-4,
    "p:python_or": 0.0165,
    "p:python_python": 0.019,
    "p:python_python#": 0.0288,
    "p:python_rather": 0.0114,
    "p:python_since": 5e-3,
    "p:python_that": 0.0838,
    "p:python_the": 0.0241,
    "p:python_to": 0.0351,
    "p:python_venv": 0.02,
    "p:python_version": 0.1943,
    "p:python_versions": 0.0714,
    "p:python_where": 0.0575,
    "p:python_with": 0.0196,
    "p:question": 0.0458,
    "p:quick": 0.0449,
    "p:raised": 0.0102,
    "p:raised_an": 0.0102,
    "p:ran": -0.0866,
    "p:ran_into": -83e-4,
    "p:ran_it": 0.0102,
    "p:ran_the": 0.0107,
    "p:rather": -0.0556,
    "p:rather_not": -0.0547,
    "p:rather_than": -0.0365,
    "p:re": -0.0535,
    "p:read": -0.0187,
    "p:really": -0.0124,
    "p:reason": -0.0567,
    "p:reasons": -0.039,
    "p:recognize": 0.0444,
    "p:reference": -0.0182,
    "p:registry": 0.0184,
    "p:regular": -61e-4,
    "p:related": 0.0253,
    "p:related_to": 0.0407,
    "p:release": 0.0109,
    "p:releases": -0.0562,
    "p:releases_latest": -0.0416,
    "p:relevant": -0.0867,
    "p:repo": -0.0104,
    "p:repo_s": 0.0102,
    "p:report": 0.031,
    "p:reported": 0.0843,
    "p:reporting": 0.0321,
    "p:reports": -0.0319,
    "p:repro": 0.0293,
    "p:reproduce": -0.0575,
    "p:reproduce_the": 0.0258,
    "p:reproduce_this": -0.0184,
    "p:reproducible": -0.0334,
    "p:reproducible_example": -0.0334,
    "p:reproduction": -0.0334,
    "p:request": -0.0396,
    "p:requested": -0.0323,
    "p:requests": -0.0514,
    "p:requirements": -0.0326,
    "p:requires-python": 0.0952,
    "p:resolution": -0.0446,
    "p:resolve": -0.0224,
    "p:resolve_the": 71e-4,
    "p:response": 0.0277,
    "p:result": -0.0179,
    "p:result_version": -0.0421,
    "p:return": 0.0132,
    "p:right": 0.1231,
    "p:right_now": -87e-4,
    "p:right_python": 0.0365,
    "p:root": 0.0307,
    "p:rules": 0.0164,
    "p:run": -0.0463,
    "p:run_commands": 0.0569,
    "p:run_into": 0.0973,
    "p:run_it": -86e-4,
    "p:run_python": 0.0382,
    "p:run_the": -0.127,
    "p:run_this": -0.0452,
    "p:run_uv": 0.0315,
    "p:runner": 0.0438,
    "p:running": 0.0222,
    "p:running_it": -0.1005,
    "p:running_poetry": -0.0129,
    "p:running_python": 0.0163,
    "p:running_the": 0.0878,
    "p:running_tox": 0.0591,
    "p:runs": 0.1284,
    "p:runs_job": 0.026,
    "p:rust": -0.0168,
    "p:rvv": 0.0325,
    "p:rye": 0.0346,
    "p:rye_is": 0.0601,
    "p:s": -0.053,
    "p:s_a": 0.0504,
    "p:s_an": -0.027,
    "p:s_issues": 0.0102,
    "p:s_no": -0.0151,
    "p:s_not": 0.0488,
    "p:s_one": -0.0543,
    "p:s_only": -93e-4,
    "p:s_python": 0.0335,
    "p:s_what": -0.0147,
    "p:sadly": 0.0356,
    "p:same": -0.0141,
    "p:same_thing": -0.0126,
    "p:satisfies": 0.0226,
    "p:say": 0.0363,
    "p:saying": 0.0367,
    "p:says": 0.0264,
    "p:says_it": 0.0306,
    "p:scenario": 0.0276,
    "p:script": -0.0522,
    "p:scripts": 0.0414,
    "p:search": 0.0281,
    "p:search_path": 0.0493,
    "p:searched": 0.0498,
    "p:searched_the": 0.0548,
    "p:searched_this": 0.0102,
    "p:second": -0.0436,
    "p:seconds": -0.047,
    "p:see": -0.0191,
    "p:see_https": 0.024,
    "p:see_the": 6e-3,
    "p:see_this": -0.0128,
    "p:seeing": 0.0544,
    "p:seem": 0.0146,
    "p:seem_to": 0.0146,
    "p:seems": 0.0902,
    "p:seems_like": 0.0329,
    "p:seems_to": -0.0209,
    "p:selected": 0.0148,
    "p:selection": 0.0477,
    "p:self": 0.0378,
    "p:self-hosted": 0.0253,
    "p:send": -0.0176,
    "p:sense": -0.0405,
    "p:server": -0.0526,
    "p:set": 0.0674,
    "p:set_the": 0.0578,
    "p:set_to": -0.0378,
    "p:set_up": -0.0273,
    "p:setting": -75e-4,
    "p:settings": 68e-4,
    "p:setup": 0.0327,
    "p:setup-python": 0.0106,
    "p:setuptools": -0.0443,
    "p:several": -0.0241,
    "p:several_times": 0.0255,
    "p:share": 0.1135,
    "p:share_the": 0.0638,
    "p:shell": -0.0132,
    "p:shells": -0.0143,
    "p:shim": 0.0299,
    "p:shims": 0.0243,
    "p:should": 0.0289,
    "p:should_be": -0.0513,
    "p:shouldn": 0.0435,
    "p:shouldn_t": 0.0435,
    "p:show": 0.0649,
    "p:show_up": 0.0685,
    "p:shown": -0.0146,
    "p:shows": -0.0733,
    "p:shows_up": -0.0542,
    "p:simple": -0.0257,
    "p:simply": -0.014,
    "p:since": 0.0199,
    "p:since_i": -0.0622,
    "p:since_it": 0.0247,
    "p:since_the": 0.0293,
    "p:site-packages": -0.0703,
    "p:skip": 0.0179,
    "p:slow": 0.0115,
    "p:so": -0.0205,
    "p:so_i": 0.1023,
    "p:so_if": 0.0142,
    "p:so_it": -0.0457,
    "p:so_that": 0.0241,
    "p:so_uv": -0.0453,
    "p:so_we": -0.0138,
    "p:solution": -0.0326,
    "p:solution_you": -0.0247,
    "p:solutions": -0.0323,
    "p:solve": -0.0223,
    "p:some": -0.0398,
    "p:some_kind": -0.0102,
    "p:some_other": -0.0266,
    "p:someone": 81e-4,
    "p:something": -0.0262,
    "p:something_to": 0.0117,
    "p:somewhat": 0.0448,
    "p:somewhere": 0.0116,
    "p:sorry": -0.0439,
    "p:sorry_about": -0.0305,
    "p:source": -0.0151,
    "p:sources": -0.062,
    "p:spec": 0.0353,
    "p:specific": 0.0463,
    "p:specific_python": 0.0528,
    "p:specified": -0.0325,
    "p:src": 0.0153,
    "p:stack": -0.0172,
    "p:start": -0.0461,
    "p:starting": -0.0235,
    "p:status": -0.0514,
    "p:step": 0.0145,
    "p:steps": 0.038,
    "p:steps_to": 0.01,
    "p:still": 0.0132,
    "p:stop": 0.0206,
    "p:stops": -0.0422,
    "p:straight": 54e-4,
    "p:strange": 0.0351,
    "p:stuck": 0.0295,
    "p:stuff": -0.0476,
    "p:successfully": -0.0295,
    "p:such": 0.0199,
    "p:such_as": -0.0172,
    "p:summary": -0.0511,
    "p:summary_i": -78e-4,
    "p:super": -0.0328,
    "p:support": 0.0201,
    "p:supported": 0.0411,
    "p:suppose": 0.0119,
    "p:supposed": 0.018,
    "p:supposed_to": 0.018,
    "p:sure": -0.0103,
    "p:sure_to": 0.0158,
    "p:surprising": 0.0267,
    "p:suspect": 0.0497,
    "p:symlink": -0.0225,
    "p:symlinks": 0.0106,
    "p:sync": -0.0279,
    "p:sys": -0.0239,
    "p:system": 0.2313,
    "p:system_and": 0.0328,
    "p:system_python": 0.1325,
    "p:system_to": 0.0328,
    "p:systems": 0.0114,
    "p:t": 0.0608,
    "p:t_a": 0.0853,
    "p:t_be": 0.0733,
    "p:t_find": -0.0193,
    "p:t_found": 0.0216,
    "p:t_get": -0.0853,
    "p:t_have": -0.0621,
    "p:t_help": 0.0269,
    "p:t_in": -0.0202,
    "p:t_install": -0.0251,
    "p:t_know": 0.013,
    "p:t_match": 0.0338,
    "p:t_need": -0.0155,
    "p:t_pick": 0.0171,
    "p:t_reproduce": -0.0145,
    "p:t_seem": 0.023,
    "p:t_set": 0.0541,
    "p:t_show": 0.0355,
    "p:t_supported": 0.0342,
    "p:t_tell": -0.0538,
    "p:t_the": -0.0424,
    "p:t_very": -0.0251,
    "p:t_want": -0.0159,
    "p:t_work": 0.0584,
    "p:take": -0.0458,
    "p:takes": 0.0307,
    "p:tell": -0.0114,
    "p:tell_me": 0.0333,
    "p:tells": -0.0243,
    "p:tells_me": -0.0243,
    "p:terminal": 0.025,
    "p:test": 0.0279,
    "p:than": -0.0453,
    "p:than_the": 0.0481,
    "p:thanks": 0.07,
    "p:thanks_a": 0.0177,
    "p:thanks_for": 0.0183,
    "p:that": 0.136,
    "p:that_doesn": -0.0405,
    "p:that_has": 0.0794,
    "p:that_i": -0.0155,
    "p:that_it": 0.0187,
    "p:that_makes": -0.0679,
    "p:that_one": 0.0443,
    "p:that_s": 99e-4,
    "p:that_the": 0.0406,
    "p:that_this": -0.1255,
    "p:that_uv": -0.0176,
    "p:that_we": 0.0264,
    "p:that_works": 0.0265,
    "p:the": 0.1095,
    "p:the_base": 0.0322,
    "p:the_bug": -0.0147,
    "p:the_build": -0.0389,
    "p:the_cache": -0.0556,
    "p:the_cause": -0.0197,
    "p:the_ci": -87e-4,
    "p:the_code": 0.0194,
    "p:the_command": -0.0426,
    "p:the_contents": 0.0425,
    "p:the_current": -0.0252,
    "p:the_default": 0.0539,
    "p:the_docs": -0.0329,
    "p:the_documentation": -0.0622,
    "p:the_end": 0.0361,
    "p:the_environment": 0.096,
    "p:the_error": 0.0485,
    "p:the_file": 0.0161,
    "p:the_first": 0.0426,
    "p:the_fix": 0.0106,
    "p:the_following": -0.0522,
    "p:the_full": 0.0354,
    "p:the_host": 0.0883,
    "p:the_install": 88e-4,
    "p:the_installed": 0.0129,
    "p:the_interpreter": 0.1219,
    "p:the_key": 0.0305,
    "p:the_latest": -0.0407,
    "p:the_list": 0.0556,
    "p:the_local": 0.0361,
    "p:the_lock": -0.1004,
    "p:the_lockfile": -0.0682,
    "p:the_logs": -59e-4,
    "p:the_new": -0.0503,
    "p:the_newest": -0.039,
    "p:the_one": 0.0229,
    "p:the_other": 5e-3,
    "p:the_package": -0.02,
    "p:the_path": 0.0344,
    "p:the_problem": -0.0483,
    "p:the_project": 0.0221,
    "p:the_pyenv": 0.0516,
    "p:the_pyproject.toml": -0.0451,
    "p:the_python": 0.3339,
    "p:the_python#": 0.0293,
    "p:the_python-version": -0.0115,
    "p:the_request": -0.0127,
    "p:the_right": 0.0623,
    "p:the_same": -0.0347,
    "p:the_second": -0.0208,
    "p:the_solution": -0.0247,
    "p:the_source": -0.0134,
    "p:the_system": 0.1621,
    "p:the_tests": -0.0191,
    "p:the_user": -0.0315,
    "p:the_uv": 0.0492,
    "p:the_v": 0.0772,
    "p:the_value": 87e-4,
    "p:the_venv": 0.0436,
    "p:the_verbose": -0.0474,
    "p:the_version": 0.0469,
    "p:the_virtual": 0.0298,
    "p:the_virtualenv": 0.0597,
    "p:the_whole": -0.0194,
    "p:the_windows": 0.0171,
    "p:the_wrong": 0.0427,
    "p:them": 0.0323,
    "p:then": 0.0799,
    "p:then_fails": -0.0185,
    "p:then_the": 0.04,
    "p:there": -0.0989,
    "p:there_are": -0.0525,
    "p:there_isn": 0.0151,
    "p:there_s": -76e-4,
    "p:these": -0.0179,
    "p:they": -0.0113,
    "p:they_re": -0.0621,
    "p:thing": -0.0257,
    "p:things": -0.0238,
    "p:think": -0.043,
    "p:think_it": 0.0524,
    "p:think_the": -0.0403,
    "p:this": 0.1407,
    "p:this_as": -0.0194,
    "p:this_behavior": 0.0207,
    "p:this_bug": -0.0105,
    "p:this_case": 0.0372,
    "p:this_command": -0.0357,
    "p:this_error": -0.0493,
    "p:this_in": -0.0323,
    "p:this_is": 0.0752,
    "p:this_isn": 0.0574,
    "p:this_issue": -0.0654,
    "p:this_one": -0.0155,
    "p:this_output": 0.0387,
    "p:this_problem": -0.0278,
    "p:this_project": 0.0201,
    "p:this_repo": 0.0102,
    "p:this_the": -0.0147,
    "p:this_time": -0.0505,
    "p:those": -0.0161,
    "p:though": 0.0494,
    "p:though_i": 0.0387,
    "p:though_it": -0.022,
    "p:three": 0.0219,
    "p:through": 0.0192,
    "p:through_the": 0.0107,
    "p:time": -0.1385,
    "p:time_i": 0.0164,
    "p:times": 77e-4,
    "p:tmp": -0.0571,
    "p:to": -0.196,
    "p:to_a": -0.0646,
    "p:to_add": -0.0287,
    "p:to_check": -0.0386,
    "p:to_create": -64e-4,
    "p:to_do": -0.0473,
    "p:to_fail": -0.0158,
    "p:to_find": 0.0568,
    "p:to_fix": -0.0335,
    "p:to_get": 0.1541,
    "p:to_happen": -0.0405,
    "p:to_help": 0.011,
    "p:to_https": 0.0189,
    "p:to_install": -0.107,
    "p:to_move": 0.017,
    "p:to_pick": 0.0172,
    "p:to_python": 0.0208,
    "p:to_reproduce": -0.056,
    "p:to_resolve": -88e-4,
    "p:to_run": 0.0344,
    "p:to_see": -0.0559,
    "p:to_set": 0.0147,
    "p:to_take": -0.0427,
    "p:to_the": -0.1007,
    "p:to_this": 71e-4,
    "p:to_try": 0.0335,
    "p:to_use": 0.0226,
    "p:to_work": 0.0431,
    "p:today": -0.0238,
    "p:together": -0.0573,
    "p:together_with": -0.0356,
    "p:token": -0.0213,
    "p:too": -0.0111,
    "p:took": -0.0143,
    "p:tool": -0.011,
    "p:toolchain": 0.0859,
    "p:tools": 83e-4,
    "p:tox": -63e-4,
    "p:tox-dev": -0.0422,
    "p:tox-dev_tox-uv": -0.0422,
    "p:tox-uv": -0.0422,
    "p:tox_rvv": 0.0325,
    "p:trace": -0.0331,
    "p:traceback": -0.0366,
    "p:tracker": 0.0181,
    "p:tracker_and": 0.0548,
    "p:tree": -0.056,
    "p:tried": -0.0289,
    "p:tries": -0.0486,
    "p:tries_to": -0.0826,
    "p:trouble": -0.0266,
    "p:troubleshooting": -0.0116,
    "p:true": -0.0496,
    "p:try": -0.0783,
    "p:try_running": -0.0346,
    "p:try_to": -0.0702,
    "p:trying": -0.0206,
    "p:trying_to": -97e-4,
    "p:turn": -0.0275,
    "p:turned": -0.0597,
    "p:two": -0.0482,
    "p:type": 63e-4,
    "p:type_b": -0.09,
    "p:ubuntu": 0.0335,
    "p:unable": -0.0274,
    "p:unable_to": -0.0274,
    "p:under": 0.0114,
    "p:under_the": 0.0209,
    "p:unless": 0.0352,
    "p:until": 0.0139,
    "p:up": 0.0703,
    "p:up_a": -0.0107,
    "p:up_in": 0.079,
    "p:up_on": -0.0132,
    "p:up_the": 83e-4,
    "p:up_with": 0.0223,
    "p:update": 94e-4,
    "p:updating": -0.0603,
    "p:url": -0.1264,
    "p:us": -0.0602,
    "p:use": 0.0525,
    "p:use_a": 55e-4,
    "p:use_or": 0.0221,
    "p:use_python": 0.0553,
    "p:use_the": -0.0395,
    "p:use_uv": -0.0284,
    "p:used": 0.0854,
    "p:used_to": 0.0368,
    "p:useful": -0.0609,
    "p:user": -0.063,
    "p:user-attachments": -0.0999,
    "p:user-images.githubusercontent.com": 0.0102,
    "p:users": -0.027,
    "p:uses": 51e-4,
    "p:using": 0.0158,
    "p:using_python": 0.0289,
    "p:using_the": 0.0911,
    "p:usr": 0.0468,
    "p:usr_bin": 0.0598,
    "p:uv": -0.0817,
    "p:uv-python": 0.0134,
    "p:uv-python_src": 0.0134,
    "p:uv_add": -0.0502,
    "p:uv_and": 0.0267,
    "p:uv_blob": 87e-4,
    "p:uv_can": 0.0153,
    "p:uv_concepts": -0.0368,
    "p:uv_for": 58e-4,
    "p:uv_i": 0.0277,
    "p:uv_init": 56e-4,
    "p:uv_is": 67e-4,
    "p:uv_issues": 83e-4,
    "p:uv_ought": -0.0492,
    "p:uv_pip": -0.1109,
    "p:uv_platform": 0.0105,
    "p:uv_pull": -0.0466,
    "p:uv_python": 0.1534,
    "p:uv_run": -57e-4,
    "p:uv_sync": -0.0127,
    "p:uv_the": -74e-4,
    "p:uv_to": -0.0191,
    "p:uv_venv": 0.1274,
    "p:uv_version": -0.0255,
    "p:v": 0.0859,
    "p:v_flag": 0.0613,
    "p:value": 0.0363,
    "p:values": 0.0204,
    "p:var": -0.025,
    "p:variable": -0.0234,
    "p:variables": -0.031,
    "p:ve": 0.0103,
    "p:ve_installed": -86e-4,
    "p:venv": 0.114,
    "p:venv_bin": 0.061,
    "p:venv_is": 0.0299,
    "p:venv_python": 0.0377,
    "p:venv_venv": 0.0385,
    "p:venv_with": 0.0166,
    "p:venvs": -0.0106,
    "p:verbose": -0.2168,
    "p:version": 0.1404,
    "p:version_and": 0.0754,
    "p:version_available": 0.0192,
    "p:version_from": 0.0264,
    "p:version_https": -0.0255,
    "p:version_i": -0.0109,
    "p:version_in": 0.0582,
    "p:version_info": -0.0164,
    "p:version_installed": -0.0273,
    "p:version_is": -0.0324,
    "p:version_it": 0.0707,
    "p:version_of": -0.0194,
    "p:version_on": 0.0433,
    "p:version_or": 0.032,
    "p:version_poetry": 0.0106,
    "p:version_python": -0.1742,
    "p:version_that": 0.0124,
    "p:version_the": 0.032,
    "p:version_uv": -0.0377,
    "p:version_when": 0.0239,
    "p:version_windows": -0.0554,
    "p:version_x": 0.0964,
    "p:versions": 0.1014,
    "p:versions_i": -0.0229,
    "p:versions_installed": 0.0218,
    "p:versions_of": 0.0232,
    "p:very": 65e-4,
    "p:via": -73e-4,
    "p:via_pyenv": 0.0219,
    "p:virtual": 0.0714,
    "p:virtual_env": 0.045,
    "p:virtual_environment": 0.0196,
    "p:virtualenv": 0.0559,
    "p:virtualenv_is": 87e-4,
    "p:virtualenvs": -0.0107,
    "p:vs": -0.0103,
    "p:vs_code": -0.0495,
    "p:vscode": -0.022,
    "p:vvv": -0.0407,
    "p:vvv_option": 0.0102,
    "p:vvv_with-traceback": -0.0259,
    "p:want": 66e-4,
    "p:wanted": -72e-4,
    "p:wanted_to": -72e-4,
    "p:warning": -0.0562,
    "p:was": -0.0179,
    "p:was_the": -55e-4,
    "p:wasn": 0.021,
    "p:wasn_t": 0.021,
    "p:way": 0.0978,
    "p:way_i": 0.0106,
    "p:way_to": 0.0611,
    "p:we": -0.1655,
    "p:we_can": -0.0505,
    "p:we_could": -0.0471,
    "p:we_ll": 0.0304,
    "p:we_re": -0.0342,
    "p:we_should": 0.0376,
    "p:well": 0.04,
    "p:well_and": -91e-4,
    "p:well_i": 0.015,
    "p:went": 0.0486,
    "p:were": -0.1311,
    "p:what": -0.0654,
    "p:what_happened": -0.1008,
    "p:what_i": 0.0764,
    "p:what_s": -0.0367,
    "p:what_the": -0.0247,
    "p:what_you": -0.0735,
    "p:whatever": 0.0242,
    "p:when": -0.0144,
    "p:when_a": -58e-4,
    "p:when_i": -0.0191,
    "p:when_it": -0.0406,
    "p:when_running": -0.0637,
    "p:when_the": 0.0279,
    "p:when_there": -0.0255,
    "p:when_uv": 73e-4,
    "p:when_you": 0.0297,
    "p:where": 0.0116,
    "p:where_the": 9e-3,
    "p:whereas": -0.02,
    "p:whether": 0.0344,
    "p:whether_the": -63e-4,
    "p:which": 0.0132,
    "p:which_i": -0.0304,
    "p:which_python": 0.0591,
    "p:while": -0.0175,
    "p:while_the": -63e-4,
    "p:whole": -0.0194,
    "p:why": -0.0251,
    "p:will": 0.0414,
    "p:win": 0.0287,
    "p:windows": -0.0747,
    "p:windows_python": 0.0208,
    "p:windows_x#": -0.0449,
    "p:with": -0.1386,
    "p:with-traceback": -0.0259,
    "p:with_a": 0.0719,
    "p:with_an": -0.0464,
    "p:with_it": 0.055,
    "p:with_no": 0.0584,
    "p:with_pip": -0.0851,
    "p:with_pyenv": 0.0512,
    "p:with_python": 51e-4,
    "p:with_the": 0.0993,
    "p:with_this": -0.0177,
    "p:with_uv": 0.1063,
    "p:with_verbose": -0.0566,
    "p:with_vvv": -0.044,
    "p:without": -0.0343,
    "p:without_any": -0.0558,
    "p:won": -0.0112,
    "p:won_t": -0.0112,
    "p:wonder": 0.0288,
    "p:wondering": 0.0123,
    "p:work": 0.091,
    "p:work_fine": -0.0154,
    "p:work_for": -0.0204,
    "p:work_on": 0.0315,
    "p:workaround": 0.0253,
    "p:workarounds": 0.0324,
    "p:worked": 0.0293,
    "p:workflow": 0.0481,
    "p:working": 0.0692,
    "p:works": 0.0457,
    "p:works_as": 0.0308,
    "p:works_fine": 0.0255,
    "p:workspace": -79e-4,
    "p:would": 0.0138,
    "p:wouldn": 88e-4,
    "p:wouldn_t": 88e-4,
    "p:wrong": -0.0471,
    "p:wrong_python": 0.0578,
    "p:wsl#": 0.0383,
    "p:x": 0.0764,
    "p:x#": -0.0879,
    "p:x#_gnu": -0.0351,
    "p:x#_version": -71e-4,
    "p:x_i": -67e-4,
    "p:x_where": -0.0123,
    "p:yep": -0.0498,
    "p:yes": 0.0678,
    "p:yet": -0.0493,
    "p:you": -0.0892,
    "p:you_can": -0.0298,
    "p:you_don": -0.0282,
    "p:you_have": -0.025,
    "p:you_need": 0.0151,
    "p:you_re": 0.0427,
    "p:you_run": 0.0105,
    "p:you_share": 0.0473,
    "p:you_try": -0.0471,
    "p:you_ve": 0.0101,
    "p:your": 0.0626,
    "p:your_issue": -0.0367,
    "p:your_pyproject.toml": 0.0647,
    "p:your_system": -95e-4,
    "p:zanieb": 0.0218,
    "p:zsh": -0.0147,
    "t:a": -0.0195,
    "t:a_different": 0.031,
    "t:a_venv": -0.0187,
    "t:add": -0.0704,
    "t:after": -0.0176,
    "t:an": -0.1967,
    "t:an_error": -0.0967,
    "t:and": 0.0282,
    "t:assertionerror": -0.0866,
    "t:be": 0.0918,
    "t:be_found": 0.0142,
    "t:breaks": 65e-4,
    "t:build": -0.1031,
    "t:but": -0.0557,
    "t:by": 0.0847,
    "t:cache": -0.0502,
    "t:can": 0.1553,
    "t:can_t": 0.1553,
    "t:command": 64e-4,
    "t:conda": 0.1459,
    "t:conda_environments": 0.0542,
    "t:default": 0.0541,
    "t:different": 0.031,
    "t:different_python": 0.031,
    "t:discovery": 0.0504,
    "t:doesn": 0.0272,
    "t:doesn_t": 0.0272,
    "t:ends": 0.0435,
    "t:ends_up": 0.0435,
    "t:env": 0.0835,
    "t:environment": 0.1041,
    "t:environments": 0.0871,
    "t:error": 0.0318,
    "t:errors": -0.0859,
    "t:errors_out": -0.0775,
    "t:even": -0.0278,
    "t:even_though": -0.0332,
    "t:failed": -0.0398,
    "t:fails": -0.1716,
    "t:find": 0.067,
    "t:find_the": 0.0269,
    "t:for": 0.0474,
    "t:found": 0.2511,
    "t:from": -0.0155,
    "t:get": 0.0214,
    "t:getting": 0.0732,
    "t:gives": -0.0829,
    "t:hatch": -0.0135,
    "t:i": 72e-4,
    "t:if": -0.0192,
    "t:in": 0.0448,
    "t:in_the": 0.0353,
    "t:inside": 0.0225,
    "t:install": -0.1549,
    "t:install_python": -0.0506,
    "t:installation": 0.0693,
    "t:installed": 0.0282,
    "t:installing": -0.0983,
    "t:interpreter": 0.1912,
    "t:interpreters": 0.0476,
    "t:is": 0.071,
    "t:isn": 0.0164,
    "t:isn_t": 0.0164,
    "t:it": 0.0438,
    "t:let": 0.0475,
    "t:list": 0.0586,
    "t:lock": -0.1519,
    "t:locked": -0.049,
    "t:macos": 0.0236,
    "t:make": -0.0305,
    "t:mise": -0.1298,
    "t:no": 0.14,
    "t:no_python": 0.0664,
    "t:not": 0.1207,
    "t:of": -0.0324,
    "t:of_python": 0.0534,
    "t:on": 0.0103,
    "t:on_a": 0.0272,
    "t:on_macos": 0.0904,
    "t:on_windows": -0.0214,
    "t:or": 0.0263,
    "t:other": -65e-4,
    "t:out": -0.0775,
    "t:out_with": -0.0366,
    "t:output": -0.068,
    "t:over": 0.0299,
    "t:package": -0.046,
    "t:path": 0.0518,
    "t:pdm": -66e-4,
    "t:pick": 0.0249,
    "t:picks": 0.0611,
    "t:pip": -0.0277,
    "t:pipenv": 0.0927,
    "t:pixi": -0.044,
    "t:poetry": 0.0298,
    "t:poetry_install": -0.0648,
    "t:pyenv": 0.0641,
    "t:python": 0.4386,
    "t:python#": 0.1448,
    "t:python_environments": 0.0286,
    "t:python_find": 0.0116,
    "t:python_interpreter": 0.092,
    "t:python_list": 0.0344,
    "t:python_on": -0.0706,
    "t:python_version": 0.1337,
    "t:rather": -0.0217,
    "t:rather_than": -0.0217,
    "t:registry": 0.0253,
    "t:requires-python": 0.062,
    "t:running": -0.0112,
    "t:rye": -0.0178,
    "t:s": 0.018,
    "t:script": -0.0592,
    "t:set": 0.0552,
    "t:show": 0.0256,
    "t:system": 0.0372,
    "t:system_python": 0.031,
    "t:t": 0.203,
    "t:t_be": 0.0711,
    "t:t_find": 0.0409,
    "t:t_run": -97e-4,
    "t:t_show": 0.0355,
    "t:t_work": 0.0785,
    "t:than": -69e-4,
    "t:the": 0.0652,
    "t:the_python": 0.0584,
    "t:the_wrong": 0.0258,
    "t:there": 0.0234,
    "t:though": -0.0332,
    "t:to": 0.0226,
    "t:to_find": 0.0342,
    "t:tox": 54e-4,
    "t:up": 0.1186,
    "t:use": 0.0626,
    "t:using": 0.0717,
    "t:using_the": 0.099,
    "t:uv_pip": -83e-4,
    "t:uv_python": 0.133,
    "t:uv_sync": -0.0144,
    "t:uv_venv": 0.0645,
    "t:venv": 0.0209,
    "t:version": 0.2067,
    "t:version_when": 0.0239,
    "t:versions": 0.0723,
    "t:virtual": 0.0498,
    "t:virtual_environment": 0.0409,
    "t:virtualenv": 0.032,
    "t:way": 0.0202,
    "t:way_to": 0.0202,
    "t:when_there": -0.0168,
    "t:while": 0.057,
    "t:windows": -0.0514,
    "t:with": -0.1196,
    "t:with_the": -0.0297,
    "t:won": -0.0127,
    "t:won_t": -0.0127,
    "t:work": 0.0655,
    "t:wrong": 0.0258,
    "t:wrong_python": 0.0442
  }
};

// src/core/triage/discovery-model.ts
var MODEL_PROSE = 4 * 1024;
function forEachWord(text, visit) {
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    let digits = false;
    while (end < n && isWordCode(lower.charCodeAt(end))) {
      if (isDigitCode(lower.charCodeAt(end))) digits = true;
      end++;
    }
    let last2 = end;
    while (!isLetterOrDigit(lower.charCodeAt(last2 - 1))) last2--;
    const word = lower.slice(i, last2);
    visit(digits ? word.replace(/[0-9][0-9.]*/g, "#") : word);
    i = end;
  }
}
var isLetter = (c) => c >= 97 && c <= 122;
var isLetterOrDigit = (c) => isLetter(c) || isDigitCode(c);
var isWordCode = (c) => isLetterOrDigit(c) || c === 43 || c === 45 || c === 46;
function compileModel(m) {
  const compiled = {
    bias: m.bias,
    names: [],
    weights: new Float64Array(Object.keys(m.weights).length),
    words: [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()],
    pairs: [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()]
  };
  for (const [name, weight] of Object.entries(m.weights)) {
    const zone = name.startsWith("t:") ? 0 : name.startsWith("p:") ? 1 : null;
    if (zone === null) continue;
    const id = compiled.names.length;
    compiled.names.push(name);
    compiled.weights[id] = weight;
    const body = name.slice(2);
    const cut = body.indexOf("_");
    if (cut < 0) compiled.words[zone].set(body, id);
    else {
      const first = body.slice(0, cut);
      const next = compiled.pairs[zone].get(first) ?? /* @__PURE__ */ new Map();
      next.set(body.slice(cut + 1), id);
      compiled.pairs[zone].set(first, next);
    }
  }
  return compiled;
}
var shipped = discovery_model_default;
var SHIPPED = compileModel(shipped);
function modelLogit(title, prose, m = SHIPPED) {
  const seen = /* @__PURE__ */ new Set();
  const read = (zone, text) => {
    let previous = null;
    forEachWord(text, (word) => {
      const id = m.words[zone].get(word);
      if (id !== void 0) seen.add(id);
      if (previous !== null) {
        const pair = m.pairs[zone].get(previous)?.get(word);
        if (pair !== void 0) seen.add(pair);
      }
      previous = word;
    });
  };
  read(0, title);
  read(1, prose.slice(0, MODEL_PROSE));
  let logit = m.bias;
  const strongest = [];
  for (const id of seen) {
    const w = m.weights[id] ?? 0;
    logit += w;
    strongest.push([m.names[id] ?? "", w]);
  }
  strongest.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return { logit, strongest: strongest.slice(0, 5) };
}

// src/core/triage/discovery-signals.ts
var NOT_A_PACKAGE = "(?! ?\\d?(?:\\.\\d+)*[tmd]? ?(?:packages?|modules?|librar(?:y|ies)|bindings?|dependenc(?:y|ies)|scripts?|files?|code|projects?|extensions?)\\b)";
var SUBJECT = `\\b(?:python${NOT_A_PACKAGE} ?\\d?(?:\\.\\d+)*[tmd]?|pythons|py\\d+|pypy\\d?|interpreters?|(?:python )?versions?(?! of (?!python))|toolchains?|venvs?|virtualenvs?|virtual environments?|(?:conda |python |virtual )?env(?:ironment)?s?(?! ?var(?:iable)?s?\\b)|executables?|installations?|binar(?:y|ies)|kernels?|shims?)`;
var PYTHON = "(?:\\b(?:python ?\\d?(?:\\.\\d+)*[tmd]?|pythons|py\\d+|pypy\\d?|interpreters?|requires-python|python[_-]version)|--python\\b|\\.python-version)";
var NEGATED = "(?:can't|can ?not|could ?n[o']t|unable to|fail(?:s|ed)? to|does ?n[o']t|do ?n[o']t|did ?n[o']t|won't|will not|never|isn't able to|is not able to|not able to|no longer|stopped|stops)";
var GAP = "(?:[\\s'(),:/]+[\\w.@+=<>~-]+){0,4}?[\\s'(),:/]+";
var CLAUSE_GAP = "(?:[\\s'()/]+[\\w.@+=<>~-]+){0,4}?[\\s'()/]+";
var SEEN = "(?:found|detected|discovered|recogni[sz]ed|listed|shown|showing|showing up|picked up|used|available|visible|selectable|returned|reported|loaded|resolved|respected|honou?red|enforced|activated|active)";
var DISCOVERY_SIGNALS = [
  {
    id: "cannot-find",
    says: "says the tool cannot find, detect, list or use an interpreter",
    pattern: new RegExp(
      `${NEGATED} (?:properly |correctly |automatically |even )?(?:find|detect|discover|locate|recogni[sz]e|see|pick(?:ing)? up|identify|list|show|load|select|activate|set|choose|use|run|execute|launch|create \\w+ (?:with|for|from)|set ?up)(?:ing)?${GAP}${SUBJECT}\\b`
    ),
    weights: { title: 3, log: 1.5, prose: 2 }
  },
  {
    id: "not-found",
    says: "says an interpreter or environment is not found, listed or shown",
    pattern: new RegExp(
      `${SUBJECT}(?:${CLAUSE_GAP})?(?:(?:is |are |was |were |gets? |got |being )?(?:not|never|isn't|aren't|wasn't|weren't|n't)(?: being| getting| properly| correctly)? ${SEEN}|(?:can't|cannot|could not|can not) be ${SEEN}|(?:doesn't|does not|don't|do not|won't|never|only) (?:show|appear)|(?<!\\b(?:pip|setuptools|wheel|modules?|packages?|librar(?:y|ies)|files?|dlls?|headers?|scripts?|dependenc(?:y|ies)|extensions?) )(?:is|are|was|were|went|goes|go|seems?|gets?|got) (?:missing|gone)(?![ \\t]{1,8}(?:(?:the|a|an|some|several|many|its|their|my|our|your|all|any|pip|setuptools|wheel|packages?|modules?|files?|dependencies)\\b|[\`'"]))\\b|disappear(?:s|ed)?\\b|vanish(?:es|ed)?\\b)`
    ),
    anchor: {
      words: /\b(?:found|detected|discovered|recogni[sz]ed|listed|shown|showing|picked|used|available|visible|selectable|returned|reported|loaded|resolved|respected|honou?red|enforced|activated|active|show|appear|missing|gone|disappear|disappears|disappeared|vanish|vanishes|vanished)\b/g,
      before: 240,
      after: 40
    },
    weights: { title: 3, log: 1.5, prose: 1.5 }
  },
  {
    id: "none-found",
    says: "says no interpreter or environment was found",
    pattern: new RegExp(
      `\\bno (?:suitable |compatible |usable |valid |matching |installed |other )?(?:python ?\\d?(?:\\.\\d+)*|pythons|interpreters?|python interpreters?|python (?:environments?|installations?|executables?|versions?)|environments?|virtual ?env(?:ironment)?s?|toolchains?)(?: \\S+){0,3}? (?:found|available|detected|discovered|could be found|was found|were found|get found)`
    ),
    weights: { title: 3, log: 2, prose: 1.5 }
  },
  {
    id: "wrong-one",
    says: "says the tool picks or uses the wrong interpreter or version",
    pattern: new RegExp(
      `(?:wrong|incorrect|unexpected|unintended|mismatched|different) (?:[\\w()-]+ ){0,2}?(?:python|interpreter|version(?! of (?!python))|env(?:ironment)?|venv|virtualenv|executable|binary|toolchain)|(?:picks?|picked|picking|selects?|selected|selecting|chooses?|chose|choosing|prefers?|preferred|favou?rs?|favou?red|falls? back|fell back|defaults?|ends? up|ended up|is using|keeps? using)(?: up| to| with| using| on| over| from)?(?: the| a| an| my)? (?:[\\w.-]+ ){0,4}?(?:python|interpreter|pypy|pyenv|conda|homebrew|system python|(?:python )?version|version of python)\\b`
    ),
    weights: { title: 2.5, log: 0.5, prose: 1.5 }
  },
  {
    id: "ignores-request",
    says: "says the tool ignores the requested interpreter or version",
    pattern: new RegExp(
      `\\b(?:ignor(?:es|ed|ing|e)|disregard(?:s|ed)?|overrides?|overridden|does ?n[o']t (?:respect|honou?r|use|follow|take|enforce))(?: \\S+){0,3}? (?:--discover\\b|\\.python-version|requires-python|python[_-]version|python[_-]preference|--python|-p |uv_python|pipenv_python|pyenv|(?:python )?versions?|interpreters?|installations?|the (?:python|interpreter)|my (?:python|interpreter)|(?:python|interpreter) (?:setting|path|version|spec))|(?:\\.python-version|requires-python|python[_-]version|python[_-]preference|--python|uv_python|pipenv_python|interpreter (?:setting|path))(?: \\S+){0,3}? (?:is |are |gets? |was )?(?:not|isn't|aren't|wasn't|never|n't) ${SEEN}|(?:\\.python-version|requires-python|python[_-]version|--python|uv_python)(?: \\S+){0,2}? (?:is |gets? |was )?ignored`
    ),
    weights: { title: 3, log: 0.5, prose: 1.5 }
  },
  {
    id: "broken-interpreter",
    says: "says an interpreter or its command does not work with the tool",
    pattern: new RegExp(
      `\\b(?:python ?\\d(?:\\.\\d+)*[tmd]?|python\\d?(?:\\.\\d+)* (?:alias|command|shim|executable|binary|interpreter)|interpreters?|shims?)\\b(?: \\S+){0,4}? (?:does ?n[o']t work|do ?n[o']t work|not working|stopped working|is broken|are broken|breaks?|broke|fails?|crash(?:es)?|errors? out|can't be used|cannot be used|is not supported|isn't supported|not supported)`
    ),
    weights: { title: 1.5, log: 0, prose: 0.5 }
  },
  {
    id: "instead-of",
    says: "says one interpreter or version was used instead of another",
    pattern: /\b(?:instead of|rather than|over) (?:the |my |a |an )?(?:python ?\d?(?:\.\d+)*|interpreters?|venv|virtualenv|(?:system|global|managed|homebrew|pyenv|conda|uv|base|project|local|active|activated|requested|specified|selected) (?:python|interpreter|version|env(?:ironment)?|venv)|\d\.\d+(?:\.\d+)?)\b/,
    weights: { title: 2, log: 0, prose: 1 }
  },
  {
    id: "version-support",
    says: "is about the Python versions the tool supports or accepts",
    pattern: /\b(?:support(?:s|ed|ing)? (?:for )?|drop(?:s|ped)? |no )(?:python ?)?[23]\.\d+\b|\b(?:python ?)?[23]\.\d+ (?:is |are )?(?:not |no longer |un)?supported\b|\b(?:unsupported|incompatible|not compatible) (?:python|interpreter)|(?:python|interpreter) (?:version )?(?:is )?(?:unsupported|incompatible|not compatible)/,
    anchor: {
      words: /\b(?:support|supports|supported|supporting|unsupported|drop|drops|dropped|incompatible|compatible|no)\b/g,
      before: 60,
      after: 80
    },
    weights: { title: 1.5, log: 0.5, prose: 0.5 }
  },
  {
    id: "installed-but",
    says: "says an interpreter is installed but the tool does not take it",
    pattern: /(?:python ?\d?(?:\.\d+)*|pythons|interpreters?|versions?)(?: [\w.-]+){0,3} (?:is |are |was |were )?(?:already )?(?:installed|there|present|available|on (?:the |my )?path)(?:,| and| but)? (?:but|yet|however|though)\b|\b(?:skipp(?:ed|ing)|not found|missing|ignored|not (?:detected|used))(?: [\w.-]+){0,3}? (?:even )?though (?:python ?)?\d\.\d+(?: [\w.-]+){0,2}? (?:is |are )?(?:installed|available|present|there|on (?:the |my )?path)\b/,
    // `… installed but …` ends at the anchor; `skipped even though 3.6 is available` goes on after it.
    anchor: { words: /\b(?:but|yet|however|though)\b/g, before: 160, after: 60 },
    weights: { title: 2, log: 0, prose: 1 }
  },
  {
    id: "missing-executable",
    says: "carries an error that an interpreter command or file is missing",
    pattern: /(?:python[\d.]*[tmd]?|pip[\d.]*)(?:\.exe)?['"]?: (?:command not found|no such file or directory|not found)|command not found: python|no such file or directory: '?(?:[^'\s]{0,200}[\\/])?python[\d.]*(?:\.exe)?'|bad interpreter|(?:bin|scripts)[\\/]python[\d.]*(?:\.exe)?['"]?(?::| does not exist| not found)|python[\d.]*(?:\.exe)?'? is not recogni[sz]ed as (?:an internal|the name)|access is denied.{0,40}python|python.{0,80}access is denied/,
    anchor: {
      words: /command not found|no such file or directory|not found|bad interpreter|does not exist|not recogni[sz]ed|access is denied|(?:bin|scripts)[\\/]python/g,
      before: 260,
      after: 260
    },
    weights: { title: 2, log: 1, prose: 1 }
  },
  {
    id: "interpreter-word",
    says: "speaks of the interpreter",
    pattern: /\binterpreters?\b/,
    weights: { title: 1.5, log: 0, prose: 0.4 }
  },
  {
    id: "python-trouble",
    says: "puts an interpreter next to a failure",
    pattern: new RegExp(
      `${PYTHON}\\b.{0,60}\\b(?:not|n't|never|wrong|fails?|failed|failing|errors?|broken|breaks?|broke|ignor\\w+|missing|instead|unable|cannot|problem|issue|bug)\\b|\\b(?:not|n't|never|wrong|fails?|failed|failing|errors?|broken|breaks?|broke|ignor\\w+|missing|instead|unable|cannot)\\b.{0,60}${PYTHON}\\b`
    ),
    weights: { title: 1, log: 0, prose: 0 }
  },
  {
    id: "taken-as",
    says: "says the tool takes an interpreter for something it is not (a venv, a system Python)",
    pattern: new RegExp(
      `\\b(?:treat|handle|consider|recogni[sz]e|detect|classif(?:y|ie)|see|count|regard|call|mistake|identif(?:y|ie)|report|think)(?:s|d|ed|ing)?(?: \\S+){0,5}? (?:as|for) (?:if it (?:were|was) )?(?:a |an )?(?:system|virtual|managed|base|valid|invalid|broken|real)? ?(?:\\w+ )?(?:python|interpreter|venv|virtual ?env(?:ironment)?|environment|conda env(?:ironment)?|install(?:ation)?s?)\\b`
    ),
    weights: { title: 2.5, log: 0, prose: 1 }
  },
  {
    id: "existing-interpreter",
    says: "asks for an interpreter that is already installed to be used",
    pattern: new RegExp(
      `(?:${PYTHON}|\\btoolchains?|\\bversions?)(?: \\S+){0,3}? (?:that(?:'s| is| are)|which (?:is|are))? ?(?:already (?:there|installed|present|available|exists?)|installed by (?:other|another|a different)|other tools installed)|\\b(?:existing|pre-?installed|already[- ]installed|system[- ]installed|locally[- ]installed)(?: \\S+){0,2}? (?:${PYTHON}|toolchains?|versions?)\\b`
    ),
    anchor: {
      words: /\b(?:already|installed by|other tools|existing|pre-?installed|system[- ]installed|locally[- ]installed)\b/g,
      before: 160,
      after: 160
    },
    weights: { title: 2, log: 0, prose: 0.8 }
  },
  {
    id: "listed-wrongly",
    says: "says interpreters or environments are listed or reported wrongly",
    pattern: new RegExp(
      `\\b(?:lists?|listed|listing|shows?|showed|shown|showing|displays?|displayed|reports?|reported|returns?|returned)(?: \\S+){0,4}? (?:duplicates?|twice|(?:the )?wrong|incorrect|stale|outdated|non-?existent|invalid|broken|deleted|removed|uninstalled)\\b(?: \\S+){0,3}?${SUBJECT}|\\bduplicated? (?:entries|interpreters?|pythons?|environments?|envs?|versions?)|${SUBJECT}(?: \\S+){0,3}? (?:listed|shown|reported|displayed) (?:twice|more than once|as (?:missing|broken|invalid|unknown))`
    ),
    anchor: {
      words: /\b(?:duplicated?|twice|more than once|wrong|incorrect|stale|outdated|non-?existent|invalid|broken|deleted|removed|uninstalled|missing|unknown)\b/g,
      before: 200,
      after: 200
    },
    weights: { title: 2.5, log: 0, prose: 1 }
  },
  {
    id: "probing",
    says: "is about the tool querying or scanning interpreters",
    pattern: /\b(?:quer(?:y|ying|ies)|inspect(?:ing|s)?|prob(?:e|es|ing)|scan(?:s|ning)?|interrogat(?:e|ing)|enumerat(?:e|ing)|search(?:es|ing)? for|look(?:s|ing)? for)(?: (?:the|a|an|all|every|each|other|installed|available|system|my))? (?:python ?\d?(?:\.\d+)*|pythons|interpreters?|python (?:interpreters?|executables?|installations?|environments?)|environments?|toolchains?)\b/,
    weights: { title: 2, log: 0.3, prose: 0.8 }
  },
  {
    id: "environment-variables",
    says: "names the settings that choose an interpreter or environment",
    pattern: /\b(?:virtual_env|conda_prefix|conda_default_env|pyenv_version|uv_python_preference|uv_python_downloads|uv_project_environment|uv_python_install_dir|poetry_virtualenvs_\w+|virtualenvs\.prefer-active-python|pdm_python|hatch_python|pipenv_default_python_version|pythonhome|py_python)\b/,
    weights: { title: 1.5, log: 0, prose: 0.3 }
  },
  {
    id: "wrong-architecture",
    says: "says an interpreter of the wrong architecture or build is chosen or refused",
    pattern: /\b(?:wrong|incorrect|different|mismatched|unsupported) (?:cpu |machine )?(?:arch(?:itecture)?|platform|abi)\b|\b(?:x86_64|x64|arm64|aarch64|32-bit|64-bit|rosetta|universal2?)(?: \S+){0,3}? (?:python|interpreter)(?: \S+){0,4}? (?:instead|rather than|not|n't|wrong)\b/,
    weights: { title: 1.5, log: 0, prose: 0.5 }
  },
  {
    id: "tool-says-not-found",
    says: "carries a tool error that no interpreter could be found or used",
    // `python` after `could not find`/`cannot find`: not a package, as in SUBJECT.
    pattern: new RegExp(
      `no interpreter found|no python (?:interpreter )?(?:found|at|installation found)|failed to find (?:python )?interpreter|could ?n[o']t find (?:a |any )?(?:suitable |compatible )?(?:python${NOT_A_PACKAGE}|interpreter)|nocompatiblepythonversionfound|interpreternotfound|python ?(?:interpreter )?(?:was |is )?not found|(?:python )?interpreter can(?:'|no)t be found|unable to (?:determine|find|locate) (?:the )?(?:target |a )?(?:virtualenv )?python|could not find python interpreter with spec|skipped because could not find python|missing interpreters?|system interpreter required|only (?:managed|system) interpreters? allowed|not a valid python|invalid python interpreter|does not support -i flag|unknown option: -i\\b|is not supported by the project|with arch \\S+ not found|version [\\w.-]+'? is not installed|failed to (?:query|inspect) python interpreter|no virtualenv implementation|python executable (?:not found|could not be found|does not exist)|failed to locate python|cannot find (?:a |any )?python${NOT_A_PACKAGE}|no such python|no python environments? (?:found|detected)`
    ),
    weights: { title: 3, log: 2.5, prose: 2 }
  },
  {
    id: "names-discovery",
    says: "names interpreter discovery or selection",
    pattern: /python[-_ ]preference|python discovery|interpreter discovery|discovering (?:the )?(?:python|interpreters?)|select interpreter|(?:interpreter|python|toolchain|environment|venv|virtualenv|env|conda env) (?:selection|picker|discovery|detection|lookup|resolution)|(?:interpreter|python) (?:path|list)\b|defaultinterpreterpath|python\.(?:pythonpath|condapath|venvpath|venvfolders)|only-system|only-managed|python_preference/,
    weights: { title: 3, log: 0.4, prose: 1 }
  },
  {
    id: "asks-to-find",
    says: "asks for the tool to find or list interpreters or environments of a kind",
    // A feature request's title: `Detect conda environment managed by micromamba`, `Support PEP
    // 514`. Plain `python` is left out: `Support Python 3.13` is about versions, not finding one.
    pattern: /^(?:\[[^\]\n]{1,30}\] ?)?(?:(?:feat(?:ure)?(?: request)?|rfe|enhancement|request)[:/ ] ?)?(?:auto-?|automatically )?(?:(?:detect|discover|find|locate|recogni[sz]e|pick up)\b(?: [^\s]{1,40}){0,2}? |(?:add )?support(?: for)? (?:(?:detecting|finding|discovering|locating) )?)(?:interpreters?|pythons|python (?:installations?|interpreters?|executables?|environments?|versions installed)|(?:conda|mamba|micromamba|pixi|pyenv|hatch|poetry|pipenv|pdm|virtual|venv|nix|homebrew|system|global|local|existing|installed) (?:env(?:ironment)?s?|pythons?|interpreters?|installations?)|venvs?|virtualenvs?|pep[ -]?514|(?:the )?(?:windows )?registry)\b/,
    weights: { title: 2.5, log: 0, prose: 0 }
  },
  {
    id: "requested-interpreter",
    says: "names how an interpreter was requested (`--python`, `.python-version`, a spec)",
    pattern: /--python\b|\s-p ?(?:python|py|\d)|\.python-version|requires-python|python_requires|python[_-]version\b|uv_python\b|pipenv_python|pyenv (?:local|global|shell|which|versions)|py -\d|py launcher|\bpy\.exe|\benv use\b|\bpdm use\b|python_spec|\bspec\(s\)|basepython|--discover\b|managed python|system python|\btoolchains?\b/,
    weights: { title: 1, log: 0.3, prose: 0.6 }
  },
  {
    id: "where-pythons-live",
    says: "talks about where interpreters live (PATH, shims, registry, store alias)",
    pattern: /\$path\b|\bpath (?:variable|environment|order|lookup)|in (?:my |the )?path\b|on (?:my |the )?path\b|\bshims?\b|which -a python|\bwhich python|\bwhere python|\bpyenv(?:-win)?\b|\basdf\b|windowsapps|app execution alias|microsoft store|windows registry|\bregistry\b|sys\.(?:executable|prefix|base_prefix)|base_prefix|withpackages/,
    weights: { title: 1, log: 0.2, prose: 0.5 }
  },
  {
    id: "resolution",
    says: "is about dependency resolution",
    pattern: /no solution found|resolutionimpossible|version solving failed|unsatisfiable|dependency (?:resolution|conflict)|because .{0,80} depends on|could not resolve (?:dependencies|the dependencies|package)|conflicting (?:dependencies|requirements)|resolver/,
    weights: { title: -2.5, log: -1, prose: -0.8 }
  },
  {
    id: "network",
    says: "is about the network (TLS, proxies, indexes, downloads)",
    pattern: /certificate|\bssl\b|\btls\b|proxy|connection (?:refused|reset|timed out|error)|timed out|http (?:status|error|request)|status code \d|redirect|index-url|extra-index|failed to (?:download|fetch)|\bdns\b/,
    weights: { title: -2.5, log: -0.8, prose: -0.5 }
  },
  {
    id: "build",
    says: "is about building a package",
    pattern: /failed to build|build (?:backend|isolation|failed|dependencies|hook)|build_editable|failed building|building wheel|setup\.py|metadata-generation-failed|subprocess-exited-with-error|\bcompil(?:e|ing|er)\b/,
    weights: { title: -2.5, log: -0.8, prose: -0.5 }
  },
  {
    id: "elsewhere",
    says: "is about locks, the cache, completions, docs or tests",
    // `test` alone, not a name made with it (`test-env`, `tests.py`).
    pattern: /\block ?files?\b|\bpoetry\.lock\b|\buv\.lock\b|--locked|--frozen|\bcache (?:clean|prune|dir)|completions?\b|\bdocs?\b(?!\.)|documentation|pytest|(?<![\w.-])tests?(?![\w-]|\.\w)|test discovery|discovering tests|lockfile/,
    weights: { title: -2.5, log: 0, prose: -0.3 }
  }
];
var DISCOVERY_THRESHOLD = 2;
var MODEL_WEIGHT = 1;
function weighDiscovery(input) {
  const evidence = [];
  if (input.turnedDown)
    evidence.push({
      id: "turned-down",
      where: "facts",
      says: `the log shows ${input.turnedDown} interpreter${input.turnedDown === 1 ? "" : "s"} turned down`,
      weight: 2.5
    });
  if (input.diagnosed)
    evidence.push({
      id: "known-cause",
      where: "facts",
      says: "a known cause of discovery failures matches",
      weight: 3
    });
  const zones = [
    ["title", normalise(input.title)],
    ["log", normalise(input.log)],
    ["prose", normalise(input.prose)]
  ];
  for (const [where, text] of zones) {
    if (!text) continue;
    const grams = text.length > 512 ? new Trigrams().add(text) : null;
    for (const [s, signal] of DISCOVERY_SIGNALS.entries()) {
      if (grams && !grams.mayHold(SIGNAL_LITERALS[s] ?? null)) continue;
      if (signal.weights[where] === 0 || !fires(signal, text)) continue;
      evidence.push({ id: signal.id, where, says: signal.says, weight: signal.weights[where] });
    }
  }
  const score2 = Math.round(evidence.reduce((sum, e) => sum + e.weight, 0) * 10) / 10;
  const claims = evidence.some((e) => e.weight > 0 && !CONTEXT_ONLY.has(e.id));
  if (score2 >= DISCOVERY_THRESHOLD && claims) return { score: score2, evidence };
  const { logit, strongest } = modelLogit(input.title, input.prose);
  const leaning = Math.round(MODEL_WEIGHT * (claims ? Math.max(0, logit) : logit) * 10) / 10;
  if (!claims && leaning <= 0 && score2 + leaning >= DISCOVERY_THRESHOLD) {
    const short = Math.round((DISCOVERY_THRESHOLD - 0.1 - score2) * 10) / 10;
    evidence.push({
      id: "no-claim",
      where: "facts",
      says: "nothing says a tool found, refused or chose an interpreter wrongly, and the words do not lean towards discovery",
      weight: short
    });
    return { score: Math.round((score2 + short) * 10) / 10, evidence };
  }
  if (leaning === 0) return { score: score2, evidence };
  const words = strongest.filter(([, w]) => leaning > 0 ? w > 0 : w < 0).slice(0, 3).map(([f]) => `\u201C${f.slice(2).replace(/_/g, " ")}\u201D`);
  evidence.push({
    id: "word-model",
    where: "facts",
    says: `the words of the issue lean ${leaning > 0 ? "towards" : "away from"} discovery${words.length ? ` (${words.join(", ")})` : ""}`,
    weight: leaning
  });
  return { score: Math.round((score2 + leaning) * 10) / 10, evidence };
}
var CONTEXT_ONLY = /* @__PURE__ */ new Set([
  "interpreter-word",
  "python-trouble",
  "requested-interpreter",
  "where-pythons-live",
  "environment-variables"
]);
var SIGNAL_LITERALS = DISCOVERY_SIGNALS.map((s) => requiredLiterals(s.pattern));
function fires(signal, text) {
  const anchor = signal.anchor;
  if (!anchor) return signal.pattern.test(text);
  const words = anchor.words;
  words.lastIndex = 0;
  let tried = 0;
  let covered = -1;
  for (let hit = words.exec(text); hit && tried < MAX_ANCHORS; hit = words.exec(text)) {
    const end = Math.min(text.length, hit.index + hit[0].length + anchor.after);
    if (end <= covered) continue;
    if (signal.pattern.test(text.slice(Math.max(0, hit.index - anchor.before), end))) return true;
    covered = end;
    tried++;
  }
  return false;
}
var MAX_ANCHORS = 200;
function describeEvidence(e) {
  const where = e.where === "facts" ? "" : `the ${e.where} `;
  const weight = `${e.weight > 0 ? "+" : ""}${e.weight}`;
  return `${where}${e.where === "facts" ? e.says.replace(/^./, (c) => c.toUpperCase()) : e.says} (${weight})`;
}
function normalise(text) {
  return text.toLowerCase().replace(/[`*"“”‘’]+/g, (m) => m.includes("\u2019") ? "'" : "");
}

// src/core/triage/decisions.ts
var PROSE_READ = 6 * 1024;
var ERRORS_READ = 4 * 1024;
function errorLines(facts, logText) {
  const lines = [facts.finalError ?? "", ...facts.finalErrorCauses];
  let size = lines.reduce((n, l) => n + l.length, 0);
  const sample = logText.length > 128 * 1024 ? `${logText.slice(0, 64 * 1024)}
${logText.slice(-64 * 1024)}` : logText;
  const errorish = new RegExp(ERRORISH.source, "gi");
  while (size < ERRORS_READ) {
    const hit = errorish.exec(sample);
    if (!hit) break;
    const start = sample.lastIndexOf("\n", hit.index) + 1;
    let end = sample.indexOf("\n", hit.index);
    if (end < 0) end = sample.length;
    const line = sample.slice(start, Math.min(end, start + 500));
    lines.push(line);
    size += line.length + 1;
    errorish.lastIndex = end + 1;
  }
  return lines.join("\n");
}
var ERRORISH = /error|fail|exception|not found|cannot|can't|unable|invalid|×|warning|skipp/;
function isDiscoveryIssue(facts, text, diagnosisIds) {
  const { score: score2, evidence } = weighDiscovery({
    title: text.title,
    prose: text.prose.slice(0, PROSE_READ),
    log: errorLines(facts, text.logText),
    turnedDown: facts.rejected.length + facts.skipped.length,
    diagnosed: diagnosisIds.some((id) => id !== "externally-managed")
  });
  return {
    discovery: score2 >= DISCOVERY_THRESHOLD,
    evidence: evidence.filter((e) => e.weight !== 0)
  };
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
  const capture = (shell, command2) => shell === "bash" ? `${command2} 2>&1 | tee ${log}` : shell === "powershell" ? `${command2} 2>&1 | Tee-Object -FilePath ${log}` : `${command2} > ${log} 2>&1`;
  const withEnv = (shell, name, value, command2) => shell === "bash" ? `${name}=${value} ${command2}` : shell === "powershell" ? `$env:${name}="${value}"; ${command2}` : `set ${name}=${value}&& ${command2}`;
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
  const haystack = [facts.finalError ?? "", ...facts.finalErrorCauses, ...facts.hints, text];
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
  if (w.textContains) {
    const re = anyOf(w.textContains);
    if (!haystack.some((piece) => re.test(piece))) return false;
  }
  if (!w.reasonKinds && !w.interpreterKinds && !w.pathContains) return null;
  const candidates = [...facts.rejected, ...facts.skipped];
  const hit = candidates.find(
    (r) => (!w.reasonKinds || w.reasonKinds.includes(r.kind)) && (!w.interpreterKinds || w.interpreterKinds.includes(r.interpreterKind)) && (!w.pathContains || w.pathContains.some((s) => r.path.toLowerCase().includes(s.toLowerCase())))
  );
  return hit ? hit.path : false;
}
var PHRASES = /* @__PURE__ */ new WeakMap();
function anyOf(phrases) {
  let re = PHRASES.get(phrases);
  if (!re) {
    re = !phrases.length ? /(?!)/ : new RegExp(phrases.map(escapeRegExp).join("|"), "i");
    PHRASES.set(phrases, re);
  }
  return re;
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
var DETAILS_TAG = /\s*<(\/?)(details|summary)\b[^>]*>/iy;
var BARE_LOG = /^\s*(?:\d+\.\d+s +(?:\d+(?:\.\d+)?[mµn]?s +)?)?(?:TRACE|DEBUG|INFO|WARN|ERROR) \S|^\s*\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\]? |^\s*(?:Info|Error|Warn|Warning|Debug|Trace) \d{4}-\d\d-\d\d \d\d:\d\d:\d\d|^\s*\[\d\d:\d\d:\d\d(?:\.\d+)?\] |^\s*\[(?:info|debug|error|warning|warn|trace)\] |^\s*\[(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR) \d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d\d|^\s*(?:Skipping interpreter at|Ignoring Python interpreter at|Searching for (?:a )?(?:default )?Python|Found `c?p?y?\w*-\d) |^\s*(?:error|warning|hint): \S|^\s*Caused by: |^\s*[×╰├]─?[▶>]? ?\S|^\d+ .+ \[(?:DEBUG|INFO|WARNING|ERROR|NOTSET) +[\w./-]+:\d+\]$|^pipx >\(|^pyenv: |^RuntimeError: failed to find interpreter|^\s*\[(?:[a-z_][\w-]{1,60}(?:[.:][\w-]{1,60}){1,8}|virtualenv|python_discovery|findpython|poetry|filelock|urllib3|keyring|cachecontrol)\] +\S|^\s*Version \S{1,40} was not found in the local cache\s*$|^(?:DEBUG|INFO|WARNING|ERROR|CRITICAL):[\w.-]{1,60}:\S/;
function preAsFences(text) {
  if (!text.includes("<pre") && !text.includes("<PRE")) return text;
  return text.replace(PRE_OPEN, "\n`````\n").replace(PRE_CLOSE, "\n`````\n");
}
var PRE_OPEN = /<pre(?:\s[^>\n]{0,200})?>/gi;
var PRE_CLOSE = /<\/pre\s{0,10}>/gi;
function stripAnsi(text) {
  const withoutEsc = text.includes("\x1B") ? text.replace(ANSI, "") : text;
  return hasLostEscape(withoutEsc, 1e5) ? withoutEsc.replace(LOST_ESC, "") : withoutEsc;
}
function hasLostEscape(text, limit) {
  for (let at = text.indexOf("["); at >= 0 && at < limit; at = text.indexOf("[", at + 1)) {
    let end = at + 1;
    while (end <= at + 3 && end < limit && isDigitCode(text.charCodeAt(end))) end++;
    if (end > at + 1 && end < limit && text.charCodeAt(end) === 109) return true;
  }
  return false;
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
  const text = preAsFences(stripHtmlComments(stripAnsi(unified)));
  const blocks = [];
  const logLines = [];
  const prose = [];
  const form = {};
  const answered = /* @__PURE__ */ new Set();
  let heading = null;
  let title = null;
  let sectionLines = [];
  let fence = null;
  let nextLineStart = 0;
  let indented = null;
  let bare = null;
  let previousBlank = true;
  let lastProse = "";
  let blanksSinceProse = 2;
  const endSection = () => {
    if (heading !== null && !answered.has(heading) && !INHERITED.has(heading)) {
      const value = sectionLines.join("\n").trim();
      if (value && value !== "_No response_") {
        form[heading] = value.slice(0, 4e3);
        answered.add(heading);
      }
    }
    sectionLines = [];
  };
  const flushIndented = () => {
    if (indented?.length) {
      blocks.push({ source: "indented", info: "", text: indented.join("\n") });
      append(logLines, indented);
    }
    indented = null;
  };
  const flushBare = () => {
    if (bare?.length) {
      blocks.push({ source: "bare", info: "", text: bare.join("\n") });
      append(logLines, bare);
    }
    bare = null;
  };
  for (const original of text.split("\n")) {
    const lineStart = nextLineStart;
    nextLineStart += original.length + 1;
    let line = original;
    while (leadOf(line) === 62 && QUOTE.test(line)) line = line.replace(QUOTE, "");
    const lead = leadOf(line);
    if (fence) {
      const close = lead === fence.code ? fenceOf(line) : null;
      if (close && close.marker[0] === fence.char && close.marker.length >= fence.length && !close.rest.trim()) {
        blocks.push({
          source: "fenced",
          info: fence.info,
          text: fenceText(fence, lineStart - 1),
          caption: fence.caption
        });
        append(logLines, fence.lines.length ? fence.lines : [""]);
        sectionLines.push("[code block]");
        fence = null;
      } else {
        fence.lines.push(line);
        if (line !== original) fence.verbatim = false;
      }
      continue;
    }
    const open = lead === 96 || lead === 126 ? fenceOf(line) : null;
    if (open) {
      flushIndented();
      flushBare();
      const marker = open.marker;
      if (!(marker[0] === "`" && open.rest.includes("`"))) {
        fence = {
          char: marker[0] ?? "`",
          code: (marker[0] ?? "`").charCodeAt(0),
          length: marker.length,
          info: open.rest.trim().slice(0, 100),
          lines: [],
          start: nextLineStart,
          verbatim: true,
          caption: blanksSinceProse <= 1 ? lastProse : ""
        };
        continue;
      }
    }
    const blank = isBlank(line);
    if ((indented || previousBlank) && !blank && isIndentedCode(line)) {
      flushBare();
      (indented ??= []).push(line.slice(line.startsWith("    ") ? 4 : 1));
      previousBlank = false;
      continue;
    }
    if (indented && blank) {
      indented.push("");
      previousBlank = true;
      continue;
    }
    flushIndented();
    const details = line.includes("<") ? detailsLine(line) : null;
    if (details) {
      if (details.summary && details.rest) {
        prose.push(details.summary);
        sectionLines.push(details.summary);
        lastProse = details.summary.length > 300 ? "" : details.summary;
        blanksSinceProse = 0;
      }
      line = details.rest || details.summary;
    }
    const h = leadOf(line) === 35 ? HEADING.exec(line) : null;
    if (h) {
      flushBare();
      endSection();
      const words = (h[1] ?? "").trim().slice(0, 1e3);
      heading = words.toLowerCase().slice(0, 200);
      if (title === null && /^ {0,3}# /.test(line)) title = words;
      prose.push(words);
      previousBlank = true;
      lastProse = words.length > 300 ? "" : words;
      blanksSinceProse = 0;
      continue;
    }
    const logLine = isBareLogLine(line) ? line : inlineLogLine(line);
    if (logLine !== null) {
      (bare ??= []).push(logLine);
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
    if (blank) blanksSinceProse++;
    else {
      lastProse = line.length > 300 ? "" : line.trim();
      blanksSinceProse = 0;
    }
  }
  if (fence) {
    blocks.push({
      source: "fenced",
      info: fence.info,
      text: fenceText(fence, text.length),
      caption: fence.caption
    });
    append(logLines, fence.lines.length ? fence.lines : [""]);
  }
  flushIndented();
  flushBare();
  endSection();
  return {
    title: title ?? "",
    prose: prose.join("\n"),
    blocks,
    form,
    logText: blocks.map((b) => b.text).join("\n"),
    // No block: `logText` is empty, one empty line.
    logLines: blocks.length ? logLines : [""],
    truncated: capped.truncated
  };
  function fenceText(block, end) {
    return block.verbatim ? text.slice(block.start, end) : block.lines.join("\n");
  }
}
function detailsLine(line) {
  let at = skipDetailsTags(line, 0);
  if (at.end === 0) return null;
  let summary = "";
  if (at.summaryOpen) {
    const close = line.toLowerCase().indexOf("</summary>", at.end);
    if (close >= 0) {
      summary = line.slice(at.end, close).trim();
      at = skipDetailsTags(line, close);
    }
  }
  let end = line.length;
  for (; ; ) {
    while (end > at.end && isSpaceCode(line.charCodeAt(end - 1))) end--;
    const tail = line.slice(Math.max(at.end, end - 10), end).toLowerCase();
    if (tail !== "</summary>" && tail !== "</details>") break;
    end -= 10;
  }
  return { summary, rest: line.slice(at.end, end) };
}
function skipDetailsTags(line, from) {
  let end = from;
  let summaryOpen = false;
  for (; ; ) {
    DETAILS_TAG.lastIndex = end;
    const tag = DETAILS_TAG.exec(line);
    if (!tag) return { end, summaryOpen };
    end = DETAILS_TAG.lastIndex;
    summaryOpen = !tag[1] && tag[2]?.toLowerCase() === "summary";
  }
}
function isBlank(line) {
  for (let i = 0; i < line.length; i++) if (!isSpaceCode(line.charCodeAt(i))) return false;
  return true;
}
var INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
function append(target, lines) {
  for (const line of lines) target.push(line);
}
function isIndentedCode(line) {
  return line.startsWith("    ") || line.charCodeAt(0) === 9;
}
function fenceOf(line) {
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 32) at++;
  const code = line.charCodeAt(at);
  if (code !== 96 && code !== 126) return null;
  let end = at + 1;
  while (end - at < 16 && line.charCodeAt(end) === code) end++;
  if (end - at === 16) {
    const m = FENCE.exec(line);
    return m ? { marker: m[1] ?? "", rest: m[2] ?? "" } : null;
  }
  if (end - at < 3) return null;
  for (let i = end; i < line.length; i++) if (isLineBreak(line.charCodeAt(i))) return null;
  return { marker: line.slice(at, end), rest: line.slice(end) };
}
function isLineBreak(code) {
  return code === 10 || code === 13 || code === 8232 || code === 8233;
}
function leadOf(line) {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  return line.charCodeAt(i);
}
var LOG_STARTS = charTable("TDIWEewhCx\xD7\u2570\u251C0123456789pR[SFV");
function inlineLogLine(line) {
  if (leadOf(line) !== 96) return null;
  const start = line.indexOf("`");
  if (line.charCodeAt(start + 1) === 96) return null;
  const end = line.indexOf("`", start + 1);
  if (end < 0 || line.slice(end + 1).trim()) return null;
  const code = line.slice(start + 1, end);
  return mayStartLogLine(code) && (BARE_LOG.test(code) || TOOL_EXCEPTION.test(code)) ? code : null;
}
var TOOL_EXCEPTION = /^\[[A-Z][a-z]{1,20}[A-Z][A-Za-z]{1,40}\]: \S/;
function isBareLogLine(line) {
  return mayStartLogLine(line) && BARE_LOG.test(line);
}
function mayStartLogLine(line) {
  return startsWithOneOf(line, LOG_STARTS);
}

// src/core/triage/log-presence-commands.ts
var TOOL_WORDS = /* @__PURE__ */ new Set([
  "uv",
  "uvx",
  "pip",
  "pip3",
  "pipx",
  "poetry",
  "pdm",
  "pipenv",
  "tox",
  "hatch",
  "virtualenv",
  "conda",
  "mamba",
  "micromamba",
  "pixi",
  "rye",
  "pyenv",
  "mise",
  "asdf",
  "spack",
  "brew",
  "nox",
  "pet",
  "pre-commit"
]);
var SHELL_WORDS = /* @__PURE__ */ new Set([
  "cd",
  "source",
  ".",
  "export",
  "set",
  "unset",
  "echo",
  "cat",
  "ls",
  "dir",
  "mkdir",
  "rm",
  "cp",
  "mv",
  "touch",
  "which",
  "where",
  "where.exe",
  "type",
  "git",
  "docker",
  "curl",
  "wget",
  "sudo",
  "apt",
  "apt-get",
  "python",
  "python3",
  "py",
  "env",
  "RUN",
  "COPY",
  "FROM",
  "ENV",
  "WORKDIR"
]);
var LEADING_WORD = /^(?:[A-Za-z_]\w{0,60}=\S{0,300}|sudo|time|exec|command|python[\d.]{0,5}(?:\.exe)?|py|-[mIuXEBsS]{1,3}|-\d[\d.]{0,6})$/;
var VERBOSE_FLAG = /^(?:--verbose|--debug|-[a-zA-Z]{0,4}v{1,5}[a-zA-Z]{0,4}|--log-level=(?:debug|trace)|--verbosity=\d)$/;
var VERBOSE_ENV = /^(?:RUST_LOG|MISE_VERBOSE|MISE_DEBUG|MISE_TRACE|MISE_LOG_LEVEL|PYENV_DEBUG|CONDA_VERBOSITY)=(?!0\b|false\b|off\b)\S/i;
var PROMPT = /^(?:\([^()\s]{1,60}\) {1,4})?(?:[$%>#] |PS [^>\n]{0,200}> ?|[A-Za-z]:\\[^>\n]{0,200}>|\[?[\w.-]{1,64}@[^$#%>\n]{1,200}[$#%>] ?|[~/\\\w.:-]{0,200}(?: \([^()\s]{1,60}\) )?[$#%] )|^[^❯➜λ»\n]{0,120}[❯➜λ»] /;
var CODE_SPAN = /`([^`\n]{1,300})`|<code>([^<\n]{1,300})<\/code>/g;
var EXECUTABLE_SUFFIX = /\.(?:exe|pyz|bat|cmd)$/i;
var MAX_COMMAND = 600;
var MAX_TOKENS = 40;
var MAX_TOKENS_BEFORE_TOOL = 4;
function verboseCommand(raw) {
  if (raw.length > MAX_COMMAND || !mayBeVerbose(raw)) return null;
  const line = raw.trimStart();
  const prompt = PROMPT.exec(line);
  const body = prompt ? line.slice(prompt[0].length) : line;
  if (isVerboseInvocation(body, prompt ? MAX_TOKENS_BEFORE_TOOL : 0)) return "command";
  if (!line.includes("`") && !line.includes("<code>")) return null;
  for (const span of line.matchAll(CODE_SPAN)) {
    const code = span[1] ?? span[2] ?? "";
    if (isVerboseInvocation(code, 0)) return line.trim() === span[0] ? "command" : "mention";
  }
  return null;
}
function startsCommand(raw) {
  const line = raw.trimStart();
  if (!line) return false;
  if (PROMPT.test(line)) return true;
  const space = line.indexOf(" ");
  const word = space < 0 ? line : line.slice(0, space);
  if (word.length > 40) return false;
  if (SHELL_WORDS.has(word)) return true;
  const next = line.charCodeAt(space + 1);
  return space > 0 && isToolWord(word) && (next >= 97 && next <= 122 || next === 45);
}
function mayBeVerbose(line) {
  return line.includes("-v") || line.includes("vv") || line.includes("--debug") || line.includes("--log-level=") || line.includes("--verbosity=") || line.includes("set -x") || line.includes("=");
}
function isVerboseInvocation(command2, slack) {
  const tokens = command2.replace(/[`'"]/g, " ").trim().split(/\s+/, MAX_TOKENS);
  if (tokens[0] === "set" && tokens[1] === "-x") return true;
  let sawEnv = false;
  let before = 0;
  let at = 0;
  for (; at < tokens.length; at++) {
    const token = tokens[at] ?? "";
    if (isToolWord(token)) break;
    if (VERBOSE_ENV.test(token)) sawEnv = true;
    else if (!LEADING_WORD.test(baseName(token)) && ++before > slack) return false;
  }
  if (at >= tokens.length) return false;
  if (sawEnv) return true;
  for (at++; at < tokens.length; at++) {
    const token = tokens[at] ?? "";
    if (token === "|" || token === "&&" || token === ";" || token === "||") return false;
    if (VERBOSE_FLAG.test(stripTrailingPunctuation(token)) || VERBOSE_ENV.test(token)) return true;
  }
  return false;
}
function isToolWord(token) {
  return TOOL_WORDS.has(baseName(token).replace(EXECUTABLE_SUFFIX, ""));
}
function baseName(token) {
  const slash = Math.max(token.lastIndexOf("/"), token.lastIndexOf("\\"));
  return slash >= 0 ? token.slice(slash + 1) : token;
}
function stripTrailingPunctuation(token) {
  let end = token.length;
  while (end > 0 && ").,:;>".includes(token.charAt(end - 1))) end--;
  return token.slice(0, end);
}

// src/core/triage/log-presence.ts
var HEAD_CHARS = 1024 * 1024;
var TAIL_CHARS = 256 * 1024;
var MIN_OUTPUT_LINES = 3;
var PROSE_BREAK = 3;
function hasVerboseLog(text) {
  for (const block of text.blocks) if (blockReadsAsLog(block)) return true;
  return readsAsLog(text.prose, { prose: true, xtrace: false, commands: true });
}
var READ = /* @__PURE__ */ new WeakMap();
function blockReadsAsLog(block) {
  let reads = READ.get(block);
  if (reads === void 0) READ.set(block, reads = readBlock(block));
  return reads;
}
function readBlock(block) {
  const info = block.info.toLowerCase();
  const code = CODE_INFO.test(info);
  const diff = /^(?:diff|patch)\b/.test(info) || block.text.startsWith("@@ ") || block.text.includes("\n@@ ");
  const options = { prose: false, xtrace: !diff && !code, commands: !code };
  if (readsAsLog(block.text, options)) return true;
  return options.commands && !!block.caption && captionsOutput(block.caption, block.text);
}
function verboseBlockLines(text) {
  const starts = [];
  const verbose = [];
  let start = 1;
  for (const block of text.blocks) {
    starts.push(start);
    verbose.push(blockReadsAsLog(block));
    start += lineCount(block.text);
  }
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? 0) <= line) lo = mid;
      else hi = mid - 1;
    }
    return line >= 1 && line < start && verbose[lo] === true;
  };
}
function lineCount(text) {
  let n = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) n++;
  return n;
}
function captionsOutput(caption, text) {
  const kind = verboseCommand(caption);
  if (kind === null) return false;
  if (kind === "mention" && !/[:：]\s*$/.test(caption) && ASKS.test(caption)) return false;
  let lines = 0;
  for (const line of text.split("\n", 200)) {
    if (line.trim() && isOutput(line) && ++lines >= MIN_OUTPUT_LINES) return true;
  }
  return false;
}
var ASKS = /\b(?:please|pls|could you|can you|would you|try|run|paste|share|provide|attach|send)\b/i;
var CODE_INFO = /^(?:docker|dockerfile|containerfile|ya?ml|toml|ini|cfg|conf|json|jsonc|python|py|nix|diff|patch|make|makefile|rust|rs|ts|js|javascript|typescript|c|cpp|go|java|xml|html)\b/;
function readsAsLog(text, options) {
  if (text.length <= HEAD_CHARS + TAIL_CHARS) return scan(text, options);
  return scan(text.slice(0, HEAD_CHARS), options) || scan(text.slice(text.length - TAIL_CHARS), options);
}
function emptyTally() {
  return { verbose: 0, record: 0, level: 0, xtrace: 0, configure: 0 };
}
function isLog(t, xtrace) {
  return t.verbose >= 2 || t.verbose >= 1 && t.record + t.level >= 1 || t.record >= 3 || xtrace && t.xtrace >= 5 || t.configure >= 3;
}
function scan(text, options) {
  let tally = emptyTally();
  let ordinaryRun = 0;
  let output = -1;
  let inTrace = false;
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    at = end + 1;
    if (!line.trim()) {
      if (options.prose) output = -1;
      inTrace = false;
      continue;
    }
    const shape = lineShape(line);
    if (shape === "other") {
      if (LOG_TAIL2.test(line) || options.commands && startsVerboseOutput(line, text, at, options)) {
        output = 0;
        continue;
      }
      if (output >= 0) {
        if (TRACE_START.test(line)) inTrace = true;
        if (startsCommand(line)) output = -1;
        else if (!inTrace && isOutput(line) && ++output >= MIN_OUTPUT_LINES) return true;
      }
      if (options.prose && ++ordinaryRun >= PROSE_BREAK) tally = emptyTally();
      continue;
    }
    ordinaryRun = 0;
    if (output >= 0 && (shape !== "level" || isOutput(line)) && ++output >= MIN_OUTPUT_LINES)
      return true;
    tally[shape]++;
    if (isLog(tally, options.xtrace)) return true;
  }
  return false;
}
function startsVerboseOutput(line, text, next, options) {
  const kind = verboseCommand(line);
  if (kind === null) return false;
  if (!options.prose || kind === "command" || line.trimEnd().endsWith(":")) return true;
  return /^\s*<pre\b/i.test(nextNonBlankLine(text, next));
}
function nextNonBlankLine(text, from) {
  let at = from;
  while (at < text.length) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, Math.min(end, at + 200));
    if (line.trim()) return line;
    at = end + 1;
  }
  return "";
}
var TRACE_START = /^\s*(?:Traceback \(most recent call last\):|Exception trace:)\s*$/;
var LOG_TAIL2 = /^\s*Last \d{1,4} (?:log )?lines:?\s*$/;
var NOT_OUTPUT = /^\s*(?:[-=_─━~*.·•]{3,}\s*$|\[…\]|\.\.\.\s*$|(?:error|Error|ERROR|warning|Warning|WARNING|hint|Caused by|Traceback)\b|File "|[×╰├│]|\[[A-Z][A-Za-z]{2,60}\](?::|\s*$))/;
function isOutput(line) {
  return !NOT_OUTPUT.test(line);
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
  const p = (path.includes("\\") ? path.replace(/\\/g, "/") : path).toLowerCase();
  for (const [pattern, kind] of RULES) if (pattern.test(p)) return kind;
  return "unknown";
}

// src/core/triage/tool-names.ts
var NAMES = [
  // tox-uv's own settings name it as well as its name does.
  ["tox-uv", /tox[-_]uv\b/],
  ["tox-uv", /uv_(?:seed|python_preference|resolution|sync_flags|sync_locked)\b/],
  ["tox", /tox(?![\w-])(?<![\w-]tox)/],
  ["uv", /uvx?(?![\w-])(?<![\w-]uvx?)/],
  ["virtualenv", /virtualenv(?![\w-])(?<![\w-]virtualenv)/],
  // `pypoetry` is Poetry's data and cache folder.
  ["poetry", /poetry\b(?<![^\Wy]poetry)/],
  ["pdm", /pdm(?![\w-])(?<![\w-]pdm)/],
  ["pipx", /pipx\b(?<!\wpipx)/],
  ["pipenv", /pip(?:env|file)\b(?<!\wpip(?:env|file))/],
  ["pip", /pip(?![\w-])(?<![\w-]pip)/],
  ["hatch", /hatch\b(?<!\whatch)/],
  ["rye", /rye\b(?<!\wrye)/],
  ["pyenv-win", /pyenv-win\b/],
  ["pyenv", /pyenv(?![\w-])(?<![\w-]pyenv)/],
  ["findpython", /findpython\b/],
  ["python-discovery", /discovery\b(?<=python[-_]discovery)/],
  ["micromamba", /mamba(?![\w-])(?<=(?:^|[^\w-])(?:micro)?mamba)/],
  ["conda", /conda(?![\w-])(?<![\w-]conda)/],
  ["pixi", /pixi\b(?<!\wpixi)/],
  ["mise", /mise(?![\w-])(?<![\w-]mise)/],
  ["asdf", /asdf\b(?<!\wasdf)/],
  ["python-environment-tools", /environment-tools\b(?<=python-environment-tools)/],
  ["python-environment-tools", /locator\b(?<=python locator)/],
  ["python-environment-tools", /pet(?:(?<=`pet)`|(?<![\w-]pet) (?:find|resolve|server)\b)/],
  [
    "vscode-python-environments",
    /environments(?: extension\b|\])(?<=python environments(?: extension|\]))/
  ],
  ["vscode-python-environments", /-envs\.(?<=python-envs\.)/],
  ["vscode-python-environments", /ms-python\.vscode-python-envs\b/],
  ["vscode-python", /vs ?cod(?:e|ium)\b(?<![\w-]vs ?cod(?:e|ium))/],
  ["vscode-python", /visual studio code\b|ms-python\.python\b/],
  // Its commands and settings: `Python: Select Interpreter`, `python.defaultInterpreterPath`.
  [
    "vscode-python",
    /python(?:: (?:select interpreter|create environment|clear cache)|\.(?:defaultinterpreterpath|pythonpath|condapath|venvpath|venvfolders|logging\.level|terminal\.activateenvironment))\b/
  ],
  ["vscode-python", /interpreter picker\b/],
  ["setup-python", /setup-python\b/],
  // `python-version-file` is one of the action's inputs.
  ["setup-python", /python-version-file\b/],
  ["setup-uv", /setup-uv\b/],
  ["homebrew", /brew(?![\w-])(?<=(?:^|[^\w-])(?:home)?brew)/],
  // The Cellar is where Homebrew installs.
  ["homebrew", /\/cellar\//],
  ["spack", /spack\b(?<!\wspack)/]
];
var GENERIC = /* @__PURE__ */ new Set(["virtualenv", "pip"]);
function command(name, rest, prefix = "") {
  return new RegExp(`${name}(?<=(?:^|[\\s\`$>(])${prefix}${name})(?:\\.exe)? ${rest}`, "m");
}
var COMMANDS = [
  [
    "uv",
    command(
      "uv",
      "(?:-[-\\w]{1,30} ){0,4}(?:venv|sync|run|pip|python|init|add|lock|tool|tree|export|build|publish|self)\\b"
    )
  ],
  ["uv", command("uvx", "(?:--?[\\w-]{1,30} ){0,4}\\w")],
  ["virtualenv", command("virtualenv", "(?:-{1,2}[\\w-]{1,30}|\\.?[\\w./-]{1,60}$)")],
  [
    "poetry",
    command(
      "poetry",
      "(?:env|install|lock|add|run|shell|update|show|sync|debug|check|build|new|init|config|self)\\b"
    )
  ],
  [
    "pdm",
    command("pdm", "(?:use|install|add|lock|sync|run|venv|init|python|info|update|remove)\\b")
  ],
  [
    "pipx",
    command("pipx", "(?:install|run|reinstall|upgrade|inject|list|uninstall|ensurepath)\\b")
  ],
  ["tox", command("tox", "(?:-[-\\w]{1,30}|run\\b|r\\b|list\\b|config\\b)")],
  ["hatch", command("hatch", "(?:env|run|shell|python|build|test|fmt|version|new)\\b")],
  ["rye", command("rye", "(?:sync|pin|toolchain|fetch|run|init|add|install|self)\\b")],
  [
    "pyenv",
    command(
      "pyenv",
      "(?:install|global|local|shell|versions|version|which|exec|virtualenv|rehash|update|doctor)\\b"
    )
  ],
  [
    "pipenv",
    command(
      "pipenv",
      "(?:install|lock|sync|shell|run|update|graph|check|clean|requirements|--python|--py|--venv|--rm|--support)\\b"
    )
  ],
  [
    "pixi",
    command(
      "pixi",
      "(?:run|shell|add|install|init|list|info|global|completion|task|lock|exec|upgrade|update|tree)\\b"
    )
  ],
  [
    "mise",
    command(
      "mise",
      "(?:use|install|exec|x|run|doctor|activate|ls|settings|trust|upgrade|which|where)\\b"
    )
  ],
  [
    "asdf",
    command("asdf", "(?:install|local|global|set|plugin|reshim|current|list|shell|exec|which)\\b")
  ],
  [
    "conda",
    command(
      "conda",
      "(?:create|activate|deactivate|install|env|run|info|config|update|list|remove)\\b"
    )
  ],
  [
    "micromamba",
    command(
      "mamba",
      "(?:create|activate|install|run|env|info|shell|update|list|remove)\\b",
      "(?:micro)?"
    )
  ],
  [
    "homebrew",
    command(
      "brew",
      "(?:install|upgrade|update|reinstall|link|unlink|doctor|config|info|uninstall)\\b"
    )
  ],
  [
    "spack",
    command(
      "spack",
      "(?:install|spec|concretize|env|external|load|find|compiler|config|python)\\b"
    )
  ],
  ["python-environment-tools", command("pet", "(?:find|resolve|server)\\b")]
];
var RUNS = {
  tox: ["virtualenv", "uv", "pip", "python-discovery"],
  "tox-uv": ["tox", "uv", "virtualenv", "pip"],
  pdm: ["virtualenv", "uv", "pip", "findpython"],
  poetry: ["virtualenv", "pip"],
  pipenv: ["virtualenv", "pip", "pyenv"],
  hatch: ["virtualenv", "uv", "pip"],
  pipx: ["virtualenv", "pip", "uv"],
  rye: ["uv", "pip"],
  pixi: ["uv", "conda", "pip"],
  mise: ["uv", "pyenv", "pip", "asdf"],
  asdf: ["pyenv"],
  micromamba: ["conda", "pip", "uv"],
  conda: ["pip"],
  "python-environment-tools": [
    "conda",
    "pyenv",
    "poetry",
    "pipenv",
    "virtualenv",
    "pixi",
    "uv",
    "hatch",
    "pdm"
  ],
  "vscode-python": [
    "python-environment-tools",
    "conda",
    "pyenv",
    "pipenv",
    "poetry",
    "virtualenv",
    "pip",
    "uv",
    "pixi",
    "hatch",
    "pdm"
  ],
  "vscode-python-environments": [
    "vscode-python",
    "python-environment-tools",
    "conda",
    "pyenv",
    "pipenv",
    "poetry",
    "virtualenv",
    "pip",
    "uv",
    "pixi",
    "hatch",
    "pdm"
  ],
  "setup-python": ["pip"],
  "setup-uv": ["uv"],
  homebrew: ["pip"]
};

// src/core/triage/tool-version.ts
var VERSION = "v?(?:\\d{1,4}(?:\\.\\d{1,12}){1,3}(?:[-.]?(?:alpha|beta|preview|pre|rc|a|b|c|dev|post|insiders)(?![a-z])\\.?\\d{0,12}|_\\d{1,3}){0,3}(?:\\+[\\w.]{1,60}|-\\d{1,4}-g[0-9a-f]{7,12})?|\\d{1,4}(?:a|b|rc)\\d{1,3})(?!\\.?\\d)";
var TAG = "v\\d{1,3}(?![\\w.])";
var NAMES2 = {
  pyenv: { names: ["pyenv", "python-build"], labels: [] },
  "pyenv-win": { names: ["pyenv-win", "pyenv"], labels: [] },
  micromamba: { names: ["micromamba", "mamba"], labels: [] },
  "python-environment-tools": { names: ["python-environment-tools", "pet"], labels: [] },
  "vscode-python": {
    names: ["ms-python.python"],
    labels: ["python extension", "extension"]
  },
  "vscode-python-environments": {
    names: ["ms-python.vscode-python-envs"],
    labels: ["python environments extension", "python environments", "extension"]
  },
  // `actions/setup-python@v5`: the name after the owner is enough.
  "setup-python": { names: ["setup-python"], labels: ["action"] },
  "setup-uv": { names: ["setup-uv"], labels: ["action"] },
  homebrew: { names: ["homebrew", "brew"], labels: [] }
};
var GENERIC_FORM_KEYS = /* @__PURE__ */ new Set(["version", "action version", "extension version"]);
var PROSE_CAP = 32 * 1024;
var LOG_HEAD2 = 32 * 1024;
var LOG_TAIL3 = 8 * 1024;
var OWN = {
  // `mise doctor` (`version: 2024.11.6 windows-x64 (…)`), `mise --version`, its crash reports.
  mise: new RegExp(`(${VERSION}) (?:linux|macos|windows|freebsd)-(?:x64|arm64|armv7)\\b`)
};
var cache = /* @__PURE__ */ new Map();
function patternsFor(tool) {
  const known = cache.get(tool);
  if (known) return known;
  const { names, labels } = NAMES2[tool] ?? { names: [tool], labels: [] };
  const name = alternation2(names);
  const patterns = {
    label: new RegExp(
      `${bounded(labels.concat(names), "[\\w.-]")}[\`'"]?(?:[ _-]?(?:tool|package|extension|action|cli))?(?:[ _-]?|[ \\t]{0,8}\\n[ \\t]{0,8}(?=version))(?:version|ver\\.?)?\\*{0,3}[ \\t]{0,8}(?:\\([^)\\n]{0,80}\\)[ \\t]{0,8})?(?:[:=]|(?<=version) is)[ \\t]{0,8}\\*{0,3}\\s{0,40}[\`'"(]{0,2}(${VERSION}|${TAG})`,
      "i"
    ),
    line: new RegExp(
      `(?:${name})(?<=\\n[ \\t>$#%]{0,6}(?:${name}))(?:\\.exe)?(?:,? version |,? \\(version | v?| )(${VERSION})`,
      "i"
    ),
    command: new RegExp(
      `${bounded(names, "[\\w.-]")}(?:\\.exe)? (?:--version|-V|version)\`{0,3}[ \\t]{0,8}\\n(?:[ \\t]{0,8}\`{3}[^\\n]{0,20}\\n)?[ \\t]{0,8}(${VERSION})`,
      "i"
    ),
    mentions: new RegExp(
      `${bounded(names, "[\\w-]")}(?:\\.exe)?(?: version| v|,? version| \\(version)? ?(?:(?:==|@|-|\\s{1,30})(${VERSION})|@(${TAG}))`,
      "gi"
    ),
    upgraded: new RegExp(
      `\\b(?:upgrad|updat)(?:e|ed|ing)\\b[^.;\\n]{0,40}?(?<![\\w-])(?:${name})(?![\\w-])[^.;\\n]{0,60}?\\bfrom \\\`?${VERSION}\\\`? to \\\`?(${VERSION})(?!\\\`?\\s{1,3}of\\s(?!course\\b))`,
      "i"
    ),
    own: OWN[tool],
    installed: new RegExp(
      `(?:/Cellar/(?:${name})/|/nix/store/[0-9a-z]{32}-(?:${name})-|[/\\\\](?:${name})-(?=[^/\\\\\\s]{1,40}\\.dist-info\\b))(${VERSION})`,
      "i"
    )
  };
  cache.set(tool, patterns);
  return patterns;
}
function detectToolVersion(tool, events, text) {
  const fromLog2 = events.find(
    (e) => e.type === "tool-version" && e.tool === tool
  );
  if (fromLog2) return fromLog2.version;
  const p = patternsFor(tool);
  const names = NAMES2[tool]?.names ?? [tool];
  for (const [key, value] of Object.entries(text.form)) {
    const asks = GENERIC_FORM_KEYS.has(key) || key.length <= 40 && /\bversion\b/.test(key) && names.some(
      (n) => new RegExp(`(?<![\\w-])${escapeRegExp(n.toLowerCase())}(?![\\w-])`).test(key)
    );
    if (!asks) continue;
    if (GENERIC_FORM_KEYS.has(key) && /^\W*(?:c?python|py)\b/i.test(value)) continue;
    const v = ANY_VERSION.exec(value.slice(0, 500))?.[1];
    if (v) return v;
  }
  const prose = text.prose.slice(0, PROSE_CAP);
  const logs = text.logText.length <= LOG_HEAD2 + LOG_TAIL3 ? text.logText : `${text.logText.slice(0, LOG_HEAD2)}
${text.logText.slice(-LOG_TAIL3)}`;
  const both = `${prose}
${logs}`;
  const title = text.title || prose.slice(0, prose.indexOf("\n") >>> 0);
  const mentioned = (s) => inUse(p.mentions, s, MAX_MENTIONS, () => true);
  const stated2 = p.label.exec(both)?.[1] ?? p.line.exec(`
${both}`)?.[1] ?? p.command.exec(both)?.[1] ?? p.own?.exec(both)?.[1] ?? p.installed.exec(both)?.[1] ?? // `20.0.2: can't find the system python`: a title that opens with the version.
  TITLE_VERSION.exec(title.trim())?.[1] ?? mentioned(title) ?? p.upgraded.exec(prose)?.[1] ?? mentioned(prose) ?? mentioned(logs) ?? bareInTitle(title);
  return stated2 === null ? null : fuller(stated2, both, p.mentions);
}
function inUse(mentions, s, max, accept) {
  mentions.lastIndex = 0;
  for (let n = 0; n < max; n++) {
    const m = mentions.exec(s);
    if (!m) return null;
    if (isBound(s, m.index)) continue;
    const to = UPGRADED_TO.exec(s.slice(m.index + m[0].length, m.index + m[0].length + 80));
    const version = to?.[1] ?? m[1] ?? m[2] ?? null;
    if (version !== null && accept(version)) return version;
  }
  return null;
}
function isBound(s, at) {
  return BOUND_BEFORE.test(s.slice(Math.max(0, at - 40), at));
}
function fuller(version, text, mentions) {
  if (!/^v?\d+\.\d+$/.test(version)) return version;
  const prefix = `${version.replace(/^v/, "")}.`;
  return inUse(mentions, text, MAX_MENTIONS * 4, (v) => v.replace(/^v/, "").startsWith(prefix)) ?? version;
}
function bareInTitle(title) {
  const head = title.slice(0, 300);
  const versions = BARE_TITLE_VERSION;
  versions.lastIndex = 0;
  for (let m = versions.exec(head), n = 0; m && n < MAX_MENTIONS; m = versions.exec(head), n++) {
    const version = m[1] ?? "";
    const at = m.index + m[0].length - version.length;
    if (isBound(head, at) || PYTHON_OR_OS_VERSION.test(version)) continue;
    const around = `${head.slice(Math.max(0, at - 30), at)} ${head.slice(at + version.length, at + version.length + 30)}`;
    if (!OS_NAME.test(around)) return version;
  }
  return null;
}
var PYTHON_OR_OS_VERSION = /^v?(?:[23]\.\d|\d\d\.(?:04|10)$|10\.0\.\d{4,})/;
var OS_NAME = /\b(?:windows|win|macos|os x|osx|ubuntu|debian|fedora|rhel|centos|alpine|sonoma|sequoia|ventura|monterey|darwin|kernel|build)\b/i;
var MAX_MENTIONS = 5;
var BOUND_BEFORE = /\b(?:since|starting (?:with|from|in|at)|before|prior to|until|up to|older than|fixed (?:in|by|with))\b[^.\n]{0,24}$/i;
var UPGRADED_TO = new RegExp(`^\`?\\s{0,3}(?:to|->|\u2192|=>)\\s{1,3}\`?(${VERSION})`);
var TITLE_VERSION = new RegExp(`^\\[?(${VERSION})\\]?:`);
var BARE_TITLE_VERSION = new RegExp(
  `(?:^\\W{0,3}|\\b(?:in|on|with|of|since)\\s{1,3})(${VERSION})(?![\\w-])`,
  "gi"
);
var ANY_VERSION = new RegExp(`(?<![\\w.])(${VERSION})`);
function alternation2(names) {
  return names.map(escapeRegExp).join("|");
}
function bounded(names, before) {
  return `(?:${names.map((n) => `${escapeRegExp(n)}(?<!${before}${escapeRegExp(n)})`).join("|")})`;
}

// src/core/triage/tool.ts
var TITLE_FIRST = 8;
var TITLE_OTHER = 5;
var FORM = 6;
var COMMAND = 4;
var LOG_VERSION = 5;
var LOG_EVENTS = 3;
var LOG_ERROR = 1;
var SHIM_EVENTS = 1;
var HOST_MIN = 4;
var PROSE_SAMPLE2 = 4 * 1024;
var LOG_SAMPLE = 2 * 1024;
var COMMAND_SAMPLE = 6 * 1024;
var MAX_MENTIONS2 = 3;
var TOOL_WINDOWS = {
  prose: [PROSE_SAMPLE2, COMMAND_SAMPLE],
  logHead: [LOG_SAMPLE, COMMAND_SAMPLE],
  logTail: 0
};
var NAMES_GLOBAL = NAMES.map(
  ([tool, re]) => [tool, new RegExp(re.source, "g"), requiredLiterals(re)]
);
var NAME_LITERALS = NAMES.map(([, re]) => requiredLiterals(re));
var COMMAND_LITERALS = COMMANDS.map(([, re]) => requiredLiterals(re));
function detectTool(events, text, samples) {
  const seen = covers(samples, TOOL_WINDOWS) ? samples : sampleTrigrams(text, TOOL_WINDOWS);
  const scores = /* @__PURE__ */ new Map();
  const strong = /* @__PURE__ */ new Set();
  const add = (tool, weight, isStrong = false) => {
    scores.set(tool, (scores.get(tool) ?? 0) + weight);
    if (isStrong) strong.add(tool);
  };
  fromLog(events, add);
  fromForm(text.form, add);
  const title = text.title.toLowerCase().slice(0, 300);
  const firstAt = /* @__PURE__ */ new Map();
  const titleTrigrams = title ? new Trigrams().add(title) : null;
  NAMES.forEach(([tool, re], i) => {
    if (!titleTrigrams?.mayHold(NAME_LITERALS[i] ?? null)) return;
    const at = re.exec(title)?.index ?? -1;
    if (at >= 0 && at < (firstAt.get(tool) ?? Infinity)) firstAt.set(tool, at);
  });
  const named = [...firstAt].sort((a, b) => a[1] - b[1]);
  named.forEach(([tool], i) => {
    const weight = (i === 0 ? TITLE_FIRST : TITLE_OTHER) / (GENERIC.has(tool) ? 2 : 1);
    add(tool, weight, true);
  });
  const prose = text.prose.slice(0, COMMAND_SAMPLE);
  const logs = text.logText.slice(0, COMMAND_SAMPLE);
  COMMANDS.forEach(([tool, re], i) => {
    const literals = COMMAND_LITERALS[i] ?? null;
    if (seen.prose.mayHold(literals, COMMAND_SAMPLE) && re.test(prose) || seen.logs.mayHold(literals, COMMAND_SAMPLE) && re.test(logs))
      add(tool, COMMAND);
  });
  const body = prose.slice(text.title ? prose.indexOf("\n") + 1 : 0, PROSE_SAMPLE2).toLowerCase();
  const logHead = logs.slice(0, LOG_SAMPLE).toLowerCase();
  for (const [tool, re, literals] of NAMES_GLOBAL) {
    const weight = GENERIC.has(tool) ? 0.5 : 1;
    const inBody = seen.prose.mayHold(literals, PROSE_SAMPLE2) ? count(re, body) : 0;
    const inLog = seen.logs.mayHold(literals, LOG_SAMPLE) ? count(re, logHead) : 0;
    add(tool, weight * inBody + weight / 2 * inLog);
  }
  if (seen.prose.mayHold(VSCODE_LOG_LITERALS, PROSE_SAMPLE2) && VSCODE_LOG.test(body) || seen.logs.mayHold(VSCODE_LOG_LITERALS, LOG_SAMPLE) && VSCODE_LOG.test(logHead))
    add("vscode-python", LOG_EVENTS, true);
  let best = null;
  for (const [tool, score2] of scores)
    if (score2 > 0 && (!best || score2 > (scores.get(best) ?? 0))) best = tool;
  if (!best) return null;
  best = hostOf(best, scores, strong, named[0]?.[0] ?? null);
  if (best === "pyenv" && ((scores.get("pyenv-win") ?? 0) > 0 || WINDOWS.test(`${prose}
${logs}`)))
    return "pyenv-win";
  return best;
}
var VSCODE_LOG = / 20\d\d-\d\d-\d\d \d\d:\d\d:\d\d: (?<=(?:^|\n)(?:info|error|warn) 20\d\d-\d\d-\d\d \d\d:\d\d:\d\d: )/;
var VSCODE_LOG_LITERALS = requiredLiterals(VSCODE_LOG);
var WINDOWS = /:\\(?<=[A-Za-z]:\\)|\bpyenv\.bat\b|\bpowershell\b/i;
function fromLog(events, add) {
  const kinds = /* @__PURE__ */ new Map();
  let lastTool = null;
  let lastKind = null;
  for (const e of events) {
    const tool = e.tool === "findpython" ? "pdm" : e.tool;
    const kind = e.type === "tool-version" ? "version" : e.type === "final-error" ? "error" : "events";
    if (tool === lastTool && kind === lastKind) continue;
    lastTool = tool;
    lastKind = kind;
    const known = kinds.get(tool);
    if (!known || kind === "version" || kind === "events" && known === "error")
      kinds.set(tool, kind);
  }
  for (const [tool, kind] of kinds) {
    if (tool === "pyenv" || tool === "pyenv-win") add(tool, SHIM_EVENTS);
    else if (kind === "version") add(tool, LOG_VERSION);
    else add(tool, kind === "events" ? LOG_EVENTS : LOG_ERROR, true);
  }
}
var VERSION_KEYS = TOOL_NAMES.map((t) => `${t} version`);
function fromForm(form, add) {
  for (const [key, value] of Object.entries(form)) {
    if (key.length > 40) continue;
    const keyed = TOOL_NAMES.find((t, i) => key === t || key.startsWith(VERSION_KEYS[i]));
    if (keyed) {
      add(keyed, FORM, true);
      continue;
    }
    if (/^(?:tool|which tool|package manager)/.test(key)) {
      const named = NAMES.find(([, re]) => re.test(value.toLowerCase().slice(0, 200)));
      if (named) add(named[0], FORM, true);
    } else if (key.includes("version")) {
      const word = /^\s*([a-z][\w-]*)/i.exec(value)?.[1]?.toLowerCase();
      const tool = TOOL_NAMES.find((t) => t === word);
      if (tool) add(tool, FORM, true);
    }
  }
}
function hostOf(tool, scores, strong, titleFirst) {
  let current = tool;
  for (let hops = 0; hops < 3; hops++) {
    let host = null;
    for (const [candidate, guests] of Object.entries(RUNS)) {
      const score2 = scores.get(candidate) ?? 0;
      const enough = current === titleFirst ? strong.has(candidate) : score2 >= HOST_MIN;
      if (guests.includes(current) && enough && (!host || score2 > (scores.get(host) ?? 0)))
        host = candidate;
    }
    if (!host) break;
    current = host;
  }
  return current;
}
function count(re, text) {
  re.lastIndex = 0;
  let n = 0;
  while (n < MAX_MENTIONS2 && re.exec(text)) n++;
  return n;
}

// src/core/triage/facts.ts
var LIST_CAP = 200;
function factsOf(events, text, context = {}) {
  const kinds = /* @__PURE__ */ new Map();
  const kindOfPath2 = (path) => {
    let kind = kinds.get(path);
    if (kind === void 0) kinds.set(path, kind = kindOfPath(path));
    return kind;
  };
  const samples = sampleTrigrams(text, joinWindows(TOOL_WINDOWS, PLATFORM_WINDOWS));
  const tool = detectTool(events, text, samples);
  const issueTool = context.tool ?? tool;
  const readable = tool ? toolsReadFor([tool, issueTool]) : null;
  const own = (e) => !readable || readable.has(e.tool);
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
        const known = target.get(id);
        if (known) known.reason = withReason(known.reason, e.reason);
        else if (target.size < LIST_CAP)
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
        const reason = firstNonBlankLine(e.detail) ?? "query failed";
        const known = rejected.get(id);
        if (known) known.reason = withReason(known.reason, reason);
        else if (rejected.size < LIST_CAP)
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
    form: text.form,
    samples
  });
  const fe = finalError;
  return {
    tool: issueTool,
    logTool: tool,
    toolVersion: issueTool ? detectToolVersion(issueTool, events, text) : null,
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
    hasDiscoveryLog: showsDiscoverySteps(events, text),
    eventCount: events.length
  };
}
function showsDiscoverySteps(events, text) {
  let inVerboseBlock = null;
  for (const e of events) {
    if (!DISCOVERY_LOG_EVENTS.has(e.type) || e.ranOnly) continue;
    if (e.type === "query-failed" && e.fromError) continue;
    if (!e.plain) return true;
    inVerboseBlock ??= verboseBlockLines(text);
    if (inVerboseBlock(e.line)) return true;
  }
  return false;
}
var DELEGATES = {
  tox: ["virtualenv", "python-discovery", "tox-uv", "uv"],
  "tox-uv": ["tox", "uv", "virtualenv"],
  virtualenv: ["python-discovery"],
  "python-discovery": ["virtualenv"],
  pdm: ["findpython", "virtualenv", "uv"],
  findpython: ["pdm"],
  poetry: ["findpython", "virtualenv"],
  hatch: ["virtualenv", "uv"],
  pipenv: ["virtualenv"],
  pipx: ["virtualenv", "uv"],
  rye: ["uv"],
  pixi: ["uv", "conda"],
  conda: ["micromamba"],
  micromamba: ["conda"],
  "vscode-python": ["python-environment-tools", "vscode-python-environments"],
  "vscode-python-environments": ["python-environment-tools", "vscode-python"],
  "python-environment-tools": ["vscode-python", "vscode-python-environments"],
  "setup-uv": ["uv"],
  mise: ["asdf"],
  asdf: ["mise"]
};
var SHIMS = ["pyenv", "pyenv-win"];
function toolsReadFor(tools) {
  const read = new Set(SHIMS);
  for (const tool of tools) {
    if (!tool) continue;
    read.add(tool);
    for (const delegate of DELEGATES[tool] ?? []) read.add(delegate);
  }
  return read;
}
function firstNonBlankLine(text) {
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf("\n", start);
    const line = (end < 0 ? text.slice(start) : text.slice(start, end)).trim();
    if (line) return line;
    if (end < 0) break;
    start = end + 1;
  }
  return null;
}
var MAX_REASON = 1e3;
function withReason(known, reason) {
  if (known.includes(reason) || known.length >= MAX_REASON) return known;
  return `${known}; ${reason}`.slice(0, MAX_REASON);
}

// src/core/triage/redact.ts
var TOKENS = [
  [/\bgh[pousr]_[A-Za-z0-9]{20,255}\b/g, "<redacted-token>"],
  [/\bgithub_pat_[A-Za-z0-9_]{20,255}\b/g, "<redacted-token>"],
  [/\bglpat-[A-Za-z0-9_-]{20,64}\b/g, "<redacted-token>"],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,255}\b/g, "<redacted-token>"],
  [/\bAKIA[0-9A-Z]{16}\b/g, "<redacted-key>"],
  [/\bsk-[A-Za-z0-9_-]{20,255}\b/g, "<redacted-key>"],
  [/\bpypi-[A-Za-z0-9_-]{20,255}\b/g, "<redacted-token>"],
  [/\b(Bearer|token|Basic) [A-Za-z0-9._~+/-]{16,}=*/g, "$1 <redacted>"]
];
var TOKEN_MARKS = /gh[pousr]_|github_pat_|glpat-|xox[abprs]-|AKIA|sk-|pypi-|(?:Bearer|token|Basic) /;
var KEYED_SECRET = /\b((?:[A-Z_]{0,40}(?:TOKEN|PASSWORD|PASSWD|SECRET|API_?KEY|AUTH)[A-Z_]{0,40}) {0,8}[=:] {0,8})("[^"\n]{0,200}"|'[^'\n]{0,200}'|\S{1,200})/gi;
var KEYED_MARKS = /token|passw(?:ord|d)|secret|api_?key|auth/i;
var URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{1,20}:\/\/)[^\s/@:]{1,100}:[^\s/@]{1,200}@/gi;
var USER_AT_HOST = /\b[\w.-]{1,64}@[\w.-]{1,253}:(?=~|\/|\s*\$)/g;
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
    if (out.includes(":"))
      out = out.replace(
        HOME_WINDOWS,
        (_m, root, name) => NOT_USERS.has(name.toLowerCase()) ? _m : `${root}<user>`
      );
    if (out.includes("@")) out = out.replace(USER_AT_HOST, "<user>@<host>:");
    out = out.replace(/^(Linux|Darwin|FreeBSD) \S{1,253} (\d+\.\d+)/gm, "$1 <host> $2");
    if (TOKEN_MARKS.test(out))
      for (const [re, replacement] of TOKENS) out = out.replace(re, replacement);
    if (KEYED_MARKS.test(out)) out = out.replace(KEYED_SECRET, "$1<redacted>");
    if (out.includes("@")) out = out.replace(URL_CREDENTIALS, "$1<redacted>@");
    if (nameRe) out = out.replace(nameRe, "<user>");
    return out;
  };
}

// src/core/triage/repo-tools.ts
var REPOSITORY_TOOLS = {
  "astral-sh/uv": "uv",
  "astral-sh/rye": "rye",
  "astral-sh/setup-uv": "setup-uv",
  "pypa/virtualenv": "virtualenv",
  "pypa/pipx": "pipx",
  "pypa/hatch": "hatch",
  "pypa/pip": "pip",
  "pypa/pipenv": "pipenv",
  "tox-dev/tox": "tox",
  "tox-dev/tox-uv": "tox-uv",
  "tox-dev/python-discovery": "python-discovery",
  "python-poetry/poetry": "poetry",
  "python-poetry/install.python-poetry.org": "poetry",
  "pdm-project/pdm": "pdm",
  "frostming/pdm": "pdm",
  "pdm-project/findpython": "findpython",
  "frostming/findpython": "findpython",
  "conda/conda": "conda",
  "mamba-org/mamba": "micromamba",
  "mamba-org/micromamba-releases": "micromamba",
  "prefix-dev/pixi": "pixi",
  "pyenv/pyenv": "pyenv",
  "pyenv/pyenv-virtualenv": "pyenv",
  "pyenv-win/pyenv-win": "pyenv-win",
  "jdx/mise": "mise",
  "asdf-community/asdf-python": "asdf",
  "asdf-vm/asdf": "asdf",
  "danhper/asdf-python": "asdf",
  "microsoft/vscode-python": "vscode-python",
  "microsoft/vscode-python-environments": "vscode-python-environments",
  "microsoft/python-environment-tools": "python-environment-tools",
  "actions/setup-python": "setup-python",
  "homebrew/brew": "homebrew",
  "homebrew/homebrew-core": "homebrew",
  "spack/spack": "spack"
};
function toolOfRepository(repo) {
  return repo ? REPOSITORY_TOOLS[repo.toLowerCase()] ?? null : null;
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
  const code = char.charCodeAt(0);
  let longest = 0;
  for (let at = text.indexOf(char); at >= 0; ) {
    let end = at + 1;
    while (text.charCodeAt(end) === code) end++;
    if (end - at > longest) longest = end - at;
    at = text.indexOf(char, end);
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
  const r = (text, max = 300) => options.redact(clip(text, max));
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
      ...discoveryLines(result),
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
function discoveryLines(result) {
  const lines = result.discoveryEvidence.map((e) => `  - ${e}`);
  return [
    `- About interpreter discovery: ${result.discovery ? "yes" : "no"} (the signals below add up; ${DISCOVERY_THRESHOLD} or more is discovery)`,
    ...lines
  ];
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
  /** Why `discovery` was decided so: each signal that fired, where, and its weight. */
  discoveryEvidence: array(string()),
  hasLog: boolean(),
  hasDiscoveryLog: boolean(),
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
      title: "",
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
  const events = parseLogs(text.logText, text.logLines);
  const facts = factsOf(events, text, {
    tool: options.tool ?? toolOfRepository(options.repo)
  });
  const rules = [...BUILTIN_RULES, ...options.extraRules ?? []];
  const diagnoses = diagnose(
    facts,
    rules,
    `${headAndTail2(text.logText, 256 * 1024)}
${text.prose}`
  );
  const ids = diagnoses.map((d) => d.id);
  const { discovery, evidence } = isDiscoveryIssue(facts, text, ids);
  const needsLogs = discovery && !facts.hasDiscoveryLog;
  const regression = discovery && mentionsRegression(text.prose);
  const result = {
    schema: TRIAGE_SCHEMA_ID,
    discovery,
    discoveryEvidence: evidence.slice(0, 12).map(describeEvidence),
    hasLog: facts.hasDiscoveryLog || hasVerboseLog(text),
    hasDiscoveryLog: facts.hasDiscoveryLog,
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

// src/core/triage/thread.ts
var HEADER = /^([\w.-]{1,100}\/[\w.-]{1,100}) · (?:issue|pull request|pr|discussion) #(\d{1,9})\b/;
var TURN = /^\[turn \d{1,6} by (reporter|maintainer|commenter|author|member|bot)[^\]\n]{0,40}\]$/;
var MAX_EXPORT = 25 * 1024 * 1024;
function parseThreadExport(text) {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, "");
  const header = HEADER.exec(head);
  if (!header) return null;
  const lines = text.slice(0, MAX_EXPORT).replace(/^\uFEFF/, "").split(/\r?\n/);
  let title = "";
  const turns = [];
  let current = null;
  const close = () => {
    if (current) turns.push({ role: current.role, body: current.lines.join("\n").trim() });
  };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const turn = TURN.exec(line);
    if (turn) {
      close();
      current = { role: roleOf(turn[1] ?? ""), lines: [] };
      continue;
    }
    if (current) current.lines.push(line);
    else if (!title && line.startsWith("# ")) title = line.slice(2).trim();
  }
  close();
  return { repo: header[1] ?? null, number: Number(header[2]), title, turns };
}
function roleOf(word) {
  if (word === "reporter" || word === "author") return "reporter";
  if (word === "maintainer" || word === "member") return "maintainer";
  return "commenter";
}
function threadMarkdown(thread) {
  const parts = [`# ${thread.title.replace(/\s+/g, " ").trim()}`];
  for (const turn of thread.turns) {
    if (turn.role !== "commenter") parts.push(turn.body);
    else {
      const { fenced, bare } = codeOf(turn.body);
      if (fenced) parts.push(fenced);
      if (bare) parts.push(bare);
    }
  }
  return parts.join("\n\n");
}
function codeOf(body) {
  const fenced = [];
  const bare = [];
  let fence = null;
  for (const line of body.split(/\r?\n/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null) {
      if (marker) {
        fence = marker;
        fenced.push(line);
      } else if (isBareLogLine(line)) bare.push(line);
    } else {
      fenced.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.trim().slice(marker.length).trim())
        fence = null;
    }
  }
  if (fence !== null) fenced.push(fence);
  return {
    fenced: fenced.join("\n"),
    bare: bare.length ? ["`````", ...bare, "`````"].join("\n") : ""
  };
}

export {
  TOOL_NAMES,
  KnowledgeRule,
  BUILTIN_RULES,
  DEFAULT_LABELS,
  diagnose,
  escapeText,
  inlineCode,
  COMMENT_MARKER,
  readState,
  triageIssue,
  triageLog,
  parseThreadExport,
  threadMarkdown
};
