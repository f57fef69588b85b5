// virtualenv: `-vvv -p <request> --no-seed --no-download <dir>`.
import type { PythonRequest } from '../../core/tools/requests.js';
import { parseLogs } from '../../core/triage/grammars/index.js';
import type { ToolAdapter } from './types.js';

/** virtualenv's spec syntax: `3.12`, `python3`, `pypy3`, `cpython3.12`, a path; no ranges. */
export function virtualenvRequest(r: PythonRequest): string | null {
  switch (r.kind) {
    case 'default':
      return 'python3';
    case 'version':
      return r.version;
    case 'range':
      return null;
    case 'implementation':
      return `${r.implementation}${r.version ?? (r.implementation === 'pypy' ? '3' : '')}`;
    case 'name':
      return r.name;
    case 'path':
      return r.path;
  }
}

export const virtualenvAdapter: ToolAdapter = {
  name: 'virtualenv',
  versionArgs: ['--version'],
  readVersion: (out) => /^virtualenv (\d+\.\d+(?:\.\d+)?\S*)/m.exec(out)?.[1] ?? null,
  plans(requests) {
    return requests.flatMap((r) => {
      const spec = virtualenvRequest(r);
      return spec === null
        ? []
        : [
            {
              command: '-p',
              request: r,
              context: null,
              args: ['-vvv', '-p', spec, '--no-seed', '--no-download', 'venv'],
            },
          ];
    });
  },
  observe(output) {
    return { events: parseLogs(`${output.stdout}\n${output.stderr}`), answer: null };
  },
};
