// virtualenv's discovery records in the shapes they reach issues: 20.0.x lines, poetry's
// `[virtualenv]` prefix, tox 4 records, records cut short by a paste, python-discovery's logger.
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../src/core/triage/events.js';
import { factsOf } from '../../../src/core/triage/facts.js';
import { parseLogs } from '../../../src/core/triage/grammars/index.js';
import { splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parseVirtualenv } from '../../../src/core/triage/grammars/virtualenv.js';

const run = (text: string) => parseVirtualenv(splitLines(text));
const ofType = <T extends LogEvent['type']>(events: LogEvent[], type: T) =>
  events.filter((e): e is Extract<LogEvent, { type: T }> => e.type === type);
const text = (logText: string) => ({
  title: '',
  prose: '',
  blocks: [],
  form: {},
  logText,
  truncated: null,
});

describe('virtualenv 20.0.x', () => {
  it('reads the system discovery, the query command and the cache lookup as steps', () => {
    const events = run(
      [
        '71 find interpreter for spec PythonSpec(implementation=CPython, major=2, minor=7) [INFO builtin:44]',
        "72 discover system for PythonInfo(spec=CPython3.8.1.final.0-64, exe=/tmp/demo/bin/python3, platform=darwin, version='3.8.1') in /Library/Frameworks/Python.framework/Versions/3.8 [DEBUG py_info:332]",
        '74 get interpreter info via cmd: /Library/Frameworks/Python.framework/Versions/3.8/python -s /tmp/demo/lib/python3.8/site-packages/virtualenv/discovery/py_info.py [DEBUG cached_py_info:107]',
        '75 get PythonInfo from /home/ann/.local/share/virtualenv/py_info/20.0.17/0a1b.json for /opt/py/3.6.9/bin/python [DEBUG cached_py_info:79]',
      ].join('\n'),
    );
    expect(ofType(events, 'search').map((e) => e.scope)).toEqual([
      'interpreters matching the spec',
      'base interpreter in /Library/Frameworks/Python.framework/Versions/3.8',
    ]);
    expect(ofType(events, 'found').map((e) => [e.path, e.source])).toEqual([
      ['/Library/Frameworks/Python.framework/Versions/3.8/python', 'query'],
      ['/opt/py/3.6.9/bin/python', 'py_info cache'],
    ]);
  });

  it('reads the dict form of a proposal and a proposal cut after its path', () => {
    const events = run(
      [
        "140 proposed PythonInfo({'base_exec_prefix': None, 'executable': '/opt/fw/2.7/Resources/Python.app/Contents/MacOS/Python', 'system_executable': '/opt/fw/2.7/bin/python2.7', 'version_info': VersionInfo(major=2, minor=7, micro=18, releaselevel='final', serial=0)}) [INFO builtin:62]",
        '141 proposed PythonInfo(spec=CPython3.6.9.final.0-64, exe=/opt/py/3.6.9/bin/python,',
      ].join('\n'),
    );
    expect(ofType(events, 'found').map((e) => [e.path, e.version, e.source])).toEqual([
      [
        '/opt/fw/2.7/Resources/Python.app/Contents/MacOS/Python',
        '2.7.18',
        'system=/opt/fw/2.7/bin/python2.7',
      ],
      ['/opt/py/3.6.9/bin/python', '3.6.9', null],
    ]);
  });

  it('reads the tuple 20.x logged for a cache hit', () => {
    const [event] = run(
      "py39: 156 D got python info of %s from (PosixPath('/usr/bin/python3.9'), PosixPath('/home/ann/.local/share/virtualenv/py_info/1/9f.json')) [virtualenv/app_data/via_disk_folder.py:131]",
    );
    expect(event).toMatchObject({ type: 'found', path: '/usr/bin/python3.9' });
  });
});

