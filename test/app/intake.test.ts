// The webhook intake of the app as `npm start` serves it, under a flood: 300 MB bodies with forged
// signatures (with a content-length, and streamed without one) and unsigned ones. They are refused
// without being read, the server's memory stays flat, /ping answers, and a signed delivery sent
// during the flood is triaged. What the server read is its own count of bytes read (/proc/PID/io).
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { webhookPayload, type Issue } from '../helpers/fake-github.js';
import { npmStartedApp } from '../helpers/npm-app.js';
import { deliver, WEBHOOK_SECRET } from '../helpers/probot-server.js';

const NIX_ISSUE = readFileSync(
  new URL('../fixtures/issues/nix-uv-venv-withpackages.md', import.meta.url),
  'utf8',
);
const MB = 1024 * 1024;
const FORGED = `sha256=${'0'.repeat(64)}`;
const CHUNK = Buffer.alloc(MB, 0x20);

const app = npmStartedApp({ REDELIVER_EVERY_SECONDS: '0' });
const github = app.github;
let pid: number;

// After the app's start-up (before-hooks run in the order they were added).
beforeAll(() => {
  const found = app.probot.serverPid();
  if (found === null) throw new Error('no probot process under npm start');
  pid = found;
});

/** Resident memory of the server, in bytes. */
function rss(): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

/** Bytes the server has read with read(2) and the like, sockets included. */
function bytesRead(): number {
  return Number(/rchar:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1]);
}

/**
 * POSTs `total` bytes as a plain HTTP/1.1 client that reads the answer while it sends (with a
 * content-length, or chunked), and stops sending once answered. The status, or the error when the
 * connection failed before an answer came.
 */
function post(
  total: number,
  signature: string | null,
  framing: 'length' | 'chunked' = 'length',
): Promise<number | string> {
  const { port } = new URL(app.probot.url);
  const socket = connect(Number(port), '127.0.0.1');
  const head = [
    'POST /api/github/webhooks HTTP/1.1',
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    'X-GitHub-Event: issues',
    `X-GitHub-Delivery: ${randomUUID()}`,
    ...(signature ? [`X-Hub-Signature-256: ${signature}`] : []),
    framing === 'length' ? `Content-Length: ${total}` : 'Transfer-Encoding: chunked',
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve) => {
    let answer = '';
    let status: number | null = null;
    socket.on('data', (d: Buffer) => {
      answer += d.toString('latin1');
      const code = /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1];
      if (code && status === null) {
        status = Number(code);
        socket.destroy();
        resolve(status);
      }
    });
    socket.on('error', (e) => status === null && resolve(e.message));
    socket.on('close', () => status === null && resolve('closed without an answer'));
    socket.on('connect', () => void send());
    const send = async () => {
      socket.write(head);
      for (let sent = 0; sent < total && status === null && !socket.destroyed; sent += MB) {
        const frame = framing === 'chunked' ? [`${MB.toString(16)}\r\n`, CHUNK, '\r\n'] : [CHUNK];
        let flushed = true;
        for (const part of frame) flushed = socket.write(part) && flushed;
        if (!flushed) await new Promise((r) => socket.once('drain', r).once('close', r));
      }
    };
  });
}

/** POSTs `text` with fetch, as GitHub would. */
async function postText(text: string, signature: string): Promise<number> {
  const response = await fetch(app.probot.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'issues',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': signature,
    },
    body: text,
  });
  await response.arrayBuffer();
  return response.status;
}

describe('webhook intake under a flood (npm start)', { timeout: 120_000 }, () => {
  it('refuses 300 MB forged and unsigned bodies unread, stays flat, and still triages', async () => {
    const issue: Issue = {
      number: 1,
      title: 'uv ignores my Nix python',
      body: NIX_ISSUE,
      author: 'alice',
      labels: [],
      comments: [],
    };
    github.issues.set(1, issue);
    // Warm up: one ordinary delivery that changes nothing (not about discovery).
    const warm: Issue = { ...issue, number: 2, body: 'A question.', comments: [] };
    github.issues.set(2, warm);
    expect(
      await deliver(app.probot.url, 'issues', webhookPayload(warm, { action: 'opened' })),
    ).toBe(200);
    await new Promise((r) => setTimeout(r, 500));

    const rssBefore = rss();
    const readBefore = bytesRead();
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rss())), 20);

    const flood = [
      ...Array.from({ length: 8 }, () => post(300 * MB, FORGED)),
      post(300 * MB, FORGED, 'chunked'),
      ...Array.from({ length: 4 }, () => post(300 * MB, null)),
    ];
    // While the flood is on: Probot's /ping answers, and a signed delivery is triaged.
    const ping = await fetch(app.probot.url.replace('/api/github/webhooks', '/ping'));
    expect(ping.status).toBe(200);
    expect(await ping.text()).toBe('PONG');
    const delivered = deliver(
      app.probot.url,
      'issues',
      webhookPayload(issue, { action: 'opened' }),
    );
    const statuses = await Promise.all(flood);
    expect(await delivered).toBe(200);
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, rss());
    const read = bytesRead() - readBefore;

    console.log(
      `flood of ${flood.length} × 300 MB: server read ${(read / MB).toFixed(1)} MB, RSS ${(rssBefore / MB).toFixed(0)} MB → peak ${(rssPeak / MB).toFixed(0)} MB (+${((rssPeak - rssBefore) / MB).toFixed(1)} MB)`,
    );
    // 413 for the forged ones (from the content-length, or the count while reading); 400 unsigned.
    expect(statuses).toEqual([...Array(9).fill(413), ...Array(4).fill(400)]);
    expect(issue.labels).toContain('platform:nix');
    expect(issue.comments).toHaveLength(1);
    // 13 × 300 MB offered (3.9 GB). Read: the streamed body up to the 25 MB cap, kept until then;
    // of the others, what arrived in the 200 ms before their connection was closed, not kept.
    expect(read).toBeLessThan(150 * MB);
    expect(rssPeak - rssBefore).toBeLessThan(50 * MB);
  });

  it('refuses a body over 25 MB that has a valid signature, and a signature that cannot be one', async () => {
    const text = JSON.stringify({ pad: ' '.repeat(26 * MB) });
    const signed = `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(text).digest('hex')}`;
    expect(await postText(text, signed)).toBe(413);
    expect(await postText('{}', 'sha1=abc')).toBe(400);
  });
});
