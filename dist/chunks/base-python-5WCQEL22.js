import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  defaultBasePython,
  describeBasePython
} from "./chunk-37MXVWBC.js";
import "./chunk-RFPC6Q6C.js";
import "./chunk-7RDAVAKQ.js";
export {
  defaultBasePython,
  describeBasePython
};
