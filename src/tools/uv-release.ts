// Installs a uv release (`--tool uv@0.4.30`) into a tool cache: the release asset for this platform
// and its published `.sha256` are streamed to a staging directory (hashed on the way; retried when
// the network, a timeout, HTTP 5xx or 429 failed them), the archive is checked against the
// checksum, then unpacked with the system's `tar` (which also reads .zip on Windows). The staging
// directory goes on every path; only a verified binary ever reaches the cache.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import pRetry, { AbortError } from 'p-retry';
import type { ProcessRunner } from '../discovery/process-runner.js';
import { isFile } from '../discovery/which.js';
import { ToolSetupError } from './prepare.js';

export interface DownloadRetry {
  /** Attempts per file, the first included. */
  attempts: number;
  /** Wait before the second attempt; each later wait doubles (with jitter). */
  minDelayMs: number;
  /** Time one attempt may take, the whole body included. */
  attemptTimeoutMs: number;
}

export interface UvReleaseOptions {
  version: string;
  cacheDir: string;
  platform: NodeJS.Platform;
  arch: string;
  /** Where releases are downloaded from; `https://github.com` unless testing. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Default: 4 attempts, 1 s then 2 s and 4 s between them, 5 minutes each. */
  retry?: Partial<DownloadRetry>;
  runner: ProcessRunner;
  onProgress?: (message: string) => void;
}

const MAX_ARCHIVE = 200 * 1024 * 1024;
const MAX_CHECKSUM = 4096;
const DEFAULT_RETRY: DownloadRetry = { attempts: 4, minDelayMs: 1000, attemptTimeoutMs: 300_000 };

export function uvTarget(
  platform: NodeJS.Platform,
  arch: string,
): { triple: string; archive: 'tar.gz' | 'zip' } {
  const cpu =
    arch === 'x64' ? 'x86_64' : arch === 'arm64' ? 'aarch64' : arch === 'ia32' ? 'i686' : null;
  if (!cpu) throw new ToolSetupError(`no uv release is published for the ${arch} architecture`);
  if (platform === 'linux') return { triple: `${cpu}-unknown-linux-gnu`, archive: 'tar.gz' };
  if (platform === 'darwin') return { triple: `${cpu}-apple-darwin`, archive: 'tar.gz' };
  if (platform === 'win32') return { triple: `${cpu}-pc-windows-msvc`, archive: 'zip' };
  throw new ToolSetupError(`no uv release is published for ${platform}`);
}

