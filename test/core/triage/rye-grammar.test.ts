// rye's refusal of a toolchain, as it shows up inside a container build's output.
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/triage/grammars/lines.js';
import { parseRye } from '../../../src/core/triage/grammars/rye.js';

describe('rye', () => {
  it('turns down the toolchain it was registering, with the cause it gave', () => {
    const events = parseRye(
      splitLines(
        [
          '#9 2.104 Registering toolchain at /opt/py/bin/python3 cpython@3.14.0 is not a valid toolchain',
          '#9 2.311 Caused by:',
          '#9 2.311     Toolchain cpython@3.14.0 is not version compatible for internal use.',
          '#9 1.900   Rye Version: 0.44.0',
        ].join('\n'),
      ),
    );
    expect(events).toMatchObject([
      { type: 'tool-version', version: '0.44.0' },
      {
        type: 'rejected',
        path: '/opt/py/bin/python3',
        reason: 'Toolchain cpython@3.14.0 is not version compatible for internal use.',
        reasonKind: 'version-mismatch',
      },
      { type: 'final-error' },
    ]);
  });
});
