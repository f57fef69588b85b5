// The shared pipeline (`discover --tool`, the Action's leg): one phase per tool, the tool's progress
// inside its own phase, and a sandbox of its own for each tool (no cache shared between them).
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProbeCache } from '../../src/discovery/cache.js';
import { discoverReport } from '../../src/pipeline/discover-report.js';
import { parseToolOptions } from '../../src/tools/plan.js';
import { tempDir, testContext } from '../helpers/fixtures.js';
import { SYSTEM_PATH } from '../helpers/machine.js';

let dir: string;
let cleanup: () => Promise<void>;
let script: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('ig-pipeline-'));
  // An exec tool that finds nothing and says which HOME (the sandbox's) it ran with.
  script = join(dir, 'home-tool.py');
  await writeFile(script, 'import os, sys\nsys.stderr.write("HOME=%s\\n" % os.environ["HOME"])\n');
});
afterAll(async () => {
  await cleanup();
});

describe('the discover pipeline with a tool and a baseline tool', () => {
  it('runs each tool in its own phase and its own sandbox', async () => {
    const options = {
      tool: `exec:python3 ${script} {request}`,
      baselineTool: `exec:python3 ${script} --baseline {request}`,
      requests: ['default'],
      uvPreference: undefined,
      timeoutMs: 30_000,
      cacheDir: join(dir, 'cache'),
    };
    const log: string[] = [];
    const { report } = await discoverReport({
      ctx: testContext(join(dir, 'home'), dir, { env: { PATH: SYSTEM_PATH } }),
      inventory: {
        cache: ProbeCache.disabled(),
        timeoutMs: 10_000,
        concurrency: 2,
        providers: ['path'],
      },
      tools: { options, parsed: parseToolOptions(options) },
      platform: 'linux',
      leg: null,
      progress: (text) => log.push(`progress: ${text.replace('\r\x1b[K', '').split(':')[0]}`),
      phase: async (name, work) => {
        log.push(`begin ${name}`);
        try {
          return await work();
        } finally {
          log.push(`end ${name}`);
        }
      },
    });

    expect(log).toEqual([
      'begin inventory',
      'end inventory',
      `begin current tool: ${options.tool}`,
      'progress: current exec',
      'progress: ',
      `end current tool: ${options.tool}`,
      `begin baseline tool: ${options.baselineTool}`,
      'progress: baseline exec',
      'progress: ',
      `end baseline tool: ${options.baselineTool}`,
    ]);
    const tools = report.tools ?? [];
    expect(tools.map((t) => t.role)).toEqual(['current', 'baseline']);
    const homes = tools.map((t) => /HOME=(\S+)/.exec(t.scenarios[0]?.log ?? '')?.[1]);
    expect(homes[0]).toMatch(/interpreter-guard-run-/);
    expect(homes[1]).toMatch(/interpreter-guard-run-/);
    // The baseline never sees the caches the tool under test wrote; both sandboxes are gone.
    expect(homes[1]).not.toBe(homes[0]);
    await expect(access(homes[0] ?? '')).rejects.toThrow();
    await expect(access(homes[1] ?? '')).rejects.toThrow();
  });
});
