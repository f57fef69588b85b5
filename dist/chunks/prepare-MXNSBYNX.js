import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  ToolSetupError,
  prepareContext,
  prepareTool
} from "./chunk-YOUODFFZ.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-6SR56VY4.js";
import "./chunk-YJWI5O2T.js";
import "./chunk-4RRUKLFS.js";
import "./chunk-ZA7TPQS4.js";
import "./chunk-7RDAVAKQ.js";
export {
  ToolSetupError,
  prepareContext,
  prepareTool
};
