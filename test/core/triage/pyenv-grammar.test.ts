// pyenv's PYENV_DEBUG=1 trace (old and new PS4) and its complaints inside other tools' logs.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../src/core/triage/facts.js';
import { parseLogs } from '../../../src/core/triage/grammars/index.js';
import { splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parsePyenv } from '../../../src/core/triage/grammars/pyenv.js';

const text = (logText: string) => ({
  title: '',
  prose: '',
  blocks: [],
  form: {},
  logText,
  truncated: null,
});

describe('pyenv', () => {
  it('reads a PYENV_DEBUG trace: the search, the path `pyenv which` settles on, the exec', () => {
    const log = [
      '+ [pyenv-version-name:8] PYENV_VERSION=3.10.12',
      '+ [pyenv-which:87] PYENV_COMMAND_PATH=/home/lee/.pyenv/versions/3.10.12/bin/python3.10',
      '+(/home/lee/.pyenv/libexec/pyenv-exec:48): exec /home/lee/.pyenv/versions/3.10.12/bin/python3.10',
    ].join('\n');
    const events = parsePyenv(splitLines(log));
    expect(events).toMatchObject([
      { type: 'search', scope: 'PYENV_DEBUG trace' },
      { type: 'found', path: '/home/lee/.pyenv/versions/3.10.12/bin/python3.10' },
      { type: 'selected', path: '/home/lee/.pyenv/versions/3.10.12/bin/python3.10' },
    ]);
    expect(factsOf(parseLogs(log), text(log)).hasDiscoveryLog).toBe(true);
  });

  it('ignores a shell trace that is not pyenv’s', () => {
    expect(parsePyenv(splitLines('+ [build.sh:3] make install\n++ [env:1] PATH=/usr/bin'))).toEqual(
      [],
    );
  });

  it('does not take a shim’s complaint alone for a discovery log', () => {
    const log = 'pyenv: python3.9: command not found';
    const facts = factsOf(parseLogs(log), text(log));
    expect(facts.hasDiscoveryLog).toBe(false);
    expect(facts.rejected.map((r) => [r.path, r.interpreterKind])).toEqual([['python3.9', 'shim']]);
  });
});
