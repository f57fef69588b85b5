import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/tools/url-redact.ts
function withoutCredentials(url) {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = "***";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, "//***@");
  }
}
function redactUrls(text) {
  return text.replace(/\/\/[^/@\s]{1,500}@/g, "//***@");
}
function splitCredentials(url) {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return { url, authorization: null };
    const pair = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
    parsed.username = "";
    parsed.password = "";
    return {
      url: parsed.toString(),
      authorization: `Basic ${Buffer.from(pair).toString("base64")}`
    };
  } catch {
    return { url, authorization: null };
  }
}

export {
  withoutCredentials,
  redactUrls,
  splitCredentials
};
