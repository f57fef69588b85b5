import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  readCapped
} from "./chunk-ZVZB7A6N.js";
import {
  parseThreadExport,
  threadMarkdown,
  triageIssue,
  triageLog
} from "./chunk-Q7I6SJ4M.js";
import "./chunk-RCXO3FIE.js";
import "./chunk-V3IDQTPU.js";
import "./chunk-TX6BET3S.js";
import {
  EXIT,
  UsageError,
  parseCommandArgs
} from "./chunk-NYYF4YTF.js";
import "./chunk-2VOHXSCD.js";
import "./chunk-IDZS62K4.js";
import "./chunk-ZA7TPQS4.js";
import "./chunk-7RDAVAKQ.js";

// src/cli/triage.ts
import { createReadStream } from "node:fs";
import { resolve } from "node:path";
var TRIAGE_HELP = `Usage: interpreter-guard triage [options] [FILE|-]

Reads an issue (Markdown, as GitHub stores it: put the title first as "# title"), an issue
thread exported as text, or a raw log from FILE or standard input, parses the logs in it (uv,
virtualenv, pdm/findpython, poetry, tox, pipx, pyenv, hatch, conda, VS Code Python, \u2026), and
prints the triage comment: what the log shows, the likely cause and what helps, or which
commands would produce the missing log.

A thread export starts with "OWNER/NAME \xB7 issue #N", then "# title" and "[turn N by reporter]",
"[turn N by maintainer]" or "[turn N by commenter]" before each post; commenters' posts are left
out, as the app leaves them out.

Options:
  --repo OWNER/NAME  the issue's repository: its tool is the issue's tool (astral-sh/uv \u2192 uv);
                     a thread export names its own
  --json             print the result object (interpreter-guard/triage@1) instead of the comment
  --log              treat the input as one raw log, not Markdown (default: a .log/.txt FILE)
  --markdown         treat the input as Markdown even for a .log/.txt FILE
  -h, --help         show this help

Input over 25 MB is refused, from a file, a pipe, a device or standard input alike; an issue
body over 1 MB is read at its beginning and end. Exit codes: 0 triaged; 1 an I/O failure
(output that cannot be written); 2 wrong options, or an input that is missing, unreadable or
too big.
`;
var REPOSITORY = /^[\w.-]{1,100}\/[\w.-]{1,100}$/;
async function runTriage(args, io, readStdin) {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      json: { type: "boolean" },
      log: { type: "boolean" },
      markdown: { type: "boolean" },
      repo: { type: "string" }
    },
    "triage",
    true
  );
  if (positionals.length > 1)
    throw new UsageError("triage: give one FILE (or - for standard input)");
  if (values.log && values.markdown)
    throw new UsageError("triage: --log and --markdown exclude each other");
  if (values.repo !== void 0 && !REPOSITORY.test(values.repo))
    throw new UsageError(`triage: --repo must be OWNER/NAME, got "${values.repo.slice(0, 100)}"`);
  const source = positionals[0] ?? "-";
  const text = source === "-" ? await readStdin() : await readInput(resolve(io.cwd, source));
  const asLog = values.log || !values.markdown && source !== "-" && /\.(?:log|txt)$/i.test(source);
  const thread = asLog ? null : parseThreadExport(text);
  const repo = values.repo ?? thread?.repo ?? null;
  const { result, comment } = asLog ? triageLog(text, { repo }) : triageIssue(thread ? threadMarkdown(thread) : text, { repo });
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}
` : `${comment}
`);
  return EXIT.ok;
}
async function readInput(file) {
  try {
    return await readCapped(createReadStream(file, { highWaterMark: 1024 * 1024 }), file);
  } catch (error) {
    const code = error.code ?? "";
    if (INPUT_ERRORS.has(code)) throw new UsageError(`triage: cannot read ${file}: ${code}`);
    throw error;
  }
}
var INPUT_ERRORS = /* @__PURE__ */ new Set([
  "ENOENT",
  "ENOTDIR",
  "EISDIR",
  "EACCES",
  "EPERM",
  "ELOOP",
  "ENAMETOOLONG"
]);
export {
  TRIAGE_HELP,
  runTriage
};
