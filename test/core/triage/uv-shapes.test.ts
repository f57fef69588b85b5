// The uv grammar on the log shapes of its oldest releases (0.1 tracing-tree output, its span
// lines and Python 2 skips), on what pastes put in front of lines (CI timestamps, Docker build
// prefixes, colour leftovers), and on records an issue wrapped or cut. Logs written for these
// tests in uv's formats, with invented paths.
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../src/core/triage/events.js';
import { splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parseUv } from '../../../src/core/triage/grammars/uv.js';
import { cleanLine } from '../../../src/core/triage/grammars/uv-records.js';
import { triageLog } from '../../../src/core/triage/index.js';

const parse = (text: string) => parseUv(splitLines(text));
const only = <T extends LogEvent['type']>(events: LogEvent[], type: T) =>
  events.filter((e): e is Extract<LogEvent, { type: T }> => e.type === type);
const turnedDown = (events: LogEvent[]) =>
  events.flatMap((e) =>
    e.type === 'rejected' || e.type === 'skipped'
      ? [[e.path, e.reason, e.reasonKind]]
      : e.type === 'query-failed'
        ? [[e.path, e.detail.split('\n')[0], e.reasonKind]]
        : [],
  );

describe('uv 0.1 tracing-tree logs', () => {
  it('reads span lines, probes, the probed version and the environment used', () => {
    const events = parse(
      [
        ' uv::requirements::from_source source=anyio',
        ' uv_interpreter::find_python::find_requested_python request=3.11',
        '      0.001200s   0ms DEBUG uv_interpreter::find_python Starting interpreter discovery for Python @ `3.11`',
        '      0.002100s   1ms DEBUG uv_interpreter::interpreter Probing interpreter info for: /opt/tools/py311/bin/python3.11',
        '      0.031000s  29ms DEBUG uv_interpreter::interpreter Found Python 3.11.4 for: /opt/tools/py311/bin/python3.11',
        '    0.031400s DEBUG uv::commands::pip_install Using Python 3.11.4 environment at /opt/tools/py311/bin/python3.11',
      ].join('\n'),
    );
    expect(only(events, 'search').map((s) => [s.request, s.scope])).toEqual([
      ['3.11', 'find_requested_python'],
      ['Python @ `3.11`', 'interpreter discovery'],
    ]);
    expect(only(events, 'found').map((f) => [f.path, f.version])).toEqual([
      ['/opt/tools/py311/bin/python3.11', '3.11.4'],
    ]);
    expect(only(events, 'selected')[0]).toMatchObject({
      path: '/opt/tools/py311/bin/python3.11',
      version: '3.11.4',
    });
  });

  it('turns down the interpreter probed just before a Python 2 skip', () => {
    const events = parse(
      [
        '0.004100s 1ms DEBUG uv_interpreter::interpreter Probing interpreter info for: C:\\Legacy\\Py27\\python.exe',
        "0.019800s 15ms DEBUG uv_interpreter::find_python Found a Python 2 installation that isn't supported by uv, skipping.",
        '0.020100s 0ms DEBUG uv_interpreter::interpreter Cached interpreter info for Python 3.10.9, skipping probing: C:\\Tools\\Py310\\python.exe',
      ].join('\n'),
    );
    expect(only(events, 'rejected')).toEqual([
      expect.objectContaining({
        path: 'C:\\Legacy\\Py27\\python.exe',
        reason: "Found a Python 2 installation that isn't supported by uv, skipping.",
        reasonKind: 'python2-unsupported',
      }),
    ]);
    expect(only(events, 'found').map((f) => [f.path, f.version])).toEqual([
      ['C:\\Legacy\\Py27\\python.exe', null],
      ['C:\\Tools\\Py310\\python.exe', '3.10.9'],
    ]);
  });

  it('reads the virtualenvs found through VIRTUAL_ENV and .venv', () => {
    const events = parse(
      [
        'DEBUG Found a virtualenv through VIRTUAL_ENV at: /work/proj-a/.venv',
        'DEBUG Using cached markers for: /work/proj-a/.venv/bin/python',
        'DEBUG Found a virtualenv named .venv at: /work/proj-b/.venv',
      ].join('\n'),
    );
    expect(only(events, 'found').map((f) => [f.path, f.source])).toEqual([
      ['/work/proj-a/.venv', 'active virtual environment'],
      ['/work/proj-a/.venv/bin/python', null],
      ['/work/proj-b/.venv', 'virtual environment'],
    ]);
  });
});

