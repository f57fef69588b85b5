// The Action run in-process against a recording ActionIo: every line, group, output and failure is
// kept in order, so a test can say exactly what a user would have seen.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { Annotation } from '../../src/core/render/action/annotations.js';
import { INPUT_NAMES, type RawInputs } from '../../src/action/inputs.js';
import type { ActionIo } from '../../src/action/io.js';
import { run, type RunOptions } from '../../src/action/main.js';

export const policyTool = fileURLToPath(
  new URL('../fixtures/tools/policy-tool.py', import.meta.url),
);
export const payload = (name: string) =>
  fileURLToPath(new URL(`./payloads/${name}.json`, import.meta.url));
export const HEAD_SHA = 'f4a9b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6';

export interface Recorded {
  /** Everything in order: `info: …`, `warning: …`, `debug: …`, `group: …`, `fail: …`. */
  log: string[];
  warnings: string[];
  infos: string[];
  groups: string[];
  failures: string[];
  outputs: Record<string, string>;
  summaryText: string;
  annotations: Annotation[];
}

export function fakeIo(inputs: Partial<RawInputs>, env: NodeJS.ProcessEnv): ActionIo & Recorded {
  const rec: Recorded = {
    log: [],
    warnings: [],
    infos: [],
    groups: [],
    failures: [],
    outputs: {},
    summaryText: '',
    annotations: [],
  };
  const raw = Object.fromEntries(INPUT_NAMES.map((n) => [n, inputs[n] ?? ''])) as RawInputs;
  return Object.assign(rec, {
    inputs: () => raw,
    env,
    setOutput: (name: string, value: string | number) => {
      rec.outputs[name] = String(value);
    },
    summary: (markdown: string) => {
      rec.summaryText += markdown;
      return Promise.resolve();
    },
    annotate: (a: Annotation) => void rec.annotations.push(a),
    info: (m: string) => void (rec.infos.push(m), rec.log.push(`info: ${m}`)),
    warning: (m: string) => void (rec.warnings.push(m), rec.log.push(`warning: ${m}`)),
    debug: (m: string) => void rec.log.push(`debug: ${m}`),
    group: async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      rec.groups.push(name);
      rec.log.push(`group: ${name}`);
      try {
        return await work();
      } finally {
        rec.log.push(`endgroup: ${name}`);
      }
    },
    fail: (m: string) => void (rec.failures.push(m), rec.log.push(`fail: ${m}`)),
  });
}

// The runner directories made for the tests of the file importing this: removed after them.
const runnerDirs: string[] = [];
afterAll(async () => {
  for (const dir of runnerDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A runner's directories and the event file, as GitHub would lay them out. */
export async function runnerEnv(
  apiUrl: string,
  event: { name: string; file?: string; body?: string },
  over: NodeJS.ProcessEnv = {},
): Promise<NodeJS.ProcessEnv> {
  const temp = await mkdtemp(join(tmpdir(), 'ig-action-runner-'));
  runnerDirs.push(temp);
  await mkdir(join(temp, 'home'), { recursive: true });
  let path = event.file;
  if (event.body !== undefined) {
    path = join(temp, 'event.json');
    await writeFile(path, event.body);
  }
  return {
    PATH: '/usr/bin:/bin',
    HOME: join(temp, 'home'),
    RUNNER_TEMP: temp,
    GITHUB_EVENT_NAME: event.name,
    ...(path ? { GITHUB_EVENT_PATH: path } : {}),
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'interpreter-guard',
    GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/interpreter-guard.yml@refs/pull/7/merge',
    ...over,
  };
}

/** Fast retries: the stand-in's injected 5xx should not cost seconds. */
export const FAST: RunOptions = { github: { retries: 2, retryBaseMs: 5, timeoutMs: 5000 } };

export async function runAction(
  inputs: Partial<RawInputs>,
  env: NodeJS.ProcessEnv,
  options: RunOptions = FAST,
) {
  const io = fakeIo({ 'github-token': 'test-token', ...inputs }, env);
  await run(io, options);
  return io;
}

/** A stack trace line, which no user-facing line may hold. */
export const STACK = /\n\s+at |SyntaxError|HttpError/;

/** What the user sees in the log: everything but the debug lines (which may hold stacks). */
export const visible = (io: Recorded) => io.log.filter((l) => !l.startsWith('debug: ')).join('\n');
