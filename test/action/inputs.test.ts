// Inputs first: every input is checked before any work, and an error names the input (never a CLI
// flag). action.yml and the schema declare the same inputs with the same defaults.
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  INPUT_DEFAULTS,
  INPUT_NAMES,
  parseInputs,
  type RawInputs,
} from '../../src/action/inputs.js';
import { policyTool, runAction } from './fake-io.js';

const raw = (over: Partial<RawInputs>): RawInputs =>
  ({ ...Object.fromEntries(INPUT_NAMES.map((n) => [n, ''])), ...over }) as RawInputs;
const leg = { tool: 'uv', 'baseline-tool': 'uv@0.4.30' };

describe('parseInputs', () => {
  it('reads every input into the typed shape, defaults for the empty ones', () => {
    expect(
      parseInputs(
        raw({
          ...leg,
          requests: '3.12, >=3.9\ncpython@3.11',
          'python-preference': 'only-system',
          fixtures: 'venv,nix',
          'expected-legs': 'linux, macos',
          baseline: 'file:base/report.json',
        }),
      ),
    ).toEqual({
      mode: 'all',
      tool: 'uv',
      'baseline-tool': 'uv@0.4.30',
      requests: ['3.12', '>=3.9', 'cpython@3.11'],
      'python-preference': 'only-system',
      fixtures: ['venv', 'nix'],
      baseline: { kind: 'file', path: 'base/report.json' },
      'fail-on': 'regression',
      'warn-on': 'any-change',
      comment: 'on-change',
      'check-run': 'auto',
      'github-token': '',
      leg: null,
      'expected-legs': ['linux', 'macos'],
      waivers: null,
      'reports-dir': null,
      'report-name': 'interpreter-guard',
      bisect: 'off',
      'bisect-max-probes': 8,
    });
    expect(
      parseInputs(raw({ ...leg, bisect: 'on-regression', 'bisect-max-probes': ' 3 ' })),
    ).toMatchObject({ bisect: 'on-regression', 'bisect-max-probes': 3 });
  });

  it.each([
    [
      { 'python-preference': 'sometimes' },
      'input "python-preference": expected one of "only-managed", "managed", "system", "only-system" (got "sometimes")',
    ],
    [
      { requests: '3.12, three' },
      'input "requests": "three" is not a request this tool understands',
    ],
    [{ tool: 'uvx' }, 'input "tool": unknown tool "uvx"'],
    [
      { 'baseline-tool': 'exec:mytool' },
      'input "baseline-tool": exec:mytool: the command must contain {request}',
    ],
    [{ fixtures: 'venv, docker' }, 'input "fixtures": unknown kind "docker" (expected venv, nix,'],
    [
      { 'fail-on': 'sometimes' },
      'input "fail-on": expected one of "regression", "disagreement", "any-change", "never"',
    ],
    [{ 'check-run': 'yes' }, 'input "check-run": expected one of "auto", "off"'],
    [{ leg: 'linux x64' }, 'input "leg": may hold letters, digits'],
    [{ 'expected-legs': 'linux, mac os' }, 'input "expected-legs": "mac os" may hold letters'],
    [{ bisect: 'always' }, 'input "bisect": expected one of "off", "on-regression"'],
    [
      { 'bisect-max-probes': '0' },
      'input "bisect-max-probes": must be a whole number from 1 to 64',
    ],
    [{ 'bisect-max-probes': 'eight' }, 'input "bisect-max-probes": must be a whole number from 1'],
    [
      { 'bisect-max-probes': '65' },
      'input "bisect-max-probes": must be a whole number from 1 to 64',
    ],
    [{ tool: '' }, 'input "tool": is required when mode is all'],
    [{ 'baseline-tool': '' }, 'input "baseline": is "tool" but no "baseline-tool" was given'],
  ])('%j → %s', (over, message) => {
    expect(() => parseInputs(raw({ ...leg, ...over }))).toThrow(message);
    try {
      parseInputs(raw({ ...leg, ...over }));
    } catch (error) {
      expect((error as Error).message).not.toMatch(/--[a-z]/);
    }
  });

  it('never echoes the token', () => {
    expect(() => parseInputs(raw({ ...leg, 'github-token': 'ghs_secret', mode: 'x' }))).toThrow(
      'input "mode"',
    );
  });
});

describe('the Action with a bad input', () => {
  it('fails naming the input before any work: no phase starts', async () => {
    const io = await runAction(
      {
        mode: 'all',
        tool: `exec:python3 ${policyTool} {request}`,
        'baseline-tool': `exec:python3 ${policyTool} --lenient {request}`,
        'python-preference': 'bogus',
      },
      { PATH: '/usr/bin:/bin' },
    );
    expect(io.failures).toEqual([
      'input "python-preference": expected one of "only-managed", "managed", "system", "only-system" (got "bogus")',
    ]);
    expect(io.groups).toEqual([]);
    expect(io.log).toEqual([`fail: ${io.failures[0]}`]);
  });

  it('a waivers file that cannot be read fails before the inventory too', async () => {
    const io = await runAction(
      { ...leg, waivers: '/nonexistent/waivers.yml' },
      { PATH: '/usr/bin:/bin' },
    );
    expect(io.failures).toEqual([
      expect.stringMatching(
        /^input "waivers": waivers file \/nonexistent\/waivers\.yml cannot be read: /,
      ),
    ]);
    expect(io.groups).toEqual([]);
  });
});

describe('action.yml', () => {
  it('declares exactly the inputs the schema reads, with the same defaults', async () => {
    const yml = parseYaml(await readFile(new URL('../../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    expect(Object.keys(yml.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const name of INPUT_NAMES) {
      const declared = yml.inputs[name]?.default ?? '';
      const expected =
        name === 'github-token'
          ? '${{ github.token }}'
          : ((INPUT_DEFAULTS as Partial<RawInputs>)[name] ?? '');
      expect([name, declared]).toEqual([name, expected]);
    }
  });
});
