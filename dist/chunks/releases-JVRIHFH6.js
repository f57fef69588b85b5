import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  compareVersions,
  inRange,
  isStable,
  notesUrl,
  releasesBetween,
  sourceFromEnv,
  versionsOnIndexPage
} from "./chunk-LTH7ZH6Z.js";
import "./chunk-PHJ3LVO7.js";
import "./chunk-YRA6VPLO.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-6SR56VY4.js";
import "./chunk-YDC77U65.js";
import "./chunk-4RRUKLFS.js";
import "./chunk-ZA7TPQS4.js";
import "./chunk-7RDAVAKQ.js";
export {
  compareVersions,
  inRange,
  isStable,
  notesUrl,
  releasesBetween,
  sourceFromEnv,
  versionsOnIndexPage
};
