// poetry 1.x and 2.x: the names it tries with -vvv, the one it uses, and the versions it refuses.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../src/core/triage/facts.js';
import { parseLogs } from '../../../src/core/triage/grammars/index.js';
import { splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parsePoetry } from '../../../src/core/triage/grammars/poetry.js';

const run = (text: string) => parsePoetry(splitLines(text));
const text = (logText: string) => ({
  title: '',
  prose: '',
  blocks: [],
  form: {},
  logText,
  truncated: null,
});

describe('poetry', () => {
  it('reads the -vvv search: the refused active version, each name tried, the one used', () => {
    const log = [
      'The currently activated Python version 3.7.3 is not supported by the project (^3.9).',
      'Trying to find and use a compatible version. ',
      'Trying python3',
      'Trying python3.11',
      'Using python3.11 (3.11.4)',
    ].join('\n');
    const events = run(log);
    expect(events.map((e) => e.type)).toEqual(['skipped', 'search', 'search', 'selected']);
    expect(events[0]).toMatchObject({
      path: 'Python 3.7.3',
      reason: 'The currently activated Python version 3.7.3 is not supported by the project (^3.9)',
      plain: true,
    });
    expect(events[3]).toMatchObject({ path: 'python3.11', version: '3.11.4' });
    expect(factsOf(parseLogs(log), text(log)).hasDiscoveryLog).toBe(true);
  });

  it('does not take the refusal alone, printed without -vvv, for a discovery log', () => {
    const log = [
      'The currently activated Python version 3.12.1 is not supported by the project (>=3.8,<3.11).',
      'Trying to find and use a compatible version.',
      '',
      '  NoCompatiblePythonVersionFound',
      '',
      '  Poetry was unable to find a compatible version. If you have one, you can explicitly use it via the "env use" command.',
    ].join('\n');
    const facts = factsOf(parseLogs(log), text(log));
    expect(facts.hasDiscoveryLog).toBe(false);
    expect(facts.skipped.map((s) => s.reason)).toEqual([
      'The currently activated Python version 3.12.1 is not supported by the project (>=3.8,<3.11)',
    ]);
    expect(facts.finalError).toMatch(/^Poetry was unable to find a compatible version/);
  });

  it('reads 2.x’s refusal of a version given to `env use`', () => {
    const [event] = run(
      'The specified Python version (3.8.18) is not supported by the project (>=3.10).',
    );
    expect(event).toMatchObject({
      type: 'skipped',
      reason: 'The specified Python version (3.8.18) is not supported by the project (>=3.10)',
    });
  });
});
