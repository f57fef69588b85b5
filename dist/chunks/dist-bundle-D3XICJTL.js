import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-6NERPLKG.js";
import "./chunk-CBMYY2CY.js";
import "./chunk-XKIIY72H.js";
import "./chunk-7RDAVAKQ.js";
export {
  VERSION,
  retry
};
