#!/usr/bin/env node
import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-CVTBCMPL.js";
import {
  UsageError
} from "./chunks/chunk-SHHEFHGP.js";
import "./chunks/chunk-7RDAVAKQ.js";

// src/cli/main.ts
var HELP = `interpreter-guard ${VERSION}: finds every Python interpreter on this machine and says what each one is.

Usage: interpreter-guard <command> [options]

Commands:
  discover   inventory this machine's interpreters (table, or --json report)
  fixtures   build real interpreter layouts (venv, Nix envs, conda, shims, broken ones) for tests
  triage     read an issue or a log: what it shows, the likely cause, what to do (--json for data)

Run 'interpreter-guard <command> --help' for a command's options.
`;
var COMMANDS = {
  discover: async () => {
    const m = await import("./chunks/discover-7C6WPVBF.js");
    return { run: m.runDiscover, help: m.DISCOVER_HELP };
  },
  fixtures: async () => {
    const m = await import("./chunks/fixtures-YCKCSJOY.js");
    return { run: m.runFixtures, help: m.FIXTURES_HELP };
  },
  triage: async () => {
    const m = await import("./chunks/triage-YSK3UXPX.js");
    return { run: (args, io) => m.runTriage(args, io, io.readStdin), help: m.TRIAGE_HELP };
  }
};
async function main(argv, io) {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.stdout(HELP);
    return command ? 0 : 2;
  }
  if (command === "--version" || command === "-V") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.stderr(`interpreter-guard: unknown command "${command}"

${HELP}`);
    return 2;
  }
  const entry = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(entry.help);
    return 0;
  }
  try {
    return await entry.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`interpreter-guard: ${error.message}
`);
      return 2;
    }
    io.stderr(`interpreter-guard ${command}: ${error.message}
`);
    return 1;
  }
}

// src/cli/io.ts
import { availableParallelism, homedir, userInfo } from "node:os";
function processIo() {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: !!process.stderr.isTTY,
    env: process.env,
    cwd: process.cwd(),
    platform: process.platform,
    home: process.env.HOME ?? process.env.USERPROFILE ?? homedir(),
    user: process.env.USER ?? process.env.USERNAME ?? safeUser(),
    cpus: availableParallelism(),
    readStdin
  };
}
function safeUser() {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}
var MAX_STDIN = 25 * 1024 * 1024;
async function readStdin() {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk;
    size += buffer.length;
    if (size > MAX_STDIN) throw new Error(`standard input is over ${MAX_STDIN} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2), processIo());
