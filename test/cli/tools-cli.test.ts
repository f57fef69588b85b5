// `discover --tool`: the contract of the shipped bundle, and option errors.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseReport } from '../../src/core/inventory/report.js';
import { capturedCli, runDistCli } from '../helpers/cli.js';
import { SYSTEM_PATH, lacking, systemPython, systemTool } from '../helpers/machine.js';

const toolsDir = fileURLToPath(new URL('../fixtures/tools/', import.meta.url));
// The CLI runs with the distribution's PATH: its python3 is the one selected, at its own version.
const system = systemPython();
const virtualenv = systemTool('virtualenv');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function discover(args: string[]) {
  const result = await runDistCli(['discover', '--json', '--no-cache', ...args], {
    env: { PATH: SYSTEM_PATH, HOME: join(toolsDir, 'no-home') },
    cwd: toolsDir,
    timeoutMs: 300_000,
  });
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
      system.minor,
    ]);
    expect(report.tools?.map((t) => [t.name, t.role])).toEqual([
      ['exec', 'current'],
      ['exec', 'baseline'],
    ]);
    const scenario = report.tools?.[0]?.scenarios[0];
    expect(scenario).toMatchObject({
      id: `exec:run:${system.minor}`,
      request: system.minor,
      outcome: { selected: system.path, error: null },
    });
    expect(scenario?.decisions.find((d) => d.path === system.path)).toMatchObject({
      verdict: 'selected',
      reason: null,
    });
    expect(
      scenario?.decisions.every((d) => typeof d.path === 'string' && typeof d.verdict === 'string'),
    ).toBe(true);
  });

  it.skipIf(!virtualenv)(
    `records virtualenv by name with its version and the selected interpreter${lacking(virtualenv ? null : `virtualenv in ${SYSTEM_PATH}`)}`,
    async () => {
      const report = await discover(['--tool', 'virtualenv', '--request', system.minor]);
      const tool = report.tools?.[0];
      expect(tool).toMatchObject({
        name: 'virtualenv',
        role: 'current',
        version: expect.stringMatching(/^\d+\.\d+/),
      });
      expect(tool?.scenarios[0]?.outcome.selected).toMatch(
        new RegExp(`python(3|${escape(system.minor)})$`),
      );
    },
  );
});

describe('discover --tool option errors', () => {
  const io = () => capturedCli({ env: { PATH: SYSTEM_PATH }, cwd: toolsDir, user: 'u' });

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
