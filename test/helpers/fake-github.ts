// A stand-in for the GitHub REST API on loopback (also under /api/v3, as GitHub Enterprise Server
// serves it): the issue, comment, label, search, permission and reaction calls the app and the
// Action's triage mode make, recorded in `calls`.
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
export class FakeGitHub {
  /** The token the stand-in accepts (an installation token for the app, the workflow's for the Action). */
  constructor(private readonly token = 'ghs_installation') {}

  issues = new Map<number, Issue>();
  repoLabels = new Set<string>();
  permissions = new Map<string, string>();
  config: string | null = null;
  calls: string[] = [];
  url = '';
  private nextId = 1000;
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

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length
      ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
      : {};
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v3/, ''));
    this.calls.push(`${req.method} ${path}`);
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
    if (path === '/repos/o/r/contents/.github/interpreter-guard.yml') {
      if (this.config === null) return send(404, { message: 'Not Found' });
      return res.writeHead(200, { 'content-type': 'text/plain' }).end(this.config);
    }
    if (path.endsWith('/contents/.github/interpreter-guard.yml'))
      return send(404, { message: 'Not Found' });
    if (path === '/search/issues') {
      const q = url.searchParams.get('q') ?? '';
      const items = [...this.issues.values()]
        .filter((i) =>
          i.comments.some((c) => q.includes('"') && c.body.includes(q.split('"')[1] ?? '\u0000')),
        )
        .map((i) => ({ number: i.number, title: i.title }));
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
}
