// `discover --tool`: the contract of the shipped bundle, and option errors.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { parseReport } from '../../src/core/inventory/report.js';
import { runProcess } from '../../src/discovery/process-runner.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const toolsDir = fileURLToPath(new URL('../fixtures/tools/', import.meta.url));

async function discover(args: string[]) {
  const result = await runProcess(
    process.execPath,
    [cli, 'discover', '--json', '--no-cache', ...args],
    {
      env: { PATH: '/usr/bin:/bin', HOME: join(toolsDir, 'no-home') },
      cwd: toolsDir,
      timeoutMs: 300_000,
    },
  );
  expect(result).toMatchObject({ kind: 'exited', code: 0 });
  if (result.kind !== 'exited') throw new Error('did not run');
  const parsed = parseReport(JSON.parse(result.stdout));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.report;
}

describe('dist/cli.js discover --tool (the contract)', () => {
  it('records current and baseline exec tools with decisions as the program printed them', async () => {
    const report = await discover([
      '--tool',
      'exec:python3 policy-tool.py {request}',
      '--baseline-tool',
      'exec:python3 policy-tool.py --lenient {request}',
      '--request',
      '3.11',
    ]);
    expect(report.tools?.map((t) => [t.name, t.role])).toEqual([
      ['exec', 'current'],
      ['exec', 'baseline'],
    ]);
    const scenario = report.tools?.[0]?.scenarios[0];
    expect(scenario).toMatchObject({
      id: 'exec:run:3.11',
      request: '3.11',
      outcome: { selected: '/usr/bin/python3', error: null },
    });
    expect(scenario?.decisions.find((d) => d.path === '/usr/bin/python3')).toMatchObject({
      verdict: 'selected',
      reason: null,
    });
    expect(
      scenario?.decisions.every((d) => typeof d.path === 'string' && typeof d.verdict === 'string'),
    ).toBe(true);
  });

  it('records virtualenv by name with its version and the selected interpreter', async () => {
    const report = await discover(['--tool', 'virtualenv', '--request', '3.11']);
    const tool = report.tools?.[0];
    expect(tool).toMatchObject({
      name: 'virtualenv',
      role: 'current',
      version: expect.stringMatching(/^\d+\.\d+/),
    });
    expect(tool?.scenarios[0]?.outcome.selected).toMatch(/python3(\.11)?$/);
  });
});

describe('discover --tool option errors', () => {
  const io = (): { io: CliIo; err: () => string } => {
    const err: string[] = [];
    return {
      io: {
        stdout: () => undefined,
        stderr: (t) => err.push(t),
        interactive: false,
        env: { PATH: '/usr/bin:/bin' },
        cwd: toolsDir,
        platform: 'linux',
        home: toolsDir,
        user: 'u',
        cpus: 2,
        readStdin: () => Promise.resolve(''),
      },
      err: () => err.join(''),
    };
  };

  it.each([
    [['--tool', 'hatch'], 'unknown tool "hatch"'],
    [['--tool', 'exec:python3 x.py'], 'must contain {request}'],
    [['--tool', 'uv', '--request', 'banana'], '"banana"'],
    [['--request', '3.12'], 'need --tool'],
    [['--tool', 'uv', '--python-preference', 'sometimes'], '--python-preference must be one of'],
  ])('%j is a usage error', async (args, message) => {
    const c = io();
    expect(await main(['discover', '--no-cache', '--providers', 'path', ...args], c.io)).toBe(2);
    expect(c.err()).toContain(message);
  });

  it('says so, and exits 1, when the tool is not installed', async () => {
    const c = io();
    expect(
      await main(['discover', '--no-cache', '--providers', 'path', '--tool', 'uv'], c.io),
    ).toBe(1);
    expect(c.err()).toContain('uv is not on PATH; install it or pass --tool uv=/path/to/uv');
  });
});
