// virtualenv (20.x, 21.x, as tox 4 prints it), pdm and findpython, poetry, tox 3 and 4, pipx,
// pyenv and pyenv-win, hatch and pip, and the facts drawn from their events.
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../src/core/triage/events.js';
import { factsOf } from '../../../src/core/triage/facts.js';
import { triageIssue } from '../../../src/core/triage/index.js';
import { parseHatch } from '../../../src/core/triage/grammars/hatch.js';
import { parseLogs } from '../../../src/core/triage/grammars/index.js';
import { splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parsePdm } from '../../../src/core/triage/grammars/pdm.js';
import { parsePip } from '../../../src/core/triage/grammars/pip.js';
import { parsePipx } from '../../../src/core/triage/grammars/pipx.js';
import { parsePoetry } from '../../../src/core/triage/grammars/poetry.js';
import { parsePyenv } from '../../../src/core/triage/grammars/pyenv.js';
import { parsePyenvWin } from '../../../src/core/triage/grammars/pyenv-win.js';
import { parseTox } from '../../../src/core/triage/grammars/tox.js';
import { parseVirtualenv } from '../../../src/core/triage/grammars/virtualenv.js';

type Grammar = (lines: readonly string[]) => LogEvent[];
const run = (grammar: Grammar, text: string) => grammar(splitLines(text));
const types = (events: LogEvent[]) => events.map((e) => e.type);

