// The releases of a tool between two versions, for `bisect`: uv's from its GitHub releases (the
// REST API at GITHUB_API_URL, followed page by page through the Link header), virtualenv's, pdm's
// and poetry's from a PEP 503 simple index (PIP_INDEX_URL, else PyPI). Only stable releases count
// (no drafts, pre-releases or yanked files), ordered by version. Everything read is size-capped
// and validated.
import * as z from 'zod/mini';
import { redactUrls, splitCredentials, withoutCredentials } from './url-redact.js';
import type { NamedTool } from './spec.js';
import { ToolSetupError } from './prepare.js';

export interface Release {
  version: string;
  /** The release's notes (its GitHub release page). */
  notesUrl: string;
}

export interface ReleaseSource {
  /** GitHub's REST API; `https://api.github.com` unless GITHUB_API_URL says otherwise. */
  githubApiUrl: string;
  /** A PEP 503 simple index; `https://pypi.org/simple` unless PIP_INDEX_URL says otherwise. */
  indexUrl: string;
  token?: string | null;
  fetch?: typeof globalThis.fetch;
  /** Pages of 100 releases read at most (default 30). */
  maxPages?: number;
}

/** Where each tool's release notes live. */
const REPOSITORIES: Record<NamedTool, string> = {
  uv: 'astral-sh/uv',
  virtualenv: 'pypa/virtualenv',
  pdm: 'pdm-project/pdm',
  poetry: 'python-poetry/poetry',
};

export function notesUrl(tool: NamedTool, version: string): string {
  return `https://github.com/${REPOSITORIES[tool]}/releases/tag/${version}`;
}

export function sourceFromEnv(env: NodeJS.ProcessEnv): ReleaseSource {
  return {
    githubApiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    indexUrl: env.PIP_INDEX_URL || 'https://pypi.org/simple',
    token: env.GITHUB_TOKEN || null,
  };
}

/** The stable releases after `good` up to and including `bad`, oldest first. */
export async function releasesBetween(
  tool: NamedTool,
  good: string,
  bad: string,
  source: ReleaseSource,
): Promise<Release[]> {
  const all =
    tool === 'uv' ? await githubReleases(good, source) : await indexReleases(tool, source);
  return inRange(all, good, bad);
}

/** Stable versions strictly after `good`, up to and including `bad`, sorted, without duplicates. */
export function inRange<T extends { version: string }>(items: T[], good: string, bad: string): T[] {
  const seen = new Set<string>();
  return items
    .filter((r) => isStable(r.version))
    .filter((r) => compareVersions(r.version, good) > 0 && compareVersions(r.version, bad) <= 0)
    .sort((a, b) => compareVersions(a.version, b.version))
    .filter((r) => (seen.has(r.version) ? false : (seen.add(r.version), true)));
}

const STABLE = /^v?\d+(?:\.\d+)*(?:\.post\d+)?$/;

export function isStable(version: string): boolean {
  return STABLE.test(version);
}

/** Orders release versions (`0.4.30` < `0.5.0` < `0.5.0.post1`); pre-releases before their release. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^v?(\d+(?:\.\d+)*)(?:[-.]?(a|b|rc|alpha|beta)\.?(\d+))?(?:\.post(\d+))?/.exec(v);
    const release = (m?.[1] ?? '0').split('.').map(Number);
    const pre = m?.[2] ? [{ a: 0, alpha: 0, b: 1, beta: 1, rc: 2 }[m[2]] ?? 0, Number(m[3])] : null;
    return { release, pre, post: m?.[4] === undefined ? -1 : Number(m[4]) };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.release.length, y.release.length); i++) {
    const d = (x.release[i] ?? 0) - (y.release[i] ?? 0);
    if (d) return d;
  }
  // A pre-release sorts before its release.
  if (x.pre && !y.pre) return -1;
  if (!x.pre && y.pre) return 1;
  if (x.pre && y.pre) {
    const d = (x.pre[0] ?? 0) - (y.pre[0] ?? 0) || (x.pre[1] ?? 0) - (y.pre[1] ?? 0);
    if (d) return d;
  }
  return x.post - y.post;
}

const GithubRelease = z.object({
  tag_name: z.string().check(z.maxLength(100)),
  draft: z.optional(z.boolean()),
  prerelease: z.optional(z.boolean()),
  html_url: z.optional(z.string().check(z.maxLength(500))),
});
const GithubReleases = z.array(GithubRelease).check(z.maxLength(1000));

const MAX_PAGE = 8 * 1024 * 1024;

/** uv's releases, newest first as the API lists them, read until a page is all older than `good`. */
async function githubReleases(good: string, s: ReleaseSource): Promise<Release[]> {
  const fetch = s.fetch ?? globalThis.fetch;
  const api = s.githubApiUrl.replace(/\/+$/, '');
  let url: string | null = `${api}/repos/${REPOSITORIES.uv}/releases?per_page=100`;
  const releases: Release[] = [];
  for (let page = 0; url && page < (s.maxPages ?? 30); page++) {
    const response = await get(fetch, url, {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(s.token ? { authorization: `Bearer ${s.token}` } : {}),
    });
    const parsed = GithubReleases.safeParse(parseJson(await bounded(response, url), url));
    if (!parsed.success)
      throw new ToolSetupError(
        `${withoutCredentials(url)}: not a list of releases (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})`,
      );
    for (const r of parsed.data) {
      if (r.draft || r.prerelease) continue;
      const version = r.tag_name.replace(/^v/, '');
      releases.push({ version, notesUrl: r.html_url ?? notesUrl('uv', version) });
    }
    const versions = parsed.data.map((r) => r.tag_name).filter(isStable);
    if (versions.length && versions.every((v) => compareVersions(v, good) <= 0)) break;
    url = nextLink(response.headers.get('link'), api);
  }
  return releases;
}

