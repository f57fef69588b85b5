// Webhook intake: what reaches Probot's webhook middleware is bounded before anything is buffered.
// That middleware (@octokit/webhooks) reads the whole body into memory before it checks the
// signature, so anyone who can reach the URL could make the process hold gigabytes. In front of it:
// requests without the webhook headers, or with a signature that cannot be one, are refused unread;
// a body over GitHub's 25 MB cap is refused with 413 from its content-length, or once the bytes
// counted while reading pass the cap; bodies being read at once share a budget (503 past it, which
// the redelivery sweep makes up for), small ones (real deliveries are kilobytes) one of their own,
// so that large forged bodies cannot crowd them out; a body that trickles in is cut off. A refused
// request's connection is closed, so the rest of its body is never read.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** GitHub caps webhook payloads at 25 MB (docs.github.com, "Webhook payload object"). */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;

export interface IntakeOptions {
  /** The webhook path, as Probot serves it. */
  path: string;
  maxBytes: number;
  /** Bodies up to this size are small. */
  smallBytes: number;
  /** Bytes of the small bodies being read at once. */
  smallBudgetBytes: number;
  /** Bytes of the other bodies being read at once. */
  budgetBytes: number;
  /** Time allowed to read one body (GitHub itself gives up on a delivery after 10 s). */
  readTimeoutMs: number;
  warn(message: string): void;
}

export const DEFAULT_INTAKE = {
  maxBytes: MAX_WEBHOOK_BYTES,
  smallBytes: 1024 * 1024,
  smallBudgetBytes: 16 * 1024 * 1024,
  budgetBytes: 2 * MAX_WEBHOOK_BYTES,
  readTimeoutMs: 30_000,
} as const;

/** A node:http middleware; `Rest` is whatever else it takes (Probot's: a `next` callback). */
export type NodeMiddleware<Rest extends unknown[]> = (
  req: IncomingMessage,
  res: ServerResponse,
  ...rest: Rest
) => Promise<unknown>;

const DROP_MS = 250;
const LINGER_MS = 2000;
const SIGNATURE = /^sha256=[0-9a-f]{64}$/i;
const JSON_TYPE = /^\s*application\/json\s*(?:;|$)/i;
const decoder = new TextDecoder('utf-8', { fatal: false });

/** Probot's webhook middleware behind the guard. */
export function guardWebhooks<Rest extends unknown[]>(
  inner: NodeMiddleware<Rest>,
  options: IntakeOptions,
): NodeMiddleware<Rest> {
  // Bytes held by the bodies being read, small and large.
  const held = { small: 0, large: 0 };
  const limit = { small: options.smallBudgetBytes, large: options.budgetBytes };
  const path = pathOf(options.path);

  return async (req, res, ...rest) => {
    if (req.method !== 'POST' || pathOf(req.url) !== path) return inner(req, res, ...rest);
    closeWhenUnread(req, res);
    const signature = header(req, 'x-hub-signature-256');
    // Probot answers these itself (415, 400) without reading the body.
    if (
      !JSON_TYPE.test(header(req, 'content-type') ?? '') ||
      !signature ||
      !header(req, 'x-github-event') ||
      !header(req, 'x-github-delivery')
    )
      return inner(req, res, ...rest);
    if (!SIGNATURE.test(signature))
      return refuse(res, 400, 'x-hub-signature-256 is not an HMAC-SHA256 signature');

    const declared = header(req, 'content-length');
    const length = declared === undefined ? null : Number(declared);
    if (length !== null && !(Number.isSafeInteger(length) && length >= 0))
      return refuse(res, 400, 'invalid content-length');
    if (length !== null && length > options.maxBytes) return tooLarge(res, options);
    let pool: keyof typeof held = (length ?? 0) > options.smallBytes ? 'large' : 'small';
    if (held[pool] + (length ?? 0) > limit[pool]) return busy(res, options);

    const read = await readBody(req, length, options, (bytes, size) => {
      if (pool === 'small' && size > options.smallBytes) {
        // A body without a content-length that grew large moves to the large bodies' budget.
        held.small -= size - bytes;
        held.large += size - bytes;
        pool = 'large';
      }
      held[pool] += bytes;
      return held[pool] <= limit[pool];
    });
    if (read === 'too-large') return tooLarge(res, options);
    if (read === 'busy') return busy(res, options);
    if (read === 'timeout') return refuse(res, 408, 'the body took too long to arrive');
    if (read === 'aborted') return true;
    // @octokit/webhooks takes a body that is already a string as the payload.
    (req as IncomingMessage & { body?: string }).body = read.body;
    return inner(req, res, ...rest);
  };
}

type ReadResult = { body: string } | 'too-large' | 'busy' | 'timeout' | 'aborted';

/**
 * The body, counted while it arrives. `hold` is told of every byte held (and, at the end, of all of
 * them released) with the size read so far, and says whether the shared budget still allows them.
 */
function readBody(
  req: IncomingMessage,
  length: number | null,
  options: IntakeOptions,
  hold: (bytes: number, size: number) => boolean,
): Promise<ReadResult> {
  return new Promise((resolve) => {
    // With a content-length, one buffer of that size (no copies); otherwise the chunks as they come.
    const whole = length === null ? null : Buffer.allocUnsafe(length);
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: ReadResult) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onClose).off('close', onClose);
      hold(-size, size);
      if (typeof result === 'string') req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > (whole?.length ?? options.maxBytes)) return finish('too-large');
      size += chunk.length;
      if (!hold(chunk.length, size)) return finish('busy');
      if (whole) chunk.copy(whole, size - chunk.length);
      else chunks.push(chunk);
    };
    const onEnd = () =>
      finish({
        body: decoder.decode(whole ? whole.subarray(0, size) : Buffer.concat(chunks, size)),
      });
    const onClose = () => finish('aborted');
    const timer = setTimeout(() => finish('timeout'), options.readTimeoutMs);
    req.on('data', onData).on('end', onEnd).on('error', onClose).on('close', onClose);
  });
}

function tooLarge(res: ServerResponse, options: IntakeOptions): true {
  options.warn(`webhook refused: body over ${options.maxBytes} bytes`);
  return refuse(res, 413, `payloads are limited to ${options.maxBytes} bytes`);
}

function busy(res: ServerResponse, options: IntakeOptions): true {
  options.warn('webhook refused: too many bodies being read at once');
  res.setHeader('retry-after', '10');
  return refuse(res, 503, 'too many deliveries at once; try again');
}

function refuse(res: ServerResponse, status: number, error: string): true {
  if (!res.headersSent)
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error }));
  return true;
}

/**
 * Once the answer is sent, a body not read to its end is not read for long: the connection is
 * closed instead of Node reading (and discarding) all the client still sends. Not at once: closing
 * a socket with unread data resets it, and a client could lose the answer before reading it. For a
 * quarter of a second what still arrives is read and dropped (never kept), which is when clients
 * that have read the answer stop sending; then the connection is no longer read, and it is closed
 * two seconds after the answer.
 */
function closeWhenUnread(req: IncomingMessage, res: ServerResponse) {
  res.once('finish', () => {
    if (req.complete) return;
    req.resume(); // a body refused while being read was paused
    const timers = [
      setTimeout(() => req.socket.pause(), DROP_MS),
      setTimeout(() => req.socket.destroy(), LINGER_MS),
    ];
    const clear = () => timers.forEach(clearTimeout);
    req.once('end', clear);
    req.socket.once('close', clear);
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '') || '/';
  } catch {
    return '';
  }
}
