import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-7CEL7RCC.js";
import "./chunk-CBMYY2CY.js";
import "./chunk-MFLTKQFW.js";
import "./chunk-7RDAVAKQ.js";
export {
  context,
  getOctokit
};
