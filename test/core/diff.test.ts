// Comparing runs, waivers, the sticky-comment logic and the renderers at scale.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/diff/analyze.js';
import { compare, sideOf } from '../../src/core/diff/compare.js';
import { normalizePath } from '../../src/core/diff/identity.js';
import { keysMemo } from '../../src/core/diff/keys.js';
import type { Report } from '../../src/core/model.js';
import { annotationsFor } from '../../src/core/render/action/annotations.js';
import {
  COMMENT_LIMIT,
  commentMarker,
  renderComment,
} from '../../src/core/render/action/comment.js';
import { renderSummary, SUMMARY_LIMIT } from '../../src/core/render/action/summary.js';
import type { Decision, ToolRun, Verdict } from '../../src/core/tools/model.js';
import type { CommentsPort, IssueComment } from '../../src/github/port.js';
import { upsertComment } from '../../src/github/sticky.js';

const d = (path: string, verdict: Verdict, reason: string | null = null): Decision => ({
  path,
  interpreterId: null,
  verdict,
  reason,
  reasonKind: reason ? 'system-required' : null,
});

function tool(
  role: ToolRun['role'],
  decisions: Decision[],
  selected: string | null = null,
  id = 'uv:venv:3.12',
): ToolRun {
  return {
    name: 'uv',
    version: role === 'current' ? '0.5.31' : '0.4.30',
    role,
    spec: role === 'current' ? 'uv' : 'uv@0.4.30',
    scenarios: [
      {
        id,
        command: 'venv',
        request: '3.12',
        context: null,
        outcome: { selected, error: selected ? null : 'No interpreter found' },
        decisions,
        durationMs: 1,
        exitCode: selected ? 0 : 2,
        log: '',
      },
    ],
  };
}

function report(leg: string, tools: ToolRun[]): Report {
  return {
    schema: 'interpreter-guard/report@1',
    generator: { name: 'interpreter-guard', version: '0' },
    generatedAt: '2026-01-01T00:00:00Z',
    runner: { os: 'linux', arch: 'x86_64', release: '', leg, nixStoreDir: '/nix/store' },
    interpreters: [],
    tools,
  };
}

const ENV_A = '/nix/store/y3lw7d6xw2s8nsjggbl8f0zwmd0wrgj2-python3-3.12.8-env/bin/python3.12';
const ENV_B = '/nix/store/qdfm0sbv1fbribr90bakk3nizl32jc4s-python3-3.12.8-env/bin/python3.12';

