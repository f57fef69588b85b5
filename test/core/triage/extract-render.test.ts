// Taking issue Markdown apart, and putting a safe comment together.
import { describe, expect, it } from 'vitest';
import { capText, extractIssue, stripHtmlComments } from '../../../src/core/triage/extract.js';
import { triageIssue } from '../../../src/core/triage/index.js';
import { codeBlock, escapeText, inlineCode } from '../../../src/core/triage/markdown.js';
import { makeRedactor } from '../../../src/core/triage/redact.js';
import { COMMENT_MARKER, readState } from '../../../src/core/triage/render.js';

const NIX_LOG = [
  'DEBUG uv 0.5.31',
  'DEBUG Found `cpython-3.12.8-linux-x86_64-gnu` at `/nix/store/y3lw7d6xw2s8nsjggbl8f0zwmd0wrgj2-python3-3.12.8-env/bin/python3.12` (search path)',
  'DEBUG Ignoring Python interpreter at `/nix/store/y3lw7d6xw2s8nsjggbl8f0zwmd0wrgj2-python3-3.12.8-env/bin/python3.12`: system interpreter required',
];

describe('extractIssue', () => {
  it('finds logs in ``` and ~~~ fences of any info string, indented blocks, <details>, quotes and bare lines', () => {
    const body = [
      'Intro text.',
      '',
      '~~~~text',
      'DEBUG uv 0.5.31',
      '```',
      'still inside: a shorter fence of another char does not close it',
      '~~~~',
      '',
      '<details><summary>Verbose log</summary>',
      '',
      '```console',
      NIX_LOG[1],
      '```',
      '</details>',
      '',
      '> quoting the log:',
      `> ${NIX_LOG[2]}`,
      '',
      '    DEBUG Searching for Python 3.12 in search path',
      '',
      'error: No interpreter found for Python 3.12 in search path',
      'Thanks!',
    ].join('\r\n');
    const extracted = extractIssue(body);
    expect(extracted.blocks.map((b) => b.source)).toEqual([
      'fenced',
      'fenced',
      'bare',
      'indented',
      'bare',
    ]);
    expect(extracted.blocks[0]?.info).toBe('text');
    expect(extracted.blocks[0]?.text).toContain('still inside');
    expect(extracted.prose).toContain('Thanks!');
    expect(extracted.prose).not.toContain('DEBUG');
    const { result } = triageIssue(body);
    expect(result).toMatchObject({
      tool: 'uv',
      hasLog: true,
      platform: 'nix',
      finalError: 'No interpreter found for Python 3.12 in search path',
    });
    expect(result.rejected).toHaveLength(1);
  });

  it('reads issue-form sections, dropping template comments and "_No response_"', () => {
    const extracted = extractIssue(
      '<!-- Fill this in -->\n### Platform\n\nmacOS 14 <!-- which OS? -->\n\n### Logs\n\n_No response_\n',
    );
    expect(extracted.form).toEqual({ platform: 'macOS 14' });
    expect(extracted.prose).not.toContain('Fill this in');
  });

  it('strips ANSI colours, including those that lost their ESC byte in the paste', () => {
    const { result } = triageIssue(
      '```\n\u001b[34mDEBUG\u001b[0m uv 0.6.2\n[34mDEBUG[0m Ignoring Python interpreter at `/x/.venv/bin/python`: system interpreter required\n```',
    );
    expect(result.toolVersion).toBe('0.6.2');
    expect(result.rejected[0]?.path).toBe('/x/.venv/bin/python');
  });

  it('caps the input, keeping head and tail, and says so', () => {
    const head = `\`\`\`\n${NIX_LOG.join('\n')}\n\`\`\`\n`;
    const big = `${head}${'filler line\n'.repeat(200_000)}error: No interpreter found for Python 3.12 in search path\n`;
    const { result, comment } = triageIssue(big);
    expect(result.truncatedFrom).toBe(big.length);
    expect(result.rejected).toHaveLength(1);
    expect(result.finalError).toBe('No interpreter found for Python 3.12 in search path');
    expect(comment).toContain(`The issue was ${big.length} characters long`);
    expect(capText('abcdef', 4).text).toContain('2 characters omitted');
  });

  it('removes HTML comments without regex backtracking, including an unclosed one', () => {
    expect(stripHtmlComments('a<!-- x -->b<!-- y -->c')).toBe('abc');
    expect(stripHtmlComments('a<!-- never closed')).toBe('a');
  });
});

