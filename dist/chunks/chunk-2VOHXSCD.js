import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  clip,
  failureKind
} from "./chunk-IDZS62K4.js";

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
function prepareLines(lines) {
  let out = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fixed = prepared(line);
    if (fixed !== line) (out ??= lines.slice())[i] = fixed;
  }
  return out ?? lines;
}
function prepared(raw) {
  let line = raw;
  if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
  if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
  return line;
}
function backticked(text, from = 0) {
  const start = text.indexOf("`", from);
  if (start < 0) return null;
  const end = text.indexOf("`", start + 1);
  if (end < 0) return null;
  return { value: text.slice(start + 1, end), end: end + 1 };
}
function withoutEdgeBackticks(text) {
  const start = text.charCodeAt(0) === 96 ? 1 : 0;
  const end = text.length > start && text.charCodeAt(text.length - 1) === 96 ? -1 : void 0;
  return start || end ? text.slice(start, end) : text;
}
function clip2(text, max = 500) {
  return clip(text, max);
}
function levelLength(raw) {
  let at = 0;
  while (at < 12 && (raw.charCodeAt(at) === 32 || raw.charCodeAt(at) === 9)) at++;
  return levelLengthAt(raw, at);
}
function levelLengthAt(raw, at) {
  if (at > 12) return 0;
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
function indentOf(line) {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return i;
}
function digitsThenSpace(line, at) {
  let i = at;
  while (isDigitCode(line.charCodeAt(i))) i++;
  return i > at && line.charCodeAt(i) === 32;
}
function isDigitCode(code) {
  return code >= 48 && code <= 57;
}
function isSpaceCode(c) {
  if (c < 128) return c === 32 || c >= 9 && c <= 13;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function isPythonLogRecord(raw, level = levelLength(raw)) {
  if (level === 0) return false;
  let at = level;
  while (raw.charCodeAt(at) === 32) at++;
  return raw.startsWith("python_discovery", at) || raw.startsWith("virtualenv", at);
}
var RUNNER_PREFIX = /^(?:#\d{1,5} \d{1,7}\.\d{1,4} |\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z )/;
function withoutRunnerPrefix(line) {
  const c = line.charCodeAt(0);
  if (c !== 35 && (c < 48 || c > 57)) return line;
  if (c === 35 ? !isDigitCode(line.charCodeAt(1)) : line.charCodeAt(4) !== 45) return line;
  const m = RUNNER_PREFIX.exec(line);
  return m ? line.slice(m[0].length) : line;
}
function contentStartingWith(line, starts) {
  const at = indentOf(line);
  const code = line.charCodeAt(at);
  if (code === 35 || isDigitCode(code)) {
    const rest = withoutRunnerPrefix(at > 0 ? line.slice(at) : line);
    if (rest.length !== line.length - at) {
      const trimmed = rest.trim();
      return codeIn(starts, trimmed.charCodeAt(0)) ? trimmed : null;
    }
  }
  return codeIn(starts, code) ? line.trim() : null;
}
var DIGITS = "0123456789";
var RUNNER_PREFIX_STARTS = `#${DIGITS}`;
function charTable(chars) {
  const ascii = new Uint8Array(128);
  const other = /* @__PURE__ */ new Set();
  for (const c of chars) {
    const code = c.charCodeAt(0);
    if (code < 128) ascii[code] = 1;
    else other.add(code);
  }
  return { ascii, other };
}
function codeIn(table, code) {
  return code < 128 ? table.ascii[code] === 1 : table.other.has(code);
}
function startsWithOneOf(line, table) {
  return codeIn(table, line.charCodeAt(indentOf(line)));
}
function inLineOrder(lists) {
  let total = 0;
  let last = 0;
  let single = null;
  let nonEmpty = 0;
  for (const list of lists) {
    if (!list.length) continue;
    nonEmpty++;
    single = list;
    total += list.length;
    for (const e of list) {
      const line = e.line;
      if (!(line >= 0 && Number.isInteger(line))) return merged(lists);
      if (line > last) last = line;
    }
  }
  if (nonEmpty === 1 && single && isInLineOrder(single)) return single;
  if (total === 0) return [];
  if (last > 4 * total + 4096) return merged(lists);
  const starts = new Int32Array(last + 2);
  for (const list of lists)
    for (const e of list) starts[e.line + 1] = starts[e.line + 1] + 1;
  for (let line = 1; line <= last + 1; line++)
    starts[line] = starts[line] + starts[line - 1];
  const out = new Array(total);
  for (const list of lists) {
    for (const e of list) {
      const at = starts[e.line];
      starts[e.line] = at + 1;
      out[at] = e;
    }
  }
  return out;
}
function merged(lists) {
  let out = [];
  for (const list of lists) {
    if (!list.length) continue;
    const sorted = isInLineOrder(list) ? list : list.sort((a, b) => a.line - b.line);
    out = out.length ? mergeByLine(out, sorted) : sorted;
  }
  return out;
}
function isInLineOrder(list) {
  for (let i = 1; i < list.length; i++)
    if (list[i].line < list[i - 1].line) return false;
  return true;
}
function mergeByLine(first, second) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const a = first[i];
    const b = second[j];
    if (b.line < a.line) {
      out.push(b);
      j++;
    } else {
      out.push(a);
      i++;
    }
  }
  while (i < first.length) out.push(first[i++]);
  while (j < second.length) out.push(second[j++]);
  return out;
}

// src/core/triage/grammars/conda.ts
var STARTING = "cmlECD";
var STARTS = charTable(STARTING);
var CONDA_LINES = { starts: STARTING };
var VERSION = /^(conda|micromamba|mamba)(?: version :|,? version)? (\d+\.\d+(?:\.\d+)?\S*)$/;
var INFO_VERSION = /^(conda|micromamba|libmamba) version : (\d+\.\d+(?:\.\d+)?\S*)$/;
var NOT_AN_ENV = /^(?:EnvironmentLocationNotFound|DirectoryNotACondaEnvironmentError): (Not a conda environment|No such file or directory|[^:]{1,80}): (.+)$/;
var NO_ENV = /^(?:(?:CondaEnvironmentNotFoundError|EnvironmentNameNotFound): )?(Could not find (?:conda )?environment: .+)$/;
function parseConda(lines, only) {
  const events = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const line0 = lines[i] ?? "";
    if (!line0 || !startsWithOneOf(line0, STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    const version = raw.includes(" version :") ? INFO_VERSION.exec(raw) : raw.length < 60 ? VERSION.exec(raw) : null;
    if (version) {
      const name = version[1] === "libmamba" || version[1] === "mamba" ? "micromamba" : version[1];
      events.push({
        type: "tool-version",
        tool: name,
        line,
        version: version[2] ?? ""
      });
      continue;
    }
    const notEnv = raw.startsWith("E") || raw.startsWith("D") ? NOT_AN_ENV.exec(raw) : null;
    if (notEnv) {
      events.push({
        type: "rejected",
        tool: "conda",
        line,
        path: (notEnv[2] ?? "").trim(),
        reason: notEnv[1] ?? "",
        reasonKind: "other",
        source: null,
        plain: true
      });
      continue;
    }
    const noEnv = raw.includes("ould not find") ? NO_ENV.exec(raw) : null;
    if (noEnv)
      events.push({
        type: "final-error",
        tool: "conda",
        line,
        message: noEnv[1] ?? "",
        causes: [],
        hints: []
      });
  }
  return events;
}

// src/core/triage/grammars/hatch.ts
var STARTING2 = "HE";
var STARTS2 = charTable(STARTING2);
var HATCH_LINES = { starts: STARTING2 };
function parseHatch(lines, only) {
  const events = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const line0 = lines[i] ?? "";
    if (!line0 || !startsWithOneOf(line0, STARTS2)) continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = raw.startsWith("Hatch, version ") ? /^Hatch, version (\d+\.\d+\S*)/.exec(raw) : null;
    if (m) {
      events.push({ type: "tool-version", tool: "hatch", line, version: m[1] ?? "" });
      continue;
    }
    m = raw.startsWith("Environment `") ? /^Environment `([^`]+)` is incompatible: (.+)$/.exec(raw) : null;
    if (m)
      events.push({
        type: "final-error",
        tool: "hatch",
        line,
        message: `Environment \`${m[1]}\` is incompatible: ${m[2]}`,
        causes: [],
        hints: []
      });
  }
  return events;
}

