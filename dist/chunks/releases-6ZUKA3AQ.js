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
} from "./chunk-NFQBHJOV.js";
import "./chunk-PHJ3LVO7.js";
import "./chunk-UAYCEW3K.js";
import "./chunk-IAU5ZARF.js";
import "./chunk-5FKDEW3Z.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-DVHOEAMC.js";
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
