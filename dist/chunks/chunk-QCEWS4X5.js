import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/discovery/process-runner.ts
import { spawn } from "node:child_process";
function lastLines(text, count, separator = "\n") {
  return text.trim().split(/\r?\n/).slice(-count).join(separator).trim();
}
var DEFAULT_MAX_OUTPUT = 1024 * 1024;
var EXIT_GRACE_MS = 250;
var runProcess = (file, args, options) => new Promise((resolve) => {
  const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const stdout = new CappedBuffer(max, "head");
  const stderr = new CappedBuffer(Math.min(max, 64 * 1024), "tail");
  let settled = false;
  let grace;
  const settle = (result) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    clearTimeout(grace);
    child?.stdout?.destroy();
    child?.stderr?.destroy();
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
      // Own process group (and session) on POSIX, so it can be ended with all it started.
      detached: process.platform !== "win32"
    });
  } catch (error) {
    resolve(spawnError(error));
    return;
  }
  const pid = child.pid;
  if (pid !== void 0) {
    liveGroups.add(pid);
    if (!hooked) hookShutdown();
  }
  const timer = setTimeout(() => {
    killGroup(pid);
    settle({ kind: "timeout", stdout: stdout.text(), stderr: stderr.text() });
  }, options.timeoutMs);
  child.stdout.on("data", (chunk) => stdout.push(chunk));
  child.stderr.on("data", (chunk) => stderr.push(chunk));
  child.on("error", (error) => {
    killGroup(pid);
    settle(spawnError(error));
  });
  const exited = (code, signal) => settle({ kind: "exited", code, signal, stdout: stdout.text(), stderr: stderr.text() });
  child.on("exit", (code, signal) => {
    if (process.platform === "win32") liveGroups.delete(pid ?? -1);
    else killGroup(pid);
    grace = setTimeout(() => setImmediate(() => exited(code, signal)), EXIT_GRACE_MS);
  });
  child.on("close", exited);
});
var liveGroups = /* @__PURE__ */ new Set();
var hooked = false;
function killGroup(pid) {
  if (pid === void 0) return;
  liveGroups.delete(pid);
  try {
    if (process.platform === "win32") process.kill(pid, "SIGKILL");
    else process.kill(-pid, "SIGKILL");
  } catch {
  }
}
function hookShutdown() {
  hooked = true;
  process.on("exit", killAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    const onSignal = () => {
      killAll();
      if (process.listenerCount(signal) > 1) return;
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    if (process.listenerCount(signal) === 0) process.on(signal, onSignal);
  }
}
function killAll() {
  for (const pid of [...liveGroups]) killGroup(pid);
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
  lastLines,
  runProcess
};
