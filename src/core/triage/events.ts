// What the log grammars turn lines into. The same events come from a user's pasted log and from
// the Action's own tool runs, so a rejection reads the same wherever it was seen.
import type { InterpreterKind } from '../model.js';
import type { ReasonKind } from './reason-kinds.js';

export const TOOL_NAMES = [
  'uv',
  'virtualenv',
  'pdm',
  'poetry',
  'pipx',
  'tox',
  'tox-uv',
  'hatch',
  'rye',
  'pip',
  'pipenv',
  'pyenv',
  'pyenv-win',
  'findpython',
  'python-discovery',
  'conda',
  'micromamba',
  'pixi',
  'mise',
  'asdf',
  'python-environment-tools',
  'vscode-python',
  'vscode-python-environments',
  'setup-python',
  'setup-uv',
  'homebrew',
  'spack',
  // A tool of the user's own, speaking the exec protocol (src/core/tools/exec-protocol.ts).
  'exec',
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

interface EventBase {
  tool: ToolName;
  /** 1-based line number in the text the grammar read. */
  line: number;
  /** Printed at the tool's default verbosity (a warning, an error): not a sign of a verbose log. */
  plain?: boolean;
  /** Names the interpreter a command ran, not how it was looked for: no step of discovery. */
  ranOnly?: boolean;
}

export type LogEvent =
  | (EventBase & { type: 'tool-version'; version: string })
  /** What was asked for (`3.12`, `executable name python`) and where the request came from. */
  | (EventBase & { type: 'request'; request: string; origin: string | null })
  /** Where the tool says it is looking (`search path`, `managed installations, search path, or registry`). */
  | (EventBase & { type: 'search'; request: string | null; scope: string })
  | (EventBase & {
      type: 'found';
      path: string;
      key: string | null;
      version: string | null;
      source: string | null;
    })
  /** Not acceptable for this command (environment, preference, a failed query). */
  | (EventBase & {
      type: 'rejected';
      path: string;
      reason: string;
      reasonKind: ReasonKind;
      source: string | null;
    })
  /** Acceptable in general but does not match what was requested (version, variant). */
  | (EventBase & {
      type: 'skipped';
      path: string;
      reason: string;
      reasonKind: ReasonKind;
      source: string | null;
    })
  /** `fromError`: read off a final error rather than a verbose log line. `interpreterKind`: when the grammar knows better than the path. */
  | (EventBase & {
      type: 'query-failed';
      path: string;
      detail: string;
      reasonKind: ReasonKind;
      fromError?: boolean;
      interpreterKind?: InterpreterKind;
    })
  | (EventBase & { type: 'selected'; path: string; version: string | null })
  | (EventBase & { type: 'final-error'; message: string; causes: string[]; hints: string[] });

export type EventType = LogEvent['type'];

/** Events that only a verbose discovery log contains (not a bare final error or version). */
export const DISCOVERY_LOG_EVENTS: ReadonlySet<EventType> = new Set([
  'search',
  'found',
  'rejected',
  'skipped',
  'query-failed',
  'selected',
]);
