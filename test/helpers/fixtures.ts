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
import {
  FIXTURE_KINDS,
  type FixtureKind,
  type FixtureManifest,
} from '../../src/fixtures/manifest.js';
import type { DiscoveryContext } from '../../src/discovery/context.js';
import { runProcess } from '../../src/discovery/process-runner.js';

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
    kinds: kinds ?? FIXTURE_KINDS,
    base,
    compiler: 'cc',
    nixBuild: null,
  });
}

/** A Linux discovery context with the real process runner; tests override what they vary. */
export function testContext(
  home: string,
  cwd: string,
  over: Partial<DiscoveryContext> = {},
): DiscoveryContext {
  return {
    os: 'linux',
    env: {},
    home,
    cwd,
    user: 'alice',
    runner: runProcess,
    commandTimeoutMs: 5000,
    ...over,
  };
}
