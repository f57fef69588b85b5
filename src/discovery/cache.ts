// Persistent probe cache: one JSON file, entries keyed by path and checked against the identity
// of the file that runs (resolved path, ctime, mtime, size, inode) and the probe script's hash.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stableHash } from '../core/identity.js';
import { ProbeFacts } from '../core/inventory/probe-output.js';
import { ProbeError } from '../core/model.js';
import type { ProbeOutcome } from './introspect.js';
import { PROBE_SCRIPT } from './probe-script.js';

const FILE_NAME = 'probe-cache-v1.json';
const PROBE_HASH = stableHash(PROBE_SCRIPT);

export interface FileIdentity {
  realpath: string;
  ctimeMs: number;
  mtimeMs: number;
  size: number;
  ino: number;
}

interface StoredEntry {
  fingerprint: string;
  facts?: unknown;
  error?: unknown;
}

export function fingerprintOf(path: string, id: FileIdentity): string {
  return [PROBE_HASH, path, id.realpath, id.ctimeMs, id.mtimeMs, id.size, id.ino].join('|');
}

export class ProbeCache {
  private dirty = false;

  private constructor(
    private readonly file: string | null,
    private readonly entries: Map<string, StoredEntry>,
    private readonly warn: (message: string) => void = () => {},
  ) {}

  /** A cache that remembers nothing (`--no-cache`). */
  static disabled(): ProbeCache {
    return new ProbeCache(null, new Map());
  }

  /**
   * Loads the cache. It is only a cache: a missing file starts an empty one, and one that cannot
   * be read or parsed does too, with a warning; `warn` is also told when it cannot be saved.
   */
  static async load(dir: string, warn: (message: string) => void = () => {}): Promise<ProbeCache> {
    const file = join(dir, FILE_NAME);
    const entries = new Map<string, StoredEntry>();
    let text: string | null = null;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      // Missing (or a file where a directory should be: saving says so) is a plain first run.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        warn(
          `cannot read the probe cache ${file} (${describe(error)}); every interpreter is queried`,
        );
    }
    if (text !== null) {
      try {
        const data = JSON.parse(text) as { entries?: Record<string, StoredEntry> } | null;
        for (const [path, entry] of Object.entries(data?.entries ?? {})) {
          if (entry && typeof entry.fingerprint === 'string') entries.set(path, entry);
        }
      } catch {
        warn(`the probe cache ${file} is not valid JSON; it is started afresh`);
      }
    }
    return new ProbeCache(file, entries, warn);
  }

  get(path: string, id: FileIdentity): ProbeOutcome | null {
    const entry = this.entries.get(path);
    if (!entry || entry.fingerprint !== fingerprintOf(path, id)) return null;
    if (entry.facts !== undefined) {
      const facts = ProbeFacts.safeParse(entry.facts);
      return facts.success ? { facts: facts.data, error: null } : null;
    }
    const error = ProbeError.safeParse(entry.error);
    return error.success ? { facts: null, error: error.data } : null;
  }

  set(path: string, id: FileIdentity, outcome: ProbeOutcome): void {
    if (!this.file) return;
    const fingerprint = fingerprintOf(path, id);
    this.entries.set(
      path,
      outcome.facts ? { fingerprint, facts: outcome.facts } : { fingerprint, error: outcome.error },
    );
    this.dirty = true;
  }

  /**
   * Writes the cache through a temporary file renamed into place. A cache that cannot be written
   * costs time on the next run, nothing else: that is a warning, and the temporary file is
   * removed whatever happened.
   */
  async save(): Promise<void> {
    if (!this.file || !this.dirty) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(
        tmp,
        JSON.stringify({ version: 1, entries: Object.fromEntries(this.entries) }),
      );
      await rename(tmp, this.file);
      this.dirty = false;
    } catch (error) {
      await rm(tmp, { force: true }).catch(() => {});
      this.warn(
        `cannot write the probe cache ${this.file} (${describe(error)}); nothing was cached`,
      );
    }
  }
}

/** Node's own message: it names the call, the path and the error code (`ENOTDIR: …, mkdir '…'`). */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `$XDG_CACHE_HOME/interpreter-guard`, or the platform's usual cache folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv, os: string, home: string): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'interpreter-guard');
  if (os === 'windows')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'interpreter-guard', 'Cache');
  if (os === 'macos') return join(home, 'Library', 'Caches', 'interpreter-guard');
  return join(home, '.cache', 'interpreter-guard');
}
