// actions/setup-python step logs: the tool cache lookup (with and without runner timestamps).
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parseSetupPython } from '../../../src/core/triage/grammars/setup-python.js';

const run = (text: string) => parseSetupPython(splitLines(text));

describe('setup-python', () => {
  it('reads the cache miss as a skipped version, and the step log around it as its search', () => {
    const events = run(
      [
        '2024-05-06T07:08:09.1234567Z Version 3.9.19 was not found in the local cache',
        '2024-05-06T07:08:09.2234567Z Version 3.9.19 is available for downloading',
      ].join('\n'),
    );
    expect(events).toMatchObject([
      { type: 'search', request: '3.9.19', scope: 'runner tool cache', plain: true },
      {
        type: 'skipped',
        path: '3.9.19',
        reason: 'Version 3.9.19 was not found in the local cache',
      },
      { type: 'search', request: '3.9.19', scope: 'versions manifest' },
    ]);
    expect(events[2]?.plain).toBeUndefined();
  });

  it('reads the manifest lookup’s debug lines as search steps', () => {
    const events = run(
      [
        '##[debug]check 3.10.2 satisfies 3.10.2',
        '##[debug]x64===x64 && linux===linux && 22.04===20.04',
        '##[debug]isExplicit: 3.10.2',
      ].join('\n'),
    );
    expect(events).toMatchObject([
      { type: 'search', request: '3.10.2', scope: 'versions manifest (3.10.2)' },
      { type: 'search', scope: 'versions manifest (x64===x64 && linux===linux && 22.04===20.04)' },
    ]);
    expect(events).toHaveLength(2);
  });

  it('reads the tool cache’s debug lines and the final error', () => {
    const events = run(
      [
        '##[debug]checking cache: /opt/hostedtoolcache/Python/3.13.1/x64',
        "Error: The version '3.13.1' with architecture 'arm64' was not found for Ubuntu 22.04.",
      ].join('\n'),
    );
    expect(events).toMatchObject([
      { type: 'search', scope: 'tool cache /opt/hostedtoolcache/Python/3.13.1/x64' },
      {
        type: 'final-error',
        message: "The version '3.13.1' with architecture 'arm64' was not found for Ubuntu 22.04.",
      },
    ]);
  });
});
