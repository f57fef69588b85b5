// `--tool` / `--baseline-tool` values: `uv`, `virtualenv`, `pdm`, `poetry` (found on PATH),
// `uv=/path/to/uv` (that program), `uv@0.4.30` (a uv release, downloaded and verified),
// `virtualenv@20.25.0` / `pdm@…` / `poetry@…` (that release from PyPI, installed with pip into an
// isolated directory), and `exec:<command line with {request}>` (a tool of your own).

export const NAMED_TOOLS = ['uv', 'virtualenv', 'pdm', 'poetry'] as const;
export type NamedTool = (typeof NAMED_TOOLS)[number];
/** The tools installed from PyPI for `<tool>@<version>`. */
export const PYPI_TOOLS = ['virtualenv', 'pdm', 'poetry'] as const;
export type PypiTool = (typeof PYPI_TOOLS)[number];

const PYPI_SPEC = new RegExp(`^(${PYPI_TOOLS.join('|')})@(.*)$`);

/** A PEP 440 public version (`20.25.0`, `2.0.0b1`, `1.8.0.post1`, `1!2.0`): nothing a shell or URL could misread. */
const PEP440 = /^(?:\d+!)?\d+(?:\.\d+)*(?:(?:a|b|rc)\d+)?(?:\.post\d+)?(?:\.dev\d+)?$/;

export type ToolSpec =
  | { kind: 'named'; name: NamedTool; program: string | null; text: string }
  | { kind: 'release'; name: NamedTool; version: string; text: string }
  | { kind: 'exec'; argv: string[]; text: string };

export function parseToolSpec(text: string): ToolSpec | { error: string } {
  const t = text.trim();
  if (t.startsWith('exec:')) {
    const split = splitCommandLine(t.slice(5));
    if ('error' in split) return { error: `${t}: ${split.error}` };
    if (!split.args.length)
      return { error: 'exec: needs a command, e.g. "exec:python3 mytool.py {request}"' };
    if (!split.args.some((a) => a.includes('{request}')))
      return { error: `${t}: the command must contain {request}` };
    return { kind: 'exec', argv: split.args, text: t };
  }
  const release = /^uv@(\d+\.\d+\.\d+(?:[-.]?[a-z]+\d*)?)$/.exec(t);
  if (release) return { kind: 'release', name: 'uv', version: release[1] ?? '', text: t };
  const pypi = PYPI_SPEC.exec(t);
  if (pypi) {
    const version = pypi[2] ?? '';
    if (!PEP440.test(version))
      return { error: `${t}: "${version}" is not a release version (e.g. ${pypi[1]}@1.2.3)` };
    return { kind: 'release', name: pypi[1] as NamedTool, version, text: t };
  }
  const [name, program] = t.split(/=(.*)/s);
  if (!(NAMED_TOOLS as readonly string[]).includes(name ?? '')) {
    return {
      error: `unknown tool "${t}" (expected ${NAMED_TOOLS.join(', ')}, <tool>@<version>, <tool>=<path>, or exec:<command with {request}>)`,
    };
  }
  if (program !== undefined && !program) return { error: `${t}: the path after = is empty` };
  return { kind: 'named', name: name as NamedTool, program: program ?? null, text: t };
}

/** Splits a command line like a POSIX shell would for quoting (no expansion, no operators). */
export function splitCommandLine(line: string): { args: string[] } | { error: string } {
  const args: string[] = [];
  let current = '';
  let has = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? '';
    if (quote) {
      if (c === quote) quote = null;
      else if (
        c === '\\' &&
        quote === '"' &&
        i + 1 < line.length &&
        '"\\$`'.includes(line[i + 1] ?? '')
      )
        current += line[++i];
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      has = true;
    } else if (c === '\\' && i + 1 < line.length) {
      current += line[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || current) args.push(current);
      current = '';
      has = false;
    } else {
      current += c;
      has = true;
    }
  }
  if (quote) return { error: `unclosed ${quote} quote` };
  if (has || current) args.push(current);
  return { args };
}
