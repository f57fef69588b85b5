import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  bisect
} from "./chunk-PVIRUSWN.js";
import "./chunk-LUVARDWP.js";
import "./chunk-B3HPZIZI.js";
import "./chunk-EZS5K6N4.js";
import "./chunk-QCEWS4X5.js";
import "./chunk-V3IDQTPU.js";
import "./chunk-TX6BET3S.js";
import "./chunk-Q762VY4K.js";
import "./chunk-DAVLWF5Z.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-6SR56VY4.js";
import "./chunk-2VOHXSCD.js";
import "./chunk-IDZS62K4.js";
import "./chunk-ZA7TPQS4.js";
import "./chunk-7RDAVAKQ.js";
export {
  bisect
};