describe('what a paste puts before the level token', () => {
  it.each([
    ['#14 0.318 DEBUG uv 0.5.30', 'DEBUG uv 0.5.30'],
    ['2025-02-03T10:11:12.3456789Z DEBUG uv 0.5.30', 'DEBUG uv 0.5.30'],
    ['[2025-02-03 10:11:12] DEBUG uv 0.5.30', 'DEBUG uv 0.5.30'],
    ['10:11:12.345 DEBUG uv 0.5.30', 'DEBUG uv 0.5.30'],
    ['\u2190[34mDEBUG\u2190[0m uv 0.5.30', 'DEBUG uv 0.5.30'],
    ['[34mDEBUG[0m uv 0.5.30', 'DEBUG uv 0.5.30'],
    [
      '#14 0.500 error: No interpreter found in search path',
      'error: No interpreter found in search path',
    ],
    ['DEBUG uv 0.5.30', 'DEBUG uv 0.5.30'],
    ['[stderr]', '[stderr]'],
    ['12:30 is not a timestamp before a level', '12:30 is not a timestamp before a level'],
  ])('cleans %j', (line, clean) => {
    expect(cleanLine(line)).toBe(clean);
  });

  it('reads a Docker build log line by line', () => {
    const events = parse(
      [
        '#9 0.120 DEBUG uv 0.5.30',
        '#9 0.122 DEBUG Searching for Python 3.13 in managed installations or search path',
        '#9 0.219 DEBUG Found `cpython-3.12.8-linux-aarch64-gnu` at `/usr/local/bin/python3` (search path)',
        '#9 0.219 DEBUG Skipping interpreter at `/usr/local/bin/python3` from search path: does not satisfy request `3.13`',
        '#9 0.400 error: No interpreter found for Python 3.13 in managed installations or search path',
      ].join('\n'),
    );
    expect(only(events, 'tool-version')[0]?.version).toBe('0.5.30');
    expect(turnedDown(events)).toEqual([
      ['/usr/local/bin/python3', 'does not satisfy request `3.13`', 'version-mismatch'],
    ]);
    expect(only(events, 'final-error')).toHaveLength(1);
  });
});

