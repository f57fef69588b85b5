// The command line, in process (captured output) and as the shipped bundle (dist/cli.js).
import { mkdir, readFile, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { parseReport } from '../../src/core/inventory/report.js';
import { FixtureManifest } from '../../src/fixtures/manifest.js';
import { capturedCli, runDistCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('ig-cli-'));
});
afterAll(() => cleanup());

const captured = (over: Partial<CliIo> = {}) =>
  capturedCli({
    env: { PATH: '/usr/bin:/bin', HOME: join(dir, 'home') },
    cwd: dir,
    home: join(dir, 'home'),
    ...over,
  });

describe('interpreter-guard (in process)', () => {
  it('prints help and exits 0 for --help, 2 with no command', async () => {
    const c = captured();
    expect(await main(['--help'], c.io)).toBe(0);
    expect(c.out()).toContain('Usage: interpreter-guard <command>');
    expect(await main([], captured().io)).toBe(2);
  });

  it('rejects an unknown command and a bad option with exit 2 and a message', async () => {
    const a = captured();
    expect(await main(['frobnicate'], a.io)).toBe(2);
    expect(a.err()).toContain('unknown command "frobnicate"');
    const b = captured();
    expect(await main(['discover', '--bogus'], b.io)).toBe(2);
    expect(b.err()).toMatch(/discover: .*--bogus/);
    const c = captured();
    expect(await main(['discover', '--providers', 'path,nope'], c.io)).toBe(2);
    expect(c.err()).toContain('unknown value "nope"');
    const d = captured();
    expect(await main(['discover', '--timeout=0'], d.io)).toBe(2);
    expect(d.err()).toContain('--timeout must be a number of seconds from 0.1 to 3600');
  });

  it('shows command help', async () => {
    const c = captured();
    expect(await main(['discover', '--help'], c.io)).toBe(0);
    expect(c.out()).toContain('--no-cache');
  });

  it('prints a valid JSON report and writes it with --out', async () => {
    const c = captured();
    const out = join(dir, 'reports', 'leg.json');
    expect(
      await main(['discover', '--json', '--no-cache', '--out', out, '--leg', 'linux-x64'], c.io),
    ).toBe(0);
    const printed = parseReport(JSON.parse(c.out()));
    expect(printed.ok).toBe(true);
    if (!printed.ok) return;
    expect(printed.report.runner).toMatchObject({ os: 'linux', leg: 'linux-x64' });
    expect(
      printed.report.interpreters.some((e) => e.path === '/usr/bin/python3' && e.kind === 'system'),
    ).toBe(true);
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(JSON.parse(c.out()));
  });

  it('exits 1 with a message when the report cannot be written', async () => {
    await writeFile(join(dir, 'a-file'), '');
    const c = captured();
    expect(
      await main(['discover', '--no-cache', '--out', join(dir, 'a-file', 'x.json')], c.io),
    ).toBe(1);
    expect(c.err()).toContain('cannot write the report');
  });

  it('prints a readable table with a summary, and progress only on a terminal', async () => {
    const quiet = captured();
    expect(await main(['discover', '--no-cache'], quiet.io)).toBe(0);
    expect(quiet.out()).toMatch(/^PATH +KIND +IMPL +VERSION/);
    expect(quiet.out()).toMatch(/\d+ paths, \d+ distinct interpreters, \d+ could not be queried/);
    expect(quiet.err()).toBe('');
    const tty = captured({ interactive: true });
    expect(await main(['discover', '--no-cache'], tty.io)).toBe(0);
    expect(tty.err()).toMatch(/querying interpreters: \d+\/\d+/);
  });

  it('neutralises control characters in paths it prints', async () => {
    const bin = join(dir, 'evil\u001b[31mbin');
    await mkdir(bin, { recursive: true });
    await writeFile(join(bin, 'python3'), '#!/bin/sh\nexit 3\n');
    await chmod(join(bin, 'python3'), 0o755);
    const c = captured({ env: { PATH: bin, HOME: join(dir, 'home') } });
    expect(await main(['discover', '--no-cache', '--providers', 'path'], c.io)).toBe(0);
    expect(c.out()).not.toContain('\u001b');
    expect(c.out()).toContain('evil?[31mbin');
  });

  it('builds fixtures and prints their manifest', async () => {
    const c = captured();
    expect(
      await main(
        ['fixtures', '--dir', join(dir, 'fx'), '--kinds', 'broken,symlink-loop', '--json'],
        c.io,
      ),
    ).toBe(0);
    const manifest = FixtureManifest.parse(JSON.parse(c.out()));
    expect(Object.keys(manifest.paths).sort()).toEqual(['broken', 'symlink-loop']);
    expect(c.err()).toContain('building broken');
    const missing = captured();
    expect(await main(['fixtures'], missing.io)).toBe(2);
    expect(missing.err()).toContain('--dir DIR is required');
  });
});

describe('dist/cli.js (the shipped bundle)', () => {
  it('honours the discover --json contract', async () => {
    const result = await runDistCli(['discover', '--json', '--no-cache'], {
      env: { PATH: '/usr/bin:/bin', HOME: join(dir, 'home') },
      timeoutMs: 60_000,
    });
    expect(result).toMatchObject({ kind: 'exited', code: 0 });
    if (result.kind !== 'exited') return;
    const report = JSON.parse(result.stdout) as Record<string, unknown> & {
      interpreters: Record<string, unknown>[];
    };
    expect(report.schema).toBe('interpreter-guard/report@1');
    expect(report.runner).toMatchObject({ os: 'linux', arch: expect.any(String) });
    const entry = report.interpreters.find((e) => e.path === '/usr/bin/python3');
    for (const key of [
      'id',
      'path',
      'realpath',
      'kind',
      'why',
      'implementation',
      'version',
      'prefix',
      'basePrefix',
      'executable',
      'externallyManaged',
      'freeThreaded',
      'debug',
      'providers',
      'error',
    ]) {
      expect(entry).toHaveProperty(key);
    }
    expect(entry).toMatchObject({ kind: 'system', externallyManaged: true, error: null });
  });
});
