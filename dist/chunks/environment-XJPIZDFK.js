import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);
import {
  buildFixturesEnvironment
} from "./chunk-GEZLLTHK.js";
import "./chunk-3E7ZRGLV.js";
import "./chunk-5D53ZA3F.js";
import "./chunk-RFPC6Q6C.js";
import "./chunk-5FKDEW3Z.js";
import "./chunk-ZA7TPQS4.js";
import "./chunk-7RDAVAKQ.js";
export {
  buildFixturesEnvironment
};
