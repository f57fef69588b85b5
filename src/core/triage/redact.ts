// Removes what identifies a person or a machine before anything is quoted back: home directories
// and the user names in them, prompts' user@host, host names in uname output, and secrets.
import { escapeRegExp } from '../text.js';

const TOKENS: [RegExp, string][] = [
  [/\bgh[pousr]_[A-Za-z0-9]{20,255}\b/g, '<redacted-token>'],
  [/\bgithub_pat_[A-Za-z0-9_]{20,255}\b/g, '<redacted-token>'],
  [/\bglpat-[A-Za-z0-9_-]{20,64}\b/g, '<redacted-token>'],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,255}\b/g, '<redacted-token>'],
  [/\bAKIA[0-9A-Z]{16}\b/g, '<redacted-key>'],
  [/\bsk-[A-Za-z0-9_-]{20,255}\b/g, '<redacted-key>'],
  [/\bpypi-[A-Za-z0-9_-]{20,255}\b/g, '<redacted-token>'],
  [/\b(Bearer|token|Basic) [A-Za-z0-9._~+/-]{16,}=*/g, '$1 <redacted>'],
];
// What every one of TOKENS starts with: text without any of these has none of them.
const TOKEN_MARKS =
  /gh[pousr]_|github_pat_|glpat-|xox[abprs]-|AKIA|sk-|pypi-|(?:Bearer|token|Basic) /;
const KEYED_SECRET =
  /\b((?:[A-Z_]{0,40}(?:TOKEN|PASSWORD|PASSWD|SECRET|API_?KEY|AUTH)[A-Z_]{0,40}) {0,8}[=:] {0,8})("[^"\n]{0,200}"|'[^'\n]{0,200}'|\S{1,200})/gi;
// The names KEYED_SECRET looks for, without the letters around them that make it slow to scan for.
const KEYED_MARKS = /token|passw(?:ord|d)|secret|api_?key|auth/i;
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{1,20}:\/\/)[^\s/@:]{1,100}:[^\s/@]{1,200}@/gi;
const USER_AT_HOST = /\b[\w.-]{1,64}@[\w.-]{1,253}:(?=~|\/|\s*\$)/g;

const HOME_POSIX = /(\/(?:var\/)?home|\/Users)\/([^/\s`'"<>:;,]{1,64})/g;
const HOME_WINDOWS = /\b([A-Za-z]:[\\/]+Users[\\/]+)([^\\/\s`'"<>:;,]{1,64})/gi;
const NOT_USERS = new Set([
  'shared',
  'public',
  'default',
  'all users',
  '<user>',
  'runner',
  'user',
  'username',
]);

/** Builds a redactor that knows the user names appearing anywhere in `fullText`. */
export function makeRedactor(fullText: string): (text: string) => string {
  const names = new Set<string>();
  for (const re of [HOME_POSIX, HOME_WINDOWS]) {
    re.lastIndex = 0;
    for (const m of fullText.slice(0, 2_000_000).matchAll(re)) {
      const name = m[2] ?? '';
      if (name.length >= 3 && !NOT_USERS.has(name.toLowerCase())) names.add(name);
      if (names.size >= 20) break;
    }
  }
  const nameList = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const nameRe = nameList.length
    ? new RegExp(`(?<![\\w.-])(?:${nameList.join('|')})(?![\\w-])`, 'g')
    : null;

  // Each pattern runs only on text that has what it cannot match without (an `@`, a drive's
  // colon, a token's prefix): the text is short, and most of the cost is in running them at all.
  return (text: string) => {
    let out = text.replace(HOME_POSIX, (_m, _root: string, name: string) =>
      NOT_USERS.has(name.toLowerCase()) ? _m : '~',
    );
    if (out.includes(':'))
      out = out.replace(HOME_WINDOWS, (_m, root: string, name: string) =>
        NOT_USERS.has(name.toLowerCase()) ? _m : `${root}<user>`,
      );
    if (out.includes('@')) out = out.replace(USER_AT_HOST, '<user>@<host>:');
    out = out.replace(/^(Linux|Darwin|FreeBSD) \S{1,253} (\d+\.\d+)/gm, '$1 <host> $2');
    if (TOKEN_MARKS.test(out))
      for (const [re, replacement] of TOKENS) out = out.replace(re, replacement);
    if (KEYED_MARKS.test(out)) out = out.replace(KEYED_SECRET, '$1<redacted>');
    if (out.includes('@')) out = out.replace(URL_CREDENTIALS, '$1<redacted>@');
    if (nameRe) out = out.replace(nameRe, '<user>');
    return out;
  };
}
