// Every knowledge-base rule on a log that shows its cause, and the decisions built on them.
import { describe, expect, it } from 'vitest';
import { triageIssue, triageLog } from '../../../src/core/triage/index.js';
import { BUILTIN_RULES, KnowledgeRule } from '../../../src/core/triage/knowledge.js';

const fence = (...lines: string[]) => `\`\`\`\n${lines.join('\n')}\n\`\`\``;

// One issue per rule, each showing that rule's cause and (as far as the cause allows) no other.
const CASES: Record<string, string> = {
  'nix-env-seen-as-venv': fence(
    'DEBUG uv 0.7.22',
    'DEBUG Searching for Python interpreter with executable name `python`',
    'DEBUG Found `cpython-3.12.11-linux-x86_64-gnu` at `/home/c/.nix-profile/bin/python` (search path)',
    'DEBUG Ignoring Python interpreter at `/nix/store/d8wxlxpyv2h9wvb0q3f8rvqxlch9kb1n-python3-3.12.11-env/bin/python3.12`: system interpreter required',
  ),
  'venv-first-on-path-rejected': fence(
    'DEBUG uv 0.6.7',
    'DEBUG Ignoring Python interpreter at `/w/.venv/bin/python3`: system interpreter required',
  ),
  'nixos-dynamic-managed-python': `On NixOS:\n${fence('error: Querying Python at `/home/a/.local/share/uv/python/cpython-3.11.11-linux-x86_64-gnu/bin/python3.11` failed with exit status exit status: 127', '', '[stderr]', 'Could not start dynamically linked executable: /home/a/.local/share/uv/python/cpython-3.11.11-linux-x86_64-gnu/bin/python3.11')}`,
  'pyenv-shim-uninstalled-version': fence(
    'DEBUG uv 0.8.0',
    'DEBUG Skipping bad interpreter at /home/u/.pyenv/shims/python3.10 from search path: Querying Python at `/home/u/.pyenv/shims/python3.10` failed with exit status exit status: 127',
  ),
  'windows-store-alias': fence(
    'DEBUG uv 0.8.16',
    'DEBUG Skipping unexecutable interpreter at C:\\Users\\me\\AppData\\Local\\Microsoft\\WindowsApps\\python3.exe from search path: Access is denied. (os error 5)',
  ),
  'conda-base-not-explicit': fence(
    'DEBUG uv 0.5.1',
    'DEBUG Ignoring Python interpreter at `/opt/miniforge3/bin/python3`: system interpreter not explicitly requested',
  ),
  'system-python-not-explicit': fence(
    'DEBUG uv 0.4.10',
    'error: No virtual environment found; run `uv venv` to create an environment, or pass `--system` to install into a non-virtual environment',
  ),
  'externally-managed': `pip refuses to install into the interpreter uv found\n${fence('error: The interpreter at /usr is externally managed, and indicates the following:')}`,
  'variant-mismatch': fence(
    'DEBUG uv 0.9.1',
    'DEBUG Found `cpython-3.13.5+freethreaded-linux-x86_64-gnu` at `/usr/bin/python3.13t` (search path)',
    'DEBUG Skipping interpreter at `/usr/bin/python3.13t` from search path: does not satisfy request `3.13`',
  ),
  'unknown-os-or-libc': fence(
    'error: Failed to query Python interpreter',
    '  Caused by: Could not detect a glibc or a musl libc (while running on Linux)',
  ),
  'python2-unsupported': fence(
    'DEBUG uv 0.4.0',
    'DEBUG Skipping bad interpreter at /usr/bin/python2 from search path: Python executable does not support `-I` flag. Please use Python 3.8 or newer.',
  ),
  'missing-distutils': fence(
    'DEBUG uv 0.6.0',
    "DEBUG Skipping bad interpreter at /usr/bin/python3.9 from search path: Can't use Python at `/usr/bin/python3.9`",
    'Python installation is missing `distutils`, which is required for packaging on older Python versions. Your system may package it separately, e.g., as `python3-distutils` or `python3.9-distutils`.',
  ),
  'preference-only-managed': fence(
    'DEBUG uv 0.8.2',
    'DEBUG Ignoring Python interpreter at `/usr/bin/python3.12`: only managed interpreters allowed',
  ),
  'preference-only-system': fence(
    'DEBUG uv 0.8.2',
    'DEBUG Ignoring Python interpreter at `/home/u/.local/share/uv/python/cpython-3.12.9-linux-x86_64-gnu/bin/python3.12`: only system interpreters allowed',
  ),
  'request-outside-requires-python': `uv sync says it read a version file I do not have\n${fence(
    '$ uv sync',
    "error: The Python request from `.python-version` resolved to Python 3.10.14, which is incompatible with the workspace's Python requirement: `>=3.11`",
  )}`,
  'no-interpreter-on-path': fence(
    'DEBUG uv 0.6.0',
    'error: No interpreter found for Python 3.14 in managed installations or search path',
  ),
};

