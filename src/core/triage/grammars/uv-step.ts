// What reading one uv log record yields, shared by the message parsers.
import type { LogEvent } from '../events.js';

/** What one record says: an event, or a step the caller pairs with the records around it. */
export type UvStep =
  /** `truncated`: the path was cut off (no closing backtick); a fuller mention may complete it. */
  | { kind: 'event'; event: LogEvent; truncated?: boolean }
  /** An executable uv probed or queried; a `Found` line for it may follow with more detail. */
  | { kind: 'candidate'; path: string; version: string | null; source: string | null }
  /** The interpreter probed just before was turned down; the message does not name it. */
  | { kind: 'unsupported'; reason: string };

export interface MessageContext {
  /** The installation key uv reported for this path, or for the interpreter found just before. */
  keyOf(path: string): string | null;
}

export function event(e: LogEvent, truncated = false): UvStep {
  return truncated ? { kind: 'event', event: e, truncated } : { kind: 'event', event: e };
}
