// pipenv --verbose: what it was asked for, the path it resolved, the interpreter it used.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../src/core/triage/facts.js';
import { triageIssue } from '../../../src/core/triage/index.js';
import { parseLogs } from '../../../src/core/triage/grammars/index.js';
import { splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parsePipenv } from '../../../src/core/triage/grammars/pipenv.js';

const text = (logText: string) => ({
  title: '',
  prose: '',
  blocks: [],
  form: {},
  logText,
  truncated: null,
});

describe('pipenv', () => {
  it('counts the steps it prints anyway as a discovery log inside the output of a verbose run', () => {
    const steps = [
      'Creating a virtualenv for this project…',
      'Using /usr/bin/python3 to create virtualenv…',
      'Running virtualenv with interpreter /usr/bin/python3',
    ];
    const verbose = triageIssue(
      ['# wrong python', '', '```', '$ pipenv install --three --verbose', ...steps, '```'].join(
        '\n',
      ),
    ).result;
    expect(verbose.hasDiscoveryLog).toBe(true);
    // The same lines without a verbose run are what pipenv always prints: not a log.
    const plain = triageIssue(
      ['# wrong python', '', '```', '$ pipenv install --three', ...steps, '```'].join('\n'),
    ).result;
    expect(plain.hasDiscoveryLog).toBe(false);
    expect(plain.selected?.path).toBe('/usr/bin/python3');
  });

  it('reads the verbose lookup and the interpreter it creates the virtualenv with', () => {
    const log = [
      'Using python: 3.11',
      'Path to python: /opt/py311/bin/python3.11',
      'Creating a virtualenv for this project…',
      'Using /opt/py311/bin/python3.11 (3.11.6) to create virtualenv…',
    ].join('\n');
    expect(parsePipenv(splitLines(log))).toMatchObject([
      { type: 'search', request: '3.11' },
      { type: 'found', path: '/opt/py311/bin/python3.11' },
      { type: 'selected', path: '/opt/py311/bin/python3.11', version: '3.11.6', plain: true },
    ]);
    const facts = factsOf(parseLogs(log), text(log));
    expect(facts.hasDiscoveryLog).toBe(true);
    expect(facts.selected?.path).toBe('/opt/py311/bin/python3.11');
  });

  it('reads the newer wording without parentheses, and is not a verbose log on its own', () => {
    const log = 'Using default python from /usr/bin/python3 3.12.3 to create virtualenv...';
    expect(parsePipenv(splitLines(log))).toMatchObject([
      { type: 'selected', path: '/usr/bin/python3', version: '3.12.3' },
    ]);
    expect(factsOf(parseLogs(log), text(log)).hasDiscoveryLog).toBe(false);
  });

  it('reads the not-found warning as the final error, naming no interpreter', () => {
    const events = parsePipenv(splitLines('Warning: Python 3.8 was not found on your system...'));
    expect(events).toMatchObject([
      { type: 'final-error', message: 'Python 3.8 was not found on your system...' },
    ]);
  });
});
