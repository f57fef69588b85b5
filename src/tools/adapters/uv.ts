// uv: `python find` (with and without `--system`), `venv --python`, and `python list` (table and
// JSON), all with `-v --color never`, optionally under a `--python-preference`.
import { requestText, type PythonRequest } from '../../core/tools/requests.js';
import { parseLogs } from '../../core/triage/grammars/index.js';
import type { ScenarioPlan, ToolAdapter } from './types.js';

/** uv's request syntax is interpreter-guard's own (`3.12`, `>=3.9`, `cpython@3.12`, `pypy`, `python`, a path). */
export function uvRequest(r: PythonRequest): string | null {
  return r.kind === 'default' ? null : requestText(r);
}

export function uvAdapter(preference: string | null = null): ToolAdapter {
  const common = [
    '-v',
    '--color',
    'never',
    ...(preference ? ['--python-preference', preference] : []),
  ];
  const context = preference ? `python-preference=${preference}` : null;
  return {
    name: 'uv',
    versionArgs: ['--version'],
    readVersion: (out) => /^uv (\d+\.\d+\.\d+\S*)/m.exec(out)?.[1] ?? null,
    plans(requests) {
      const plans: ScenarioPlan[] = [];
      for (const r of requests) {
        const value = uvRequest(r);
        const req = value === null ? [] : [value];
        plans.push({
          command: 'python find',
          request: r,
          context,
          args: [...common, 'python', 'find', '--no-project', ...req],
        });
        plans.push({
          command: 'python find --system',
          request: r,
          context,
          args: [...common, 'python', 'find', '--no-project', '--system', ...req],
        });
        plans.push({
          command: 'venv',
          request: r,
          context,
          args: [...common, 'venv', ...(value === null ? [] : ['--python', value]), 'venv'],
        });
      }
      plans.push({
        command: 'python list',
        request: null,
        context,
        args: [...common, 'python', 'list', '--only-installed'],
      });
      plans.push({
        command: 'python list --output-format json',
        request: null,
        context,
        args: [...common, 'python', 'list', '--only-installed', '--output-format', 'json'],
      });
      return plans;
    },
    observe(output, plan) {
      const events = parseLogs(
        `${output.stderr}\n${plan.command === 'python find' || plan.command === 'python find --system' ? '' : output.stdout}`,
      );
      // `uv python find` prints the interpreter it chose, alone, on stdout.
      const answer =
        plan.command.startsWith('python find') && output.exitCode === 0
          ? output.stdout.trim().split('\n').pop()?.trim() || null
          : null;
      return { events, answer };
    },
  };
}
