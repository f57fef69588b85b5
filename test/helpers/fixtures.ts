// Builds real fixture layouts once per test file, in a fresh temporary directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  defaultBasePython,
  describeBasePython,
  type BasePython,
} from '../../src/fixtures/base-python.js';
import { buildFixtures } from '../../src/fixtures/build.js';
import type { FixtureKind, FixtureManifest } from '../../src/fixtures/manifest.js';

export async function basePython(): Promise<BasePython> {
  const path = await defaultBasePython();
  if (!path) throw new Error('tests need a /usr/bin/python3.X (apt-get install python3)');
  return describeBasePython(path);
}

export async function tempDir(
  prefix = 'ig-test-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function buildTestFixtures(
  dir: string,
  kinds?: FixtureKind[],
): Promise<FixtureManifest> {
  const base = await basePython();
  return buildFixtures({
    dir: join(dir, 'fixtures'),
    kinds: kinds ?? [
      'venv',
      'nix',
      'conda',
      'pyenv-shim',
      'broken',
      'hanging',
      'not-executable',
      'symlink-chain',
      'symlink-loop',
    ],
    base,
    compiler: 'cc',
    nixBuild: null,
  });
}
