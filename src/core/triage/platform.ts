// Which platform an issue is about: the most specific one the evidence supports
// (nix > conda > docker > wsl > an operating system). Paths and keys count most, an issue-form
// answer as much, words in the prose least.
import type { InterpreterKind } from '../model.js';

export const PLATFORMS = [
  'nix',
  'conda',
  'docker',
  'wsl',
  'windows',
  'macos',
  'linux',
  'unknown',
] as const;
export type Platform = (typeof PLATFORMS)[number];

type Scores = Record<Exclude<Platform, 'unknown'>, number>;

// Generic Unix paths (/usr, /home) exist on every Unix, so they weigh least.
const PATH_CUES: [RegExp, keyof Scores, number][] = [
  [
    /\/nix\/store\/|\/\.nix-profile\/|\/run\/current-system\/|\/etc\/profiles\/per-user\//,
    'nix',
    3,
  ],
  [
    /\/(?:mini|ana)conda\d*\/|\/miniforge\d*\/|\/mambaforge\/|\/\.conda\/envs\/|\/opt\/conda\/|\/\.pixi\/envs\//i,
    'conda',
    3,
  ],
  [/^\/mnt\/[a-z]\/|\/\/wsl(?:\$|\.localhost)\//i, 'wsl', 3],
  [/^[a-z]:[\\/]|\\users\\|\.exe$/i, 'windows', 3],
  [/^\/users\/|^\/opt\/homebrew\/|^\/library\/|^\/applications\//i, 'macos', 3],
  [/^\/home\/|^\/usr\/|^\/root\/|^\/opt\/|^\/bin\//, 'linux', 1],
];

// Matched against lower-cased text, so the patterns are case-sensitive and V8 can scan for
// their literal parts instead of trying every position.
const TEXT_CUES: [RegExp, keyof Scores, number][] = [
  [/\b(?:nixos|nix-shell|nix develop|flake\.nix|home-manager|nixpkgs|nix-ld|devenv)\b/, 'nix', 2],
  [/\/nix\/store\//, 'nix', 3],
  [
    /\b(?:(?:mini|ana)conda\d*|miniforge|mambaforge|conda (?:activate|create|install|env)|conda_prefix)\b/,
    'conda',
    2,
  ],
  [/\b(?:conda|mamba|pixi)\b/, 'conda', 1],
  [
    /\b(?:dockerfile|docker (?:run|build|compose|exec)|devcontainer)\b|^from [\w./-]+(?::[\w.-]+)?(?: as \w+)?$/m,
    'docker',
    2,
  ],
  [/\b(?:docker|container|podman)\b/, 'docker', 1],
  [/\bwsl ?2?\b|microsoft-standard-wsl|\bwindows subsystem for linux\b/, 'wsl', 2],
  [/\b(?:windows(?: (?:10|11|server))?|powershell|cmd\.exe|win(?:32|64|-amd64))\b/, 'windows', 1],
  [
    /\b(?:macos|os ?x|darwin|macbook|apple silicon|homebrew|m[1-4] (?:mac|pro|max|chip))\b/,
    'macos',
    1,
  ],
  [
    /\b(?:ubuntu|debian|fedora|linux|arch|centos|alpine|rhel|rocky|opensuse|manylinux)\b/,
    'linux',
    1,
  ],
];

const KEY_CUES: [RegExp, keyof Scores][] = [
  [/-linux-(?:x86_64|aarch64|i686|armv7|ppc64le|s390x|riscv64)/, 'linux'],
  [/-macos-(?:x86_64|aarch64)/, 'macos'],
  [/-windows-(?:x86_64|aarch64|x86|i686)/, 'windows'],
];

const FORM_KEYS =
  /^(?:platform|operating system|os|environment|system|os version|platform \/ os|which platform.*)$/;

export interface PlatformInput {
  paths: readonly string[];
  interpreterKinds: readonly InterpreterKind[];
  logText: string;
  prose: string;
  form: Record<string, string>;
}

export function detectPlatform(input: PlatformInput): { platform: Platform; evidence: string[] } {
  const scores: Scores = { nix: 0, conda: 0, docker: 0, wsl: 0, windows: 0, macos: 0, linux: 0 };
  const evidence: string[] = [];
  const add = (p: keyof Scores, weight: number, why: string) => {
    if (scores[p] === 0 && evidence.length < 8) evidence.push(`${p}: ${why}`);
    scores[p] += weight;
  };
  for (const path of new Set(input.paths)) {
    for (const [re, p, weight] of PATH_CUES)
      if (re.test(path)) add(p, weight, `path ${path.slice(0, 80)}`);
  }
  for (const kind of input.interpreterKinds) {
    if (kind === 'windows-store-shim' || kind === 'registry')
      add('windows', 3, `a ${kind} interpreter`);
  }
  // Keys and words are sampled from the text's head and tail: the heuristics need no more, and
  // a 25 MB log must not be scanned by every pattern.
  const sample = headAndTail(input.logText, 64 * 1024);
  for (const [re, p] of KEY_CUES) if (re.test(sample)) add(p, 2, 'interpreter keys in the log');
  for (const [key, value] of Object.entries(input.form)) {
    if (!FORM_KEYS.test(key)) continue;
    for (const [re, p] of TEXT_CUES)
      if (re.test(value.toLowerCase())) add(p, 3, `issue form "${key}"`);
  }
  const words = `${input.prose.slice(0, 64 * 1024)}\n${sample}`.toLowerCase();
  for (const [re, p, weight] of TEXT_CUES)
    if (re.test(words)) add(p, weight, `the text mentions it`);

  // Environments that run on top of an OS need real evidence (a path, a form answer, a specific word).
  for (const p of ['nix', 'conda', 'docker', 'wsl'] as const) {
    if (scores[p] >= 2) return { platform: p, evidence };
  }
  const os = (['windows', 'macos', 'linux'] as const)
    .filter((p) => scores[p] > 0)
    .sort((a, b) => scores[b] - scores[a])[0];
  return { platform: os ?? 'unknown', evidence };
}

function headAndTail(text: string, each: number): string {
  return text.length <= 2 * each ? text : `${text.slice(0, each)}\n${text.slice(-each)}`;
}
