import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  failureKind
} from "./chunk-X6NQ3OUU.js";

// src/core/triage/grammars/lines.ts
var MAX_LINE = 8192;
function splitLines(text) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? "";
    if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    lines[i] = line;
  }
  return lines;
}
function backticked(text, from = 0) {
  const start = text.indexOf("`", from);
  if (start < 0) return null;
  const end = text.indexOf("`", start + 1);
  if (end < 0) return null;
  return { value: text.slice(start + 1, end), end: end + 1 };
}
function clip(text, max = 500) {
  return text.length > max ? `${text.slice(0, max)}\u2026` : text;
}
function levelLength(raw) {
  let at = 0;
  while (at < 12 && (raw.charCodeAt(at) === 32 || raw.charCodeAt(at) === 9)) at++;
  switch (raw.charCodeAt(at)) {
    case 84:
      return raw.startsWith("TRACE ", at) ? at + 6 : 0;
    case 68:
      return raw.startsWith("DEBUG ", at) ? at + 6 : 0;
    case 73:
      return raw.startsWith("INFO ", at) ? at + 5 : 0;
    case 87:
      return raw.startsWith("WARN ", at) ? at + 5 : 0;
    case 69:
      return raw.startsWith("ERROR ", at) ? at + 6 : 0;
    default:
      return 0;
  }
}
function firstChar(line) {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return line.charAt(i);
}

// src/core/triage/grammars/pdm.ts
var PATHLIKE = /^(?:\/|~|[A-Za-z]:[\\/]|\.{1,2}[\\/])/;
var PDM_STARTS = new Set("P0123456789[");
function parsePdm(lines) {
  const events = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? "";
    if (!line0 || !(PDM_STARTS.has(firstChar(line0)) || line0.includes("Using ") || line0.includes(" @ ")))
      continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = /^PDM, version (\d+\.\d+\S*)/.exec(raw);
    if (m) {
      events.push({ type: "tool-version", tool: "pdm", line, version: m[1] ?? "" });
      continue;
    }
    m = /^\d+\. (\S.*) \((\d+\.\d+(?:\.\d+)?)\)$/.exec(raw);
    if (m && PATHLIKE.test(m[1] ?? "")) {
      events.push({
        type: "found",
        tool: "pdm",
        line,
        path: m[1] ?? "",
        key: null,
        version: m[2] ?? null,
        source: null
      });
      continue;
    }
    m = /^\d+\. (\w+)@(\d+\.\d+\.\d+\S*) \((\S.*)\)$/.exec(raw);
    if (m && PATHLIKE.test(m[3] ?? "")) {
      events.push({
        type: "found",
        tool: "pdm",
        line,
        path: m[3] ?? "",
        key: `${m[1]}@${m[2]}`,
        version: m[2] ?? null,
        source: null
      });
      continue;
    }
    m = /(?:^|: )Using (?:Python interpreter|the first matched interpreter): (\S.*?) \((\d+\.\d+(?:\.\d+)?)\)/.exec(
      raw
    );
    if (m) {
      events.push({ type: "selected", tool: "pdm", line, path: m[1] ?? "", version: m[2] ?? null });
      continue;
    }
    m = /^\[(NoPythonVersion|InvalidPyVersion|PdmUsageError)\]: (.+)$/.exec(raw);
    if (m) {
      events.push({
        type: "final-error",
        tool: "pdm",
        line,
        message: m[2] ?? "",
        causes: [],
        hints: []
      });
      continue;
    }
    m = /^(\S+) (\d+\.\d+\.\d+\S*) @ (\S.*)$/.exec(raw);
    if (m && PATHLIKE.test(m[3] ?? "")) {
      events.push({
        type: "found",
        tool: "findpython",
        line,
        path: m[3] ?? "",
        key: m[1] ?? null,
        version: m[2] ?? null,
        source: null
      });
    }
  }
  return events;
}

// src/core/triage/grammars/pipx.ts
var PIPX_STARTS = new Set("p'\u26A0NP");
function parsePipx(lines) {
  const events = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? "";
    if (!line0 || !PIPX_STARTS.has(firstChar(line0))) continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = /^pipx >\(\w+:\d+\): pipx version is (\d+\.\d+\S*)/.exec(raw);
    if (m) {
      events.push({ type: "tool-version", tool: "pipx", line, version: m[1] ?? "" });
      continue;
    }
    m = /^pipx >\(\w+:\d+\): Default python interpreter is '([^']+)'/.exec(raw);
    if (m) {
      events.push({
        type: "found",
        tool: "pipx",
        line,
        path: m[1] ?? "",
        key: null,
        version: null,
        source: "default"
      });
      continue;
    }
    m = /^pipx >\(\w+:\d+\): running (\S+) -m venv /.exec(raw);
    if (m) {
      events.push({ type: "request", tool: "pipx", line, request: m[1] ?? "", origin: "--python" });
      continue;
    }
    m = /^'(\S+) -m venv [^']*' failed$/.exec(raw);
    if (m) {
      events.push({ type: "final-error", tool: "pipx", line, message: raw, causes: [], hints: [] });
      continue;
    }
    if (/^(?:⚠️\s*)?No executable for the provided Python version '[^']+' found/.test(raw) || /^(?:⚠️\s*)?Python interpreter not found/.test(raw)) {
      events.push({
        type: "final-error",
        tool: "pipx",
        line,
        message: raw.replace(/^⚠️\s*/, ""),
        causes: [],
        hints: []
      });
    }
  }
  return events;
}

