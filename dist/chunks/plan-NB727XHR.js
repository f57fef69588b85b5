import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  ToolOptionError,
  parseToolOptions,
  runTools
} from "./chunk-R7DMLE7A.js";
import "./chunk-7HKTCIPO.js";
import "./chunk-PHJ3LVO7.js";
import "./chunk-KRSPGORN.js";
import "./chunk-EZS5K6N4.js";
import "./chunk-UAYCEW3K.js";
import "./chunk-IAU5ZARF.js";
import "./chunk-EOPLNTQ7.js";
import "./chunk-5FKDEW3Z.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-DVHOEAMC.js";
import "./chunk-ZA7TPQS4.js";
import "./chunk-RFPC6Q6C.js";
import "./chunk-7RDAVAKQ.js";
export {
  ToolOptionError,
  parseToolOptions,
  runTools
};