describe('virtualenv', () => {
  it('reads a 21.x success: resolved shim, proposed, accepted', () => {
    const events = run(
      parseVirtualenv,
      [
        '76 find interpreter for spec PythonSpec(major=3, minor=12, free_threaded=False) [INFO _discovery:131]',
        '74 resolved shim ~/.pyenv/shims/python3 to ~/.pyenv/versions/3.12.1/bin/python3 [DEBUG _discovery:255]',
        "90 accepted PathPythonInfo(spec=CPython3.12.1.final.0-64-x86_64, exe=/home/u/.pyenv/versions/3.12.1/bin/python3, platform=linux, version='3.12.1 (main, May  9 2026, 07:36:11) [GCC 12.2.0]', encoding_fs_io=utf-8-utf-8) [DEBUG _discovery:144]",
      ].join('\n'),
    );
    expect(types(events)).toEqual(['search', 'found', 'selected']);
    expect(events[0]).toMatchObject({ request: '3.12' });
    expect(events[1]).toMatchObject({
      path: '~/.pyenv/versions/3.12.1/bin/python3',
      source: 'shim ~/.pyenv/shims/python3',
    });
    expect(events[2]).toMatchObject({
      path: '/home/u/.pyenv/versions/3.12.1/bin/python3',
      version: '3.12.1',
    });
  });

  it('reads a 20.x failure: PATH entries, a failed query, proposals that did not match, the RuntimeError', () => {
    const events = run(
      parseVirtualenv,
      [
        'virtualenv 20.17.1 from /usr/lib/python3/dist-packages/virtualenv/__init__.py',
        '62 find interpreter for spec PythonSpec(major=3, minor=12) [INFO builtin:56]',
        "62 proposed PythonInfo(spec=CPython3.11.2.final.0-64, exe=/usr/bin/python3, platform=linux, version='3.11.2 (main, Oct  7 2026, 12:35:07) [GCC 12.2.0]', encoding_fs_io=utf-8-utf-8) [INFO builtin:63]",
        '62 discover PATH[3]=/home/u/.pyenv/shims [DEBUG builtin:108]',
        '184 failed to query /home/u/.pyenv/shims/python3.12 with code 127 err: "pyenv: python3.12: command not found\\n" [INFO cached_py_info:33]',
        "353 proposed PathPythonInfo(spec=CPython3.11.7.final.0-64, system=/home/u/.pyenv/versions/3.11.7/bin/python3, exe=/home/u/.pyenv/shims/python3, platform=linux, version='3.11.7', encoding_fs_io=utf-8-utf-8) [INFO builtin:63]",
        "565 RuntimeError: failed to find interpreter for Builtin discover of python_spec='3.12' [ERROR __main__:61]",
      ].join('\n'),
    );
    expect(events.find((e) => e.type === 'tool-version')).toMatchObject({ version: '20.17.1' });
    expect(events.filter((e) => e.type === 'search')).toMatchObject([
      { request: '3.12', scope: 'interpreters matching the spec' },
      { request: '3.12', scope: 'PATH entry /home/u/.pyenv/shims' },
    ]);
    expect(events.find((e) => e.type === 'query-failed')).toMatchObject({
      path: '/home/u/.pyenv/shims/python3.12',
      detail:
        'failed to query /home/u/.pyenv/shims/python3.12 with code 127 err: pyenv: python3.12: command not found',
    });
    expect(
      events
        .filter((e) => e.type === 'found')
        .map((e) => (e.type === 'found' ? [e.path, e.version, e.source] : null)),
    ).toEqual([
      ['/usr/bin/python3', '3.11.2', null],
      [
        '/home/u/.pyenv/shims/python3',
        '3.11.7',
        'system=/home/u/.pyenv/versions/3.11.7/bin/python3',
      ],
    ]);
    expect(events.filter((e) => e.type === 'skipped')).toHaveLength(2);
    expect(events.find((e) => e.type === 'final-error')).toMatchObject({
      message: "failed to find interpreter for Builtin discover of python_spec='3.12'",
    });
  });

  it('reads a debug-build spec as a variant request and tox 4’s prefixed records', () => {
    const events = run(
      parseVirtualenv,
      [
        'py311: 73 D find interpreter for spec PythonSpec(implementation=cpython, major=3, minor=11, free_threaded=False, debug=True) [virtualenv/discovery/builtin.py:58]',
        "py311: 142 D accepted PathPythonInfo(spec=CPython3.11.2.final.0d-64-x86_64, exe=/usr/bin/python3.11d, platform=linux, version='3.11.2') [virtualenv/discovery/builtin.py:65]",
      ].join('\n'),
    );
    expect(events[0]).toMatchObject({ type: 'search', request: 'cpython 3.11d' });
    expect(events[1]).toMatchObject({
      type: 'selected',
      path: '/usr/bin/python3.11d',
      version: '3.11.2',
    });
  });

  it('reads tox `-vv` records, which carry the env name and the location but no milliseconds', () => {
    const events = run(
      parseVirtualenv,
      [
        'lint: find interpreter for spec PythonSpec(major=3, minor=12) [python_discovery/_discovery.py:131]',
        "lint: proposed PythonInfo(spec=CPython3.12.4.final.0-64, exe=/opt/py/bin/python3.12, platform=darwin, version='3.12.4') [python_discovery/_discovery.py:140]",
        'lint: filesystem is case-insensitive [python_discovery/_compat.py:20]',
      ].join('\n'),
    );
    expect(types(events)).toEqual(['search', 'found']);
    expect(events[1]).toMatchObject({ path: '/opt/py/bin/python3.12', version: '3.12.4' });
    // Through the shared line dispatch too: the env name is no character the grammar starts on.
    expect(types(parseLogs('lint: find interpreter for spec PythonSpec(major=3)'))).toEqual([
      'search',
    ]);
  });

  it('does not read an exception named like an env (`RuntimeError: failed to query …`) as a record', () => {
    const error = "RuntimeError: failed to query /usr/bin/python with code 1 err: 'SyntaxError'";
    const facts = factsOf(parseLogs(error), {
      title: '',
      prose: '',
      blocks: [],
      form: {},
      logText: error,
      truncated: null,
    });
    expect(facts.hasDiscoveryLog).toBe(false);
  });

  it('turns down a proposal another record followed, in a log cut before the search ended', () => {
    const events = run(
      parseVirtualenv,
      [
        '25 find interpreter for spec PythonSpec(major=3, minor=12) [INFO builtin:44]',
        "25 proposed PythonInfo(spec=CPython3.9.2.final.0-64, exe=/usr/bin/python3, platform=linux, version='3.9.2') [INFO builtin:50]",
        '26 discover PATH[0]=/home/kim/.local/bin [DEBUG builtin:84]',
        "31 proposed PythonInfo(spec=CPython3.10.1.final.0-64, exe=/opt/py310/bin/python3, platform=linux, version='3.10.1') [INFO builtin:50]",
      ].join('\n'),
    );
    // The last proposal may yet have been accepted: the log stops right after it.
    expect(events.filter((e) => e.type === 'skipped').map((e) => 'path' in e && e.path)).toEqual([
      '/usr/bin/python3',
    ]);
  });

  it('does not turn down a proposal that other records follow in an INFO log (accepted is DEBUG)', () => {
    const events = run(
      parseVirtualenv,
      [
        '25 find interpreter for spec PythonSpec(major=3, minor=12) [INFO builtin:44]',
        "25 proposed PythonInfo(spec=CPython3.12.4.final.0-64, exe=/usr/bin/python3.12, platform=linux, version='3.12.4') [INFO builtin:50]",
        '31 filesystem is case-sensitive [DEBUG info:28]',
        '40 create virtual environment via CPython3Posix(dest=/w/venv, clear=False) [INFO session:52]',
      ].join('\n'),
    );
    expect(types(events)).toEqual(['search', 'found']);
  });

  it('reads its messages in Python logging’s default format, under any logger', () => {
    const events = run(
      parseVirtualenv,
      [
        "DEBUG:root:get interpreter info via cmd: 'C:\\Py39\\3.exe' 'C:\\venv\\py_info.py'",
        "INFO:root:failed to query C:\\Py39\\3.exe with code 2 err: 'The system cannot find the file specified'",
        'INFO:root:some other message',
      ].join('\n'),
    );
    expect(events.find((e) => e.type === 'query-failed')).toMatchObject({
      path: 'C:\\Py39\\3.exe',
      detail:
        "failed to query C:\\Py39\\3.exe with code 2 err: 'The system cannot find the file specified'",
    });
  });

  it('reads the records of tox’s `.pkg` env', () => {
    expect(
      types(
        run(
          parseVirtualenv,
          '.pkg: find interpreter for spec PythonSpec(major=3) [virtualenv/discovery/builtin.py:58]',
        ),
      ),
    ).toEqual(['search']);
  });

  it('ignores prose that merely ends in brackets', () => {
    expect(
      run(parseVirtualenv, '12 apples and 3 pears [see note:1]\n1 proposed nothing [x]'),
    ).toEqual([]);
  });
});