// src/core/triage/grammars/poetry.ts
var POETRY_STARTS = new Set("PTFCUNSEV");
function parsePoetry(lines) {
  const events = [];
  let lastFound = null;
  let section = null;
  let awaitingMessage = null;
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? "";
    if (!line0) continue;
    if (!awaitingMessage && !POETRY_STARTS.has(line0.trimStart().charAt(0))) continue;
    const raw = line0.trim();
    const line = i + 1;
    if (awaitingMessage) {
      if (!raw) continue;
      awaitingMessage.message = raw;
      awaitingMessage = null;
      continue;
    }
    let m = /^Poetry \(version (\d+\.\d+\S*)\)/.exec(raw);
    if (m) {
      events.push({ type: "tool-version", tool: "poetry", line, version: m[1] ?? "" });
      continue;
    }
    if (raw === "Trying to detect current active python executable as specified in the config.") {
      events.push({
        type: "request",
        tool: "poetry",
        line,
        request: "the active python",
        origin: "virtualenvs.prefer-active-python"
      });
      continue;
    }
    m = /^Found: (\S.*)$/.exec(raw);
    if (m) {
      lastFound = m[1] ?? "";
      events.push({
        type: "found",
        tool: "poetry",
        line,
        path: lastFound,
        key: null,
        version: null,
        source: null
      });
      continue;
    }
    m = /^Trying (python[\d.]*)$/.exec(raw);
    if (m) {
      events.push({ type: "request", tool: "poetry", line, request: m[1] ?? "", origin: null });
      continue;
    }
    m = /^(?:The currently activated|Current) Python version \(?(\d+\.\d+\.\d+)\)? is not (?:supported|allowed) by the project \((.+)\)\.?$/.exec(
      raw
    );
    if (m) {
      events.push({
        type: "skipped",
        tool: "poetry",
        line,
        path: lastFound ?? `Python ${m[1]}`,
        reason: `Python ${m[1]} is not supported by the project (${m[2]})`,
        reasonKind: "version-mismatch",
        source: null
      });
      continue;
    }
    if (raw === "Virtualenv" || raw === "System") {
      section = raw === "System" ? "system" : "virtualenv";
      continue;
    }
    m = /^Executable: +(\S.*)$/.exec(raw);
    if (m) {
      if (section === "system")
        events.push({ type: "selected", tool: "poetry", line, path: m[1] ?? "", version: null });
      continue;
    }
    m = /^Using virtualenv: (\S.*)$/.exec(raw);
    if (m) {
      events.push({ type: "selected", tool: "poetry", line, path: m[1] ?? "", version: null });
      continue;
    }
    m = /^Command '(python[\d.]*) -c "import sys; print\(sys\.executable\)"' returned non-zero exit status (\d+)/.exec(
      raw
    );
    if (m) {
      events.push({
        type: "query-failed",
        tool: "poetry",
        line,
        path: m[1] ?? "",
        detail: `exit status ${m[2]}`,
        reasonKind: "query-failed"
      });
      continue;
    }
    m = /^Could not find the python executable (\S+)/.exec(raw);
    if (m) {
      events.push({
        type: "final-error",
        tool: "poetry",
        line,
        message: raw,
        causes: [],
        hints: []
      });
      continue;
    }
    if (raw === "NoCompatiblePythonVersionFound" || raw.startsWith("NoCompatiblePythonVersionFound")) {
      awaitingMessage = {
        type: "final-error",
        tool: "poetry",
        line,
        message: "NoCompatiblePythonVersionFound",
        causes: [],
        hints: []
      };
      events.push(awaitingMessage);
      continue;
    }
    if (raw.startsWith("Poetry was unable to find a compatible version.")) {
      if (!events.some((e) => e.type === "final-error" && e.tool === "poetry")) {
        events.push({
          type: "final-error",
          tool: "poetry",
          line,
          message: raw,
          causes: [],
          hints: []
        });
      }
    }
  }
  return events;
}

