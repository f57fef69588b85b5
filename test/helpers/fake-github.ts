// A stand-in for the GitHub REST API on loopback (also under /api/v3, as GitHub Enterprise Server
// serves it): the issue, comment, label, search, permission and reaction calls the app and the
// Action's triage mode make, recorded in `calls`. It can fail a share of writes with 502 before
// applying them, as GitHub does under load (the load benchmark uses that).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Issue {
  number: number;
  title: string;
  body: string;
  author: string;
  labels: string[];
  comments: {
    id: number;
    body: string;
    user: { login: string; type: string };
    author_association: string;
    html_url: string;
  }[];
}

/** The REST calls the app makes, under /api/v3 as on GitHub Enterprise Server. */
export interface FaultOptions {
  /** Share of writes (not GETs, not token requests) answered 502 without being applied. */
  writeFailureRate: number;
  /** Seed of the generator that picks them, so a run can be repeated. */
  seed: number;
}

export class FakeGitHub {
  /**
   * @param token the token the stand-in accepts (an installation token for the app, the
   *   workflow's for the Action)
   * @param record whether to keep every call in `calls` (the load benchmark turns it off)
   */
  constructor(
    private readonly token = 'ghs_installation',
    private readonly record = true,
  ) {}

  issues = new Map<number, Issue>();
  repoLabels = new Set<string>();
  permissions = new Map<string, string>();
  /** The repository's .github/interpreter-guard.yml: its text, null when absent, or a status to answer. */
  config: string | number | null = null;
  calls: string[] = [];
  url = '';
  /** Counts by kind of request, and the 502s injected. */
  stats = { requests: 0, writes: 0, injectedFailures: 0 };
  private faults: FaultOptions | null = null;
  private random = () => 1;
  private nextId = 1000;
  /** Issues whose comments contain a searched text, kept up to date as comments change. */
  private searchIndex = new Map<string, Set<number>>();
  private server: Server = createServer((req, res) => void this.handle(req, res));

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
  writes() {
    return this.calls.filter((c) => !c.startsWith('GET') && !c.includes('access_tokens'));
  }
  /** Fails a share of writes from now on (null: none). */
  injectFaults(faults: FaultOptions | null) {
    this.faults = faults;
    this.random = faults ? mulberry32(faults.seed) : () => 1;
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length
      ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
      : {};
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v3/, ''));
    if (this.record) this.calls.push(`${req.method} ${path}`);
    this.stats.requests++;
    const send = (status: number, data?: unknown) =>
      res
        .writeHead(status, { 'content-type': 'application/json' })
        .end(data === undefined ? '' : JSON.stringify(data));
    let m: RegExpExecArray | null;
    if ((m = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path)))
      return send(201, {
        token: 'ghs_installation',
        expires_at: new Date(Date.now() + 3600_000).toISOString(),
      });
    if (req.headers.authorization !== `token ${this.token}`)
      return send(401, { message: 'Bad credentials' });
    if (req.method !== 'GET') {
      this.stats.writes++;
      if (this.faults && this.random() < this.faults.writeFailureRate) {
        this.stats.injectedFailures++;
        return send(502, { message: 'Server Error' });
      }
    }
    if (path === '/repos/o/r/contents/.github/interpreter-guard.yml') {
      if (this.config === null) return send(404, { message: 'Not Found' });
      if (typeof this.config === 'number')
        return send(this.config, { message: 'Resource not accessible by integration' });
      return res.writeHead(200, { 'content-type': 'text/plain' }).end(this.config);
    }
    if (path.endsWith('/contents/.github/interpreter-guard.yml'))
      return send(404, { message: 'Not Found' });
    if (path === '/search/issues') {
      const q = url.searchParams.get('q') ?? '';
      const text = q.split('"')[1];
      const items = text
        ? [...this.searchHits(text)]
            .sort((a, b) => a - b) // the app asks for sort=created, order=asc
            .slice(0, Number(url.searchParams.get('per_page') ?? 30))
            .map((n) => ({ number: n, title: this.issues.get(n)?.title ?? '' }))
        : [];
      return send(200, { total_count: items.length, items });
    }
    if ((m = /^\/repos\/o\/r\/collaborators\/([^/]+)\/permission$/.exec(path)))
      return send(200, { permission: this.permissions.get(m[1] ?? '') ?? 'read' });
    if ((m = /^\/repos\/o\/r\/labels\/(.+)$/.exec(path)) && req.method === 'GET')
      return this.repoLabels.has(m[1] ?? '')
        ? send(200, { name: m[1] })
        : send(404, { message: 'Not Found' });
    if (path === '/repos/o/r/labels' && req.method === 'POST') {
      this.repoLabels.add(String(body.name));
      return send(201, body);
    }
    if ((m = /^\/repos\/o\/r\/issues\/comments\/(\d+)\/reactions$/.exec(path)))
      return send(201, { content: body.content });
    if ((m = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(path)) && req.method === 'PATCH') {
      const comment = [...this.issues.values()]
        .flatMap((i) => i.comments)
        .find((c) => c.id === Number(m?.[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = String(body.body);
      for (const issue of this.issues.values())
        if (issue.comments.includes(comment)) this.indexComment(issue.number, comment.body);
      return send(200, comment);
    }
    const issueNumber = /^\/repos\/o\/r\/issues\/(\d+)\//.exec(path)?.[1];
    const issue = issueNumber ? this.issues.get(Number(issueNumber)) : undefined;
    if (!issue) return send(404, { message: 'Not Found' });
    if (path.endsWith('/comments') && req.method === 'GET') return send(200, issue.comments);
    if (path.endsWith('/comments') && req.method === 'POST') {
      const comment = {
        id: this.nextId++,
        body: String(body.body),
        user: { login: 'interpreter-guard[bot]', type: 'Bot' },
        author_association: 'NONE',
        html_url: `https://github.example/o/r/issues/${issue.number}#c${this.nextId}`,
      };
      issue.comments.push(comment);
      this.indexComment(issue.number, comment.body);
      return send(201, comment);
    }
    if (path.endsWith('/labels') && req.method === 'POST') {
      for (const l of body.labels as string[]) if (!issue.labels.includes(l)) issue.labels.push(l);
      return send(
        200,
        issue.labels.map((name) => ({ name })),
      );
    }
    if ((m = /\/labels\/(.+)$/.exec(path)) && req.method === 'DELETE') {
      issue.labels = issue.labels.filter((l) => l !== m?.[1]);
      return send(200, []);
    }
    send(404, { message: 'Not Found' });
  }

  /** Tests edit `issues` directly, so they get a fresh scan; the benchmark, an index. */
  private searchHits(text: string): Set<number> {
    let hits = this.record ? undefined : this.searchIndex.get(text);
    if (!hits) {
      hits = new Set();
      for (const issue of this.issues.values())
        if (issue.comments.some((c) => c.body.includes(text))) hits.add(issue.number);
      if (!this.record) this.searchIndex.set(text, hits);
    }
    return hits;
  }

  private indexComment(issue: number, body: string) {
    for (const [text, hits] of this.searchIndex) if (body.includes(text)) hits.add(issue);
  }
}

/** A comment as the API lists it, by a person (`login`) unless `type` says Bot. */
export function issueComment(
  id: number,
  body: string,
  login = 'alice',
  type: 'User' | 'Bot' = 'User',
): Issue['comments'][number] {
  return { id, body, user: { login, type }, author_association: 'NONE', html_url: 'x' };
}

/**
 * What GitHub sends about `issue` of the stand-in's repository o/r (installation 42), as it is
 * now, with the sender and any other fields (`action`, `comment`) in `extra`.
 */
export function webhookPayload(issue: Issue, extra: Record<string, unknown> = {}) {
  return {
    issue: {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      user: { login: issue.author, type: 'User' },
      labels: issue.labels.map((name) => ({ name })),
      state: 'open',
    },
    repository: { id: 1, name: 'r', full_name: 'o/r', owner: { login: 'o', type: 'Organization' } },
    installation: { id: 42 },
    sender: { login: issue.author, type: 'User' },
    ...extra,
  };
}

/** A small seeded generator (mulberry32): repeatable fault patterns. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
