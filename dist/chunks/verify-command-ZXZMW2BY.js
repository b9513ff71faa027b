import { createRequire as __egCreateRequire } from 'node:module';
const require = __egCreateRequire(import.meta.url);
import {
  DEFAULT_DISALLOWED_IMAGE,
  DEFAULT_PROBE_POD_IMAGE,
  VERIFY_USAGE,
  loadKubeConfig,
  runVerifyCommand
} from "./chunk-Q7ZR3AMX.js";
import "./chunk-6CCFMVZR.js";
import "./chunk-NTH72IA7.js";
export {
  DEFAULT_DISALLOWED_IMAGE,
  DEFAULT_PROBE_POD_IMAGE,
  VERIFY_USAGE,
  loadKubeConfig,
  runVerifyCommand
};
