// The waivers file as the Action reads it: a misspelt key must stop the run, not widen a waiver.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/action/inputs.js';
import { loadWaivers } from '../../src/action/reports.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ig-waivers-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function file(name: string, text: string) {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('loadWaivers', () => {
  it('reads the waivers', async () => {
    const path = await file(
      'ok.yml',
      'waivers:\n  - reason: known uv#11529\n    path: -python3-3.12.8-env\n    class: regression\n',
    );
    expect(await loadWaivers(path)).toEqual([
      { reason: 'known uv#11529', path: '-python3-3.12.8-env', class: 'regression' },
    ]);
  });

  it('refuses a misspelt key, which would otherwise waive every change', async () => {
    const path = await file('typo.yml', 'waivers:\n  - reason: known\n    pth: /nix/store\n');
    await expect(loadWaivers(path)).rejects.toThrow(
      `waivers file ${path}: field "waivers.0.pth": unknown key`,
    );
  });

  it('names a missing reason and a wrong class', async () => {
    const missing = await file('missing.yml', 'waivers:\n  - path: /nix/store\n');
    await expect(loadWaivers(missing)).rejects.toThrow(
      'field "waivers.0.reason": expected a string',
    );
    const wrong = await file('wrong.yml', 'waivers:\n  - reason: r\n    class: regresion\n');
    await expect(loadWaivers(wrong)).rejects.toThrow(/field "waivers\.0\.class": expected one of /);
  });

  it('says why a file cannot be read, as an input error', async () => {
    const absent = join(dir, 'absent.yml');
    await expect(loadWaivers(absent)).rejects.toBeInstanceOf(InputError);
    await expect(loadWaivers(absent)).rejects.toThrow(
      `waivers file ${absent} cannot be read: ENOENT`,
    );
    const broken = await file('broken.yml', 'waivers: [unclosed\n');
    await expect(loadWaivers(broken)).rejects.toThrow(`waivers file ${broken} cannot be read: `);
  });
});
