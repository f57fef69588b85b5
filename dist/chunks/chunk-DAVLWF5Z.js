import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  describeSchemaError
} from "./chunk-GFEQNXH2.js";
import {
  findOnPath
} from "./chunk-6SR56VY4.js";
import {
  parseLogs
} from "./chunk-2VOHXSCD.js";
import {
  reasonKindOfText,
  requestText
} from "./chunk-IDZS62K4.js";
import {
  _enum,
  _maxLength,
  _minLength,
  nullable,
  object,
  optional,
  string
} from "./chunk-ZA7TPQS4.js";

// src/tools/prepare.ts
import { access } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";

// src/core/tools/exec-protocol.ts
var ExecLine = object({
  path: string().check(_minLength(1), _maxLength(4096)),
  verdict: _enum(["selected", "accepted", "rejected", "skipped"]),
  reason: optional(nullable(string().check(_maxLength(2e3))))
});
function parseExecOutput(stdout) {
  const events = [];
  const problems = [];
  const lines = stdout.split("\n");
  for (let i = 0; i < lines.length && events.length < 5e3; i++) {
    const text = (lines[i] ?? "").trim();
    if (!text) continue;
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      if (problems.length < 20) problems.push(`line ${i + 1}: not JSON`);
      continue;
    }
    const parsed = ExecLine.safeParse(data);
    if (!parsed.success) {
      if (problems.length < 20)
        problems.push(`line ${i + 1}: ${describeSchemaError(parsed.error)}`);
      continue;
    }
    const { path, verdict } = parsed.data;
    const reason = parsed.data.reason ?? null;
    const base = { tool: "exec", line: i + 1 };
    if (verdict === "selected") events.push({ ...base, type: "selected", path, version: null });
    else if (verdict === "accepted")
      events.push({ ...base, type: "found", path, key: null, version: null, source: null });
    else
      events.push({
        ...base,
        type: verdict,
        path,
        reason: reason ?? verdict,
        reasonKind: reasonKindOfText(reason ?? ""),
        source: null
      });
  }
  return { events, problems };
}

// src/tools/adapters/exec.ts
function execAdapter(templateArgs) {
  return {
    name: "exec",
    versionArgs: null,
    readVersion: () => null,
    plans(requests) {
      return requests.map((r) => ({
        command: "run",
        request: r,
        context: null,
        args: templateArgs.map((a) => a.split("{request}").join(requestText(r)))
      }));
    },
    observe(output) {
      const { events, problems } = parseExecOutput(output.stdout);
      return { events, answer: null, problems };
    }
  };
}

// src/tools/adapters/pdm.ts
var PROJECT = '[project]\nname = "interpreter-guard-probe"\nversion = "0"\nrequires-python = ">=2.7"\n';
function pdmRequest(r) {
  return r.kind === "default" || r.kind === "range" ? null : requestText(r);
}
var pdmAdapter = {
  name: "pdm",
  versionArgs: ["--version"],
  readVersion: (out) => /version (\d+\.\d+\S*)/.exec(out)?.[1] ?? null,
  plans(requests) {
    return requests.flatMap((r) => {
      if (r.kind === "range") return [];
      const spec = pdmRequest(r);
      return [
        {
          command: "use",
          request: r,
          context: null,
          args: ["use", "-f", "-vv", ...spec === null ? [] : [spec]],
          files: { "pyproject.toml": PROJECT }
        }
      ];
    });
  },
  observe(output) {
    return { events: parseLogs(`${output.stdout}
${output.stderr}`), answer: null };
  }
};

// src/tools/adapters/poetry.ts
var PROJECT2 = '[tool.poetry]\nname = "interpreter-guard-probe"\nversion = "0.1.0"\ndescription = ""\nauthors = ["interpreter-guard <noreply@example.invalid>"]\n\n[tool.poetry.dependencies]\npython = "*"\n';
function poetryRequest(r) {
  switch (r.kind) {
    case "default":
      return "python3";
    case "version":
      return r.version;
    case "range":
    case "implementation":
      return null;
    case "name":
      return r.name;
    case "path":
      return r.path;
  }
}
var poetryAdapter = {
  name: "poetry",
  versionArgs: ["--version"],
  readVersion: (out) => /version (\d+\.\d+\S*?)\)?$/m.exec(out.trim())?.[1] ?? null,
  plans(requests) {
    return requests.flatMap((r) => {
      const spec = poetryRequest(r);
      return spec === null ? [] : [
        {
          command: "env use",
          request: r,
          context: null,
          args: ["env", "use", "-vvv", spec],
          followUp: ["env", "info", "-vvv"],
          files: { "pyproject.toml": PROJECT2 }
        }
      ];
    });
  },
  observe(output) {
    const events = parseLogs(`${output.stdout}
${output.stderr}`).filter(
      (e) => e.type !== "selected" || /(?:python|pypy)[\d.]*(?:\.exe)?$/.test(e.path)
    );
    return { events, answer: null };
  }
};

