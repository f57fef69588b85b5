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
} from "./chunk-Q762VY4K.js";
import "./chunk-DAVLWF5Z.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-6SR56VY4.js";
import "./chunk-2VOHXSCD.js";
import "./chunk-IDZS62K4.js";
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
