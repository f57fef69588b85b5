// Benchmarks, printed as medians and ratios measured in this one run (never asserted anywhere):
// - discover: cold (--no-cache) and warm (cache primed) against `findpython --all`, same PATH;
// - triage: a 64 KB issue, a 25 MB log and 1 MB adversarial lines, in process, each against a
//   plain line split of the same text;
// - tools: the scenario runner's own time against the time spent inside the tool it runs
//   (Debian's virtualenv over this machine's PATH).
// `npm run bench -- discover|triage|tools` runs one of them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { benchApp } from './bench-app.mjs';

const only = process.argv[2];
const SECTIONS = ['discover', 'triage', 'tools', 'app'];
if (only && !SECTIONS.includes(only)) {
  console.error(`usage: npm run bench [-- ${SECTIONS.join('|')}]`);
  process.exit(2);
}
const lib = only === 'discover' ? null : await loadLibrary();
if (!only || only === 'discover') benchDiscover();
if (!only || only === 'triage') benchTriage(lib);
if (!only || only === 'tools') await benchTools(lib);
if (!only || only === 'app') await benchApp(lib);

async function loadLibrary() {
  const bundle = await build({
    entryPoints: ['scripts/bench-entry.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  return import(
    `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
  );
}

async function benchTools({
  takeInventory,
  ProbeCache,
  osFromPlatform,
  runProcess,
  runTool,
  virtualenvAdapter,
  createSandbox,
}) {
  if (spawnSync('/usr/bin/virtualenv', ['--version']).error) {
    console.error(
      'virtualenv is not installed (Debian: apt-get install python3-virtualenv); skipping the tool-run benchmark.',
    );
    return;
  }
  const os = osFromPlatform(process.platform);
  const ctx = {
    os,
    env: process.env,
    home: process.env.HOME ?? tmpdir(),
    cwd: process.cwd(),
    user: 'bench',
    runner: runProcess,
    commandTimeoutMs: 10_000,
  };
  const { interpreters, locations } = await takeInventory(ctx, {
    cache: ProbeCache.disabled(),
    timeoutMs: 10_000,
    concurrency: 2,
    providers: ['path'],
  });
  const sandbox = await createSandbox({
    os,
    inventory: interpreters,
    callerEnv: process.env,
    uvPythonDir: locations.managedDirs[0]?.dir ?? '',
  });
  // Time spent inside the tool's processes, summed over every process the runner starts.
  let inTool = 0;
  const timed = async (file, args, options) => {
    const start = performance.now();
    try {
      return await runProcess(file, args, options);
    } finally {
      inTool += performance.now() - start;
    }
  };
  const requests = [
    { kind: 'default' },
    { kind: 'version', version: '3.11' },
    { kind: 'version', version: '3.99' },
    { kind: 'name', name: 'python' },
  ];
  try {
    const start = performance.now();
    const run = await runTool({
      adapter: virtualenvAdapter,
      program: '/usr/bin/virtualenv',
      role: 'current',
      spec: 'virtualenv',
      inventory: interpreters,
      requests,
      sandbox,
      runner: timed,
      timeoutMs: 120_000,
    });
    const wall = performance.now() - start;
    const overhead = wall - inTool;
    console.log(
      `tools (virtualenv, ${run.scenarios.length} scenarios over ${interpreters.length} interpreter paths)`,
    );
    console.log(`time inside virtualenv              ${inTool.toFixed(0).padStart(7)} ms`);
    console.log(
      `runner overhead (sandbox, parsing, decisions) ${overhead.toFixed(0).padStart(5)} ms   ${((100 * overhead) / inTool).toFixed(1)}% of the tool's time   (goal: <= 10%)`,
    );
  } finally {
    await sandbox.dispose();
  }
}

function median(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)];
}

