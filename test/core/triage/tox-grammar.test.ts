// tox's verdicts on an env it could not find an interpreter for, plain and as -vv records.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../src/core/triage/facts.js';
import { parseLogs } from '../../../src/core/triage/grammars/index.js';
import { splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parseTox } from '../../../src/core/triage/grammars/tox.js';

const run = (text: string) => parseTox(splitLines(text));
const text = (logText: string) => ({
  title: '',
  prose: '',
  blocks: [],
  form: {},
  logText,
  truncated: null,
});

describe('tox 4', () => {
  it('reads a skip at the default verbosity as a turned-down spec, not as a verbose log', () => {
    const log = 'py313: skipped because could not find python interpreter with spec(s): py313';
    const events = run(log);
    expect(events[0]).toMatchObject({
      type: 'skipped',
      path: 'py313',
      reason: 'could not find python interpreter with spec(s): py313',
      plain: true,
    });
    expect(factsOf(parseLogs(log), text(log)).hasDiscoveryLog).toBe(false);
  });

  it('reads the -vv record of a skip (and a failure) as part of a verbose log', () => {
    const log = [
      'lint-py39: 211 W skipped because could not find python interpreter with spec(s): cpython3.9 [tox/session/cmd/run/single.py:50]',
      'docs: 340 E failed with could not find python interpreter with spec(s): py3.14, py3.13 [tox/session/cmd/run/single.py:68]',
    ].join('\n');
    const events = run(log).filter((e) => e.type === 'skipped');
    expect(events.map((e) => [e.path, e.plain ?? false])).toEqual([
      ['cpython3.9', false],
      ['py3.14, py3.13', false],
    ]);
    const facts = factsOf(parseLogs(log), text(log));
    expect(facts.hasDiscoveryLog).toBe(true);
    expect(facts.skipped.map((s) => s.reason)).toEqual([
      'could not find python interpreter with spec(s): cpython3.9',
      'could not find python interpreter with spec(s): py3.14, py3.13',
    ]);
  });

  it('reads its version line but not a timing that starts with digits', () => {
    const events = run(
      '4.23.2 from /home/ann/.local/lib/python3.12/site-packages/tox/__init__.py\n0.52s setup done',
    );
    expect(events).toMatchObject([{ type: 'tool-version', version: '4.23.2' }]);
  });
});