describe('records wrapped or cut by the issue', () => {
  it('joins a reason continued on the next line', () => {
    const events = parse(
      [
        'DEBUG Ignoring Python interpreter at `/home/dev/.local/pyenvs/tools/bin/python3`: system interpreter',
        'required',
        'DEBUG Skipping interpreter at `/usr/bin/python3.9` from search path: does not satisfy request',
        '`3.12`',
        'DEBUG Ignoring Python interpreter at `/srv/app/.venv/bin/python`: system interpreter not explicitly requ',
        'ested',
      ].join('\n'),
    );
    expect(turnedDown(events)).toEqual([
      [
        '/home/dev/.local/pyenvs/tools/bin/python3',
        'system interpreter required',
        'system-required',
      ],
      ['/usr/bin/python3.9', 'does not satisfy request `3.12`', 'version-mismatch'],
      ['/srv/app/.venv/bin/python', 'system interpreter not explicitly requested', 'not-explicit'],
    ]);
  });

  it('joins a path a terminal cut at its width', () => {
    const events = parse(
      [
        'DEBUG Ignoring Python interpreter at `/nix/store/0a1b2c3d4e5f-python3-3.12.4-env/bin/pyt',
        'hon3.12`: system interpreter required',
      ].join('\n'),
    );
    expect(turnedDown(events)).toEqual([
      [
        '/nix/store/0a1b2c3d4e5f-python3-3.12.4-env/bin/python3.12',
        'system interpreter required',
        'system-required',
      ],
    ]);
  });

  it('completes a path cut off in a later line from its earliest full mention', () => {
    const events = parse(
      [
        'DEBUG Found `cpython-3.12.4-linux-x86_64-gnu` at `/opt/envs/analysis-2024/bin/python3.12` (search path)',
        'DEBUG Ignoring Python interpreter at `/opt/envs/analysis-20…',
        'DEBUG Found `cpython-3.11.2-linux-x86_64-gnu` at `/usr/bin/python3.11` (search path)',
      ].join('\n'),
    );
    expect(only(events, 'rejected').map((r) => r.path)).toEqual([
      '/opt/envs/analysis-2024/bin/python3.12',
    ]);
  });

  it('takes no reason from the next line when the record did not reach its colon', () => {
    const events = parse(
      [
        '$ uv python find -v',
        'DEBUG Skipping interpreter at `/opt/a/bin/python3` from search path',
        '/opt/b/bin/python3.12',
        'DEBUG Ignoring Python interpreter at `/opt/c/bin/python3`',
        'cpython-3.12.1-linux-x86_64-gnu    /opt/b/bin/python3.12',
      ].join('\n'),
    );
    expect(turnedDown(events)).toEqual([]);
  });

  it('completes cut paths within bounds on a hostile log', () => {
    const lines: string[] = [];
    for (let i = 0; i < 5000; i++) {
      lines.push(
        `DEBUG Found \`cpython-3.12.1-linux-x86_64-gnu\` at \`/p/${i}/bin/python3\` (search path)`,
      );
      lines.push(`DEBUG Ignoring Python interpreter at \`/p/${i}/bin/py`);
    }
    const rejected = only(parse(lines.join('\n')), 'rejected');
    expect(rejected).toHaveLength(5000);
    expect(rejected[0]?.path).toBe('/p/0/bin/python3');
    expect(rejected.filter((r) => r.path.endsWith('/bin/py')).length).toBeGreaterThan(0);
  });

  it('reads uv messages pasted without their level token', () => {
    const events = parse(
      'Skipping interpreter at `/usr/local/bin/python3.13t` from search path: does not satisfy request `>=3.11`',
    );
    expect(turnedDown(events)).toEqual([
      ['/usr/local/bin/python3.13t', 'does not satisfy request `>=3.11`', 'variant-mismatch'],
    ]);
  });
});

