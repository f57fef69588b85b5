// Benchmark: `interpreter-guard discover`, cold (--no-cache) and warm (cache primed), against
// `findpython --all` on the same machine and PATH. Prints medians and ratios from this one run;
// timings are never asserted anywhere.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const cacheDir = mkdtempSync(join(tmpdir(), 'ig-bench-'));

function time(label, file, args) {
  const samples = [];
  let output = '';
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(file, args, {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });
    samples.push(performance.now() - start);
    if (result.error || result.status !== 0) {
      console.error(
        `${label}: ${result.error?.message ?? `exit ${result.status}: ${result.stderr.trim()}`}`,
      );
      process.exit(1);
    }
    output = result.stdout;
    process.stderr.write('.');
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], output };
}

const findpython = spawnSync('findpython', ['--version'], { encoding: 'utf8' });
if (findpython.error) {
  console.error(
    'findpython is not installed (Debian: apt-get install python3-findpython); it is the baseline.',
  );
  process.exit(1);
}

try {
  const baseline = time('findpython --all', 'findpython', ['--all']);
  const cold = time('discover --no-cache', process.execPath, [
    cli,
    'discover',
    '--json',
    '--no-cache',
  ]);
  time('prime cache', process.execPath, [cli, 'discover', '--json', '--cache-dir', cacheDir]);
  const warm = time('discover (warm)', process.execPath, [
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
    `runs per case: ${runs} (medians); PATH as given; interpreter paths found: interpreter-guard ${found}, findpython ${baselineFound}`,
  );
  console.log(`findpython --all           ${ms(baseline.median)}   1.00x`);
  console.log(
    `discover --no-cache (cold) ${ms(cold.median)}   ${(cold.median / baseline.median).toFixed(3)}x  (goal <= 0.25x)`,
  );
  console.log(
    `discover (warm cache)      ${ms(warm.median)}   ${(warm.median / baseline.median).toFixed(3)}x  (goal <= 0.05x)`,
  );
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