describe('pdm and findpython', () => {
  it('reads the pdm use list (old and new formats) and the selection after the prompt', () => {
    const events = run(
      parsePdm,
      [
        'PDM, version 2.2.1',
        '0. /home/u/.pyenv/shims/python3 (3.11)',
        '1. C:\\Python312\\python.exe (3.12)',
        '2. cpython@3.13.0 (/usr/local/bin/python3.13)',
        '3. Install the newest version (3.99)',
        'Please select (0): Using Python interpreter: /home/u/.pyenv/shims/python3 (3.11)',
        '[NoPythonVersion]: No Python that satisfies <Version(>=3.14)> is found on the system.',
      ].join('\n'),
    );
    expect(types(events)).toEqual([
      'tool-version',
      'found',
      'found',
      'found',
      'selected',
      'final-error',
    ]);
    expect(events[3]).toMatchObject({ path: '/usr/local/bin/python3.13', key: 'cpython@3.13.0' });
    expect(events[5]).toMatchObject({
      tool: 'pdm',
      message: 'No Python that satisfies <Version(>=3.14)> is found on the system.',
    });
  });

  it('reads findpython --all results', () => {
    const events = run(
      parsePdm,
      'Found matching python versions:\npython3.11 3.11.2 @ /usr/bin/python3.11\npypy3.9 3.9.16 @ /usr/bin/pypy3.9',
    );
    expect(events.map((e) => (e.type === 'found' ? [e.tool, e.path, e.version] : null))).toEqual([
      ['findpython', '/usr/bin/python3.11', '3.11.2'],
      ['findpython', '/usr/bin/pypy3.9', '3.9.16'],
    ]);
  });
});

describe('poetry', () => {
  it('reads the active-python detection and a successful selection', () => {
    const events = run(
      parsePoetry,
      [
        'Poetry (version 1.8.3)',
        'Trying to detect current active python executable as specified in the config.',
        'Found: /home/u/.pyenv/versions/3.11.7/bin/python',
        'Using virtualenv: /home/u/.cache/pypoetry/virtualenvs/demo-lmzUCBw1-py3.11',
      ].join('\n'),
    );
    expect(types(events)).toEqual(['tool-version', 'search', 'found', 'selected']);
  });

  it('reads the base interpreter from `poetry env info`', () => {
    const events = run(
      parsePoetry,
      [
        'Virtualenv',
        'Python:         3.11.2',
        'Executable:     /tmp/v/demo-py3.11/bin/python',
        '',
        'System',
        'Platform:   linux',
        'Executable: /usr/bin/python3.11',
      ].join('\n'),
    );
    expect(events).toEqual([
      { type: 'selected', tool: 'poetry', line: 7, path: '/usr/bin/python3.11', version: null },
    ]);
  });

  it('reads env use failures: the probe command and the missing executable', () => {
    const events = run(
      parsePoetry,
      `Command 'python3.12 -c "import sys; print(sys.executable)"' returned non-zero exit status 127.\nCould not find the python executable python3.12`,
    );
    expect(events[0]).toMatchObject({
      type: 'query-failed',
      path: 'python3.12',
      detail: 'exit status 127',
    });
    expect(events[1]).toMatchObject({
      type: 'final-error',
      message: 'Could not find the python executable python3.12',
    });
  });

  it('reads the 2.x wording of an unsupported active version', () => {
    const [event] = run(
      parsePoetry,
      'Current Python version (3.11.2) is not allowed by the project (^3.12).',
    );
    expect(event).toMatchObject({
      type: 'skipped',
      reasonKind: 'version-mismatch',
      reason: 'Current Python version (3.11.2) is not allowed by the project (^3.12)',
    });
  });
});

