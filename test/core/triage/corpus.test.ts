// The corpus of realistic issue bodies: every platform, with and without logs, and logs that
// are about something else (resolution, network, builds). Each file's expectations were decided
// by reading the issue, and are checked field by field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { triageIssue } from '../../../src/core/triage/index.js';
import { TriageResult } from '../../../src/core/triage/result.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'issues');
interface Expected {
  discovery: boolean;
  hasLog?: boolean;
  needsLogs?: boolean;
  regression?: boolean;
  tool?: string | null;
  toolVersion?: string | null;
  platform?: string;
  request?: string;
  rejected?: [string, string, string][];
  skippedKinds?: string[];
  diagnoses?: string[];
  labels?: string[];
  finalError?: string;
  selected?: string;
  found?: number;
  shells?: string[];
}
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  Expected
>;

describe('issue corpus', () => {
  it('has an expectation for every fixture', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [file, want] of Object.entries(expected)) {
    it(file, () => {
      const { result, comment } = triageIssue(readFileSync(join(dir, file), 'utf8'));
      expect(TriageResult.safeParse(result).success).toBe(true);
      expect(result.discovery).toBe(want.discovery);
      if (want.hasLog !== undefined) expect(result.hasLog).toBe(want.hasLog);
      if (want.needsLogs !== undefined) expect(result.needsLogs).toBe(want.needsLogs);
      if (want.regression !== undefined) expect(result.regression).toBe(want.regression);
      if (want.tool !== undefined) expect(result.tool).toBe(want.tool);
      if (want.toolVersion !== undefined) expect(result.toolVersion).toBe(want.toolVersion);
      if (want.platform) expect(result.platform).toBe(want.platform);
      if (want.request) expect(result.request).toBe(want.request);
      if (want.rejected)
        expect(result.rejected.map((r) => [r.path, r.kind, r.interpreterKind])).toEqual(
          want.rejected,
        );
      if (want.skippedKinds)
        expect([...new Set(result.skipped.map((s) => s.kind))]).toEqual(want.skippedKinds);
      if (want.diagnoses) expect(result.diagnoses.map((d) => d.id)).toEqual(want.diagnoses);
      if (want.labels) expect(result.labels).toEqual(want.labels);
      if (want.finalError) expect(result.finalError).toBe(want.finalError);
      if (want.selected) expect(result.selected?.path).toBe(want.selected);
      if (want.found !== undefined) expect(result.found).toHaveLength(want.found);
      if (want.shells) expect(result.logRequest?.shells.map((s) => s.shell)).toEqual(want.shells);
      if (!want.discovery) expect(result.labels).toEqual([]);
      expect(comment.length).toBeLessThan(65_536);
    });
  }
});
