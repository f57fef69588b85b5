// Release listings and package indexes are input from the network: a page is read through a cap
// while it arrives, a page of broken anchors is parsed in linear time, the API's next-page links
// are followed only on its own origin, credentials in an index URL never reach a message, and pip
// never sees the workflow's tokens.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProcessRunner, RunResult } from '../../src/discovery/process-runner.js';
import { installPypiRelease } from '../../src/tools/pypi-release.js';
import { releasesBetween, versionsOnIndexPage } from '../../src/tools/releases.js';
import { withoutCredentials } from '../../src/tools/url-redact.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('release sources under hostile answers', () => {
  it('cuts a chunked index page at the cap while it arrives, without reading the rest', async () => {
    let sent = 0;
    let closed = false;
    const url = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }); // chunked: no length announced
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      const push = () => {
        while (!closed && sent < 300 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      res.on('close', () => (closed = true));
      push();
    });
    await expect(
      releasesBetween('virtualenv', '20.0.0', '20.1.0', { githubApiUrl: url, indexUrl: url }),
    ).rejects.toThrow(/is over 8388608 bytes/);
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(true);
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  });

  it('parses a page of broken anchors in linear time', () => {
    const time = (n: number) => {
      const page = `${'<a '.repeat(n)}<a href="x">virtualenv-20.1.0.tar.gz</a>`;
      const start = performance.now();
      const versions = versionsOnIndexPage(page, 'virtualenv');
      return { ms: performance.now() - start, versions };
    };
    time(10_000);
    const small = time(50_000);
    const large = time(400_000);
    expect(large.versions).toEqual(['20.1.0']);
    // Eight times the text: linear stays near 8x, quadratic would be near 64x.
    expect(large.ms / Math.max(small.ms, 0.5)).toBeLessThan(24);
  });

  it("follows next-page links only on the API's own origin (the token goes with them)", async () => {
    let elsewhere = 0;
    const other = await serve((_req, res) => {
      elsewhere++;
      res.end('[]');
    });
    const api = await serve((req, res) => {
      expect(req.headers.authorization).toBe('Bearer secret-token');
      res.writeHead(200, {
        'content-type': 'application/json',
        link: `<${other}/repos/astral-sh/uv/releases?page=2>; rel="next"`,
      });
      res.end(JSON.stringify([{ tag_name: '0.5.1' }, { tag_name: '0.5.0' }]));
    });
    const releases = await releasesBetween('uv', '0.4.0', '0.5.1', {
      githubApiUrl: api,
      indexUrl: api,
      token: 'secret-token',
    });
    expect(releases.map((r) => r.version)).toEqual(['0.5.0', '0.5.1']);
    expect(elsewhere).toBe(0);
  });

  it('keeps credentials of an index URL out of its messages', async () => {
    expect(withoutCredentials('https://__token__:s3cr3t@pkgs.example/simple')).toBe(
      'https://***@pkgs.example/simple',
    );
    expect(withoutCredentials('https://pkgs.example/simple')).toBe('https://pkgs.example/simple');
    let authorization = '';
    const url = await serve((req, res) => {
      authorization = req.headers.authorization ?? '';
      res.writeHead(503);
      res.end();
    });
    const withSecret = url.replace('http://', 'http://__token__:s3cr3t@');
    const error = await releasesBetween('pdm', '2.0.0', '2.1.0', {
      githubApiUrl: withSecret,
      indexUrl: withSecret,
    }).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(error).toMatch(/HTTP 503/);
    expect(error).not.toContain('s3cr3t');
    // The credentials went as a Basic authorization, as pip would send them.
    expect(authorization).toBe(`Basic ${Buffer.from('__token__:s3cr3t').toString('base64')}`);
  });
});

describe('pip under the workflow', () => {
  it("never hands the workflow's tokens to pip or to the interpreter, nor the index password to a message", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'ig-pypi-env-'));
    const seen: NodeJS.ProcessEnv[] = [];
    const progress: string[] = [];
    const runner: ProcessRunner = (_file, _args, options) => {
      seen.push(options.env ?? {});
      const failed: RunResult = { kind: 'exited', code: 1, signal: null, stdout: '', stderr: 'no' };
      return Promise.resolve(failed);
    };
    try {
      const error = await installPypiRelease({
        name: 'virtualenv',
        version: '20.25.0',
        cacheDir,
        python: '/usr/bin/python3',
        indexUrl: 'https://__token__:s3cr3t@pkgs.example/simple',
        env: {
          PATH: '/usr/bin:/bin',
          HOME: '/home/runner',
          HTTPS_PROXY: 'http://proxy.example:3128',
          GITHUB_TOKEN: 'ghs_workflow',
          'INPUT_GITHUB-TOKEN': 'ghs_input',
          ACTIONS_RUNTIME_TOKEN: 'runtime',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
        },
        runner,
        onProgress: (m) => progress.push(m),
      }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect(seen.length).toBeGreaterThan(0);
      for (const env of seen) {
        expect(Object.keys(env).filter((k) => /TOKEN/.test(k))).toEqual([]);
        expect(env.PATH).toBe('/usr/bin:/bin');
        expect(env.HTTPS_PROXY).toBe('http://proxy.example:3128');
      }
      expect(`${String(error)}\n${progress.join('\n')}`).not.toContain('s3cr3t');
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