// src/core/triage/grammars/pdm.ts
var PATHLIKE = /^(?:\/|~|[A-Za-z]:[\\/]|\.{1,2}[\\/])/;
var PDM_STARTING = "P[IWRfUT";
var FINDPYTHON_STARTING = "pijams";
var PDM_STARTS = charTable(PDM_STARTING);
var FINDPYTHON_STARTS = charTable(FINDPYTHON_STARTING);
var PDM_LINES = { starts: DIGITS + PDM_STARTING + FINDPYTHON_STARTING };
var SAVED = "saved interpreter (.pdm-python)";
var PROJECT_VENVS = "project virtualenvs";
function parsePdm(lines, only) {
  const events = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const line0 = lines[i] ?? "";
    if (!line0 || !mayBePdm(line0)) continue;
    const raw = line0.trim();
    const line = i + 1;
    const first = raw.charCodeAt(0);
    const listItem = isDigitCode(first);
    let m = raw.startsWith("PDM, version ") ? /^PDM, version (\d+\.\d+\S*)/.exec(raw) : null;
    if (m) {
      events.push({ type: "tool-version", tool: "pdm", line, version: m[1] ?? "" });
      continue;
    }
    m = listItem ? /^\d+\. (\S.*) \((\d+\.\d+(?:\.\d+)?)\)$/.exec(raw) : null;
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
    m = listItem ? /^\d+\. (\w+)@(\d+(?:\.\d+)+\S*) \((\S.*)\)$/.exec(raw) : null;
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
    m = raw.includes("Using ") ? /(?:^|: )Using (?:Global )?(?:Python interpreter|the first matched interpreter): (\S.*?) \((\d+\.\d+(?:\.\d+)?)\)/.exec(
      raw
    ) : null;
    if (m) {
      events.push({ type: "selected", tool: "pdm", line, path: m[1] ?? "", version: m[2] ?? null });
      continue;
    }
    if (raw.startsWith("Run command: [")) {
      const base = venvBase(raw);
      if (base) events.push({ type: "selected", tool: "pdm", line, path: base, version: null });
      continue;
    }
    const note = first === 73 || first === 87 ? /^(?:INFO|WARNING): (.+)$/.exec(raw)?.[1] : first === 84 && raw.startsWith("The saved Python interpreter ") ? raw : void 0;
    if (note) {
      const next = (lines[i + 1] ?? "").trim();
      const whole = !/[.!?]$/.test(note) && /^[a-z]/.test(next) ? `${note} ${next}` : note;
      const event2 = noteEvent(whole, line);
      if (event2) events.push(event2);
      continue;
    }
    m = first === 91 ? /^\[(NoPythonVersion|InvalidPyVersion|PdmUsageError|PdmArgumentError|VirtualenvCreateError)\]: (.+)$/.exec(
      raw
    ) : null;
    if (m) {
      const message = m[2] ?? "";
      const invalid = /^Invalid Python interpreter: (\S.*)$/.exec(message);
      if (invalid)
        events.push({
          type: "rejected",
          tool: "pdm",
          line,
          path: invalid[1] ?? "",
          reason: "Invalid Python interpreter",
          reasonKind: "query-failed",
          source: null,
          plain: true
        });
      events.push({ type: "final-error", tool: "pdm", line, message, causes: [], hints: [] });
      continue;
    }
    if (raw.startsWith("findpython-DEBUG: ")) {
      const event2 = findpythonDebug(raw.slice(18), line);
      if (event2) events.push(event2);
      continue;
    }
    m = raw.includes(" @ ") ? /^(\S+) (\d+\.\d+\.\d+\S*) @ (\S.*)$/.exec(raw) : null;
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
function mayBePdm(line) {
  const at = indentOf(line);
  const code = line.charCodeAt(at);
  if (isDigitCode(code)) {
    let i = at;
    while (isDigitCode(line.charCodeAt(i))) i++;
    return line.charCodeAt(i) === 46 && line.charCodeAt(i + 1) === 32;
  }
  return codeIn(PDM_STARTS, code) || codeIn(FINDPYTHON_STARTS, code) && line.includes(" @ ");
}
function noteEvent(note, line) {
  const dropped = (path, type, reason) => ({
    type,
    tool: "pdm",
    line,
    path,
    reason,
    reasonKind: type === "skipped" ? "version-mismatch" : "query-failed",
    source: null,
    plain: true
  });
  if (note.startsWith("The saved Python interpreter doesn't match the project's requirement"))
    return dropped(SAVED, "skipped", note);
  if (note.startsWith("The saved Python interpreter does not exist or broken"))
    return dropped(SAVED, "rejected", note);
  if (/cannot be matched to the right version/.test(note))
    return dropped(PROJECT_VENVS, "skipped", note);
  return null;
}
function venvBase(raw) {
  const args = [...raw.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map(
    (m) => (m[1] ?? "").replace(/\\\\/g, "\\")
  );
  const flag = args.findIndex((a) => a === "-p" || a === "--python");
  if (flag >= 0 && (args.includes("virtualenv") || args.includes("venv")))
    return args[flag + 1] ?? null;
  if (args[1] === "-m" && args[2] === "venv") return args[0] ?? null;
  return null;
}
function findpythonDebug(message, line) {
  const run = /^Running script: \[(['"])(.+?)\1, /.exec(message);
  if (run)
    return {
      type: "found",
      tool: "findpython",
      line,
      path: (run[2] ?? "").replace(/\\\\/g, "\\"),
      key: null,
      version: null,
      source: null
    };
  const provider = /^Provider (\w+) is not available/.exec(message);
  if (provider)
    return {
      type: "search",
      tool: "findpython",
      line,
      request: null,
      scope: `${provider[1]} (not available)`
    };
  return null;
}

// src/core/triage/grammars/pet.ts
var PET_LINES = { starts: `E[${DIGITS}` };
var RECORD = /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z (?:TRACE|DEBUG|INFO|WARN|ERROR) +(pet[\w:]*)\] (.*)$/;
var UPTIME_RECORD = /^\d{1,9}\.\d{1,9}s +(?:TRACE|DEBUG|INFO|WARN|ERROR) +(pet[\w:]*): (.*)$/;
var FIELD = /^ {2,}(Executable|Prefix|Error) *: (.*)$/;
var QUOTED = /^"((?:[^"\\]|\\.)+)"/;
function parsePet(lines, only) {
  const events = [];
  let searched = false;
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const raw = lines[i] ?? "";
    const first = raw.charCodeAt(0);
    if (first === 69) {
      const kind = raw.startsWith("Environment (") ? /^Environment \((\w+)\)$/.exec(raw.trimEnd())?.[1] : void 0;
      if (kind) events.push(...environmentEvents(environmentAt(lines, i, kind)));
      continue;
    }
    const at = first === 32 ? indentOf(raw) : 0;
    const record = first === 91 ? RECORD.exec(raw) : isDigitCode(raw.charCodeAt(at)) ? UPTIME_RECORD.exec(at ? raw.slice(at) : raw) : null;
    if (!record) continue;
    const line = i + 1;
    if (!searched) {
      searched = true;
      events.push({
        type: "search",
        tool: "python-environment-tools",
        line,
        request: null,
        scope: "pet locators"
      });
    }
    const event2 = petMessage(record[2] ?? "", "python-environment-tools", line);
    if (event2) events.push(event2);
  }
  return events;
}
function environmentAt(lines, at, kind) {
  const env = { line: at + 1, kind };
  for (let i = at + 1; i < lines.length && (lines[i] ?? "").charCodeAt(0) === 32; i++) {
    const field = FIELD.exec(lines[i] ?? "");
    if (!field) continue;
    const value = (field[2] ?? "").trim();
    if (field[1] === "Executable") env.exe = value;
    else if (field[1] === "Prefix") env.prefix = value;
    else env.error = value;
  }
  return env;
}
function environmentEvents(env) {
  const path = env.exe ?? env.prefix;
  if (!path) return [];
  const tool = "python-environment-tools";
  const found2 = {
    type: "found",
    tool,
    line: env.line,
    path,
    key: null,
    version: null,
    source: env.kind,
    plain: true
  };
  if (!env.error) return [found2];
  return [
    found2,
    {
      type: "rejected",
      tool,
      line: env.line,
      path,
      reason: env.error,
      reasonKind: failureKind(env.error, path),
      source: env.kind,
      plain: true
    }
  ];
}
function petMessage(relayed, tool, line) {
  const head = UPTIME_HEAD.exec(relayed);
  const message = head ? relayed.slice(head[0].length) : relayed;
  const found2 = (path, source) => ({
    type: "found",
    tool,
    line,
    path,
    key: null,
    version: null,
    source
  });
  const search2 = (scope) => ({
    type: "search",
    tool,
    line,
    request: null,
    scope
  });
  let m = /^Discovered env: (\S.*)$/.exec(message);
  if (m) return found2(m[1] ?? "", "pet");
  if (message.startsWith("Reporting Environment ")) {
    const at = message.indexOf('executable: Some("');
    const exe = at < 0 ? null : QUOTED.exec(message.slice(at + 17));
    return exe ? found2(unescapeDebug(exe[1] ?? ""), "pet") : null;
  }
  m = /^Env \("((?:[^"\\]|\\.)+)"\) in Path resolved as/.exec(message);
  if (m) return found2(unescapeDebug(m[1] ?? ""), "PATH");
  m = /^Executed Python "((?:[^"\\]|\\.)+)"/.exec(message);
  if (m) return found2(unescapeDebug(m[1] ?? ""), "executed");
  m = /^Getting homebrew python info for "((?:[^"\\]|\\.)+)"/.exec(message);
  if (m) return found2(unescapeDebug(m[1] ?? ""), "Homebrew");
  m = /^(?:Completed searching|Searching) using locator: (\w+)/.exec(message);
  if (m) return search2(`locator ${m[1]}`);
  m = /^Locator (\w+) took /.exec(message);
  if (m) return search2(`locator ${m[1]}`);
  m = /^Failed to resolve env "?((?:[^"\\]|\\.)+?)"?(?:, returning discovered env|$)/.exec(message);
  if (m)
    return {
      type: "rejected",
      tool,
      line,
      path: unescapeDebug(m[1] ?? ""),
      reason: "Failed to resolve env",
      reasonKind: "query-failed",
      source: null
    };
  m = /^(?:Failed to (?:execute|spawn) Python to resolve info|Failed to wait on Python interpreter spawn for|Python Execution for) "((?:[^"\\]|\\.)+)"(.*)$/.exec(
    message
  );
  if (m) {
    const path = unescapeDebug(m[1] ?? "");
    const detail = clip2(message.replace(` "${m[1]}"`, ""), 2e3);
    return {
      type: "query-failed",
      tool,
      line,
      path,
      detail,
      reasonKind: failureKind(detail, path)
    };
  }
  m = /^Could not find Python executable in "((?:[^"\\]|\\.)+)"/.exec(message);
  if (m)
    return {
      type: "rejected",
      tool,
      line,
      path: unescapeDebug(m[1] ?? ""),
      reason: "Could not find Python executable",
      reasonKind: "other",
      source: null
    };
  m = /^Python executable \((.+?)\) file not found for (\S+)/.exec(message);
  if (m)
    return {
      type: "rejected",
      tool,
      line,
      path: m[1] ?? "",
      reason: `file not found for ${m[2]}`,
      reasonKind: "other",
      source: "registry"
    };
  return null;
}
var UPTIME_HEAD = /^\s{0,4}\d{1,9}\.\d{1,9}s +(?:TRACE|DEBUG|INFO|WARN|ERROR) +pet[\w:]*: /;
function unescapeDebug(path) {
  return path.includes("\\") ? path.replace(/\\(["\\])/g, "$1") : path;
}

// src/core/triage/grammars/pip.ts
var STARTING3 = "EC";
var STARTS3 = charTable(STARTING3);
var PIP_LINES = { starts: STARTING3 };
function parsePip(lines, only) {
  const events = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const raw = lines[i] ?? "";
    if (!raw || !startsWithOneOf(raw, STARTS3) || !raw.includes("Could not locate Python interpreter"))
      continue;
    const m = /^\s*(?:ERROR: )?(Could not locate Python interpreter \S.*)$/.exec(raw);
    if (m)
      events.push({
        type: "final-error",
        tool: "pip",
        line: i + 1,
        message: m[1] ?? "",
        causes: [],
        hints: []
      });
  }
  return events;
}

// src/core/triage/grammars/pipenv.ts
var STARTING4 = "UPFWEp\u2718";
var PIPENV_STARTS = charTable(STARTING4);
var PIPENV_LINES = { starts: STARTING4 };
function parsePipenv(lines, only) {
  const events = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const line0 = lines[i] ?? "";
    if (!line0 || !startsWithOneOf(line0, PIPENV_STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    const first = raw.charAt(0);
    let m = raw.startsWith("pipenv, version ") ? /^pipenv, version (\d+\.\d+\S*)/.exec(raw) : null;
    if (m) {
      events.push({ type: "tool-version", tool: "pipenv", line, version: m[1] ?? "" });
      continue;
    }
    m = raw.startsWith("Using python: ") ? /^Using python: (\S.*)$/.exec(raw) : null;
    if (m) {
      events.push({ type: "search", tool: "pipenv", line, request: m[1] ?? null, scope: "system" });
      continue;
    }
    m = raw.startsWith("Path to python: ") || raw.startsWith("Found Python using py launcher: ") ? /^(?:Path to python|Found Python using py launcher): (\S.*)$/.exec(raw) : null;
    if (m) {
      if (m[1] !== "None")
        events.push({
          type: "found",
          tool: "pipenv",
          line,
          path: m[1] ?? "",
          key: null,
          version: null,
          source: raw.startsWith("Found") ? "py launcher" : null
        });
      continue;
    }
    m = raw.startsWith("Found Python satisfying ") ? /^Found Python satisfying (\S+): (\S.*)$/.exec(raw) : null;
    if (m) {
      events.push({
        type: "found",
        tool: "pipenv",
        line,
        path: m[2] ?? "",
        key: m[1] ?? null,
        version: null,
        source: null,
        plain: true
      });
      continue;
    }
    m = first === "U" && raw.includes(" to create virtualenv") ? /^Using (?:default python from )?(\S.*?) (?:\(?(\d+\.\d+[\w.+-]*)\)? )?to create virtualenv/.exec(
      raw
    ) : null;
    if (m) {
      events.push({
        type: "selected",
        tool: "pipenv",
        line,
        path: m[1] ?? "",
        version: m[2] ?? null,
        plain: true
      });
      continue;
    }
    m = first === "\u2718" || raw.startsWith("Warning: Python ") || raw.startsWith("Error: No installed Python satisfies ") ? /^(?:✘ )?(?:Warning: Python (\S+) was not found on your system|Error: No installed Python satisfies (\S+))/.exec(
      raw
    ) : null;
    if (m)
      events.push({
        type: "final-error",
        tool: "pipenv",
        line,
        message: raw.replace(/^(?:✘ )?(?:Warning|Error): /, ""),
        causes: [],
        hints: []
      });
  }
  return events;
}

// src/core/triage/grammars/pipx.ts
var STARTING5 = "p('\u26A0NP";
var PIPX_STARTS = charTable(STARTING5);
var PIPX_LINES = { starts: STARTING5 };
var RECORD2 = /^(?:pipx > ?)?\(\w+:\d+\): /;
function parsePipx(lines, only) {
  const events = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const line0 = lines[i] ?? "";
    if (!line0 || !startsWithOneOf(line0, PIPX_STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    const first = raw.charAt(0);
    const record = first === "(" || raw.startsWith("pipx >") ? RECORD2.exec(raw) : null;
    if (record) {
      const event2 = recordEvent(raw.slice(record[0].length), line);
      if (event2) events.push(event2);
      continue;
    }
    const m = first === "'" && raw.endsWith("' failed") ? /^'(\S+) -m venv [^']*' failed$/.exec(raw) : null;
    if (m) {
      events.push({ type: "final-error", tool: "pipx", line, message: raw, causes: [], hints: [] });
      continue;
    }
    if (first === "\u26A0" ? /^(?:⚠️\s*)?No executable for the provided Python version '[^']+' found/.test(raw) || /^(?:⚠️\s*)?Python interpreter not found/.test(raw) || /^(?:⚠️\s*)?No suitable Python found/.test(raw) : raw.startsWith("No executable for the provided Python version '") && /^No executable for the provided Python version '[^']+' found/.test(raw) || raw.startsWith("Python interpreter not found") || raw.startsWith("No suitable Python found")) {
      const message = raw.replace(/^⚠️\s*/, "");
      events.push({ type: "final-error", tool: "pipx", line, message, causes: [], hints: [] });
      const version = /^No executable for the provided Python version '([^']+)' found/.exec(
        message
      );
      if (version)
        events.push({
          type: "skipped",
          tool: "pipx",
          line,
          path: version[1] ?? "",
          reason: message,
          reasonKind: "other",
          source: "py launcher",
          plain: true
        });
    }
  }
  return events;
}
function recordEvent(message, line) {
  let m = message.startsWith("pipx version is ") ? /^pipx version is (\d+\.\d+\S*)/.exec(message) : null;
  if (m) return { type: "tool-version", tool: "pipx", line, version: m[1] ?? "" };
  m = message.startsWith("Default python interpreter is '") ? /^Default python interpreter is '([^']+)'/.exec(message) : null;
  if (m)
    return {
      type: "found",
      tool: "pipx",
      line,
      path: m[1] ?? "",
      key: null,
      version: null,
      source: "default"
    };
  m = message.startsWith("running ") ? /^running (\S+) -m venv /.exec(message) : null;
  if (m)
    return {
      type: "found",
      tool: "pipx",
      line,
      path: m[1] ?? "",
      key: null,
      version: null,
      source: "venv creation",
      ranOnly: true
    };
  m = message.startsWith("Command `") ? /^Command `([^`]+)` was not found on the system/.exec(message) : null;
  if (m)
    return {
      type: "search",
      tool: "pipx",
      line,
      request: m[1] ?? null,
      scope: "PATH (not found)"
    };
  m = message.startsWith("The command '") ? /^The command '([^']+)' located at '([^']+)' will be used/.exec(message) : null;
  if (m)
    return {
      type: "found",
      tool: "pipx",
      line,
      path: m[2] ?? "",
      key: m[1] ?? null,
      version: null,
      source: "PATH"
    };
  return null;
}

// src/core/triage/grammars/poetry.ts
var STARTING6 = "PTFCUNSEV";
var POETRY_STARTS = charTable(STARTING6);
var POETRY_LINES = { starts: STARTING6 };
function parsePoetry(lines, only) {
  const events = [];
  let lastFound = null;
  let section = null;
  let consumed = -1;
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const line0 = lines[i] ?? "";
    if (!line0 || i <= consumed) continue;
    if (!startsWithOneOf(line0, POETRY_STARTS)) continue;
    const raw = line0.trim();
    const line = i + 1;
    const first = raw.charAt(0);
    let m = raw.startsWith("Poetry (version ") ? /^Poetry \(version (\d+\.\d+\S*)\)/.exec(raw) : null;
    if (m) {
      events.push({ type: "tool-version", tool: "poetry", line, version: m[1] ?? "" });
      continue;
    }
    if (raw === "Trying to detect current active python executable as specified in the config.") {
      events.push({
        type: "search",
        tool: "poetry",
        line,
        request: "the active python",
        scope: "virtualenvs.prefer-active-python"
      });
      continue;
    }
    m = raw.startsWith("Found: ") ? /^Found: (\S.*)$/.exec(raw) : null;
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
    m = raw.startsWith("Trying python") ? /^Trying (python[\d.]*)$/.exec(raw) : null;
    if (m) {
      events.push({
        type: "search",
        tool: "poetry",
        line,
        request: m[1] ?? "",
        scope: "PATH"
      });
      continue;
    }
    const using = raw.startsWith("Using ");
    m = using ? /^Using ((?:python|pypy)[\w.]*) \((\d+\.\d+\.\d+\S*)\)$/.exec(raw) : null;
    if (m) {
      events.push({
        type: "selected",
        tool: "poetry",
        line,
        path: m[1] ?? "",
        version: m[2] ?? null,
        plain: true
      });
      continue;
    }
    m = (first === "T" || first === "C") && raw.includes(" Python version ") ? /^(?:The currently activated|The current|Current|The specified) Python version \(?(\d+\.\d+\.\d+\S*?)\)? is not (?:supported|allowed) by the project \((.+)\)\.?$/.exec(
      raw
    ) : null;
    if (m) {
      events.push({
        type: "skipped",
        tool: "poetry",
        line,
        path: lastFound ?? `Python ${m[1]}`,
        // The tool's own words, whole.
        reason: raw.replace(/\.$/, ""),
        reasonKind: "version-mismatch",
        source: null,
        plain: true
      });
      continue;
    }
    if (raw === "Virtualenv" || raw === "System") {
      section = raw === "System" ? "system" : "virtualenv";
      continue;
    }
    m = raw.startsWith("Executable: ") ? /^Executable: +(\S.*)$/.exec(raw) : null;
    if (m) {
      if (section === "system")
        events.push({ type: "selected", tool: "poetry", line, path: m[1] ?? "", version: null });
      continue;
    }
    m = using ? /^Using virtualenv: (\S.*)$/.exec(raw) : null;
    if (m) {
      events.push({ type: "selected", tool: "poetry", line, path: m[1] ?? "", version: null });
      continue;
    }
    m = raw.startsWith("Command 'python") ? /^Command '(python[\d.]*) -c "import sys; print\(sys\.executable\)"' returned non-zero exit status (\d+)/.exec(
      raw
    ) : null;
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
    m = raw.startsWith("Could not find the python executable ") ? /^Could not find the python executable (\S+)/.exec(raw) : null;
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
    if (raw.startsWith("NoCompatiblePythonVersionFound")) {
      consumed = i + 1;
      while (consumed < lines.length && !(lines[consumed] ?? "").trim()) consumed++;
      events.push({
        type: "final-error",
        tool: "poetry",
        line,
        message: (lines[consumed] ?? "").trim() || "NoCompatiblePythonVersionFound",
        causes: [],
        hints: []
      });
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
var PYENV_LINES = { starts: "p+" };
var TRACE = /^\++ ?(?:\[([\w.-]+):\d+\]|\((\S+?):\d+\):) ?(.*)$/;
function parsePyenv(lines, only) {
  const events = [];
  let traced = false;
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const line0 = lines[i] ?? "";
    const first = line0 ? line0.charCodeAt(indentOf(line0)) : 0;
    if (first !== 112 && first !== 43) continue;
    const raw = line0.trim();
    const line = i + 1;
    if (first === 43) {
      const trace = TRACE.exec(raw);
      const script = trace ? (trace[1] ?? trace[2] ?? "").replace(/^.*\//, "") : "";
      if (!trace || !script.startsWith("pyenv")) continue;
      if (!traced) {
        traced = true;
        events.push({
          type: "search",
          tool: "pyenv",
          line,
          request: null,
          scope: "PYENV_DEBUG trace"
        });
      }
      const event2 = traceEvent(script, trace[3] ?? "", line);
      if (event2) events.push(event2);
      continue;
    }
    if (!raw.startsWith("pyenv")) continue;
    let m = /^pyenv: (python[\w.-]*|pypy[\w.-]*): command not found$/.exec(raw);
    if (m) {
      events.push({
        type: "query-failed",
        tool: "pyenv",
        line,
        path: m[1] ?? "",
        detail: raw,
        reasonKind: "query-failed",
        interpreterKind: "shim",
        plain: true
      });
      continue;
    }
    m = /^pyenv: version `([^']+)' is not installed \(set by (.+)\)$/.exec(raw);
    if (m) {
      events.push({
        type: "skipped",
        tool: "pyenv",
        line,
        path: m[1] ?? "",
        reason: raw.slice(7),
        reasonKind: "other",
        source: `set by ${m[2]}`,
        plain: true
      });
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
function traceEvent(script, command, line) {
  const path = /^PYENV_COMMAND_PATH=(\S+)$/.exec(command)?.[1];
  if (path && script === "pyenv-which")
    return {
      type: "found",
      tool: "pyenv",
      line,
      path: path.replace(/^'|'$/g, ""),
      key: null,
      version: null,
      source: "pyenv which"
    };
  const exec = /^exec (\S+)/.exec(command)?.[1];
  if (exec && script === "pyenv-exec" && /python|pypy/i.test(exec))
    return { type: "selected", tool: "pyenv", line, path: exec, version: null };
  return null;
}

// src/core/triage/grammars/pyenv-win.ts
var STARTING7 = "pFN";
var STARTS4 = charTable(STARTING7);
var PYENV_WIN_LINES = { starts: STARTING7 };
function parsePyenvWin(lines, only) {
  const events = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const line0 = lines[i] ?? "";
    if (!line0 || !startsWithOneOf(line0, STARTS4)) continue;
    const raw = line0.trim();
    const line = i + 1;
    let m = raw.startsWith("pyenv: version '") ? /^pyenv: version '([^']+)' (?:is )?not installed(?: \(set by (.+)\))?$/.exec(raw) : null;
    if (m) {
      events.push({
        type: "skipped",
        tool: "pyenv-win",
        line,
        path: m[1] ?? "",
        reason: raw.slice(7),
        reasonKind: "other",
        source: m[2] ? `set by ${m[2]}` : null,
        plain: true
      });
      continue;
    }
    m = raw.startsWith("FATAL: Found ") ? /^FATAL: Found (\S.*?) version before pyenv in PATH\.?$/.exec(raw) : null;
    if (m) {
      events.push({
        type: "rejected",
        tool: "pyenv-win",
        line,
        path: m[1] ?? "",
        reason: "version before pyenv in PATH",
        reasonKind: "other",
        source: "PATH",
        plain: true
      });
      events.push({
        type: "final-error",
        tool: "pyenv-win",
        line,
        message: raw.slice(7),
        causes: [],
        hints: []
      });
      continue;
    }
    if (raw.startsWith("No global/local python version has been set yet"))
      events.push({
        type: "final-error",
        tool: "pyenv-win",
        line,
        message: raw,
        causes: [],
        hints: []
      });
  }
  return events;
}

