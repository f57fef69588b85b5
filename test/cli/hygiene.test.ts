// The command line under faults: children that outlive their parent, a cache or HOME that cannot
// be written, options out of range, endless or oversized input, output that cannot be written.
// Real processes, real files, real /dev/zero and /dev/full; the CLI is bundled from src/ first so
// that what runs is this checkout, not the committed dist/.
import { spawn } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { parseReport } from '../../src/core/inventory/report.js';
import { capturedCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixtures.js';
import { SYSTEM_PATH, systemPython } from '../helpers/machine.js';
import { endAll, isRunning, waitGone } from '../helpers/processes.js';

const issue = fileURLToPath(
  new URL('../fixtures/issues/nix-uv-venv-withpackages.md', import.meta.url),
);
let dir: string;
let cleanup: () => Promise<void>;
let cli: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('ig-hygiene-'));
  await build({
    entryPoints: { cli: fileURLToPath(new URL('../../src/cli/index.ts', import.meta.url)) },
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outdir: join(dir, 'bundle'),
    banner: {
      js: "import { createRequire as __igCreateRequire } from 'node:module';\nconst require = __igCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  cli = join(dir, 'bundle', 'cli.js');
});
afterAll(() => cleanup());

const captured = (over: Partial<CliIo> = {}) =>
  capturedCli({
    env: { PATH: SYSTEM_PATH, HOME: join(dir, 'home') },
    cwd: dir,
    home: join(dir, 'home'),
    ...over,
  });

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the bundled CLI as its own process; `stdio` 0 and 1 may be file descriptors. */
function runCli(
  args: string[],
  o: {
    stdin?: number | 'ignore';
    stdout?: number | 'pipe';
    closeStdout?: boolean;
    env?: NodeJS.ProcessEnv;
    shell?: string;
  } = {},
): Promise<Ran> {
  const started = Date.now();
  const child = o.shell
    ? spawn('/bin/bash', ['-c', o.shell, 'bash', process.execPath, cli], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: o.env ?? { PATH: SYSTEM_PATH },
      })
    : spawn(process.execPath, [cli, ...args], {
        stdio: [o.stdin ?? 'ignore', o.stdout ?? 'pipe', 'pipe'],
        env: o.env ?? { PATH: SYSTEM_PATH, HOME: join(dir, 'home') },
        cwd: dir,
      });
  // A reader that has gone away before anything is written: the next write gets EPIPE.
  if (o.closeStdout) child.stdout?.destroy();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  if (!o.closeStdout) child.stdout?.on('data', (c: Buffer) => out.push(c));
  child.stderr?.on('data', (c: Buffer) => err.push(c));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
        ms: Date.now() - started,
      }),
    );
  });
}

