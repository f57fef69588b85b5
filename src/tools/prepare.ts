// Turns a `--tool` value into an adapter and the program to run, resolved in the caller's
// environment (the sandbox's PATH is for discovery, not for finding the tool itself).
import { access } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { OsName } from '../core/model.js';
import { findOnPath } from '../discovery/which.js';
import { execAdapter } from './adapters/exec.js';
import { pdmAdapter } from './adapters/pdm.js';
import { poetryAdapter } from './adapters/poetry.js';
import type { ToolAdapter } from './adapters/types.js';
import { uvAdapter } from './adapters/uv.js';
import { virtualenvAdapter } from './adapters/virtualenv.js';
import type { Installers } from './installers.js';
import type { PypiTool, ToolSpec } from './spec.js';

export interface PreparedTool {
  adapter: ToolAdapter;
  program: string;
  programArgs: string[];
  spec: string;
}

export interface PrepareContext {
  cwd: string;
  pathVar: string;
  windows: boolean;
  /** uv's `--python-preference` for its scenarios, if any. */
  uvPreference: string | null;
  /** Installs a uv release and returns the path of its binary (see uv-release.ts). */
  installUv: (version: string) => Promise<string>;
  /** Installs a PyPI release of virtualenv, pdm or poetry and returns its command (see pypi-release.ts). */
  installPypi?: (name: PypiTool, version: string) => Promise<string>;
}

export class ToolSetupError extends Error {}

/** The context every tool of a run is prepared in: the caller's directory and PATH, the installers. */
export function prepareContext(
  o: { cwd: string; callerEnv: NodeJS.ProcessEnv; os: OsName; uvPreference: string | null },
  installers: Installers,
): PrepareContext {
  return {
    cwd: o.cwd,
    pathVar: o.callerEnv.PATH ?? '',
    windows: o.os === 'windows',
    uvPreference: o.uvPreference,
    ...installers,
  };
}

export async function prepareTool(spec: ToolSpec, ctx: PrepareContext): Promise<PreparedTool> {
  switch (spec.kind) {
    case 'named': {
      const program = spec.program
        ? resolve(ctx.cwd, spec.program)
        : await findOnPath(spec.name, ctx.pathVar, { windows: ctx.windows });
      if (!program)
        throw new ToolSetupError(
          `${spec.name} is not on PATH; install it or pass --tool ${spec.name}=/path/to/${spec.name}`,
        );
      await mustExist(program, spec.text);
      return {
        adapter: adapterFor(spec.name, ctx.uvPreference),
        program,
        programArgs: [],
        spec: spec.text,
      };
    }
    case 'release': {
      if (spec.name === 'uv') {
        const program = await ctx.installUv(spec.version);
        return { adapter: uvAdapter(ctx.uvPreference), program, programArgs: [], spec: spec.text };
      }
      if (!ctx.installPypi)
        throw new ToolSetupError(`${spec.text}: releases from PyPI cannot be installed here`);
      const program = await ctx.installPypi(spec.name, spec.version);
      return {
        adapter: adapterFor(spec.name, ctx.uvPreference),
        program,
        programArgs: [],
        spec: spec.text,
      };
    }
    case 'exec': {
      const [first = '', ...rest] = spec.argv;
      const program =
        first.includes('/') || first.includes('\\')
          ? resolve(ctx.cwd, first)
          : await findOnPath(first, ctx.pathVar, { windows: ctx.windows });
      if (!program) throw new ToolSetupError(`${spec.text}: ${first} is not on PATH`);
      await mustExist(program, spec.text);
      // The tool runs in a temporary directory: arguments naming files here are made absolute.
      const args = await Promise.all(rest.map((a) => absoluteIfFile(a, ctx.cwd)));
      return { adapter: execAdapter(args), program, programArgs: [], spec: spec.text };
    }
  }
}

function adapterFor(
  name: 'uv' | 'virtualenv' | 'pdm' | 'poetry',
  uvPreference: string | null,
): ToolAdapter {
  switch (name) {
    case 'uv':
      return uvAdapter(uvPreference);
    case 'virtualenv':
      return virtualenvAdapter;
    case 'pdm':
      return pdmAdapter;
    case 'poetry':
      return poetryAdapter;
  }
}

async function mustExist(program: string, what: string): Promise<void> {
  try {
    await access(program);
  } catch {
    throw new ToolSetupError(`${what}: ${program} does not exist`);
  }
}

async function absoluteIfFile(arg: string, cwd: string): Promise<string> {
  if (arg.includes('{request}') || arg.startsWith('-') || isAbsolute(arg)) return arg;
  try {
    await access(resolve(cwd, arg));
    return resolve(cwd, arg);
  } catch {
    return arg;
  }
}
