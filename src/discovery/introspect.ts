// Runs the probe inside one interpreter and turns whatever happens into facts or a typed error.
import { parseProbeOutput, type ProbeFacts } from '../core/inventory/probe-output.js';
import type { ProbeError } from '../core/model.js';
import { lastLines, type ProcessRunner, type RunResult } from './process-runner.js';
import { PROBE_SCRIPT } from './probe-script.js';

export type ProbeOutcome = { facts: ProbeFacts; error: null } | { facts: null; error: ProbeError };

export interface IntrospectOptions {
  runner: ProcessRunner;
  /** Already scrubbed (see scrubEnvironment). */
  env: NodeJS.ProcessEnv;
  cwd: string;
  timeoutMs: number;
}

// -E: ignore PYTHON* variables, -s: no user site, -B: write no bytecode. (-I is 3.4+ only.)
export const PROBE_ARGS = ['-E', '-s', '-B', '-c', PROBE_SCRIPT] as const;

export async function introspect(path: string, options: IntrospectOptions): Promise<ProbeOutcome> {
  const result = await options.runner(path, [...PROBE_ARGS, path], {
    env: options.env,
    cwd: options.cwd,
    timeoutMs: options.timeoutMs,
    maxOutputBytes: 256 * 1024,
  });
  return outcomeOf(result, options.timeoutMs);
}

export function outcomeOf(result: RunResult, timeoutMs: number): ProbeOutcome {
  switch (result.kind) {
    case 'spawn-error':
      return failed(spawnErrorKind(result.code), spawnErrorDetail(result.code, result.message));
    case 'timeout':
      return failed('timeout', `no answer within ${timeoutMs} ms; the process was killed`);
    case 'exited': {
      if (result.code !== 0) {
        const how = result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`;
        const tail = lastLines(result.stderr, 5);
        return failed('exit', tail ? `${how}: ${tail}` : how);
      }
      const parsed = parseProbeOutput(result.stdout);
      return parsed.ok
        ? { facts: parsed.facts, error: null }
        : failed('invalid-output', parsed.detail);
    }
  }
}

function failed(kind: ProbeError['kind'], detail: string): ProbeOutcome {
  return { facts: null, error: { kind, detail: detail.slice(0, 4000) } };
}

function spawnErrorKind(code: string): ProbeError['kind'] {
  return code === 'EACCES' || code === 'ENOEXEC' ? 'not-executable' : 'spawn';
}

function spawnErrorDetail(code: string, message: string): string {
  if (code === 'ELOOP') return `symlink loop (ELOOP): ${message}`;
  if (code === 'ENOEXEC') return `not a program this system can run (ENOEXEC): ${message}`;
  return message;
}

/** The interpreter must not see our PYTHONPATH/PYTHONHOME or a Nix wrapper's leftovers. */
export function scrubEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (/^PYTHON/i.test(key) || /^NIX_PYTHON/i.test(key) || key === '__PYVENV_LAUNCHER__') continue;
    clean[key] = value;
  }
  return clean;
}
