import { createRequire as __egCreateRequire } from 'node:module';
const require = __egCreateRequire(import.meta.url);
import {
  DEFAULT_DISALLOWED_IMAGE,
  DEFAULT_PROBE_POD_IMAGE,
  VERIFY_USAGE,
  loadKubeConfig,
  runVerifyCommand
} from "./chunk-UOCLF6WU.js";
import "./chunk-NJEIW7AN.js";
export {
  DEFAULT_DISALLOWED_IMAGE,
  DEFAULT_PROBE_POD_IMAGE,
  VERIFY_USAGE,
  loadKubeConfig,
  runVerifyCommand
};
