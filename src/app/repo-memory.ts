// What the app remembers per repository between deliveries, bounded: its configuration for a
// short while (read again after `configCacheMs`); the labels it knows exist (a label deleted
// meanwhile is recreated by GitHub when added to an issue, so remembering them is safe); and, per
// fingerprint, the issues a search found plus those triaged since, because GitHub's search allows
// 30 requests a minute and Octokit paces it to one every two seconds.
import { LRUCache } from 'lru-cache';
import type { IssuePort } from '../github/port.js';

const MAX_REPOSITORIES = 1000;
const MAX_FINGERPRINTS = 10_000;
const RELATED_TTL_MS = 10 * 60_000;

interface Related {
  number: number;
  title: string;
}

interface Cached {
  value: unknown;
}

export class RepoMemory {
  private readonly configs: LRUCache<string, Cached, () => Promise<unknown>> | null;
  private readonly labels = new LRUCache<string, Set<string>>({ max: MAX_REPOSITORIES });
  private readonly related = new LRUCache<string, { issues: Related[]; size: number }>({
    max: MAX_FINGERPRINTS,
    ttl: RELATED_TTL_MS,
  });

  constructor(configCacheMs: number) {
    this.configs =
      configCacheMs > 0
        ? new LRUCache<string, Cached, () => Promise<unknown>>({
            max: MAX_REPOSITORIES,
            ttl: configCacheMs,
            // Concurrent deliveries for one repository share one read.
            fetchMethod: async (_key, _stale, { context }) => ({ value: await context() }),
          })
        : null;
  }

  /** The repository's configuration as `load` reads it, reused within the cache period. */
  async config(repo: string, load: () => Promise<unknown>): Promise<unknown> {
    if (!this.configs) return load();
    const cached = await this.configs.fetch(repo, { context: load });
    return cached?.value;
  }

  /** Adds an issue just triaged with this fingerprint to what a search for it remembers. */
  noteTriaged(repo: string, fingerprint: string, issue: Related): void {
    const entry = this.related.get(`${repo}\u0000${fingerprint}`, { updateAgeOnGet: false });
    if (!entry || entry.issues.some((i) => i.number === issue.number)) return;
    // Oldest first, as the search answers; past the size asked for, a later issue adds nothing.
    entry.issues = [...entry.issues, issue]
      .sort((a, b) => a.number - b.number)
      .slice(0, entry.size);
  }

  /**
   * The port, with label creation skipped for labels already known to exist in `repo`, and
   * searches for a fingerprint answered from memory while it is fresh.
   */
  withMemory<P extends IssuePort>(repo: string, port: P): P {
    const labels = this.labels.get(repo) ?? new Set<string>();
    this.labels.set(repo, labels);
    const related = this.related;
    return {
      ...port,
      async searchIssues(text, limit) {
        const key = `${repo}\u0000${text}`;
        let entry = related.get(key);
        if (!entry || entry.size < limit) {
          entry = { issues: await port.searchIssues(text, limit), size: limit };
          related.set(key, entry);
        }
        return entry.issues.slice(0, limit);
      },
      async ensureLabel(name, color, description) {
        if (labels.has(name)) return;
        await port.ensureLabel(name, color, description);
        labels.add(name);
      },
    };
  }
}
