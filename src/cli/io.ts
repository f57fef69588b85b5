// The CLI's view of the outside world, so commands can be run in tests with captured output.
import { availableParallelism, homedir, userInfo } from 'node:os';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: progress is shown then. */
  interactive: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  platform: NodeJS.Platform;
  home: string;
  user: string;
  cpus: number;
}

export function processIo(): CliIo {
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
  };
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
