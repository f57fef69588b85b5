#!/usr/bin/env node
import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-CVTBCMPL.js";
import {
  processIo
} from "./chunks/chunk-ZVZB7A6N.js";
import {
  EXIT,
  UsageError
} from "./chunks/chunk-NYYF4YTF.js";
import "./chunks/chunk-7RDAVAKQ.js";

// src/cli/main.ts
var HELP = `interpreter-guard ${VERSION}: finds every Python interpreter on this machine and says what each one is.

Usage: interpreter-guard <command> [options]

Commands:
  discover   inventory this machine's interpreters (table, or --json report)
  fixtures   build real interpreter layouts (venv, Nix envs, conda, shims, broken ones) for tests
  triage     read an issue or a log: what it shows, the likely cause, what to do (--json for data)
  bisect     find the release of uv, virtualenv, pdm or poetry that changed a decision

Run 'interpreter-guard <command> --help' for a command's options.
`;
var COMMANDS = {
  discover: async () => {
    const m = await import("./chunks/discover-CE7MHU5A.js");
    return { run: m.runDiscover, help: m.DISCOVER_HELP };
  },
  fixtures: async () => {
    const m = await import("./chunks/fixtures-OL3QTUEA.js");
    return { run: m.runFixtures, help: m.FIXTURES_HELP };
  },
  triage: async () => {
    const m = await import("./chunks/triage-WWZ2QWIZ.js");
    return { run: (args, io) => m.runTriage(args, io, io.readStdin), help: m.TRIAGE_HELP };
  },
  bisect: async () => {
    const m = await import("./chunks/bisect-2FN7AI7P.js");
    return { run: m.runBisect, help: m.BISECT_HELP };
  }
};
async function main(argv, io) {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.stdout(HELP);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === "--version" || command === "-V") {
    io.stdout(`${VERSION}
`);
    return EXIT.ok;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.stderr(`interpreter-guard: unknown command "${command}"

${HELP}`);
    return EXIT.usage;
  }
  const entry = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(entry.help);
    return EXIT.ok;
  }
  try {
    return await entry.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`interpreter-guard: ${error.message}
`);
      return EXIT.usage;
    }
    io.stderr(`interpreter-guard ${command}: ${error.message}
`);
    return EXIT.failure;
  }
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2), processIo());
