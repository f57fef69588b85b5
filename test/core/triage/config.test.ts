// A repository's .github/interpreter-guard.yml as the app and the Action read it.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  parseTriageConfig,
  unreadableConfig,
} from '../../../src/core/triage/config.js';

describe('parseTriageConfig', () => {
  it('uses the defaults for an absent file and merges the options given', () => {
    expect(parseTriageConfig(null)).toEqual(DEFAULT_CONFIG);
    const config = parseTriageConfig({
      labels: { needsLogs: 'info-needed' },
      tools: ['uv'],
      comment: false,
      dryRun: true,
      relatedLimit: 0,
    });
    expect(config).toMatchObject({
      tools: ['uv'],
      comment: false,
      dryRun: true,
      relatedLimit: 0,
      error: null,
    });
    expect(config.labels).toEqual({ ...DEFAULT_CONFIG.labels, needsLogs: 'info-needed' });
  });

  it('names the field of a wrong value, and falls back to the defaults', () => {
    const config = parseTriageConfig({ relatedLimit: 50, dryRun: true });
    expect(config.error).toBe('.github/interpreter-guard.yml: field "relatedLimit": at most 10');
    expect(config.dryRun).toBe(false);
    expect(parseTriageConfig({ tools: ['uv', 'conda-forge'] }).error).toMatch(
      /field "tools\.1": expected one of "uv", /,
    );
    expect(parseTriageConfig({ labels: { needsLogs: 42 } }).error).toBe(
      '.github/interpreter-guard.yml: field "labels.needsLogs": expected a string',
    );
    expect(parseTriageConfig('just text').error).toBe(
      '.github/interpreter-guard.yml: field "(root)": expected an object',
    );
  });

  it('refuses a misspelt option instead of ignoring it', () => {
    expect(parseTriageConfig({ dryrun: true }).error).toBe(
      '.github/interpreter-guard.yml: field "dryrun": unknown key',
    );
    expect(parseTriageConfig({ labels: { needslogs: 'x' } }).error).toMatch(
      /field "labels\.needslogs": unknown key$/,
    );
    const rule = {
      id: 'ours',
      title: 'Ours',
      when: { tool: ['uv'] }, // "tools": a typo would make the rule match every issue
      explanation: 'x',
      workarounds: [],
      related: [],
    };
    expect(parseTriageConfig({ rules: [rule] }).error).toMatch(
      /field "rules\.0\.when\.tool": unknown key$/,
    );
  });

  it('says why a file could not be read, on one line', () => {
    const config = unreadableConfig(
      'Flow sequence in block collection at line 2\n  labels: [x\n  ^',
    );
    expect(config.error).toBe(
      '.github/interpreter-guard.yml cannot be read: Flow sequence in block collection at line 2',
    );
    expect({ ...config, error: null }).toEqual(DEFAULT_CONFIG);
  });
});
