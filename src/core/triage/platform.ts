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

const TEXT_CUES: [RegExp, keyof Scores, number][] = [
  [
    /\bnixos\b|\bnix-shell\b|\bnix develop\b|\bflake\.nix\b|\bhome-manager\b|\bnixpkgs\b|\bnix-ld\b|\bdevenv\b/i,
    'nix',
    2,
  ],
  [/\/nix\/store\//, 'nix', 3],
  [
    /\b(?:mini|ana)conda\d*\b|\bminiforge\b|\bmambaforge\b|\bconda (?:activate|create|install|env)\b|\bCONDA_PREFIX\b/i,
    'conda',
    2,
  ],
  [/\bconda\b|\bmamba\b|\bpixi\b/i, 'conda', 1],
  [
    /\bDockerfile\b|\bdocker (?:run|build|compose|exec)\b|^FROM [\w./-]+(?::[\w.-]+)?(?: AS \w+)?$|\bdevcontainer\b/im,
    'docker',
    2,
  ],
  [/\bdocker\b|\bcontainer\b|\bpodman\b/i, 'docker', 1],
  [/\bWSL ?2?\b|microsoft-standard-WSL|\bWindows Subsystem for Linux\b/i, 'wsl', 2],
  [
    /\bWindows(?: (?:10|11|Server))?\b|\bPowerShell\b|\bcmd\.exe\b|\bwin(?:32|64|-amd64)\b/i,
    'windows',
    1,
  ],
  [
    /\bmacOS\b|\bOS ?X\b|\bDarwin\b|\bMacBook\b|\bApple Silicon\b|\bHomebrew\b|\bM[1-4] (?:Mac|Pro|Max|chip)\b/i,
    'macos',
    1,
  ],
  [
    /\bUbuntu\b|\bDebian\b|\bFedora\b|\bLinux\b|\bArch\b|\bCentOS\b|\bAlpine\b|\bRHEL\b|\bRocky\b|\bopenSUSE\b|\bmanylinux\b/i,
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
  for (const path of input.paths) {
    for (const [re, p, weight] of PATH_CUES)
      if (re.test(path)) add(p, weight, `path ${path.slice(0, 80)}`);
  }
  for (const kind of input.interpreterKinds) {
    if (kind === 'windows-store-shim' || kind === 'registry')
      add('windows', 3, `a ${kind} interpreter`);
  }
  for (const [re, p] of KEY_CUES)
    if (re.test(input.logText)) add(p, 2, 'interpreter keys in the log');
  for (const [key, value] of Object.entries(input.form)) {
    if (!FORM_KEYS.test(key)) continue;
    for (const [re, p] of TEXT_CUES) if (re.test(value)) add(p, 3, `issue form "${key}"`);
  }
  const words = `${input.prose}\n${input.logText.slice(0, 200_000)}`;
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
