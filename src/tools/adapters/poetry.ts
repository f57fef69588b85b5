// poetry: `env use -vvv <request>` in a temporary project, then `env info` for the base interpreter.
import type { PythonRequest } from '../../core/tools/requests.js';
import { parseLogs } from '../../core/triage/grammars/index.js';
import type { ToolAdapter } from './types.js';

const PROJECT =
  '[tool.poetry]\nname = "interpreter-guard-probe"\nversion = "0.1.0"\ndescription = ""\nauthors = ["interpreter-guard <noreply@example.invalid>"]\n\n[tool.poetry.dependencies]\npython = "*"\n';

export function poetryRequest(r: PythonRequest): string | null {
  switch (r.kind) {
    case 'default':
      return 'python3';
    case 'version':
      return r.version;
    case 'range':
    case 'implementation':
      return null;
    case 'name':
      return r.name;
    case 'path':
      return r.path;
  }
}

export const poetryAdapter: ToolAdapter = {
  name: 'poetry',
  versionArgs: ['--version'],
  readVersion: (out) => /version (\d+\.\d+\S*?)\)?$/m.exec(out.trim())?.[1] ?? null,
  plans(requests) {
    return requests.flatMap((r) => {
      const spec = poetryRequest(r);
      return spec === null
        ? []
        : [
            {
              command: 'env use',
              request: r,
              context: null,
              args: ['env', 'use', '-vvv', spec],
              followUp: ['env', 'info', '-vvv'],
              files: { 'pyproject.toml': PROJECT },
            },
          ];
    });
  },
  observe(output) {
    // "Using virtualenv: <dir>" names the new environment, not an interpreter: the base
    // interpreter is the System Executable of `env info`.
    const events = parseLogs(`${output.stdout}\n${output.stderr}`).filter(
      (e) => e.type !== 'selected' || /(?:python|pypy)[\d.]*(?:\.exe)?$/.test(e.path),
    );
    return { events, answer: null };
  },
};
