// Waivers: changes the maintainers have acknowledged, kept in a file in the repository. A waived
// change is still reported but does not fail the run.
import * as z from 'zod/mini';
import type { Change } from './compare.js';
import { CHANGE_CLASSES } from './compare.js';

// Strict: a misspelt key (`pth:`) would otherwise drop a filter and waive every change.
export const Waiver = z.strictObject({
  /** Why the change is acceptable: shown next to it. */
  reason: z.string().check(z.minLength(1), z.maxLength(500)),
  /** Substring of the interpreter path (after normalisation, e.g. `/nix/store/<hash>-python3-3.12.8-env`). */
  path: z.optional(z.string().check(z.maxLength(1000))),
  scenario: z.optional(z.string()),
  leg: z.optional(z.string()),
  class: z.optional(z.enum(CHANGE_CLASSES)),
});
export const WaiverFile = z.strictObject({ waivers: z.array(Waiver).check(z.maxLength(1000)) });
export type Waiver = z.infer<typeof Waiver>;

export function applyWaivers(changes: readonly Change[], waivers: readonly Waiver[]): Change[] {
  return changes.map((c) => {
    const w = waivers.find(
      (w) =>
        (!w.path || c.key.includes(w.path) || c.path.includes(w.path)) &&
        (!w.scenario || c.scenario === w.scenario) &&
        (!w.leg || c.leg === w.leg) &&
        (!w.class || c.class === w.class),
    );
    return w ? { ...c, waived: w.reason } : c;
  });
}
