export { engineVersionFacts, parseVersion, type EngineVersionFact } from './engine-versions.ts';