// src/core/triage/grammars/rye.ts
var STARTING8 = "rRITOpe";
var STARTS5 = charTable(STARTING8);
var RYE_LINES = { starts: STARTING8 + RUNNER_PREFIX_STARTS };
var REFUSALS = [
  /Toolchain (\S+) is not version compatible for internal use\.?/,
  /Only cpython toolchains are allowed, got '([^']+)'/,
  /passed path does not appear to be a valid Python installation/
];
var mayRefuse = (raw) => raw.includes("oolchain") || raw.includes("passed path does not appear");
function parseRye(lines, only) {
  const events = [];
  let registering = null;
  let internal = null;
  const refusals = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const line0 = lines[i] ?? "";
    const raw = line0 ? contentStartingWith(line0, STARTS5) : null;
    if (!raw) continue;
    const line = i + 1;
    const first = raw.charAt(0);
    let m = raw.startsWith("rye ") || raw.startsWith("Rye Version: ") ? /^(?:rye|Rye Version:) (\d+\.\d+\.\d+\S*)$/.exec(raw) : null;
    if (m) {
      events.push({ type: "tool-version", tool: "rye", line, version: m[1] ?? "" });
      continue;
    }
    m = raw.startsWith("Registering toolchain at ") ? /^Registering toolchain at (\S.*?)(?: \w+@\S+ is not a valid toolchain)?$/.exec(raw) : null;
    if (m) {
      registering = m[1] ?? null;
      continue;
    }
    m = first === "I" ? /^Internal Toolchain Path: (\S.*)$/.exec(raw) : null;
    if (m) {
      internal = m[1] ?? null;
      continue;
    }
    if (!mayRefuse(raw)) continue;
    for (const refusal of REFUSALS) {
      const r = refusal.exec(raw);
      if (r) {
        refusals.push({ line, reason: r[0], key: r[1] ?? null });
        break;
      }
    }
  }
  for (const { line, reason, key } of refusals) {
    const path = registering ?? internal ?? key;
    if (!path) continue;
    events.push({
      type: "rejected",
      tool: "rye",
      line,
      path,
      reason,
      reasonKind: /version compatible/.test(reason) ? "version-mismatch" : "other",
      source: key,
      plain: true
    });
    events.push({ type: "final-error", tool: "rye", line, message: reason, causes: [], hints: [] });
  }
  return events;
}

// src/core/triage/grammars/setup-python.ts
var STARTING9 = "VFT#SE";
var MANIFEST_MATCH = /^(?:check (\S{1,60}) satisfies (\S{1,60})$|[\w.-]{1,40}===[\w.-]{1,40}(?: && [\w.-]{1,40}===[\w.-]{1,40}){1,3}$)/;
var STARTS6 = charTable(STARTING9);
var SETUP_PYTHON_LINES = { starts: STARTING9 + RUNNER_PREFIX_STARTS };
function parseSetupPython(lines, only) {
  const events = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const line0 = lines[i] ?? "";
    let raw = line0 ? contentStartingWith(line0, STARTS6) : null;
    if (!raw) continue;
    const debug = raw.startsWith("##[");
    if (debug) raw = raw.replace(/^##\[(?:debug|error|warning)\]/, "");
    const line = i + 1;
    const version = raw.startsWith("Version ");
    let m = version ? /^Version (\S+) was not found in the local cache$/.exec(raw) : null;
    if (m) {
      events.push({
        type: "search",
        tool: "setup-python",
        line,
        request: m[1] ?? null,
        scope: "runner tool cache",
        plain: true
      });
      events.push({
        type: "skipped",
        tool: "setup-python",
        line,
        path: m[1] ?? "",
        reason: raw,
        reasonKind: "other",
        source: "runner tool cache",
        plain: true
      });
      continue;
    }
    m = version ? /^Version (\S+) is available for downloading$/.exec(raw) : null;
    if (m) {
      events.push({
        type: "search",
        tool: "setup-python",
        line,
        request: m[1] ?? null,
        scope: "versions manifest"
      });
      continue;
    }
    m = debug && (raw.startsWith("checking cache: ") || raw.startsWith("Found tool in cache ")) ? /^(?:checking cache: (\S.*)|Found tool in cache (\S.*))$/.exec(raw) : null;
    if (m) {
      events.push({
        type: "search",
        tool: "setup-python",
        line,
        request: null,
        scope: m[1] ? `tool cache ${m[1]}` : `tool cache (found ${m[2]})`
      });
      continue;
    }
    m = debug ? MANIFEST_MATCH.exec(raw) : null;
    if (m) {
      events.push({
        type: "search",
        tool: "setup-python",
        line,
        request: m[2] ?? null,
        scope: m[1] ? `versions manifest (${m[1]})` : `versions manifest (${raw.slice(0, 120)})`
      });
      continue;
    }
    m = raw.startsWith("Found in cache @ ") ? /^Found in cache @ (\S.*)$/.exec(raw) : null;
    if (m) {
      events.push({
        type: "selected",
        tool: "setup-python",
        line,
        path: m[1] ?? "",
        version: null
      });
      continue;
    }
    m = version || raw.startsWith("Error: ") || raw.startsWith("The version '") ? /^(?:Error: )?(The version '[^']+' with architecture '[^']+' was not found for .+|Version \S+ with arch \S+ not found)/.exec(
      raw
    ) : null;
    if (m)
      events.push({
        type: "final-error",
        tool: "setup-python",
        line,
        message: m[1] ?? raw,
        causes: [],
        hints: []
      });
  }
  return events;
}