// src/core/triage/grammars/pyenv.ts
function parsePyenv(lines) {
  const events = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? "";
    if (!line0 || firstChar(line0) !== "p") continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = /^pyenv: (python[\w.-]*|pypy[\w.-]*): command not found$/.exec(raw);
    if (m) {
      events.push({
        type: "query-failed",
        tool: "pyenv",
        line,
        path: m[1] ?? "",
        detail: raw,
        reasonKind: "query-failed",
        interpreterKind: "shim"
      });
      continue;
    }
    m = /^pyenv: version `([^']+)' is not installed \(set by (.+)\)$/.exec(raw);
    if (m) {
      events.push({
        type: "final-error",
        tool: "pyenv",
        line,
        message: raw.slice(7),
        causes: [],
        hints: []
      });
      continue;
    }
    m = /^pyenv (\d+\.\d+\.\d+\S*)$/.exec(raw);
    if (m) events.push({ type: "tool-version", tool: "pyenv", line, version: m[1] ?? "" });
  }
  return events;
}

// src/core/triage/grammars/tox.ts
var TOX_STARTS = new Set("0123456789tp'SE");
function parseTox(lines) {
  const events = [];
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? "";
    if (!line0 || !(TOX_STARTS.has(firstChar(line0)) || line0.includes(" uses ") || line0.includes("skipped because")))
      continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = /^(?:tox )?(\d+\.\d+\.\d+\S*) (?:imported )?from \S*tox/.exec(raw);
    if (m) {
      events.push({ type: "tool-version", tool: "tox", line, version: m[1] ?? "" });
      continue;
    }
    m = /^([\w.-]+) uses (\S+)$/.exec(raw);
    if (m) {
      if (m[2] !== "None")
        events.push({ type: "selected", tool: "tox", line, path: m[2] ?? "", version: null });
      continue;
    }
    m = /^python \((\S.*)\) is \{.*'version_info': \[(\d+), (\d+), (\d+)/.exec(raw);
    if (m) {
      events.push({
        type: "found",
        tool: "tox",
        line,
        path: m[1] ?? "",
        key: null,
        version: `${m[2]}.${m[3]}.${m[4]}`,
        source: null
      });
      continue;
    }
    m = /^'exit code (-?\d+)' cmd '([^']+)' out '.*' err (.*)$/.exec(raw);
    if (m) {
      const detail = clip(
        `exit code ${m[1]}: ${(m[3] ?? "").replace(/^"|"$/g, "").replace(/\\n/g, "\n").trim()}`,
        2e3
      );
      events.push({
        type: "query-failed",
        tool: "tox",
        line,
        path: m[2] ?? "",
        detail,
        reasonKind: failureKind(detail, m[2])
      });
      continue;
    }
    m = /^(?:SKIPPED|ERROR):\s+InterpreterNotFound: (\S+)/.exec(raw);
    if (m) {
      events.push({
        type: "final-error",
        tool: "tox",
        line,
        message: `InterpreterNotFound: ${m[1]}`,
        causes: [],
        hints: []
      });
      continue;
    }
    m = /^([\w.-]+): skipped because could not find python interpreter with spec\(s\): (.+)$/.exec(
      raw
    );
    if (m) {
      events.push({
        type: "final-error",
        tool: "tox",
        line,
        message: `could not find python interpreter with spec(s): ${m[2]}`,
        causes: [],
        hints: []
      });
    }
  }
  return events;
}

// src/core/triage/grammars/uv.ts
var HIERARCHICAL = /^\s*\d+\.\d+s +(?:\d+(?:\.\d+)?(?:ms|s|µs|us|ns) +)?(TRACE|DEBUG|INFO|WARN|ERROR) +([A-Za-z0-9_]+(?:::[A-Za-z0-9_]+)*) /;
var USER_LINE = /^\s*(error|warning|hint): /;
var CAUSED_BY = /^\s*Caused by: /;
var MIETTE_TOP = /^\s*[×x] (?=\S)/;
var MIETTE_CAUSE = /^\s*[╰├]─[▶>] /;
var MIETTE_CONT = /^\s*│ ?/;
var REJECTION_REASONS = [
  ["system interpreter required", "system-required"],
  ["system interpreter not explicitly requested", "not-explicit"],
  ["system interpreter not explicit", "not-explicit"],
  ["only virtual environments allowed", "venv-required"],
  ["system interpreter not allowed", "venv-required"],
  ["only managed interpreters allowed", "managed-only"],
  ["only system interpreters allowed", "system-only"]
];
function parseUv(lines) {
  const events = [];
  const records = toRecords(lines, MAX_LOG_RECORDS);
  let lastFoundKey = null;
  let error = null;
  let sawUv = false;
  for (const r of records) {
    if (r.kind === "user") {
      if (r.label === "error" || r.label === "\xD7") {
        error = {
          type: "final-error",
          tool: "uv",
          line: r.line,
          message: joinWrapped(r.message, r.more),
          causes: [],
          hints: []
        };
        events.push(error);
      } else if ((r.label === "caused" || r.label === "cause") && error) {
        error.causes.push(joinWrapped(r.message, r.more));
      } else if (r.label === "hint" && error) {
        error.hints.push(joinWrapped(r.message, r.more));
      } else if (r.label === "using") {
        const selected = parseUsing(r.message, r.line);
        if (selected) events.push(selected);
      }
      continue;
    }
    const event = parseMessage(r.message, r.more, r.line, lastFoundKey);
    if (!event) continue;
    sawUv = true;
    if (event.type === "found") lastFoundKey = { path: event.path, key: event.key };
    events.push(event);
  }
  const kept = events.filter((e) => e.type !== "final-error" || sawUv || isUvError(e.message));
  return [...kept, ...kept.flatMap((e) => e.type === "final-error" ? queryFailureOf(e) : [])];
}
var MAX_LOG_RECORDS = 5e3;
function toRecords(lines, maxLogRecords) {
  const records = [];
  let logRecords = 0;
  let current = null;
  const open = (record) => {
    records.push(record);
    current = record;
  };
  const openLog = (level, message, line) => {
    if (logRecords >= maxLogRecords) {
      current = null;
      return;
    }
    logRecords++;
    open({ kind: "log", level, message, line, more: [] });
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const lineNo = i + 1;
    const level = levelLength(raw);
    if (level > 0) {
      if (logRecords < maxLogRecords && isInteresting(raw, level))
        openLog(raw.slice(0, level - 1).trim(), raw.slice(level), lineNo);
      else current = null;
      continue;
    }
    const first = raw.charCodeAt(0);
    if (first === 32 || first >= 48 && first <= 57) {
      const m = HIERARCHICAL.exec(raw);
      if (m) {
        const message = raw.slice(m[0].length);
        if (isInteresting(message, 0)) openLog(m[1] ?? "", message, lineNo);
        else current = null;
        continue;
      }
    }
    const user = USER_LINE.exec(raw);
    if (user) {
      open({
        kind: "user",
        label: user[1] ?? "",
        message: raw.slice(user[0].length),
        line: lineNo,
        more: []
      });
      continue;
    }
    if (raw.includes("Caused by: ") && CAUSED_BY.test(raw)) {
      open({
        kind: "user",
        label: "caused",
        message: raw.replace(CAUSED_BY, ""),
        line: lineNo,
        more: []
      });
      continue;
    }
    if (MIETTE_TOP.test(raw)) {
      open({
        kind: "user",
        label: "\xD7",
        message: raw.replace(MIETTE_TOP, ""),
        line: lineNo,
        more: []
      });
      continue;
    }
    if (MIETTE_CAUSE.test(raw)) {
      open({
        kind: "user",
        label: "cause",
        message: raw.replace(MIETTE_CAUSE, ""),
        line: lineNo,
        more: []
      });
      continue;
    }
    if (raw.startsWith("Using ") && raw.includes(" at: ")) {
      records.push({ kind: "user", label: "using", message: raw, line: lineNo, more: [] });
      current = null;
      continue;
    }
    const record = current;
    if (record && record.more.length < 40) {
      record.more.push(MIETTE_CONT.test(raw) ? ` ${raw.replace(MIETTE_CONT, "")}` : raw);
    }
  }
  return records;
}
var INTERESTING = {
  u: ["uv "],
  F: ["Found `", "Found managed", "Found Python interpreter "],
  I: ["Ignoring Python in"],
  S: ["Skipping ", "Searching for ", "Starting "],
  U: ["Using "],
  L: ["Looking for exact"],
  C: ["Checking for Python interpreter "]
};
var OLD_FOUND = /^Found [A-Za-z]+ \d/;
function isInteresting(text, at) {
  const prefixes = INTERESTING[text.charAt(at)];
  if (!prefixes) return false;
  for (const prefix of prefixes) if (text.startsWith(prefix, at)) return true;
  return text.startsWith("Found ", at) && OLD_FOUND.test(text.slice(at, at + 40));
}
function parseMessage(message, more, line, lastFound) {
  const msg = message.trimEnd();
  const c = msg.charCodeAt(0);
  if (c === 117) {
    const v = /^uv (\d+\.\d+\.\d+[0-9A-Za-z.+-]*)/.exec(msg);
    return v ? { type: "tool-version", tool: "uv", line, version: v[1] ?? "" } : null;
  }
  if (c === 70) return parseFound(msg, line);
  if (c === 73) return parseIgnoring(msg, line);
  if (c === 83)
    return parseSkipping(msg, more, line, lastFound) ?? parseSearching(msg, line) ?? parseLookingOrChecking(msg, line);
  if (c === 85) return parseUsing(msg, line) ?? parseRequest(msg, line);
  if (c === 76 || c === 67) return parseLookingOrChecking(msg, line);
  return null;
}
function parseFound(msg, line) {
  if (msg.startsWith("Found `")) {
    const keyEnd = msg.indexOf("` at `", 7);
    const srcStart = msg.lastIndexOf("` (");
    if (keyEnd < 0 || srcStart < keyEnd + 6 || !msg.endsWith(")")) return null;
    const key = msg.slice(7, keyEnd);
    return {
      type: "found",
      tool: "uv",
      line,
      key,
      path: msg.slice(keyEnd + 6, srcStart),
      version: versionOfKey(key),
      source: msg.slice(srcStart + 3, -1)
    };
  }
  const old = /^Found ([A-Za-z]+) (\d+\.\d+\.\d+\S*) at `/.exec(msg);
  if (old) {
    const srcStart = msg.lastIndexOf("` (");
    if (srcStart < old[0].length || !msg.endsWith(")")) return null;
    return {
      type: "found",
      tool: "uv",
      line,
      key: null,
      version: old[2] ?? null,
      path: msg.slice(old[0].length, srcStart),
      source: msg.slice(srcStart + 3, -1)
    };
  }
  const oldest = /^Found Python interpreter [A-Za-z]+ (\d+\.\d+\.\d+\S*) at (.+) from (.+)$/.exec(
    msg
  );
  if (oldest)
    return {
      type: "found",
      tool: "uv",
      line,
      key: null,
      version: oldest[1] ?? null,
      path: oldest[2] ?? "",
      source: oldest[3] ?? null
    };
  if (msg.startsWith("Found managed installation `") || msg.startsWith("Found managed Python `")) {
    const key = backticked(msg)?.value ?? "";
    return key ? {
      type: "found",
      tool: "uv",
      line,
      key,
      path: key,
      version: versionOfKey(key),
      source: "managed installations"
    } : null;
  }
  return null;
}
function parseIgnoring(msg, line) {
  if (!msg.startsWith("Ignoring Python interpreter at `") && !msg.startsWith("Ignoring Python intepreter at `"))
    return null;
  const path = backticked(msg);
  if (!path || msg.slice(path.end, path.end + 2) !== ": ") return null;
  const reason = msg.slice(path.end + 2).trim();
  const known = REJECTION_REASONS.find(([text]) => reason.startsWith(text));
  return {
    type: "rejected",
    tool: "uv",
    line,
    path: path.value,
    reason,
    reasonKind: known?.[1] ?? "other",
    source: null
  };
}
function parseSkipping(msg, more, line, lastFound) {
  if (msg.startsWith("Skipping interpreter at `")) {
    const path = backticked(msg);
    if (!path) return null;
    const rest = msg.slice(path.end);
    const colon = rest.indexOf(": ");
    if (colon < 0) return null;
    const source = rest.startsWith(" from ") ? rest.slice(6, colon) : null;
    const reason = rest.slice(colon + 2).trim();
    const request = backticked(reason)?.value ?? "";
    const key = lastFound?.key ?? "";
    const variant = /\+(freethreaded|debug|gil)|^\d+\.\d+t$|t$/.test(request) || /\+(freethreaded|debug)/.test(key);
    return {
      type: "skipped",
      tool: "uv",
      line,
      path: path.value,
      reason,
      reasonKind: variant ? "variant-mismatch" : "version-mismatch",
      source
    };
  }
  const bad = /^Skipping (bad|unexecutable) interpreter at /.exec(msg);
  if (bad) {
    const rest = msg.slice(bad[0].length);
    const { path, source, detail } = splitPathSourceDetail(rest);
    const body = clip([detail, ...more].join("\n").trim(), 2e3);
    const reasonKind = bad[1] === "unexecutable" && failureKind(body, path) === "query-failed" ? "not-executable" : failureKind(body, path);
    void source;
    return { type: "query-failed", tool: "uv", line, path, detail: body, reasonKind };
  }
  if (msg.startsWith("Skipping missing interpreter at ")) {
    return {
      type: "rejected",
      tool: "uv",
      line,
      path: msg.slice(32).trim(),
      reason: "missing interpreter",
      reasonKind: "other",
      source: null
    };
  }
  if (msg.startsWith("Skipping broken virtualenv at ")) {
    return {
      type: "rejected",
      tool: "uv",
      line,
      path: msg.slice(30).trim(),
      reason: "broken virtualenv (no pyvenv.cfg)",
      reasonKind: "other",
      source: null
    };
  }
  if (msg.startsWith("Skipping managed installation `") || msg.startsWith("Skipping incompatible managed installation `")) {
    const key = backticked(msg);
    if (!key) return null;
    const reason = msg.slice(key.end).replace(/^: /, "").trim() || "incompatible";
    const kind = reason.startsWith("does not satisfy `") ? "version-mismatch" : "other";
    return {
      type: "skipped",
      tool: "uv",
      line,
      path: key.value,
      reason,
      reasonKind: kind,
      source: "managed installations"
    };
  }
  const deferred = /^Skipping (pre-release installation|pre-release|debug installation|alternative implementation) (.+)$/.exec(
    msg
  );
  if (deferred) {
    const what = deferred[1] ?? "";
    const kind = what.startsWith("pre-release") ? "version-mismatch" : what.startsWith("debug") ? "variant-mismatch" : "other";
    return {
      type: "skipped",
      tool: "uv",
      line,
      path: (deferred[2] ?? "").replace(/^`|`$/g, ""),
      reason: what,
      reasonKind: kind,
      source: null
    };
  }
  return null;
}
function splitPathSourceDetail(rest) {
  const from = rest.indexOf(" from ");
  const colon = rest.indexOf(": ", from < 0 ? 0 : from);
  if (from >= 0 && colon > from)
    return {
      path: rest.slice(0, from),
      source: rest.slice(from + 6, colon),
      detail: rest.slice(colon + 2)
    };
  if (colon >= 0)
    return { path: rest.slice(0, colon), source: null, detail: rest.slice(colon + 2) };
  return { path: rest.trim(), source: null, detail: "" };
}
function parseSearching(msg, line) {
  if (!msg.startsWith("Searching for ") || msg.startsWith("Searching for managed installations"))
    return null;
  const body = msg.slice(14);
  const withName = body.indexOf(" with ");
  if (body.startsWith("Python interpreter with ") && withName >= 0) {
    return {
      type: "search",
      tool: "uv",
      line,
      request: body.slice(withName + 6),
      scope: "search path"
    };
  }
  const at = body.lastIndexOf(" in ");
  if (at < 0) return null;
  const request = body.slice(0, at).replace(/^an? /, "").replace(/ interpreter$/, "");
  return {
    type: "search",
    tool: "uv",
    line,
    request: request === "Python" ? null : request,
    scope: body.slice(at + 4)
  };
}
function parseRequest(msg, line) {
  if (!msg.startsWith("Using Python request ")) return null;
  const body = msg.slice(21);
  const from = body.lastIndexOf(" from ");
  if (from < 0) return null;
  const request = body.slice(0, from).replace(/^`|`$/g, "");
  return { type: "request", tool: "uv", line, request, origin: body.slice(from + 6) };
}
function parseLookingOrChecking(msg, line) {
  const start = /^(?:Starting (?:Python|toolchain|interpreter) discovery for |Checking for Python interpreter (?:at|in) |Looking for exact match for request |Searching for interpreter that fulfills )/.exec(
    msg
  );
  if (!start) return null;
  return {
    type: "request",
    tool: "uv",
    line,
    request: msg.slice(start[0].length).trim(),
    origin: null
  };
}
function parseUsing(msg, line) {
  const m = /^Using (?:[A-Za-z]+ )?(\d+\.\d+\.\d+[0-9A-Za-z.+]*) (?:interpreter|environment) at: ?(.+)$/.exec(
    msg.trim()
  );
  if (!m) return null;
  return { type: "selected", tool: "uv", line, path: (m[2] ?? "").trim(), version: m[1] ?? null };
}
function queryFailureOf(error) {
  const m = /^(?:Failed to inspect Python interpreter from .+? at|Failed to query Python interpreter at|Querying Python at|Can't use Python at) `/.exec(
    error.message
  );
  if (!m) return [];
  const end = error.message.indexOf("`", m[0].length);
  if (end < 0) return [];
  const path = error.message.slice(m[0].length, end);
  const detail = clip([error.message, ...error.causes].join("\n"), 2e3);
  return [
    {
      type: "query-failed",
      tool: "uv",
      line: error.line,
      path,
      detail,
      reasonKind: failureKind(detail, path),
      fromError: true
    }
  ];
}
function versionOfKey(key) {
  return /^[a-z]+-(\d+\.\d+\.\d+[0-9a-z]*)/.exec(key)?.[1] ?? null;
}
function joinWrapped(first, more) {
  const parts = [first.trim()];
  for (const m of more) {
    if (!m.trim()) break;
    if (!/^\s/.test(m)) break;
    parts.push(m.trim());
  }
  return clip(parts.join(" "), 2e3);
}
var UV_ERRORS = [
  "No interpreter found",
  "No Python interpreters found",
  "Failed to inspect Python interpreter",
  "Failed to query Python interpreter",
  "Querying Python at `",
  "No virtual environment found",
  "No system Python installation found",
  "is externally managed",
  "Requested Python executable",
  "Requested interpreter path",
  "Can't use Python at",
  "Interpreter discovery for `",
  "Failed to detect the operating system version"
];
function isUvError(message) {
  return UV_ERRORS.some((s) => message.includes(s));
}

