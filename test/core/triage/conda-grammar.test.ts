// conda and micromamba: the tool's version, and the environment it could not use.
import { describe, expect, it } from 'vitest';
import { parseConda } from '../../../src/core/triage/grammars/conda.js';
import { triageIssue } from '../../../src/core/triage/index.js';

const run = (text: string) => parseConda(text.split('\n'));

describe('conda', () => {
  it('reads the version lines of conda --version, conda info and micromamba info', () => {
    expect(run('conda 24.1.2\n     conda version : 4.14.0\n  micromamba version : 1.5.8')).toEqual([
      { type: 'tool-version', tool: 'conda', line: 1, version: '24.1.2' },
      { type: 'tool-version', tool: 'conda', line: 2, version: '4.14.0' },
      { type: 'tool-version', tool: 'micromamba', line: 3, version: '1.5.8' },
    ]);
  });

  it('reads an environment that is not one as turned down, and a missing one as the error', () => {
    const events = run(
      [
        'EnvironmentLocationNotFound: Not a conda environment: /home/kai/miniforge3/envs/gone',
        'Could not find conda environment: data-py311',
      ].join('\n'),
    );
    expect(events).toMatchObject([
      {
        type: 'rejected',
        path: '/home/kai/miniforge3/envs/gone',
        reason: 'Not a conda environment',
      },
      { type: 'final-error', message: 'Could not find conda environment: data-py311' },
    ]);
  });

  it('reads neither from ordinary prose', () => {
    expect(run('conda is great\nconda version is old, 4.x I think')).toEqual([]);
  });

  it('gives the issue its conda version and the environment turned down', () => {
    const { result } = triageIssue(
      [
        '# conda run cannot use my env',
        '',
        '```',
        '$ conda --version',
        'conda 23.11.0',
        '$ conda run -p /opt/envs/ml python -V',
        'EnvironmentLocationNotFound: Not a conda environment: /opt/envs/ml',
        '```',
      ].join('\n'),
      { repo: 'conda/conda' },
    );
    expect(result).toMatchObject({ tool: 'conda', toolVersion: '23.11.0', discovery: true });
    expect(result.rejected.map((r) => r.path)).toEqual(['/opt/envs/ml']);
  });
});
