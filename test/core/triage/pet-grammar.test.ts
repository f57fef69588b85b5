// python-environment-tools (pet): its env_logger records and the environments `pet find` prints.
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parsePet } from '../../../src/core/triage/grammars/pet.js';

const run = (text: string) => parsePet(splitLines(text));

describe('pet', () => {
  it('reads its trace records: the search, what it found, what it failed to run', () => {
    const events = run(
      [
        '[2025-02-03T04:05:06Z TRACE pet_core::os_environment] Env PATH: ["/usr/bin"]',
        '[2025-02-03T04:05:06Z TRACE pet::find] Searching using locator: Homebrew',
        '[2025-02-03T04:05:07Z TRACE pet_homebrew::environments] Getting homebrew python info for "/opt/homebrew/bin/python3.12" => "/opt/homebrew/Cellar/python@3.12/3.12.4/bin/python3.12"',
        '[2025-02-03T04:05:08Z WARN  pet_python_utils::env] Failed to spawn Python to resolve info "/usr/local/bin/python3.8": Permission denied (os error 13)',
      ].join('\n'),
    );
    expect(events.map((e) => e.type)).toEqual(['search', 'search', 'found', 'query-failed']);
    expect(events[2]).toMatchObject({ path: '/opt/homebrew/bin/python3.12', source: 'Homebrew' });
    expect(events[3]).toMatchObject({
      path: '/usr/local/bin/python3.8',
      reasonKind: 'not-executable',
    });
  });

  it('reads its tracing records (seconds since start, level, module)', () => {
    const events = run(
      [
        ' 784.193374500s ERROR pet::jsonrpc: Failed to resolve env "/home/a/.venv/bin/python", returning discovered env PythonEnvironment { name: None }',
        '12.5 seconds later, nothing',
      ].join('\n'),
    );
    expect(events.map((e) => e.type)).toEqual(['search', 'rejected']);
    expect(events[1]).toMatchObject({
      path: '/home/a/.venv/bin/python',
      reason: 'Failed to resolve env',
    });
  });

  it('reads `pet find` environments, with the error pet gives for one', () => {
    const events = run(
      [
        'Environment (Venv)',
        '   Executable  : /w/proj/.venv/bin/python',
        '   Version     : 3.11.9',
        '   Prefix      : /w/proj/.venv',
        'Environment (Conda)',
        '   Prefix      : /home/ann/miniconda3/envs/empty',
        '   Error       : Python executable not found',
        '',
      ].join('\n'),
    );
    expect(events.map((e) => [e.type, 'path' in e ? e.path : null])).toEqual([
      ['found', '/w/proj/.venv/bin/python'],
      ['found', '/home/ann/miniconda3/envs/empty'],
      ['rejected', '/home/ann/miniconda3/envs/empty'],
    ]);
    // Printed without being asked to be verbose: what pet found, not a log of its search.
    expect(events.every((e) => e.plain === true)).toBe(true);
  });
});
