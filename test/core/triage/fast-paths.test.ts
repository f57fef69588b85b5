// The shortcuts that keep the triage within its time budget read exactly what the slow way read:
// lines handed over by the extraction, events merged in line order, fences read by hand, the
// cheap checks before the tox, uv and redaction patterns.
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../src/core/triage/events.js';
import { extractIssue } from '../../../src/core/triage/extract.js';
import { parseLogs } from '../../../src/core/triage/grammars/index.js';
import { inLineOrder, prepareLines, splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parseTox } from '../../../src/core/triage/grammars/tox.js';
import { makeRedactor } from '../../../src/core/triage/redact.js';

const UV_LOG = [
  'DEBUG uv 0.6.2',
  'DEBUG Searching for Python 3.13 in managed installations or search path',
  'DEBUG Found `cpython-3.12.4-linux-x86_64-gnu` at `/opt/snake/bin/python3.12` (search path)',
  'DEBUG Skipping interpreter at `/opt/snake/bin/python3.12` from search path: does not satisfy request `3.13`',
  'error: No interpreter found for Python 3.13 in managed installations or search path',
];

const event = (line: number, path: string): LogEvent => ({
  type: 'found',
  tool: 'uv',
  line,
  path,
  key: null,
  version: null,
  source: null,
});

describe('lines handed over by the extraction', () => {
  it('are the log text cut at its line breaks, for fenced, quoted, indented and bare logs', () => {
    const body = [
      '# uv cannot find 3.13',
      '',
      '```console',
      ...UV_LOG.slice(0, 2),
      '```',
      '',
      '> ```',
      ...UV_LOG.slice(2, 4).map((l) => `> ${l}`),
      '> ```',
      '',
      '    $ uv venv -p 3.13',
      '',
      UV_LOG[4],
      '```',
      '```',
      '~~~',
      'unclosed to the end',
    ].join('\n');
    const text = extractIssue(body);
    expect(text.logLines).toEqual(text.logText.split('\n'));
    expect(text.blocks.map((b) => b.text)).toEqual([
      UV_LOG.slice(0, 2).join('\n'),
      UV_LOG.slice(2, 4).join('\n'),
      // An indented block keeps the blank line after it.
      '$ uv venv -p 3.13\n',
      UV_LOG[4],
      '',
      'unclosed to the end',
    ]);
    expect(parseLogs(text.logText, text.logLines)).toEqual(parseLogs(text.logText));
  });

  it('is one empty line when there is no log, and is cut to MAX_LINE like split lines are', () => {
    expect(extractIssue('Just words.').logLines).toEqual(['']);
    const long = ['x'.repeat(9000), 'DEBUG uv 0.6.2'];
    expect(prepareLines(long)).toEqual(splitLines(long.join('\n')));
    expect(long[0]).toHaveLength(9000);
  });

  it('reads fences of any length: a long run of backticks opens one, a short one inside it does not close it', () => {
    const run = '`'.repeat(40);
    const text = extractIssue([run, 'DEBUG uv 0.6.2', '```', run, 'after'].join('\n'));
    expect(text.blocks.map((b) => b.text)).toEqual(['DEBUG uv 0.6.2\n```']);
    expect(text.prose).toBe('after');
  });
});

describe('inLineOrder', () => {
  it('orders events as a stable sort of the lists end to end would', () => {
    const a = [event(3, 'a3'), event(5, 'a5')];
    const b = [event(5, 'b5'), event(1, 'b1')];
    const c = [event(3, 'c3')];
    const expected = [...a, ...b, ...c].sort((x, y) => x.line - y.line);
    expect(inLineOrder([a, [], b, c]).map((e) => ('path' in e ? e.path : ''))).toEqual(
      expected.map((e) => ('path' in e ? e.path : '')),
    );
  });
});

describe('cheap checks before the patterns', () => {
  it('still reads `<env> uses <path>` and tox 4 skips, and nothing in other lines with ` uses `', () => {
    const events = parseTox([
      'lint uses /usr/local/bin/python3.11',
      'the project uses /usr/bin/python3',
      'py313: skipped because could not find python interpreter with spec(s): py313',
    ]);
    expect(events.map((e) => e.type)).toEqual(['selected', 'skipped', 'final-error']);
    expect(events[0]).toMatchObject({ path: '/usr/local/bin/python3.11' });
  });

  it('reads a tracing-tree record after its uptime, and not a line that only starts with digits', () => {
    const events = parseLogs(
      [
        '   0.003120s   2ms DEBUG uv_python::discovery Found `cpython-3.12.4-linux-x86_64-gnu` at `/opt/snake/bin/python3.12` (search path)',
        '12 Found `cpython-3.11.9-linux-x86_64-gnu` at `/opt/other/python3.11` (search path)',
      ].join('\n'),
    );
    expect(
      events.filter((e) => e.type === 'found').map((e) => ('path' in e ? e.path : '')),
    ).toEqual(['/opt/snake/bin/python3.12']);
  });

  it('redacts tokens, keyed secrets, credentials in URLs and user@host prompts behind their checks', () => {
    const redact = makeRedactor('/home/quillon/project');
    expect(redact(`token ${'k'.repeat(20)} and ghp_${'a'.repeat(30)}`)).toBe(
      'token <redacted> and <redacted-token>',
    );
    expect(redact('MY_API_KEY=hunter2')).toBe('MY_API_KEY=<redacted>');
    expect(redact('https://me:pw@pypi.example/simple')).toBe(
      'https://<redacted>@pypi.example/simple',
    );
    expect(redact('quillon@desk:~/project$ uv sync')).toBe('<user>@<host>:~/project$ uv sync');
    expect(redact('C:\\Users\\quillon\\AppData')).toBe('C:\\Users\\<user>\\AppData');
    expect(redact('/usr/bin/python3')).toBe('/usr/bin/python3');
  });
});
