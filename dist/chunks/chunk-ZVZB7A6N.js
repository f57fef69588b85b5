import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-NYYF4YTF.js";

// src/cli/io.ts
import { availableParallelism, homedir, userInfo } from "node:os";
function processIo() {
  endOnWriteError(process.stdout, "standard output");
  endOnWriteError(process.stderr, null);
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
function endOnWriteError(stream, name) {
  stream.on("error", (error) => {
    if (name) {
      const why = WRITE_ERRORS[error.code ?? ""] ?? error.message;
      process.stderr.write(`interpreter-guard: cannot write to ${name}: ${why}
`);
    }
    process.exit(1);
  });
}
var WRITE_ERRORS = {
  EPIPE: "the reader closed it (EPIPE)",
  ENOSPC: "no space left on the device (ENOSPC)"
};
var MAX_INPUT_BYTES = 25 * 1024 * 1024;
async function readCapped(stream, what) {
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk;
      size += buffer.length;
      if (size > MAX_INPUT_BYTES)
        throw new UsageError(`${what} is over the input limit of 25 MB (${MAX_INPUT_BYTES} bytes)`);
      chunks.push(buffer);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).toString("utf8");
}
function readStdin() {
  return readCapped(process.stdin, "standard input");
}

export {
  processIo,
  readCapped
};
