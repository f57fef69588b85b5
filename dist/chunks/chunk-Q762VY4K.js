import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  ToolSetupError,
  redactUrls,
  splitCredentials,
  withoutCredentials
} from "./chunk-DAVLWF5Z.js";
import {
  _maxLength,
  array,
  boolean,
  object,
  optional,
  string
} from "./chunk-ZA7TPQS4.js";

// src/tools/releases.ts
var REPOSITORIES = {
  uv: "astral-sh/uv",
  virtualenv: "pypa/virtualenv",
  pdm: "pdm-project/pdm",
  poetry: "python-poetry/poetry"
};
function notesUrl(tool, version) {
  return `https://github.com/${REPOSITORIES[tool]}/releases/tag/${version}`;
}
function sourceFromEnv(env) {
  return {
    githubApiUrl: env.GITHUB_API_URL || "https://api.github.com",
    indexUrl: env.PIP_INDEX_URL || "https://pypi.org/simple",
    token: env.GITHUB_TOKEN || null
  };
}
async function releasesBetween(tool, good, bad, source) {
  const all = tool === "uv" ? await githubReleases(good, source) : await indexReleases(tool, source);
  return inRange(all, good, bad);
}
function inRange(items, good, bad) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((r) => isStable(r.version)).filter((r) => compareVersions(r.version, good) > 0 && compareVersions(r.version, bad) <= 0).sort((a, b) => compareVersions(a.version, b.version)).filter((r) => seen.has(r.version) ? false : (seen.add(r.version), true));
}
var STABLE = /^v?\d+(?:\.\d+)*(?:\.post\d+)?$/;
function isStable(version) {
  return STABLE.test(version);
}
function compareVersions(a, b) {
  const parse = (v) => {
    const m = /^v?(\d+(?:\.\d+)*)(?:[-.]?(a|b|rc|alpha|beta)\.?(\d+))?(?:\.post(\d+))?/.exec(v);
    const release = (m?.[1] ?? "0").split(".").map(Number);
    const pre = m?.[2] ? [{ a: 0, alpha: 0, b: 1, beta: 1, rc: 2 }[m[2]] ?? 0, Number(m[3])] : null;
    return { release, pre, post: m?.[4] === void 0 ? -1 : Number(m[4]) };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.release.length, y.release.length); i++) {
    const d = (x.release[i] ?? 0) - (y.release[i] ?? 0);
    if (d) return d;
  }
  if (x.pre && !y.pre) return -1;
  if (!x.pre && y.pre) return 1;
  if (x.pre && y.pre) {
    const d = (x.pre[0] ?? 0) - (y.pre[0] ?? 0) || (x.pre[1] ?? 0) - (y.pre[1] ?? 0);
    if (d) return d;
  }
  return x.post - y.post;
}
var GithubRelease = object({
  tag_name: string().check(_maxLength(100)),
  draft: optional(boolean()),
  prerelease: optional(boolean()),
  html_url: optional(string().check(_maxLength(500)))
});
var GithubReleases = array(GithubRelease).check(_maxLength(1e3));
var MAX_PAGE = 8 * 1024 * 1024;
async function githubReleases(good, s) {
  const fetch = s.fetch ?? globalThis.fetch;
  const api = s.githubApiUrl.replace(/\/+$/, "");
  let url = `${api}/repos/${REPOSITORIES.uv}/releases?per_page=100`;
  const releases = [];
  for (let page = 0; url && page < (s.maxPages ?? 30); page++) {
    const response = await get(fetch, url, {
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      ...s.token ? { authorization: `Bearer ${s.token}` } : {}
    });
    const parsed = GithubReleases.safeParse(parseJson(await bounded(response, url), url));
    if (!parsed.success)
      throw new ToolSetupError(
        `${withoutCredentials(url)}: not a list of releases (${parsed.error.issues[0]?.path.join(".") ?? ""}: ${parsed.error.issues[0]?.message ?? ""})`
      );
    for (const r of parsed.data) {
      if (r.draft || r.prerelease) continue;
      const version = r.tag_name.replace(/^v/, "");
      releases.push({ version, notesUrl: r.html_url ?? notesUrl("uv", version) });
    }
    const versions = parsed.data.map((r) => r.tag_name).filter(isStable);
    if (versions.length && versions.every((v) => compareVersions(v, good) <= 0)) break;
    url = nextLink(response.headers.get("link"), api);
  }
  return releases;
}
function nextLink(header, api) {
  for (const part of (header ?? "").slice(0, 4096).split(",")) {
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
async function indexReleases(tool, s) {
  const fetch = s.fetch ?? globalThis.fetch;
  const url = `${s.indexUrl.replace(/\/+$/, "")}/${tool}/`;
  const response = await get(fetch, url, { accept: "text/html" });
  return versionsOnIndexPage(await bounded(response, url), tool).map((version) => ({
    version,
    notesUrl: notesUrl(tool, version)
  }));
}
function versionsOnIndexPage(html, project) {
  const name = project.replace(/[-_.]+/g, "[-_.]");
  const file = new RegExp(
    `^${name}-([^-]+?)(?:-[^-]+-[^-]+-[^-]+(?:-[^-]+)?\\.whl|\\.tar\\.gz|\\.zip)$`,
    "i"
  );
  const versions = /* @__PURE__ */ new Set();
  for (const m of html.matchAll(/<a\b([^<>]{0,4000})>([^<>]{0,1000})<\/a>/gi)) {
    if (/\bdata-yanked\b/i.test(m[1] ?? "")) continue;
    const version = file.exec((m[2] ?? "").trim())?.[1];
    if (version) versions.add(version);
  }
  return [...versions];
}
async function get(fetch, url, headers) {
  const plain = splitCredentials(url);
  const auth = plain.authorization && !headers.authorization ? { authorization: plain.authorization } : {};
  let response;
  try {
    response = await fetch(plain.url, {
      headers: { ...headers, ...auth },
      signal: AbortSignal.timeout(6e4)
    });
  } catch (error) {
    throw new ToolSetupError(
      `cannot list releases: ${withoutCredentials(url)}: ${redactUrls(error.message)}`
    );
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => void 0);
    throw new ToolSetupError(
      `cannot list releases: ${withoutCredentials(url)}: HTTP ${response.status}`
    );
  }
  return response;
}
function parseJson(text, url) {
  try {
    return JSON.parse(text);
  } catch {
    throw new ToolSetupError(`${withoutCredentials(url)}: the answer is not JSON`);
  }
}
async function bounded(response, url) {
  const tooLarge = () => new ToolSetupError(`${withoutCredentials(url)} is over ${MAX_PAGE} bytes`);
  const length = Number(response.headers.get("content-length") ?? 0);
  if (length > MAX_PAGE) {
    await response.body?.cancel().catch(() => void 0);
    throw tooLarge();
  }
  const chunks = [];
  let size = 0;
  let over = false;
  if (response.body)
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (over = size > MAX_PAGE) break;
      chunks.push(chunk);
    }
  if (over) throw tooLarge();
  return Buffer.concat(chunks).toString("utf8");
}

export {
  notesUrl,
  sourceFromEnv,
  releasesBetween,
  inRange,
  isStable,
  compareVersions,
  versionsOnIndexPage
};
