// Installs a uv release (`--tool uv@0.4.30`) into a tool cache: the release asset for this platform
// and its published `.sha256` are downloaded, the archive is checked against the checksum, then
// unpacked with the system's `tar` (which also reads .zip on Windows).
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProcessRunner } from '../discovery/process-runner.js';
import { ToolSetupError } from './prepare.js';

export interface UvReleaseOptions {
  version: string;
  cacheDir: string;
  platform: NodeJS.Platform;
  arch: string;
  /** Where releases are downloaded from; `https://github.com` unless testing. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  runner: ProcessRunner;
  onProgress?: (message: string) => void;
}

const MAX_ARCHIVE = 200 * 1024 * 1024;

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
  if (await exists(installed)) return installed;

  const fetch = o.fetch ?? globalThis.fetch;
  const asset = `uv-${triple}.${archive}`;
  const url = `${(o.baseUrl ?? 'https://github.com').replace(/\/+$/, '')}/astral-sh/uv/releases/download/${o.version}/${asset}`;
  o.onProgress?.(`downloading ${url}`);
  const expected =
    (await download(fetch, `${url}.sha256`, 4096))
      .toString('utf8')
      .trim()
      .split(/\s+/)[0]
      ?.toLowerCase() ?? '';
  if (!/^[0-9a-f]{64}$/.test(expected))
    throw new ToolSetupError(`${url}.sha256 does not hold a SHA-256 checksum`);
  const data = await download(fetch, url, MAX_ARCHIVE);
  const actual = createHash('sha256').update(data).digest('hex');
  if (actual !== expected)
    throw new ToolSetupError(
      `checksum mismatch for ${asset}: expected ${expected}, got ${actual}; nothing was installed`,
    );

  const staging = `${home}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const file = join(staging, asset);
    await writeFile(file, data);
    const args = archive === 'zip' ? ['-xf', file, '-C', staging] : ['-xzf', file, '-C', staging];
    const result = await o.runner('tar', args, {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      timeoutMs: 120_000,
    });
    if (result.kind !== 'exited' || result.code !== 0) {
      throw new ToolSetupError(
        `cannot unpack ${asset}: ${result.kind === 'exited' ? result.stderr.trim() : result.kind}`,
      );
    }
    const found = await findFile(staging, binary, 3);
    if (!found) throw new ToolSetupError(`${asset} holds no ${binary}`);
    await mkdir(home, { recursive: true });
    await rename(found, installed);
    await writeFile(join(home, 'sha256'), `${expected}  ${asset}\n`);
    return installed;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function download(fetch: typeof globalThis.fetch, url: string, max: number): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(300_000) });
  } catch (error) {
    throw new ToolSetupError(`cannot download ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new ToolSetupError(`cannot download ${url}: HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > max)
    throw new ToolSetupError(`${url} is ${length} bytes, over the ${max}-byte limit`);
  const body = Buffer.from(await response.arrayBuffer());
  if (body.length > max) throw new ToolSetupError(`${url} is over the ${max}-byte limit`);
  return body;
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

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
