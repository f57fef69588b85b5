// Does the text carry a verbose, debug or trace log of some tool, whatever it is about? A resolver
// trace counts; one error line or a bare traceback does not.
import type { LogEvent } from './events.js';
import type { ExtractedText } from './extract.js';

export function hasVerboseLog(text: ExtractedText, events: readonly LogEvent[]): boolean {
  void text;
  return events.some((e) => e.type !== 'final-error' && e.type !== 'tool-version');
}
