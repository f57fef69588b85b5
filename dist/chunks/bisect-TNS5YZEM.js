import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  bisect
} from "./chunk-XQTBZTGP.js";
import "./chunk-ILJNT2VB.js";
import "./chunk-WOXI422O.js";
import "./chunk-PHJ3LVO7.js";
import "./chunk-B3HPZIZI.js";
import "./chunk-EZS5K6N4.js";
import "./chunk-YOUODFFZ.js";
import "./chunk-GFEQNXH2.js";
import "./chunk-QCEWS4X5.js";
import "./chunk-6SR56VY4.js";
import "./chunk-YJWI5O2T.js";
import "./chunk-XN6TIDKB.js";
import "./chunk-TX6BET3S.js";
import "./chunk-4RRUKLFS.js";
import "./chunk-ZA7TPQS4.js";
import "./chunk-7RDAVAKQ.js";
export {
  bisect
};
