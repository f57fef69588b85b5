// Shared line handling for the grammars: every grammar reads the same prepared lines.

/** A line longer than this is only read up to here: keeps every match linear and bounded. */
export const MAX_LINE = 8192;

/** Splits text into lines (LF or CRLF), each cut to MAX_LINE characters. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    lines[i] = line;
  }
  return lines;
}

/** The text between the first pair of backticks after `from`, or null. */
export function backticked(text: string, from = 0): { value: string; end: number } | null {
  const start = text.indexOf('`', from);
  if (start < 0) return null;
  const end = text.indexOf('`', start + 1);
  if (end < 0) return null;
  return { value: text.slice(start + 1, end), end: end + 1 };
}

/** Cuts a string to `max` characters, marking the cut. */
export function clip(text: string, max = 500): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Length of a leading `TRACE `/`DEBUG `/`INFO `/`WARN `/`ERROR ` token, including indentation a
 * paste may have added (a log inside a list item), or 0.
 */
export function levelLength(raw: string): number {
  let at = 0;
  while (at < 12 && (raw.charCodeAt(at) === 32 || raw.charCodeAt(at) === 9)) at++;
  switch (raw.charCodeAt(at)) {
    case 84: // T
      return raw.startsWith('TRACE ', at) ? at + 6 : 0;
    case 68: // D
      return raw.startsWith('DEBUG ', at) ? at + 6 : 0;
    case 73: // I
      return raw.startsWith('INFO ', at) ? at + 5 : 0;
    case 87: // W
      return raw.startsWith('WARN ', at) ? at + 5 : 0;
    case 69: // E
      return raw.startsWith('ERROR ', at) ? at + 6 : 0;
    default:
      return 0;
  }
}

/** The first character after leading spaces and tabs ('' for a blank line). */
export function firstChar(line: string): string {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return line.charAt(i);
}