describe('compare', () => {
  it('classifies regressions, fixes, reason changes, drift and a failed scenario', () => {
    const before = tool(
      'baseline',
      [
        d(ENV_A, 'selected'),
        d('/usr/bin/python3.12', 'rejected', 'system interpreter required'),
        d('/opt/a/python', 'skipped', 'does not satisfy'),
        d('/old/python', 'accepted'),
      ],
      ENV_A,
    );
    const now = tool(
      'current',
      [
        d(ENV_A, 'rejected', 'system interpreter required'),
        d('/usr/bin/python3.12', 'selected'),
        d('/opt/a/python', 'skipped', 'other words'),
        d('/new/python', 'accepted'),
      ],
      '/usr/bin/python3.12',
    );
    const changes = compare(
      sideOf([report('linux', [before])], 'baseline'),
      sideOf([report('linux', [now])], 'current'),
    );
    const byPath = Object.fromEntries(
      changes.filter((c) => c.class !== 'selection-changed').map((c) => [c.path, c.class]),
    );
    expect(byPath).toEqual({
      [ENV_A]: 'regression',
      '/usr/bin/python3.12': 'fix',
      '/opt/a/python': 'reason-changed',
      '/old/python': 'drift',
      '/new/python': 'drift',
    });
    expect(changes.find((c) => c.class === 'selection-changed')).toMatchObject({
      before: `selected ${ENV_A}`,
      after: 'selected /usr/bin/python3.12',
    });
    expect(changes.find((c) => c.path === ENV_A)).toMatchObject({
      before: 'selected',
      after: 'rejected: system interpreter required',
      reason: 'system interpreter required',
    });
  });

  it('calls a scenario that found an interpreter and now errors a regression', () => {
    const changes = compare(
      sideOf([report('l', [tool('baseline', [], ENV_A)])], 'baseline'),
      sideOf([report('l', [tool('current', [])])], 'current'),
    );
    expect(changes).toMatchObject([
      { class: 'regression', before: `selected ${ENV_A}`, after: 'error: No interpreter found' },
    ]);
  });

  it('matches interpreters across runs whatever their store hash, temporary directory or home', () => {
    expect(normalizePath(ENV_A)).toBe(normalizePath(ENV_B));
    expect(normalizePath('/tmp/ig-runner-AbC/fixtures/nix/bin/python3')).toBe(
      normalizePath('/tmp/ig-runner-XyZ/fixtures/nix/bin/python3'),
    );
    expect(normalizePath('/home/alice/.pyenv/shims/python3')).toBe('~/.pyenv/shims/python3');
    expect(normalizePath('C:\\Users\\bob\\AppData\\Local\\Temp\\abc\\python.exe')).toBe(
      '<tmp>/python.exe',
    );
    expect(normalizePath('/work/x', { temps: ['/work'] })).toBe('<tmp>/x');
    const a = analyze({
      reports: [report('l', [tool('current', [d(ENV_B, 'selected')], ENV_B)])],
      baseline: {
        kind: 'file',
        description: 'f',
        reports: [report('l', [tool('current', [d(ENV_A, 'selected')], ENV_A)])],
      },
      waivers: [],
      expectedLegs: [],
    });
    expect(a).toMatchObject({ status: 'clean', changes: [] });
  });

  it('applies waivers, reports missing legs and says when there is no baseline', () => {
    const reports = [
      report('linux', [
        tool('baseline', [d(ENV_A, 'selected')], ENV_A),
        tool('current', [d(ENV_A, 'rejected', 'system interpreter required')], '/usr/bin/python3'),
      ]),
    ];
    const waived = analyze({
      reports,
      baseline: { kind: 'tool', description: 't', reports: null },
      waivers: [{ reason: 'known uv#11529', path: '-python3-3.12.8-env', class: 'regression' }],
      expectedLegs: [],
    });
    expect(waived.counts.regression).toBe(0);
    expect(waived.changes.find((c) => c.class === 'regression')?.waived).toBe('known uv#11529');
    const missing = analyze({
      reports,
      baseline: { kind: 'tool', description: 't', reports: null },
      waivers: [],
      expectedLegs: ['linux', 'macos', 'nix'],
    });
    expect(missing).toMatchObject({ status: 'incomplete', missingLegs: ['macos', 'nix'] });
    expect(annotationsFor(missing).find((x) => x.title === 'Runners missing')).toMatchObject({
      level: 'error',
      message: 'No report from macos, nix',
    });
    const none = analyze({
      reports: [report('linux', [tool('current', [], ENV_A)])],
      baseline: { kind: 'none', description: 'baseline: none', reports: null },
      waivers: [],
      expectedLegs: [],
    });
    expect(none.status).toBe('no-baseline');
    expect(renderComment(none, { marker: commentMarker('w:r'), summaryUrl: null })).toContain(
      'no baseline to compare with',
    );
  });
});

describe('keysMemo', () => {
  it('builds the keys of a report once and hands the same to every caller', () => {
    const keysOf = keysMemo();
    const [a, b] = [report('l', []), report('l', [])];
    expect(keysOf(a.runner, a.interpreters)).toBe(keysOf(a.runner, a.interpreters));
    expect(keysOf(a.runner)).toBe(keysOf(a.runner));
    expect(keysOf(b.runner, b.interpreters)).not.toBe(keysOf(a.runner, a.interpreters));
    expect(keysMemo()(a.runner, a.interpreters)).not.toBe(keysOf(a.runner, a.interpreters));
  });
});