// src/tools/adapters/uv.ts
function uvRequest(r) {
  return r.kind === "default" ? null : requestText(r);
}
function uvAdapter(preference = null) {
  const common = [
    "-v",
    "--color",
    "never",
    ...preference ? ["--python-preference", preference] : []
  ];
  const context = preference ? `python-preference=${preference}` : null;
  return {
    name: "uv",
    versionArgs: ["--version"],
    readVersion: (out) => /^uv (\d+\.\d+\.\d+\S*)/m.exec(out)?.[1] ?? null,
    plans(requests) {
      const plans = [];
      for (const r of requests) {
        const value = uvRequest(r);
        const req = value === null ? [] : [value];
        plans.push({
          command: "python find",
          request: r,
          context,
          args: [...common, "python", "find", "--no-project", ...req]
        });
        plans.push({
          command: "python find --system",
          request: r,
          context,
          args: [...common, "python", "find", "--no-project", "--system", ...req]
        });
        plans.push({
          command: "venv",
          request: r,
          context,
          args: [...common, "venv", ...value === null ? [] : ["--python", value], "venv"]
        });
      }
      plans.push({
        command: "python list",
        request: null,
        context,
        args: [...common, "python", "list", "--only-installed"]
      });
      plans.push({
        command: "python list --output-format json",
        request: null,
        context,
        args: [...common, "python", "list", "--only-installed", "--output-format", "json"]
      });
      return plans;
    },
    observe(output, plan) {
      const events = parseLogs(
        `${output.stderr}
${plan.command === "python find" || plan.command === "python find --system" ? "" : output.stdout}`
      );
      const answer = plan.command.startsWith("python find") && output.exitCode === 0 ? output.stdout.trim().split("\n").pop()?.trim() || null : null;
      return { events, answer };
    }
  };
}

// src/tools/adapters/virtualenv.ts
function virtualenvRequest(r) {
  switch (r.kind) {
    case "default":
      return "python3";
    case "version":
      return r.version;
    case "range":
      return null;
    case "implementation":
      return `${r.implementation}${r.version ?? (r.implementation === "pypy" ? "3" : "")}`;
    case "name":
      return r.name;
    case "path":
      return r.path;
  }
}
var virtualenvAdapter = {
  name: "virtualenv",
  versionArgs: ["--version"],
  readVersion: (out) => /^virtualenv (\d+\.\d+(?:\.\d+)?\S*)/m.exec(out)?.[1] ?? null,
  plans(requests) {
    return requests.flatMap((r) => {
      const spec = virtualenvRequest(r);
      return spec === null ? [] : [
        {
          command: "-p",
          request: r,
          context: null,
          args: ["-vvv", "-p", spec, "--no-seed", "--no-download", "venv"]
        }
      ];
    });
  },
  observe(output) {
    return { events: parseLogs(`${output.stdout}
${output.stderr}`), answer: null };
  }
};

// src/tools/prepare.ts
var ToolSetupError = class extends Error {
};
function prepareContext(o, installers) {
  return {
    cwd: o.cwd,
    pathVar: o.callerEnv.PATH ?? "",
    windows: o.os === "windows",
    uvPreference: o.uvPreference,
    ...installers
  };
}
async function prepareTool(spec, ctx) {
  switch (spec.kind) {
    case "named": {
      const program = spec.program ? resolve(ctx.cwd, spec.program) : await findOnPath(spec.name, ctx.pathVar, { windows: ctx.windows });
      if (!program)
        throw new ToolSetupError(
          `${spec.name} is not on PATH; install it or pass --tool ${spec.name}=/path/to/${spec.name}`
        );
      await mustExist(program, spec.text);
      return {
        adapter: adapterFor(spec.name, ctx.uvPreference),
        program,
        programArgs: [],
        spec: spec.text
      };
    }
    case "release": {
      if (spec.name === "uv") {
        const program2 = await ctx.installUv(spec.version);
        return { adapter: uvAdapter(ctx.uvPreference), program: program2, programArgs: [], spec: spec.text };
      }
      if (!ctx.installPypi)
        throw new ToolSetupError(`${spec.text}: releases from PyPI cannot be installed here`);
      const program = await ctx.installPypi(spec.name, spec.version);
      return {
        adapter: adapterFor(spec.name, ctx.uvPreference),
        program,
        programArgs: [],
        spec: spec.text
      };
    }
    case "exec": {
      const [first = "", ...rest] = spec.argv;
      const program = first.includes("/") || first.includes("\\") ? resolve(ctx.cwd, first) : await findOnPath(first, ctx.pathVar, { windows: ctx.windows });
      if (!program) throw new ToolSetupError(`${spec.text}: ${first} is not on PATH`);
      await mustExist(program, spec.text);
      const args = await Promise.all(rest.map((a) => absoluteIfFile(a, ctx.cwd)));
      return { adapter: execAdapter(args), program, programArgs: [], spec: spec.text };
    }
  }
}
function adapterFor(name, uvPreference) {
  switch (name) {
    case "uv":
      return uvAdapter(uvPreference);
    case "virtualenv":
      return virtualenvAdapter;
    case "pdm":
      return pdmAdapter;
    case "poetry":
      return poetryAdapter;
  }
}
async function mustExist(program, what) {
  try {
    await access(program);
  } catch {
    throw new ToolSetupError(`${what}: ${program} does not exist`);
  }
}
async function absoluteIfFile(arg, cwd) {
  if (arg.includes("{request}") || arg.startsWith("-") || isAbsolute(arg)) return arg;
  try {
    await access(resolve(cwd, arg));
    return resolve(cwd, arg);
  } catch {
    return arg;
  }
}

// src/tools/url-redact.ts
function withoutCredentials(url) {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = "***";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, "//***@");
  }
}
function redactUrls(text) {
  return text.replace(/\/\/[^/@\s]{1,500}@/g, "//***@");
}
function splitCredentials(url) {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return { url, authorization: null };
    const pair = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
    parsed.username = "";
    parsed.password = "";
    return {
      url: parsed.toString(),
      authorization: `Basic ${Buffer.from(pair).toString("base64")}`
    };
  } catch {
    return { url, authorization: null };
  }
}

export {
  ToolSetupError,
  prepareContext,
  prepareTool,
  withoutCredentials,
  redactUrls,
  splitCredentials
};
