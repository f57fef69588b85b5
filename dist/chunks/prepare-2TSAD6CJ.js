import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  ToolSetupError,
  prepareTool
} from "./chunk-SW4F2XHH.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-5FKDEW3Z.js";
import "./chunk-ZIAB7TVI.js";
import "./chunk-X6NQ3OUU.js";
import "./chunk-ZECZWOOO.js";
import "./chunk-7RDAVAKQ.js";
export {
  ToolSetupError,
  prepareTool
};