describe('rendering at scale', () => {
  it('keeps 5,000 interpreters × 10 legs under the comment and summary limits, regressions first', () => {
    const legs = Array.from({ length: 10 }, (_, i) => `leg-${i}`);
    const reports = legs.map((leg) => {
      const paths = Array.from(
        { length: 5000 },
        (_, i) => `/opt/python/${leg}/interpreter-${i}/bin/python3.${i % 14}`,
      );
      return report(leg, [
        tool(
          'baseline',
          paths.map((p) => d(p, 'accepted')),
          paths[0] ?? null,
        ),
        tool(
          'current',
          paths.map((p, i) =>
            i % 10 === 0
              ? d(p, 'rejected', 'system interpreter required because `sys.prefix` differs | here')
              : d(p, 'accepted'),
          ),
          paths[0] ?? null,
        ),
      ]);
    });
    const analysis = analyze({
      reports,
      baseline: { kind: 'tool', description: 't', reports: null },
      waivers: [],
      expectedLegs: legs,
    });
    expect(analysis.counts.regression).toBe(5000);
    const comment = renderComment(analysis, {
      marker: commentMarker('ci:interpreter-guard'),
      summaryUrl: 'https://github.example/run/1',
    });
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(comment).toMatch(
      /…\d+ more rows — see the job summary \(https:\/\/github.example\/run\/1\)\./,
    );
    expect(comment.indexOf('Regressions')).toBeLessThan(
      comment.indexOf('Interpreters × runners') === -1
        ? Infinity
        : comment.indexOf('Interpreters × runners'),
    );
    expect((comment.match(/<details>/g) ?? []).length).toBe(
      (comment.match(/<\/details>/g) ?? []).length,
    );
    const summary = renderSummary(analysis);
    expect(new TextEncoder().encode(summary).length).toBeLessThan(SUMMARY_LIMIT);
    const annotations = annotationsFor(analysis);
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(annotations.at(-1)).toMatchObject({
      level: 'notice',
      message: '4990 more changes — see the job summary.',
    });
  });
});

describe('sticky comment', () => {
  function port(
    initial: IssueComment[],
  ): CommentsPort & { calls: string[]; comments: IssueComment[] } {
    const state = { calls: [] as string[], comments: [...initial] };
    return {
      ...state,
      get comments() {
        return state.comments;
      },
      calls: state.calls,
      list: () => Promise.resolve(state.comments),
      create: (_issue, body) => {
        state.calls.push('create');
        const c = {
          id: 100 + state.comments.length,
          body,
          url: 'u',
          author: 'bot',
          association: 'NONE',
          isBot: true,
        };
        state.comments.push(c);
        return Promise.resolve(c);
      },
      update: (id, body) => {
        state.calls.push(`update ${id}`);
        const c = state.comments.find((x) => x.id === id) ?? {
          id,
          body,
          url: 'u',
          author: 'bot',
          association: 'NONE',
          isBot: true,
        };
        c.body = body;
        return Promise.resolve(c);
      },
      remove: (id) => {
        state.calls.push(`remove ${id}`);
        state.comments = state.comments.filter((x) => x.id !== id);
        return Promise.resolve();
      },
    };
  }
  const M = '<!-- m -->';

  it('creates, leaves an identical body alone, updates a changed one, and removes duplicates keeping the oldest', async () => {
    const p = port([
      {
        id: 1,
        body: 'someone else',
        url: 'u',
        author: 'human',
        association: 'OWNER',
        isBot: false,
      },
    ]);
    expect((await upsertComment(p, 7, M, `${M} a`)).action).toBe('created');
    expect((await upsertComment(p, 7, M, `${M} a`)).action).toBe('unchanged');
    expect((await upsertComment(p, 7, M, `${M} b`)).action).toBe('updated');
    const dup = port([
      { id: 5, body: `${M} old`, url: 'u', author: 'bot', association: 'NONE', isBot: true },
      { id: 9, body: `${M} race`, url: 'u', author: 'bot', association: 'NONE', isBot: true },
    ]);
    expect(await upsertComment(dup, 7, M, `${M} new`)).toMatchObject({
      action: 'updated',
      removedDuplicates: 1,
    });
    expect(dup.calls).toEqual(['remove 9', 'update 5']);
  });

  it("never edits or deletes a person's comment that carries the marker", async () => {
    const byPerson = {
      id: 3,
      body: `${M} pasted`,
      url: 'u',
      author: 'mallory',
      association: 'NONE',
      isBot: false,
    };
    const pasted = port([
      byPerson,
      { id: 4, body: `${M} ours`, url: 'u', author: 'bot', association: 'NONE', isBot: true },
    ]);
    expect(await upsertComment(pasted, 7, M, `${M} new`)).toMatchObject({
      action: 'updated',
      removedDuplicates: 0,
    });
    expect(pasted.calls).toEqual(['update 4']);
    const only = port([byPerson]);
    expect((await upsertComment(only, 7, M, `${M} new`)).action).toBe('created');
    expect(only.calls.filter((c) => !c.startsWith('create'))).toEqual([]);
  });
});
