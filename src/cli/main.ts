// Dispatches `interpreter-guard <command>`; its exit code is one of EXIT (usage.ts), errors one line.
import { VERSION } from '../version.js';
import type { CliIo } from './io.js';
import { EXIT, UsageError } from './usage.js';

const HELP = `interpreter-guard ${VERSION}: finds every Python interpreter on this machine and says what each one is.

Usage: interpreter-guard <command> [options]

Commands:
  discover   inventory this machine's interpreters (table, or --json report)
  fixtures   build real interpreter layouts (venv, Nix envs, conda, shims, broken ones) for tests
  triage     read an issue or a log: what it shows, the likely cause, what to do (--json for data)
  bisect     find the release of uv, virtualenv, pdm or poetry that changed a decision

Run 'interpreter-guard <command> --help' for a command's options.
`;

interface Command {
  run: (args: string[], io: CliIo) => Promise<number>;
  help: string;
}

// Each command's code is loaded only when it runs: starting the CLI stays cheap.
const COMMANDS: Record<string, () => Promise<Command>> = {
  discover: async () => {
    const m = await import('./discover.js');
    return { run: m.runDiscover, help: m.DISCOVER_HELP };
  },
  fixtures: async () => {
    const m = await import('./fixtures.js');
    return { run: m.runFixtures, help: m.FIXTURES_HELP };
  },
  triage: async () => {
    const m = await import('./triage.js');
    return { run: (args, io) => m.runTriage(args, io, io.readStdin), help: m.TRIAGE_HELP };
  },
  bisect: async () => {
    const m = await import('./bisect.js');
    return { run: m.runBisect, help: m.BISECT_HELP };
  },
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === '--version' || command === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.stderr(`interpreter-guard: unknown command "${command}"\n\n${HELP}`);
    return EXIT.usage;
  }
  const entry = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(entry.help);
    return EXIT.ok;
  }
  try {
    return await entry.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`interpreter-guard: ${error.message}\n`);
      return EXIT.usage;
    }
    // Any other failure (a tool or release that cannot be set up, too) is one line, exit 1.
    io.stderr(`interpreter-guard ${command}: ${(error as Error).message}\n`);
    return EXIT.failure;
  }
}