describe('tox', () => {
  it('reads tox 3 interpreter lookups', () => {
    const events = run(
      parseTox,
      [
        "python (/home/u/.pyenv/shims/python) is {'executable': '/home/u/.pyenv/versions/3.11.7/bin/python', 'implementation': 'CPython', 'version_info': [3, 11, 7, 'final', 0], 'is_64': True}",
        'pypy3 uses /usr/bin/pypy3',
        'py312 uses None',
        'ERROR:  InterpreterNotFound: python3.12',
      ].join('\n'),
    );
    expect(types(events)).toEqual(['found', 'selected', 'skipped', 'final-error']);
    expect(events[0]).toMatchObject({ path: '/home/u/.pyenv/shims/python', version: '3.11.7' });
    expect(events[2]).toMatchObject({
      path: 'python3.12',
      reason: 'InterpreterNotFound: python3.12',
      plain: true,
    });
  });

  it('reads tox 1–3 refusing an interpreter it found', () => {
    const events = run(
      parseTox,
      'ERROR:   py33: UnsupportedInterpreter: python2.5 is not supported anymore, sorry',
    );
    expect(events).toMatchObject([
      {
        type: 'rejected',
        path: 'python2.5',
        reason: 'UnsupportedInterpreter: python2.5 is not supported anymore, sorry',
        reasonKind: 'python2-unsupported',
      },
    ]);
  });

  it('reads the tox 4 skip line and version', () => {
    const events = run(
      parseTox,
      '4.11.3 from /usr/lib/python3/dist-packages/tox/__init__.py\npy312: skipped because could not find python interpreter with spec(s): py312',
    );
    expect(events[0]).toMatchObject({ type: 'tool-version', version: '4.11.3' });
    expect(events[1]).toMatchObject({
      type: 'skipped',
      path: 'py312',
      reason: 'could not find python interpreter with spec(s): py312',
      plain: true,
    });
    expect(events[2]).toMatchObject({
      type: 'final-error',
      message: 'could not find python interpreter with spec(s): py312',
    });
  });
});

describe('pipx and pyenv', () => {
  it('reads pipx 1.1 verbose lines and the newer not-found message', () => {
    const events = run(
      parsePipx,
      [
        'pipx >(setup:757): pipx version is 1.1.0',
        "pipx >(setup:758): Default python interpreter is '/usr/bin/python3'",
        'pipx >(run_subprocess:173): running python3.12 -m venv --without-pip /tmp/tmp0nok6cbs',
        "'python3.12 -m venv --without-pip /tmp/tmp0nok6cbs' failed",
        "⚠️  No executable for the provided Python version '3.14' found. Please make sure the executable name is on your PATH.",
      ].join('\n'),
    );
    expect(types(events)).toEqual([
      'tool-version',
      'found',
      'found',
      'final-error',
      'final-error',
      'skipped',
    ]);
    expect(events[2]).toMatchObject({ path: 'python3.12', source: 'venv creation' });
    expect(events[4]).toMatchObject({
      message: expect.stringMatching(/^No executable for the provided Python version '3.14' found/),
    });
    // The version asked for is what was turned down, with pipx's words as the reason.
    expect(events[5]).toMatchObject({
      path: '3.14',
      reason: expect.stringMatching(/^No executable for the provided Python version '3.14'/),
    });
  });

  it('reads pyenv’s shim messages', () => {
    const events = run(
      parsePyenv,
      "pyenv: python3.12: command not found\npyenv: version `3.10' is not installed (set by /w/.python-version)\npyenv 2.4.0",
    );
    expect(events).toMatchObject([
      { type: 'query-failed', path: 'python3.12', interpreterKind: 'shim', plain: true },
      {
        type: 'skipped',
        path: '3.10',
        reason: "version `3.10' is not installed (set by /w/.python-version)",
        plain: true,
      },
      {
        type: 'final-error',
        message: "version `3.10' is not installed (set by /w/.python-version)",
      },
      { type: 'tool-version', version: '2.4.0' },
    ]);
  });
});

