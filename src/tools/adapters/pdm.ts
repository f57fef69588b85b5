// pdm: `use -f -vv <request>` in a temporary project.
import { requestText, type PythonRequest } from '../../core/tools/requests.js';
import { parseLogs } from '../../core/triage/grammars/index.js';
import type { ToolAdapter } from './types.js';

const PROJECT =
  '[project]\nname = "interpreter-guard-probe"\nversion = "0"\nrequires-python = ">=2.7"\n';

/** pdm takes uv-like requests, but no ranges. */
export function pdmRequest(r: PythonRequest): string | null {
  return r.kind === 'default' || r.kind === 'range' ? null : requestText(r);
}

export const pdmAdapter: ToolAdapter = {
  name: 'pdm',
  versionArgs: ['--version'],
  readVersion: (out) => /version (\d+\.\d+\S*)/.exec(out)?.[1] ?? null,
  plans(requests) {
    return requests.flatMap((r) => {
      if (r.kind === 'range') return [];
      const spec = pdmRequest(r);
      return [
        {
          command: 'use',
          request: r,
          context: null,
          args: ['use', '-f', '-vv', ...(spec === null ? [] : [spec])],
          files: { 'pyproject.toml': PROJECT },
        },
      ];
    });
  },
  observe(output) {
    return { events: parseLogs(`${output.stdout}\n${output.stderr}`), answer: null };
  },
};
