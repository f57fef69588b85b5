import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  ToolOptionError,
  parseToolOptions,
  runTools
} from "./chunk-DTSGBARN.js";
import "./chunk-UG65IKGW.js";
import "./chunk-EOPLNTQ7.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-5RUZIJIU.js";
import "./chunk-5FKDEW3Z.js";
import "./chunk-GHIXH62W.js";
import "./chunk-WPIG2X6E.js";
import "./chunk-ZECZWOOO.js";
import "./chunk-7RDAVAKQ.js";
export {
  ToolOptionError,
  parseToolOptions,
  runTools
};