describe('virtualenv records as other tools print them', () => {
  it('reads poetry’s `[virtualenv]` lines without milliseconds or a record tail', () => {
    const events = run(
      [
        '[virtualenv] find interpreter for spec PythonSpec(path=/home/ann/.local/share/pypoetry/venv/bin/python)',
        '[filelock:filelock] Attempting to acquire lock 1234 on /home/ann/.local/share/virtualenv/py_info/1/ab.lock',
        "[virtualenv] proposed PythonInfo(spec=CPython3.10.4.final.0-64, system=/usr/bin/python3.10, exe=/home/ann/.local/share/pypoetry/venv/bin/python, platform=linux, version='3.10.4')",
      ].join('\n'),
    );
    expect(events.map((e) => e.type)).toEqual(['search', 'found']);
    expect(events[0]).toMatchObject({ request: '/home/ann/.local/share/pypoetry/venv/bin/python' });
  });

  it('reads the final error as cleo prints it, on a line of its own', () => {
    const [event] = run(
      "  failed to find interpreter for Builtin discover of python_spec='python3.13'",
    );
    expect(event).toMatchObject({
      type: 'final-error',
      message: "failed to find interpreter for Builtin discover of python_spec='python3.13'",
    });
  });

  it('does not read prose that starts like a message', () => {
    expect(run('proposed changes are in the PR\nfailed to query the API twice')).toEqual([]);
  });
});

describe('python-discovery', () => {
  it('reads its logger records, a record wrapped after "for", and merges both reasons', () => {
    const log = [
      'DEBUG python_discovery._cached_py_info: get interpreter info via cmd: /opt/py37/bin/python3.7 /x/_py_info.py c1 c2',
      'DEBUG python_discovery._cached_py_info: first subprocess attempt failed for',
      '      /opt/py37/bin/python3.7 (failed to query /opt/py37/bin/python3.7 with code 1 err: "SyntaxError"), retrying',
      'INFO  python_discovery._cached_py_info: failed to query /opt/py37/bin/python3.7 with code 1 err: "SyntaxError: invalid syntax\\n"',
    ].join('\n');
    const events = parseLogs(log);
    expect(events.every((e) => e.tool === 'python-discovery')).toBe(true);
    const facts = factsOf(events, text(log));
    expect(facts.hasDiscoveryLog).toBe(true);
    expect(facts.rejected).toHaveLength(1);
    expect(facts.rejected[0]).toMatchObject({
      path: '/opt/py37/bin/python3.7',
      kind: 'query-failed',
    });
    expect(facts.rejected[0]?.reason).toContain('first subprocess attempt failed');
    expect(facts.rejected[0]?.reason).toContain(
      'failed to query /opt/py37/bin/python3.7 with code 1',
    );
  });

  it('reads an interpreter too old to be queried and one whose system could not be resolved', () => {
    const events = run(
      [
        '12 /opt/py27/bin/python2.7 is Python 2.7.18, older than the minimum 3.8 python-discovery can query [WARNING _cached_py_info:119]',
        "13 ignore /home/ann/env/bin/python due cannot resolve system due to RuntimeError('no base') [INFO _py_info:381]",
      ].join('\n'),
    );
    expect(ofType(events, 'rejected').map((e) => [e.path, e.reasonKind])).toEqual([
      ['/opt/py27/bin/python2.7', 'python2-unsupported'],
      ['/home/ann/env/bin/python', 'query-failed'],
    ]);
  });
});

describe('the PEP 514 registry', () => {
  it('turns down a registry entry whose executable is gone, as a warning', () => {
    const [event] = run(
      'PEP-514 violation in Windows Registry at HKEY_CURRENT_USER/PythonCore/3.9 error: exe does not exists C:\\Tools\\py39\\python.exe',
    );
    expect(event).toMatchObject({
      type: 'rejected',
      path: 'C:\\Tools\\py39\\python.exe',
      reason: expect.stringContaining('exe does not exists'),
      plain: true,
    });
  });
});