describe('safe Markdown', () => {
  it('defuses mentions and HTML in text', () => {
    expect(escapeText('@octocat <img src=x onerror=alert(1)> **bold** [x](y)')).toBe(
      '&#64;octocat &lt;img src=x onerror=alert\\(1\\)\\> \\*\\*bold\\*\\* \\[x\\]\\(y\\)',
    );
  });

  it('builds code spans and fences that the content cannot close', () => {
    expect(inlineCode('a ``` b')).toBe(
      '```` a ``` b ````'.replace('```` a', '````a').replace('b ````', 'b````'),
    );
    expect(inlineCode('`start')).toBe('`` `start ``');
    expect(inlineCode('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(inlineCode('line1\nline2')).toBe('`line1 line2`');
    const block = codeBlock('text\n````\nmore', 'con sole<');
    expect(block.startsWith('`````console\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });

  it('keeps hostile issue content inert in the rendered comment', () => {
    const hostile = [
      '@everyone please look <script>alert(1)</script>',
      '```',
      'DEBUG uv 0.6.2',
      'DEBUG Ignoring Python interpreter at `/home/mallory/@admin <b>x</b> ``` |pipe|/python`: system interpreter required',
      'error: No interpreter found for Python 3.12 in search path <img src=x onerror=alert(1)> @maintainers',
      '```',
    ].join('\n');
    const { comment } = triageIssue(hostile);
    expect(comment.startsWith(COMMENT_MARKER)).toBe(true);
    // No raw HTML tags from the issue, no mention outside code.
    const outsideCode = comment
      .replace(/(`+)[^`]*?\1/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<\/?(?:details|summary)>/g, '');
    expect(outsideCode).not.toMatch(/<[a-z]/i);
    expect(outsideCode).not.toMatch(/@\w/);
    // User names are redacted where the comment quotes paths.
    expect(comment).not.toContain('mallory');
    expect(comment.length).toBeLessThan(65_536);
  });

  it('round-trips the hidden state, and it cannot end its HTML comment early', () => {
    const { comment, result } = triageIssue(`\`\`\`\n${NIX_LOG.join('\n')}\n\`\`\``, {
      labels: {
        discovery: 'x-->y',
        platformPrefix: 'os/',
        toolPrefix: 'tool/',
        needsLogs: 'needs logs',
        regression: 'regression',
      },
    });
    const stateComment = comment.slice(comment.indexOf('<!-- interpreter-guard:state'));
    expect(stateComment.match(/-->/g)).toHaveLength(1);
    expect(stateComment.endsWith(' -->')).toBe(true);
    expect(readState(comment)).toEqual({
      v: 1,
      fingerprint: result.fingerprint,
      labels: result.labels,
      diagnoses: ['nix-env-seen-as-venv'],
      needsLogs: false,
    });
    expect(result.labels[0]).toBe('x-->y');
    expect(readState('no state here')).toBeNull();
    expect(readState('<!-- interpreter-guard:state {broken -->')).toBeNull();
  });

  it('stays under 65,536 characters whatever the log holds', () => {
    const lines = Array.from(
      { length: 3000 },
      (_, i) =>
        `DEBUG Ignoring Python interpreter at \`/p/${'x'.repeat(300)}${i}/python\`: ${'system interpreter required '.repeat(20)}`,
    );
    const { comment, result } = triageIssue(`\`\`\`\n${lines.join('\n')}\n\`\`\``);
    expect(result.rejected.length).toBe(200);
    expect(comment.length).toBeLessThan(65_536);
    expect(comment).toContain('…and 185 more.');
  });
});

describe('redaction', () => {
  const text = [
    '/home/alice/project/.venv/bin/python',
    '/Users/bob.smith/.pyenv/shims/python3',
    'C:\\Users\\Carol\\AppData\\Local\\Programs\\Python\\Python312\\python.exe',
    'alice@workstation:~$ uv venv',
    'Linux workstation 6.1.0-18-amd64 #1 SMP',
    'export GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789',
    'UV_INDEX_URL=https://alice:s3cret@pypi.example.com/simple',
    'Logged in as alice.',
  ].join('\n');

  it('removes home directories, user and host names, and secrets', () => {
    const out = makeRedactor(text)(text);
    expect(out).toContain('~/project/.venv/bin/python');
    expect(out).toContain('~/.pyenv/shims/python3');
    expect(out).toContain('C:\\Users\\<user>\\AppData');
    expect(out).toContain('<user>@<host>:~$ uv venv');
    expect(out).toContain('Linux <host> 6.1');
    expect(out).not.toMatch(/alice|bob\.smith|Carol|workstation|ghp_|s3cret/);
    expect(out).toContain('Logged in as <user>.');
  });

  it('leaves shared folders and store paths alone', () => {
    const redact = makeRedactor('/Users/Shared/x');
    expect(redact('/Users/Shared/python3 /nix/store/abc-python3-3.12.8-env/bin/python3')).toBe(
      '/Users/Shared/python3 /nix/store/abc-python3-3.12.8-env/bin/python3',
    );
  });
});
