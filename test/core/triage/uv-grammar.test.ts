// The uv grammar on each documented shape and historical wording (shared/reference/uv-discovery.md).
// The logs are written for these tests in uv's exact formats.
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../src/core/triage/events.js';
import { splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parseUv } from '../../../src/core/triage/grammars/uv.js';

const parse = (text: string) => parseUv(splitLines(text));
const only = <T extends LogEvent['type']>(events: LogEvent[], type: T) =>
  events.filter((e): e is Extract<LogEvent, { type: T }> => e.type === type);

describe('uv grammar: compact -v / -vv lines', () => {
  it('reads the version, request, search, found and rejection of a -v log', () => {
    const events = parse(
      [
        'DEBUG uv 0.6.11 (0632e24d1 2025-03-30)',
        'DEBUG Using Python request `>=3.12` from `requires-python` metadata',
        'DEBUG Searching for Python >=3.12 in managed installations or search path',
        'DEBUG Found `cpython-3.12.8-linux-x86_64-gnu` at `/opt/py (test)/bin/python3.12` (search path)',
        'DEBUG Ignoring Python interpreter at `/opt/py (test)/bin/python3.12`: only managed interpreters allowed',
      ].join('\n'),
    );
    expect(only(events, 'tool-version')[0]?.version).toBe('0.6.11');
    expect(only(events, 'request')[0]).toMatchObject({
      request: '>=3.12',
      origin: '`requires-python` metadata',
    });
    expect(only(events, 'search')[0]).toMatchObject({
      request: 'Python >=3.12',
      scope: 'managed installations or search path',
    });
    // Paths with spaces and parentheses: split on the last "` (".
    expect(only(events, 'found')[0]).toMatchObject({
      key: 'cpython-3.12.8-linux-x86_64-gnu',
      path: '/opt/py (test)/bin/python3.12',
      version: '3.12.8',
      source: 'search path',
    });
    expect(only(events, 'rejected')[0]).toMatchObject({
      path: '/opt/py (test)/bin/python3.12',
      reason: 'only managed interpreters allowed',
      reasonKind: 'managed-only',
    });
  });

  it.each([
    ['system interpreter required', 'system-required'],
    ['system interpreter not explicitly requested', 'not-explicit'],
    ['system interpreter not explicit', 'not-explicit'],
    ['only virtual environments allowed', 'venv-required'],
    ['system interpreter not allowed', 'venv-required'],
    ['only managed interpreters allowed', 'managed-only'],
    ['only system interpreters allowed', 'system-only'],
    ['a reason from the future', 'other'],
  ])('classifies "%s" as %s', (reason, kind) => {
    const [event] = only(
      parse(`DEBUG Ignoring Python interpreter at \`/usr/bin/python3\`: ${reason}`),
      'rejected',
    );
    expect(event).toMatchObject({ reason, reasonKind: kind });
  });

  it('accepts the 0.2.0–0.2.2 "intepreter" typo and the old key-less Found lines', () => {
    const events = parse(
      [
        'DEBUG Found CPython 3.9.19 at `/opt/hostedtoolcache/Python/3.9.19/x64/bin/python3.9` (search path)',
        'DEBUG Ignoring Python intepreter at `/opt/hostedtoolcache/Python/3.9.19/x64/bin/python3.9`: system interpreter not explicit',
        'TRACE Found Python interpreter CPython 3.12.0 at /usr/bin/python3.12 from search path',
      ].join('\n'),
    );
    expect(only(events, 'found').map((f) => [f.version, f.key, f.source])).toEqual([
      ['3.9.19', null, 'search path'],
      ['3.12.0', null, 'search path'],
    ]);
    expect(only(events, 'rejected')[0]?.reasonKind).toBe('not-explicit');
  });

  it('tells version from variant mismatches', () => {
    const events = parse(
      [
        'DEBUG Found `cpython-3.13.1+freethreaded-linux-x86_64-gnu` at `/usr/bin/python3.13t` (search path)',
        'DEBUG Skipping interpreter at `/usr/bin/python3.13t` from search path: does not satisfy request `default`',
        'DEBUG Found `cpython-3.12.1-linux-x86_64-gnu` at `/usr/bin/python3.12` (search path)',
        'DEBUG Skipping interpreter at `/usr/bin/python3.12` from search path: does not satisfy request `3.13+freethreaded`',
        'DEBUG Found `cpython-3.11.1-linux-x86_64-gnu` at `/usr/bin/python3.11` (search path)',
        'DEBUG Skipping interpreter at `/usr/bin/python3.11` from search path: does not satisfy request `3.12`',
      ].join('\n'),
    );
    expect(only(events, 'skipped').map((s) => [s.path, s.reasonKind, s.source])).toEqual([
      ['/usr/bin/python3.13t', 'variant-mismatch', 'search path'],
      ['/usr/bin/python3.12', 'variant-mismatch', 'search path'],
      ['/usr/bin/python3.11', 'version-mismatch', 'search path'],
    ]);
  });

  it('turns down a malformed entry of the managed directory under its name, with uv’s reason', () => {
    const events = parse(
      [
        'DEBUG uv 0.8.14',
        'WARN Ignoring malformed managed Python entry:',
        '    Failed to parse Python installation key `cache`: expected exactly 5 `-`-separated values, got 1',
      ].join('\n'),
    );
    expect(events.filter((e) => e.type === 'rejected')).toEqual([
      expect.objectContaining({
        path: 'cache',
        reason:
          'Failed to parse Python installation key `cache`: expected exactly 5 `-`-separated values, got 1',
      }),
    ]);
  });

  it('reads the checks of the project’s environment against the request as search steps', () => {
    const events = parse(
      [
        "DEBUG The virtual environment's Python version satisfies `Python >=3.9`",
        "DEBUG The virtual environment's Python version does not satisfy the request: `3.12`",
        "DEBUG The virtual environment's interpreter lives somewhere",
      ].join('\n'),
    );
    expect(events.map((e) => [e.type, e.type === 'search' ? e.request : null])).toEqual([
      ['search', 'Python >=3.9'],
      ['search', '3.12'],
    ]);
  });

  it('reads managed-installation skips and deferrals', () => {
    const events = parse(
      [
        'DEBUG Searching for managed installations at `AppData\\Roaming\\uv\\data\\python`',
        'DEBUG Found managed installation `cpython-3.14.0b4-windows-x86_64-none`',
        'DEBUG Skipping managed installation `cpython-3.14.0b4-windows-x86_64-none`: does not satisfy `3.9.0`',
        'DEBUG Skipping managed installation `cpython-3.12.3-linux-aarch64-gnu`: does not satisfy requested platform `linux-x86_64-gnu`',
        'DEBUG Skipping incompatible managed installation `cpython-3.8.20-linux-x86_64-gnu`',
        'DEBUG Skipping pre-release installation cpython-3.14.0b4-linux-x86_64-gnu',
        'DEBUG Skipping alternative implementation pypy-3.10.14-linux-x86_64-gnu',
      ].join('\n'),
    );
    expect(only(events, 'found')[0]).toMatchObject({
      key: 'cpython-3.14.0b4-windows-x86_64-none',
      version: '3.14.0b4',
      source: 'managed installations',
    });
    expect(only(events, 'skipped').map((s) => s.reasonKind)).toEqual([
      'version-mismatch',
      'other',
      'other',
      'version-mismatch',
      'other',
    ]);
    expect(only(events, 'skipped')[2]?.reason).toBe('incompatible managed installation');
    expect(only(events, 'search').map((s) => s.scope)).toEqual(['managed installations']);
  });

  it('reads the multi-line bad-interpreter record and classifies its error', () => {
    const events = parse(
      [
        'DEBUG Failed to inspect Python interpreter from search path at `/home/u/.pyenv/shims/python3.8` ',
        'DEBUG Skipping bad interpreter at /home/u/.pyenv/shims/python3.8 from search path: Querying Python at `/home/u/.pyenv/shims/python3.8` failed with exit status exit status: 127',
        '',
        '[stderr]',
        'pyenv: python3.8: command not found',
        '',
        'TRACE Found possible Python executable: /usr/bin/python3',
      ].join('\n'),
    );
    const [failure] = only(events, 'query-failed');
    expect(failure?.path).toBe('/home/u/.pyenv/shims/python3.8');
    expect(failure?.reasonKind).toBe('query-failed');
    expect(failure?.detail).toContain('[stderr]\npyenv: python3.8: command not found');
    expect(failure?.detail).not.toContain('Found possible');
  });

  it.each([
    [
      'Skipping unexecutable interpreter at C:\\Users\\me\\AppData\\Local\\Microsoft\\WindowsApps\\python.exe from search path: Access is denied. (os error 5)',
      'store-shim',
    ],
    [
      'Skipping unexecutable interpreter at /opt/x/python3 from search path: Permission denied (os error 13)',
      'not-executable',
    ],
    [
      'Skipping bad interpreter at /usr/bin/python2: Python executable does not support `-I` flag. Please use Python 3.8 or newer.',
      'python2-unsupported',
    ],
    [
      "Skipping bad interpreter at /data/python3 from search path: Can't use Python at `/data/python3`: Unknown operating system: `haiku`",
      'unknown-os',
    ],
  ])('classifies %s', (line, kind) => {
    expect(only(parse(`DEBUG ${line}`), 'query-failed')[0]?.reasonKind).toBe(kind);
  });

  it('keeps a Windows drive letter in the path of an old-style bad-interpreter line', () => {
    const [failure] = only(
      parse(
        'DEBUG Skipping bad interpreter at C:\\Python27\\python.exe: Querying Python at `C:\\Python27\\python.exe` failed',
      ),
      'query-failed',
    );
    expect(failure?.path).toBe('C:\\Python27\\python.exe');
  });

  it('reads missing interpreters and broken virtualenvs', () => {
    const events = parse(
      'TRACE Skipping missing interpreter at /gone/bin/python\nTRACE Skipping broken virtualenv at /w/.venv',
    );
    expect(only(events, 'rejected').map((r) => [r.path, r.reason])).toEqual([
      ['/gone/bin/python', 'missing interpreter'],
      ['/w/.venv', 'broken virtualenv (no pyvenv.cfg)'],
    ]);
  });

  it('reads every search-start wording', () => {
    const events = parse(
      [
        'DEBUG Searching for default Python interpreter in virtual environments, managed installations, or search path',
        'DEBUG Searching for a PyPy interpreter in search path',
        'DEBUG Searching for Python interpreter with executable name `python`',
        'DEBUG Searching for Python 3.12 in managed or system toolchains',
        'DEBUG Starting Python discovery for Python 3.12',
        'DEBUG Checking for Python interpreter at path `/x/bin/python`',
      ].join('\n'),
    );
    // Every start of a search is a discovery step, whatever is logged after it.
    expect(only(events, 'search').map((s) => [s.request, s.scope])).toEqual([
      ['default Python', 'virtual environments, managed installations, or search path'],
      ['PyPy', 'search path'],
      ['executable name `python`', 'search path'],
      ['Python 3.12', 'managed or system toolchains'],
      ['Python 3.12', 'Python discovery'],
      ['path `/x/bin/python`', 'provided path'],
    ]);
  });

  it('reads selections from user-facing and debug lines', () => {
    const events = parse(
      'Using CPython 3.12.8 interpreter at: .local/share/pystand/3.12/bin/python\nDEBUG Using Python 3.11.9 interpreter at: /usr/bin/python3.11\nUsing Python 3.13.12 environment at: /nix/store/c7-python3-3.13.12-env',
    );
    expect(only(events, 'selected').map((s) => [s.path, s.version])).toEqual([
      ['.local/share/pystand/3.12/bin/python', '3.12.8'],
      ['/usr/bin/python3.11', '3.11.9'],
      ['/nix/store/c7-python3-3.13.12-env', '3.13.12'],
    ]);
  });
});

