import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/tools/spec.ts
var NAMED_TOOLS = ["uv", "virtualenv", "pdm", "poetry"];
var PYPI_TOOLS = ["virtualenv", "pdm", "poetry"];
var PYPI_SPEC = new RegExp(`^(${PYPI_TOOLS.join("|")})@(.*)$`);
var PEP440 = /^(?:\d+!)?\d+(?:\.\d+)*(?:(?:a|b|rc)\d+)?(?:\.post\d+)?(?:\.dev\d+)?$/;
function parseToolSpec(text) {
  const t = text.trim();
  if (t.startsWith("exec:")) {
    const split = splitCommandLine(t.slice(5));
    if ("error" in split) return { error: `${t}: ${split.error}` };
    if (!split.args.length)
      return { error: 'exec: needs a command, e.g. "exec:python3 mytool.py {request}"' };
    if (!split.args.some((a) => a.includes("{request}")))
      return { error: `${t}: the command must contain {request}` };
    return { kind: "exec", argv: split.args, text: t };
  }
  const release = /^uv@(\d+\.\d+\.\d+(?:[-.]?[a-z]+\d*)?)$/.exec(t);
  if (release) return { kind: "release", name: "uv", version: release[1] ?? "", text: t };
  const pypi = PYPI_SPEC.exec(t);
  if (pypi) {
    const version = pypi[2] ?? "";
    if (!PEP440.test(version))
      return { error: `${t}: "${version}" is not a release version (e.g. ${pypi[1]}@1.2.3)` };
    return { kind: "release", name: pypi[1], version, text: t };
  }
  const [name, program] = t.split(/=(.*)/s);
  if (!NAMED_TOOLS.includes(name ?? "")) {
    return {
      error: `unknown tool "${t}" (expected ${NAMED_TOOLS.join(", ")}, <tool>@<version>, <tool>=<path>, or exec:<command with {request}>)`
    };
  }
  if (program !== void 0 && !program) return { error: `${t}: the path after = is empty` };
  return { kind: "named", name, program: program ?? null, text: t };
}
function splitCommandLine(line) {
  const args = [];
  let current = "";
  let has = false;
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? "";
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"' && i + 1 < line.length && '"\\$`'.includes(line[i + 1] ?? ""))
        current += line[++i];
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      has = true;
    } else if (c === "\\" && i + 1 < line.length) {
      current += line[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || current) args.push(current);
      current = "";
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

export {
  NAMED_TOOLS,
  parseToolSpec
};