/** One line on stderr, and no stack trace in it. */
function expectOneLine(stderr: string): void {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('process hygiene: discover leaves no process behind', () => {
  it('ends the background children of an interpreter and of an exec: tool (checked by PID)', async () => {
    const python = systemPython();
    const pids = join(dir, 'pids');
    const bin = join(dir, 'forking-bin');
    await mkdir(bin, { recursive: true });
    // An interpreter wrapper that leaves two children: one keeps the output pipe open (that
    // turned its query into a full-length timeout), one does not.
    await writeFile(
      join(bin, 'python3'),
      `#!/bin/sh
sleep 200 & echo $! >> '${pids}'
sleep 200 </dev/null >/dev/null 2>&1 & echo $! >> '${pids}'
exec '${python.path}' "$@"
`,
    );
    // An exec: tool that selects the wrapper and leaves a child holding its output open.
    await writeFile(
      join(bin, 'forking-tool'),
      `#!/bin/sh
sleep 200 & echo $! >> '${pids}'
echo '{"path": "${join(bin, 'python3')}", "verdict": "selected", "reason": null}'
`,
    );
    await chmod(join(bin, 'python3'), 0o755);
    await chmod(join(bin, 'forking-tool'), 0o755);

    const c = captured({ env: { PATH: bin, HOME: join(dir, 'home') } });
    const started = Date.now();
    let all: number[] = [];
    try {
      const code = await main(
        [
          'discover',
          '--json',
          '--no-cache',
          '--providers',
          'path',
          '--timeout',
          '30',
          '--tool',
          `exec:${join(bin, 'forking-tool')} {request}`,
          '--request',
          'default',
          '--tool-timeout',
          '30',
        ],
        c.io,
      );
      const elapsed = Date.now() - started;
      all = (await readFile(pids, 'utf8')).trim().split('\n').map(Number);
      const left = await waitGone(all);
      expect(code).toBe(0);
      // Two children of the probe, one of each tool run (the tool may run more than once).
      expect(all.length).toBeGreaterThanOrEqual(3);
      expect(left).toEqual([]);
      // Neither the query nor the tool run waited for its timeout.
      expect(elapsed).toBeLessThan(20_000);
      const parsed = parseReport(JSON.parse(c.out()));
      if (!parsed.ok) throw new Error(parsed.error);
      const entry = parsed.report.interpreters.find((e) => e.path === join(bin, 'python3'));
      expect(entry).toMatchObject({ error: null, version: python.version });
      expect(parsed.report.tools?.[0]?.scenarios[0]).toMatchObject({
        exitCode: 0,
        outcome: { selected: join(bin, 'python3') },
      });
    } finally {
      endAll(all.filter(isRunning));
    }
  });
});

describe('a cache or HOME that cannot be written is a warning', () => {
  it('prints and writes the report, exit 0, a warning on stderr, no temporary file left', async () => {
    // The cache file's place is taken by a directory: it can be neither read nor replaced, and
    // the temporary file written beside it must not stay behind.
    const cacheDir = join(dir, 'cache-taken');
    await mkdir(join(cacheDir, 'probe-cache-v1.json'), { recursive: true });
    const out = join(dir, 'reports', 'taken.json');
    const c = captured();
    expect(
      await main(
        ['discover', '--json', '--providers', 'path', '--cache-dir', cacheDir, '--out', out],
        c.io,
      ),
    ).toBe(0);
    const printed = parseReport(JSON.parse(c.out()));
    expect(printed.ok).toBe(true);
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(JSON.parse(c.out()));
    expect(c.err()).toContain('warning: cannot read the probe cache');
    expect(c.err()).toContain('warning: cannot write the probe cache');
    expect(await readdir(cacheDir)).toEqual(['probe-cache-v1.json']);
  });

  it('does the same as a real process whose HOME cannot hold a cache', async () => {
    // HOME=/dev/null: the default cache directory, /dev/null/.cache/…, cannot be made (as any
    // user, root included).
    const out = join(dir, 'reports', 'no-home.json');
    const ran = await runCli(['discover', '--json', '--providers', 'path', '--out', out], {
      env: { PATH: SYSTEM_PATH, HOME: '/dev/null' },
    });
    expect(ran.code).toBe(0);
    expect(parseReport(JSON.parse(ran.stdout)).ok).toBe(true);
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(JSON.parse(ran.stdout));
    expect(ran.stderr).toMatch(
      /warning: cannot write the probe cache \/dev\/null\/\.cache\/.*ENOTDIR/,
    );
    expectOneLine(ran.stderr);
  });

  it('warns about a corrupt cache file and replaces it', async () => {
    const cacheDir = join(dir, 'cache-corrupt');
    await mkdir(cacheDir, { recursive: true });
    await writeFile(join(cacheDir, 'probe-cache-v1.json'), '{"entries": {');
    const c = captured();
    expect(await main(['discover', '--providers', 'path', '--cache-dir', cacheDir], c.io)).toBe(0);
    expect(c.err()).toContain('is not valid JSON');
    const saved = JSON.parse(await readFile(join(cacheDir, 'probe-cache-v1.json'), 'utf8')) as {
      entries: Record<string, unknown>;
    };
    expect(Object.keys(saved.entries).length).toBeGreaterThan(0);
    expect(await readdir(cacheDir)).toEqual(['probe-cache-v1.json']);
  });
});

describe('numeric options are range-checked, naming the option (exit 2)', () => {
  it.each([
    [['--timeout', '3000000'], '--timeout must be a number of seconds from 0.1 to 3600'],
    [['--timeout', '0.0001'], '--timeout must be a number of seconds from 0.1 to 3600'],
    [['--timeout=0'], '--timeout'],
    [['--timeout', '1e3'], '--timeout'],
    [['--timeout', ''], '--timeout'],
    [['--tool-timeout', '0'], '--tool-timeout must be a number of seconds from 0.1 to 3600'],
    [['--tool-timeout', '3601'], '--tool-timeout'],
    [['--concurrency', '0'], '--concurrency must be a whole number from 1 to 1024'],
    [['--concurrency', '1.5'], '--concurrency'],
    [['--concurrency', '100000'], '--concurrency'],
  ])('%j', async (args, message) => {
    const c = captured();
    expect(await main(['discover', '--no-cache', ...args], c.io)).toBe(2);
    expect(c.err()).toContain(message);
    expect(c.out()).toBe('');
  });

  it('accepts the bounds themselves', async () => {
    const c = captured();
    expect(
      await main(
        [
          'discover',
          '--no-cache',
          '--providers',
          'path',
          '--timeout',
          '3600',
          '--concurrency',
          '1',
        ],
        c.io,
      ),
    ).toBe(0);
  });
});

describe('every input goes through the same 25 MB cap (exit 2)', () => {
  it('refuses triage /dev/zero within a second', async () => {
    const ran = await runCli(['triage', '/dev/zero']);
    expect(ran.code).toBe(2);
    expect(ran.ms).toBeLessThan(1000);
    expect(ran.stderr).toContain('/dev/zero is over the input limit of 25 MB');
    expectOneLine(ran.stderr);
  });

  it('refuses triage < /dev/zero within a second', async () => {
    const { openSync, closeSync } = await import('node:fs');
    const zero = openSync('/dev/zero', 'r');
    try {
      const ran = await runCli(['triage'], { stdin: zero });
      expect(ran.code).toBe(2);
      expect(ran.ms).toBeLessThan(1000);
      expect(ran.stderr).toContain('standard input is over the input limit of 25 MB');
      expectOneLine(ran.stderr);
    } finally {
      closeSync(zero);
    }
  });

  it('caps a pipe given as FILE (triage <(…)) and a pipe on standard input', async () => {
    const substituted = await runCli([], {
      shell: '"$1" "$2" triage <(head -c 30000000 /dev/zero | tr "\\0" a)',
    });
    expect(substituted.code).toBe(2);
    expect(substituted.stderr).toMatch(/\/dev\/fd\/\d+ is over the input limit/);
    expectOneLine(substituted.stderr);
    const piped = await runCli([], { shell: 'head -c 30000000 /dev/zero | "$1" "$2" triage -' });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain('standard input is over the input limit');
    // Under the cap a pipe is read whole and triaged.
    const small = await runCli([], { shell: `"$1" "$2" triage --json <(cat '${issue}')` });
    expect(small.code).toBe(0);
    expect(JSON.parse(small.stdout)).toMatchObject({ tool: 'uv', platform: 'nix' });
  });

  it('gives exit 2 for an oversized regular file, a directory and a missing file alike', async () => {
    const big = join(dir, 'big.md');
    await writeFile(big, Buffer.alloc(25 * 1024 * 1024 + 1, 'a'));
    for (const [input, message] of [
      [big, 'is over the input limit'],
      [dir, 'EISDIR'],
      [join(dir, 'missing.md'), 'ENOENT'],
    ] as const) {
      const c = captured();
      expect(await main(['triage', input], c.io)).toBe(2);
      expect(c.err()).toContain(message);
    }
  });
});

describe('output that cannot be written ends the command with one line (exit 1)', () => {
  it('ENOSPC: standard output is /dev/full', async () => {
    const { openSync, closeSync } = await import('node:fs');
    const full = openSync('/dev/full', 'w');
    try {
      const ran = await runCli(['triage', issue], { stdout: full });
      expect(ran.code).toBe(1);
      expect(ran.stderr).toBe(
        'interpreter-guard: cannot write to standard output: no space left on the device (ENOSPC)\n',
      );
    } finally {
      closeSync(full);
    }
  });

  it('EPIPE: the reader of standard output has gone away', async () => {
    const ran = await runCli(['triage', issue], { closeStdout: true });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe(
      'interpreter-guard: cannot write to standard output: the reader closed it (EPIPE)\n',
    );
  });

  it('a report that cannot be written (--out on /dev/full) is exit 1 with one line', async () => {
    const ran = await runCli([
      'discover',
      '--no-cache',
      '--providers',
      'path',
      '--out',
      '/dev/full',
    ]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('cannot write the report to /dev/full');
    expectOneLine(ran.stderr);
  });
});
