// Issue threads: exported as text, read back, and rendered as the Markdown the triage reads.
import { describe, expect, it } from 'vitest';
import { parseThreadExport, threadMarkdown } from '../../../src/core/triage/thread.js';

const EXPORT = [
  'pdm-project/pdm · issue #31337 · closed',
  'labels: bug, os:windows',
  '# pdm use picks the wrong interpreter',
  '',
  '[turn 0 by reporter]',
  'The body.',
  '',
  '```',
  '[turn 9 by reporter]',
  '```',
  '',
  '[turn 2 by commenter]',
  'Me too.',
  '',
  '[turn 5 by maintainer]',
  'Which version?',
].join('\n');

describe('thread exports', () => {
  it('reads the repository, number, title and turns with their roles', () => {
    const thread = parseThreadExport(EXPORT);
    expect(thread).toMatchObject({
      repo: 'pdm-project/pdm',
      number: 31337,
      title: 'pdm use picks the wrong interpreter',
    });
    expect(thread?.turns.map((t) => t.role)).toEqual([
      'reporter',
      'reporter',
      'commenter',
      'maintainer',
    ]);
    expect(thread?.turns[0]?.body).toBe('The body.\n\n```');
  });

  it('is not fooled by text that only looks like an export', () => {
    expect(parseThreadExport('# A title\n\nsome body')).toBeNull();
    expect(parseThreadExport('see pypa/pip issue #12 for more')).toBeNull();
  });

  it("renders the title as a heading, and of commenters' posts only their code blocks", () => {
    const markdown = threadMarkdown({
      title: 'A  title\nover lines',
      turns: [
        { role: 'reporter', body: 'body' },
        { role: 'commenter', body: 'Same here on Windows.' },
        {
          role: 'commenter',
          body: 'Mine:\n````text\nDEBUG one\n```\nstill inside\n````\nthanks\n~~~\nunclosed',
        },
        { role: 'maintainer', body: 'answer' },
      ],
    });
    expect(markdown).toBe(
      '# A title over lines\n\nbody\n\n````text\nDEBUG one\n```\nstill inside\n````\n~~~\nunclosed\n~~~\n\nanswer',
    );
  });

  it('reads a commenter’s post with CRLF line ends, and takes no line of a fence as a bare line', () => {
    const markdown = threadMarkdown({
      title: 't',
      turns: [
        {
          role: 'commenter',
          body: [
            'Same:',
            '25 find interpreter for spec PythonSpec(major=3) [INFO builtin:44]',
            '```',
            'DEBUG a',
            '```text',
            'DEBUG b',
            '```',
          ].join('\r\n'),
        },
      ],
    });
    expect(markdown.match(/DEBUG b/g)).toHaveLength(1);
    expect(markdown).toContain(
      '`````\n25 find interpreter for spec PythonSpec(major=3) [INFO builtin:44]\n`````',
    );
  });

  it('keeps the log lines a commenter pasted without a fence, and none of the prose', () => {
    const markdown = threadMarkdown({
      title: 't',
      turns: [
        {
          role: 'commenter',
          body: [
            'Same for me on my Mac:',
            'DEBUG:root:discover PATH[0]=/opt/bin',
            "INFO:root:failed to query /opt/bin/3 with code 2 err: 'not found'",
            'Any idea?',
            '```',
            'DEBUG inside a fence',
            '```',
          ].join('\n'),
        },
      ],
    });
    expect(markdown).toBe(
      [
        '# t',
        '',
        '```\nDEBUG inside a fence\n```',
        '',
        '`````',
        'DEBUG:root:discover PATH[0]=/opt/bin',
        "INFO:root:failed to query /opt/bin/3 with code 2 err: 'not found'",
        '`````',
      ].join('\n'),
    );
  });
});