// src/core/triage/grammars/uv-output.ts
var KEY = /^((?:cpython|pypy|graalpy|pyodide)-(\d+\.\d+\.\d+[0-9a-z]*)(?:\+[a-z+]+)?-[a-z0-9_]+-[a-z0-9_]+-(?:gnu|musl|none|[a-z0-9_]+))(?:\s+|$)/;
var VERSION = /^uv (\d+\.\d+\.\d+[0-9A-Za-z.+-]*)(?: \([0-9a-f]+ \d{4}-\d{2}-\d{2}\))?$/;
var FIND_COMMAND = /(?:^|[$>] )uv(?:\.exe)? (?:-\S+ )*python find\b/;
var PYTHON_PATH = /^(?:\/|~\/|[A-Za-z]:[\\/]|\.{1,2}[\\/]).*[\\/](?:python|pypy|graalpy)[0-9.]*[td]?(?:\.exe)?$/;
var MAX_JSON = 1024 * 1024;
function parseUvOutput(lines) {
  const events = [];
  let findPending = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const line = i + 1;
    const start = firstChar(raw);
    if (!start) continue;
    const text = raw.trim();
    if (findPending && PYTHON_PATH.test(text)) {
      events.push({ type: "selected", tool: "uv", line, path: text, version: null });
      findPending = false;
      continue;
    }
    findPending = FIND_COMMAND.test(text);
    if (start === "u") {
      const version = VERSION.exec(text);
      if (version)
        events.push({ type: "tool-version", tool: "uv", line, version: version[1] ?? "" });
    } else if (start === "[" || start === "{") {
      events.push(...listJson(text, line));
    } else if (start === "c" || start === "p" || start === "g") {
      const key = KEY.exec(text);
      if (key) {
        const rest = text.slice(key[0].length).trim();
        if (rest && !rest.startsWith("<download available>") && !/^https?:\/\//.test(rest)) {
          const path = rest.split(" -> ")[0] ?? rest;
          events.push({
            type: "found",
            tool: "uv",
            line,
            key: key[1] ?? null,
            version: key[2] ?? null,
            path,
            source: "uv python list"
          });
        }
      }
    }
  }
  return events;
}
function listJson(text, line) {
  if (text.length > MAX_JSON || !text.includes('"key"')) return [];
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const entries = Array.isArray(data) ? data : Object.values(data ?? {}).find((v) => Array.isArray(v));
  if (!Array.isArray(entries)) return [];
  const events = [];
  for (const entry of entries.slice(0, 500)) {
    if (typeof entry?.key !== "string" || typeof entry.path !== "string") continue;
    events.push({
      type: "found",
      tool: "uv",
      line,
      key: entry.key,
      version: typeof entry.version === "string" ? entry.version : null,
      path: entry.path,
      source: "uv python list"
    });
  }
  return events;
}

