// triageThread over an in-memory port: what it writes, and as whom.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTriageConfig } from '../../src/core/triage/config.js';
import { triageThread, type TriagePort } from '../../src/github/issue-triage.js';
import type { IssueComment } from '../../src/github/port.js';

const NIX_ISSUE = readFileSync(
  new URL('../fixtures/issues/nix-uv-venv-withpackages.md', import.meta.url),
  'utf8',
);

/** One issue's comments and labels; comments are written as `login`. */
function memoryPort(login: string, isBot: boolean) {
  const comments: IssueComment[] = [];
  const labels: string[] = [];
  const writes: string[] = [];
  let id = 1;
  const write = (kind: string, c: IssueComment) => {
    writes.push(kind);
    return Promise.resolve({ ...c });
  };
  const port: TriagePort = {
    list: () => Promise.resolve(comments.map((c) => ({ ...c }))),
    create: (_issue, body) => {
      const c = { id: id++, body, url: `#${id}`, author: login, association: 'OWNER', isBot };
      comments.push(c);
      return write('create', c);
    },
    update: (commentId, body) => {
      const c = comments.find((x) => x.id === commentId);
      if (!c) return Promise.reject(new Error(`no comment ${commentId}`));
      c.body = body;
      return write('update', c);
    },
    remove: (commentId) => {
      writes.push('remove');
      comments.splice(
        comments.findIndex((c) => c.id === commentId),
        1,
      );
      return Promise.resolve();
    },
    currentLabels: () => Promise.resolve([...labels]),
    addLabels: (_issue, added) => Promise.resolve(void labels.push(...added)),
    removeLabel: (_issue, label) => Promise.resolve(void labels.splice(labels.indexOf(label), 1)),
    ensureLabel: () => Promise.resolve(),
    searchIssues: () => Promise.resolve([]),
    permission: () => Promise.resolve('admin'),
    react: () => Promise.resolve(),
  };
  return { port, comments, writes };
}

describe('triageThread', () => {
  it('with a personal token (self is a person): keeps one comment, its own, across triages', async () => {
    const { port, comments, writes } = memoryPort('alice', false);
    const thread = {
      repo: 'o/r',
      issue: 1,
      title: 'uv venv on NixOS',
      author: 'bob',
      body: NIX_ISSUE,
      labels: [],
    };
    const log = { info: () => {}, warn: () => {} };
    for (let i = 0; i < 3; i++)
      await triageThread(port, thread, parseTriageConfig(null), log, { self: 'alice' });
    expect(comments).toHaveLength(1);
    expect(writes).toEqual(['create']);
  });
});
