import { createRequire as __egCreateRequire } from 'node:module';
const require = __egCreateRequire(import.meta.url);
import {
  DEFAULT_DISALLOWED_IMAGE,
  DEFAULT_PROBE_POD_IMAGE,
  loadKubeConfig
} from "./chunk-43ATCSXN.js";
import "./chunk-D2DPMX3K.js";
export {
  DEFAULT_DISALLOWED_IMAGE,
  DEFAULT_PROBE_POD_IMAGE,
  loadKubeConfig
};