// src/core/triage/grammars/virtualenv.ts
var PREFIX = /^(?:[\w.-]+: )?\d+ (?:[DIWEC] )?/;
var SUFFIX = /^ \[(?:(?:DEBUG|INFO|WARNING|ERROR|CRITICAL|NOTSET) +)?[\w./\\-]+:\d+\]$/;
var INFO = /^(proposed|accepted) (\w*PythonInfo)\((.*)\)$/;
var SPEC_VERSION = /^([A-Za-z]+)(\d+)\.(\d+)\.(\d+)\.\w+\.\d+(t?)(d?)-/;
function parseVirtualenv(lines) {
  const events = [];
  const proposed = /* @__PURE__ */ new Map();
  const accepted = /* @__PURE__ */ new Set();
  let request = null;
  let failed = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    if (!raw || !(isDigit(raw.charCodeAt(0)) || raw.includes(": ") || raw.startsWith("virtualenv ")))
      continue;
    const lineNo = i + 1;
    const version = /^virtualenv (\d+\.\d+(?:\.\d+)?\S*) from /.exec(raw);
    if (version) {
      events.push({
        type: "tool-version",
        tool: "virtualenv",
        line: lineNo,
        version: version[1] ?? ""
      });
      continue;
    }
    const runtime = /RuntimeError: failed to find interpreter for (.+)$/.exec(raw);
    if (runtime) {
      failed = true;
      const message2 = `failed to find interpreter for ${(runtime[1] ?? "").replace(/ \[ERROR [^\]]*\]$/, "")}`;
      events.push({
        type: "final-error",
        tool: "virtualenv",
        line: lineNo,
        message: message2,
        causes: [],
        hints: []
      });
      continue;
    }
    const message = recordMessage(raw);
    if (message === null) continue;
    if (message.startsWith("find interpreter for spec ")) {
      request = message.slice(26);
      events.push({
        type: "request",
        tool: "virtualenv",
        line: lineNo,
        request: requestOfSpec(request),
        origin: null
      });
      continue;
    }
    const info = INFO.exec(message);
    if (info) {
      const fields = infoFields(info[3] ?? "");
      const path = fields.exe ?? "";
      if (!path) continue;
      const spec = fields.spec ?? "";
      if (info[1] === "proposed") {
        if (!proposed.has(path)) proposed.set(path, { line: lineNo, spec });
        events.push({
          type: "found",
          tool: "virtualenv",
          line: lineNo,
          path,
          key: spec || null,
          version: versionOfSpec(spec),
          source: fields.system ? `system=${fields.system}` : null
        });
      } else {
        accepted.add(path);
        events.push({
          type: "selected",
          tool: "virtualenv",
          line: lineNo,
          path,
          version: versionOfSpec(spec)
        });
      }
      continue;
    }
    const query = /^failed to query (.+?) with code (-?\d+) err: (.*)$/.exec(message);
    if (query) {
      const path = query[1] ?? "";
      const detail = clip(`exit code ${query[2]}: ${unquote(query[3] ?? "")}`, 2e3);
      events.push({
        type: "query-failed",
        tool: "virtualenv",
        line: lineNo,
        path,
        detail,
        reasonKind: failureKind(detail, path)
      });
      continue;
    }
    if (message.startsWith("discover PATH[")) {
      const eq = message.indexOf("]=");
      if (eq > 0)
        events.push({
          type: "search",
          tool: "virtualenv",
          line: lineNo,
          request: request ? requestOfSpec(request) : null,
          scope: `PATH entry ${message.slice(eq + 2)}`
        });
    }
  }
  if (failed || accepted.size > 0) {
    for (const [path, { line, spec }] of proposed) {
      if (accepted.has(path)) continue;
      const variant = request !== null && /(free_threaded=True|debug=True)/.test(request);
      events.push({
        type: "skipped",
        tool: "virtualenv",
        line,
        path,
        reason: `${spec || "interpreter"} does not match ${request ?? "the spec"}`,
        reasonKind: variant ? "variant-mismatch" : "version-mismatch",
        source: null
      });
    }
  }
  return events;
}
function recordMessage(raw) {
  const prefix = PREFIX.exec(raw);
  if (!prefix) return null;
  const open = raw.lastIndexOf(" [");
  if (open < prefix[0].length || !SUFFIX.test(raw.slice(open))) return null;
  return raw.slice(prefix[0].length, open);
}
function infoFields(body) {
  const fields = {};
  for (const part of body.split(", ")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const key = part.slice(0, eq);
    if (key === "spec" || key === "exe" || key === "system" || key === "original")
      fields[key] = part.slice(eq + 1);
  }
  return fields;
}
function versionOfSpec(spec) {
  const m = SPEC_VERSION.exec(spec);
  return m ? `${m[2]}.${m[3]}.${m[4]}` : null;
}
function requestOfSpec(spec) {
  const impl = /implementation=(\w+)/.exec(spec)?.[1];
  const major = /major=(\d+)/.exec(spec)?.[1];
  const minor = /minor=(\d+)/.exec(spec)?.[1];
  const path = /path=([^,)]+)/.exec(spec)?.[1];
  if (path) return path;
  const version = [major, minor].filter(Boolean).join(".");
  const flags = `${/free_threaded=True/.test(spec) ? "t" : ""}${/debug=True/.test(spec) ? "d" : ""}`;
  return [impl, version ? `${version}${flags}` : ""].filter(Boolean).join(" ") || spec;
}
function unquote(text) {
  const t = text.trim();
  const inner = t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
  return inner.replace(/\\n/g, "\n").trim();
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}

// src/core/triage/grammars/index.ts
var PLAIN_GRAMMARS = [
  parseUvOutput,
  parseVirtualenv,
  parsePdm,
  parsePoetry,
  parseTox,
  parsePipx,
  parsePyenv
];
var MAX_EVENTS = 5e3;
function parseLogs(text) {
  const lines = splitLines(text);
  const plain = lines.map((line) => levelLength(line) > 0 ? "" : line);
  const events = [...parseUv(lines), ...PLAIN_GRAMMARS.flatMap((grammar) => grammar(plain))];
  events.sort((a, b) => a.line - b.line);
  return events.length > MAX_EVENTS ? events.slice(0, MAX_EVENTS) : events;
}

export {
  parseLogs
};
