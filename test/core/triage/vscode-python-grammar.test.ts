// The VS Code Python extensions' output channels: stamped lines, the older stamp, bare lines of
// older extensions, messages relayed from pet, and Node's ENOENT for a missing interpreter.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../src/core/triage/facts.js';
import { parseLogs } from '../../../src/core/triage/grammars/index.js';
import { splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parseVscodePython } from '../../../src/core/triage/grammars/vscode-python.js';

const run = (text: string) => parseVscodePython(splitLines(text));
const text = (logText: string) => ({
  title: '',
  prose: '',
  blocks: [],
  form: {},
  logText,
  truncated: null,
});

describe('VS Code Python output', () => {
  it('reads pet’s discoveries and locator timings as relayed by the extension', () => {
    const events = run(
      [
        '2025-03-04 09:10:11.120 [info] Discovered env: /usr/bin/python3',
        '2025-03-04 09:10:11.121 [info] Discovered env: C:\\Py312\\python.exe',
        '2025-03-04 09:10:11.130 [info] Locator Conda took 12.3ms',
        '2025-03-04 09:10:11.140 [debug] Reporting Environment PythonEnvironment { display_name: None, executable: Some("C:\\\\envs\\\\a b\\\\python.exe"), kind: Some(Conda) }',
        '2025-03-04 09:10:11.150 [error] [pet] Failed to resolve env "/home/ann/.venv/bin/python"',
      ].join('\n'),
    );
    expect(events.map((e) => e.type)).toEqual(['found', 'found', 'search', 'found', 'rejected']);
    expect(events[1]).toMatchObject({ path: 'C:\\Py312\\python.exe' });
    expect(events[3]).toMatchObject({ path: 'C:\\envs\\a b\\python.exe' });
    expect(events[4]).toMatchObject({
      path: '/home/ann/.venv/bin/python',
      reason: 'Failed to resolve env',
    });
  });

  it('reads the older extension’s stamp and its bare query and selection lines', () => {
    const events = run(
      [
        'Info 2021-10-01 08:00:01: Searching for conda.',
        'Info 2021-10-01 08:00:02: Found interpreter for C:\\Py39\\python.exe,c:\\Users\\ann\\.vscode\\extensions\\ms-python.python-2021.9.0\\pythonFiles\\interpreterInfo.py',
        '> ~/.pyenv/versions/3.9.18/bin/python -I ~/.vscode/extensions/ms-python.python-2023.2.0/pythonFiles/get_output_via_markers.py ~/.vscode/extensions/ms-python.python-2023.2.0/pythonFiles/interpreterInfo.py',
        'Python interpreter path: ~/.pyenv/versions/3.9.18/bin/python',
      ].join('\n'),
    );
    expect(events.map((e) => [e.type, 'path' in e ? e.path : null])).toEqual([
      ['search', null],
      ['found', 'C:\\Py39\\python.exe'],
      ['found', '~/.pyenv/versions/3.9.18/bin/python'],
      ['selected', '~/.pyenv/versions/3.9.18/bin/python'],
    ]);
  });

  it('reads the 2021–2022 stamp in brackets', () => {
    const events = run(
      [
        '[INFO 2022-3-9 7:05:11.204]: Searching for conda environments',
        '[DEBUG 2022-3-9 7:05:11.900]: Found interpreter for /opt/envs/a/bin/python3, extra',
        '[DEBUG 2022-3-9 7:05:12.000]: Cached data exists KeyPrefix=x',
      ].join('\n'),
    );
    expect(events.map((e) => [e.type, 'path' in e ? e.path : null])).toEqual([
      ['search', null],
      ['found', '/opt/envs/a/bin/python3'],
    ]);
  });

  it('reads the locators’ commands and resolved links (2024), and the conda locator’s envs (2022)', () => {
    const events = run(
      [
        '2024-04-29 20:52:32.587 [info] > ~/.conda/bin/conda info --json',
        '2024-04-29 20:52:32.588 [info] > pyenv which python',
        '2024-04-29 20:52:32.748 [info] Found: /usr/bin/python3 --> /usr/bin/python3.12',
        '[DEBUG 2022-6-26 13:11:31.537]: Looking into conda env for executable: {"prefix":"C:\\\\Users\\\\a\\\\miniconda3\\\\envs\\\\y","name":"y"}',
        '[DEBUG 2022-6-26 13:11:31.540]: Executable does not exist within conda env, assume the executable to be `python` {"prefix":"C:\\\\Users\\\\a\\\\miniconda3\\\\envs\\\\y","name":"y"}',
        '2024-04-29 20:52:32.589 [info] > npm install',
      ].join('\n'),
    );
    expect(
      events.map((e) => [e.type, 'path' in e ? e.path : 'scope' in e ? e.scope : null]),
    ).toEqual([
      ['search', 'conda info --json'],
      ['search', 'pyenv which python'],
      ['found', '/usr/bin/python3'],
      ['search', 'conda env C:\\Users\\a\\miniconda3\\envs\\y'],
      ['skipped', 'C:\\Users\\a\\miniconda3\\envs\\y'],
    ]);
  });

  it('reads the 2021 locators’ skipped environments and a pipenv env without a valid .project', () => {
    const events = run(
      [
        'Info 2021-07-16 11:19:24: Global Virtual Environment: [skipped] /Users/k/.local/share/virtualenvs/a-1/bin/python3',
        'Info 2021-07-16 11:19:24: Global Virtual Environment: [added] /Users/k/.local/share/virtualenvs/c-3/bin/python3',
        "Error 2021-07-16 11:19:25: The .project file inside environment folder: /Users/k/.local/share/virtualenvs/b-2 doesn't contain a valid path to the project",
      ].join('\n'),
    );
    expect(events.map((e) => [e.type, 'path' in e ? e.path : null])).toEqual([
      ['skipped', '/Users/k/.local/share/virtualenvs/a-1/bin/python3'],
      ['found', '/Users/k/.local/share/virtualenvs/c-3/bin/python3'],
      ['rejected', '/Users/k/.local/share/virtualenvs/b-2'],
    ]);
    expect(events[0]).toMatchObject({ reason: 'Global Virtual Environment: [skipped]' });
  });

  it('reads pet’s records relayed in its tracing format', () => {
    const events = run(
      '2026-08-18 09:51:37.423 [error] [pet]  784.193347300s ERROR pet_python_utils::env: Python Execution for "c:\\\\w\\\\venv\\\\Scripts\\\\python.exe" produced an output "" without a separator',
    );
    expect(events).toMatchObject([
      {
        type: 'query-failed',
        path: 'c:\\w\\venv\\Scripts\\python.exe',
        detail: expect.stringContaining('produced an output "" without a separator'),
      },
    ]);
  });

  it('turns down an interpreter path Node could not find, and not a missing tool binary', () => {
    const log = [
      "[Error: ENOENT: no such file or directory, lstat '/work/app/.venv/bin/python'] {",
      "  code: 'ENOENT',",
      '2025-06-01 10:00:00.000 [error] [pet] Process error: spawn /home/ann/.vscode/extensions/ms-python/python-env-tools/bin/pet ENOENT',
    ].join('\n');
    const facts = factsOf(parseLogs(log), text(log));
    expect(facts.rejected.map((r) => [r.path, r.reason])).toEqual([
      ['/work/app/.venv/bin/python', 'ENOENT: no such file or directory, lstat'],
    ]);
    expect(facts.hasDiscoveryLog).toBe(false);
  });

  it('reads an ENOENT logged by the extension as its own turn-down, in its own words', () => {
    const log = [
      "Error 2021-05-02 11:12:13: Failed to resolve symbolic link:  [Error: ENOENT: no such file or directory, lstat 'python3.9'] {",
      '  errno: -2,',
      "2025-06-01 10:00:00.000 [error] Could not read interpreter: [Error: ENOENT: no such file or directory, stat '/home/ann/.venv/bin/python']",
      // The error alone, without the extension's words: Node's words are the reason.
      'Error 2021-05-02 11:12:14: Error: spawn /usr/bin/python3 ENOENT',
      '[ERROR 2022-3-9 7:05:11.204]: spawn /opt/py/bin/python3.11 ENOENT',
    ].join('\n');
    const facts = factsOf(parseLogs(log), text(log));
    expect(facts.rejected.map((r) => [r.path, r.reason])).toEqual([
      ['python3.9', 'Failed to resolve symbolic link'],
      ['/home/ann/.venv/bin/python', 'Could not read interpreter'],
      ['/usr/bin/python3', 'spawn ENOENT'],
      ['/opt/py/bin/python3.11', 'spawn ENOENT'],
    ]);
    expect(facts.hasDiscoveryLog).toBe(true);
  });

  it('does not take the extension’s other chatter for a discovery log', () => {
    const log = [
      "2025-06-01 10:00:00.000 [info] Experiment 'pythonFoo' is active",
      '2025-06-01 10:00:01.000 [warning] [pet] Restarting Python Environment Tools (attempt 2/3)',
      '2025-06-01 10:00:02.000 [info] [pet] Starting Python Locator /x/pet server',
      'Searching for Python 3.12 in managed installations',
    ].join('\n');
    expect(run(log)).toEqual([]);
  });
});
