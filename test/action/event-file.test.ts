// The Action as a process, bundled from the sources the way dist/ is, with a malformed event file:
// @actions/github parses GITHUB_EVENT_PATH when it loads, so this is where a SyntaxError stack would
// escape if anything loaded it eagerly.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../src/discovery/process-runner.js';
import { regressedReport, writeReport } from './synthetic-reports.js';

let dir = '';
let entry = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ig-event-file-'));
  // As scripts/build.mjs bundles dist/index.js: chunks loaded on demand stay on demand.
  await build({
    entryPoints: { index: 'src/action/index.ts' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    outdir: join(dir, 'dist'),
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __igCreateRequire } from 'node:module';\nconst require = __igCreateRequire(import.meta.url);",
    },
    define: { __INTERPRETER_GUARD_VERSION__: '"test"' },
  });
  entry = join(dir, 'dist', 'index.js');
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

async function runWithEvent(mode: string, eventText: string) {
  const event = join(dir, `${mode}-event.json`);
  await writeFile(event, eventText);
  const reports = join(dir, `${mode}-reports`);
  await writeReport(reports, 'report-linux.json', regressedReport('linux', 1));
  await writeFile(join(dir, 'out'), '');
  const result = await runProcess(process.execPath, [entry], {
    env: {
      PATH: '/usr/bin:/bin',
      RUNNER_TEMP: dir,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'o/r',
      // Nothing listens here: a call made by mistake fails fast instead of reaching GitHub.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_OUTPUT: join(dir, 'out'),
      INPUT_MODE: mode,
      'INPUT_GITHUB-TOKEN': 'test-token',
      'INPUT_REPORTS-DIR': reports,
      'INPUT_FAIL-ON': 'never',
    },
    cwd: dir,
    timeoutMs: 60_000,
  });
  if (result.kind !== 'exited') throw new Error(`the action did not finish: ${result.kind}`);
  return result;
}

describe('a malformed GITHUB_EVENT_PATH', { timeout: 120_000 }, () => {
  for (const mode of ['report', 'comment']) {
    it(`mode ${mode}: one warning line, no stack, the job passes`, async () => {
      const result = await runWithEvent(mode, '{"pull_request": {"number": 7,');
      const warnings = result.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
      expect(warnings).toEqual([
        expect.stringMatching(
          /^::warning::interpreter-guard: no pull request comment or check run \(the event file is not JSON: .+\)$/,
        ),
      ]);
      expect(result.stdout + result.stderr).not.toMatch(/SyntaxError|\n\s+at /);
      expect(result.stdout).not.toContain('::error::');
      expect(result.code).toBe(0);
    });
  }
});
