// The issue's repository names its tool: a well-known repository, or the configuration's `tool:`,
// over whatever the text mentions.
import { describe, expect, it } from 'vitest';
import { parseTriageConfig } from '../../../src/core/triage/config.js';
import { triageIssue } from '../../../src/core/triage/index.js';
import { toolOfRepository } from '../../../src/core/triage/repo-tools.js';

describe('the repository names the tool', () => {
  it('maps well-known repositories in any case, and nothing else', () => {
    expect(toolOfRepository('astral-sh/uv')).toBe('uv');
    expect(toolOfRepository('Homebrew/homebrew-core')).toBe('homebrew');
    expect(toolOfRepository('TOX-DEV/tox-uv')).toBe('tox-uv');
    expect(toolOfRepository('someone/uv')).toBeNull();
    expect(toolOfRepository(null)).toBeNull();
  });

  it('takes the repository tool over the tools the text names', () => {
    const text = '# Python 3.13 is not found\n\n`uv venv` inside tox does not find python3.13.';
    expect(triageIssue(text).result.tool).toBe('uv');
    expect(triageIssue(text, { repo: 'tox-dev/tox-uv' }).result).toMatchObject({
      tool: 'tox-uv',
      labels: expect.arrayContaining(['tool:tox-uv']),
    });
    // A configured tool is the repository's own word for it.
    expect(triageIssue(text, { repo: 'me/wrapper', tool: 'hatch' }).result.tool).toBe('hatch');
  });

  it('reads `tool:` from the configuration, and names a tool it does not know', () => {
    expect(parseTriageConfig({ tool: 'pixi' }).tool).toBe('pixi');
    expect(parseTriageConfig(null).tool).toBeNull();
    expect(parseTriageConfig({ tool: 'cargo' }).error).toMatch(/field "tool": expected one of/);
  });
});
