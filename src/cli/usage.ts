// Command-line parsing shared by the commands: node's parseArgs, with errors users can act on.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The exit codes of every command (the README's table): a broken interpreter or a cache that
 * cannot be written is still `ok`; `failure` is I/O or a runtime failure (a report or output
 * that cannot be written, a tool that cannot be set up); `usage` a wrong command line or input.
 */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** The command line or its input is wrong: exit 2, the message alone (no stack). */
export class UsageError extends Error {}

/**
 * A parse by tools/plan.ts (loaded only now), whose ToolOptionError names the option: a usage
 * error here, its message after `prefix`.
 */
export async function parseToolArgs<T>(
  parse: (plan: typeof import('../tools/plan.js')) => T,
  prefix = '',
): Promise<T> {
  const plan = await import('../tools/plan.js');
  try {
    return parse(plan);
  } catch (error) {
    if (error instanceof plan.ToolOptionError) throw new UsageError(`${prefix}${error.message}`);
    throw error;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<T extends Options>(
  args: string[],
  options: T,
  command: string,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(
      `${command}: ${(error as Error).message.replace(/\.$/, '')}. See 'interpreter-guard ${command} --help'.`,
    );
  }
}

/**
 * Limits of the timeouts, in seconds: an hour is more than any query or tool run needs, and far
 * below the 2^31 ms (24.8 days) past which Node's timers fire at once.
 */
export const TIMEOUT_RANGE = { min: 0.1, max: 3600 } as const;
export const CONCURRENCY_RANGE = { min: 1, max: 1024 } as const;

// Plain decimal notation only: `Number()` would also take '', ' 5', '0x10' and '1e3'.
const DECIMAL = /^(?:\d{1,12}(?:\.\d{0,12})?|\.\d{1,12})$/;

/** A number of seconds within TIMEOUT_RANGE, in milliseconds; else a usage error naming it. */
export function secondsOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return Math.round(fallback * 1000);
  const n = DECIMAL.test(value) ? Number(value) : NaN;
  if (!(n >= TIMEOUT_RANGE.min && n <= TIMEOUT_RANGE.max))
    throw new UsageError(
      `--${name} must be a number of seconds from ${TIMEOUT_RANGE.min} to ${TIMEOUT_RANGE.max}, got "${value.slice(0, 40)}"`,
    );
  return Math.round(n * 1000);
}

/** A whole number within `range`; else a usage error naming the option. */
export function countOption(
  value: string | undefined,
  name: string,
  fallback: number,
  range: { min: number; max: number },
): number {
  if (value === undefined) return fallback;
  const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(n >= range.min && n <= range.max))
    throw new UsageError(
      `--${name} must be a whole number from ${range.min} to ${range.max}, got "${value.slice(0, 40)}"`,
    );
  return n;
}

/** A repeatable, comma-separated option's items, trimmed, empty ones left out. */
export function splitList(values: string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

export function listOption<T extends string>(
  values: string[] | undefined,
  allowed: readonly T[],
  name: string,
): T[] | undefined {
  if (!values?.length) return undefined;
  const items = splitList(values);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new UsageError(
        `--${name}: unknown value "${item}" (expected one of: ${allowed.join(', ')})`,
      );
    }
  }
  return items as T[];
}
