import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  ToolSetupError,
  prepareTool
} from "./chunk-U7AAK3ID.js";
import "./chunk-K3ZPBO5U.js";
import "./chunk-5FKDEW3Z.js";
import "./chunk-ZIAB7TVI.js";
import "./chunk-X6NQ3OUU.js";
import "./chunk-ZECZWOOO.js";
import "./chunk-7RDAVAKQ.js";
export {
  ToolSetupError,
  prepareTool
};
