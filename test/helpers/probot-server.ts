// A Probot server started as a deployment starts it (a child process with Probot's environment),
// and signed webhook deliveries to it over loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

export const WEBHOOK_SECRET = 'webhook-secret';

/** A fresh RSA key, as GitHub issues one to an app (PKCS#1 PEM). */
export function appPrivateKey(): string {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
}

export interface ProbotServer {
  /** The webhook URL: http://127.0.0.1:PORT/api/github/webhooks */
  url: string;
  process: ChildProcess;
  /** What the server printed so far (its logs). */
  output(): string;
  /** Signals the server's process group (SIGTERM unless told). */
  stop(signal?: NodeJS.Signals): void;
  /** Settles when the process started (npm, say) has exited. */
  exited: Promise<void>;
  /** The Node process that runs Probot's server (a descendant when npm starts it), if any. */
  serverPid(): number | null;
}

/**
 * Runs `command` with Probot's environment for an app on 127.0.0.1 and a random port, talking to
 * `apiHost` over http, and waits until the webhook path answers.
 */
export async function startProbot(options: {
  command: string;
  args: string[];
  cwd: string;
  apiHost: string;
  /** Added to Probot's environment; undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** A port of its own (a restarted app keeps its webhook URL); a random one otherwise. */
  port?: number;
}): Promise<ProbotServer> {
  const port = options.port ?? randomPort();
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    APP_ID: '123',
    PRIVATE_KEY: appPrivateKey(),
    WEBHOOK_SECRET,
    PORT: String(port),
    HOST: '127.0.0.1',
    GHE_HOST: options.apiHost,
    GHE_PROTOCOL: 'http',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}/api/github/webhooks`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, signal);
  };
  const serverPid = () => (child.pid ? probotProcess(child.pid) : null);
  // Ready when the webhook path answers (an unsigned request is refused).
  for (let i = 0; i < 150; i++) {
    try {
      await fetch(url, { method: 'POST', body: '{}' });
      return { url, process: child, output: () => output, stop, exited, serverPid };
    } catch {
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  stop();
  throw new Error(`the app did not start:\n${output.slice(-2000)}`);
}

export function randomPort(): number {
  return 20000 + Math.floor(Math.random() * 20000);
}

/** `root` or its descendant whose command line runs probot (Linux: read from /proc). */
function probotProcess(root: number): number | null {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent is the fourth field, after the command name in parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (/(^|\/)node$/.test(cmdline[0] ?? '') && cmdline.some((a) => a.includes('probot')))
        return pid;
    } catch {
      // gone meanwhile
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return null;
}

/** Posts one delivery as GitHub does, signed unless `sign` is false; returns the status. */
export async function deliver(
  url: string,
  event: string,
  body: unknown,
  options: { sign?: boolean; id?: string } = {},
): Promise<number> {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-github-event': event,
    'x-github-delivery': options.id ?? randomUUID(),
  };
  if (options.sign !== false)
    headers['x-hub-signature-256'] =
      `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(text).digest('hex')}`;
  const response = await fetch(url, { method: 'POST', headers, body: text });
  await response.arrayBuffer();
  return response.status;
}