describe('uv grammar: hierarchical (tracing-tree) lines', () => {
  it('reads uptime, level and target prefixes, with span lines and a per-span duration column', () => {
    const events = parse(
      [
        '        0.000074s DEBUG uv uv 0.5.8 (80d41671b 2024-12-11)',
        ' uv_interpreter::find_python::find_default_python ',
        '      0.006423s   0ms DEBUG uv_interpreter::interpreter Cached interpreter info for Python 3.11.6, skipping probing: /home/k/.local/bin/python',
        '    0.003453s DEBUG uv_interpreter::discovery Found CPython 3.8.12 at `/default-venv/bin/python3` (active virtual environment)',
        '    0.003474s DEBUG uv_interpreter::discovery Ignoring Python interpreter at `/default-venv/bin/python3`: system interpreter not allowed',
      ].join('\n'),
    );
    expect(only(events, 'tool-version')[0]?.version).toBe('0.5.8');
    expect(only(events, 'found').map((f) => [f.path, f.version, f.source])).toEqual([
      ['/home/k/.local/bin/python', '3.11.6', null],
      ['/default-venv/bin/python3', '3.8.12', 'active virtual environment'],
    ]);
    expect(only(events, 'search')[0]).toMatchObject({ scope: 'find_default_python' });
    expect(only(events, 'rejected')[0]?.reasonKind).toBe('venv-required');
  });
});

