// What a platform looks like in an issue's text: the shapes its paths, prompts, kernel strings and
// platform tags take wherever they are printed, and the words people use for it. platform.ts
// weighs them; this file only says what each one points to and how strongly.
//
// Every pattern is linear (bounded repeats, no nested quantifiers). The shapes start with a
// literal, so that V8 skips through text that lacks it instead of trying every position: what
// comes before the literal is checked by a lookbehind, only where the literal is found.

/** Where a cue points: an environment on top of an OS, an OS, or another OS the labels lack. */
export type Target = 'nix' | 'conda' | 'docker' | 'wsl' | 'windows' | 'macos' | 'linux' | 'other';

export interface Cue {
  re: RegExp;
  target: Target;
  weight: number;
  why: string;
}

const WIN_DRIVE = 'a Windows drive path';
const WIN_PROFILE = 'a Windows profile folder';
const MAC_TOOL = 'macOS named by a tool';
const LINUX_TOOL = 'Linux named by a tool';
const WSL_PATH = 'a WSL path or kernel';
const DOCKER = 'a container image or build';
const OTHER = 'another Unix';

/**
 * Shapes in the text as printed (case matters: `/Users/` is macOS, `/users/` is not). Read over
 * the prose and the logs; each counts once however often it appears.
 */
export const SHAPES: readonly Cue[] = [
  // Windows: drive paths (JSON-escaped too), the profile's folders, executables, the launcher.
  {
    re: /:\\(?<=[A-Za-z]:\\)(?<![\w\\][A-Za-z]:\\)\\?[\w$.~ %-]/,
    target: 'windows',
    weight: 3,
    why: WIN_DRIVE,
  },
  {
    re: /:\/(?<=[A-Za-z]:\/)(?<![\w/][A-Za-z]:\/)[\w.-]/,
    target: 'windows',
    weight: 2,
    why: WIN_DRIVE,
  },
  {
    re: /\\(?:AppData|Program Files|WindowsApps|System32|ProgramData)\\/,
    target: 'windows',
    weight: 3,
    why: WIN_PROFILE,
  },
  {
    re: /%(?:LOCALAPPDATA|APPDATA|USERPROFILE|ProgramFiles)%/,
    target: 'windows',
    weight: 3,
    why: WIN_PROFILE,
  },
  { re: /\$env:\w/, target: 'windows', weight: 3, why: WIN_PROFILE },
  {
    re: /\.(?:exe|EXE|bat|BAT)\b(?<=[\\/][\w. ()-]{0,80}\.\w{3}|\b(?:python|pythonw|py|pip|uv|conda)\.exe)/,
    target: 'windows',
    weight: 2,
    why: 'a Windows executable',
  },
  // Windows' venv layout, and Git Bash's or Cygwin's view of a drive.
  {
    re: /Scripts\\(?<=[\w.]\\{1,2}Scripts\\)\\?[\w.-]/,
    target: 'windows',
    weight: 3,
    why: "a Windows venv's Scripts folder",
  },
  {
    re: /\/Users\/(?<=\/(?:cygdrive\/)?[a-z]\/Users\/)(?<![\w.-]\/[a-z]\/Users\/)/,
    target: 'windows',
    weight: 3,
    why: 'a Windows drive seen from Git Bash',
  },
  // The `py` launcher ships with Python for Windows.
  {
    re: /py -(?:m |[23](?:\.\d{1,2})? )(?<![^\s>$`]py -(?:m |[23](?:\.\d{1,2})? ))/,
    target: 'windows',
    weight: 2,
    why: 'the py launcher',
  },
  {
    re: /(?:Windows_NT|win32)\b(?<=Windows_NT|(?:\bplatform |\bon |sys_platform == ['"])win32)/,
    target: 'windows',
    weight: 3,
    why: 'Windows named by a tool',
  },
  {
    re: /(?:-windows-(?:x86_64|aarch64|x86|i686)-none|win_(?:amd64|arm64))\b/,
    target: 'windows',
    weight: 1,
    why: 'a Windows platform tag',
  },

  // macOS: home folders, Homebrew and framework locations, the kernel, platform tags.
  {
    re: /\/Users\/[\w.@ -](?<![\w:.~\\/-]\/Users\/.)/,
    target: 'macos',
    weight: 3,
    why: 'a macOS home folder',
  },
  {
    re: /\/(?:opt\/homebrew\b|Library\/(?:Frameworks|Developer|Caches|Application Support)\/|System\/Library\/|Applications\/|private\/var\/folders\/|usr\/local\/(?:Cellar|Caskroom|opt)\/)/,
    target: 'macos',
    weight: 3,
    why: 'a macOS system or Homebrew path',
  },
  { re: /Python\.framework\//, target: 'macos', weight: 3, why: 'a macOS system or Homebrew path' },
  {
    re: /[Dd]arwin\b(?<=Darwin Kernel|(?:\bon |\bplatform[=: ]{1,3}['"]?)darwin)/,
    target: 'macos',
    weight: 3,
    why: MAC_TOOL,
  },
  { re: /-macos-(?:aarch64|x86_64)-none\b/, target: 'macos', weight: 3, why: MAC_TOOL },
  // Homebrew bottles are tagged with the macOS release (or `x86_64_linux`) they were built for.
  {
    re: /\.bottle\b(?<=\.(?:arm64_)?(?:el_capitan|sierra|high_sierra|mojave|catalina|big_sur|monterey|ventura|sonoma|sequoia|tahoe)\.bottle)/,
    target: 'macos',
    weight: 3,
    why: 'a Homebrew bottle for macOS',
  },
  {
    re: /\.bottle\b(?<=\.(?:x86_64|arm64)_linux\.bottle)/,
    target: 'linux',
    weight: 3,
    why: 'a Homebrew bottle for Linux',
  },
  { re: /\.dylib\b/, target: 'macos', weight: 2, why: 'a macOS library' },
  { re: /xc(?:ode-select|run)\b/, target: 'macos', weight: 2, why: "Apple's developer tools" },
  {
    re: /macosx_\d{1,2}_\d{1,2}_(?:arm64|x86_64|universal2)\b/,
    target: 'macos',
    weight: 1,
    why: 'a macOS platform tag',
  },

  // Hosted CI runners, by their labels.
  { re: /ubuntu-(?:latest|\d\d\.04)\b/, target: 'linux', weight: 2, why: 'a Linux runner' },
  { re: /macos-(?:latest|1\d|2\d)\b/, target: 'macos', weight: 2, why: 'a macOS runner' },
  { re: /windows-(?:latest|20\d\d)\b/, target: 'windows', weight: 2, why: 'a Windows runner' },

  // Linux: home folders, Debian's and the multiarch layout, the kernel, platform tags.
  {
    re: /\/home\/[\w.-](?<![\w.~-]\/home\/.)/,
    target: 'linux',
    weight: 2,
    why: 'a Linux home folder',
  },
  // root's home: Linux hosts and containers (macOS keeps it at /var/root).
  {
    re: /\/root\/[\w.-](?<![\w.~-]\/root\/.)/,
    target: 'linux',
    weight: 1,
    why: "root's home folder",
  },
  {
    re: /\/(?:dist-packages\b|usr\/lib(?:64\/|\/(?:x86_64|aarch64)-linux-gnu\b)|snap\/\w(?<![\w.-]\/snap\/\w)|etc\/os-release\b)/,
    target: 'linux',
    weight: 2,
    why: 'a Linux system path',
  },
  {
    re: /linux2?\b(?!-)(?<=(?:\bon |\bplatform[=: ]{1,3}['"]?)linux2?)/,
    target: 'linux',
    weight: 3,
    why: LINUX_TOOL,
  },
  {
    re: /-linux-(?:x86_64|aarch64|i686|armv7|ppc64le|s390x|riscv64)-(?:gnu|musl)\b/,
    target: 'linux',
    weight: 3,
    why: LINUX_TOOL,
  },
  {
    re: /manylinux_?\d[\w.]{0,20}\.whl\b/,
    target: 'linux',
    weight: 1,
    why: 'a Linux platform tag',
  },
  // A distribution's package manager.
  {
    re: / (?:install\b(?<=\b(?:apt|apt-get|dnf|yum|zypper) install)|-S\b(?<=\bpacman -S))/,
    target: 'linux',
    weight: 2,
    why: "a Linux distribution's package manager",
  },

  // WSL: Windows drives mounted in Linux, the WSL kernel, WSL's variables.
  { re: /\/mnt\/[a-z]\/(?<![\w.-]\/mnt\/[a-z]\/)/, target: 'wsl', weight: 3, why: WSL_PATH },
  { re: /\\\\wsl(?:\$|\.localhost)\\/, target: 'wsl', weight: 3, why: WSL_PATH },
  { re: /[-m](?:Microsoft\b|icrosoft-standard-WSL)/, target: 'wsl', weight: 3, why: WSL_PATH },
  { re: /WSL_(?:DISTRO_NAME|INTEROP)\b/, target: 'wsl', weight: 3, why: WSL_PATH },

  // Docker: images, build steps, containers' marks.
  { re: /\/\.dockerenv\b/, target: 'docker', weight: 3, why: DOCKER },
  {
    re: /docker(?:-compose\b|(?: container)? (?:run|build|compose|exec|pull)\b)/,
    target: 'docker',
    weight: 3,
    why: DOCKER,
  },
  { re: /Dockerfile\b/, target: 'docker', weight: 3, why: DOCKER },
  { re: /devcontainer\.json\b/, target: 'docker', weight: 3, why: DOCKER },
  {
    re: /\/workspaces\/[\w.-](?<![\w.-]\/workspaces\/.)/,
    target: 'docker',
    weight: 2,
    why: 'a dev container workspace',
  },

  // Nix: the store and the profiles, shells and flakes.
  {
    re: /\/(?:nix\/(?:store|var\/nix)\/|\.nix-profile\/|run\/current-system\/|etc\/profiles\/per-user\/)/,
    target: 'nix',
    weight: 2,
    why: 'a Nix store path',
  },
  { re: /\.nix\b(?<=\b(?:shell|flake)\.nix)/, target: 'nix', weight: 2, why: 'a Nix shell' },
  { re: /mkShell\b/, target: 'nix', weight: 2, why: 'a Nix shell' },
  { re: /<nixpkgs>/, target: 'nix', weight: 2, why: 'a Nix shell' },

  // An active conda environment, as uv names the source it found an interpreter in.
  { re: /conda prefix\)/, target: 'conda', weight: 2, why: 'an active conda environment' },

  // Other Unix systems (no label of their own): Solaris' vendor packages, their platform strings.
  { re: /\/vendor-packages\//, target: 'other', weight: 3, why: OTHER },
  {
    re: /platform[=: ]{1,3}['"]?(?:sunos|freebsd|openbsd|netbsd|aix)/,
    target: 'other',
    weight: 3,
    why: OTHER,
  },
];

/**
 * Lines whose start says it all, read in one scan from the newline before each line:
 * `uname -a`'s kernel string, prompts, Dockerfile and BuildKit lines, and statements such as
 * `OS: macOS 14`, `- **OS version and name**: Ubuntu 22.04`, `The uv platform: Linux`,
 * `Platform: linux (x86_64)`, `platform : osx-arm64` (the last group holds the value).
 */
export const LINE =
  /\n[ \t>*_-]{0,8}(?:(Darwin [\w.-]{1,100} \d+\.\d+)|(Linux [\w.-]{1,100} \d+\.\d+\.\d+[\w.+-]{0,60})|(PS (?:[A-Za-z]:|~)[^\n>]{0,200}>)|(FROM [\w./:@-]{1,200}(?: [Aa][Ss] [\w-]{1,60})?(?=\n|$))|(#\d{1,3} (?:\d+\.\d+ |\[[\w -]{1,40} \d+\/\d+\]))|(\(base\) )|([\w.-]{1,64}@[\w.-]{1,64}:[~/][^\n$#]{0,200}\$ )|(?:[A-Za-z]{1,12} ){0,2}(?:[Oo][Ss]|[Oo]perating [Ss]ystem|[Pp]latform|[Ss]ystem)\b[^:\n]{0,30}:[ \t]*([^\n]{1,160}))/g;

/** What each of LINE's groups (but the last, a statement) points to. */
export const LINE_GROUPS: readonly Omit<Cue, 're'>[] = [
  { target: 'macos', weight: 3, why: MAC_TOOL },
  // WSL's kernel (`…-microsoft-standard-WSL2`) is told apart by platform.ts.
  { target: 'linux', weight: 3, why: LINUX_TOOL },
  { target: 'windows', weight: 3, why: 'a PowerShell prompt' },
  { target: 'docker', weight: 3, why: DOCKER },
  { target: 'docker', weight: 3, why: DOCKER },
  { target: 'conda', weight: 1, why: "conda's base environment in a prompt" },
  // The prompt Debian and Ubuntu set up.
  { target: 'linux', weight: 1, why: 'a Linux shell prompt' },
];

/** A word cue (matched on lower-cased text) weighs differently in the title, the prose and the logs. */
export interface WordCue {
  re: RegExp;
  target: Target;
  title: number;
  prose: number;
  log: number;
  why: string;
}

export const WORDS: readonly WordCue[] = [
  {
    // `*nix` means any Unix.
    re: /\bnixos\b|\bnix-shell\b|\bnix (?:develop|run|profile|build)\b|\bflake\.nix\b|\bhome-manager\b|\bnixpkgs\b|\bnix-ld\b|\bnix-darwin\b|(?<!\*)\bnix\b/,
    target: 'nix',
    title: 4,
    prose: 2,
    log: 1,
    why: 'Nix',
  },
  // Conda's names alone say only that conda is installed: the title is where they explain the issue.
  {
    re: /\b(?:ana|mini)conda\d?\b|\bminiforge\d?\b|\bmambaforge\b|\bconda\b|\bmicromamba\b|\bmamba\b/,
    target: 'conda',
    title: 2,
    prose: 0,
    log: 0,
    why: 'conda',
  },
  // A conda environment's interpreter is what the issue is about.
  {
    re: /\b(?:conda|mamba) (?:env|environment)s?\b|\b(?:ana|mini)conda\d? (?:python|env|environment|base|interpreter)\b|\bconda (?:activate|create)\b|\bconda_(?:prefix|default_env)\b|\banaconda prompt\b/,
    target: 'conda',
    title: 3,
    prose: 1,
    log: 0,
    why: 'a conda environment',
  },
  // A title that ties conda to the interpreter.
  {
    re: /\b(?:(?:ana|mini)?conda|(?:micro)?mamba)\b[^\n.]{0,30}\b(?:python|interpreter)s?\b|\b(?:python|interpreter)s?\b[^\n.]{0,40}\b(?:(?:ana|mini)?conda|(?:micro)?mamba)\b/,
    target: 'conda',
    title: 3,
    prose: 0,
    log: 0,
    why: "conda's interpreter",
  },
  {
    re: /(?<![-/])\bdocker(?:file)?\b|\bdevcontainers?\b|\bdev containers?\b|\bpodman\b/,
    target: 'docker',
    title: 4,
    prose: 2,
    log: 1,
    why: 'Docker',
  },
  {
    re: /\bcontainers?\b|\bcodespaces?\b|\bkubernetes\b/,
    target: 'docker',
    title: 2,
    prose: 1,
    log: 0,
    why: 'a container',
  },
  {
    // VS Code's `Shell identified as wsl` names a terminal's shell, not the system.
    re: /(?<!identified as '?)\bwsl ?2?\b|\bwindows subsystem for linux\b|\b(?:ubuntu|debian|linux|fedora|opensuse|kali)\b[^\n,;]{0,40}\bon windows\b/,
    target: 'wsl',
    title: 5,
    prose: 3,
    log: 1,
    why: 'WSL',
  },
  {
    re: /\bwindows(?:_nt)?\b|\bwin ?(?:7|8|8\.1|10|11)\b|\bwin(?:32|64)\b|\bpowershell\b|\bpwsh\b|\bcmd\.exe\b|\bmsys2?\b|\bmingw(?:32|64)?\b|\bgit bash\b|\bcygwin\b/,
    target: 'windows',
    title: 4,
    prose: 2,
    log: 1,
    why: 'Windows',
  },
  {
    re: /\bmac ?os\b|\bos ?x\b|\bmacbook|\bimac\b|\bmac mini\b|\bmac\b|\bdarwin\b|\bapple silicon\b|\bapple m[1-4]\b|\bm[1-4] (?:mac|chip|pro|max|ultra)\b|\bhomebrew\b|\bxcode\b|\b(?:el capitan|high sierra|mojave|catalina|big sur|monterey|ventura|sonoma|sequoia|tahoe)\b/,
    target: 'macos',
    title: 4,
    prose: 2,
    log: 1,
    why: 'macOS',
  },
  // Homebrew runs on Linux too, but mostly on macOS.
  {
    re: /\bbrew (?:install|upgrade|update|link|unlink|doctor|config|info|reinstall)\b/,
    target: 'macos',
    title: 2,
    prose: 1,
    log: 1,
    why: 'Homebrew',
  },
  {
    re: /\b(?:linux|ubuntu|debian|fedora|centos|rhel|red hat|rocky linux|almalinux|alpine|arch ?linux|manjaro|opensuse|suse|gentoo|raspbian|raspberry pi|amazon linux|linux mint|pop!_os|kubuntu|xubuntu|endeavouros)\b/,
    target: 'linux',
    title: 4,
    prose: 2,
    log: 1,
    why: 'Linux',
  },
  {
    re: /\b(?:freebsd|openbsd|netbsd|dragonfly ?bsd|solaris|sunos\d?|illumos|openindiana|smartos|aix|haiku|android|termux)\b/,
    target: 'other',
    title: 4,
    prose: 2,
    log: 2,
    why: 'another OS',
  },
];

/** Issue-form headings whose answer names the platform. */
export const FORM_KEYS =
  /^(?:platform|operating system|os|environment|system|os version|platform \/ os|which platform.*|os and version|operating system and version)$/;