describe('turn-downs outside verbose lines', () => {
  it('reads the reason at the end of a query error chain', () => {
    const events = parse(
      [
        'error: Failed to inspect Python interpreter from search path at `/usr/bin/python`',
        "  Caused by: Can't use Python at `/usr/bin/python`",
        '  Caused by: Python executable does not support `-I` flag. Please use Python 3.8 or newer.',
      ].join('\n'),
    );
    expect(only(events, 'query-failed')).toEqual([
      expect.objectContaining({
        path: '/usr/bin/python',
        fromError: true,
        reasonKind: 'python2-unsupported',
      }),
    ]);
    expect(turnedDown(events)[0]?.[1]).toBe(
      'Python executable does not support `-I` flag. Please use Python 3.8 or newer.',
    );
  });

  it('keeps the lines of a multi-line query error and the interpreter’s stderr error', () => {
    const events = parse(
      [
        '  × Querying Python at `/opt/corp/python3/wrapper/python3.sh` failed',
        '  │ with status exit status: 127:',
        '  │ --- stdout:',
        '',
        '  │ --- stderr:',
        '  │ /opt/corp/python3/wrapper/python3.sh: line 3: python3.sh: command not found',
        '  │ ---',
      ].join('\n'),
    );
    expect(turnedDown(events)).toEqual([
      [
        '/opt/corp/python3/wrapper/python3.sh',
        'Querying Python at `/opt/corp/python3/wrapper/python3.sh` failed with status exit status: 127: /opt/corp/python3/wrapper/python3.sh: line 3: python3.sh: command not found',
        'query-failed',
      ],
    ]);
  });

  it('takes the exception a traceback on stderr ends with', () => {
    const events = parse(
      [
        'DEBUG Skipping bad interpreter at /opt/site/bin/python3 from search path: Querying Python at `/opt/site/bin/python3` failed with exit status exit status: 1',
        '',
        '[stderr]',
        'Traceback (most recent call last):',
        '  File "/opt/site/lib/python3.12/site.py", line 7, in <module>',
        "ModuleNotFoundError: No module named 'corp_hooks'",
        '',
        'DEBUG Found `cpython-3.12.3-linux-x86_64-gnu` at `/usr/bin/python3` (search path)',
      ].join('\n'),
    );
    expect(turnedDown(events)[0]?.[1]).toBe(
      "Querying Python at `/opt/site/bin/python3` failed with exit status exit status: 1: ModuleNotFoundError: No module named 'corp_hooks'",
    );
  });

  it('joins uv’s own line breaks in a bad-interpreter record, not the probe output', () => {
    const events = parse(
      [
        'DEBUG Skipping bad interpreter at /usr/bin/python3 from search path: Querying Python at `/usr/bin/python3` did not return the expected data',
        'unknown variant `loongarch64`, expected one of `aarch64`, `x86_64`',
        '--- stdout:',
        '{"result": "success"}',
        '--- stderr:',
        '',
        '---',
      ].join('\n'),
    );
    expect(turnedDown(events)[0]?.[1]).toBe(
      'Querying Python at `/usr/bin/python3` did not return the expected data: unknown variant `loongarch64`, expected one of `aarch64`, `x86_64`',
    );
  });

  it.each([
    [
      'error: Python interpreter not found at `/w/.venv/bin/python3`',
      '/w/.venv/bin/python3',
      'other',
    ],
    [
      'error: Requested interpreter path `/opt/py/bin/python9` does not exist',
      '/opt/py/bin/python9',
      'other',
    ],
    [
      'warning: Ignoring existing virtual environment linked to non-existent Python interpreter: .venv/bin/python3 -> /gone/bin/python3.10',
      '.venv/bin/python3',
      'other',
    ],
  ])('reads %s', (line, path, kind) => {
    expect(only(parse(line), 'query-failed')).toEqual([
      expect.objectContaining({ path, reasonKind: kind, fromError: true }),
    ]);
  });

  it('does not take the next command for more of a one-line error', () => {
    const events = parse(
      [
        'error: Failed to inspect Python interpreter from search path at `C:\\Users\\dev\\AppData\\Local\\Microsoft\\WindowsApps\\python.exe`',
        '  Caused by: Failed to query Python interpreter at `C:\\Users\\dev\\AppData\\Local\\Microsoft\\WindowsApps\\python.exe`',
        '  Caused by: The process has no package identity. (os error 15700)',
        'PS C:\\Users\\dev> uv python list',
      ].join('\n'),
    );
    expect(turnedDown(events)).toEqual([
      [
        'C:\\Users\\dev\\AppData\\Local\\Microsoft\\WindowsApps\\python.exe',
        'The process has no package identity. (os error 15700)',
        'store-shim',
      ],
    ]);
  });
});