function benchDiscover() {
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  if (spawnSync('findpython', ['--version']).error) {
    console.error(
      'findpython is not installed (Debian: apt-get install python3-findpython); it is the baseline.',
    );
    process.exit(1);
  }
  const run = (label, file, args) => {
    let output = '';
    const ms = median(() => {
      const result = spawnSync(file, args, {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: 120_000,
      });
      if (result.error || result.status !== 0) {
        console.error(
          `${label}: ${result.error?.message ?? `exit ${result.status}: ${result.stderr.trim()}`}`,
        );
        process.exit(1);
      }
      output = result.stdout;
      process.stderr.write('.');
    }, runs);
    return { ms, output };
  };

  const cacheDir = mkdtempSync(join(tmpdir(), 'ig-bench-'));
  try {
    const baseline = run('findpython --all', 'findpython', ['--all']);
    const cold = run('discover --no-cache', process.execPath, [
      cli,
      'discover',
      '--json',
      '--no-cache',
    ]);
    run('prime cache', process.execPath, [cli, 'discover', '--json', '--cache-dir', cacheDir]);
    const warm = run('discover (warm)', process.execPath, [
      cli,
      'discover',
      '--json',
      '--cache-dir',
      cacheDir,
    ]);
    process.stderr.write('\n');
    const found = JSON.parse(warm.output).interpreters.length;
    const baselineFound = baseline.output.split('\n').filter((l) => / @ /.test(l)).length;
    const ms = (v) => `${v.toFixed(0).padStart(6)} ms`;
    console.log(
      `discover (${runs} runs each, medians; interpreter paths found: interpreter-guard ${found}, findpython ${baselineFound})`,
    );
    console.log(`findpython --all             ${ms(baseline.ms)}   1.000x`);
    console.log(
      `discover --no-cache (cold)   ${ms(cold.ms)}   ${(cold.ms / baseline.ms).toFixed(3)}x   (goal <= 0.25x)`,
    );
    console.log(
      `discover (warm cache)        ${ms(warm.ms)}   ${(warm.ms / baseline.ms).toFixed(3)}x   (goal <= 0.05x)`,
    );
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

function benchTriage({ triageIssue, triageLog }) {
  // A 64 KB issue body: the fixture issues (every tool, platform and log shape) back to back.
  const dir = new URL('../test/fixtures/issues/', import.meta.url);
  const issues = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
  let body = '';
  for (let i = 0; body.length < 64 * 1024; i++) body += `${issues[i % issues.length]}\n\n`;
  body = body.slice(0, 64 * 1024);

  for (let i = 0; i < 300; i++) triageIssue(body);
  const row = (label, ms, split, goal) =>
    console.log(
      `${label.padEnd(36)} ${ms.toFixed(3).padStart(9)} ms  ${(ms / split).toFixed(1).padStart(7)}x a line split   (goal: ${goal})`,
    );
  console.log('triage (in process, medians)');
  row(
    '64 KB issue body',
    median(() => triageIssue(body), 500),
    median(() => body.split('\n'), 500),
    '<= 2 ms',
  );
  // A 25 MB `uv -vv` log: mostly TRACE noise, discovery records throughout, the error at the end.
  // Built only now, so that making it does not load the garbage collector during the timing above.
  const chunk = [
    'TRACE Checking `PATH` directory for interpreters: /usr/local/sbin',
    'TRACE Found possible Python executable: /usr/bin/python3',
    'TRACE Querying interpreter executable at /usr/bin/python3.11',
    'DEBUG Found `cpython-3.11.2-linux-x86_64-gnu` at `/usr/bin/python3.11` (search path)',
    'DEBUG Skipping interpreter at `/usr/bin/python3.11` from search path: does not satisfy request `3.12`',
    'TRACE selecting candidate for package anyio==4.6.0',
    '    0.02s TRACE reqwest::connect starting new connection: https://pypi.org/',
  ].join('\n');
  let log = '';
  while (log.length < 25 * 1024 * 1024) log += `${chunk}\n`;
  log += 'error: No interpreter found for Python 3.12 in managed installations or search path\n';

  row(
    '25 MB log',
    median(() => triageLog(log), 7),
    median(() => log.split('\n'), 7),
    '<= 250 ms',
  );
  const adversarial = {
    'Found `': 'Found `'.repeat(150_000),
    backticks: '`'.repeat(1_000_000),
    'DEBUG Ignoring …`': `DEBUG ${'Ignoring Python interpreter at `'.repeat(30_000)}`,
  };
  for (const [name, line] of Object.entries(adversarial)) {
    row(
      `1 MB adversarial line (${name})`,
      median(() => triageIssue(line), 9),
      median(() => line.split('\n'), 9),
      '<= 50 ms',
    );
  }
}
