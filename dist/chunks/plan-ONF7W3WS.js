import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  ToolOptionError,
  parseToolOptions,
  runTools
} from "./chunk-HM6JZRR3.js";
import "./chunk-TRF62OMY.js";
import "./chunk-PHJ3LVO7.js";
import "./chunk-B3HPZIZI.js";
import "./chunk-EZS5K6N4.js";
import "./chunk-VRY4GEV3.js";
import "./chunk-EOPLNTQ7.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-RFPC6Q6C.js";
import "./chunk-5FKDEW3Z.js";
import "./chunk-2FMZG53I.js";
import "./chunk-UNIR2CZ6.js";
import "./chunk-ZA7TPQS4.js";
import "./chunk-7RDAVAKQ.js";
export {
  ToolOptionError,
  parseToolOptions,
  runTools
};