describe('uv grammar: final errors', () => {
  it('reads error / Caused by / hint, and records the failed interpreter of a fatal query error', () => {
    const events = parse(
      [
        'error: Failed to inspect Python interpreter from provided path at `/dev/null` ',
        '  Caused by: Failed to query Python interpreter at `/dev/null`',
        '  Caused by: Permission denied (os error 13)',
        '',
        'hint: Consider recreating the environment (e.g., with `uv venv`)',
      ].join('\n'),
    );
    const [error] = only(events, 'final-error');
    expect(error).toMatchObject({
      message: 'Failed to inspect Python interpreter from provided path at `/dev/null`',
      causes: [
        'Failed to query Python interpreter at `/dev/null`',
        'Permission denied (os error 13)',
      ],
      hints: ['Consider recreating the environment (e.g., with `uv venv`)'],
    });
    expect(only(events, 'query-failed')[0]).toMatchObject({
      path: '/dev/null',
      reasonKind: 'not-executable',
      fromError: true,
    });
  });

  it('reads miette rendering with continuation and cause arrows, Unicode and ASCII', () => {
    const unicode = only(
      parse(
        ' × Failed to query Python interpreter at\n│ `/root/.local/share/uv/python/cpython-3.11.9-linux-x86_64-gnu/bin/python3`\n╰─▶ No such file or directory (os error 2)',
      ),
      'final-error',
    )[0];
    expect(unicode?.message).toBe(
      'Failed to query Python interpreter at `/root/.local/share/uv/python/cpython-3.11.9-linux-x86_64-gnu/bin/python3`',
    );
    expect(unicode?.causes).toEqual(['No such file or directory (os error 2)']);
    const ascii = only(
      parse('  x No interpreter found for Python 3.8 in search path'),
      'final-error',
    )[0];
    expect(ascii?.message).toBe('No interpreter found for Python 3.8 in search path');
  });

  it('joins a wrapped error message', () => {
    const [error] = only(
      parse(
        'error: No interpreter found for Python 3.12 in virtual environments, managed\n       installations, or search path',
      ),
      'final-error',
    );
    expect(error?.message).toBe(
      'No interpreter found for Python 3.12 in virtual environments, managed installations, or search path',
    );
  });

  it('ignores another tool’s `error:` lines when nothing else in the log is uv’s', () => {
    expect(
      parse('error: subprocess-exited-with-error\nerror: externally-managed-environment'),
    ).toEqual([]);
  });
});

