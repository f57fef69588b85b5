// The Dockerfile, carried out without Docker (the build machine has no engine): its COPY, RUN, ENV
// and WORKDIR steps in a scratch directory standing for the image, then its CMD, which must serve
// signed webhooks and triage an issue against the stand-in API. What this cannot check: the base
// image itself and USER.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeGitHub, webhookPayload, type Issue } from '../helpers/fake-github.js';
import { deliver, startProbot, type ProbotServer } from '../helpers/probot-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const NIX_ISSUE = readFileSync(
  join(root, 'test/fixtures/issues/nix-uv-venv-withpackages.md'),
  'utf8',
);

interface Step {
  instruction: string;
  args: string;
}

/** Instructions with their arguments; comments dropped, continuation lines joined. */
function dockerfileSteps(text: string): Step[] {
  const joined = text.replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const space = l.indexOf(' ');
      return { instruction: l.slice(0, space).toUpperCase(), args: l.slice(space + 1).trim() };
    });
}

const github = new FakeGitHub();
let server: ProbotServer | undefined;
let image = '';

afterAll(async () => {
  server?.stop();
  await github.stop();
  if (image) rmSync(image, { recursive: true, force: true });
});

describe('the Dockerfile, carried out step by step', () => {
  it(
    'builds an image whose command serves the app and triages an issue',
    { timeout: 300_000 },
    async () => {
      const steps = dockerfileSteps(readFileSync(join(root, 'Dockerfile'), 'utf8'));
      image = mkdtempSync(join(tmpdir(), 'ig-image-'));
      let workdir = image;
      const env: Record<string, string> = {};
      let command: string[] = [];
      for (const { instruction, args } of steps) {
        switch (instruction) {
          case 'FROM': {
            // The runtime the Action and package.json ask for, or newer.
            const major = Number(/^node:(\d+)/.exec(args)?.[1]);
            expect(major).toBeGreaterThanOrEqual(20);
            break;
          }
          case 'WORKDIR':
            workdir = join(image, args);
            mkdirSync(workdir, { recursive: true });
            break;
          case 'COPY': {
            const parts = args.split(/\s+/);
            const dest = join(workdir, parts.pop() ?? '.');
            for (const source of parts) {
              const target = parts.length > 1 || dest.endsWith('/') ? join(dest, source) : dest;
              cpSync(join(root, source), target, { recursive: true });
            }
            break;
          }
          case 'RUN': {
            // Docker runs the shell form with /bin/sh -c: so does this.
            const run = spawnSync('/bin/sh', ['-c', args], {
              cwd: workdir,
              env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
              encoding: 'utf8',
              timeout: 240_000,
            });
            expect(run.status, `RUN ${args}\n${run.stderr}`).toBe(0);
            break;
          }
          case 'ENV':
            for (const pair of args.split(/\s+/)) {
              const [key, ...value] = pair.split('=');
              if (key) env[key] = value.join('=');
            }
            break;
          case 'CMD':
            command = JSON.parse(args) as string[];
            break;
          case 'EXPOSE':
          case 'USER':
            break;
          default:
            throw new Error(`this test does not know the instruction ${instruction}`);
        }
      }
      // Only what was copied is there: no sources, no dev dependencies.
      expect(spawnSync('ls', [workdir], { encoding: 'utf8' }).stdout.split('\n')).not.toContain(
        'src',
      );
      expect(spawnSync('test', ['-e', join(workdir, 'node_modules/vitest')]).status).not.toBe(0);

      await github.start();
      const [program = '', ...args] = command;
      // As `docker run -e PORT=…` would: a free port instead of the image's 3000.
      const { PORT: imagePort, ...runEnv } = env;
      expect(imagePort).toBe('3000');
      server = await startProbot({
        command: program,
        args,
        cwd: workdir,
        apiHost: github.url,
        env: runEnv,
      });
      const issue: Issue = {
        number: 1,
        title: 'uv ignores my Nix python',
        body: NIX_ISSUE,
        author: 'alice',
        labels: [],
        comments: [],
      };
      github.issues.set(1, issue);
      const status = await deliver(
        server.url,
        'issues',
        webhookPayload(issue, { action: 'opened' }),
      );
      expect(status).toBe(200);
      expect(issue.labels).toContain('platform:nix');
      expect(issue.comments).toHaveLength(1);
    },
  );
});
