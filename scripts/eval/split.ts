// The corpus is split once into `dev` (tuned on) and `test` (only reported), by a seeded hash of
// each file name: the same file always falls on the same side, whatever else the corpus holds.
import { createHash } from 'node:crypto';

export const SPLIT_SEED = 'interpreter-guard-eval-2026-11-25';
export const DEV_SHARE = 0.6;

export type Split = 'dev' | 'test';

export function splitOf(file: string, seed = SPLIT_SEED): Split {
  const digest = createHash('sha256').update(`${seed}\u0000${file}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < DEV_SHARE ? 'dev' : 'test';
}