describe('uv command output', () => {
  it('reads `uv --version`', () => {
    expect(parse('uv 0.6.11 (0632e24d1 2025-03-30)')).toEqual([
      { type: 'tool-version', tool: 'uv', line: 1, version: '0.6.11', plain: true },
    ]);
  });

  it('reads the `uv python list` table: installed entries with and without symlink targets, not downloads', () => {
    const events = parse(
      [
        'cpython-3.14.3-linux-x86_64-gnu    .local/share/uv/python/cpython-3.14-linux-x86_64-gnu/bin/python3.14',
        'cpython-3.13.1+freethreaded-linux-x86_64-gnu    <download available>',
        'cpython-3.12.8-linux-x86_64-gnu    /usr/bin/python3.12 -> python3',
        'pypy-3.10.14-linux-x86_64-gnu      https://downloads.example/pypy.tar.bz2',
      ].join('\n'),
    );
    expect(only(events, 'found').map((f) => [f.key, f.version, f.path])).toEqual([
      [
        'cpython-3.14.3-linux-x86_64-gnu',
        '3.14.3',
        '.local/share/uv/python/cpython-3.14-linux-x86_64-gnu/bin/python3.14',
      ],
      ['cpython-3.12.8-linux-x86_64-gnu', '3.12.8', '/usr/bin/python3.12'],
    ]);
  });

  it('reads `uv python list --output-format json`, bare or wrapped', () => {
    const entries = [
      {
        key: 'cpython-3.13.1+freethreaded-linux-x86_64-gnu',
        version: '3.13.1',
        version_parts: { major: 3, minor: 13, patch: 1 },
        path: null,
        symlink: null,
        url: 'https://x',
        os: 'linux',
        variant: 'freethreaded',
        implementation: 'cpython',
        arch: 'x86_64',
        libc: 'gnu',
      },
      {
        key: 'cpython-3.13.1-linux-x86_64-gnu',
        version: '3.13.1',
        version_parts: { major: 3, minor: 13, patch: 1 },
        path: '/usr/bin/python3.13',
        symlink: null,
        url: null,
        os: 'linux',
        variant: 'default',
        implementation: 'cpython',
        arch: 'x86_64',
        libc: 'gnu',
      },
    ];
    const bare = only(parse(JSON.stringify(entries)), 'found');
    expect(bare.map((f) => [f.key, f.path])).toEqual([
      ['cpython-3.13.1-linux-x86_64-gnu', '/usr/bin/python3.13'],
    ]);
    const wrapped = only(
      parse(JSON.stringify({ schema: { version: 'preview' }, pythons: entries })),
      'found',
    );
    expect(wrapped).toHaveLength(1);
    expect(parse('[{"key": 1, broken')).toEqual([]);
  });

  it('reads the path `uv python find` prints after the command', () => {
    const events = parse(
      '$ uv python find 3.12\n/home/u/.local/share/uv/python/cpython-3.12.8-linux-x86_64-gnu/bin/python3.12\n/not/after/a/find/python3',
    );
    expect(only(events, 'selected').map((s) => s.path)).toEqual([
      '/home/u/.local/share/uv/python/cpython-3.12.8-linux-x86_64-gnu/bin/python3.12',
    ]);
  });
});
