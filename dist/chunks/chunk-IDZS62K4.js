import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/core/tools/requests.ts
var IMPLEMENTATIONS = ["cpython", "pypy", "graalpy"];
function parseRequest(text) {
  const t = text.trim();
  if (!t || t === "default") return { kind: "default" };
  if (/^\d+(?:\.\d+){0,2}t?$/.test(t)) return { kind: "version", version: t };
  if (/^(?:[<>=!~]=?|==)\s*\d/.test(t) || /^[<>=!~]/.test(t))
    return /^[<>=!~=,.\d\s*]+$/.test(t) ? { kind: "range", spec: t.replace(/\s+/g, "") } : { error: `"${t}" is not a version range` };
  const impl = /^([a-z]+)(?:@(\d+(?:\.\d+){0,2}))?$/.exec(t);
  if (impl && IMPLEMENTATIONS.includes(impl[1] ?? ""))
    return { kind: "implementation", implementation: impl[1] ?? "", version: impl[2] ?? null };
  if (/[\\/]/.test(t)) return { kind: "path", path: t };
  if (/^(?:python|pypy|graalpy)[\w.-]*$/.test(t)) return { kind: "name", name: t };
  return {
    error: `"${t}" is not a request this tool understands (try 3.12, >=3.9, cpython@3.12, pypy, python, a path, or default)`
  };
}
function requestText(r) {
  switch (r.kind) {
    case "default":
      return "default";
    case "version":
      return r.version;
    case "range":
      return r.spec;
    case "implementation":
      return r.version ? `${r.implementation}@${r.version}` : r.implementation;
    case "name":
      return r.name;
    case "path":
      return r.path;
  }
}
function defaultRequests(inventory, max = 8) {
  const minors = /* @__PURE__ */ new Set();
  let pypy = false;
  for (const e of inventory) {
    if (!e.version || e.error) continue;
    if (e.implementation === "pypy") pypy = true;
    const m = /^(\d+)\.(\d+)/.exec(e.version);
    if (m && e.implementation === "cpython") minors.add(`${m[1]}.${m[2]}`);
  }
  const versions = [...minors].sort((a, b) => compareMinor(b, a)).map((version) => ({ kind: "version", version }));
  const requests = [
    { kind: "default" },
    ...versions,
    { kind: "name", name: "python" }
  ];
  if (pypy) requests.push({ kind: "implementation", implementation: "pypy", version: null });
  return requests.slice(0, max);
}
function compareMinor(a, b) {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}
function scenarioId(tool, command, request) {
  const part = (s) => s.replace(/[^\w.@>=<!~+-]+/g, "-").replace(/^-+|-+$/g, "");
  return [tool, part(command), request ? part(requestText(request)) : ""].filter(Boolean).join(":");
}
var PYTHON_PREFERENCES = ["only-managed", "managed", "system", "only-system"];

// src/core/text.ts
function clip(text, max) {
  return text.length > max ? `${text.slice(0, max)}\u2026` : text;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/core/triage/reason-kinds.ts
var REASON_KINDS = [
  "system-required",
  "venv-required",
  "managed-only",
  "system-only",
  "not-explicit",
  "version-mismatch",
  "variant-mismatch",
  "query-failed",
  "unknown-os",
  "not-executable",
  "store-shim",
  "python2-unsupported",
  "other"
];
var REASON_KIND_TEXT = {
  "system-required": "the command needs a system interpreter and this one looks like a virtual environment",
  "venv-required": "only virtual environments are allowed here",
  "managed-only": "only tool-managed interpreters are allowed",
  "system-only": "only system (not tool-managed) interpreters are allowed",
  "not-explicit": "a system interpreter was found but not explicitly requested",
  "version-mismatch": "its version does not satisfy the request",
  "variant-mismatch": "its build variant (free-threaded, debug, GIL) does not match the request",
  "query-failed": "running it to read its details failed",
  "unknown-os": "the tool could not recognise the operating system or C library",
  "not-executable": "it cannot be executed (permission denied)",
  "store-shim": "it is a Microsoft Store alias, not an installed interpreter",
  "python2-unsupported": "it is a Python version the tool no longer supports",
  other: "another reason (see the tool\u2019s wording)"
};
var ANY_FAILURE_PHRASE = /os error (?:5\)|15700|13\))|access is denied|no pac[k\u212a]age identity|un[k\u212a]nown operati(?:ng|on) system|could not detect a glibc or a musl|couldn't detect either glibc|does not support `-i` flag|un[k\u212a]nown option: -[i\u0130]|python 2\.\d+(?:\.\d+)? is not supported|permission denied/i;
function failureKind(text, path = "") {
  if (!ANY_FAILURE_PHRASE.test(text)) return "query-failed";
  const t = text.toLowerCase();
  if ((t.includes("os error 5)") || t.includes("os error 15700") || t.includes("access is denied")) && /\\windowsapps\\|\/windowsapps\//i.test(path)) {
    return "store-shim";
  }
  if (t.includes("no package identity") || t.includes("os error 15700")) return "store-shim";
  if (t.includes("unknown operating system") || t.includes("unknown operation system") || t.includes("could not detect a glibc or a musl") || t.includes("couldn't detect either glibc")) {
    return "unknown-os";
  }
  if (t.includes("does not support `-i` flag") || t.includes("unknown option: -i") || /python 2\.\d+(\.\d+)? is not supported/.test(t)) {
    return "python2-unsupported";
  }
  if (t.includes("permission denied") || t.includes("access is denied") || t.includes("os error 13)"))
    return "not-executable";
  return "query-failed";
}
var PHRASES = [
  [/system interpreter required|is a virtual environment|looks like a venv/i, "system-required"],
  [/not explicitly requested|not explicit/i, "not-explicit"],
  [/only virtual environments|system interpreter not allowed|venv required/i, "venv-required"],
  [/only managed/i, "managed-only"],
  [/only system/i, "system-only"],
  [/free-?threaded|debug build|\+gil|variant/i, "variant-mismatch"],
  [
    /does not satisfy|not supported by the project|version mismatch|does not match/i,
    "version-mismatch"
  ],
  [/windowsapps|store alias|app execution alias/i, "store-shim"],
  [/permission denied|not executable|access is denied/i, "not-executable"],
  [/python 2|does not support `-i`/i, "python2-unsupported"],
  [/unknown operating system|libc/i, "unknown-os"],
  [/exit (?:code|status)|query failed|failed to query/i, "query-failed"]
];
function reasonKindOfText(reason) {
  return PHRASES.find(([re]) => re.test(reason))?.[1] ?? "other";
}

export {
  parseRequest,
  requestText,
  defaultRequests,
  scenarioId,
  PYTHON_PREFERENCES,
  REASON_KINDS,
  REASON_KIND_TEXT,
  failureKind,
  reasonKindOfText,
  clip,
  escapeRegExp
};
