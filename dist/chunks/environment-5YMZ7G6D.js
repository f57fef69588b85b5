import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  buildFixturesEnvironment
} from "./chunk-SS7RMXFO.js";
import "./chunk-4FDS7KLO.js";
import "./chunk-5D53ZA3F.js";
import "./chunk-QCEWS4X5.js";
import "./chunk-6SR56VY4.js";
import "./chunk-ZA7TPQS4.js";
import "./chunk-7RDAVAKQ.js";
export {
  buildFixturesEnvironment
};
