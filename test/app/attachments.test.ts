// Attachment fetching against a loopback server standing in for GitHub's file hosts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentFetcher } from '../../src/github/attachments.js';
import { attachmentLinks } from '../../src/github/issue-triage.js';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/files/log.txt')
      return res.writeHead(302, { location: '/storage/log.txt' }).end();
    if (req.url === '/storage/log.txt') return res.writeHead(200).end('DEBUG uv 0.5.31\n');
    if (req.url === '/files/elsewhere.txt')
      return res.writeHead(302, { location: 'http://evil.invalid/x.txt' }).end();
    if (req.url === '/files/big.log') return res.writeHead(200).end('x'.repeat(2048));
    if (req.url === '/files/downgrade.txt')
      return res.writeHead(302, { location: 'ftp://127.0.0.1/x.txt' }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('attachments', () => {
  it('finds GitHub attachment links to .txt and .log files only', () => {
    const text =
      'see https://github.com/user-attachments/files/123/uv-verbose.log and https://github.com/o/r/files/9/out.txt, not https://example.com/x.log or https://github.com/user-attachments/files/1/pic.png';
    expect(attachmentLinks(text)).toEqual([
      'https://github.com/user-attachments/files/123/uv-verbose.log',
      'https://github.com/o/r/files/9/out.txt',
    ]);
  });

  it('follows redirects on allowed hosts, refuses other hosts and oversized files', async () => {
    const skipped: string[] = [];
    const fetchAll = attachmentFetcher({
      allowedHosts: [/^127\.0\.0\.1$/],
      schemes: ['http:'],
      maxBytes: 1024,
      onSkip: (url, why) => skipped.push(`${url.slice(base.length)}: ${why}`),
    });
    const texts = await fetchAll([
      `${base}/files/log.txt`,
      `${base}/files/elsewhere.txt`,
      `${base}/files/big.log`,
      `${base}/files/missing.txt`,
      `${base}/files/downgrade.txt`,
    ]);
    expect(texts).toEqual(['DEBUG uv 0.5.31\n']);
    expect(skipped).toEqual([
      '/files/elsewhere.txt: host evil.invalid is not allowed',
      '/files/big.log: over the 1024-byte limit',
      '/files/missing.txt: HTTP 404',
      '/files/downgrade.txt: ftp: URLs are not fetched',
    ]);
  });
});

describe('attachments by default', () => {
  it('are fetched over https only', async () => {
    const skipped: string[] = [];
    const texts = await attachmentFetcher({
      allowedHosts: [/^127\.0\.0\.1$/],
      onSkip: (_url, why) => skipped.push(why),
    })([`${base}/files/log.txt`]);
    expect(texts).toEqual([]);
    expect(skipped).toEqual(['http: URLs are not fetched']);
  });
});