/** The next page, followed only on the API's own origin (the token goes with the request). */
function nextLink(header: string | null, api: string): string | null {
  for (const part of (header ?? '').slice(0, 4096).split(',')) {
    const m = /<([^<>]{1,2000})>\s*;\s*rel="?next"?/.exec(part);
    if (!m?.[1]) continue;
    try {
      return new URL(m[1]).origin === new URL(api).origin ? m[1] : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** The versions a PEP 503 page lists (from its wheel and sdist file names), yanked files left out. */
async function indexReleases(tool: NamedTool, s: ReleaseSource): Promise<Release[]> {
  const fetch = s.fetch ?? globalThis.fetch;
  const url = `${s.indexUrl.replace(/\/+$/, '')}/${tool}/`;
  const response = await get(fetch, url, { accept: 'text/html' });
  return versionsOnIndexPage(await bounded(response, url), tool).map((version) => ({
    version,
    notesUrl: notesUrl(tool, version),
  }));
}

export function versionsOnIndexPage(html: string, project: string): string[] {
  const name = project.replace(/[-_.]+/g, '[-_.]');
  const file = new RegExp(
    `^${name}-([^-]+?)(?:-[^-]+-[^-]+-[^-]+(?:-[^-]+)?\\.whl|\\.tar\\.gz|\\.zip)$`,
    'i',
  );
  const versions = new Set<string>();
  // `[^<>]`: a match attempt stops at the next tag, so a page of broken anchors stays linear.
  for (const m of html.matchAll(/<a\b([^<>]{0,4000})>([^<>]{0,1000})<\/a>/gi)) {
    if (/\bdata-yanked\b/i.test(m[1] ?? '')) continue;
    const version = file.exec((m[2] ?? '').trim())?.[1];
    if (version) versions.add(version);
  }
  return [...versions];
}

async function get(
  fetch: typeof globalThis.fetch,
  url: string,
  headers: Record<string, string>,
): Promise<Response> {
  const plain = splitCredentials(url);
  const auth: Record<string, string> =
    plain.authorization && !headers.authorization ? { authorization: plain.authorization } : {};
  let response: Response;
  try {
    response = await fetch(plain.url, {
      headers: { ...headers, ...auth },
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new ToolSetupError(
      `cannot list releases: ${withoutCredentials(url)}: ${redactUrls((error as Error).message)}`,
    );
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new ToolSetupError(
      `cannot list releases: ${withoutCredentials(url)}: HTTP ${response.status}`,
    );
  }
  return response;
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ToolSetupError(`${withoutCredentials(url)}: the answer is not JSON`);
  }
}

async function bounded(response: Response, url: string): Promise<string> {
  const tooLarge = () => new ToolSetupError(`${withoutCredentials(url)} is over ${MAX_PAGE} bytes`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_PAGE) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  // Counted while it arrives: a chunked answer without a length is cut at the cap, not read whole.
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  if (response.body)
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      // Leaving the loop cancels the stream: nothing more is read.
      if ((over = size > MAX_PAGE)) break;
      chunks.push(chunk);
    }
  if (over) throw tooLarge();
  return Buffer.concat(chunks).toString('utf8');
}
