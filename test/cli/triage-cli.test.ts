// `interpreter-guard triage`, in process and as the shipped bundle.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { extractIssue } from '../../src/core/triage/extract.js';
import { TriageResult } from '../../src/core/triage/result.js';
import { capturedCli, runDistCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixtures.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/issues/${name}`, import.meta.url));
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('ig-triage-'));
});
afterAll(() => cleanup());

const captured = (stdin = '') =>
  capturedCli({ env: {}, cwd: dir, home: dir, readStdin: () => Promise.resolve(stdin) });

describe('interpreter-guard triage', () => {
  it('prints the comment for an issue file', async () => {
    const c = captured();
    expect(await main(['triage', fixture('nix-uv-venv-withpackages.md')], c.io)).toBe(0);
    expect(c.out()).toContain('<!-- interpreter-guard:triage -->');
    expect(c.out()).toContain(
      'Likely cause: A Nix `python3.withPackages` environment is taken for a virtual environment',
    );
  });

  it('prints the result object with --json, read from standard input', async () => {
    const c = captured('uv venv cannot find my python on NixOS');
    expect(await main(['triage', '--json', '-'], c.io)).toBe(0);
    const result = TriageResult.parse(JSON.parse(c.out()));
    expect(result).toMatchObject({ discovery: true, needsLogs: true, platform: 'nix', tool: 'uv' });
  });

  it('reads a .log file as one raw log, and --markdown overrides that', async () => {
    const log = join(dir, 'uv.log');
    await writeFile(
      log,
      'DEBUG uv 0.5.31\n    DEBUG Ignoring Python interpreter at `/w/.venv/bin/python3`: system interpreter required\n',
    );
    const raw = captured();
    expect(await main(['triage', '--json', log], raw.io)).toBe(0);
    // As a raw log the indented second line is still a record of the log.
    expect(JSON.parse(raw.out())).toMatchObject({ hasLog: true, tool: 'uv' });
    const md = captured();
    expect(await main(['triage', '--json', '--markdown', log], md.io)).toBe(0);
    expect(TriageResult.parse(JSON.parse(md.out())).tool).toBe('uv');
  });

  it('takes the tool from --repo when the text names none, and refuses a malformed one', async () => {
    const text = '# Python 3.12 is not found\n\nIt only sees the system interpreter.';
    const plain = captured(text);
    expect(await main(['triage', '--json', '-'], plain.io)).toBe(0);
    expect(TriageResult.parse(JSON.parse(plain.out())).tool).toBeNull();
    const withRepo = captured(text);
    expect(await main(['triage', '--json', '--repo', 'pypa/hatch', '-'], withRepo.io)).toBe(0);
    expect(TriageResult.parse(JSON.parse(withRepo.out()))).toMatchObject({
      tool: 'hatch',
      discovery: true,
      labels: expect.arrayContaining(['tool:hatch']),
    });
    const bad = captured(text);
    expect(await main(['triage', '--repo', 'not a repo', '-'], bad.io)).toBe(2);
    expect(bad.err()).toContain('--repo must be OWNER/NAME');
  });

  it('reads a thread export: its repository, its title, and not the drive-by comments', async () => {
    const thread = [
      'tox-dev/tox · issue #4242 · open',
      'labels: none',
      '# tox does not find python3.13 from pyenv',
      '',
      '[turn 0 by reporter]',
      'Running it on my laptop.',
      '',
      '[turn 1 by commenter]',
      'Same here on Windows 11 with C:\\Users\\me\\AppData\\Local\\Programs\\Python\\Python313\\python.exe',
      '',
      '[turn 2 by maintainer]',
      'Please run it with -vv.',
    ].join('\n');
    const c = captured(thread);
    expect(await main(['triage', '--json', '-'], c.io)).toBe(0);
    const result = TriageResult.parse(JSON.parse(c.out()));
    expect(result).toMatchObject({ tool: 'tox', discovery: true, needsLogs: true });
    // The commenter's Windows path is not this reporter's platform.
    expect(result.platform).not.toBe('windows');
  });

  it('rejects a missing file, two files, and contradictory flags with exit 2', async () => {
    const missing = captured();
    expect(await main(['triage', join(dir, 'nope.md')], missing.io)).toBe(2);
    expect(missing.err()).toContain('cannot read');
    expect(await main(['triage', 'a', 'b'], captured().io)).toBe(2);
    const both = captured();
    expect(await main(['triage', '--log', '--markdown', '-'], both.io)).toBe(2);
    expect(both.err()).toContain('exclude each other');
  });
});

describe('<details> and <summary> tags nested on one line', () => {
  const log = [
    'DEBUG uv 0.5.31',
    'DEBUG Ignoring Python interpreter at `/nix/store/y3lw7d6xw2s8nsjggbl8f0zwmd0wrgj2-python3-3.12.8-env/bin/python3.12`: system interpreter required',
    'error: No interpreter found for Python 3.12 in search path',
  ];

  it('do not hide the log that follows them on the same line', async () => {
    const body = [
      '# uv does not find my Python on NixOS',
      '',
      `<details><summary>uv -vv output</summary>${log[0]}`,
      `<details open><summary>more</summary> ${log[1]}</details>`,
      `<DETAILS><Summary>end</Summary>${log[2]}</summary></details>`,
    ].join('\n');
    const c = captured(body);
    expect(await main(['triage', '--json', '-'], c.io)).toBe(0);
    expect(TriageResult.parse(JSON.parse(c.out()))).toMatchObject({
      tool: 'uv',
      toolVersion: '0.5.31',
      hasLog: true,
      platform: 'nix',
      finalError: 'No interpreter found for Python 3.12 in search path',
      rejected: [{ reason: 'system interpreter required' }],
    });
    // The summaries are prose, and no tag is left in what was read.
    const extracted = extractIssue(body);
    expect(extracted.prose).toContain('uv -vv output');
    expect(extracted.logText).toBe(`${log[0]}\n ${log[1]}\n${log[2]}`);
  });

  it('keep a lone summary line as prose, as before', () => {
    const extracted = extractIssue(
      '<details>\n<summary>What <code>uv -v</code> prints</summary>\n',
    );
    expect(extracted.prose).toContain('What <code>uv -v</code> prints');
    expect(extracted.blocks).toEqual([]);
  });

  it('are read in linear time, whatever follows them', () => {
    // A line of tags, spaces or closing tags costs what a plain line of the same length costs,
    // give or take: the pattern this replaced took seconds on the spaces.
    const n = 400_000;
    const time = (text: string) => {
      const start = performance.now();
      for (let i = 0; i < 3; i++) extractIssue(text, 2 * n);
      return performance.now() - start;
    };
    const plain = time(`<b>${'a '.repeat(n / 2)}`);
    for (const text of [
      `<details>${' '.repeat(n)}x`,
      '<details>'.repeat(n / 9),
      `<summary>${'</summary> '.repeat(n / 11)}y`,
      `<details${' a'.repeat(n / 2)}`,
    ]) {
      expect(time(text)).toBeLessThan(20 * plain + 50);
    }
  });
});

describe('dist/cli.js triage --json (the contract)', () => {
  it('prints the documented fields', async () => {
    const result = await runDistCli(['triage', '--json', fixture('nix-uv-venv-withpackages.md')], {
      env: { PATH: '/usr/bin:/bin' },
      timeoutMs: 30_000,
    });
    expect(result).toMatchObject({ kind: 'exited', code: 0 });
    if (result.kind !== 'exited') return;
    const out = JSON.parse(result.stdout) as Record<string, unknown>;
    for (const key of [
      'discovery',
      'hasLog',
      'needsLogs',
      'tool',
      'toolVersion',
      'platform',
      'rejected',
      'found',
      'selected',
      'finalError',
      'labels',
      'fingerprint',
      'diagnoses',
    ]) {
      expect(out).toHaveProperty(key);
    }
    expect(out).toMatchObject({
      tool: 'uv',
      toolVersion: '0.5.31',
      platform: 'nix',
      finalError: 'No interpreter found for Python 3.12 in search path',
      rejected: [
        {
          path: '/nix/store/y3lw7d6xw2s8nsjggbl8f0zwmd0wrgj2-python3-3.12.8-env/bin/python3.12',
          reason: 'system interpreter required',
          kind: 'system-required',
        },
      ],
      diagnoses: [{ id: 'nix-env-seen-as-venv', title: expect.any(String) }],
    });
  });
});