describe('pipx 1.2+, pyenv-win, hatch and pip', () => {
  it('reads pipx records without the `pipx >` prefix', () => {
    const events = run(
      parsePipx,
      [
        '(setup:1110): pipx version is 1.6.0',
        "(setup:1111): Default python interpreter is 'C:\\Users\\ann\\AppData\\Local\\Programs\\Python\\Python312\\python.exe'",
        '(find_unix_command_python:87): Command `python3.14` was not found on the system',
      ].join('\n'),
    );
    expect(types(events)).toEqual(['tool-version', 'found', 'search']);
    expect(events[2]).toMatchObject({ request: 'python3.14' });
  });

  it('reads pipx 0.15 records, whose prefix has a space (`pipx > (setup:567): `)', () => {
    const events = run(
      parsePipx,
      [
        'pipx > (setup:567): pipx version is 0.15.4.0',
        "pipx > (setup:568): Default python interpreter is 'c:\\python311\\python.exe'",
      ].join('\n'),
    );
    expect(types(events)).toEqual(['tool-version', 'found']);
    expect(events[0]).toMatchObject({ version: '0.15.4.0' });
  });

  it('does not take the venv command pipx ran for a discovery step', () => {
    const log = (lines: string[]) =>
      `# pipx install fails\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n`;
    const ranOnly = triageIssue(
      log([
        'pipx > (_package_name_from_spec:93): Determined package name: httpie',
        'pipx > (_package_name_from_spec:94): Package name determined in 0.0s',
        'pipx > (run_subprocess:108): running python3.11 -m venv --without-pip /home/ann/.local/pipx/venvs/httpie',
        'pipx > (rmdir:18): removing directory /home/ann/.local/pipx/venvs/httpie',
      ]),
    );
    expect(ranOnly.result.hasLog).toBe(true);
    expect(ranOnly.result.hasDiscoveryLog).toBe(false);
    const looked = triageIssue(
      log([
        "pipx > (setup:568): Default python interpreter is '/usr/bin/python3'",
        'pipx > (run_subprocess:108): running python3.11 -m venv --without-pip /home/ann/.local/pipx/venvs/httpie',
      ]),
    );
    expect(looked.result.hasDiscoveryLog).toBe(true);
  });

  it('reads pyenv-win’s single-quoted complaint and its refusal of a Python before its shims', () => {
    const events = run(
      parsePyenvWin,
      [
        "pyenv: version '3.10.5' not installed",
        'FATAL: Found C:\\Python39\\python.exe version before pyenv in PATH.',
      ].join('\n'),
    );
    expect(events).toMatchObject([
      { type: 'skipped', path: '3.10.5', plain: true },
      {
        type: 'rejected',
        path: 'C:\\Python39\\python.exe',
        reason: 'version before pyenv in PATH',
      },
      { type: 'final-error' },
    ]);
  });

  it('reads hatch’s verdict on an environment and pip’s on --python', () => {
    expect(
      run(
        parseHatch,
        'Hatch, version 1.13.0\nEnvironment `test` is incompatible: cannot locate Python: 3.8',
      ),
    ).toMatchObject([
      { type: 'tool-version', version: '1.13.0' },
      {
        type: 'final-error',
        message: 'Environment `test` is incompatible: cannot locate Python: 3.8',
      },
    ]);
    expect(run(parsePip, 'ERROR: Could not locate Python interpreter python3.99')).toMatchObject([
      {
        type: 'final-error',
        tool: 'pip',
        message: 'Could not locate Python interpreter python3.99',
      },
    ]);
  });
});

describe('facts from the events', () => {
  const text = (logText: string) => ({
    title: '',
    prose: '',
    blocks: [],
    form: {},
    logText,
    truncated: null,
  });

  it('keeps the findings of the discovery a tool delegates to, and drops another tool’s', () => {
    const log = [
      'py311: 101 I find interpreter for spec PythonSpec(major=3, minor=11) [virtualenv/discovery/builtin.py:58]',
      '103 failed to query /opt/py311/bin/python3.11 with code 126 err: "permission denied" [INFO cached_py_info:33]',
      '[2025-02-03T04:05:06Z WARN  pet::resolve] Failed to resolve env "/home/ann/other/bin/python"',
    ].join('\n');
    const events = parseLogs(log);
    const facts = factsOf(events, text(log), { tool: 'tox' });
    expect(facts.rejected.map((r) => [r.path, r.kind])).toEqual([
      ['/opt/py311/bin/python3.11', 'not-executable'],
    ]);
  });

  it('does not count default-verbosity turn-downs as a discovery log', () => {
    const log =
      "INFO: The saved Python interpreter doesn't match the project's requirement. Trying to find another one.";
    const facts = factsOf(parseLogs(log), text(log));
    expect(facts.skipped).toHaveLength(1);
    expect(facts.hasDiscoveryLog).toBe(false);
  });
});