// src/core/triage/grammars/tox.ts
var TOX_STARTING = "tp'SE";
var TOX_STARTS = charTable(TOX_STARTING);
var TOX_LINES = {
  starts: DIGITS + TOX_STARTING,
  elsewhere: (line) => line.includes("uses ") || line.includes(NOT_FOUND)
};
var VERSION_AT = /\d+\.\d+\.\d+\S* (?:imported )?from /y;
function parseTox(lines, only) {
  const events = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const line0 = lines[i] ?? "";
    if (!line0 || !mayBeTox(line0)) continue;
    const raw = line0.trim();
    const line = i + 1;
    const first = raw.charCodeAt(0);
    let m = isDigitCode(first) || raw.startsWith("tox ") ? /^(?:tox )?(\d+\.\d+\.\d+\S*) (?:imported )?from \S*tox/.exec(raw) : null;
    if (m) {
      events.push({ type: "tool-version", tool: "tox", line, version: m[1] ?? "" });
      continue;
    }
    m = usesAfterFirstWord(raw, 0) ? /^([\w.-]+) uses (\S+)$/.exec(raw) : null;
    if (m) {
      if (m[2] !== "None")
        events.push({ type: "selected", tool: "tox", line, path: m[2] ?? "", version: null });
      continue;
    }
    m = raw.startsWith("python (") ? /^python \((\S.*)\) is \{.*'version_info': \[(\d+), (\d+), (\d+)/.exec(raw) : null;
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
    m = raw.startsWith("'exit code ") ? /^'exit code (-?\d+)' cmd '([^']+)' out '.*' err (.*)$/.exec(raw) : null;
    if (m) {
      const detail = clip2(
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
    m = raw.startsWith("SKIPPED:") || raw.startsWith("ERROR:") ? /^(?:SKIPPED|ERROR):\s+InterpreterNotFound: (\S+)/.exec(raw) : null;
    if (m) {
      const message = `InterpreterNotFound: ${m[1]}`;
      events.push(notFound(line, m[1] ?? "", message, true));
      events.push({ type: "final-error", tool: "tox", line, message, causes: [], hints: [] });
      continue;
    }
    m = raw.startsWith("ERROR:") ? /^ERROR:\s+(?:[\w.-]{1,60}: )?(UnsupportedInterpreter: (\S+) is not supported.*)$/.exec(raw) : null;
    if (m) {
      events.push({
        type: "rejected",
        tool: "tox",
        line,
        path: m[2] ?? "",
        reason: m[1] ?? "",
        reasonKind: /^python2/.test(m[2] ?? "") ? "python2-unsupported" : "version-mismatch",
        source: null,
        plain: true
      });
      continue;
    }
    m = raw.includes(NOT_FOUND) ? /(?:skipped because|failed with) (could not find python interpreter (?:with spec\(s\):|matching any of the specs) (.+))$/.exec(
      raw.replace(/ \[[\w./\\-]+:\d+\]$/, "")
    ) : null;
    if (m) {
      const message = m[1] ?? "";
      events.push(notFound(line, m[2] ?? "", message, !/^[\w.-]+: \d+ [DIWEC] /.test(raw)));
      events.push({ type: "final-error", tool: "tox", line, message, causes: [], hints: [] });
    }
  }
  return events;
}
function mayBeTox(line) {
  const at = indentOf(line);
  if (isDigitCode(line.charCodeAt(at))) {
    let end = at + 1;
    while (isDigitCode(line.charCodeAt(end))) end++;
    if (line.charCodeAt(end) !== 46) return false;
    VERSION_AT.lastIndex = at;
    return VERSION_AT.test(line);
  }
  if (codeIn(TOX_STARTS, line.charCodeAt(at))) return true;
  return toxElsewhere(line, at);
}
function toxElsewhere(line, at) {
  if (usesAfterFirstWord(line, at)) return true;
  const code = line.charCodeAt(at);
  const plainIndent = isWordCode(code) || code > 32 && code < 127;
  return line.includes(NOT_FOUND) || !plainIndent && line.includes(" uses ");
}
var NOT_FOUND = "could not find python interpreter";
function usesAfterFirstWord(line, at) {
  let end = at;
  while (isWordCode(line.charCodeAt(end))) end++;
  return end > at && line.startsWith(" uses ", end);
}
function isWordCode(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95 || code === 46 || code === 45;
}
function notFound(line, spec, reason, plain) {
  return {
    type: "skipped",
    tool: "tox",
    line,
    path: spec,
    reason,
    reasonKind: "other",
    source: null,
    ...plain ? { plain } : {}
  };
}

// src/core/triage/grammars/uv-body.ts
var SECTION = /^(?:\[(?:stdout|stderr)\]|--- (?:stdout|stderr):|---)$/;
var PROMPT = /^(?:\$ |> |PS [^>]{0,200}>|[A-Za-z]:\\[^>\s]{0,200}>)/;
var MULTILINE = /did not return the expected data|failed with (?:exit )?status|returned an invalid response/;
var MAX_PARTS = 6;
function isSectionMarker(line) {
  const text = line.trim();
  return mayBeSection(text) && SECTION.test(text);
}
function mayBeSection(text) {
  const c = text.charCodeAt(0);
  return c === 91 || c === 45;
}
function mayBePrompt(raw) {
  const c = raw.charCodeAt(0);
  if (c === 36 || c === 62) return true;
  if (c === 80 && raw.charCodeAt(1) === 83) return true;
  return (c >= 65 && c <= 90 || c >= 97 && c <= 122) && raw.charCodeAt(1) === 58;
}
var isSection = (text) => mayBeSection(text) && SECTION.test(text);
var isPrompt = (raw) => mayBePrompt(raw) && PROMPT.test(raw);
function summarize(header, more) {
  let summary = header.trim();
  if (!MULTILINE.test(summary)) return clip2(summary, 1e3);
  let parts = 1;
  let i = 0;
  for (; i < more.length && parts < MAX_PARTS; i++) {
    const raw = more[i] ?? "";
    const text = raw.trim();
    if (!text || isSection(text) || isPrompt(raw)) break;
    summary += isSpaceCode(raw.charCodeAt(0)) || summary.endsWith(":") ? ` ${text}` : `: ${text}`;
    parts++;
  }
  const stderr = stderrCause(more);
  if (stderr && !summary.includes(stderr))
    summary += summary.endsWith(":") ? ` ${stderr}` : `: ${stderr}`;
  return clip2(summary, 1e3);
}
function stderrCause(more) {
  let start = -1;
  for (let i = 0; i < more.length; i++) {
    const text = (more[i] ?? "").trim();
    if (text === "[stderr]" || text === "--- stderr:") {
      start = i + 1;
      break;
    }
  }
  if (start < 0) return null;
  let first = null;
  let last = null;
  for (let i = start; i < more.length; i++) {
    const raw = more[i] ?? "";
    const text = raw.trim();
    if (isSection(text) || isPrompt(raw) || !text && last) break;
    if (text) {
      first ??= text;
      last = text;
    }
  }
  const cause = first?.startsWith("Traceback (most recent call last)") ? last : first;
  return cause ? clip2(cause, 300) : null;
}

// src/core/triage/grammars/uv-errors.ts
var NAMING_RULES = [
  { re: /^Failed to inspect Python interpreter from .{1,80}? at `/, wrapper: true, kind: null },
  { re: /^Failed to query Python interpreter at `/, wrapper: true, kind: null },
  { re: /^Failed to query python interpreter `/, wrapper: true, kind: null },
  { re: /^Can't use Python at `/, wrapper: true, kind: null },
  { re: /^Querying Python at `/, wrapper: false, kind: null },
  { re: /^Python interpreter not found at `/, wrapper: false, kind: "other" },
  { re: /^Failed to locate Python interpreter at:? `/, wrapper: false, kind: "other" },
  { re: /^Broken (?:symlink|Python trampoline) at `/, wrapper: false, kind: "other" },
  { re: /^Requested interpreter path `/, wrapper: false, kind: "other" },
  { re: /^Python interpreter at `/, wrapper: false, kind: "not-executable" },
  { re: /^Interpreter at `/, wrapper: false, kind: "version-mismatch" },
  {
    re: /^Ignoring existing virtual environment linked to non-existent Python interpreter: /,
    wrapper: false,
    kind: "other"
  }
];
var RULES_BY_START = /* @__PURE__ */ new Map();
for (const rule of NAMING_RULES) {
  const opening = /^\^([\w ',-]+)(?![?*+{])/.exec(rule.re.source)?.[1] ?? "";
  const start = opening.charCodeAt(0);
  RULES_BY_START.set(start, [...RULES_BY_START.get(start) ?? [], { ...rule, opening }]);
}
var UV_ERRORS = [
  "No interpreter found",
  "No Python interpreters found",
  "No virtual environment found",
  "No system Python installation found",
  "is externally managed",
  "Requested Python executable",
  "Interpreter discovery for `",
  "Failed to detect the operating system version"
];
function finalErrorOf(chain, plain) {
  const error = {
    type: "final-error",
    tool: "uv",
    line: chain.top.line,
    message: joinWrapped(chain.top),
    causes: chain.causes.map(joinWrapped),
    hints: chain.hints.map(joinWrapped)
  };
  if (plain) error.plain = true;
  return error;
}
function isUvError(chain) {
  const message = chain.top.message;
  return UV_ERRORS.some((s) => message.includes(s)) || [chain.top, ...chain.causes].some((r) => namesInterpreter(joinWrapped(r)) !== null);
}
function turnDownOf(chain) {
  if (!mayNameInterpreter(chain.top) && !chain.causes.some(mayNameInterpreter)) return null;
  const parts = [chain.top, ...chain.causes].map((record) => {
    const { text, rest } = unwrap(record);
    return { text, rest, named: namesInterpreter(text) };
  });
  const first = parts.findIndex((p) => p.named);
  const named = parts[first]?.named;
  if (!named) return null;
  const from = parts.slice(first);
  const telling = from.filter((p) => !p.named?.rule.wrapper);
  const reason = (telling.length ? telling : from.slice(-1)).map((p) => summarize(p.text, p.rest)).join(": ");
  const full = parts.map((p) => p.text).join("\n");
  const kind = from.find((p) => p.named?.rule.kind)?.named?.rule.kind;
  return {
    type: "query-failed",
    tool: "uv",
    line: chain.top.line,
    path: named.path,
    detail: clip2(`${reason}
${full}`, 2e3),
    reasonKind: kind ?? failureKind(`${reason}
${full}`, named.path),
    fromError: true,
    plain: true
  };
}
function mayNameInterpreter(record) {
  const message = record.message;
  let at = 0;
  while (isSpaceCode(message.charCodeAt(at))) at++;
  const rules = RULES_BY_START.get(message.charCodeAt(at));
  if (!rules) return false;
  let end = message.length;
  while (end > at && isSpaceCode(message.charCodeAt(end - 1))) end--;
  for (const { opening } of rules) {
    if (end - at >= opening.length) {
      if (message.startsWith(opening, at)) return true;
    } else if (opening.startsWith(message.slice(at, end))) {
      return true;
    }
  }
  return false;
}
function namesInterpreter(text) {
  for (const rule of RULES_BY_START.get(text.charCodeAt(0)) ?? []) {
    const m = text.startsWith(rule.opening) ? rule.re.exec(text) : null;
    if (!m) continue;
    const start = m[0].length;
    const end = m[0].endsWith("`") ? text.indexOf("`", start) : text.indexOf(" -> ", start);
    const path = (end < 0 ? text.slice(start) : text.slice(start, end)).trim();
    return path ? { rule, path } : null;
  }
  return null;
}
var NO_LINES = [];
function joinWrapped(record) {
  return unwrap(record).text;
}
function unwrap(record) {
  const message = record.message.trim();
  if (!record.more.length) return { text: clip2(message, 2e3), rest: NO_LINES };
  const parts = [message];
  let i = 0;
  for (; i < record.more.length; i++) {
    const m = record.more[i] ?? "";
    if (!m.trim() || !isSpaceCode(m.charCodeAt(0)) || isSectionMarker(m)) break;
    parts.push(m.trim());
  }
  return { text: clip2(parts.join(" "), 2e3), rest: record.more.slice(i) };
}

// src/core/triage/grammars/uv-step.ts
function event(e, truncated = false) {
  return truncated ? { kind: "event", event: e, truncated } : { kind: "event", event: e };
}

// src/core/triage/grammars/uv-turndowns.ts
var REJECTION_REASONS = [
  ["system interpreter required", "system-required"],
  ["system intepreter required", "system-required"],
  ["system interpreter not explicitly requested", "not-explicit"],
  ["system interpreter not explicit", "not-explicit"],
  ["system intepreter not explicit", "not-explicit"],
  ["only virtual environments allowed", "venv-required"],
  ["system interpreter not allowed", "venv-required"],
  ["system intepreter not allowed", "venv-required"],
  ["only managed interpreters allowed", "managed-only"],
  ["only system interpreters allowed", "system-only"]
];
var REASON_STARTS = [...REJECTION_REASONS.map(([text]) => text), "does not satisfy request `"];
function rejectionKind(reason) {
  return REJECTION_REASONS.find(([text]) => reason.startsWith(text))?.[1] ?? "other";
}
function pathAt(msg, start) {
  if (msg.charAt(start) !== "`") return null;
  const close = msg.indexOf("`", start + 1);
  if (close >= 0) return { value: msg.slice(start + 1, close), end: close + 1, cut: false };
  const value = msg.slice(start + 1).trim().replace(/(?:…|\.\.\.)$/, "");
  return value ? { value, end: msg.length, cut: true } : null;
}
var LONGEST_REASON_START = Math.max(...REASON_STARTS.map((s) => s.length));
function cutReasonStart(reason) {
  for (const s of REASON_STARTS) if (s.length > reason.length && s.startsWith(reason)) return s;
  return void 0;
}
function completeReason(reason, more) {
  const next = (more[0] ?? "").trim();
  if (!next) return reason;
  if (!reason) return next;
  const cutPhrase = reason.length < LONGEST_REASON_START ? cutReasonStart(reason) : void 0;
  if (cutPhrase) {
    const tight = reason + next;
    return tight.startsWith(cutPhrase) ? tight : `${reason} ${next}`;
  }
  if ((reason.endsWith("does not satisfy") || reason.endsWith("request")) && next.startsWith("`"))
    return `${reason} ${next}`;
  return reason;
}
function parseIgnoring(msg, more, line) {
  if (msg.startsWith(MALFORMED)) return malformedEntry(msg, more, line);
  const path = pathAt(msg, msg.indexOf("`"));
  if (!path) return null;
  const rest = msg.slice(path.end);
  if (!path.cut && rest && !rest.startsWith(":")) return null;
  const reason = path.cut || !rest.startsWith(":") ? "" : completeReason(rest.slice(1).trim(), more);
  if (!reason && !path.cut) return null;
  return event(
    {
      type: "rejected",
      tool: "uv",
      line,
      path: path.value,
      reason,
      reasonKind: rejectionKind(reason),
      source: null
    },
    path.cut
  );
}
var MALFORMED = "Ignoring malformed managed Python entry:";
function malformedEntry(msg, more, line) {
  const reason = (msg.slice(MALFORMED.length).trim() || (more[0] ?? "").trim()).slice(0, 2e3);
  if (!reason) return null;
  const at = reason.indexOf("key `");
  const key = at >= 0 ? backticked(reason, at)?.value : void 0;
  return event({
    type: "rejected",
    tool: "uv",
    line,
    path: key ?? "managed Python entry",
    reason,
    reasonKind: "other",
    source: "managed installations"
  });
}
var SKIPPING_AT = "Skipping interpreter at `";
var MANAGED_AT = "Skipping managed installation ";
function parseSkipping(msg, more, line, ctx) {
  if (!msg.startsWith("Skipping ")) return null;
  if (msg.startsWith(SKIPPING_AT)) {
    const path = pathAt(msg, SKIPPING_AT.length - 1);
    if (!path) return null;
    const rest = msg.slice(path.end);
    const found2 = rest.indexOf(": ");
    const colon = found2 >= 0 ? found2 : rest.endsWith(":") ? rest.length - 1 : -1;
    const source = rest.startsWith(" from ") ? rest.slice(6, colon < 0 ? void 0 : colon) : null;
    const reason = colon < 0 ? "" : completeReason(rest.slice(colon + 1).trim(), more);
    if (!reason && !path.cut) return null;
    return event(
      {
        type: "skipped",
        tool: "uv",
        line,
        path: path.value,
        reason,
        reasonKind: skipKind(reason, path.value, ctx),
        source
      },
      path.cut
    );
  }
  const bad = /^Skipping (bad|unexecutable) interpreter at /.exec(msg);
  if (bad) {
    const { path, detail } = splitPathSourceDetail(msg.slice(bad[0].length));
    const body = [detail, ...more].join("\n").trim();
    const summary = detail ? summarize(detail, more) : "";
    const reasonKind = bad[1] === "unexecutable" && failureKind(body, path) === "query-failed" ? "not-executable" : failureKind(body, path);
    return event({
      type: "query-failed",
      tool: "uv",
      line,
      path,
      detail: clip2(summary && summary !== body ? `${summary}
${body}` : body, 2e3),
      reasonKind
    });
  }
  if (msg.startsWith("Skipping missing interpreter at ")) {
    return rejected(line, msg.slice(32).trim(), "missing interpreter", "other");
  }
  if (msg.startsWith("Skipping broken virtualenv at ")) {
    return rejected(line, msg.slice(30).trim(), "broken virtualenv (no pyvenv.cfg)", "other");
  }
  const registry = /^Skipping Python interpreter \((.+?)\) with (invalid registry version .+)$/.exec(msg);
  if (registry) return rejected(line, registry[1] ?? "", registry[2] ?? "", "other");
  return parseManagedSkip(msg, line);
}
function rejected(line, path, reason, reasonKind) {
  return event({ type: "rejected", tool: "uv", line, path, reason, reasonKind, source: null });
}
function parseManagedSkip(msg, line) {
  if (msg.startsWith("Skipping incompatible managed installation `")) {
    const key = backticked(msg);
    if (!key) return null;
    return skippedInstallation(line, key.value, "incompatible managed installation", "other");
  }
  if (msg.startsWith(MANAGED_AT)) {
    const at = MANAGED_AT.length;
    const quoted = msg.charAt(at) === "`" ? backticked(msg, at) : null;
    const colon = msg.indexOf(": ", quoted ? quoted.end : at);
    const key = quoted ? quoted.value : msg.slice(at, colon < 0 ? void 0 : colon).trim();
    if (!key) return null;
    const reason = colon < 0 ? "skipped" : msg.slice(colon + 2).trim();
    let kind2 = "other";
    if (reason.startsWith("does not satisfy `"))
      kind2 = isVariantRequest(backticked(reason)?.value ?? "") ? "variant-mismatch" : "version-mismatch";
    return skippedInstallation(line, key, reason, kind2);
  }
  const deferred = /^Skipping (pre-release installation|pre-release|debug installation|alternative implementation) (.+)$/.exec(
    msg
  );
  if (!deferred) return null;
  const what = deferred[1] ?? "";
  const kind = what.startsWith("pre-release") ? "version-mismatch" : what.startsWith("debug") ? "variant-mismatch" : "other";
  return event({
    type: "skipped",
    tool: "uv",
    line,
    path: withoutEdgeBackticks(deferred[2] ?? ""),
    reason: what,
    reasonKind: kind,
    source: null
  });
}
function skippedInstallation(line, key, reason, kind) {
  return event({
    type: "skipped",
    tool: "uv",
    line,
    path: key,
    reason,
    reasonKind: kind,
    source: "managed installations"
  });
}
function isVariantRequest(request) {
  return (request.includes("+") || request.endsWith("t")) && /\+(?:freethreaded|debug|gil)|^\d+(?:\.\d+)*t$/.test(request);
}
function skipKind(reason, path, ctx) {
  if (reason.startsWith("version `")) return "version-mismatch";
  if (!reason.startsWith("does not satisfy")) return "other";
  const request = backticked(reason)?.value ?? "";
  const variant = isVariantRequest(request) || request === "default" || /\+(?:freethreaded|debug)/.test(ctx.keyOf(path) ?? "") || /\dt(?:\.exe)?$/.test(path);
  return variant ? "variant-mismatch" : "version-mismatch";
}
function splitPathSourceDetail(rest) {
  const from = rest.indexOf(" from ");
  const colon = rest.indexOf(": ", from < 0 ? 0 : from);
  if (from >= 0 && colon > from)
    return { path: rest.slice(0, from), detail: rest.slice(colon + 2) };
  if (colon >= 0) return { path: rest.slice(0, colon), detail: rest.slice(colon + 2) };
  return { path: rest.trim(), detail: "" };
}

// src/core/triage/grammars/uv-messages.ts
var INTERESTING = {
  u: ["uv "],
  F: [
    "Found `",
    "Found managed ",
    "Found Python ",
    "Found possible Python executable: ",
    "Found cached interpreter info for ",
    "Found a Python ",
    "Found a virtual",
    "Found active virtual environment"
  ],
  I: [
    "Ignoring Python interpreter at `",
    "Ignoring Python intepreter at `",
    "Ignoring malformed managed Python entry:"
  ],
  T: ["The virtual environment's Python ", "The script environment's Python "],
  S: [
    "Skipping interpreter at ",
    "Skipping bad interpreter",
    "Skipping unexecutable interpreter",
    "Skipping missing interpreter",
    "Skipping broken virtualenv",
    "Skipping managed installation",
    "Skipping incompatible managed installation",
    "Skipping pre-release",
    "Skipping debug installation",
    "Skipping alternative implementation",
    "Skipping Python interpreter (",
    "Searching for ",
    "Searching PATH for executables",
    "Starting Python discovery",
    "Starting toolchain discovery",
    "Starting interpreter discovery"
  ],
  U: [
    "Using Python ",
    "Using CPython ",
    "Using PyPy ",
    "Using GraalPy ",
    "Using cached markers for: "
  ],
  L: ["Looking for "],
  C: [
    "Checking for Python interpreter ",
    "Checking for Python environment at",
    "Checking `PATH` directory for interpreters",
    "Cached interpreter info for "
  ],
  Q: ["Querying interpreter executable at "],
  P: ["Probing interpreter info for: "],
  D: ["Detecting markers for: "]
};
function isOldFound(text, at, within = Infinity) {
  if (!text.startsWith("Found ", at)) return false;
  let i = at + 6;
  while (isAsciiLetter(text.charCodeAt(i))) i++;
  return i > at + 6 && text.charCodeAt(i) === 32 && isDigitCode(text.charCodeAt(i + 1)) && i + 1 - at < within;
}
function isAsciiLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
var BARE = {
  I: ["Ignoring Python interpreter at `", "Ignoring Python intepreter at `"],
  S: [
    "Skipping interpreter at `",
    "Skipping bad interpreter at ",
    "Skipping unexecutable interpreter at ",
    "Skipping managed installation `",
    "Skipping incompatible managed installation `",
    "Skipping pre-release installation ",
    "Skipping debug installation "
  ],
  F: ["Found a Python 2 installation ", "Found a Python installation that", "Found `"]
};
var INTERESTING_TREE = prefixTree(Object.values(INTERESTING).flat());
var BARE_TREE = prefixTree(Object.values(BARE).flat());
function prefixTree(prefixes, root = true) {
  const list = prefixes.filter((p) => !!p);
  const at = root ? 0 : tellingPosition(list);
  if (at < 0) return { at, next: null, prefixes: list };
  const groups = /* @__PURE__ */ new Map();
  for (const p of list) {
    const code = p.charCodeAt(at);
    const group = groups.get(code);
    if (group) group.push(p);
    else groups.set(code, [p]);
  }
  const next = new Array(128).fill(void 0);
  for (const [code, group] of groups) next[code] = prefixTree(group, false);
  return { at, next, prefixes: [] };
}
function tellingPosition(list) {
  if (list.length <= 3) return -1;
  const shortest = Math.min(...list.map((p) => p.length));
  let at = -1;
  let most = 1;
  for (let d = 0; d < shortest; d++) {
    const distinct = new Set(list.map((p) => p.charCodeAt(d))).size;
    if (distinct > most) [at, most] = [d, distinct];
  }
  return at;
}
function startsWithAny(text, at, tree) {
  let node = tree;
  while (node.next) {
    const code = text.charCodeAt(at + node.at);
    const next = code < 128 ? node.next[code] : void 0;
    if (!next) return false;
    node = next;
  }
  for (const prefix of node.prefixes) if (text.startsWith(prefix, at)) return true;
  return false;
}
function isInterestingMessage(text, at) {
  if (startsWithAny(text, at, INTERESTING_TREE)) return true;
  return isOldFound(text, at, 40);
}
function isBareMessage(text, at) {
  if (!startsWithAny(text, at, BARE_TREE)) return false;
  return !text.startsWith("Found `", at) || text.includes("` at `", at);
}
function parseUvMessage(message, more, line, ctx) {
  const msg = message.trimEnd();
  switch (msg.charAt(0)) {
    case "u": {
      const v = isDigitCode(msg.charCodeAt(3)) ? /^uv (\d+\.\d+\.\d+[0-9A-Za-z.+-]*)/.exec(msg) : null;
      return v ? event({ type: "tool-version", tool: "uv", line, version: v[1] ?? "" }) : null;
    }
    case "F":
      return parseFound(msg, line);
    case "I":
      return parseIgnoring(msg, more, line);
    case "S":
      return parseSkipping(msg, more, line, ctx) ?? parseSearchStart(msg, line);
    case "U":
      return parseUsing(msg, line) ?? parseRequest(msg, line) ?? probed(msg);
    case "L":
    case "C":
      return parseSearchStart(msg, line) ?? probed(msg);
    case "T":
      return parseEnvironmentCheck(msg, line);
    case "Q":
    case "P":
    case "D":
      return probed(msg);
    default:
      return null;
  }
}
var ENVIRONMENTS = [
  ["Found a virtualenv through VIRTUAL_ENV at: ", "active virtual environment"],
  ["Found a virtualenv through CONDA_PREFIX at: ", "conda prefix"],
  ["Found active virtual environment (via CONDA_PREFIX) at: ", "conda prefix"],
  ["Found a virtualenv named .venv at: ", "virtual environment"],
  ["Found a virtualenv at: ", "virtual environment"],
  ["Found a virtual environment at: ", "virtual environment"]
];
function parseFound(msg, line) {
  if (msg.startsWith("Found `")) {
    const keyEnd = msg.indexOf("` at `", 7);
    const srcStart = msg.lastIndexOf("` (");
    if (keyEnd < 0 || srcStart < keyEnd + 6 || !msg.endsWith(")")) return null;
    const key = msg.slice(7, keyEnd);
    return event({
      type: "found",
      tool: "uv",
      line,
      key,
      path: msg.slice(keyEnd + 6, srcStart),
      version: versionOfKey(key),
      source: msg.slice(srcStart + 3, -1)
    });
  }
  const oldFound = isOldFound(msg, 0);
  const probedFound = oldFound ? /^Found Python (\d+\.\d+\.\d+\S*) (?:for:|at) (?!`)/.exec(msg) : null;
  if (probedFound)
    return {
      kind: "candidate",
      path: msg.slice(probedFound[0].length).trim(),
      version: probedFound[1] ?? null,
      source: null
    };
  const old = oldFound ? /^Found ([A-Za-z]+) (\d+\.\d+\.\d+\S*) at `/.exec(msg) : null;
  if (old) {
    const srcStart = msg.lastIndexOf("` (");
    if (srcStart < old[0].length || !msg.endsWith(")")) return null;
    return event({
      type: "found",
      tool: "uv",
      line,
      key: null,
      version: old[2] ?? null,
      path: msg.slice(old[0].length, srcStart),
      source: msg.slice(srcStart + 3, -1)
    });
  }
  const word = msg.charCodeAt(6);
  const oldest = word === 80 && msg.startsWith("Found Python interpreter ") ? /^Found Python interpreter [A-Za-z]+ (\d+\.\d+\.\d+\S*) at (.+) from (.+)$/.exec(msg) : null;
  if (oldest)
    return event({
      type: "found",
      tool: "uv",
      line,
      key: null,
      version: oldest[1] ?? null,
      path: oldest[2] ?? "",
      source: oldest[3] ?? null
    });
  if (word === 109 && msg.startsWith("Found managed ")) {
    const key = backticked(msg)?.value ?? "";
    return key ? event({
      type: "found",
      tool: "uv",
      line,
      key,
      path: key,
      version: versionOfKey(key),
      source: "managed installations"
    }) : null;
  }
  if (word === 97) return foundEnvironment(msg, line);
  return word === 112 || word === 99 ? probed(msg) : null;
}
function foundEnvironment(msg, line) {
  if (msg.startsWith("Found a Python ") && /^Found a Python (?:2 )?installation that isn't supported by uv/.test(msg))
    return { kind: "unsupported", reason: msg.trim() };
  for (const [prefix, source] of ENVIRONMENTS) {
    if (msg.startsWith(prefix)) {
      const path = msg.slice(prefix.length).trim();
      return path ? event({ type: "found", tool: "uv", line, key: null, version: null, path, source }) : null;
    }
  }
  return null;
}
var PROBES = [
  "Found possible Python executable: ",
  "Querying interpreter executable at ",
  "Probing interpreter info for: ",
  "Detecting markers for: ",
  "Using cached markers for: "
];
var CACHED_PROBE = /^(?:Found cached interpreter info|Cached interpreter info) for Python (\S+), skipping (?:query of|probing): /;
function probed(msg) {
  let length = 0;
  let version = null;
  for (const opening of PROBES) {
    if (msg.startsWith(opening)) {
      length = opening.length;
      break;
    }
  }
  if (!length && (msg.startsWith("Found cached interpreter info ") || msg.startsWith("Cached interpreter info "))) {
    const m = CACHED_PROBE.exec(msg);
    if (m) {
      length = m[0].length;
      version = m[1] ?? null;
    }
  }
  if (!length) return null;
  const path = msg.slice(length).trim();
  if (!path) return null;
  return {
    kind: "candidate",
    path,
    version,
    source: msg.startsWith("Found possible") ? "search path" : null
  };
}
var PATH_DIR = "Checking `PATH` directory for interpreters: ";
var ENV_AT = "Checking for Python environment at";
var LOOKING = /^Looking for (?:exact match for request |relaxed patch version )?(?=a default Python|any Python|Python|python |CPython|PyPy|GraalPy|Pyodide|executable name|path `|directory `|cpython-|pypy-|graalpy-)/;
var STARTING10 = /^Starting (Python|toolchain|interpreter) discovery for /;
var CHECKING = /^Checking for Python interpreter (at|in) /;
function parseSearchStart(msg, line) {
  const searching = parseSearching(msg, line);
  if (searching) return searching;
  const start = msg.startsWith("Starting ") ? STARTING10.exec(msg) : null;
  if (start) return search(line, msg.slice(start[0].length).trim(), `${start[1] ?? ""} discovery`);
  const checking = msg.startsWith("Checking for Python interpreter ") ? CHECKING.exec(msg) : null;
  if (checking)
    return search(
      line,
      msg.slice(checking[0].length).trim(),
      checking[1] === "at" ? "provided path" : "provided directory"
    );
  const looking = msg.startsWith("Looking for ") ? LOOKING.exec(msg) : null;
  if (looking) {
    const request = msg.slice(looking[0].length).replace(/ attempt \d+ \(.*\)$/, "");
    return search(line, request.trim(), "installations");
  }
  if (msg.startsWith(PATH_DIR)) return search(line, null, msg.slice(PATH_DIR.length).trim());
  if (msg.startsWith(ENV_AT)) {
    const dir = backticked(msg, ENV_AT.length)?.value;
    return dir ? search(line, null, `environment at \`${dir}\``) : null;
  }
  if (msg.startsWith("Searching PATH for executables: ")) return search(line, null, "search path");
  return null;
}
function parseEnvironmentCheck(msg, line) {
  const m = ENVIRONMENT_CHECK.exec(msg);
  if (!m) return null;
  const request = withoutEdgeBackticks((m[4] ?? "").trim()) || null;
  return search(line, request, `the ${m[1]} environment (${m[2]} ${m[3]})`);
}
var ENVIRONMENT_CHECK = /^The (\w+) environment's Python (version|interpreter) (satisfies|does not satisfy|meets|does not meet)(?: the (?:request|Python requirement|Python preference))?:? ?(.*)$/;
function search(line, request, scope) {
  return event({ type: "search", tool: "uv", line, request, scope });
}
function parseSearching(msg, line) {
  if (!msg.startsWith("Searching for ")) return null;
  const body = msg.slice(14);
  if (body.startsWith("managed installations") || body.startsWith("managed toolchains"))
    return search(line, null, "managed installations");
  if (body.startsWith("a compatible version")) return null;
  const withName = body.indexOf(" with ");
  if (body.startsWith("Python interpreter with ") && withName >= 0)
    return search(line, body.slice(withName + 6), "search path");
  const at = body.lastIndexOf(" in ");
  if (at < 0) return null;
  let request = body.slice(0, at);
  if (request.startsWith("a ")) request = request.slice(2);
  else if (request.startsWith("an ")) request = request.slice(3);
  if (request.endsWith(" interpreter")) request = request.slice(0, -12);
  return search(line, request === "Python" ? null : request, body.slice(at + 4));
}
function parseRequest(msg, line) {
  if (!msg.startsWith("Using Python request ")) return null;
  const body = msg.slice(21);
  const from = body.lastIndexOf(" from ");
  if (from < 0) return null;
  const request = withoutEdgeBackticks(body.slice(0, from));
  return event({ type: "request", tool: "uv", line, request, origin: body.slice(from + 6) });
}
function parseUsing(msg, line) {
  const m = /^Using (?:[A-Za-z]+ )?(\d+\.\d+\.\d+[0-9A-Za-z.+]*) (?:interpreter|environment) at:? (.+)$/.exec(
    msg.trim()
  );
  if (!m || m[2]?.endsWith(" for builds")) return null;
  return event({
    type: "selected",
    tool: "uv",
    line,
    path: (m[2] ?? "").trim(),
    version: m[1] ?? null
  });
}
function versionOfKey(key) {
  return /^[a-z]+-(\d+\.\d+\.\d+[0-9a-z]*)/.exec(key)?.[1] ?? null;
}

// src/core/triage/grammars/uv-output.ts
var KEY = /^((?:cpython|pypy|graalpy|pyodide)-(\d+\.\d+\.\d+[0-9a-z]*)(?:\+[a-z+]+)?-[a-z0-9_]+-[a-z0-9_]+-(?:gnu|musl|none|[a-z0-9_]+))(?:\s+|$)/;
var VERSION2 = /^uv (\d+\.\d+\.\d+[0-9A-Za-z.+-]*)(?: \([0-9a-f]+ \d{4}-\d{2}-\d{2}\))?$/;
var FIND_COMMAND = /(?:^|[$>] )uv(?:\.exe)? (?:-\S+ )*python find\b/;
var PYTHON_PATH = /^(?:\/|~\/|[A-Za-z]:[\\/]|\.{1,2}[\\/]).*[\\/](?:python|pypy|graalpy)[0-9.]*[td]?(?:\.exe)?$/;
var MAX_JSON = 1024 * 1024;
var IMPLEMENTATIONS = ["cpython-", "pypy-", "graalpy-", "pyodide-"];
function opensWithImplementation(text) {
  for (const name of IMPLEMENTATIONS) if (text.startsWith(name)) return true;
  return false;
}
function startsLikePath(text) {
  const c = text.charCodeAt(0);
  if (c === 47 || c === 46) return true;
  if (c === 126) return text.charCodeAt(1) === 47;
  return (c >= 65 && c <= 90 || c >= 97 && c <= 122) && text.charCodeAt(1) === 58;
}
function readPrinted(printed) {
  const events = [];
  let previous = null;
  for (const { text: raw, line, start } of printed) {
    const text = raw.trim();
    if (previous !== null && startsLikePath(text) && PYTHON_PATH.test(text) && FIND_COMMAND.test(previous)) {
      events.push({ type: "selected", tool: "uv", line, path: text, version: null, plain: true });
      previous = null;
      continue;
    }
    previous = text;
    if (start === 117) {
      const version = text.startsWith("uv ") ? VERSION2.exec(text) : null;
      if (version)
        events.push({
          type: "tool-version",
          tool: "uv",
          line,
          version: version[1] ?? "",
          plain: true
        });
    } else if (start === 91 || start === 123) {
      events.push(...listJson(text, line));
    } else if (start === 99 || start === 112 || start === 103) {
      const key = opensWithImplementation(text) ? KEY.exec(text) : null;
      if (key) {
        const rest = text.slice(key[0].length).trim();
        if (rest && !rest.startsWith("<download available>") && !/^https?:\/\//.test(rest)) {
          const path = rest.split(" -> ")[0] ?? rest;
          events.push({
            type: "found",
            tool: "uv",
            plain: true,
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
      plain: true,
      line,
      key: entry.key,
      version: typeof entry.version === "string" ? entry.version : null,
      path: entry.path,
      source: "uv python list"
    });
  }
  return events;
}

// src/core/triage/grammars/uv-records.ts
var HIERARCHICAL = /^\s*\d+\.\d+s +(?:\d+(?:\.\d+)?(?:ms|s|µs|us|ns) +)?(?:TRACE|DEBUG|INFO|WARN|ERROR) +[A-Za-z0-9_]+(?:::[A-Za-z0-9_]+)* /;
var SPAN = /^\s*([a-z][a-z0-9_]*(?:::[a-z0-9_]+)+)(?: (.*))?$/;
var MIETTE_TOP = /^\s*[×x] (?=\S)/;
var MIETTE_CAUSE = /^\s*[╰├]─[▶>] /;
var DOCKER_STEP = /^#\d+ \d+(?:\.\d+)? /;
var ISO_TIME = /^\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\]? +/;
var CLOCK_TIME = /^\[?\d\d:\d\d:\d\d(?:[.,]\d+)?\]? +(?=(?:TRACE|DEBUG|INFO|WARN|ERROR) )/;
var SGR_LEFTOVER = /(?:\u001b|\u2190)?\[[0-9;]{0,16}m|\u001b|\u2190/g;
var MAX_MORE = 40;
var MAX_JOINED = 2;
function startsWithUptime(raw, at) {
  let i = at;
  while (isDigitCode(raw.charCodeAt(i))) i++;
  if (i === at || raw.charCodeAt(i) !== 46) return false;
  const fraction = ++i;
  while (isDigitCode(raw.charCodeAt(i))) i++;
  return i > fraction && raw.charCodeAt(i) === 115;
}
function startsWithTime(line) {
  const at = line.charCodeAt(0) === 91 ? 1 : 0;
  if (!isDigitCode(line.charCodeAt(at)) || !isDigitCode(line.charCodeAt(at + 1))) return false;
  if (line.charCodeAt(at + 2) === 58) return true;
  return isDigitCode(line.charCodeAt(at + 2)) && isDigitCode(line.charCodeAt(at + 3)) && line.charCodeAt(at + 4) === 45;
}
function mayNeedCleaning(c) {
  return c === 35 || c === 91 || c >= 48 && c <= 57 || c === 27 || c === 8592;
}
function cleanLine(raw) {
  let line = raw;
  let c = line.charCodeAt(0);
  if (c === 35) {
    const m = DOCKER_STEP.exec(line);
    if (m) line = line.slice(m[0].length);
  } else if ((c >= 48 && c <= 57 || c === 91) && startsWithTime(line)) {
    const m = ISO_TIME.exec(line) ?? CLOCK_TIME.exec(line);
    if (m) line = line.slice(m[0].length);
  }
  c = line.charCodeAt(0);
  if (c === 27 || c === 8592 || c === 91 && /^\[[0-9;]{1,16}m/.test(line))
    line = line.replace(SGR_LEFTOVER, "");
  return line;
}
function frameRecords(lines, framing) {
  const records = [];
  const printed = [];
  let logRecords = 0;
  let current = null;
  let joined = 0;
  const open = (record) => {
    records.push(record);
    current = record;
    joined = 0;
  };
  const openLog = (message, line) => {
    if (logRecords >= framing.maxLogRecords) {
      current = null;
      return;
    }
    logRecords++;
    open({ kind: "log", message, line, more: [] });
  };
  for (let i = 0; i < lines.length; i++) {
    const given = lines[i] ?? "";
    const raw = mayNeedCleaning(given.charCodeAt(0)) ? cleanLine(given) : given;
    const lineNo = i + 1;
    let at = 0;
    while (raw.charCodeAt(at) === 32 || raw.charCodeAt(at) === 9) at++;
    const level = levelLengthAt(raw, at);
    if (level > 0) {
      if (logRecords < framing.maxLogRecords && framing.interesting(raw, level))
        openLog(raw.slice(level), lineNo);
      else current = null;
      continue;
    }
    const first = raw.charCodeAt(at);
    if (first >= 48 && first <= 57 && startsWithUptime(raw, at)) {
      const m = HIERARCHICAL.exec(raw);
      if (m) {
        if (framing.interesting(raw, m[0].length)) openLog(raw.slice(m[0].length), lineNo);
        else current = null;
        continue;
      }
    }
    if (at < raw.length) printed.push({ text: raw, line: lineNo, start: first });
    if (first >= 97 && first <= 122 && raw.includes("::", at)) {
      const span = SPAN.exec(raw);
      if (span) {
        records.push({ kind: "span", target: span[1] ?? "", fields: span[2] ?? "", line: lineNo });
        current = null;
        continue;
      }
    }
    const user = userLine(raw, at, first);
    if (user) {
      open({ kind: "user", label: user.label, message: user.message, line: lineNo, more: [] });
      continue;
    }
    if (first === 85 && raw.startsWith("Using ", at) && raw.includes(" at: ")) {
      records.push({ kind: "user", label: "using", message: raw.trim(), line: lineNo, more: [] });
      current = null;
      continue;
    }
    if (logRecords < framing.maxLogRecords && framing.bare(raw, at)) {
      openLog(raw.slice(at), lineNo);
      continue;
    }
    const record = current;
    if (!record) continue;
    if (record.more.length === 0 && joined < MAX_JOINED && raw.trim() && opensBacktick(record)) {
      record.message += withoutMietteBar(raw).trimStart();
      joined++;
    } else if (record.more.length < MAX_MORE) {
      const text = withoutMietteBar(raw);
      record.more.push(text !== raw ? ` ${text}` : raw);
    }
  }
  return { records, printed };
}
function userLine(raw, at, first) {
  let re = null;
  let label = "error";
  switch (first) {
    case 101:
      return labelled(raw, at, "error");
    case 119:
      return labelled(raw, at, "warning");
    case 104:
      return labelled(raw, at, "hint");
    case 67:
      return raw.startsWith("Caused by: ", at) ? { label: "caused", message: raw.slice(at + 11) } : null;
    case 215:
    // ×
    case 120:
      re = MIETTE_TOP;
      break;
    case 9584:
    // ╰
    case 9500:
      re = MIETTE_CAUSE;
      label = "caused";
      break;
  }
  const m = re?.exec(raw);
  return m ? { label, message: raw.slice(m[0].length) } : null;
}
function labelled(raw, at, label) {
  const end = at + label.length;
  return raw.startsWith(label, at) && raw.charCodeAt(end) === 58 && raw.charCodeAt(end + 1) === 32 ? { label, message: raw.slice(end + 2) } : null;
}
function withoutMietteBar(raw) {
  let at = 0;
  while (isSpaceCode(raw.charCodeAt(at))) at++;
  if (raw.charCodeAt(at) !== 9474) return raw;
  return raw.slice(raw.charCodeAt(at + 1) === 32 ? at + 2 : at + 1);
}
function opensBacktick(record) {
  let count = 0;
  let at = record.message.indexOf("`");
  while (at >= 0) {
    count++;
    at = record.message.indexOf("`", at + 1);
  }
  return count % 2 === 1;
}

// src/core/triage/grammars/uv.ts
var MAX_LOG_RECORDS = 2e4;
var MAX_CANDIDATES = 2e3;
var MAX_CUT = 200;
var MAX_MENTIONS = 2e3;
var FEW_FOUND = 64;
var DISCOVERY_SPAN = /^uv_(?:interpreter|toolchain|python)::(?:\w+::)*find_\w*$/;
function parseUv(lines) {
  const { records, printed } = frameRecords(lines, {
    interesting: isInterestingMessage,
    bare: isBareMessage,
    maxLogRecords: MAX_LOG_RECORDS
  });
  const log = readLog(records);
  const output = [];
  for (const r of records) {
    if (r.kind !== "user" || r.label !== "using") continue;
    const step = parseUsing(r.message, r.line);
    if (step?.kind === "event") {
      step.event.plain = true;
      output.push(step.event);
    }
  }
  output.push(...readPrinted(printed));
  const errors = log.chains.filter((c) => log.events.length > 0 || isUvError(c));
  const turnDowns = [...errors, ...log.warnings].map(turnDownOf).filter((e) => e !== null);
  return inLineOrder([log.events, errors.map((c) => finalErrorOf(c, true)), turnDowns, output]);
}
function readLog(records) {
  const events = [];
  const chains = [];
  const warnings = [];
  const keys = /* @__PURE__ */ new Map();
  const founds = [];
  const candidates = /* @__PURE__ */ new Map();
  const cut = /* @__PURE__ */ new Set();
  let lastKey = null;
  let lastProbe = null;
  let chain = null;
  let filled = 0;
  const ctx = {
    keyOf: (path) => {
      if (founds.length <= FEW_FOUND) {
        for (let i = founds.length - 1; i >= 0; i--) {
          const found2 = founds[i];
          if (found2.path === path) return found2.key ?? lastKey;
        }
        return lastKey;
      }
      for (; filled < founds.length; filled++) {
        const found2 = founds[filled];
        keys.set(found2.path, found2.key);
      }
      return keys.get(path) ?? lastKey;
    }
  };
  for (const r of records) {
    if (r.kind === "user") {
      if (r.label === "error") chains.push(chain = { top: r, causes: [], hints: [] });
      else if (r.label === "warning") warnings.push({ top: r, causes: [], hints: [] });
      else if (r.label === "caused") chain?.causes.push(r);
      else if (r.label === "hint") chain?.hints.push(r);
      continue;
    }
    if (r.kind === "span") {
      if (DISCOVERY_SPAN.test(r.target)) events.push(spanSearch(r));
      continue;
    }
    const step = parseUvMessage(r.message, r.more, r.line, ctx);
    if (!step) continue;
    if (step.kind === "candidate") {
      lastProbe = { path: step.path, version: step.version, source: step.source, line: r.line };
      const known = candidates.get(step.path);
      if (!known && candidates.size < MAX_CANDIDATES) candidates.set(step.path, lastProbe);
      else if (known && !known.version) known.version = step.version;
      continue;
    }
    if (step.kind === "unsupported") {
      if (lastProbe)
        events.push({
          type: "rejected",
          tool: "uv",
          line: r.line,
          path: lastProbe.path,
          reason: step.reason,
          reasonKind: "python2-unsupported",
          source: lastProbe.source
        });
      continue;
    }
    const e = step.event;
    if (e.type === "found") {
      founds.push(e);
      lastKey = e.key;
    }
    if (step.truncated) cut.add(e);
    events.push(e);
  }
  events.push(...unreportedCandidates(events, candidates));
  completeCutPaths(events, cut);
  return { events, chains, warnings };
}
function spanSearch(r) {
  const request = /(?:^|[ ,])request=(\S+)/.exec(r.fields)?.[1] ?? null;
  const name = r.target.slice(r.target.lastIndexOf("::") + 2);
  return { type: "search", tool: "uv", line: r.line, request, scope: name };
}
function unreportedCandidates(events, candidates) {
  if (!candidates.size) return [];
  const reported = /* @__PURE__ */ new Set();
  for (const e of events) if (e.type === "found") reported.add(e.path);
  const found2 = [];
  for (const c of candidates.values()) {
    if (reported.has(c.path)) continue;
    found2.push({
      type: "found",
      tool: "uv",
      line: c.line,
      key: null,
      version: c.version,
      path: c.path,
      source: c.source
    });
  }
  return found2;
}
function completeCutPaths(events, cut) {
  if (!cut.size) return;
  const mentions = /* @__PURE__ */ new Set();
  for (const e of [...events].sort((a, b) => a.line - b.line)) {
    if (mentions.size >= MAX_MENTIONS) break;
    if (!cut.has(e) && "path" in e) mentions.add(e.path);
  }
  let completed = 0;
  for (const e of cut) {
    if (!("path" in e) || completed++ >= MAX_CUT) break;
    for (const full of mentions) {
      if (full.length > e.path.length && full.startsWith(e.path)) {
        e.path = full;
        break;
      }
    }
  }
}

// src/core/triage/grammars/virtualenv.ts
var MS_PREFIX = /^(?:[\w.-]+: )?\d+ (?:[DIWEC] )?/;
var DEFAULT_FORMAT = /^(?:DEBUG|INFO|WARNING|ERROR|CRITICAL):[\w.-]{1,60}:/;
var ENV_PREFIX = /^[a-z0-9_.][\w.-]{0,79}: /;
var LOGGER_PREFIX = /^(?:\[(?:virtualenv|python_discovery)[\w.:]*\] |(?:DEBUG|INFO|WARNING|ERROR|CRITICAL)(?: +|:)(virtualenv|python_discovery)[\w.]*:\s?)/;
var SUFFIX = /^ \[(?:(?:DEBUG|INFO|WARNING|ERROR|CRITICAL|NOTSET) +)?[\w./\\-]+:\d+\]$/;
var INFO = /^(proposed|accepted) (\w*PythonInfo)\((.*)$/;
var SPEC_VERSION = /^([A-Za-z]+)(\d+)\.(\d+)\.(\d+)\.\w+\.\d+(t?)(d?)-/;
var STARTING11 = "[DIWECfpadgrRPv";
var STARTS7 = charTable(STARTING11);
var VIRTUALENV_LINES = {
  starts: DIGITS + STARTING11,
  elsewhere: envThenRecord
};
function parseVirtualenv(lines, only) {
  const events = [];
  const proposed = /* @__PURE__ */ new Map();
  const accepted = /* @__PURE__ */ new Set();
  let request = null;
  let asked = null;
  let failed = false;
  let pending = null;
  const dropped = /* @__PURE__ */ new Set();
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const raw = lines[i] ?? "";
    if (!raw || !mayBeRecord(raw)) continue;
    const line = i + 1;
    const text = raw.trim();
    const version = text.startsWith("virtualenv ") ? /^virtualenv (\d+\.\d+(?:\.\d+)?\S*) from /.exec(text) : null;
    if (version) {
      events.push({ type: "tool-version", tool: "virtualenv", line, version: version[1] ?? "" });
      continue;
    }
    const record = recordOf(text);
    if (!record) continue;
    const { message, tool } = record;
    const push = (event3) => events.push(event3);
    if (pending !== null && searchesOn(message)) {
      dropped.add(pending);
      pending = null;
    }
    const finalError = message.startsWith("failed to find interpreter for ") || message.startsWith("RuntimeError: failed to find interpreter for ") ? /^(?:RuntimeError: )?(failed to find interpreter for .+)$/.exec(message) : null;
    if (finalError) {
      failed = true;
      push({
        type: "final-error",
        tool,
        line,
        message: (finalError[1] ?? "").replace(/ \[ERROR [^\]]*\]$/, ""),
        causes: [],
        hints: []
      });
      continue;
    }
    if (message.startsWith("find interpreter for spec ")) {
      request = message.slice(26);
      const spec = requestOfSpec(request);
      asked = request ? spec : null;
      push({
        type: "search",
        tool,
        line,
        request: spec,
        scope: "interpreters matching the spec"
      });
      continue;
    }
    const info = message.startsWith("proposed ") || message.startsWith("accepted ") ? INFO.exec(message) : null;
    if (info) {
      const fields = infoFields(info[3] ?? "");
      const path = fields.exe ?? "";
      if (!path) continue;
      const spec = fields.spec ?? "";
      const found2 = versionOfSpec(spec) ?? fields.version ?? null;
      if (info[1] === "proposed") {
        if (!proposed.has(path)) proposed.set(path, { line, spec, tool });
        pending = path;
        push({
          type: "found",
          tool,
          line,
          path,
          key: spec || null,
          version: found2,
          source: fields.system ? `system=${fields.system}` : null
        });
      } else {
        accepted.add(path);
        pending = null;
        push({ type: "selected", tool, line, path, version: found2 });
      }
      continue;
    }
    const event2 = otherRecord(message, tool, line, {
      request: asked,
      next: lines[i + 1] ?? ""
    });
    if (event2) push(event2);
  }
  const ended = failed || accepted.size > 0;
  for (const [path, { line, spec, tool }] of proposed) {
    if (accepted.has(path) || !ended && !dropped.has(path)) continue;
    const variant = request !== null && /(free_threaded=True|debug=True)/.test(request);
    events.push({
      type: "skipped",
      tool,
      line,
      path,
      reason: `${spec || "interpreter"} does not match ${request ?? "the spec"}`,
      reasonKind: variant ? "variant-mismatch" : "version-mismatch",
      source: null
    });
  }
  return events;
}
function otherRecord(message, tool, line, context) {
  const { request, next } = context;
  const discover = message.startsWith("discover ");
  const get = message.startsWith("get");
  const failedToQuery = message.startsWith("failed to query ");
  let m = discover ? /^discover (?:exe|system) for \w*PythonInfo\(.*\) in (\S.*)$/.exec(message) : null;
  if (m) return { type: "search", tool, line, request: null, scope: `base interpreter in ${m[1]}` };
  m = discover ? /^discover exe from cache (\S.*?) - exact /.exec(message) : null;
  if (m) return { type: "search", tool, line, request: null, scope: `base interpreter in ${m[1]}` };
  if (message.startsWith("discover PATH[")) {
    const eq = message.indexOf("]=");
    if (eq < 0) return null;
    const dir = message.slice(eq + 2).replace(/ with =>.*$/, "");
    return { type: "search", tool, line, request, scope: `PATH entry ${dir}` };
  }
  m = get ? /^get interpreter info via cmd: (.+)$/.exec(message) : null;
  if (m) return found(tool, line, firstWord(m[1] ?? ""), "query");
  const got = message.startsWith("got python info of ");
  m = got ? /^got python info of %s from \(\w*Path\('([^']+)'\)/.exec(message) : null;
  if (m) return found(tool, line, m[1] ?? "", "py_info cache");
  m = got ? /^got python info of (\S.*?) from /.exec(message) : null;
  if (m) return found(tool, line, m[1] ?? "", "py_info cache");
  m = get ? /^get PythonInfo from \S.* for (\S.*)$/.exec(message) : null;
  if (m) return found(tool, line, m[1] ?? "", "py_info cache");
  m = message.startsWith("resolved shim ") ? /^resolved shim (\S+) to (\S+)$/.exec(message) : null;
  if (m) return found(tool, line, m[2] ?? "", `shim ${m[1]}`);
  m = failedToQuery ? /^failed to query (.+?) with code (-?\d+)(.*)$/.exec(message) : null;
  if (m) {
    const rest = m[3] ?? "";
    const err = rest.indexOf(" err: ");
    const detail = clip2(
      `failed to query ${m[1] ?? ""} with code ${m[2]}${err >= 0 ? ` err: ${unquote(rest.slice(err + 6))}` : ""}`,
      2e3
    );
    return queryFailed(tool, line, m[1] ?? "", detail);
  }
  m = failedToQuery ? /^failed to query ((?:\/|~|[A-Za-z]:[\\/])\S*)/.exec(message) : null;
  if (m) return queryFailed(tool, line, m[1] ?? "", "failed to query");
  m = message.startsWith("first subprocess attempt failed for") ? /^first subprocess attempt failed for(?: (\S+?))?(?: \((.*))?$/.exec(message) : null;
  if (m) {
    const path = m[1] ?? firstWord(next.replace(/^[\s>]+/, ""));
    const detail = m[2] ? `first subprocess attempt failed (${m[2]}` : "first subprocess attempt failed";
    return path ? queryFailed(tool, line, path, clip2(unquote(detail), 2e3)) : null;
  }
  m = message.includes(" returned invalid JSON (exit code ") || message.includes(" failed to produce interpreter info") ? /^(\S.*?) (?:returned invalid JSON \(exit code -?\d+\)|failed to produce interpreter info)/.exec(
    message
  ) : null;
  if (m) return queryFailed(tool, line, m[1] ?? "", message.slice((m[1] ?? "").length + 1));
  m = message.includes(", older than the minimum ") ? /^(\S.*?) is Python (\S+), older than the minimum (\S+) python-discovery can query/.exec(
    message
  ) : null;
  if (m)
    return rejected2(
      tool,
      line,
      m[1] ?? "",
      message.slice((m[1] ?? "").length + 1),
      "python2-unsupported",
      false
    );
  m = message.startsWith("ignore ") ? /^ignore (\S.*?) due cannot resolve system due to (.+)$/.exec(message) : null;
  if (m)
    return rejected2(
      tool,
      line,
      m[1] ?? "",
      `cannot resolve system due to ${m[2]}`,
      "query-failed",
      false
    );
  m = message.startsWith("PEP-514 ") ? /^PEP-514 violation in Windows Registry at (\S+) error: exe does not exists? (\S.*)$/.exec(
    message
  ) : null;
  if (m)
    return rejected2(
      tool,
      line,
      m[2] ?? "",
      `PEP-514 violation in Windows Registry at ${m[1]}: exe does not exists`,
      "other",
      true
    );
  return null;
}
function searchesOn(message) {
  return message.startsWith("proposed ") || message.startsWith("discover PATH[") || message.startsWith("get interpreter info via cmd: ") || message.startsWith("got python info of ") || message.startsWith("failed to query ") || message.startsWith("failed to find interpreter for ") || message.startsWith("RuntimeError: failed to find interpreter for ");
}
function mayBeRecord(raw) {
  const at = indentOf(raw);
  if (isDigitCode(raw.charCodeAt(at))) return digitsThenSpace(raw, at);
  if (codeIn(STARTS7, raw.charCodeAt(at))) return true;
  return envThenRecord(raw);
}
function envThenRecord(raw) {
  return ENV_THEN_RECORD.test(raw);
}
function envThenMilliseconds(raw) {
  return ENV_THEN_MILLISECONDS.test(raw);
}
var ENV_THEN_RECORD = new RegExp(
  `^[ \\t]{0,12}[\\w.-]{1,80}: [\\d${STARTING11.replace(/[[\]\\^-]/g, "\\$&")}]`
);
var ENV_THEN_MILLISECONDS = /^[ \t]{0,12}[\w.-]{1,80}: \d/;
function recordOf(text) {
  let body = text;
  let tool = "virtualenv";
  let prefixed = false;
  const ms = mayHaveMilliseconds(text) ? MS_PREFIX.exec(text) : null;
  if (ms) {
    body = text.slice(ms[0].length);
    prefixed = true;
  } else {
    const logger = mayHaveLogger(text) ? LOGGER_PREFIX.exec(text) : null;
    if (logger) {
      body = text.slice(logger[0].length);
      prefixed = true;
      if (logger[1] === "python_discovery") tool = "python-discovery";
    } else {
      const plain = DEFAULT_FORMAT.exec(text);
      if (plain && isKnownStart(text.slice(plain[0].length))) {
        return recordOf(text.slice(plain[0].length));
      }
      const env = ENV_PREFIX.exec(text);
      if (env && isKnownStart(text.slice(env[0].length))) {
        body = text.slice(env[0].length);
        prefixed = true;
      } else if (!isKnownStart(text)) {
        return null;
      }
    }
  }
  const open = body.lastIndexOf(" [");
  if (open >= 0 && body.endsWith("]") && SUFFIX.test(body.slice(open))) {
    body = body.slice(0, open);
  } else if (ms && !isKnownStart(body)) {
    return null;
  }
  if (!prefixed && !isKnownStart(body)) return null;
  return { message: body, tool };
}
function mayHaveMilliseconds(text) {
  return isDigitCode(text.charCodeAt(0)) || envThenMilliseconds(text);
}
function mayHaveLogger(text) {
  switch (text.charCodeAt(0)) {
    case 91:
      return text.startsWith("[virtualenv") || text.startsWith("[python_discovery");
    case 68:
      return text.startsWith("DEBUG");
    case 73:
      return text.startsWith("INFO");
    case 87:
      return text.startsWith("WARNING");
    case 69:
      return text.startsWith("ERROR");
    case 67:
      return text.startsWith("CRITICAL");
    default:
      return false;
  }
}
function isKnownStart(text) {
  let opens;
  switch (text.charCodeAt(0)) {
    case 102:
      opens = text.startsWith("find interpreter ") || text.startsWith("failed to ") || text.startsWith("first subprocess ");
      break;
    case 112:
      opens = text.startsWith("proposed ");
      break;
    case 97:
      opens = text.startsWith("accepted ");
      break;
    case 100:
      opens = text.startsWith("discover ");
      break;
    case 103:
      opens = text.startsWith("get interpreter ") || text.startsWith("got python ");
      break;
    case 114:
      opens = text.startsWith("resolved shim ");
      break;
    case 80:
      opens = text.startsWith("PEP-514 ");
      break;
    case 82:
      opens = text.startsWith("RuntimeError: ");
      break;
    default:
      opens = false;
  }
  return opens && KNOWN_START.test(text);
}
var KNOWN_START = /^(?:find interpreter for spec |(?:proposed|accepted) \w*PythonInfo\(|discover (?:exe|system) for |discover exe from cache |discover PATH\[|get interpreter info via cmd: |got python info of |resolved shim |failed to query |first subprocess attempt failed for|PEP-514 violation in Windows Registry |RuntimeError: failed to find interpreter for |failed to find interpreter for Builtin discover )/;
function infoFields(body) {
  if (body.startsWith("{")) {
    const exe = /'executable': u?'([^']+)'/.exec(body)?.[1];
    const system = /'system_executable': u?'([^']+)'/.exec(body)?.[1];
    const v = /'version_info': [^0-9]{0,80}(\d+)[^0-9]{1,40}(\d+)[^0-9]{1,40}(\d+)/.exec(body);
    return {
      exe,
      system: system !== exe ? system : void 0,
      version: v ? `${v[1]}.${v[2]}.${v[3]}` : void 0
    };
  }
  const fields = {};
  for (let start = 0; ; ) {
    const end = body.indexOf(", ", start);
    const key = infoKeyAt(body, start);
    if (key) {
      let value = body.slice(start + key.length + 1, end < 0 ? body.length : end);
      if (value.endsWith(",")) value = value.slice(0, -1);
      fields[key] = value;
    }
    if (end < 0) return fields;
    start = end + 2;
  }
}
function infoKeyAt(body, at) {
  switch (body.charCodeAt(at)) {
    case 115:
      if (body.startsWith("spec=", at)) return "spec";
      return body.startsWith("system=", at) ? "system" : null;
    case 101:
      return body.startsWith("exe=", at) ? "exe" : null;
    default:
      return null;
  }
}
function found(tool, line, path, source) {
  return path ? { type: "found", tool, line, path, key: null, version: null, source } : null;
}
function queryFailed(tool, line, path, detail) {
  return {
    type: "query-failed",
    tool,
    line,
    path,
    detail,
    reasonKind: failureKind(detail, path)
  };
}
function rejected2(tool, line, path, reason, reasonKind, plain) {
  return {
    type: "rejected",
    tool,
    line,
    path,
    reason,
    reasonKind,
    source: null,
    ...plain ? { plain } : {}
  };
}
function firstWord(command) {
  const c = command.charAt(0);
  if (c === "'" || c === '"') {
    const end = command.indexOf(c, 1);
    return end > 0 ? command.slice(1, end) : "";
  }
  const space = command.indexOf(" ");
  return space < 0 ? command : command.slice(0, space);
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

// src/core/triage/log-presence-lines.ts
var MAX_READ = 400;
var BUILDKIT = /^#\d{1,5} \d{1,6}\.\d{1,4} /;
var TIMESTAMP = /^(?:==> )?\[?(?:\d{4}-\d\d-\d\d[T _-]\d\d:\d\d(?::\d\d)?(?:[.,]\d{1,9})?|\d\d:\d\d:\d\d[.,]\d{1,9})(?:Z|[+-]\d\d:?\d\d)?\]?:? +/;
var WORD_LEVEL_TIMESTAMP = /^(?:[\w.-]{1,60}\.[jt]s:\d{1,6} \[Extension Host\] )?(Info|Warn|Warning|Error|Debug|Trace|Verbose) (?:[\w ]{1,40}: )?\d{4}-\d\d-\d\d \d\d:\d\d:\d\d:/;
var UPTIME = /^\d{1,6}\.\d{1,9}s +(?:\d{1,6}m?s +)?/;
var RUNNER_DEBUG = "##[debug]";
var LEVEL_WORD = /^(TRACE|DEBUG|VERBOSE|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL)(?:[ :\]]|$)/;
var BRACKET_LEVEL = /^\[(trace|debug|verbose|info|notice|warn|warning|error|critical|fatal)\](?: |$)/i;
var BRACKET_LEVEL_STAMP = /^\[(TRACE|DEBUG|VERBOSE|INFO|WARN|WARNING|ERROR|CRITICAL) \d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,9})?\]:? /i;
var PADDED_LOWER_LEVEL = /^(trace|debug|info|warning|error|critical) {2,}[a-z][\w-]{1,30} /;
var LOGGER_AFTER_LEVEL = /^ {0,8}[\w-]+(?:(?:::|\.)[\w-]+)+[ :\]]|^:[\w.-]+:/;
var LEVEL_LOCATION_SUFFIX = /\[(?:DEBUG|INFO|WARNING|ERROR|CRITICAL|NOTSET) +[\w.<>-]{1,80}:\d{1,6}\]$/;
var TOX_DEBUG = /^[\w.-]{1,80}: \d{1,9} [DIWEC] /;
var SOURCE_LOCATION_SUFFIX = /\[[\w./\\<>-]{1,200}\.py:\d{1,6}\]$/;
var BRACKET_LOGGER = /^\[[A-Za-z_][\w-]{1,60}(?:[.:][\w-]{1,60}){0,8}\] +[^\s#]/;
var DOTTED_LOGGER = /^[a-z_][\w-]{0,60}(?:\.[a-z_][\w-]{0,60}){1,8}:[ \t]+\S/;
var RUST_SPAN = /^[a-z_]\w{0,60}(?:::[a-z_]\w{0,60}){1,10}(?: +\w{1,40}=| *$)/;
var PIPX_LOCATION = /^(?:pipx > ?)?\(\w{1,60}:\d{1,6}\):? /;
var PS4_TRACE = /^\+{1,6} \[[^\]\s]{1,120}:\d{1,6}\] /;
var XTRACE = /^\+{1,6} \S/;
var SOLVER_TRACE = /^ {0,6}\d{1,6}: (?:fact|derived|conflict|selecting|not selecting|Version solving|Tried \d|Retrying|! )/;
var VERBOSE_ONLY_MESSAGE = /^(?:Created temporary directory: |Using pip \d\S* from |Non-user install because |Found link |Skipping link|Fetched page |Getting page |Looking up "|Starting new HTTPS? connection|Created build tracker|Removed build tracker|Loading configuration file |Adding repository \S+ \(|Deactivating the PyPI repository|Using virtualenv: |Trying (?:python|pypy)[\w.]{0,12} *$|Trying to detect current active python|Checking if keyring is available|Using keyring backend |Creating new session for |Source \([^()]{1,80}\): \d+ packages? found for )|^https?:\/\/\S{1,300}:\d{1,5} "(?:GET|POST|HEAD|PUT) /;
var CONFIGURE = /^checking (?:for |whether |if |how )?[^\n]{1,200}?\.\.\. /;
function lineShape(raw) {
  let line = raw.length > MAX_READ ? raw.slice(0, MAX_READ) : raw;
  line = line.trimStart();
  if (!line) return "other";
  const first = line.charCodeAt(0);
  let timed = false;
  if (first === 35 && BUILDKIT.test(line)) line = line.replace(BUILDKIT, "");
  const c = line.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === 91 || c === 61) {
    const stamp = TIMESTAMP.exec(line);
    if (stamp) {
      timed = true;
      line = line.slice(stamp[0].length);
    } else {
      const uptime = UPTIME.exec(line);
      if (uptime) {
        timed = true;
        line = line.slice(uptime[0].length);
      }
    }
  } else if (c >= 65 && c <= 90 || c >= 97 && c <= 122) {
    const vscode = WORD_LEVEL_TIMESTAMP.exec(line);
    if (vscode) return /^(?:Debug|Trace|Verbose)/.test(vscode[1] ?? "") ? "verbose" : "record";
  }
  if (line.startsWith(RUNNER_DEBUG)) return "verbose";
  const level = levelOf(line);
  if (level === "debug") return "verbose";
  if (level === "logged") return "record";
  if (timed) {
    const head = line.slice(0, 80);
    return head.includes("DEBUG") || head.includes("TRACE") ? "verbose" : "record";
  }
  if (level === "plain") return "level";
  const end = raw.trimEnd();
  if (end.charCodeAt(end.length - 1) === 93) {
    const tail = end.length > 300 ? end.slice(-300) : end;
    if (LEVEL_LOCATION_SUFFIX.test(tail) || SOURCE_LOCATION_SUFFIX.test(tail)) return "verbose";
  }
  return shapeWithoutLevel(line);
}
function levelOf(line) {
  const c = line.charCodeAt(0);
  let word = null;
  let rest = "";
  if (c >= 65 && c <= 90) {
    const m = LEVEL_WORD.exec(line);
    if (m) {
      word = m[1] ?? "";
      rest = line.slice(word.length);
    }
  } else if (c === 91) {
    const m = BRACKET_LEVEL.exec(line);
    if (m) {
      word = (m[1] ?? "").toUpperCase();
      rest = line.slice(m[0].length);
    } else {
      const stamped = BRACKET_LEVEL_STAMP.exec(line)?.[1]?.toUpperCase();
      if (stamped)
        return stamped === "TRACE" || stamped === "DEBUG" || stamped === "VERBOSE" ? "debug" : "logged";
    }
  } else if (c >= 97 && c <= 122) {
    const m = PADDED_LOWER_LEVEL.exec(line);
    if (m) return m[1] === "trace" || m[1] === "debug" || m[1] === "info" ? "debug" : "plain";
  }
  if (word === null) return null;
  if (word === "TRACE" || word === "DEBUG" || word === "VERBOSE") return "debug";
  return LOGGER_AFTER_LEVEL.test(rest) ? "logged" : "plain";
}
function shapeWithoutLevel(line) {
  switch (line.charCodeAt(0)) {
    case 91:
      return BRACKET_LOGGER.test(line) ? "record" : "other";
    case 40:
      return PIPX_LOCATION.test(line) ? "verbose" : "other";
    case 43:
      if (PS4_TRACE.test(line)) return "verbose";
      return XTRACE.test(line) ? "xtrace" : "other";
    case 99:
      if (CONFIGURE.test(line)) return "configure";
      break;
    default:
      break;
  }
  const c = line.charCodeAt(0);
  if (c >= 48 && c <= 57 && SOLVER_TRACE.test(line)) return "verbose";
  if (c >= 97 && c <= 122) {
    if (PIPX_LOCATION.test(line)) return "verbose";
    if (DOTTED_LOGGER.test(line) || RUST_SPAN.test(line)) return "record";
  }
  if (TOX_DEBUG.test(line)) return "record";
  if (VERBOSE_ONLY_MESSAGE.test(line)) return "verbose";
  return "other";
}

// src/core/triage/grammars/vscode-python.ts
var STAMPED = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \[(?:trace|debug|info|warning|error)\] (?:\[[\w-]+\] )?(.*)$/;
var OLD_STAMPED = /^(?:Info|Error|Warn|Warning|Verbose|Trace) \d{4}-\d\d-\d\d \d\d:\d\d:\d\d: (.*)$/;
var LEVEL_STARTS = charTable("IEWVT");
var STARTING12 = "0123456789IEWVTP>~/[";
var STARTS8 = charTable(STARTING12);
var VSCODE_PYTHON_LINES = { starts: STARTING12 };
var ENOENT = /ENOENT: no such file or directory, (\w+) '([^']+)'|spawn (\S+) ENOENT/;
var SEARCHED = /env|interpreter|conda|python|pyenv|poetry|pipenv|hatch|pixi|store/i;
var INTERPRETER_NAME = /(?:^|[\\/])(?:python|pypy)[\d.]*[tw]?(?:\.exe)?$/i;
function parseVscodePython(lines, only) {
  const events = [];
  const count = only ? only.length : lines.length;
  for (let k = 0; k < count; k++) {
    const i = only ? only[k] : k;
    const raw = lines[i] ?? "";
    if (!raw) continue;
    const at = indentOf(raw);
    if (!codeIn(STARTS8, raw.charCodeAt(at)) || isDigitCode(raw.charCodeAt(at)) && raw.charCodeAt(at + 4) !== 45)
      continue;
    const text = at > 0 ? raw.slice(at) : raw;
    const line = i + 1;
    const first = text.charCodeAt(0);
    const stamped = isDigitCode(first) ? STAMPED.exec(text) : codeIn(LEVEL_STARTS, first) && levelWordThenDigit(text) ? OLD_STAMPED.exec(text) : first === 91 ? bracketStamped(text) : null;
    if (text.includes("ENOENT")) {
      const event3 = missingInterpreter(text, line, stamped?.[1] ?? null);
      if (event3) events.push(event3);
      continue;
    }
    const event2 = stamped ? extensionMessage(stamped[1] ?? "", line) ?? petMessage(stamped[1] ?? "", "vscode-python", line) : bareLine(text, line);
    if (event2) events.push(event2);
  }
  return events;
}
function extensionMessage(message, line) {
  const tool = "vscode-python";
  const found2 = (path, source) => ({
    type: "found",
    tool,
    line,
    path,
    key: null,
    version: null,
    source
  });
  const search2 = (scope) => ({
    type: "search",
    tool,
    line,
    request: null,
    scope
  });
  const bare = bareLine(message, line);
  if (bare) return bare;
  let m = /^Selected interpreter (\S.*?) for creating virtual environment/.exec(message);
  if (m) return { type: "selected", tool, line, path: m[1] ?? "", version: null };
  m = /^Found interpreter for (?:>> (.+?) <<|([^,]+),)/.exec(message);
  if (m) return found2(m[1] ?? m[2] ?? "", "interpreter query");
  m = /^Found (?:conda|Python) executable: (\S.*)$/.exec(message);
  if (m) return found2(m[1] ?? "", "locator");
  m = message.startsWith("Found: ") ? /^Found: (\S.*?) --> (\S.*)$/.exec(message) : null;
  if (m) return found2(m[1] ?? "", `resolves to ${m[2] ?? ""}`);
  m = message.startsWith("> ") ? LOCATOR_COMMAND.exec(message) : null;
  if (m) return search2(`${m[1]} ${m[2] ?? ""}`.trim());
  m = /^Looking into conda env for executable: (\{.*\})$/.exec(message);
  if (m) return search2(`conda env ${condaPrefix(m[1] ?? "") ?? ""}`.trim());
  m = /^(Executable does not exist within conda env, assume the executable to be `python`) (\{.*\})$/.exec(
    message
  );
  if (m) {
    const prefix = condaPrefix(m[2] ?? "");
    if (prefix)
      return {
        type: "skipped",
        tool,
        line,
        path: prefix,
        reason: m[1] ?? "",
        reasonKind: "query-failed",
        source: "conda locator"
      };
  }
  m = /^(\w+ Virtual Environment): \[(added|skipped)\] (\S.*)$/.exec(message);
  if (m && m[2] === "added") return found2(m[3] ?? "", "locator");
  if (m)
    return {
      type: "skipped",
      tool,
      line,
      path: m[3] ?? "",
      reason: `${m[1]}: [skipped]`,
      reasonKind: "other",
      source: "locator"
    };
  m = /^The \.project file inside environment folder: (\S.*?) doesn't contain a valid path to the project$/.exec(
    message
  );
  if (m)
    return {
      type: "rejected",
      tool,
      line,
      path: m[1] ?? "",
      reason: "The .project file inside environment folder doesn't contain a valid path to the project",
      reasonKind: "other",
      source: "pipenv locator"
    };
  m = /^Resolved (\S.*?)(?: using downstream locator)?$/.exec(message);
  if (m && INTERPRETER_NAME.test(m[1] ?? "")) return found2(m[1] ?? "", "resolver");
  m = /^(?:Searching for|Finished searching for|Probing conda binary:) (.*)$/.exec(message);
  if (m && SEARCHED.test(m[1] ?? "")) return search2(m[1] ?? "");
  m = /^Failed to parse interpreter information for >> (.+?) << with (.*)$/.exec(message);
  if (m) {
    const detail = clip2(`Failed to parse interpreter information: ${m[2]}`, 2e3);
    return {
      type: "query-failed",
      tool,
      line,
      path: m[1] ?? "",
      detail,
      reasonKind: failureKind(detail, m[1])
    };
  }
  m = /^Failed to (resolve|process environment:) (\S.*)$/.exec(message);
  if (m && INTERPRETER_NAME.test(m[2] ?? ""))
    return {
      type: "rejected",
      tool,
      line,
      path: m[2] ?? "",
      reason: m[1] === "resolve" ? "Failed to resolve" : "Failed to process environment",
      reasonKind: "query-failed",
      source: null
    };
  return null;
}
var LOCATOR_COMMAND = /^> (?:\S*[\\/])?(conda|mamba|micromamba|hatch|pyenv|pixi|poetry|pipenv|pdm|uv|py)(?:\.exe)?(?: (.{1,200}))?$/;
function condaPrefix(json) {
  const m = /"prefix":"((?:[^"\\]|\\.){1,1000})"/.exec(json);
  if (!m) return null;
  try {
    return JSON.parse(`"${m[1] ?? ""}"`);
  } catch {
    return null;
  }
}
function bareLine(text, line) {
  if (text.includes("interpreterInfo.py")) {
    const exe = /^(?:> )?(\S+) (?:-I |-S )?\S*(?:get_output_via_markers|interpreterInfo)\.py/.exec(
      text
    )?.[1];
    return exe ? {
      type: "found",
      tool: "vscode-python",
      line,
      path: exe,
      key: null,
      version: null,
      source: "interpreter query"
    } : null;
  }
  const m = text.startsWith("Python interpreter path: ") ? /^Python interpreter path: (\S.*)$/.exec(text) : null;
  return m ? { type: "selected", tool: "vscode-python", line, path: m[1] ?? "", version: null } : null;
}
function bracketStamped(text) {
  const stamp = BRACKET_LEVEL_STAMP.exec(text);
  return stamp ? [text, text.slice(stamp[0].length)] : null;
}
function levelWordThenDigit(text) {
  const space = text.indexOf(" ");
  return space > 0 && space <= 7 && isDigitCode(text.charCodeAt(space + 1));
}
function missingInterpreter(text, line, message) {
  const m = ENOENT.exec(text);
  const path = m?.[2] ?? m?.[3];
  if (!path || !INTERPRETER_NAME.test(path)) return null;
  const words = message === null ? "" : wordsBeforeError(message);
  const reason = words ? clip2(words, 500) : m?.[2] ? `ENOENT: no such file or directory, ${m[1]}` : "spawn ENOENT";
  return {
    type: "rejected",
    tool: "vscode-python",
    line,
    path,
    reason,
    reasonKind: "query-failed",
    source: null,
    ...message === null ? { plain: true } : {}
  };
}
function wordsBeforeError(message) {
  let end = message.length;
  for (const mark of ["[", "Error: ", "spawn ", "ENOENT"]) {
    const at = message.indexOf(mark);
    if (at >= 0 && at < end) end = at;
  }
  const words = message.slice(0, Math.min(end, 300)).trim().replace(/:$/, "").trimEnd();
  return words.length >= 3 && words !== "Error" ? words : "";
}

