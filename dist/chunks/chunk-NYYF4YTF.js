import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/cli/usage.ts
import { parseArgs } from "node:util";
var EXIT = { ok: 0, failure: 1, usage: 2 };
var UsageError = class extends Error {
};
async function parseToolArgs(parse, prefix = "") {
  const plan = await import("./plan-SIZT2VWZ.js");
  try {
    return parse(plan);
  } catch (error) {
    if (error instanceof plan.ToolOptionError) throw new UsageError(`${prefix}${error.message}`);
    throw error;
  }
}
function parseCommandArgs(args, options, command, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(
      `${command}: ${error.message.replace(/\.$/, "")}. See 'interpreter-guard ${command} --help'.`
    );
  }
}
var TIMEOUT_RANGE = { min: 0.1, max: 3600 };
var CONCURRENCY_RANGE = { min: 1, max: 1024 };
var DECIMAL = /^(?:\d{1,12}(?:\.\d{0,12})?|\.\d{1,12})$/;
function secondsOption(value, name, fallback) {
  if (value === void 0) return Math.round(fallback * 1e3);
  const n = DECIMAL.test(value) ? Number(value) : NaN;
  if (!(n >= TIMEOUT_RANGE.min && n <= TIMEOUT_RANGE.max))
    throw new UsageError(
      `--${name} must be a number of seconds from ${TIMEOUT_RANGE.min} to ${TIMEOUT_RANGE.max}, got "${value.slice(0, 40)}"`
    );
  return Math.round(n * 1e3);
}
function countOption(value, name, fallback, range) {
  if (value === void 0) return fallback;
  const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(n >= range.min && n <= range.max))
    throw new UsageError(
      `--${name} must be a whole number from ${range.min} to ${range.max}, got "${value.slice(0, 40)}"`
    );
  return n;
}
function splitList(values) {
  return values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}
function listOption(values, allowed, name) {
  if (!values?.length) return void 0;
  const items = splitList(values);
  for (const item of items) {
    if (!allowed.includes(item)) {
      throw new UsageError(
        `--${name}: unknown value "${item}" (expected one of: ${allowed.join(", ")})`
      );
    }
  }
  return items;
}

export {
  EXIT,
  UsageError,
  parseToolArgs,
  parseCommandArgs,
  CONCURRENCY_RANGE,
  secondsOption,
  countOption,
  splitList,
  listOption
};