describe('skip reasons and kinds', () => {
  it('classifies by the key found just before (the skip shows the path cwd-relative), and by what does not match', () => {
    const events = parse(
      [
        'DEBUG Found `cpython-3.13.2+freethreaded-linux-x86_64-gnu` at `/home/dev/proj/.venv/bin/python3` (virtual environment)',
        'DEBUG Skipping interpreter at `.venv/bin/python3` from virtual environment: does not satisfy request `>=3.12`',
        'DEBUG Skipping interpreter at `C:\\Py\\x64\\python.exe`: architecture `x86_64` does not match request `x86`',
        'DEBUG Skipping managed installation cpython-3.13.2-linux-x86_64-gnu: system installation preferred',
      ].join('\n'),
    );
    expect(turnedDown(events)).toEqual([
      ['.venv/bin/python3', 'does not satisfy request `>=3.12`', 'variant-mismatch'],
      ['C:\\Py\\x64\\python.exe', 'architecture `x86_64` does not match request `x86`', 'other'],
      ['cpython-3.13.2-linux-x86_64-gnu', 'system installation preferred', 'other'],
    ]);
  });

  it('pairs a skip with the key uv reported for the same path', () => {
    const events = parse(
      [
        'DEBUG Found `cpython-3.13.2+freethreaded-linux-x86_64-gnu` at `/opt/py/bin/python3` (search path)',
        'DEBUG Found `cpython-3.12.1-linux-x86_64-gnu` at `/usr/bin/python3.12` (search path)',
        'DEBUG Skipping interpreter at `/opt/py/bin/python3` from search path: does not satisfy request `>=3.12`',
      ].join('\n'),
    );
    expect(only(events, 'skipped')[0]?.reasonKind).toBe('variant-mismatch');
  });
});

describe('discovery logs and command output', () => {
  it('counts a -vv log cut right after the search starts', () => {
    for (const log of [
      'DEBUG uv 0.2.5\nDEBUG Starting Python discovery for Python 3.12',
      'DEBUG uv 0.9.2\nTRACE Searching PATH for executables: python3.12, python3, python',
      'DEBUG uv 0.7.1\nDEBUG Checking for Python environment at `.venv`',
      'DEBUG uv 0.9.2\nDEBUG Looking for Python 3.12',
    ])
      expect(triageLog(log).result.hasDiscoveryLog).toBe(true);
  });

  it('keeps what commands print as findings, never as a discovery log', () => {
    const listing = [
      '$ uv python list',
      'cpython-3.13.1-linux-x86_64-gnu    /usr/bin/python3.13',
      'cpython-3.12.8-linux-x86_64-gnu    <download available>',
      '$ uv venv',
      'Using CPython 3.13.1 interpreter at: /usr/bin/python3.13',
      '$ uv --version',
      'uv 0.5.11',
    ].join('\n');
    const events = parse(listing);
    expect(events.map((e) => [e.type, e.plain])).toEqual([
      ['found', true],
      ['selected', true],
      ['tool-version', true],
    ]);
    const { result } = triageLog(listing);
    expect(result.hasDiscoveryLog).toBe(false);
    expect(result.found.map((f) => f.path)).toEqual(['/usr/bin/python3.13']);
    expect(result.selected?.path).toBe('/usr/bin/python3.13');

    const errorOnly = [
      'error: Failed to inspect Python interpreter from search path at `/usr/bin/python3`',
      '  Caused by: Permission denied (os error 13)',
    ].join('\n');
    expect(parse(errorOnly).every((e) => e.plain)).toBe(true);
    expect(triageLog(errorOnly).result.hasDiscoveryLog).toBe(false);
  });

  it('reads the path `uv python find` prints among its log lines', () => {
    const events = parse(
      [
        '$ uv python find -v',
        'DEBUG Searching for default Python interpreter in virtual environments, managed installations, or search path',
        'DEBUG Found `cpython-3.12.6-linux-x86_64-gnu` at `/home/dev/.local/share/uv/python/cpython-3.12.6-linux-x86_64-gnu/bin/python3.12` (managed installations)',
        '/home/dev/.local/share/uv/python/cpython-3.12.6-linux-x86_64-gnu/bin/python3.12',
        'DEBUG Released lock at `/home/dev/.cache/uv/.lock`',
      ].join('\n'),
    );
    expect(only(events, 'selected').map((s) => s.path)).toEqual([
      '/home/dev/.local/share/uv/python/cpython-3.12.6-linux-x86_64-gnu/bin/python3.12',
    ]);
  });
});
