// The intake guard in front of a stand-in for Probot's webhook middleware, on a plain node:http
// server with small limits: what is refused and when, and that a body it lets through reaches
// the middleware whole, as the string @octokit/webhooks takes for the payload.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardWebhooks } from '../../src/app/intake.js';

const KB = 1024;
const SIGNATURE = `sha256=${'a'.repeat(64)}`;
let server: Server | undefined;
const seen: { body: string | undefined; length: number }[] = [];
const warnings: string[] = [];

afterEach(async () => {
  seen.length = 0;
  warnings.length = 0;
  await new Promise((r) => server?.close(r));
  server?.closeAllConnections();
});

async function serve(limits: {
  maxBytes: number;
  smallBytes: number;
  smallBudgetBytes: number;
  budgetBytes: number;
  readTimeoutMs: number;
}): Promise<number> {
  const guarded = guardWebhooks(
    (req, res) => {
      const { body } = req as IncomingMessage & { body?: string };
      seen.push({ body, length: body?.length ?? -1 });
      res.writeHead(200).end('ok');
      return Promise.resolve(true);
    },
    { ...limits, path: '/api/github/webhooks', warn: (m) => warnings.push(m) },
  );
  server = createServer((req, res) => void guarded(req, res));
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

/**
 * Sends a request by hand: headers, then `parts` of the body (chunked when `chunked`), each after
 * `pauseMs`; resolves with the status, or a message when no answer came.
 */
function send(
  port: number,
  parts: string[],
  options: { chunked?: boolean; pauseMs?: number; length?: number; signature?: string } = {},
): Promise<number | string> {
  const socket = connect(port, '127.0.0.1');
  const total = parts.reduce((n, p) => n + Buffer.byteLength(p), 0);
  const head = [
    'POST /api/github/webhooks HTTP/1.1',
    'Host: x',
    'Content-Type: application/json',
    'X-GitHub-Event: issues',
    'X-GitHub-Delivery: 1',
    `X-Hub-Signature-256: ${options.signature ?? SIGNATURE}`,
    options.chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${options.length ?? total}`,
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve) => {
    let answer = '';
    socket.on('data', (d: Buffer) => {
      answer += d.toString();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1];
      if (status) {
        socket.destroy();
        resolve(Number(status));
      }
    });
    socket.on('error', (e) => resolve(e.message));
    socket.on('close', () => resolve('closed'));
    socket.on('connect', () => {
      socket.write(head);
      void (async () => {
        for (const part of parts) {
          if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
          if (socket.destroyed) return;
          socket.write(
            options.chunked ? `${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n` : part,
          );
        }
        if (options.chunked && !socket.destroyed) socket.write('0\r\n\r\n');
      })();
    });
  });
}

const limits = {
  maxBytes: 64 * KB,
  smallBytes: 4 * KB,
  smallBudgetBytes: 8 * KB,
  budgetBytes: 80 * KB,
  readTimeoutMs: 500,
};

describe('guardWebhooks', { timeout: 10_000 }, () => {
  it('hands a body within the cap to the middleware whole, chunked or not', async () => {
    const port = await serve(limits);
    const body = JSON.stringify({ text: 'é'.repeat(10 * KB) });
    expect(await send(port, [body.slice(0, 100), body.slice(100)])).toBe(200);
    expect(await send(port, [body.slice(0, 100), body.slice(100)], { chunked: true })).toBe(200);
    expect(seen).toEqual([
      { body, length: body.length },
      { body, length: body.length },
    ]);
  });

  it('refuses by content-length before reading, and by the count while reading', async () => {
    const port = await serve(limits);
    expect(await send(port, ['{}'], { length: 64 * KB + 1 })).toBe(413);
    expect(await send(port, Array<string>(70).fill('x'.repeat(KB)), { chunked: true })).toBe(413);
    expect(seen).toEqual([]);
    expect(warnings).toEqual([
      'webhook refused: body over 65536 bytes',
      'webhook refused: body over 65536 bytes',
    ]);
  });

  it('refuses a signature that cannot be one, unread', async () => {
    const port = await serve(limits);
    expect(await send(port, ['{}'], { signature: 'sha1=0' })).toBe(400);
    expect(seen).toEqual([]);
  });

  it('keeps a budget of bodies read at once: large ones cannot crowd out small ones', async () => {
    const port = await serve({ ...limits, budgetBytes: 40 * KB });
    // Two large bodies trickling in: the second does not fit beside the first.
    const large = Array<string>(6).fill('x'.repeat(5 * KB));
    const first = send(port, large, { pauseMs: 40 });
    await new Promise((r) => setTimeout(r, 50));
    const second = send(port, large, { pauseMs: 40 });
    // Meanwhile a small delivery is read and handed on.
    expect(await send(port, ['{"small":true}'])).toBe(200);
    expect(await first).toBe(200);
    expect(await second).toBe(503);
    expect(warnings).toContain('webhook refused: too many bodies being read at once');
  });

  it('cuts off a body that trickles in', async () => {
    const port = await serve(limits);
    expect(await send(port, ['{"a":', '1}'], { pauseMs: 700 })).toBe(408);
  });
});
