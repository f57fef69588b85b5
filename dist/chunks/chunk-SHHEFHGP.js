import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/cli/usage.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
function parseCommandArgs(args, options, command, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(
      `${command}: ${error.message.replace(/\.$/, "")}. See 'interpreter-guard ${command} --help'.`
    );
  }
}
function positiveInt(value, name, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive number, got "${value}"`);
  return n;
}
function listOption(values, allowed, name) {
  if (!values?.length) return void 0;
  const items = values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
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
  UsageError,
  parseCommandArgs,
  positiveInt,
  listOption
};
