// The README's first step for a new app: `npm start` without APP_ID serves Probot's registration
// page, whose manifest is app.yml (events, least-privilege permissions). It runs what `npm start`
// runs, from a scratch directory holding app.yml, so that a developer's own .env is not read.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startProbot, type ProbotServer } from '../helpers/probot-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cwd = mkdtempSync(join(tmpdir(), 'ig-setup-'));
let server: ProbotServer | undefined;

afterAll(() => {
  server?.stop();
  rmSync(cwd, { recursive: true, force: true });
});

describe('npm start without an app', () => {
  it('serves the page that registers the app from app.yml', { timeout: 60_000 }, async () => {
    copyFileSync(join(root, 'app.yml'), join(cwd, 'app.yml'));
    const start = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts.start;
    expect(start).toBe('probot run ./dist/app.js');
    server = await startProbot({
      command: join(root, 'node_modules/.bin/probot'),
      args: ['run', join(root, 'dist/app.js')],
      cwd,
      apiHost: '127.0.0.1:9',
      env: { APP_ID: undefined, PRIVATE_KEY: undefined, WEBHOOK_SECRET: undefined },
    });
    const origin = new URL(server.url).origin;
    const page = await (await fetch(`${origin}/probot`)).text();
    expect(page).toContain('Register GitHub App');
    const value = /name="manifest" id="manifest" value='([^']*)'/.exec(page)?.[1] ?? '';
    const manifest = JSON.parse(
      value
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    ) as Record<string, unknown>;
    const appYml = parse(readFileSync(`${root}/app.yml`, 'utf8')) as Record<string, unknown>;
    expect(manifest.name).toBe(appYml.name);
    expect(manifest.default_events).toEqual(['issues', 'issue_comment']);
    expect(manifest.default_permissions).toEqual({
      issues: 'write',
      metadata: 'read',
      single_file: 'read',
    });
    expect(manifest.redirect_url).toBe(`${origin}/probot/setup`);
  });
});
