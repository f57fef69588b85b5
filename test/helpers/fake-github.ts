// A stand-in for the GitHub REST API on loopback (also under /api/v3, as GitHub Enterprise Server
// serves it): the issue, comment, label, search, permission and reaction calls the app and the
// Action's triage mode make, recorded in `calls`; and the Action's pull-request, check-run and
// workflow-run calls, recorded with their query and body in `requests`. It can fail a share of
// writes with 502 before applying them, as GitHub does under load (the load benchmark uses that),
// fail chosen routes with a status, and refuse writes as a read-only token.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookDeliveries } from './webhook-deliveries.js';

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

/** A pull request of o/r, as GET /pulls lists it and GET /pulls/{number} answers it. */
export interface PullRequest {
  number: number;
  state: 'open' | 'closed';
  head: { ref: string; sha: string; repo: { full_name: string; owner: { login: string } } };
  base: { ref: string; repo: { full_name: string } };
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  html_url: string;
  details_url: string | null;
  app: { slug: string };
  output: { title: string | null; summary: string | null; annotations_count: number };
  annotations: Record<string, unknown>[];
  /** The number of annotations each create or update carried, in order. */
  batches: number[];
}

/** A workflow run as GET /actions/workflows/{id}/runs lists it. */
export interface WorkflowRun {
  id: number;
  workflow_id: string;
  event: string;
  head_branch: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  head_repository: { full_name: string };
  repository: { full_name: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
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
  /** Every request with its query and body. */
  requests: RecordedRequest[] = [];
  pulls = new Map<number, PullRequest>();
  checkRuns: CheckRun[] = [];
  workflowRuns: WorkflowRun[] = [];
  /** The token may read but not write, as a fork pull request's GITHUB_TOKEN: 403 on writes. */
  readOnly = false;
  /** The token lacks checks: write: 403 on check-run writes only. */
  noChecks = false;
  /** The next `times` requests whose `METHOD /path` matches `route` get `status`. */
  failures: { route: RegExp; status: number; times: number }[] = [];
  /** The app's slug (`GET /app`): its comments are by `<slug>[bot]`. */
  appSlug = 'interpreter-guard';
  /**
   * The user a personal token belongs to (`GET /user`, and the author of its comments); null for
   * an installation token, which may not read `GET /user` and writes as `<appSlug>[bot]`.
   */
  userLogin: string | null = null;
  /** The app's webhook deliveries (`/app/hook/deliveries`), when a test sends some. */
  hook: WebhookDeliveries | null = null;
  /** The next `times` requests whose `METHOD /path` matches `route` are never answered. */
  hangs: { route: RegExp; times: number }[] = [];
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
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections(); // hung requests too
    return closed;
  }
  /** Adds a pull request, and its issue (a pull request's comments are its issue's). */
  addPullRequest(pr: PullRequest) {
    this.pulls.set(pr.number, pr);
    this.issues.set(pr.number, {
      number: pr.number,
      title: `pull request ${pr.number}`,
      body: '',
      author: pr.head.repo.owner.login,
      labels: [],
      comments: [],
    });
  }
  /** The requests as `METHOD /path`, for assertions on what was asked. */
  routes() {
    return this.requests.map((r) => `${r.method} ${r.path}`);
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
    if (this.record) {
      this.calls.push(`${req.method} ${path}`);
      this.requests.push({ method: req.method ?? '', path, query: url.searchParams, body });
    }
    this.stats.requests++;
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) =>
      res
        .writeHead(status, { 'content-type': 'application/json', ...headers })
        .end(data === undefined ? '' : JSON.stringify(data));
    let m: RegExpExecArray | null;
    const hang = this.hangs.find((h) => h.times > 0 && h.route.test(`${req.method} ${path}`));
    if (hang) return void hang.times--;
    const app = this.handleApp(req, url, send);
    if (app !== false) return app;
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
    const failure = this.failures.find((f) => f.times > 0 && f.route.test(`${req.method} ${path}`));
    if (failure) {
      failure.times--;
      return send(failure.status, { message: `injected ${failure.status}` });
    }
    if (
      req.method !== 'GET' &&
      (this.readOnly || (this.noChecks && path.startsWith('/repos/o/r/check-runs')))
    )
      return send(403, { message: 'Resource not accessible by integration' });
    if (path === '/user' && req.method === 'GET')
      return this.userLogin
        ? send(200, { login: this.userLogin, type: 'User' })
        : send(403, { message: 'Resource not accessible by integration' });
    const action = this.handleAction(req.method ?? '', path, url.searchParams, body, send);
    if (action !== false) return action;
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
        user: this.userLogin
          ? { login: this.userLogin, type: 'User' }
          : { login: `${this.appSlug}[bot]`, type: 'Bot' },
        author_association: 'NONE',
        html_url: `https://github.example/o/r/issues/${issue.number}#c${this.nextId}`,
      };
      issue.comments.push(comment);
      this.indexComment(issue.number, comment.body);
      return send(201, comment);
    }
    if (path.endsWith('/labels') && req.method === 'GET')
      return send(
        200,
        issue.labels.map((name) => ({ name })),
      );
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

  /** The Action's own routes: pull requests, check runs, workflow runs; false when none matches. */
  private handleAction(
    method: string,
    path: string,
    query: URLSearchParams,
    body: Record<string, unknown>,
    send: (status: number, data?: unknown, headers?: Record<string, string>) => void,
  ): void | false {
    let m: RegExpExecArray | null;
    if (path === '/repos/o/r/pulls' && method === 'GET') {
      const head = query.get('head');
      const state = query.get('state') ?? 'open';
      return send(
        200,
        [...this.pulls.values()].filter(
          (p) =>
            (!head || `${p.head.repo.owner.login}:${p.head.ref}` === head) &&
            (state === 'all' || p.state === state),
        ),
      );
    }
    if ((m = /^\/repos\/o\/r\/pulls\/(\d+)$/.exec(path)) && method === 'GET') {
      const pr = this.pulls.get(Number(m[1]));
      return pr ? send(200, pr) : send(404, { message: 'Not Found' });
    }
    // GitHub answers [] for a commit that lives only in a fork.
    if ((m = /^\/repos\/o\/r\/commits\/([0-9a-f]+)\/pulls$/.exec(path)) && method === 'GET')
      return send(
        200,
        [...this.pulls.values()].filter(
          (p) => p.head.sha === m?.[1] && p.head.repo.full_name === 'o/r',
        ),
      );
    if ((m = /^\/repos\/o\/r\/commits\/([^/]+)\/check-runs$/.exec(path)) && method === 'GET') {
      const name = query.get('check_name');
      const runs = this.checkRuns
        .filter((r) => r.head_sha === m?.[1] && (!name || r.name === name))
        .map((r) => ({ ...r, annotations: undefined, batches: undefined }));
      return send(200, { total_count: runs.length, check_runs: runs });
    }
    if (path === '/repos/o/r/check-runs' && method === 'POST') {
      const output = body.output as { annotations?: unknown[] } | undefined;
      if ((output?.annotations?.length ?? 0) > 50)
        return send(422, { message: 'Only 50 annotations are allowed per request' });
      const id = this.nextId++;
      const run: CheckRun = {
        id,
        name: String(body.name),
        head_sha: String(body.head_sha),
        status: text(body.status) ?? 'queued',
        conclusion: (body.conclusion as string | undefined) ?? null,
        html_url: `https://github.example/o/r/runs/${id}`,
        details_url: (body.details_url as string | undefined) ?? null,
        app: { slug: 'github-actions' },
        output: { title: null, summary: null, annotations_count: 0 },
        annotations: [],
        batches: [],
      };
      this.checkRuns.push(run);
      this.updateCheckRun(run, body);
      return send(201, run);
    }
    if ((m = /^\/repos\/o\/r\/check-runs\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const run = this.checkRuns.find((r) => r.id === Number(m?.[1]));
      if (!run) return send(404, { message: 'Not Found' });
      const output = body.output as { annotations?: unknown[] } | undefined;
      if ((output?.annotations?.length ?? 0) > 50)
        return send(422, { message: 'Only 50 annotations are allowed per request' });
      this.updateCheckRun(run, body);
      return send(200, run);
    }
    if ((m = /^\/repos\/o\/r\/check-runs\/(\d+)\/annotations$/.exec(path)) && method === 'GET') {
      const run = this.checkRuns.find((r) => r.id === Number(m?.[1]));
      if (!run) return send(404, { message: 'Not Found' });
      const perPage = Number(query.get('per_page') ?? 30);
      const page = Number(query.get('page') ?? 1);
      const more = run.annotations.length > page * perPage;
      return send(
        200,
        run.annotations.slice((page - 1) * perPage, page * perPage),
        more
          ? {
              link: `<http://${this.url}${path}?per_page=${perPage}&page=${page + 1}>; rel="next"`,
            }
          : {},
      );
    }
    if ((m = /^\/repos\/o\/r\/actions\/workflows\/([^/]+)\/runs$/.exec(path)) && method === 'GET') {
      const status = query.get('status');
      const runs = this.workflowRuns.filter(
        (r) =>
          r.workflow_id === m?.[1] &&
          (!query.get('event') || r.event === query.get('event')) &&
          (!query.get('branch') || r.head_branch === query.get('branch')) &&
          (!status || r.status === status || r.conclusion === status),
      );
      return send(200, { total_count: runs.length, workflow_runs: runs });
    }
    return false;
  }

  private updateCheckRun(run: CheckRun, body: Record<string, unknown>) {
    run.status = text(body.status) ?? run.status;
    run.conclusion = text(body.conclusion) ?? run.conclusion;
    run.details_url = text(body.details_url) ?? run.details_url;
    const output = body.output as
      { title?: string; summary?: string; annotations?: Record<string, unknown>[] } | undefined;
    if (!output) return;
    run.output.title = output.title ?? run.output.title;
    run.output.summary = output.summary ?? run.output.summary;
    const added = output.annotations ?? [];
    run.annotations.push(...added); // GitHub appends: annotations are never replaced
    run.output.annotations_count = run.annotations.length;
    run.batches.push(added.length);
  }

  /** The routes an app calls as itself (a JWT, not an installation token); false for others. */
  private handleApp(
    req: IncomingMessage,
    url: URL,
    send: (status: number, data?: unknown, headers?: Record<string, string>) => void,
  ): void | false {
    const path = url.pathname.replace(/^\/api\/v3/, '');
    if (!/^\/app(\/|$)/.test(path) || path.startsWith('/app/installations/')) return false;
    if (!req.headers.authorization?.startsWith('bearer '))
      return send(401, { message: 'A JSON web token could not be decoded' });
    if (path === '/app' && req.method === 'GET')
      return send(200, { id: 123, slug: this.appSlug, name: this.appSlug });
    if (path === '/app/hook/deliveries' && req.method === 'GET') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const { items, next } = this.hook?.page(url.searchParams.get('cursor'), perPage) ?? {
        items: [],
        next: null,
      };
      const link = `<http://${this.url}${url.pathname}?per_page=${perPage}&cursor=${next}>; rel="next"`;
      return send(200, items, next ? { link } : {});
    }
    const m = /^\/app\/hook\/deliveries\/(\d+)\/attempts$/.exec(path);
    if (m && req.method === 'POST')
      return this.hook?.redeliver(Number(m[1]))
        ? send(202, {})
        : send(404, { message: 'Not Found' });
    return send(404, { message: 'Not Found' });
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

/** A string field of a request body, or undefined. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
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
