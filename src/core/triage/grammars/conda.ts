// conda and micromamba: their verbose output is about packages, not interpreters, so only what
// names the tool and the environment it could not use is read: `conda 24.1.2`, `conda info`'s
// `conda version : 4.7.12`, `micromamba version : 1.5.8`, and the errors for an environment that
// is not there (`EnvironmentLocationNotFound: Not a conda environment: /path`,
// `Could not find conda environment: name`).
import type { LogEvent, ToolName } from '../events.js';
import { charTable, startsWithOneOf, type LineStarts } from './lines.js';

const STARTING = 'cmlECD';
const STARTS = charTable(STARTING);
export const CONDA_LINES: LineStarts = { starts: STARTING };

const VERSION = /^(conda|micromamba|mamba)(?: version :|,? version)? (\d+\.\d+(?:\.\d+)?\S*)$/;
const INFO_VERSION = /^(conda|micromamba|libmamba) version : (\d+\.\d+(?:\.\d+)?\S*)$/;
const NOT_AN_ENV =
  /^(?:EnvironmentLocationNotFound|DirectoryNotACondaEnvironmentError): (Not a conda environment|No such file or directory|[^:]{1,80}): (.+)$/;
const NO_ENV =
  /^(?:(?:CondaEnvironmentNotFoundError|EnvironmentNameNotFound): )?(Could not find (?:conda )?environment: .+)$/;

/** `only`: the indices of the lines to read, in order (see LineStarts); all lines when not given. */
export function parseConda(lines: readonly string[], only?: readonly number[]): LogEvent[] {
  const events: LogEvent[] = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? (only[k] as number) : k;
    const line0 = lines[i] ?? '';
    if (!line0 || !startsWithOneOf(line0, STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    const version = raw.includes(' version :')
      ? INFO_VERSION.exec(raw)
      : raw.length < 60
        ? VERSION.exec(raw)
        : null;
    if (version) {
      const name = version[1] === 'libmamba' || version[1] === 'mamba' ? 'micromamba' : version[1];
      events.push({
        type: 'tool-version',
        tool: name as ToolName,
        line,
        version: version[2] ?? '',
      });
      continue;
    }
    const notEnv = raw.startsWith('E') || raw.startsWith('D') ? NOT_AN_ENV.exec(raw) : null;
    if (notEnv) {
      events.push({
        type: 'rejected',
        tool: 'conda',
        line,
        path: (notEnv[2] ?? '').trim(),
        reason: notEnv[1] ?? '',
        reasonKind: 'other',
        source: null,
        plain: true,
      });
      continue;
    }
    const noEnv = raw.includes('ould not find') ? NO_ENV.exec(raw) : null;
    if (noEnv)
      events.push({
        type: 'final-error',
        tool: 'conda',
        line,
        message: noEnv[1] ?? '',
        causes: [],
        hints: [],
      });
  }
  return events;
}
