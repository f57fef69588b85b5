import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/core/schema-error.ts
var NOUNS = {
  string: "characters",
  array: "items",
  set: "items",
  file: "bytes"
};
function describeSchemaError(error) {
  const { field, problem } = schemaProblem(error);
  return `field "${field}": ${problem}`;
}
function schemaProblem(error) {
  const issue = error.issues[0];
  if (!issue) return { field: "(root)", problem: "invalid" };
  const path = issue.code === "unrecognized_keys" && issue.keys?.length ? [...issue.path, issue.keys[0] ?? ""] : issue.path;
  return {
    field: path.length ? path.map(String).join(".") : "(root)",
    problem: describeIssue(issue)
  };
}
function describeIssue(issue) {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  const unit = NOUNS[issue.origin ?? ""];
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "int" ? "expected a whole number" : `expected ${article(issue.expected ?? "value")}`;
    case "invalid_value":
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_big":
      return unit ? `at most ${String(issue.maximum)} ${unit}` : `at most ${String(issue.maximum)}`;
    case "too_small":
      return unit ? `at least ${String(issue.minimum)} ${unit}` : `at least ${String(issue.minimum)}`;
    case "unrecognized_keys":
      return issue.keys && issue.keys.length > 1 ? `unknown keys ${issue.keys.map((k) => `"${k}"`).join(", ")}` : "unknown key";
    case "invalid_format":
      return issue.pattern ? `does not match ${issue.pattern}` : `not a valid ${issue.format}`;
    case "invalid_union":
      return "matches none of the accepted shapes";
    default:
      return "invalid";
  }
}
function firstLineOf(message, max = 200) {
  return (message.split("\n", 1)[0] ?? "").slice(0, max);
}
function article(noun) {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

export {
  describeSchemaError,
  schemaProblem,
  firstLineOf
};