// src/core/triage/grammars/index.ts
var PLAIN_GRAMMARS = [
  [parseVirtualenv, VIRTUALENV_LINES],
  [parsePdm, PDM_LINES],
  [parsePoetry, POETRY_LINES],
  [parseTox, TOX_LINES],
  [parsePipx, PIPX_LINES],
  [parsePyenv, PYENV_LINES],
  [parsePyenvWin, PYENV_WIN_LINES],
  [parsePipenv, PIPENV_LINES],
  [parseHatch, HATCH_LINES],
  [parseRye, RYE_LINES],
  [parsePip, PIP_LINES],
  [parseSetupPython, SETUP_PYTHON_LINES],
  [parseVscodePython, VSCODE_PYTHON_LINES],
  [parsePet, PET_LINES],
  [parseConda, CONDA_LINES]
];
var ASCII_MASKS = new Int32Array(128);
var OTHER_MASKS = /* @__PURE__ */ new Map();
var ELSEWHERE_BITS = [];
var ELSEWHERE_TESTS = [];
PLAIN_GRAMMARS.forEach(([, { starts, elsewhere }], g) => {
  const bit = 1 << g;
  for (const c of starts) {
    const code = c.charCodeAt(0);
    if (code < 128) ASCII_MASKS[code] = (ASCII_MASKS[code] ?? 0) | bit;
    else OTHER_MASKS.set(code, (OTHER_MASKS.get(code) ?? 0) | bit);
  }
  if (elsewhere) {
    ELSEWHERE_BITS.push(bit);
    ELSEWHERE_TESTS.push(elsewhere);
  }
});
var MAX_EVENTS = 5e3;
function parseLogs(text, lines) {
  return readLines(lines ? prepareLines(lines) : splitLines(text));
}
function readLines(lines) {
  let plain = null;
  const only = PLAIN_GRAMMARS.map(() => []);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!line) continue;
    const at = indentOf(line);
    const level = levelLengthAt(line, at);
    if (level > 0 && !isPythonLogRecord(line, level)) {
      (plain ??= lines.slice())[i] = "";
      continue;
    }
    const code = line.charCodeAt(at);
    let mask = code < 128 ? ASCII_MASKS[code] ?? 0 : OTHER_MASKS.get(code) ?? 0;
    for (let e = 0; e < ELSEWHERE_BITS.length; e++) {
      const bit = ELSEWHERE_BITS[e];
      const test = ELSEWHERE_TESTS[e];
      if (!(mask & bit) && test(line, at)) mask |= bit;
    }
    for (; mask; mask &= mask - 1) only[31 - Math.clz32(mask & -mask)]?.push(i);
  }
  const read = plain ?? lines;
  const events = inLineOrder([
    parseUv(lines),
    ...PLAIN_GRAMMARS.map(([grammar], g) => grammar(read, only[g]))
  ]);
  return events.length > MAX_EVENTS ? events.slice(0, MAX_EVENTS) : events;
}

export {
  isDigitCode,
  isSpaceCode,
  charTable,
  startsWithOneOf,
  lineShape,
  parseLogs
};
