// The app's per-process parts: its settings, the per-issue serialiser, and per-repository memory.
import { describe, expect, it } from 'vitest';
import { OwnLogin } from '../../src/app/identity.js';
import { toRedeliver, type HookDelivery } from '../../src/app/redeliver.js';
import { RepoMemory } from '../../src/app/repo-memory.js';
import { KeyedSerial } from '../../src/app/serial.js';
import { DEFAULT_SETTINGS, readAppSettings } from '../../src/app/settings.js';
import type { IssuePort } from '../../src/github/port.js';
import { againOnTransient } from '../../src/github/transient.js';

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('readAppSettings', () => {
  it('defaults, reads seconds, and names the variable when it is unusable', () => {
    expect(readAppSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      configCacheMs: 60_000,
      requestTimeoutMs: 30_000,
      redeliverEveryMs: 300_000,
    });
    expect(readAppSettings({ CONFIG_CACHE_SECONDS: ' 0 ' }).configCacheMs).toBe(0);
    expect(readAppSettings({ CONFIG_CACHE_SECONDS: '300' }).configCacheMs).toBe(300_000);
    expect(readAppSettings({ REQUEST_TIMEOUT_SECONDS: '0.5' }).requestTimeoutMs).toBe(500);
    expect(readAppSettings({ REDELIVER_EVERY_SECONDS: '0' }).redeliverEveryMs).toBe(0);
    for (const bad of ['-1', '1.5', 'soon', '100000'])
      expect(() => readAppSettings({ CONFIG_CACHE_SECONDS: bad })).toThrow(
        /^CONFIG_CACHE_SECONDS must be a whole number/,
      );
    for (const bad of ['0', '0.01', '3601', 'soon'])
      expect(() => readAppSettings({ REQUEST_TIMEOUT_SECONDS: bad })).toThrow(
        /^REQUEST_TIMEOUT_SECONDS must be a number of seconds from 0.1 to 3600/,
      );
    expect(() => readAppSettings({ REDELIVER_EVERY_SECONDS: '2.5' })).toThrow(
      /^REDELIVER_EVERY_SECONDS must be a whole number/,
    );
  });
});

describe('toRedeliver', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');
  const at = (hoursAgo: number) => new Date(now - hoursAgo * 3600_000).toISOString();
  const policy = {
    windowMs: 24 * 3600_000,
    maxRedeliveries: 3,
    askAgainAfterMs: 300_000,
    events: new Set(['issues.opened', 'issue_comment.created']),
  };
  let id = 0;
  const attempt = (
    guid: string,
    hoursAgo: number,
    status: number,
    extra: Partial<HookDelivery> = {},
  ): HookDelivery => ({
    id: ++id,
    guid,
    delivered_at: at(hoursAgo),
    redelivery: false,
    status_code: status,
    event: 'issues',
    action: 'opened',
    ...extra,
  });

  it('asks for the latest attempt of each failed delivery, the oldest event first', () => {
    const a1 = attempt('a', 3, 0);
    const b1 = attempt('b', 2, 502, { event: 'issue_comment', action: 'created' });
    const a2 = attempt('a', 1, 503, { redelivery: true });
    expect(toRedeliver([a2, b1, a1], now, policy)).toEqual([a2, b1]);
  });

  it('leaves alone what succeeded at any attempt, is too old, not its event, or failed too often', () => {
    const deliveries = [
      attempt('later-ok', 2, 0),
      attempt('later-ok', 1, 200, { redelivery: true }),
      attempt('accepted', 1, 202),
      attempt('old', 25, 0),
      attempt('old', 1, 0, { redelivery: true }), // redelivered within the window: still old
      attempt('labeled', 1, 0, { action: 'labeled' }),
      attempt('push', 1, 0, { event: 'push', action: null }),
      ...[3, 2, 1, 0.5].map((h, i) => attempt('hopeless', h, 500, { redelivery: i > 0 })),
    ];
    expect(toRedeliver(deliveries, now, policy)).toEqual([]);
  });

  it('does not ask again for a guid asked for a moment ago', () => {
    const failed = attempt('c', 1, 0);
    expect(toRedeliver([failed], now, policy, new Map([['c', now - 60_000]]))).toEqual([]);
    expect(toRedeliver([failed], now, policy, new Map([['c', now - 600_000]]))).toEqual([failed]);
  });
});

