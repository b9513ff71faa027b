export { ENGINE_IMAGE_WORDS, engineVersionFacts, parseVersion, type EngineVersionFact } from './engine-versions.ts';
