import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/discovery/process-runner.ts
import { spawn } from "node:child_process";
var DEFAULT_MAX_OUTPUT = 1024 * 1024;
var runProcess = (file, args, options) => new Promise((resolve) => {
  const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const stdout = new CappedBuffer(max, "head");
  const stderr = new CappedBuffer(Math.min(max, 64 * 1024), "tail");
  let settled = false;
  const settle = (result) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    resolve(result);
  };
  let child;
  try {
    child = spawn(file, [...args], {
      env: options.env,
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
      shell: false,
      windowsHide: true,
      // Own process group on POSIX, so a timeout can end the interpreter and anything it started.
      detached: process.platform !== "win32"
    });
  } catch (error) {
    resolve(spawnError(error));
    return;
  }
  const timer = setTimeout(() => {
    killTree(child.pid);
    settle({ kind: "timeout", stdout: stdout.text(), stderr: stderr.text() });
  }, options.timeoutMs);
  child.stdout.on("data", (chunk) => stdout.push(chunk));
  child.stderr.on("data", (chunk) => stderr.push(chunk));
  child.on("error", (error) => settle(spawnError(error)));
  child.on(
    "close",
    (code, signal) => settle({ kind: "exited", code, signal, stdout: stdout.text(), stderr: stderr.text() })
  );
});
function killTree(pid) {
  if (pid === void 0) return;
  try {
    if (process.platform === "win32") process.kill(pid, "SIGKILL");
    else process.kill(-pid, "SIGKILL");
  } catch {
  }
}
function spawnError(error) {
  const err = error;
  return {
    kind: "spawn-error",
    code: err.code ?? "UNKNOWN",
    message: err.message ?? String(error)
  };
}
var CappedBuffer = class {
  constructor(max, keep) {
    this.max = max;
    this.keep = keep;
  }
  max;
  keep;
  chunks = [];
  size = 0;
  dropped = false;
  push(chunk) {
    if (this.keep === "head" && this.size >= this.max) {
      this.dropped = true;
      return;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size <= this.max) return;
    this.dropped = true;
    const all = Buffer.concat(this.chunks);
    const kept = this.keep === "head" ? all.subarray(0, this.max) : all.subarray(all.length - this.max);
    this.chunks = [kept];
    this.size = kept.length;
  }
  text() {
    const body = Buffer.concat(this.chunks).toString("utf8");
    if (!this.dropped) return body;
    return this.keep === "head" ? `${body}
[output truncated]` : `[output truncated]
${body}`;
  }
};

export {
  runProcess
};
