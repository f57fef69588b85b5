// Fetches `.txt`/`.log` attachments of an issue: GitHub hosts over https only (every redirect is
// checked against the allow-list), at most 25 MB each, with a timeout, and without credentials.
// A failure leaves the file out.

export const MAX_ATTACHMENT = 25 * 1024 * 1024;
const DEFAULT_HOSTS = [
  /^github\.com$/,
  /^objects\.githubusercontent\.com$/,
  /^github-production-user-asset-[\w-]+\.s3\.amazonaws\.com$/,
];

export interface AttachmentOptions {
  fetch?: typeof globalThis.fetch;
  allowedHosts?: RegExp[];
  /** URL schemes allowed, `https:` unless a test serves files over http on loopback. */
  schemes?: string[];
  timeoutMs?: number;
  maxBytes?: number;
  onSkip?: (url: string, why: string) => void;
}

export function attachmentFetcher(
  options: AttachmentOptions = {},
): (urls: string[]) => Promise<string[]> {
  const fetch = options.fetch ?? globalThis.fetch;
  const hosts = options.allowedHosts ?? DEFAULT_HOSTS;
  const max = options.maxBytes ?? MAX_ATTACHMENT;
  const schemes = options.schemes ?? ['https:'];
  return async (urls) => {
    const texts: string[] = [];
    for (const url of urls) {
      try {
        texts.push(
          await fetchOne(fetch, url, {
            hosts,
            schemes,
            max,
            timeoutMs: options.timeoutMs ?? 30_000,
          }),
        );
      } catch (error) {
        options.onSkip?.(url, (error as Error).message);
      }
    }
    return texts;
  };
}

async function fetchOne(
  fetch: typeof globalThis.fetch,
  start: string,
  limits: { hosts: RegExp[]; schemes: string[]; max: number; timeoutMs: number },
): Promise<string> {
  const { hosts, schemes, max } = limits;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = start;
  for (let hop = 0; hop < 4; hop++) {
    const { hostname: host, protocol } = new URL(url);
    if (!schemes.includes(protocol)) throw new Error(`${protocol} URLs are not fetched`);
    if (!hosts.some((h) => h.test(host))) throw new Error(`host ${host} is not allowed`);
    const response = await fetch(url, { redirect: 'manual', signal, credentials: 'omit' });
    if (response.status >= 300 && response.status < 400) {
      const next = response.headers.get('location');
      if (!next) throw new Error(`redirect without a location (${response.status})`);
      url = new URL(next, url).toString();
      continue;
    }
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > max) throw new Error(`${declared} bytes, over the ${max}-byte limit`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > max) throw new Error(`over the ${max}-byte limit`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  throw new Error('too many redirects');
}
