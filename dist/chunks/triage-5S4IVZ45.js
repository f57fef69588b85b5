import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  MAX_LOG_CHARS,
  triageIssue,
  triageLog
} from "./chunk-TET43K6W.js";
import "./chunk-ZIAB7TVI.js";
import "./chunk-L5P4BBSB.js";
import "./chunk-X6NQ3OUU.js";
import {
  UsageError,
  parseCommandArgs
} from "./chunk-SHHEFHGP.js";
import "./chunk-ZECZWOOO.js";
import "./chunk-7RDAVAKQ.js";

// src/cli/triage.ts
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
var TRIAGE_HELP = `Usage: interpreter-guard triage [options] [FILE|-]

Reads an issue body (Markdown, as GitHub stores it) or a raw log from FILE or standard input,
parses the discovery logs in it (uv, virtualenv, pdm/findpython, poetry, tox, pipx, pyenv),
and prints the triage comment: what the log shows, the likely cause and what helps, or which
commands would produce the missing log.

Options:
  --json       print the result object (interpreter-guard/triage@1) instead of the comment
  --log        treat the input as one raw log, not Markdown (default: a .log/.txt FILE)
  --markdown   treat the input as Markdown even for a .log/.txt FILE
  -h, --help   show this help

Input over 25 MB is refused; an issue body over 1 MB is read at its beginning and end.
`;
async function runTriage(args, io, readStdin) {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: "boolean" }, log: { type: "boolean" }, markdown: { type: "boolean" } },
    "triage",
    true
  );
  if (positionals.length > 1)
    throw new UsageError("triage: give one FILE (or - for standard input)");
  if (values.log && values.markdown)
    throw new UsageError("triage: --log and --markdown exclude each other");
  const source = positionals[0] ?? "-";
  const text = source === "-" ? await readStdin() : await readInput(resolve(io.cwd, source));
  const asLog = values.log || !values.markdown && source !== "-" && /\.(?:log|txt)$/i.test(source);
  const { result, comment } = asLog ? triageLog(text) : triageIssue(text);
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}
` : `${comment}
`);
  return 0;
}
async function readInput(file) {
  let size;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new UsageError(
      `triage: cannot read ${file}: ${error.code ?? error.message}`
    );
  }
  if (size > MAX_LOG_CHARS)
    throw new UsageError(`triage: ${file} is ${size} bytes; the limit is ${MAX_LOG_CHARS}`);
  return readFile(file, "utf8");
}
export {
  TRIAGE_HELP,
  runTriage
};
