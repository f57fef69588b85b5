// Markdown that untrusted text cannot break out of: no live @mentions, no raw HTML, code spans
// and fences longer than any backtick run inside them.

/** Text for a Markdown paragraph: Markdown syntax and HTML neutralised, mentions defused. */
export function escapeText(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_{}[\]()#+!|>]/g, '\\$&')
    .replace(/~~/g, '\\~\\~')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, '&#64;');
}

/** An inline code span holding `text` literally (newlines folded). */
export function inlineCode(text: string, options: { inTable?: boolean } = {}): string {
  let body = oneLine(text);
  if (options.inTable) body = body.replace(/\|/g, '\\|');
  if (!body) return '` `';
  const fence = '`'.repeat(longestRun(body, '`') + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || body.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A fenced code block that the text inside cannot close. */
export function codeBlock(text: string, info = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  const safeInfo = info.replace(/[^\w+-]/g, '');
  return `${fence}${safeInfo}\n${text.replace(/\r/g, '')}\n${fence}`;
}

/** One line of printable text: control characters and line breaks become spaces. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/** The longest run of `char` (one UTF-16 unit) in `text`. */
function longestRun(text: string, char: string): number {
  const code = char.charCodeAt(0);
  let longest = 0;
  for (let at = text.indexOf(char); at >= 0;) {
    let end = at + 1;
    while (text.charCodeAt(end) === code) end++;
    if (end - at > longest) longest = end - at;
    at = text.indexOf(char, end);
  }
  return longest;
}
