// The leg a report speaks for, as the comparison matches it. Kept apart from model.ts: the model
// imports the schemas of other modules, and a value import back into it would be a cycle.
import type { Runner } from './model.js';

/** The runner's leg name, else `os-arch`. */
export function legOf(runner: Pick<Runner, 'leg' | 'os' | 'arch'>): string {
  return runner.leg ?? `${runner.os}-${runner.arch}`;
}