describe('knowledge base', () => {
  it('has a test case for every built-in rule, and every rule is valid', () => {
    expect(Object.keys(CASES).sort()).toEqual(BUILTIN_RULES.map((r) => r.id).sort());
    for (const rule of BUILTIN_RULES) expect(KnowledgeRule.safeParse(rule).success).toBe(true);
  });

  for (const [id, issue] of Object.entries(CASES)) {
    it(`diagnoses ${id}`, () => {
      const { diagnoses } = triageIssue(issue);
      expect(diagnoses.map((d) => d.id)).toContain(id);
    });
  }

  it('matches conditions on one and the same interpreter', () => {
    // A nix-env that was skipped for its version and a venv rejected as "system interpreter required":
    // neither interpreter satisfies both conditions of the Nix rule.
    const { diagnoses } = triageIssue(
      fence(
        'DEBUG uv 0.6.0',
        'DEBUG Skipping interpreter at `/nix/store/d8wxlxpyv2h9wvb0q3f8rvqxlch9kb1n-python3-3.12.11-env/bin/python3.12` from search path: does not satisfy request `3.13`',
        'DEBUG Ignoring Python interpreter at `/w/.venv/bin/python3`: system interpreter required',
      ),
    );
    expect(diagnoses.map((d) => d.id)).toEqual(['venv-first-on-path-rejected']);
  });

  it('honours version ranges and extra rules from a repository', () => {
    const extra = KnowledgeRule.parse({
      id: 'old-uv-only',
      title: 'Old uv',
      when: { tools: ['uv'], versions: { max: '0.4.99' }, reasonKinds: ['system-required'] },
      explanation: 'x',
      workarounds: [],
      related: ['astral-sh/uv#1'],
    });
    const log = (v: string) =>
      `DEBUG uv ${v}\nDEBUG Ignoring Python interpreter at \`/w/.venv/bin/python3\`: system interpreter required`;
    expect(triageLog(log('0.4.30'), { extraRules: [extra] }).diagnoses.map((d) => d.id)).toContain(
      'old-uv-only',
    );
    expect(
      triageLog(log('0.5.0'), { extraRules: [extra] }).diagnoses.map((d) => d.id),
    ).not.toContain('old-uv-only');
  });
});

describe('decisions', () => {
  it('gives one fingerprint to one cause whatever the store hash, user and versions', () => {
    const issue = (hash: string, user: string, uv: string, py: string) =>
      fence(
        `DEBUG uv ${uv}`,
        `DEBUG Found \`cpython-${py}-linux-x86_64-gnu\` at \`/home/${user}/.nix-profile/bin/python3\` (search path)`,
        `DEBUG Ignoring Python interpreter at \`/nix/store/${hash}-python3-${py}-env/bin/python3.12\`: system interpreter required`,
      );
    const a = triageIssue(issue('y3lw7d6xw2s8nsjggbl8f0zwmd0wrgj2', 'erti', '0.5.31', '3.12.8'))
      .result.fingerprint;
    const b = triageIssue(issue('qdfm0sbv1fbribr90bakk3nizl32jc4s', 'carsten', '0.7.22', '3.12.11'))
      .result.fingerprint;
    const venv = triageIssue(
      fence(
        'DEBUG uv 0.6.7',
        'DEBUG Ignoring Python interpreter at `/w/.venv/bin/python3`: system interpreter required',
      ),
    ).result.fingerprint;
    expect(a).toMatch(/^ig1-[0-9a-f]{16}$/);
    expect(a).toBe(b);
    expect(venv).not.toBe(a);
  });

  it('asks for logs only for discovery issues without a discovery log, with commands for the platform', () => {
    const windows = triageIssue('uv python find does not find my Python 3.12 on Windows 11').result;
    expect(windows).toMatchObject({ discovery: true, needsLogs: true, platform: 'windows' });
    expect(windows.logRequest?.shells.map((s) => s.shell)).toEqual(['powershell', 'cmd']);
    expect(windows.logRequest?.shells[0]?.commands).toContain(
      '$env:RUST_LOG="uv=trace"; uv -v python find 2>&1 | Tee-Object -FilePath uv-discovery.log',
    );
    expect(windows.logRequest?.shells[1]?.commands).toContain(
      'set RUST_LOG=uv=trace&& uv -v python find > uv-discovery.log 2>&1',
    );

    const unknown = triageIssue('`uv venv` cannot find python').result;
    expect(unknown.logRequest?.shells.map((s) => s.shell)).toEqual(['bash', 'powershell', 'cmd']);
    expect(unknown.logRequest?.shells[0]?.commands).toContain(
      'RUST_LOG=uv=trace uv -v venv 2>&1 | tee uv-discovery.log',
    );

    const poetry = triageIssue(
      'poetry env use 3.12 fails to find the interpreter on Ubuntu',
    ).result;
    expect(poetry.logRequest?.shells[0]?.commands).toContain(
      'poetry env use -vvv python3 2>&1 | tee poetry-discovery.log',
    );

    expect(triageIssue('Please add a `--frozen` flag to `uv export`').result).toMatchObject({
      discovery: false,
      needsLogs: false,
      labels: [],
    });
  });

  it('uses configured label names', () => {
    const labels = triageIssue('uv venv cannot find my python on macOS; it worked before 0.5.0')
      .result.labels;
    expect(labels).toEqual([
      'interpreter-discovery',
      'platform:macos',
      'tool:uv',
      'needs-logs',
      'regression',
    ]);
    const custom = triageIssue('uv venv cannot find my python on macOS', {
      labels: {
        discovery: 'A-discovery',
        platformPrefix: 'O-',
        toolPrefix: 'T-',
        needsLogs: 'S-needs-info',
        regression: 'I-regression',
      },
    }).result.labels;
    expect(custom).toEqual(['A-discovery', 'O-macos', 'T-uv', 'S-needs-info']);
  });
});
