// An index or mirror URL may carry credentials (`https://__token__:secret@host/simple`): any URL
// that goes into a message, a log line or a report is shown without them.

/** The URL with its user and password replaced by `***`; text that is no URL is returned as is. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '***';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, '//***@');
  }
}

/** Every URL in a text (an error message may quote one) without its credentials. */
export function redactUrls(text: string): string {
  return text.replace(/\/\/[^/@\s]{1,500}@/g, '//***@');
}

/**
 * A URL split into one without credentials and the Basic authorization they stand for (fetch
 * refuses a URL that carries them; pip takes them in the URL).
 */
export function splitCredentials(url: string): { url: string; authorization: string | null } {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return { url, authorization: null };
    const pair = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
    parsed.username = '';
    parsed.password = '';
    return {
      url: parsed.toString(),
      authorization: `Basic ${Buffer.from(pair).toString('base64')}`,
    };
  } catch {
    return { url, authorization: null };
  }
}
