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
} from "./chunk-KRBHS7FU.js";
import "./chunk-PHJ3LVO7.js";
import "./chunk-VRY4GEV3.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-5FKDEW3Z.js";
import "./chunk-2FMZG53I.js";
import "./chunk-UNIR2CZ6.js";
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
