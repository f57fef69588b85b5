import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/core/triage/markdown.ts
function escapeText(text) {
  return oneLine(text).replace(/[\\`*_{}[\]()#+!|>]/g, "\\$&").replace(/~~/g, "\\~\\~").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/@/g, "&#64;");
}
function inlineCode(text, options = {}) {
  let body = oneLine(text);
  if (options.inTable) body = body.replace(/\|/g, "\\|");
  if (!body) return "` `";
  const fence = "`".repeat(longestRun(body, "`") + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function codeBlock(text, info = "") {
  const fence = "`".repeat(Math.max(3, longestRun(text, "`") + 1));
  const safeInfo = info.replace(/[^\w+-]/g, "");
  return `${fence}${safeInfo}
${text.replace(/\r/g, "")}
${fence}`;
}
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
}
function longestRun(text, char) {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

export {
  escapeText,
  inlineCode,
  codeBlock
};
