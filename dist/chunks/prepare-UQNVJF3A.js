import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  ToolSetupError,
  prepareTool
} from "./chunk-UG65IKGW.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-5FKDEW3Z.js";
import "./chunk-GHIXH62W.js";
import "./chunk-WPIG2X6E.js";
import "./chunk-ZECZWOOO.js";
import "./chunk-7RDAVAKQ.js";
export {
  ToolSetupError,
  prepareTool
};
