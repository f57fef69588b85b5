// Logs pasted in the ways real issues paste them: in `<pre>` blocks, as bare timestamped lines in
// the prose, and under a line that names the verbose command they come from.
import { describe, expect, it } from 'vitest';
import { extractIssue } from '../../../src/core/triage/extract.js';
import { hasVerboseLog } from '../../../src/core/triage/log-presence.js';
import { triageIssue } from '../../../src/core/triage/index.js';

describe('blocks', () => {
  it('reads a <pre> block as a code block, with the line before it as its caption', () => {
    const text = extractIssue(
      [
        '# t',
        '',
        'What `hatch -v env create` printed:',
        '<pre>creating env at /home/ana/.local/share/hatch/env/virtual/demo',
        'checking python 3.9 at /usr/bin/python3.9',
        '</pre>',
        'after the block',
      ].join('\n'),
    );
    expect(text.blocks).toHaveLength(1);
    expect(text.blocks[0]?.text.trim().split('\n')).toEqual([
      'creating env at /home/ana/.local/share/hatch/env/virtual/demo',
      'checking python 3.9 at /usr/bin/python3.9',
    ]);
    expect(text.blocks[0]?.caption).toBe('What `hatch -v env create` printed:');
    expect(text.prose).toContain('after the block');
    expect(text.prose).not.toContain('checking python');
  });

  it('takes timestamped records, bracketed levels and uv discovery lines out of the prose', () => {
    const lines = [
      '2025-03-04 09:10:11.123 [info] Discover interpreters',
      'Info 2021-07-01 10:11:12: Found interpreter for /opt/py/bin/python3',
      '[debug] locator finished',
      'Skipping interpreter at `/usr/bin/python3.9` from search path: does not satisfy request `3.12`',
    ];
    const text = extractIssue(
      ['# t', '', 'My output panel says', '', ...lines, '', 'thanks'].join('\n'),
    );
    expect(text.blocks.map((b) => b.source)).toEqual(['bare']);
    expect(text.blocks[0]?.text.trimEnd()).toBe(lines.join('\n'));
    expect(text.prose).not.toContain('Discover interpreters');
    expect(triageIssue(['# t', '', ...lines].join('\n')).result.skipped[0]?.path).toBe(
      '/usr/bin/python3.9',
    );
  });
});

describe('records with a logger name in brackets, pasted without a fence', () => {
  it('are a log block (Poetry `-vvv` prints `[virtualenv] …`), and a task box or link is not', () => {
    const records = [
      "[findpython:findpython] Running script: ['/usr/bin/python3', '-Ic', 'import sys']",
      '[virtualenv] find interpreter for spec PythonSpec(path=/opt/py/bin/python3.12)',
      "[virtualenv] accepted PythonInfo(spec=CPython3.12.4.final.0-64, exe=/opt/py/bin/python3.12, platform=linux, version='3.12.4')",
    ];
    const md = ['# Poetry picks the wrong python', '', 'It ends with', '', ...records].join('\n');
    const text = extractIssue(md);
    expect(text.blocks.map((b) => b.source)).toEqual(['bare']);
    const result = triageIssue(md).result;
    expect(result.hasDiscoveryLog).toBe(true);
    expect(result.selected?.path).toBe('/opt/py/bin/python3.12');

    const prose = extractIssue(
      [
        '# t',
        '',
        '[x] I searched',
        '[docs](https://x.test) say',
        '[Edit] later',
        '[update] uv picks /usr/bin/python3 now',
        '[pre-commit] hooks fail too',
      ].join('\n'),
    );
    expect(prose.blocks).toEqual([]);
  });
});

describe('a bracketed level stamped with date and time, pasted without a fence', () => {
  it('is a log line (the VS Code Python output of 2021–2022)', () => {
    const line = '[DEBUG 2022-6-26 13:11:31.519]: Found conda executable: /opt/c/bin/python';
    const text = extractIssue(['# t', '', 'the output:', line, '', 'thanks'].join('\n'));
    expect(text.blocks.map((b) => b.text.trim())).toEqual([line]);
    expect(text.prose).not.toContain('conda executable');
  });
});

describe('a tool message pasted as the description', () => {
  it('is read as a log line: setup-python’s cache miss gives its turn-down and reason', () => {
    const md = [
      '# Cannot set up Python',
      '',
      '**Description:**',
      'Version 3.9 was not found in the local cache',
      'Error: Version 3.9 with arch x64 not found',
    ].join('\n');
    const { result } = triageIssue(md, { repo: 'actions/setup-python' });
    expect(result.skipped.map((s) => s.reason)).toEqual([
      expect.stringContaining('was not found in the local cache'),
    ]);
    expect(extractIssue(md).prose).not.toContain('local cache');
  });
});

describe('a log line alone in an inline code span', () => {
  it('is read as a log line; code inside a sentence stays prose', () => {
    const md = [
      '# pdm use fails',
      '',
      'It says',
      '`[InvalidPyVersion]: Invalid Python interpreter: /home/kim/.pyenv/shims/python`',
      'and I ran `pdm use -f` as the docs say.',
      '`[Note]: plain words`',
    ].join('\n');
    const text = extractIssue(md);
    expect(text.blocks.map((b) => b.text.trim())).toEqual([
      '[InvalidPyVersion]: Invalid Python interpreter: /home/kim/.pyenv/shims/python',
    ]);
    expect(text.prose).toContain('pdm use -f');
    expect(text.prose).toContain('[Note]');
    const { result } = triageIssue(md, { repo: 'pdm-project/pdm' });
    expect(result.rejected.map((r) => r.path)).toEqual(['/home/kim/.pyenv/shims/python']);
  });
});

describe('a block captioned by its verbose command', () => {
  const output = [
    'Resolving dependencies...',
    'Using cached wheel demo-1.0',
    'Installing demo 1.0',
  ];

  it('is a log when the caption names the run', () => {
    const md = ['# t', '', 'Output of `pdm install -v`:', '', '```', ...output, '```'].join('\n');
    expect(hasVerboseLog(extractIssue(md))).toBe(true);
  });

  it('is not a log when the caption asks for the run, or names no verbose command', () => {
    const asked = ['# t', '', 'Could you run `pdm install -v`', '```', ...output, '```'];
    expect(hasVerboseLog(extractIssue(asked.join('\n')))).toBe(false);
    const plain = ['# t', '', 'Output of `pdm install`:', '```', ...output, '```'];
    expect(hasVerboseLog(extractIssue(plain.join('\n')))).toBe(false);
  });
});