describe('OwnLogin', () => {
  it('asks once, answers <slug>[bot], and asks again after a failure', async () => {
    let asks = 0;
    const answers: (() => Promise<string>)[] = [
      () => Promise.reject(Object.assign(new Error('boom'), { status: 502 })),
      () => Promise.resolve('interpreter-guard'),
    ];
    const login = new OwnLogin(() => {
      asks++;
      return (answers.shift() ?? (() => Promise.resolve('other')))();
    });
    await expect(login.get()).rejects.toThrow('boom');
    expect(await Promise.all([login.get(), login.get()])).toEqual([
      'interpreter-guard[bot]',
      'interpreter-guard[bot]',
    ]);
    expect(await login.get()).toBe('interpreter-guard[bot]');
    expect(asks).toBe(2);
  });
});

describe('KeyedSerial', () => {
  it('runs tasks of one key in order, other keys alongside, and survives a failing task', async () => {
    const serial = new KeyedSerial();
    const events: string[] = [];
    const task =
      (name: string, ms: number, fail = false) =>
      async () => {
        events.push(`start ${name}`);
        await tick(ms);
        events.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const a1 = serial.run('a', task('a1', 30, true));
    const a2 = serial.run('a', task('a2', 5));
    const b1 = serial.run('b', task('b1', 5));
    await expect(a1).rejects.toThrow('a1');
    expect(await a2).toBe('a2');
    expect(await b1).toBe('b1');
    // b1 ran while a1 was running; a2 waited for a1 although a1 failed.
    expect(events.indexOf('start b1')).toBeLessThan(events.indexOf('end a1'));
    expect(events.indexOf('start a2')).toBeGreaterThan(events.indexOf('end a1'));
    await tick();
    expect(serial.size).toBe(0);
  });
});

describe('RepoMemory', () => {
  it('reads a configuration once within the period, concurrent deliveries included', async () => {
    const memory = new RepoMemory(60_000);
    let reads = 0;
    const load = async () => {
      reads++;
      await tick();
      return { comment: false };
    };
    const values = await Promise.all([memory.config('1/o/r', load), memory.config('1/o/r', load)]);
    expect(values).toEqual([{ comment: false }, { comment: false }]);
    expect(await memory.config('1/o/r', load)).toEqual({ comment: false });
    expect(reads).toBe(1);
    await memory.config('1/o/other', load);
    expect(reads).toBe(2);
  });

  it('keeps an absent configuration too, reads again after the period, and never keeps a failure', async () => {
    const memory = new RepoMemory(40);
    let reads = 0;
    const count = () => Promise.resolve(++reads);
    expect(
      await memory.config('k', () => {
        reads++;
        return Promise.resolve(null);
      }),
    ).toBeNull();
    expect(await memory.config('k', count)).toBeNull();
    await tick(60);
    expect(await memory.config('k', count)).toBe(2);

    await expect(memory.config('f', () => Promise.reject(new Error('HTTP 502')))).rejects.toThrow(
      'HTTP 502',
    );
    expect(await memory.config('f', () => Promise.resolve('fresh'))).toBe('fresh');
  });

  it('with a period of 0 reads the configuration every time', async () => {
    const memory = new RepoMemory(0);
    let reads = 0;
    const count = () => Promise.resolve(++reads);
    await memory.config('k', count);
    expect(await memory.config('k', count)).toBe(2);
  });

  it('creates a label once per repository, and again after a failure', async () => {
    const memory = new RepoMemory(0);
    const ensured: string[] = [];
    let fail = true;
    const port = {
      ensureLabel: (name: string) => {
        ensured.push(name);
        if (name === 'flaky' && fail) {
          fail = false;
          return Promise.reject(new Error('HTTP 502'));
        }
        return Promise.resolve();
      },
    } as unknown as IssuePort;
    const a = memory.withMemory('1/o/a', port);
    await a.ensureLabel('platform:nix', 'c5def5', '');
    await memory.withMemory('1/o/a', port).ensureLabel('platform:nix', 'c5def5', '');
    await memory.withMemory('1/o/b', port).ensureLabel('platform:nix', 'c5def5', '');
    await expect(a.ensureLabel('flaky', 'ededed', '')).rejects.toThrow('HTTP 502');
    await a.ensureLabel('flaky', 'ededed', '');
    expect(ensured).toEqual(['platform:nix', 'platform:nix', 'flaky', 'flaky']);
  });
});

describe('againOnTransient', () => {
  const failing = (status: number, times: number) => {
    let calls = 0;
    const work = () => {
      calls++;
      return calls <= times
        ? Promise.reject(Object.assign(new Error(`HTTP ${status}`), { status }))
        : Promise.resolve(calls);
    };
    return { work, calls: () => calls };
  };

  it('runs the work again after a 5xx or 429, and says so', async () => {
    const messages: string[] = [];
    const flaky = failing(502, 2);
    expect(
      await againOnTransient(flaky.work, {
        retries: 2,
        delayMs: 1,
        onRetry: (m) => messages.push(m),
      }),
    ).toBe(3);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^attempt 1 failed \(HTTP 502/);
    expect(
      await againOnTransient(failing(429, 1).work, { retries: 1, delayMs: 1, onRetry() {} }),
    ).toBe(2);
  });

  it('gives up after its retries, and never reruns on a 4xx', async () => {
    const down = failing(503, 10);
    await expect(
      againOnTransient(down.work, { retries: 2, delayMs: 1, onRetry() {} }),
    ).rejects.toThrow('HTTP 503');
    expect(down.calls()).toBe(3);
    const forbidden = failing(403, 10);
    await expect(
      againOnTransient(forbidden.work, { retries: 2, delayMs: 1, onRetry() {} }),
    ).rejects.toThrow('HTTP 403');
    expect(forbidden.calls()).toBe(1);
  });
});

describe('RepoMemory and related issues', () => {
  it('searches once per fingerprint, then answers from memory with the issues triaged since', async () => {
    const memory = new RepoMemory(0);
    const searches: string[] = [];
    const port = {
      searchIssues: (text: string, limit: number) => {
        searches.push(`${text}/${limit}`);
        return Promise.resolve([{ number: 4, title: 'four' }]);
      },
    } as unknown as IssuePort;
    const a = memory.withMemory('1/o/a', port);
    expect(await a.searchIssues('fp1', 20)).toEqual([{ number: 4, title: 'four' }]);
    memory.noteTriaged('1/o/a', 'fp1', { number: 9, title: 'nine' });
    memory.noteTriaged('1/o/a', 'fp1', { number: 2, title: 'two' });
    memory.noteTriaged('1/o/a', 'fp1', { number: 9, title: 'nine' });
    memory.noteTriaged('1/o/a', 'fp2', { number: 9, title: 'nine' }); // never searched: not kept
    expect((await a.searchIssues('fp1', 20)).map((i) => i.number)).toEqual([2, 4, 9]);
    expect((await a.searchIssues('fp1', 2)).map((i) => i.number)).toEqual([2, 4]);
    expect(searches).toEqual(['fp1/20']);
    await memory.withMemory('1/o/b', port).searchIssues('fp1', 20); // another repository
    await a.searchIssues('fp1', 30); // more than was asked: ask again
    await a.searchIssues('fp2', 20);
    expect(searches).toEqual(['fp1/20', 'fp1/20', 'fp1/30', 'fp2/20']);
  });
});