export async function installUvRelease(o: UvReleaseOptions): Promise<string> {
  const { triple, archive } = uvTarget(o.platform, o.arch);
  const binary = o.platform === 'win32' ? 'uv.exe' : 'uv';
  const home = join(o.cacheDir, 'tools', `uv-${o.version}-${triple}`);
  const installed = join(home, binary);
  if (await isFile(installed)) return installed;

  const asset = `uv-${triple}.${archive}`;
  const url = `${(o.baseUrl ?? 'https://github.com').replace(/\/+$/, '')}/astral-sh/uv/releases/download/${o.version}/${asset}`;
  const downloader: Downloader = {
    fetch: o.fetch ?? globalThis.fetch,
    retry: { ...DEFAULT_RETRY, ...o.retry },
    onProgress: o.onProgress ?? (() => {}),
  };
  const staging = `${home}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    o.onProgress?.(`downloading ${url}`);
    const checksumFile = join(staging, `${asset}.sha256`);
    await download(downloader, `${url}.sha256`, checksumFile, MAX_CHECKSUM);
    const expected =
      (await readFile(checksumFile, 'utf8')).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (!/^[0-9a-f]{64}$/.test(expected))
      throw new ToolSetupError(`${url}.sha256 does not hold a SHA-256 checksum`);
    const file = join(staging, asset);
    const actual = await download(downloader, url, file, MAX_ARCHIVE);
    // A complete download with the wrong content is not a passing failure: no retry.
    if (actual !== expected)
      throw new ToolSetupError(
        `checksum mismatch for ${asset}: expected ${expected}, got ${actual}; nothing was installed`,
      );

    const unpacked = join(staging, 'unpacked');
    await mkdir(unpacked);
    const args = archive === 'zip' ? ['-xf', file, '-C', unpacked] : ['-xzf', file, '-C', unpacked];
    const result = await o.runner('tar', args, {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      timeoutMs: 120_000,
    });
    if (result.kind !== 'exited' || result.code !== 0) {
      throw new ToolSetupError(
        `cannot unpack ${asset}: ${result.kind === 'exited' ? result.stderr.trim() : result.kind}`,
      );
    }
    const found = await findFile(unpacked, binary, 3);
    if (!found) throw new ToolSetupError(`${asset} holds no ${binary}`);
    await mkdir(home, { recursive: true });
    await rename(found, installed);
    await writeFile(join(home, 'sha256'), `${expected}  ${asset}\n`);
    return installed;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

interface Downloader {
  fetch: typeof globalThis.fetch;
  retry: DownloadRetry;
  onProgress: (message: string) => void;
}

/** A failure that may pass: the network, a timeout, a body cut short, HTTP 5xx or 429. */
class TransientError extends Error {}

/**
 * Streams `url` into `file` (replaced at each attempt) and returns its SHA-256, retrying transient
 * failures with backoff; anything else (HTTP 404, over `max` bytes) fails at once.
 */
async function download(d: Downloader, url: string, file: string, max: number): Promise<string> {
  const { attempts, minDelayMs, attemptTimeoutMs } = d.retry;
  try {
    return await pRetry(() => downloadOnce(d.fetch, url, file, max, attemptTimeoutMs), {
      retries: Math.max(0, attempts - 1),
      minTimeout: minDelayMs,
      factor: 2,
      randomize: true,
      shouldRetry: ({ error }) => error instanceof TransientError,
      onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
        if (error instanceof TransientError && retriesLeft > 0)
          d.onProgress(
            `${url}: ${error.message}; trying again (attempt ${attemptNumber + 1} of ${attempts})`,
          );
      },
    });
  } catch (error) {
    if (error instanceof TransientError)
      throw new ToolSetupError(
        `cannot download ${url}: ${error.message} (${attempts} attempt${attempts === 1 ? '' : 's'})`,
      );
    throw error;
  }
}

async function downloadOnce(
  fetch: typeof globalThis.fetch,
  url: string,
  file: string,
  max: number,
  timeoutMs: number,
): Promise<string> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal });
  } catch (error) {
    throw new TransientError(signal.aborted ? `timed out after ${timeoutMs} ms` : reason(error));
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const status = `HTTP ${response.status}`;
    if (response.status >= 500 || response.status === 429) throw new TransientError(status);
    throw new AbortError(new ToolSetupError(`cannot download ${url}: ${status}`));
  }
  // The announced length, unless fetch decodes the body (then it counts the encoded bytes).
  const header = response.headers.get('content-length');
  const encoding = response.headers.get('content-encoding') ?? 'identity';
  const length = header === null || encoding !== 'identity' ? null : Number(header);
  const tooBig = (bytes: number) =>
    new ToolSetupError(`${url} is ${bytes} bytes, over the ${max}-byte limit`);
  if (length !== null && length > max) {
    await response.body?.cancel().catch(() => undefined);
    throw new AbortError(tooBig(length));
  }
  if (!response.body) throw new TransientError('the response has no body');

  const hash = createHash('sha256');
  let bytes = 0;
  let over = false;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > max) {
        over = true;
        done(tooBig(bytes));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>),
      meter,
      createWriteStream(file),
      { signal },
    );
  } catch (error) {
    if (over) throw new AbortError(tooBig(bytes));
    const why = signal.aborted ? `timed out after ${timeoutMs} ms` : reason(error);
    throw new TransientError(`the download broke off after ${bytes} bytes: ${why}`);
  }
  if (length !== null && bytes !== length)
    throw new TransientError(`the body ended after ${bytes} of ${length} bytes`);
  return hash.digest('hex');
}

/** An error's message with its cause's (`fetch failed (connect ECONNREFUSED …)`). */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}

async function findFile(dir: string, name: string, depth: number): Promise<string | null> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isFile() && entry.name === name) return path;
    if (entry.isDirectory() && depth > 0) {
      const found = await findFile(path, name, depth - 1);
      if (found) return found;
    }
  }
  return null;
}
