// The discovery decision: each family of phrasings on its own invented wording, the weight of
// the title, and failures of other kinds counting against.
import { describe, expect, it } from 'vitest';
import {
  DISCOVERY_THRESHOLD,
  weighDiscovery,
  type DiscoveryInput,
} from '../../../src/core/triage/discovery-signals.js';

const weigh = (input: Partial<DiscoveryInput>) =>
  weighDiscovery({ title: '', prose: '', log: '', turnedDown: 0, diagnosed: false, ...input });
const fired = (input: Partial<DiscoveryInput>) => weigh(input).evidence.map((e) => e.id);
// The signals on their own, without the word model's lean (tested apart below).
const signalScore = (input: Partial<DiscoveryInput>) =>
  weigh(input)
    .evidence.filter((e) => e.id !== 'word-model')
    .reduce((sum, e) => sum + e.weight, 0);
const isDiscovery = (input: Partial<DiscoveryInput>) => signalScore(input) >= DISCOVERY_THRESHOLD;

describe('discovery signals', () => {
  it.each([
    ['cannot-find', 'hatch cannot locate the pythons that pyenv-win installed'],
    ['cannot-find', "The extension doesn't detect my conda environment anymore"],
    ['not-found', 'Python 3.14 is not found although it is on PATH'],
    ['not-found', 'my .venv interpreter is not showing in the picker'],
    ['none-found', 'No suitable python interpreters were found'],
    ['wrong-one', 'rye picks the wrong toolchain for the project'],
    ['wrong-one', 'poetry ends up using the system python'],
    ['ignores-request', 'pipenv ignores the PIPENV_PYTHON setting'],
    ['ignores-request', '`.python-version` is not respected by `uv run`'],
    ['instead-of', 'the venv gets 3.9 instead of 3.12'],
    ['installed-but', 'Python 3.13 is installed but tox says it is missing'],
    ['missing-executable', 'bash: python3.12: command not found'],
    ['tool-says-not-found', 'error: No interpreter found for Python 3.11 in search path'],
    ['names-discovery', 'Python discovery order on Windows'],
    ['asks-to-find', 'Detect conda environments created by micromamba'],
    ['asks-to-find', 'Feature request: support PEP 514 registry entries'],
  ])('%s fires on "%s"', (id, title) => {
    expect(fired({ title })).toContain(id);
    expect(isDiscovery({ title })).toBe(true);
  });

  it.each([
    'my python 3.13 interpreter is missing from the list',
    'the conda env is gone after the update',
    'my python 3.12 interpreter is missing because uv deleted it',
    'the conda env is missing with uv 0.5',
  ])('not-found fires on an interpreter or environment that is missing: "%s"', (prose) => {
    expect(fired({ prose })).toContain('not-found');
  });

  it.each([
    // Something else is missing from the environment, or the subject is in another clause.
    'the venv is missing pip',
    'inspect `venv/bin`: `pip` is missing and `python` is a wrapper',
    'made with pypy as interpreter, pip can’t be used because a package is missing',
    'the pypy virtualenv is missing several packages',
  ])('not-found does not fire on "%s"', (prose) => {
    expect(fired({ prose })).not.toContain('not-found');
  });

  it('does not take a request about Python versions for one to find an interpreter', () => {
    expect(fired({ title: 'Support Python 3.14' })).not.toContain('asks-to-find');
    for (const title of [
      'List installed packages in venv',
      'Support for activating virtualenvs',
      'Add support for creating venvs with --seed',
    ])
      expect(fired({ title })).not.toContain('asks-to-find');
    expect(fired({ title: 'Find a better name for the cache dir' })).not.toContain('asks-to-find');
  });

  it('does not take a Python package or environment variables for an interpreter or environment', () => {
    expect(isDiscovery({ title: 'Cannot find python package' })).toBe(false);
    expect(isDiscovery({ title: "Couldn't find python module six after install" })).toBe(false);
    expect(isDiscovery({ title: 'Failed to discover unit tests: overwriting env vars' })).toBe(
      false,
    );
    // Whatever length of the version the pattern would take.
    expect(isDiscovery({ title: 'Python 3.12 package not found' })).toBe(false);
    expect(isDiscovery({ title: "can't find python 3.12 packages" })).toBe(false);
    // An interpreter or an environment still is one.
    expect(isDiscovery({ title: 'Cannot find python 3.12 installed by pyenv' })).toBe(true);
    expect(isDiscovery({ title: 'The extension does not detect my conda env' })).toBe(true);
  });

  it('reads a turn-down "even though" the version is there', () => {
    expect(fired({ title: 'Environment py36 skipped even though 3.6 is available' })).toContain(
      'installed-but',
    );
  });

  it('takes `test` for another area only as a word, not inside a name', () => {
    expect(fired({ title: 'tests fail after the upgrade' })).toContain('elsewhere');
    expect(fired({ title: 'Interpreter discovery breaks when running tests.' })).toContain(
      'elsewhere',
    );
    expect(fired({ title: 'Calling python in test-env runs /usr/bin/python' })).not.toContain(
      'elsewhere',
    );
    expect(fired({ title: 'python in my test_env is the wrong one' })).not.toContain('elsewhere');
  });

  it('weighs the title over the prose', () => {
    const title = signalScore({ title: 'pdm does not pick up my pyenv python' });
    const prose = signalScore({ prose: 'pdm does not pick up my pyenv python' });
    expect(title).toBeGreaterThan(prose);
  });

  it.each([
    'No solution found when resolving dependencies for numpy',
    'Failed to download torch: certificate verify failed',
    'Building wheel for lxml fails with a compiler error',
    'uv sync --locked complains the lockfile is outdated',
    'Add shell completions for fish',
    'rye cannot find a version of a package that exists on the index',
  ])('is not discovery: "%s"', (title) => {
    expect(isDiscovery({ title })).toBe(false);
  });

  it('takes turned-down interpreters and a known cause as evidence', () => {
    expect(isDiscovery({ turnedDown: 2 })).toBe(true);
    expect(isDiscovery({ diagnosed: true })).toBe(true);
    expect(weigh({ turnedDown: 1 }).evidence.find((e) => e.id === 'turned-down')?.says).toBe(
      'the log shows 1 interpreter turned down',
    );
  });

  it('consults the word model only when the signals fall short, and names its words', () => {
    const lean = weigh({
      title: 'Python version of the environment',
      prose: 'The interpreter in the environment is python 3.11 and the system python is 3.12.',
    }).evidence.find((e) => e.id === 'word-model');
    expect(lean?.weight).toBeGreaterThan(0);
    expect(lean?.says).toMatch(/^the words of the issue lean towards discovery \(“.+”\)$/);
    // Signals that decide on their own leave the model out.
    const decided = weigh({ title: 'Python interpreter not found', prose: 'It is not found.' });
    expect(decided.evidence.map((e) => e.id)).not.toContain('word-model');
  });

  it('does not decide on scene-setting words alone: the word model is asked both ways', () => {
    // Only "an interpreter next to a failure" and "where interpreters live": near discovery, but
    // nothing says a tool found, refused or chose an interpreter wrongly.
    const input = {
      title: 'python3.withPackages has a broken venv module',
      prose: 'Creating a venv from the store python fails with the module missing.',
    };
    expect(fired(input).filter((id) => id !== 'word-model')).toEqual([
      'python-trouble',
      'where-pythons-live',
    ]);
    expect(
      signalScore(input) - (weigh(input).evidence.find((e) => e.id === 'word-model')?.weight ?? 0),
    ).toBeGreaterThanOrEqual(DISCOVERY_THRESHOLD);
    const scene = weigh(input);
    expect(scene.evidence.find((e) => e.id === 'word-model')?.says).toMatch(/lean away from/);
    expect(scene.score).toBeLessThan(DISCOVERY_THRESHOLD);
    // A claim beside the same scene decides on the signals, the model left out.
    const claimed = weigh({
      ...input,
      title: 'the tool cannot find the python3.withPackages interpreter',
    });
    expect(claimed.evidence.map((e) => e.id)).not.toContain('word-model');
    expect(claimed.score).toBeGreaterThanOrEqual(DISCOVERY_THRESHOLD);
  });

  it('lets another failure area outweigh a passing mention of python', () => {
    expect(
      isDiscovery({
        title: 'No solution found: package requires python 3.12',
        log: 'because foo depends on bar and bar depends on python>=3.12, we can conclude…',
      }),
    ).toBe(false);
  });

  it('grows linearly with hostile text (bounded gaps, no backtracking blow-up)', () => {
    const hostile = (n: number) =>
      `${"can't find ".repeat(n)}${'python '.repeat(n)}${'a-'.repeat(4 * n)}`;
    const time = (text: string) => {
      const runs = [0, 1, 2].map(() => {
        const started = performance.now();
        weigh({ title: text.slice(0, 1000), prose: text, log: text });
        return performance.now() - started;
      });
      return runs.sort((a, b) => a - b)[1] ?? 0;
    };
    const small = time(hostile(1000));
    const large = time(hostile(8000));
    // Eight times the text: about eight times the work; a quadratic pattern would take ~64.
    expect(large).toBeLessThan(Math.max(24 * small, 40));
  });
});
